package safetext

import (
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"纯文本 plain", "纯文本 plain"},
		{"a\tb\nc", "a b\nc"},
		{"红\x1b[31m字\x1b[0m", "红字"},
		{"前\x1b]52;c;ZWNobw==\x07后", "前后"},
		{"前\x1b]8;;https://x.example/\x1b\\链\x1b]8;;\x1b\\后", "前链后"},
		{"C1 \u009b31m红", "C1 红"},
		{"未终止 \x1b]0;title\n下一行", "未终止 \n下一行"},
		{"反\u202e向\u2066隔\u2069离", "反向隔离"},
		{"响\a铃\b退\x7f删\u0085", "响铃退删"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
		{"标\u200e记\u200f符\u061c号", "标记符号"},
		{"行\u2028分\u2029隔", "行分隔"},
		{"\ufeff字节序", "字节序"},
		{"AT&T &amp; &lt;b&gt; &copy; &#x4e2d;&#25991;", "AT&T &amp; &lt;b&gt; &copy; &#x4e2d;&#25991;"},
		{"引用 &#x9d; &#x202e; &#x1b; &#x90; &#27; &#x200E; &lrm; &rlm; &RLM; &NewLine; &Tab;", "引用 \uFFFD \uFFFD \uFFFD \uFFFD \uFFFD \uFFFD \uFFFD \uFFFD &RLM; \uFFFD \uFFFD"},
		{"&#x1b;]8;;file:///etc/passwd&#x7;点我&#x1b;]8;;&#x7;", "\uFFFD]8;;file:///etc/passwd\uFFFD点我\uFFFD]8;;\uFFFD"},
		{"无分号 &#27[31m &#x1bz", "无分号 \uFFFD[31m \uFFFDz"},
		{"八进制 &#033; 十进制 &#33;", "八进制 \uFFFD 十进制 &#33;"},
		{"去掉控制后 &#x1\x00b; 成了引用", "去掉控制后 \uFFFD 成了引用"},
		{"&amp;#x1b; 只解一层", "&amp;#x1b; 只解一层"},
		{"&&#x1b;#x1b;", "&\uFFFD#x1b;"},
	}
	for _, tt := range tests {
		got := Clean(tt.in)
		if got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := Clean(got); again != got {
			t.Errorf("Clean(Clean(%q)) = %q, not %q", tt.in, again, got)
		}
	}
}

func TestStripEscapesKeepsLines(t *testing.T) {
	if got := StripEscapes("a\x1bPq\nb\u009dc"); got != "a\nb" {
		t.Errorf("got %q", got)
	}
}

// TestCleanSource checks that CleanSource is Clean but for tabs, which it
// keeps.
func TestCleanSource(t *testing.T) {
	for _, in := range []string{"\t缩进\n\t\tcode", "a\tb\x1b[31m\u202e&#x1b;", "纯文本"} {
		got := CleanSource(in)
		if strings.Count(got, "\t") != strings.Count(in, "\t") || Clean(got) != Clean(in) {
			t.Errorf("CleanSource(%q) = %q: tabs lost, or not Clean otherwise", in, got)
		}
	}
}

// TestCleanFastPath checks that text with nothing to clean, or only
// harmless references, is returned as it is, and that every Unsafe rune is
// seen by the byte scan.
func TestCleanFastPath(t *testing.T) {
	for _, s := range []string{"中文 English 123。", "AT&T &amp; &lt;", "tab-free\nlines"} {
		if got := Clean(s); got != s {
			t.Errorf("Clean(%q) = %q", s, got)
		}
	}
	for r := rune(0); r <= 0x10ffff; r++ {
		if (r >= 0xd800 && r <= 0xdfff) || !(Unsafe(r) || r == '\t') {
			continue
		}
		if s := "a" + string(r) + "b"; Clean(s) == s {
			t.Fatalf("Clean keeps %U", r)
		}
	}
}

// BenchmarkClean measures Clean on clean mixed text, the common case, and
// on text with a control character in it.
func BenchmarkClean(b *testing.B) {
	text := strings.Repeat("我们今天讨论模型训练里的数据质量与评测方法，also how scaling laws guide the budget. ", 2000)
	for _, tt := range []struct{ name, s string }{{"clean", text}, {"one-control", text + "\x07"}, {"ampersands", strings.ReplaceAll(text, "also", "AT&T")}} {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(tt.s)))
			for b.Loop() {
				Clean(tt.s)
			}
		})
	}
}
