package render

import (
	"strings"
	"sync/atomic"

	"github.com/charmbracelet/x/ansi"

	"talks/render/linebreak"
	"talks/safetext"
)

// escape is an ANSI escape sequence found before byte pos of a line's
// visible text.
type escape struct {
	pos int
	seq string
}

// styledLine is one unwrapped line of Glamour output, split into its visible
// text and the escape sequences between, so that it can be broken at any
// width without losing its styles.
type styledLine struct {
	vis    string
	esc    []escape
	prefix int             // bytes of vis that lead every line: margin, quote bars, list marker
	cont   string          // what leads continuation lines: styled margin and bars, spaces for the marker
	firstW int             // cells of the prefix
	contW  int             // cells of cont, or of the prefix if wider
	body   *linebreak.Text // vis[prefix:], analysed; for code, made when first needed (see text)
	code   bool            // cut anywhere, as a terminal wraps, without using the margin
	bodyW  int             // cells of vis[prefix:], for code

	lazy atomic.Pointer[linebreak.Text] // the body of a line of code, once analysed
}

// parseStyled splits s into visible text and escapes, as safetext.Pieces
// cuts it: only SGR styles and OSC 8 hyperlinks (to http(s) and absolute
// file URLs, rewritten to their safe form) are kept, and nothing else that
// could drive a terminal reaches the text. plain drops the escapes too,
// and links false drops the hyperlinks (Glamour makes one of every
// Markdown link). A line of code is cut at any character, and its
// continuation lines are indented two more cells so that they read as one
// line.
func parseStyled(s string, plain, links, code bool) *styledLine {
	l := &styledLine{code: code}
	var vis strings.Builder
	for piece, esc := range safetext.Pieces(s) {
		switch {
		case !esc:
			vis.WriteString(strings.ReplaceAll(piece, "\n", ""))
		case plain, !links && strings.HasPrefix(piece, "\x1b]"):
		default:
			l.esc = append(l.esc, escape{pos: vis.Len(), seq: piece})
		}
	}
	l.vis = vis.String()
	l.analyse()
	return l
}

// codeLine is a line of code, visible text vis with escapes esc.
func codeLine(vis string, esc []escape) *styledLine {
	l := &styledLine{vis: vis, esc: esc, code: true}
	l.analyse()
	return l
}

// analyse finds l's prefix and what leads its continuation lines, and
// analyses its body for line breaking.
func (l *styledLine) analyse() {
	var p pen
	k := 0
	if l.code {
		l.prefix = len(l.vis) - len(strings.TrimLeft(l.vis, " "))
		l.cont = l.cut(0, l.prefix, &p, &k) + "  "
		l.firstW = l.prefix
		l.contW = l.prefix + 2
		// Most lines of code fit on a line: they are analysed only when
		// one does not, so that a long block costs little.
		l.bodyW = linebreak.Width(l.vis[l.prefix:])
		return
	}
	// Like Glamour, continuation lines keep the margin and quote bars but
	// not the list marker's indent.
	var keep int
	l.prefix, keep = decoration(l.vis)
	l.cont = l.cut(0, keep, &p, &k)
	l.body = linebreak.Analyze(l.vis[l.prefix:])
	l.firstW = linebreak.Width(l.vis[:l.prefix])
	l.contW = linebreak.Width(l.vis[:keep])
}

// pen is the style and hyperlink in force at a point of a line.
type pen struct {
	sgr  []string
	link string
}

func (p *pen) apply(seq string) {
	switch {
	case strings.HasPrefix(seq, "\x1b]8;"):
		if strings.HasSuffix(strings.TrimSuffix(strings.TrimSuffix(seq, "\x07"), "\x1b\\"), ";") {
			p.link = ""
		} else {
			p.link = seq
		}
	case strings.HasPrefix(seq, "\x1b[") && strings.HasSuffix(seq, "m"):
		if seq == "\x1b[m" || seq == "\x1b[0m" {
			p.sgr = p.sgr[:0]
		} else {
			p.sgr = append(p.sgr, seq)
		}
	}
}

// cut is the visible bytes [from,to) with their escapes. Escapes from
// index *k that lie before from only move the pen p; the line then reopens
// p's style and link, and closes them at its end. *k and p move to to.
func (l *styledLine) cut(from, to int, p *pen, k *int) string {
	for *k < len(l.esc) && l.esc[*k].pos < from {
		p.apply(l.esc[*k].seq)
		*k++
	}
	var b strings.Builder
	for _, s := range p.sgr {
		b.WriteString(s)
	}
	b.WriteString(p.link)
	pos := from
	for ; *k < len(l.esc) && l.esc[*k].pos < to; *k++ {
		e := l.esc[*k]
		b.WriteString(l.vis[pos:e.pos])
		pos = e.pos
		b.WriteString(e.seq)
		p.apply(e.seq)
	}
	b.WriteString(l.vis[pos:to])
	if p.link != "" {
		b.WriteString(ansi.ResetHyperlink())
	}
	if len(p.sgr) > 0 {
		b.WriteString(ansi.ResetStyle)
	}
	return b.String()
}

// policy is how a talk's lines are laid out at one page width.
type policy struct {
	avail int // the width of the text column, margins and text (an offset from Glamour's in [policies])
	slack int // how far a line may run past it, into the right margin, rather than stop short
}

// wrapWidths are the widths the body is broken at on the first line and
// on the others, and whether the prefix is kept: on narrow pages it is
// dropped rather than overflow.
func (l *styledLine) wrapWidths(a int) (first, rest int, keep bool) {
	if max(l.firstW, l.contW)+2 <= a {
		return a - l.firstW, a - l.contW, true
	}
	return a, a, false
}

// fits says whether l is a line of code that fits in first cells.
func (l *styledLine) fits(first int) bool { return l.code && l.bodyW <= first }

// text is l's body analysed for line breaking.
func (l *styledLine) text() *linebreak.Text {
	if l.body != nil {
		return l.body
	}
	if t := l.lazy.Load(); t != nil {
		return t
	}
	t := linebreak.Clusters(l.vis[l.prefix:])
	l.lazy.Store(t)
	return t
}

// slack is pol.slack, but none for code.
func (l *styledLine) slack(pol policy) int {
	if l.code {
		return 0
	}
	return pol.slack
}

// count is the number of screen lines l takes under pol.
func (l *styledLine) count(pol policy) int {
	first, rest, _ := l.wrapWidths(pol.avail)
	if l.fits(first) {
		return 1
	}
	return l.text().Count(first, rest, l.slack(pol))
}

// flaws are the number of l's lines under pol that stop short of a piece
// that would have fitted and the number that run into the margin.
func (l *styledLine) flaws(pol policy) (ragged, margin int) {
	if l.code {
		return 0, 0
	}
	first, rest, _ := l.wrapWidths(pol.avail)
	return l.text().Flaws(first, rest, l.slack(pol))
}

// layout is where l breaks under pol: its screen lines, as ranges of its
// body, and whether they keep its prefix (the first line) and lead with
// cont (the others). wrap makes the lines and Locate places runes on them
// from it.
func (l *styledLine) layout(pol policy) (lines []linebreak.Line, keep bool) {
	first, rest, keep := l.wrapWidths(pol.avail)
	if l.fits(first) {
		return []linebreak.Line{{Start: 0, End: len(l.vis) - l.prefix, Width: l.bodyW}}, keep
	}
	return l.text().HangingLines(first, rest, l.slack(pol)), keep
}

// lead is the width of what leads screen line i of l before its body.
func (l *styledLine) lead(i int, keep bool) int {
	switch {
	case !keep:
		return 0
	case i == 0:
		return l.firstW
	}
	return l.contW
}

// wrap breaks l into screen lines under pol, as count counts them.
func (l *styledLine) wrap(pol policy) []string {
	lines, keep := l.layout(pol)
	out := make([]string, 0, len(lines))
	var p pen
	k := 0
	for i, ln := range lines {
		from, to := l.prefix+ln.Start, l.prefix+ln.End
		lead := ""
		switch {
		case i == 0 && keep:
			from = 0
		case keep:
			lead = l.cont
		}
		text := lead
		for _, g := range ln.Gaps {
			text += l.cut(from, l.prefix+g.Start, &p, &k)
			from = l.prefix + g.End
		}
		text += l.cut(from, to, &p, &k)
		out = append(out, strings.TrimRight(text, " "))
	}
	return out
}
