package linebreak

import (
	"strings"
	"testing"
	"unicode"

	"github.com/rivo/uniseg"

	"talks/safetext"
)

// FuzzLines checks, for any text and width, that laying out never panics,
// that the lines keep every non-space character in order, that no line is
// wider than the width and its slack (unless one character alone is), and
// that Count agrees with Lines.
func FuzzLines(f *testing.F) {
	for _, s := range []string{
		"",
		"还有谢谢大家的介绍，我简单自我介绍一下。",
		"我们用了 language model 和 MOE 的 Yi-Large 模型（LLM），效果“很好”……",
		"see https://example.com/a/very/long/path?with=query&and=more for details",
		"Supercalifragilisticexpialidocious words, e.g. U.S. 3.5 percent!",
		"，。、；：！？）」』》……",
		"（「『《“",
		"line one\nline two\r\nline three",
		"\t tabs\tand  spaces   ",
		"👩‍💻 emoji 🧠 and 한국어 and ｶﾀｶﾅ",
	} {
		f.Add(s, 20, 1)
	}
	f.Fuzz(func(t *testing.T, s string, width, slack int) {
		width = width%200 + 1
		if width < 0 {
			width = -width
		}
		slack = max(0, slack%3)
		if len(s) > 4096 {
			s = s[:4096]
		}
		// The loader hands the renderer valid UTF-8 only.
		s = strings.ToValidUTF8(s, "\uFFFD")
		text := Analyze(s)
		lines := text.Lines(width, slack)
		if n := text.Count(width, width, slack); n != len(lines) {
			t.Fatalf("Count %d, Lines %d", n, len(lines))
		}
		var kept strings.Builder
		prev := 0
		for _, l := range lines {
			if l.Start < prev || l.End < l.Start || l.End > len(s) {
				t.Fatalf("line [%d,%d) out of order or bounds (previous end %d, len %d)", l.Start, l.End, prev, len(s))
			}
			prev = l.End
			from := l.Start
			for _, g := range l.Gaps {
				if g.Start < from || g.End < g.Start || g.End > l.End || strings.Trim(s[g.Start:g.End], " ") != "" {
					t.Fatalf("gap [%d,%d) out of order, outside line [%d,%d) or not spaces", g.Start, g.End, l.Start, l.End)
				}
				from = g.End
			}
			body := text.Show(l)
			kept.WriteString(body)
			if w := safetext.Width(body); w > max(width, 2)+slack && uniseg.GraphemeClusterCount(body) > 1 {
				t.Errorf("line %q is %d cells, width %d slack %d", body, w, width, slack)
			}
		}
		if a, b := noSpace(s), noSpace(kept.String()); a != b {
			t.Fatalf("text changed by layout:\n in %q\nout %q", a, b)
		}
	})
}

func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
