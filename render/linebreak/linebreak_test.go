package linebreak

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"talks/safetext"
)

func layout(s string, width, slack int) []string {
	t := Analyze(s)
	var out []string
	for _, l := range t.Lines(width, slack) {
		out = append(out, t.Show(l))
	}
	return out
}

func TestLines(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width int
		slack int
		want  []string
	}{
		{"cjk breaks anywhere", "我们今天讨论模型", 6, 0, []string{"我们今", "天讨论", "模型"}},
		{"comma stays with its character", "我们今天，讨论模型", 8, 0, []string{"我们今", "天，讨论", "模型"}},
		{"full stop never starts a line", "一二三。四五", 6, 0, []string{"一二", "三。四", "五"}},
		{"opening bracket never ends a line", "一二（三四）五", 6, 0, []string{"一二", "（三", "四）五"}},
		{"latin word stays whole", "这是language model的例子", 12, 0, []string{"这是language", "model的例子"}},
		{"latin words wrap at spaces", "the quick brown fox", 10, 0, []string{"the quick", "brown fox"}},
		{"long word is cut", "abcdefghijkl", 5, 0, []string{"abcde", "fghij", "kl"}},
		{"url stays whole", "见https://example.com/a/b 这里", 24, 0, []string{"见", "https://example.com/a/b", "这里"}},
		{"long url is cut", "https://example.com/abcdef", 10, 0, []string{"https://ex", "ample.com/", "abcdef"}},
		{"curly quotes break like brackets", "他说“大模型”是未来", 10, 0, []string{"他说“大模", "型”是未来"}},
		{"percent stays with its number", "提升了百分之10%的性能", 14, 0, []string{"提升了百分之", "10%的性能"}},
		{"ellipsis never starts a line", "我们想……然后", 6, 0, []string{"我们", "想……然", "后"}},
		{"hard break", "一二\n三四", 10, 0, []string{"一二", "三四"}},
		{"empty", "", 10, 0, []string{""}},
		{"space next to chinese is squeezed to fit", "一二三四 abcd", 12, 0, []string{"一二三四abcd"}},
		{"an earlier space next to chinese is dropped to fill the line", "一二三 ab cd", 11, 0, []string{"一二三ab cd", ""}[:1]},
		{"space between words is kept", "一二三abc de", 11, 0, []string{"一二三abc", "de"}},
		{"a word may use the margin for its space", "一二三abc de", 11, 1, []string{"一二三abc de"}},
		{"the margin only when the line would stop short", "一二三abc de", 10, 1, []string{"一二三abc", "de"}},
		{"an opening quote and its character may use the margin", "一二三四“五”", 10, 2, []string{"一二三四“五”"}},
		{"without margin the quote goes down", "一二三四“五”", 10, 0, []string{"一二三四", "“五”"}},
		{"an earlier line takes the margin so that a later one is full", "六一一五，七（AB）（AB）", 9, 1, []string{"六一一五，", "七（AB）", "（AB）"}},
		{"without the margin the later line stops short", "六一一五，七（AB）（AB）", 9, 0, []string{"六一一", "五，七", "（AB）", "（AB）"}},
		{"two gaps dropped so that the next line is full", "八八 ab 八一（AB）", 8, 0, []string{"八八ab八", "一（AB）"}},
		{"a no-break space next to chinese breaks like a space", "代码是\u00a0x_y\u00a0的", 8, 0, []string{"代码是", "\u00a0x_y\u00a0的"}},
		{"mixed sentence", "OK然后我们可以先介绍一下。", 10, 0, []string{"OK然后我们", "可以先介绍", "一下。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := layout(tt.text, tt.width, tt.slack)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("layout(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

// TestFlaws checks the count of ragged lines and lines in the margin.
func TestFlaws(t *testing.T) {
	tests := []struct {
		text                 string
		width, slack         int
		wantRagged, wantMarg int
	}{
		{"一二三四“五”", 10, 0, 1, 0},
		{"一二三四“五”", 10, 2, 0, 1},
		{"六一一五，七（AB）（AB）", 9, 0, 2, 0},
		{"六一一五，七（AB）（AB）", 9, 1, 0, 1},
		{"八八 ab 八一（AB）", 8, 0, 0, 0},
		{"一二\n三", 10, 0, 0, 0}, // a hard break is not a ragged line
		{"", 10, 0, 0, 0},
	}
	for _, tt := range tests {
		r, m := Analyze(tt.text).Flaws(tt.width, tt.width, tt.slack)
		if r != tt.wantRagged || m != tt.wantMarg {
			t.Errorf("Flaws(%q, %d, %d) = %d, %d; want %d, %d", tt.text, tt.width, tt.slack, r, m, tt.wantRagged, tt.wantMarg)
		}
	}
}

// TestRules lays out mixed texts at small and medium widths and checks the
// rules every line must keep, that no text is lost, and that Count agrees.
func TestRules(t *testing.T) {
	texts := []string{
		"还有谢谢大家的介绍，我简单自我介绍一下，我负责language model的预训练（pretraining）部分。",
		"他说：“这是一个supercalifragilisticexpialidocious的词。”然后……我们看https://example.org/a/very/long/path?q=1。",
		"Mixed: GPT-4o、Llama 3 和 Yi-Large，都是《大模型》里的例子！对吧？",
		"一",
		"a",
		"  leading spaces then 文字",
	}
	for _, s := range texts {
		for width := 1; width <= 40; width++ {
			tx := Analyze(s)
			lines := tx.Lines(width, 0)
			if n := tx.Count(width, width, 0); n != len(lines) {
				t.Errorf("Count(%d) = %d, Lines has %d", width, n, len(lines))
			}
			var joined strings.Builder
			for i, l := range lines {
				seg := tx.Show(l)
				if w := safetext.Width(seg); w != l.Width {
					t.Errorf("%q at %d: line %q width %d, reported %d", s, width, seg, w, l.Width)
				}
				if l.Width > max(width, 2) {
					t.Errorf("%q at %d: line %q is %d cells", s, width, seg, l.Width)
				}
				v := strings.TrimSpace(seg)
				if v == "" {
					continue
				}
				first, last := []rune(v)[0], []rune(v)[len([]rune(v))-1]
				if width >= 6 && i > 0 && strings.ContainsRune(NoStart, first) {
					t.Errorf("%q at %d: line %q starts with %q", s, width, seg, first)
				}
				if width >= 6 && i < len(lines)-1 && strings.ContainsRune(NoEnd, last) {
					t.Errorf("%q at %d: line %q ends with %q", s, width, seg, last)
				}
				joined.WriteString(seg)
			}
			if strings.ReplaceAll(joined.String(), " ", "") != strings.ReplaceAll(s, " ", "") {
				t.Errorf("%q at %d: text lost: %q", s, width, joined.String())
			}
		}
	}
}

// TestFastPath checks that taking the breaks between ideographs without
// uniseg changes nothing, on the test texts and on the corpus.
func TestFastPath(t *testing.T) {
	texts := []string{
		"还有谢谢大家的介绍，我简单自我介绍一下，我负责language model的预训练（pretraining）部分。",
		"他说：“这是一个很长的词。”然后……我们看https://example.org/a。一二三四五六七八九十",
		"中文中文 中文\n中文々〜中文ー中文",
	}
	files, _ := filepath.Glob("../../../shared/corpus/dev/*.md")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n\n")...)
	}
	for _, s := range texts {
		a, b := analyze(s, true), analyze(s, false)
		if !reflect.DeepEqual(a.units, b.units) {
			t.Errorf("fast path differs on %q", s)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	s := strings.Repeat("然后我们其实还有一个更大的一个，MOE的ex large模型在训练当中啊，这个应该是当时发布的时候的一个分数吧。", 100)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Analyze(s)
	}
}

func BenchmarkCount(b *testing.B) {
	s := strings.Repeat("然后我们其实还有一个更大的一个，MOE的ex large模型在训练当中啊，这个应该是当时发布的时候的一个分数吧。", 100)
	t := Analyze(s)
	for b.Loop() {
		t.Count(78, 78, 1)
	}
}

// TestFastWidth checks the fast widths against safetext.Width.
func TestFastWidth(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if w := fastWidth(r); w >= 0 && w != safetext.Width(string(r)) {
			t.Errorf("fastWidth(%U) = %d, safetext.Width says %d", r, w, safetext.Width(string(r)))
		}
	}
}

// TestURLAnyCase checks that a URL is one unit, never broken where it
// fits on a line, whatever the case of its scheme, and that "www." starts
// one too (mdtext.URLs).
func TestURLAnyCase(t *testing.T) {
	for _, u := range []string{"HTTPS://Example.org/a/b/c", "Http://example.org/a-b/c", "www.example.org/a/b/c"} {
		s := "请看" + u + "，谢谢"
		for width := Width(u) + 2; width <= 40; width++ {
			if got := layout(s, width, 0); !strings.Contains(strings.Join(got, "|"), u) {
				t.Errorf("%q at width %d: %q breaks the URL", s, width, got)
			}
		}
	}
}
