package render

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"talks/model"
	"talks/safetext"
)

// TestGolden renders the fixture at two widths, in Plain and (stripped of
// its escapes) Dark style.
func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		style Style
		width int
	}{
		{"plain-40", Plain, 40},
		{"plain-72", Plain, 72},
		{"dark-40", Dark, 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := New(Options{Style: tt.style}).Page(fixture(), tt.width).String()
			golden.RequireEqual(t, []byte(ansi.Strip(out)))
		})
	}
}

// TestPageAgrees checks, at every width from 1 to 130, that the lazy page
// agrees with itself: Len with String, Lines with the whole, each block's
// lines with Block, and BlockAt with LineOf.
func TestPageAgrees(t *testing.T) {
	tk := fixture()
	for _, st := range []Style{Plain, Dark} {
		r := New(Options{Style: st, Hyperlinks: true})
		for w := 1; w <= 130; w++ {
			p := r.Page(tk, w)
			all := strings.Split(strings.TrimSuffix(p.String(), "\n"), "\n")
			if p.Len() != len(all) {
				t.Fatalf("%s width %d: Len %d, String has %d lines", st, w, p.Len(), len(all))
			}
			if got := r.Page(tk, w).Lines(3, 9); strings.Join(got, "\n") != strings.Join(all[3:9], "\n") {
				t.Errorf("%s width %d: Lines(3, 9) on a fresh page differs from String", st, w)
			}
			if got := strings.Join(r.Header(tk, w), "\n"); got != strings.Join(all[:len(r.Header(tk, w))], "\n") {
				t.Errorf("%s width %d: Header differs from the page's top", st, w)
			}
			for i := range tk.Blocks {
				at := p.LineOf(i)
				if b := p.BlockAt(at); b != i {
					t.Errorf("%s width %d: BlockAt(LineOf(%d)) = %d", st, w, i, b)
				}
				if at > 0 && p.BlockAt(at-1) != i-1 {
					t.Errorf("%s width %d: line before block %d is block %d", st, w, i, p.BlockAt(at-1))
				}
				bl := r.Block(tk, i, w)
				if got := strings.Join(all[at:at+len(bl)], "\n"); got != strings.Join(bl, "\n") {
					t.Errorf("%s width %d: block %d differs from the page at line %d", st, w, i, at)
				}
			}
			if p.BlockAt(0) != -1 || p.LineOf(-1) != 0 {
				t.Errorf("%s width %d: the header is not block -1 at line 0", st, w)
			}
			for _, l := range all {
				if cw := safetext.Width(l); cw > max(w, 2) {
					t.Errorf("%s width %d: line %q is %d cells", st, w, ansi.Strip(l), cw)
				}
				if st == Plain && strings.ContainsRune(l, '\x1b') {
					t.Errorf("plain width %d: escape in %q", w, l)
				}
			}
		}
	}
}

// TestLinks checks image and video links: OSC 8 only to http(s) URLs and
// absolute paths without control characters, the target shown in Plain.
func TestLinks(t *testing.T) {
	tests := []struct {
		name, target string
		style        Style
		hyperlinks   bool
		want, not    string
	}{
		{"https link", "https://example.org/a.png", Dark, true, "\x1b]8;;https://example.org/a.png\x07", ""},
		{"absolute path", "/srv/a b.png", Dark, true, "\x1b]8;;file:///srv/a%20b.png\x07", ""},
		{"relative path is no link", "img/a.png", Dark, true, "▣ 图 1", "\x1b]8;"},
		{"javascript is no link", "javascript:alert(1)", Dark, true, "▣ 图 1", "\x1b]8;"},
		{"control characters are no link", "https://example.org/\x1b[31m.png", Dark, true, "▣ 图 1", "\x1b]8;"},
		{"no hyperlinks asked", "https://example.org/a.png", Dark, false, "▣ 图 1", "\x1b]8;"},
		{"plain shows the target", "https://example.org/a.png", Plain, true, "https://example.org/a.png", "\x1b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := &model.Talk{ID: "x", Title: "题", Blocks: []model.Block{{Kind: model.KindImage, Image: 1}},
				Images: []model.Image{{N: 1, Target: tt.target}}}
			out := strings.Join(New(Options{Style: tt.style, Hyperlinks: tt.hyperlinks}).Block(tk, 0, 60), "\n")
			if !strings.Contains(out, tt.want) || (tt.not != "" && strings.Contains(out, tt.not)) {
				t.Errorf("image %q: %q", tt.target, out)
			}
		})
	}
	md := &model.Talk{ID: "x", Title: "题", Blocks: []model.Block{
		{Kind: model.KindParagraph, Text: "见[这里](https://example.org/x)和[那里](javascript:alert(1))。"}}}
	for _, hl := range []bool{false, true} {
		out := strings.Join(New(Options{Style: Dark, Hyperlinks: hl}).Block(md, 0, 60), "\n")
		if strings.Contains(out, "javascript") && strings.Contains(out, "\x1b]8;;javascript") || strings.Contains(out, "\x1b]8;id=") && strings.Contains(out, "javascript:alert(1)\x07") {
			t.Errorf("hyperlinks %v: a javascript: link was kept: %q", hl, out)
		}
		if got := strings.Contains(out, "https://example.org/x\x07"); got != hl {
			t.Errorf("hyperlinks %v: Markdown link made an OSC 8 link: %v: %q", hl, got, out)
		}
	}
	hdr := strings.Join(New(Options{Style: Dark, Hyperlinks: true}).Header(fixture(), 60), "\n")
	if !strings.Contains(hdr, "\x1b]8;;https://www.bilibili.com/video/BV1xx411c7mD?p=3\x07") {
		t.Errorf("header has no video link: %q", hdr)
	}
}

// TestLongLinkWraps checks that a hyperlink cut over several lines is
// closed at the end of each and reopened at the start of the next.
func TestLongLinkWraps(t *testing.T) {
	tk := &model.Talk{ID: "x", Title: "题", Blocks: []model.Block{{Kind: model.KindImage, Image: 1}},
		Images: []model.Image{{N: 1, Alt: "一张很长很长很长很长很长很长很长的图片说明文字", Target: "https://example.org/a.png"}}}
	lines := New(Options{Style: Dark, Hyperlinks: true}).Block(tk, 0, 24)
	if len(lines) < 2 {
		t.Fatalf("not wrapped: %q", lines)
	}
	for _, l := range lines {
		if !strings.Contains(l, "\x1b]8;;https://example.org/a.png\x07") || !strings.HasSuffix(l, "\x1b]8;;\x07\x1b[m") && !strings.Contains(l, "\x1b]8;;\x07") {
			t.Errorf("line %q does not open and close the link", l)
		}
	}
}

// TestNarrow lays the fixture out at widths 1 to 10: nothing may loop or
// panic, and text is never lost.
func TestNarrow(t *testing.T) {
	for w := 1; w <= 10; w++ {
		out := New(Options{Style: Plain}).Page(fixture(), w).String()
		if !strings.Contains(strings.Join(strings.Fields(out), ""), "谢谢大家！") {
			t.Errorf("width %d: text lost:\n%s", w, out)
		}
	}
}

// TestConcurrent shares one Renderer and one Page among goroutines that
// call Lines, BlockAt, LineOf and Len at once (and lay out other widths
// with the same Renderer); each must see what a Renderer used alone makes.
// Run it with -race.
func TestConcurrent(t *testing.T) {
	tk := fixture()
	ref := New(Options{Style: Dark}).Page(tk, 50)
	want := strings.Split(strings.TrimSuffix(ref.String(), "\n"), "\n")
	wantAt := make([]int, len(want))
	for l := range want {
		wantAt[l] = ref.BlockAt(l)
	}
	r := New(Options{Style: Dark})
	p := r.Page(tk, 50)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	report := func(format string, a ...any) {
		select {
		case errs <- fmt.Sprintf(format, a...):
		default:
		}
	}
	for g := range 8 {
		wg.Go(func() {
			for k := range len(want) {
				l := (k*(g+1) + g*5) % len(want) // each goroutine visits lines in its own order
				switch (g + k) % 4 {
				case 0:
					if got := p.Lines(l, l+5); strings.Join(got, "\n") != strings.Join(want[l:min(l+5, len(want))], "\n") {
						report("goroutine %d: Lines(%d, %d) differ", g, l, l+5)
					}
				case 1:
					if got := p.BlockAt(l); got != wantAt[l] {
						report("goroutine %d: BlockAt(%d) = %d, want %d", g, l, got, wantAt[l])
					}
				case 2:
					b := l % len(tk.Blocks)
					if got := p.LineOf(b); got != ref.LineOf(b) {
						report("goroutine %d: LineOf(%d) = %d, want %d", g, b, got, ref.LineOf(b))
					}
				default:
					if got := p.Len(); got != len(want) {
						report("goroutine %d: Len = %d, want %d", g, got, len(want))
					}
					r.Page(tk, 40+g+k%3).Lines(0, 10)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if got := p.String(); got != ref.String() {
		t.Error("the shared page differs from one laid out alone")
	}
}

// TestControlCharacters checks that escapes and control characters in a
// transcript never reach the terminal, and that a tab still parts words.
func TestControlCharacters(t *testing.T) {
	tk := &model.Talk{ID: "x", Title: "标题\x1b[2J", Blocks: []model.Block{
		{Kind: model.KindParagraph, Text: "前\x1b]52;c;aGk=\x07后\x07 tab\there \u009b31m完\xff"},
		{Kind: model.KindHeading, Level: 2, Text: "小\x1b[31m节"},
	}}
	for _, st := range []Style{Plain, Dark} {
		out := New(Options{Style: st}).Page(tk, 60).String()
		plain := ansi.Strip(out)
		if strings.ContainsAny(plain, "\x1b\x07\u009b") || !utf8.ValidString(out) || strings.Contains(out, "]52;") || strings.Contains(out, "[2J") {
			t.Errorf("%s: control characters got through: %q", st, out)
		}
		if !strings.Contains(plain, "tab here") {
			t.Errorf("%s: tab lost: %q", st, plain)
		}
	}
}

// TestWidthAsTheUIMeasures lays out text with runes that uniseg and x/ansi
// measure differently (☰ ䷀ ⚊ are two cells to x/ansi, one to uniseg): no
// line may be wider than the page as the ui measures it, or the ui would
// cut it.
func TestWidthAsTheUIMeasures(t *testing.T) {
	tk := &model.Talk{ID: "x", Title: "题", Blocks: []model.Block{
		{Kind: model.KindParagraph, Text: strings.Repeat("卦象☰☱☲☳，六十四卦䷀䷁䷂，爻⚊⚋。", 8)},
		{Kind: model.KindList, Text: "- " + strings.Repeat("☰☷", 30)},
	}}
	for _, st := range []Style{Plain, Dark} {
		for w := 10; w <= 60; w++ {
			for _, l := range New(Options{Style: st}).Page(tk, w).Lines(0, 1000) {
				if ansi.StringWidth(l) > w || ansi.Truncate(l, w, "") != l {
					t.Errorf("%s width %d: line %q is %d cells to the ui", st, w, ansi.Strip(l), ansi.StringWidth(l))
				}
			}
		}
	}
}
