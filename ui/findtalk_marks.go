package ui

import (
	"slices"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/render"
)

// cellSpan is part of a match on screen: cells [from, to) of a block's
// line.
type cellSpan struct{ line, from, to int }

// unit is a character of a block's rendered text: a rune with where it is
// on screen, a collapsed run of spaces, or a line break.
type unit struct {
	r         rune // folded; ' ' for spaces, 0 for a line break
	line, col int
	w         int
}

// textUnits reads the plain text of a block's rendered lines: runs of
// spaces collapse to one, each line's margins are dropped, and a line
// break is a unit of its own, which matches a space or nothing.
func textUnits(lines []string) []unit {
	var us []unit
	for li, l := range lines {
		plain := ansi.Strip(l)
		if len(us) > 0 {
			us = append(us, unit{line: li})
		}
		col := 0
		for _, r := range plain {
			w := ansi.StringWidth(string(r))
			if unicode.IsSpace(r) {
				if n := len(us); n > 0 && us[n-1].r != ' ' && us[n-1].r != 0 {
					us = append(us, unit{r: ' ', line: li, col: col, w: w})
				}
			} else {
				us = append(us, unit{r: unicode.ToLower(r), line: li, col: col, w: w})
			}
			col += w
		}
		if n := len(us); n > 0 && us[n-1].r == ' ' {
			us = us[:n-1] // trailing spaces are padding
		}
	}
	return us
}

// foldQuery is the query as units compare it: lowered, runs of spaces
// collapsed, no leading or trailing space.
func foldQuery(q string) []rune {
	var out []rune
	for _, r := range q {
		if unicode.IsSpace(r) {
			if len(out) > 0 && out[len(out)-1] != ' ' {
				out = append(out, ' ')
			}
			continue
		}
		out = append(out, unicode.ToLower(r))
	}
	if n := len(out); n > 0 && out[n-1] == ' ' {
		out = out[:n-1]
	}
	return out
}

// locate finds the non-overlapping occurrences of query in a block's
// rendered lines, in order, each as the spans it covers (two or more when
// the wrap splits it).
func locate(lines []string, query string) [][]cellSpan {
	q := foldQuery(query)
	if len(q) == 0 {
		return nil
	}
	us := textUnits(lines)
	var out [][]cellSpan
	for i := 0; i < len(us); {
		end, ok := matchAt(us, i, q)
		if !ok {
			i++
			continue
		}
		out = append(out, spans(us[i:end]))
		i = end
	}
	return out
}

// matchAt matches q at units[i:], a line break standing for a space or
// for nothing; it returns the end of the match.
func matchAt(us []unit, i int, q []rune) (int, bool) {
	if us[i].r == 0 || us[i].r == ' ' {
		return 0, false
	}
	for k := 0; k < len(q); {
		if i >= len(us) {
			return 0, false
		}
		switch u := us[i]; {
		case u.r == 0 && q[k] == ' ':
			i, k = i+1, k+1
			if i < len(us) && us[i].r == ' ' {
				i++
			}
		case u.r == 0:
			i++
		case u.r == q[k]:
			i, k = i+1, k+1
		default:
			return 0, false
		}
	}
	return i, true
}

// spans are the cells units cover, one span per line.
func spans(us []unit) []cellSpan {
	var out []cellSpan
	for _, u := range us {
		if u.r == 0 {
			continue
		}
		if n := len(out); n > 0 && out[n-1].line == u.line {
			out[n-1].to = u.col + u.w
			continue
		}
		out = append(out, cellSpan{line: u.line, from: u.col, to: u.col + u.w})
	}
	return out
}

// blockLines are block b's lines on page p and the first of them.
func blockLines(p *render.Page, b int) ([]string, int) {
	start := p.LineOf(b)
	end := p.LineOf(b + 1)
	if end <= start {
		end = p.Len()
	}
	return p.Lines(start, end), start
}

// mark highlights the matches shown in body, the page's lines from top:
// every hit in Hit style, the current one in CurrentHit.
func (f talkFind) mark(p *render.Page, top int, body []string, st Styles) []string {
	if !f.active() || p == nil || len(body) == 0 {
		return body
	}
	ranges := map[int][]lipgloss.Range{}
	bottom := top + len(body)
	for i := 0; i < len(f.hits); {
		b := f.hits[i].Block
		j := i
		for j < len(f.hits) && f.hits[j].Block == b {
			j++
		}
		lines, start := blockLines(p, b)
		if start >= bottom {
			break
		}
		if start+len(lines) > top {
			for k, occ := range locate(lines, f.query) {
				style := st.Hit
				if i+k == f.cur {
					style = st.CurrentHit
				}
				for _, s := range occ {
					if l := start + s.line; l >= top && l < bottom {
						ranges[l-top] = append(ranges[l-top], lipgloss.NewRange(s.from, s.to, style))
					}
				}
			}
		}
		i = j
	}
	out := slices.Clone(body)
	for l, rs := range ranges {
		slices.SortFunc(rs, func(a, b lipgloss.Range) int { return a.Start - b.Start })
		out[l] = lipgloss.StyleRanges(out[l], rs...)
	}
	return out
}

// hitLine is the page line where the current hit starts.
func (f talkFind) hitLine(p *render.Page) int {
	h := f.hits[f.cur]
	first := f.cur
	for first > 0 && f.hits[first-1].Block == h.Block {
		first--
	}
	lines, start := blockLines(p, h.Block)
	if occ := locate(lines, f.query); f.cur-first < len(occ) {
		return start + occ[f.cur-first][0].line
	}
	return start
}

// revealMatch scrolls the current hit into view, a third down the pane
// when it has to move; without a page it waits for one.
func (r *readerModel) revealMatch() {
	f := &r.find
	if !f.reveal || len(f.hits) == 0 {
		f.reveal = false
		return
	}
	if r.page == nil || r.stale() {
		r.anchor = f.hits[f.cur].Block
		return
	}
	f.reveal = false
	line := f.hitLine(r.page)
	if line < r.top || line >= r.top+max(1, r.height) {
		r.top = line - r.height/3
		r.clampTop()
		r.pin = noAnchor
	}
}
