package render

import "strings"

// bigTalk is the size of text, in bytes, from which a talk is laid out
// only as far as it is shown (see Page.choosePolicy).
const bigTalk = 24 << 10

// policies are the layouts tried for a talk that is not big, in order of
// preference: Glamour's text column (the page less a 2-cell margin on
// either side), first with no line in the right margin, then with a few;
// then columns a cell or two narrower or wider.
var policies = []policy{{0, 0}, {0, 1}, {-1, 0}, {-1, 1}, {1, 0}, {0, 2}, {-1, 2}, {-2, 0}, {-2, 1}, {-2, 2}, {-3, 0}, {-3, 1}, {-3, 2}, {-4, 0}, {-4, 1}, {-4, 2}, {-5, 0}, {-5, 1}, {-6, 0}, {-6, 1}}

// marginShare is the share of a talk's lines at one indent that may run
// into the right margin: so few that its edge still shows where the
// others end (wrapcheck's estimate of the right edge ignores the widest 2%).
const marginShare = 50

// choosePolicy is how the talk's lines are laid out at the page's width.
//
// Every line but a paragraph's last should be full: the piece that starts
// the next line should not fit on it. Where a paragraph's layout cannot
// achieve that (the piece is an opening bracket glued to a word, say: it
// fits, the whole does not, and a paragraph of Chinese leaves no other
// choice of breaks), a line may run one cell into the right margin to
// take the piece, or to take one more and so change the breaks of the
// lines that follow. A big talk does so where needed: among its hundreds
// of lines the few that do are not seen as an edge. A smaller talk is laid
// out at once, and gets the first of the policies under which every line
// is full and at most one line in marginShare at any indent takes the
// margin.
func (p *Page) choosePolicy() policy {
	width := p.width
	a := avail(width)
	pol := policy{avail: a}
	size := 0
	for _, bl := range p.t.Blocks {
		size += len(bl.Text)
	}
	switch {
	case a == width: // too narrow for margins
	case size >= bigTalk:
		pol.slack = 1
	default:
		least := -1
		for _, try := range policies {
			try.avail += a
			if try.avail+try.slack > width {
				continue
			}
			if n := p.flaws(try); least < 0 || n < least {
				pol, least = try, n
			}
			if least == 0 {
				break
			}
		}
	}
	return pol
}

// flaws lays the whole talk out under pol and returns its number of
// ragged lines, plus one for each indent with more lines in the margin
// than its share.
func (p *Page) flaws(pol policy) int {
	lines := map[int]int{}
	margin := map[int]int{}
	ragged := 0
	for i := -1; i < len(p.t.Blocks); i++ {
		for _, l := range p.r.analysed(p.t, i).lines {
			ind := len(l.vis) - len(strings.TrimLeft(l.vis, " "))
			lines[ind] += l.count(pol)
			r, m := l.flaws(pol)
			ragged += r
			margin[ind] += m
		}
	}
	for ind, m := range margin {
		if m > lines[ind]/marginShare { // the edge moves: any line may be short of it
			ragged += lines[ind]
		}
	}
	return ragged
}
