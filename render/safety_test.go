package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"talks/model"
	"talks/safetext"
)

// allStyles are the styles a page can be rendered in.
var allStyles = []Style{Plain, Dark, Light}

// hostile is a talk whose blocks of every kind carry text an attacker
// wrote: s in each.
func hostile(s string) *model.Talk {
	tk := &model.Talk{ID: "x", Title: s, File: "/srv/" + s + ".md", Line: 1,
		Images: []model.Image{{N: 1, Alt: s, Target: "https://example.org/a.png"}}}
	for k := model.KindParagraph; k <= model.KindRule; k++ {
		tk.Blocks = append(tk.Blocks, model.Block{Kind: k, Text: s, Lang: s, Image: 1})
	}
	tk.Blocks = append(tk.Blocks,
		model.Block{Kind: model.KindList, Text: "- " + s + "\n1. **" + s + "**"},
		model.Block{Kind: model.KindQuote, Text: "> " + s},
		model.Block{Kind: model.KindParagraph, Text: "*" + s + "* `" + s + "` [" + s + "](https://example.org/)"})
	return tk
}

// TestCharacterReferences renders references to C1 controls, bidi
// controls and ESC, which Glamour decodes, in every block kind and style:
// nothing but SGR and OSC 8 to http(s) or file URLs may come out, and the
// references may not make a hidden hyperlink.
func TestCharacterReferences(t *testing.T) {
	for _, s := range []string{
		"a&#x9d;b&#x202e;c&#x1b;[31md&#x90;e&#x200e;f&#x2028;g&#27;h&#x85;",
		"&#x1b;]8;;file:///etc/passwd&#x7;点我&#x1b;]8;;&#x7;",
		"&#x1b]8;;file:///etc/passwd&#x7点我&#x1b]8;;&#x7",
		"&#x9d;8;;file:///etc/passwd&#x9c;点我&#x9d;8;;&#x9c;",
		"&lrm;&rlm;&NewLine;&Tab;&#033;",
	} {
		for _, st := range allStyles {
			out := New(Options{Style: st, Hyperlinks: true}).Page(hostile(s), 60).String()
			if err := safetext.CheckTerminalOutput(out); err != nil {
				t.Errorf("%s, %q: %v", st, s, err)
			}
			if strings.Contains(out, "passwd\x07") || strings.Contains(out, "passwd\x1b\\") {
				t.Errorf("%s, %q: a hyperlink came out of references: %q", st, s, out)
			}
			if strings.ContainsAny(out, "\u009d\u0090\u0085\u202e\u200e\u200f\u2028") {
				t.Errorf("%s, %q: a decoded control or bidi character: %q", st, s, out)
			}
		}
	}
	if out := ansi.Strip(New(Options{Style: Dark}).Page(hostile("&#x1b;]8;;file:///etc/passwd&#x7;点我"), 60).String()); !strings.Contains(out, "点我") {
		t.Errorf("the text around the references is lost: %q", out)
	}
}

// TestLinkTargets checks that every hyperlink goes out as an absolute
// http(s) or file URL: a Markdown link to an absolute path becomes a file
// URL, one to a network path or a relative one is no link, and the
// scheme's case does not matter.
func TestLinkTargets(t *testing.T) {
	tk := &model.Talk{ID: "x", Title: "题", Blocks: []model.Block{{Kind: model.KindParagraph,
		Text: "[甲](/etc/passwd) [乙](//evil.example/x) [丙](HTTPS://A.example/) [丁](img/a.png) [戊](file://evil.example/x)"}}}
	for _, st := range []Style{Dark, Light} {
		out := New(Options{Style: st, Hyperlinks: true}).Page(tk, 100).String()
		if err := safetext.CheckTerminalOutput(out); err != nil {
			t.Errorf("%s: %v", st, err)
		}
		for _, want := range []string{";file:///etc/passwd\x07", ";https://A.example/\x07"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: no link %q in %q", st, want, out)
			}
		}
		for _, not := range []string{";/etc/passwd\x07", "evil.example/x\x07", "img/a.png\x07"} {
			if strings.Contains(out, not) {
				t.Errorf("%s: link %q in %q", st, not, out)
			}
		}
	}
}

// TestOutputGuard renders text full of escapes, controls and bidi
// characters in every block kind and in the header (title, source file),
// in every style: every line must pass CheckTerminalOutput.
func TestOutputGuard(t *testing.T) {
	s := "前\x1b]8;;file:///etc/passwd\x07中\u009b31m\u202e\x1b[2J\u2029\ufeff后\xff"
	for _, st := range allStyles {
		for _, w := range []int{1, 7, 40, 100} {
			out := New(Options{Style: st, Hyperlinks: true}).Page(hostile(s), w).String()
			if err := safetext.CheckTerminalOutput(out); err != nil {
				t.Errorf("%s width %d: %v", st, w, err)
			}
		}
	}
}

// TestHeaderAmpersand checks that an '&' in a title shows as it is: not
// after a backslash, and not decoded with what follows it.
func TestHeaderAmpersand(t *testing.T) {
	tk := &model.Talk{ID: "x", Title: "AT&T 与 &#x4e2d; &amp;", Speakers: []model.Speaker{{Name: "R&D"}}}
	for _, st := range allStyles {
		hdr := ansi.Strip(strings.Join(New(Options{Style: st}).Header(tk, 80), "\n"))
		if !strings.Contains(hdr, "AT&T 与 &#x4e2d; &amp;") || !strings.Contains(hdr, "R&D") || strings.Contains(hdr, `\`) {
			t.Errorf("%s: header %q", st, hdr)
		}
	}
}

// TestParseStyledFilters feeds the line splitter what Glamour would write
// if a decoded reference reached it (C1 controls, bidi controls, ESC
// sequences of every kind, an OSC 8 link to a path): only SGR and OSC 8 in
// their safe form may be kept, and the visible text holds no control.
func TestParseStyledFilters(t *testing.T) {
	in := "  \x1b[38;5;252m前\u009d8;;x\u009c中\u202e\u200f\x1b[2J\x1b]52;c;aGk=\x07\x1b]8;id=1;/etc/passwd\x07链\x1b]8;;\x07\x1bP q\x1b\\后\u2028\x7f\x1b[m"
	l := parseStyled(in, false, true, false)
	if l.vis != "  前8;;x中链后" {
		t.Errorf("visible text %q", l.vis)
	}
	var seqs []string
	for _, e := range l.esc {
		seqs = append(seqs, e.seq)
	}
	if got := strings.Join(seqs, " "); got != "\x1b[38;5;252m \x1b]8;id=1;file:///etc/passwd\x07 \x1b]8;;\x07 \x1b[m" {
		t.Errorf("escapes kept: %q", got)
	}
	if l := parseStyled(in, true, true, false); len(l.esc) != 0 {
		t.Errorf("plain kept %d escapes", len(l.esc))
	}
}
