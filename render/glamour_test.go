package render

import (
	"os"
	"regexp"
	"runtime/debug"
	"sort"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"

	"talks/safetext"
)

// glamourModule and glamourChecked are the Glamour module and the version
// the adapter (glamour.go) was checked against. On an upgrade, run
// TestGlamourAdapter, fix glamour.go where it fails, then change
// glamourChecked.
const (
	glamourModule  = "charm.land/glamour/v2"
	glamourChecked = "v2.0.1"
)

// glamourVersion is the Glamour version the build uses: from the build
// information, or else from go.mod.
func glamourVersion(t *testing.T) string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == glamourModule {
				return d.Version
			}
		}
	}
	mod, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatalf("cannot read go.mod for the Glamour version: %v", err)
	}
	m := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(glamourModule) + `\s+(\S+)`).FindSubmatch(mod)
	if m == nil {
		t.Fatalf("go.mod does not require %s", glamourModule)
	}
	return string(m[1])
}

// TestGlamourVersion fails when Glamour is not the version the adapter was
// checked against, so that an upgrade is looked at before it ships.
func TestGlamourVersion(t *testing.T) {
	if v := glamourVersion(t); v != glamourChecked {
		t.Fatalf("Glamour is %s, but render/glamour.go was checked against %s: run "+
			"go test ./render -run TestGlamourAdapter -v, fix glamour.go where Glamour's margins, "+
			"decorations or styles changed, then set glamourChecked to %s", v, glamourChecked, v)
	}
}

// glamourFixtures are Markdown blocks with the lines Glamour v2.0.1 makes
// of them (escapes stripped, trailing spaces trimmed) in each style, and
// what decoration must find before each line's text.
var glamourFixtures = []struct {
	md      string
	style   Style
	lines   []string
	prefix  []string // the decoration of each line
	keepTo  []string // the part of it continuation lines keep
	comment string
}{
	{"一段话，plain text.", Plain, []string{"  一段话，plain text."}, []string{"  "}, []string{"  "}, "a paragraph: the 2-cell margin"},
	{"- 甲\n- 乙", Dark, []string{"  • 甲", "  • 乙"}, []string{"  • ", "  • "}, []string{"  ", "  "}, "bullets"},
	{"- 甲\n  - 乙", Plain, []string{"  • 甲", "      • 乙"}, []string{"  • ", "      • "}, []string{"  ", "      "}, "a nested bullet, 4 more cells"},
	{"1. 第一项\n1. 第二项有2个点", Dark, []string{"  1. 第一项", "  2. 第二项有2个点"}, []string{"  1. ", "  2. "}, []string{"  ", "  "}, "an ordered list is renumbered"},
	{"1. 甲\n   1. 乙", Dark, []string{"  1. 甲", "    1. 乙"}, []string{"  1. ", "    1. "}, []string{"  ", "    "}, "a nested number in Dark, 2 more cells"},
	{"1. 甲\n   1. 乙", Plain, []string{"  1. 甲", "      1. 乙"}, []string{"  1. ", "      1. "}, []string{"  ", "      "}, "a nested number in Plain, 4 more cells"},
	{"- [x] 完成\n- [ ] 待办", Dark, []string{"  [✓] 完成", "  [ ] 待办"}, []string{"  [✓] ", "  [ ] "}, []string{"  ", "  "}, "task boxes, Dark"},
	{"- [x] 完成", Plain, []string{"  [x] 完成"}, []string{"  [x] "}, []string{"  "}, "task boxes, Plain"},
	{"> 引用\n>\n> > 再引", Dark, []string{"  │ 引用", "  │", "  │ │ 再引"}, []string{"  │ ", "  │ ", "  │ │ "}, []string{"  │ ", "  │ ", "  │ │ "}, "quote bars, Dark"},
	{"> 引用", Plain, []string{"  | 引用"}, []string{"  | "}, []string{"  | "}, "quote bars, Plain"},
	{"## 小节", Dark, []string{"  ## 小节"}, []string{"  "}, []string{"  "}, "a heading keeps its hashes"},
	{"---", Dark, []string{"  --------"}, []string{"  "}, []string{"  "}, "a rule"},
	{"[链接](https://example.org/)", Dark, []string{"  链接 https://example.org/"}, []string{"  "}, []string{"  "}, "a link: its text, then its URL"},
	{"**粗** *斜* `码`", Dark, []string{"  粗 斜 \u00a0码\u00a0"}, []string{"  "}, []string{"  "}, "emphasis; inline code padded with no-break spaces"},
	{"**粗**", Plain, []string{"  **粗**"}, []string{"  "}, []string{"  "}, "Plain shows emphasis markers"},
}

// TestGlamourAdapter checks what glamour.go assumes of Glamour against
// Glamour itself: the lines it makes of each kind of block and what
// decoration finds before their text; how it styles a paragraph (which
// plain paragraphs are laid out with, without Glamour) in every style;
// which paragraphs it shows as they are; its right margin; the style of a
// link's text; and the layout of code. A failure means Glamour changed:
// fix glamour.go.
func TestGlamourAdapter(t *testing.T) {
	v := glamourVersion(t)
	for _, f := range glamourFixtures {
		g := newGlamour(f.style)
		var got, vis []string
		for _, l := range g.render(f.md) {
			vis = append(vis, ansi.Strip(l))
			got = append(got, strings.TrimRight(ansi.Strip(l), " "))
		}
		if strings.Join(got, "\n") != strings.Join(f.lines, "\n") {
			t.Errorf("Glamour %s, %s (%s): %q renders\n%q\nthe adapter expects\n%q", v, f.comment, f.style, f.md, got, f.lines)
			continue
		}
		for k, l := range vis {
			prefix, keep := decoration(l)
			if l[:prefix] != f.prefix[k] || l[:keep] != f.keepTo[k] {
				t.Errorf("Glamour %s, %s: decoration of %q is %q keeping %q; want %q keeping %q", v, f.comment, l, l[:prefix], l[:keep], f.prefix[k], f.keepTo[k])
			}
		}
	}
	paraStyles := map[Style][2]string{
		Plain: {"  ", ""},
		Dark:  {"  \x1b[38;5;252m", "\x1b[m"},
		Light: {"  \x1b[38;5;234m", "\x1b[m"},
	}
	samples := []string{"大家好，今天我们聊一聊。", "Plain English, with commas.", "2024年，我们做了3件事。", "100%的人", "问题？答案！", "（括号）与“引号”"}
	for st, want := range paraStyles {
		g := newGlamour(st)
		if g.paragraph(probe) != want[0]+probe+want[1] {
			t.Errorf("Glamour %s styles a paragraph in %s as %q, the adapter expects %q", v, st, g.paragraph(probe), want[0]+probe+want[1])
		}
		for _, s := range samples {
			if !plainParagraph(s) {
				t.Errorf("plainParagraph(%q) = false for plain text", s)
				continue
			}
			if got := g.render(s); len(got) != 1 || ansi.Strip(got[0]) != ansi.Strip(g.paragraph(s)) || !sameStyles(got[0], g.paragraph(s)) {
				t.Errorf("Glamour %s, %s: plain paragraph %q renders %q, the adapter makes %q", v, st, s, got, g.paragraph(s))
			}
		}
	}
	for _, s := range []string{"**粗**", "a_b_c", "见 https://a.example/", "www.example.org", "a@b.example", "&amp;", "1. 项", "- 项", "> 引", "# 题", "两  空格", ":smile:"} {
		if plainParagraph(s) {
			t.Errorf("plainParagraph(%q) = true, but Glamour may change it", s)
		}
	}
	words := strings.Repeat("a ", 200)
	for _, w := range []int{20, 33, 40, 80, 121} {
		tr, err := glamour.NewTermRenderer(glamour.WithStandardStyle("notty"), glamour.WithWordWrap(w))
		if err != nil {
			t.Fatal(err)
		}
		out, _ := tr.Render(words)
		widest := 0
		for _, l := range strings.Split(out, "\n") {
			widest = max(widest, safetext.Width(strings.TrimRight(l, " ")))
		}
		if widest > avail(w) || widest < avail(w)-1 {
			t.Errorf("Glamour %s wraps text at %d cells on a %d-cell page; the adapter's text column is %d", v, widest, w, avail(w))
		}
	}
	g := newGlamour(Dark)
	var glamourSGR string
	for seq, esc := range safetext.Pieces(strings.Join(g.render("[链接](https://example.org/)"), "")) {
		if esc && strings.HasPrefix(seq, "\x1b[38") {
			glamourSGR = seq
			break
		}
	}
	if got := sgrSet(linkStyle(Dark).Render("x")); got != sgrSet(glamourSGR+"x") {
		t.Errorf("Glamour %s styles a link's text %q, the adapter %q", v, glamourSGR, linkStyle(Dark).Render("x"))
	}
}

// sgrSet is the SGR attributes in force at the first character of s, sorted:
// "1 38;5;35" for both "\x1b[1;38;5;35m" and "\x1b[38;5;35;1m".
func sgrSet(s string) string {
	seq, _, _ := strings.Cut(strings.TrimPrefix(s, "\x1b["), "m")
	var attrs []string
	ps := strings.Split(seq, ";")
	for i := 0; i < len(ps); i++ {
		if (ps[i] == "38" || ps[i] == "48") && i+2 < len(ps) && ps[i+1] == "5" {
			attrs = append(attrs, strings.Join(ps[i:i+3], ";"))
			i += 2
			continue
		}
		attrs = append(attrs, ps[i])
	}
	slicesSort(attrs)
	return strings.Join(attrs, " ")
}

func slicesSort(s []string) { sort.Strings(s) }
