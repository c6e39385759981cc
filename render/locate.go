package render

import (
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"talks/safetext"
)

// Place is where a rune of a block's text is on the page: its line and
// the cells [Col, Col+Width) of that line. Line is -1 for a rune the page
// does not show (a Markdown marker, a space dropped at a line break).
type Place struct{ Line, Col, Width int }

// lookahead is how many runes of the text may be passed over, as not
// shown, to find the one a screen cell shows.
const lookahead = 64

// Locate is where each rune of block i's Text is on the page (one Place
// per rune), found by reading the block's screen lines along its text:
// margins, bullets and quote bars match nothing, and runes the page does
// not show (markup, spaces at line breaks) are skipped. It renders the
// block if it is not yet.
func (p *Page) Locate(i int) []Place {
	if i < 0 || i >= p.n {
		return nil
	}
	text := []rune(p.tc.r.t.Blocks[i].Text)
	start := p.LineOf(i)
	return align(text, p.tc.wrapped(i, p.width), start)
}

// align places text's runes on lines, the first of which is page line
// start.
func align(text []rune, lines []string, start int) []Place {
	out := make([]Place, len(text))
	for k := range out {
		out[k].Line = -1
	}
	pos := 0
	for li, l := range lines {
		col := 0
		lead := true // in the line's leading spaces: a margin, never text
		rest := ansi.Strip(l)
		for rest != "" {
			cluster, w := safetext.FirstCluster(rest)
			rest = rest[len(cluster):]
			// Every rune of a cluster (a letter and its marks) is in its cells.
			for _, c := range cluster {
				if c != ' ' {
					lead = false
				}
				if !lead && pos < len(text) {
					if j := find(text, pos, c); j >= 0 {
						out[j] = Place{Line: start + li, Col: col, Width: w}
						pos = j + 1
					}
				}
			}
			col += w
		}
	}
	return out
}

// find is the index of c in text from pos on, within lookahead runes, or
// -1. A space on screen matches only a space right at pos (a line break of
// the text is never on screen): spaces pad and indent the screen where the
// text has none.
func find(text []rune, pos int, c rune) int {
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
