package render

import (
	"context"
	"unicode"
	"unicode/utf8"

	"talks/safetext"
)

// Place is where a rune of a block's text is on the page: its line and
// the cells [Col, Col+Width) of that line. Line is -1 for a rune the page
// does not show (a Markdown marker, a space dropped at a line break).
type Place struct{ Line, Col, Width int }

// lookahead is how many runes of the text may be passed over, as not
// shown, to find the one a line's text shows.
const lookahead = 64

// Locate is where each rune of block i's Text is on the page (one Place
// per rune). It is computed from the layout: the screen lines know the
// bytes of the block's styled lines they show and the cells those take,
// and each styled line knows which rune of the text each of its visible
// runes shows (matched along the text once per block, its decorations —
// margin, quote bars, a list's bullet or number, which Glamour may
// renumber — left out). It is kept per block and width; it renders the
// block if it is not yet. The slice is the caller's.
func (p *Page) Locate(i int) []Place {
	if i < 0 || i >= p.n {
		return nil
	}
	wb, err := p.block(context.Background(), i)
	if err != nil {
		return nil
	}
	wb.placeOnce.Do(func() {
		wb.places = p.place(i)
		p.r.cache.grow(cacheKey{r: p.r, t: p.t, kind: kindLines, block: i, width: p.width}, 12*len(wb.places))
	})
	start := p.LineOf(i)
	out := make([]Place, len(wb.places))
	for k, pl := range wb.places {
		if pl.Line >= 0 {
			pl.Line += start
		}
		out[k] = pl
	}
	return out
}

// place is Locate's places for block i, lines counted from the block's
// first.
func (p *Page) place(i int) []Place {
	text := []rune(p.t.Blocks[i].Text)
	out := make([]Place, len(text))
	for k := range out {
		out[k].Line = -1
	}
	a := p.r.analysed(p.t, i)
	a.srcOnce.Do(func() { a.src = sources(a.lines, text) })
	pol := p.policy()
	row := 0
	for li, l := range a.lines {
		body := l.vis[l.prefix:]
		src := a.src[li]
		lines, keep := l.layout(pol)
		for n, ln := range lines {
			col := l.lead(n, keep)
			gaps := ln.Gaps
			for b := ln.Start; b < ln.End; {
				if len(gaps) > 0 && b >= gaps[0].Start {
					b = gaps[0].End
					gaps = gaps[1:]
					continue
				}
				c, w := safetext.FirstCluster(body[b:ln.End])
				for j := b; j < b+len(c); j++ { // every rune of a cluster is in its cells
					if s := src[j]; s >= 0 {
						out[s] = Place{Line: row, Col: col, Width: w}
					}
				}
				col += w
				b += len(c)
			}
			row++
		}
	}
	return out
}

// sources maps the visible runes of the lines' bodies to the runes of text
// they show: for each line, for each byte of its body, the index in text of
// the rune that starts there, or -1. A body rune is matched with the next
// equal rune of the text within lookahead runes, passing over the runes the
// page does not show (Markdown markers, a link's brackets); a space only
// with a space right there (the page pads and indents with spaces the text
// does not have).
func sources(lines []*styledLine, text []rune) [][]int32 {
	out := make([][]int32, len(lines))
	pos := 0
	for li, l := range lines {
		body := l.vis[l.prefix:]
		src := make([]int32, len(body))
		for b := range src {
			src[b] = -1
		}
		for b := 0; b < len(body); {
			c, n := utf8.DecodeRuneInString(body[b:])
			if j := find(text, pos, c); j >= 0 {
				src[b] = int32(j)
				pos = j + 1
			}
			b += n
		}
		out[li] = src
	}
	return out
}

// find is the index of c in text from pos on, within lookahead runes, or
// -1. A space matches only a space right at pos (a line break of the text
// is never on screen).
func find(text []rune, pos int, c rune) int {
	if pos >= len(text) {
		return -1
	}
	if unicode.IsSpace(c) {
		if unicode.IsSpace(text[pos]) && text[pos] != '\n' {
			return pos
		}
		return -1
	}
	for j := pos; j < len(text) && j < pos+lookahead; j++ {
		if text[j] == c {
			return j
		}
	}
	return -1
}
