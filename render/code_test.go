package render

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/charmbracelet/x/ansi"

	"talks/model"
	"talks/safetext"
)

// codeSamples are small blocks of code, as a transcript's notes have them.
var codeSamples = []struct{ lang, code string }{
	{"go", "func main() {\n\tx := \"你好\" // 注释\n\tfmt.Println(x, 42)\n}"},
	{"python", "def f(x):\n    return x * 2  # 二倍\n\nprint(f(3))"},
	{"", "没有语言的代码块\n  缩进的一行\n\n空行之后"},
	{"", "\n  \n前后有空行\n\n  \n"},
	{"nosuchlang", "plain text\n\twith a tab"},
}

// codeTalk is a talk of one code block.
func codeTalk(lang, code string) *model.Talk {
	return &model.Talk{ID: "code", Blocks: []model.Block{{Kind: model.KindCode, Lang: lang, Text: code}}}
}

// colours are the foreground colours (256-colour indexes, -1 for none) in
// force at each visible character of a styled line that is not a space.
func colours(line string) []int {
	var out []int
	fg := -1
	for piece, esc := range safetext.Pieces(line) {
		switch {
		case esc && (piece == "\x1b[m" || piece == "\x1b[0m"):
			fg = -1
		case esc:
			if _, err := fmt.Sscanf(piece, "\x1b[38;5;%dm", &fg); err != nil {
				fg = -1
			}
		default:
			for _, r := range piece {
				if r != ' ' {
					out = append(out, fg)
				}
			}
		}
	}
	return out
}

// near says whether palette colours a and b are the same or neighbours on
// the grey ramp: chroma picks among equally near colours at random, and
// Glamour's comment colour #676767 is as near 241 as 242.
func near(a, b int) bool {
	return a == b || (a >= 232 && b >= 232 && a-b <= 1 && b-a <= 1)
}

// TestCodeLikeGlamour checks that a block of code looks as Glamour shows
// it: the same lines, indented the same, and in Dark style the same colour
// on every character of a block in a known language (Glamour guesses a
// language for a block without one; here it is plain text).
func TestCodeLikeGlamour(t *testing.T) {
	for _, st := range []Style{Dark, Plain, Light} {
		r := New(Options{Style: st})
		for _, c := range codeSamples {
			want := r.glam.render("```" + c.lang + "\n" + strings.ReplaceAll(c.code, "\t", "    ") + "\n```")
			got := r.Block(codeTalk(c.lang, c.code), 0, 200)
			trim := func(ls []string) string {
				var out []string
				for _, l := range ls {
					out = append(out, strings.TrimRight(ansi.Strip(l), " "))
				}
				return strings.Join(out, "\n")
			}
			if a, b := trim(got), trim(want); a != b {
				t.Errorf("%s %q: lines\n%q\nGlamour's\n%q", st, c.lang, a, b)
				continue
			}
			if st != Dark || c.lang == "" {
				continue
			}
			for k := range got {
				a, b := colours(got[k]), colours(want[k])
				same := len(a) == len(b)
				for j := 0; same && j < len(a); j++ {
					same = near(a[j], b[j])
				}
				if !same {
					t.Errorf("%s %q line %d: colours\n%v\nGlamour's\n%v", st, c.lang, k, a, b)
				}
			}
		}
	}
}

// allocated is the number of bytes f allocates.
func allocated(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// TestCodeLinear checks that laying out a block of code costs memory in
// proportion to its length: Glamour's code blocks allocated in the square
// of it (3 GB for 10,000 lines; a 40,000-line block took 12.7 s).
func TestCodeLinear(t *testing.T) {
	for _, lang := range []string{"", "go"} {
		size := func(n int) uint64 {
			code := strings.Repeat("\tx := compute(a, b) // 注释\n", n)
			return allocated(func() { _ = New(Options{Style: Dark}).Page(codeTalk(lang, code), 80).String() })
		}
		small, big := size(2500), size(10000)
		if big > 6*small {
			t.Errorf("lang %q: 10,000 lines allocate %d MB, 2,500 lines %d MB: not linear", lang, big>>20, small>>20)
		}
	}
}

// TestLexerOnce checks that each language's lexer is looked up once, and
// that a block without a language is not analysed to guess one.
func TestLexerOnce(t *testing.T) {
	var calls atomic.Int32
	lexerMu.Lock()
	old := getLexer
	lexerOf = map[string]chroma.Lexer{}
	getLexer = func(name string) chroma.Lexer { calls.Add(1); return old(name) }
	lexerMu.Unlock()
	defer func() {
		lexerMu.Lock()
		getLexer = old
		lexerMu.Unlock()
	}()
	tk := &model.Talk{ID: "code"}
	for range 30 {
		for _, lang := range []string{"go", "Go", "", "nosuchlang"} {
			tk.Blocks = append(tk.Blocks, model.Block{Kind: model.KindCode, Lang: lang, Text: "x := 1"})
		}
	}
	_ = New(Options{Style: Dark}).Page(tk, 80).String()
	if n := calls.Load(); n != 2 {
		t.Errorf("lexers looked up %d times for 2 languages", n)
	}
}

// stopAfter is a context that is cancelled once its Err has been asked n
// times: a deterministic interrupt in the middle of a render.
type stopAfter struct {
	context.Context
	n atomic.Int32
}

func (c *stopAfter) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// TestRenderStops interrupts the rendering of a page with a 200,000-line
// block of code while the block is made, laid out and written (the context
// is asked about 200 times in each): Render must return the interrupt,
// having written less than the block, and a later render must still make
// the whole block.
func TestRenderStops(t *testing.T) {
	code := strings.Repeat("x\n", 200000)
	for _, asks := range []int32{5, 250, 450} {
		r := New(Options{Style: Dark})
		p := r.Page(codeTalk("", code), 80)
		ctx := &stopAfter{Context: context.Background()}
		ctx.n.Store(asks)
		var out strings.Builder
		if err := p.Render(ctx, &out); !errors.Is(err, context.Canceled) {
			t.Fatalf("stopped after %d asks: Render = %v, want context.Canceled", asks, err)
		}
		if n := strings.Count(out.String(), "\n"); n >= 200000 {
			t.Errorf("stopped after %d asks: an interrupted render wrote %d lines", asks, n)
		}
		if n := len(r.Block(codeTalk("", code), 0, 80)); n != 200000 {
			t.Errorf("after the interrupt, the block has %d lines, want 200000", n)
		}
	}
}

// TestNearest256 checks the palette mapping of code colours: each is a
// nearest palette colour, and the same on every run.
func TestNearest256(t *testing.T) {
	for _, hex := range []string{"#676767", "#C4C4C4", "#00AAFF", "#FF5F87", "#000000", "#FFFFFF", "#800000"} {
		c := chroma.MustParseColour(hex)
		got := nearest256(c)
		for i, p := range palette256 {
			if p.IsSet() && p.Distance(c) < palette256[got].Distance(c) {
				t.Errorf("%s: %d is nearer than %d", hex, i, got)
			}
		}
	}
	if got := nearest256(chroma.MustParseColour("#676767")); got != 241 {
		t.Errorf("#676767 is %d, want 241 (the lower of 241 and 242)", got)
	}
}
