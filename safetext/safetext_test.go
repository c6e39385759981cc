package safetext

import "testing"

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
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripEscapesKeepsLines(t *testing.T) {
	if got := StripEscapes("a\x1bPq\nb\u009dc"); got != "a\nb" {
		t.Errorf("got %q", got)
	}
}
