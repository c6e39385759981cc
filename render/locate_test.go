package render

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"talks/model"
)

// TestLocate checks, for every numbered block of the fixture at several
// widths and styles, that each placed rune is the one the page shows at
// its place, that places run in reading order inside the block, and that
// every letter, digit and ideograph is placed.
func TestLocate(t *testing.T) {
	talk := fixture()
	for _, style := range []Style{Dark, Plain} {
		r := New(Options{Style: style})
		for _, width := range []int{12, 30, 60, 100} {
			p := r.Page(talk, width)
			for i, bl := range talk.Blocks {
				if bl.Para == 0 {
					continue
				}
				t.Run(fmt.Sprintf("%s/%d/block%d", style, width, i), func(t *testing.T) {
					text := []rune(bl.Text)
					places := p.Locate(i)
					if len(places) != len(text) {
						t.Fatalf("Locate gave %d places for %d runes", len(places), len(text))
					}
					first, end := p.LineOf(i), p.LineOf(i)+len(r.Block(talk, i, width))
					lines := p.Lines(first, end)
					prev := Place{Line: first, Col: -1}
					for k, pl := range places {
						c := text[k]
						if pl.Line < 0 {
							if unicode.IsLetter(c) || unicode.IsDigit(c) {
								t.Errorf("rune %d %q not placed", k, c)
							}
							continue
						}
						if pl.Line < first || pl.Line >= end {
							t.Fatalf("rune %d %q on line %d, outside the block's lines [%d,%d)", k, c, pl.Line, first, end)
						}
						if got := ansi.Cut(ansi.Strip(lines[pl.Line-first]), pl.Col, pl.Col+pl.Width); !strings.ContainsRune(got, c) {
							t.Errorf("rune %d %q placed at line %d cells %d+%d, which show %q", k, c, pl.Line, pl.Col, pl.Width, got)
						}
						if pl.Line < prev.Line || (pl.Line == prev.Line && pl.Col <= prev.Col) {
							t.Errorf("rune %d %q at %+v, not after %+v", k, c, pl, prev)
						}
						prev = pl
					}
				})
			}
		}
	}
}

// TestLocateRenumberedList places the runes of a list Glamour renumbers
// ("1. 1." shows "1. 2."), whose second item holds the digit of its new
// number: every rune of the items is placed where the screen shows it,
// none on the marker.
func TestLocateRenumberedList(t *testing.T) {
	tk := &model.Talk{ID: "x", Blocks: []model.Block{{Kind: model.KindList, Text: "1. 第一项\n1. 第二项有2个点\n1. 3 in three"}}}
	for _, st := range []Style{Dark, Plain} {
		for _, w := range []int{12, 40} {
			p := New(Options{Style: st}).Page(tk, w)
			first := p.LineOf(0)
			lines := p.Lines(first, first+len(p.Locate(0)))
			text := []rune(tk.Blocks[0].Text)
			for k, pl := range p.Locate(0) {
				c := text[k]
				if c == '1' || c == '.' || unicode.IsSpace(c) {
					continue // the markers as written, and spaces
				}
				if pl.Line < 0 {
					t.Errorf("%s width %d: rune %d %q not placed", st, w, k, c)
					continue
				}
				shown := ansi.Strip(lines[pl.Line-first])
				if got := ansi.Cut(shown, pl.Col, pl.Col+pl.Width); got != string(c) {
					t.Errorf("%s width %d: rune %d %q placed on %q at cells %d+%d, which show %q", st, w, k, c, shown, pl.Col, pl.Width, got)
				}
				if marker := strings.Index(shown, ". ") + 2; pl.Col < marker && strings.ContainsAny(shown[:marker], "0123456789") {
					t.Errorf("%s width %d: rune %d %q placed on the marker of %q", st, w, k, c, shown)
				}
			}
		}
	}
}

// TestLocateKept checks that a block's places are made once per width and
// kept with its lines.
func TestLocateKept(t *testing.T) {
	r := New(Options{Style: Dark})
	p := r.Page(fixture(), 40)
	a := p.Locate(0)
	wb, _ := p.block(context.Background(), 0)
	if wb.places == nil {
		t.Fatal("Locate kept no places")
	}
	kept := &wb.places[0]
	b := p.Locate(0)
	if fmt.Sprint(a) != fmt.Sprint(b) || &wb.places[0] != kept {
		t.Error("a second Locate made the places again or differs")
	}
}

func TestLocateOutOfRange(t *testing.T) {
	p := New(Options{Style: Plain}).Page(fixture(), 40)
	for _, i := range []int{-1, len(fixture().Blocks)} {
		if got := p.Locate(i); got != nil {
			t.Errorf("Locate(%d) = %v, want nil", i, got)
		}
	}
}

// BenchmarkLocate measures placing the runes of a long paragraph (about
// 2,000 runes of mixed Chinese and English) on an 80-cell page, as the
// reading pane does for each selected block it draws.
func BenchmarkLocate(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 6000 {
		sb.WriteString("我们今天讨论模型训练里的数据质量与评测方法，also how scaling laws guide the budget. 如果数据不干净，再大的模型也学不到真正的规律。")
	}
	talk := &model.Talk{Title: "bench", Blocks: []model.Block{{Kind: model.KindParagraph, Para: 1, Text: sb.String()}}}
	p := New(Options{Style: Dark}).Page(talk, 80)
	p.Locate(0) // render the block once, as the pane has before it draws
	b.ResetTimer()
	for range b.N {
		p.Locate(0)
	}
	b.ReportMetric(float64(utf8.RuneCountInString(sb.String())), "runes")
}
