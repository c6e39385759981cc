// Package linebreak breaks plain text into lines of a given width in
// terminal cells, for Chinese mixed with Latin text.
//
// The break opportunities are those of Unicode line breaking (UAX #14, as
// github.com/rivo/uniseg finds them), measured in display cells as
// safetext.Width counts them, the app's one measure (a Chinese
// character is two), with four tailorings for Chinese typography:
//
//   - no line starts with closing punctuation (，。、；：！？）」』》… and
//     their ASCII kin) and none ends with opening punctuation (（「『《“ …),
//     even where UAX #14 would allow it (after a space, say);
//   - curly quotes “ ” ‘ ’, which UAX #14 glues to both neighbours, open and
//     close like brackets next to Chinese characters (as Unicode 15.1's
//     LB19a does), so “引号” does not drag whole phrases to the next line;
//   - a no-break space next to a Chinese character breaks like a space:
//     Glamour pads inline code with them, and Chinese has no other use for
//     them, while UAX #14 would glue the code to the characters around it;
//   - a URL (as mdtext.URLs finds it) is one unit, like a long word.
//
// Lines are filled: see Text.Lines. A unit wider than a line (a long word
// or URL) is cut at grapheme clusters, so no line is ever wider than the
// width as long as the width can hold one cluster (two cells).
//
// Analyze does the width-independent work once (O(n) in the text); Text.Lines
// then lays it out at any width in O(units), so a resize costs little.
package linebreak

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"talks/mdtext"
	"talks/safetext"
)

// NoStart holds the characters that must not begin a line.
const NoStart = "，。、；：！？）」』》〉】〕〗〙〛｝’”…‥・ー々〜～,.;:!?)]}%"

// NoEnd holds the characters that must not end a line.
const NoEnd = "（「『《〈【〔〖〘〚｛‘“([{"

// Text is a string analysed for line breaking.
type Text struct {
	s     string
	units []unit
	sums  // width-independent sums for layout
}

// unit is a piece of text between two break opportunities: content
// [start,end), then trailing spaces up to the next unit's start.
type unit struct {
	start, end int
	w, sp      int  // cells of the content and of the trailing spaces
	lead       int  // cells of its first word or character with the closing punctuation glued to it
	trail      int  // cells of the white space other than ' ' that ends it (a reader sees none)
	squeeze    bool // the spaces before it touch a wide character: they may be dropped
	hard       bool // a mandatory break follows
}

// Line is one laid-out line: the bytes [Start,End) of the text, trailing
// spaces excluded, less its gaps, and its width in cells.
type Line struct {
	Start, End int
	Gaps       []Gap // dropped spaces, in order; nil for most lines
	Width      int
}

// Gap is a run of spaces, the bytes [Start,End) of the text, that a line
// does not show: it was only a visual gap between a Chinese character and
// a Latin word.
type Gap struct{ Start, End int }

// Show is what line l of t shows.
func (t *Text) Show(l Line) string {
	if len(l.Gaps) == 0 {
		return t.s[l.Start:l.End]
	}
	var b strings.Builder
	from := l.Start
	for _, g := range l.Gaps {
		b.WriteString(t.s[from:g.Start])
		from = g.End
	}
	b.WriteString(t.s[from:l.End])
	return b.String()
}

// Analyze finds the break opportunities of s.
func Analyze(s string) *Text { return analyze(s, true) }

// han says whether r is a CJK unified ideograph: UAX #14 class ID, with a
// break opportunity between any two of them (rule LB31).
func han(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }

// analyze is Analyze; fast takes the opportunity between two ideographs
// without asking uniseg, which is most of a Chinese text and most of the
// cost (a test checks both ways agree).
func analyze(s string, fast bool) *Text {
	t := &Text{s: s, units: make([]unit, 0, len(s)/3+1)}
	if s == "" {
		return t
	}
	urls := mdtext.URLs(s)
	quotes := strings.ContainsAny(s, splitters)
	state := -1
	pos := 0
	var u unit
	have := false
	for rest := s; len(rest) > 0; {
		var seg string
		var must bool
		if r, n := utf8.DecodeRuneInString(rest); fast && han(r) && len(rest) > n {
			if r2, _ := utf8.DecodeRuneInString(rest[n:]); han(r2) {
				seg, rest, must, state = rest[:n], rest[n:], false, -1
			}
		}
		if seg == "" {
			seg, rest, must, state = uniseg.FirstLineSegmentInString(rest, state)
		}
		end := len(s) - len(rest)
		add := func(part string) {
			next := newUnit(s, pos, pos+len(part), must && pos+len(part) == end, !have)
			pos += len(part)
			if have && !u.hard && glued(s, u, next, urls) {
				u.w += u.sp + next.w
				u.sp, u.end, u.hard, u.trail = next.sp, next.end, next.hard, next.trail
				return
			}
			if have {
				next.squeeze = u.sp > 0 && (lastWide(s, u) || firstWide(s, next))
				t.units = append(t.units, u)
			}
			u, have = next, true
		}
		if quotes && strings.ContainsAny(seg, splitters) {
			for _, part := range split(seg) {
				add(part)
			}
		} else {
			add(seg)
		}
	}
	if have {
		if len(after(s, u)) == 0 {
			u.hard = false
		}
		t.units = append(t.units, u)
	}
	t.sum()
	return t
}

func lastWide(s string, u unit) bool {
	r, _ := utf8.DecodeLastRuneInString(s[u.start:u.end])
	return wide(r)
}

func firstWide(s string, u unit) bool {
	r, _ := utf8.DecodeRuneInString(s[u.start:u.end])
	return wide(r)
}

// Clusters prepares s to be cut at any grapheme cluster, as a terminal
// wraps, but for the punctuation rules: for code, where a line is not
// prose to reflow.
func Clusters(s string) *Text {
	t := &Text{s: s}
	t.units = make([]unit, 0, len(s))
	pos := 0
	prev := rune(-1)
	for rest := s; len(rest) > 0; {
		c, w := safetext.FirstCluster(rest)
		rest = rest[len(c):]
		r, _ := utf8.DecodeRuneInString(c)
		if n := len(t.units); n > 0 && (isNoStart(r) || isNoEnd(prev)) {
			t.units[n-1].end += len(c)
			t.units[n-1].w += w
		} else {
			t.units = append(t.units, unit{start: pos, end: pos + len(c), w: w, lead: w})
		}
		prev, _ = utf8.DecodeLastRuneInString(c)
		pos += len(c)
	}
	t.sum()
	return t
}

// after is what follows unit u in s.
func after(s string, u unit) string {
	i := u.end
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return s[i:]
}

// newUnit measures the segment [start,end): its content, then its trailing
// spaces. Spaces at the very start of the text are content.
func newUnit(s string, start, end int, hard, first bool) unit {
	u := unit{start: start, end: end, hard: hard}
	if hard {
		for u.end > start && (s[u.end-1] == '\n' || s[u.end-1] == '\r') {
			u.end--
		}
	}
	if !first {
		for u.end > start && s[u.end-1] == ' ' {
			u.end--
			u.sp++
		}
	}
	u.w = width(s[start:u.end])
	u.lead = width(lead(s[start:]))
	if r, _ := utf8.DecodeLastRuneInString(s[start:u.end]); pySpace(r) {
		u.trail = u.w - width(strings.TrimRightFunc(s[start:u.end], pySpace))
	}
	return u
}

// lead is the first word or wide character of s, with the closing
// punctuation that follows it: the piece a reader sees begin a line. Its
// bounds are those wrapcheck's first_unit uses: a word ends before any
// space or any character from U+2E80 to U+FFFF; a run that starts with a
// space other than ' ' (a no-break space) ends at the next ' ' or line end.
func lead(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case wide(r) || isNoStart(r):
	case pySpace(r):
		if i := strings.IndexAny(s, " \n"); i >= 0 {
			n = i
		} else {
			n = len(s)
		}
	default:
		for n < len(s) {
			r, k := utf8.DecodeRuneInString(s[n:])
			if pySpace(r) || (r >= 0x2e80 && r <= 0xffff) {
				break
			}
			n += k
		}
	}
	for n < len(s) {
		r, k := utf8.DecodeRuneInString(s[n:])
		if !isNoStart(r) {
			break
		}
		n += k
	}
	return s[:n]
}

// pySpace says whether r is white space as Python's str.isspace has it.
func pySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// Width is the width of s in cells: safetext.Width, faster on the scripts
// a transcript is mostly made of.
func Width(s string) int { return width(s) }

// width is the width of s in cells (safetext.Width).
func width(s string) int {
	w := 0
	for _, r := range s {
		rw := fastWidth(r)
		if rw < 0 {
			return safetext.Width(s)
		}
		w += rw
	}
	return w
}

// fastWidth is the width of r for the scripts a transcript is mostly made
// of (a test checks it against safetext.Width), or -1 when that must be
// asked:
// measuring widths is most of the cost of Analyze.
func fastWidth(r rune) int {
	switch {
	case r >= 0x20 && r < 0x7f, r >= 0xa0 && r < 0x300 && r != 0xad:
		return 1
	case r >= 0x4e00 && r <= 0x9fff, r >= 0x3400 && r <= 0x4dbf, r >= 0xff01 && r <= 0xff60,
		r >= 0x3000 && r <= 0x3029, r >= 0x3031 && r <= 0x303c, r >= 0x3041 && r <= 0x3096, r >= 0x30a0 && r <= 0x30ff:
		return 2
	case r >= 0x2010 && r <= 0x2027:
		return 1
	}
	return -1
}

// isNoStart and isNoEnd look r up in NoStart and NoEnd.
func isNoStart(r rune) bool {
	return !(r >= 0x4e00 && r <= 0x9fff) && strings.ContainsRune(NoStart, r)
}

func isNoEnd(r rune) bool {
	return !(r >= 0x4e00 && r <= 0x9fff) && strings.ContainsRune(NoEnd, r)
}

// glued says whether the break between units a and b must be removed:
// closing punctuation would start a line, opening punctuation end one, or
// the break falls inside a URL.
func glued(s string, a, b unit, urls [][2]int) bool {
	if b.end > b.start {
		r, _ := utf8.DecodeRuneInString(s[b.start:b.end])
		if isNoStart(r) {
			return true
		}
	}
	if a.end > a.start {
		r, _ := utf8.DecodeLastRuneInString(s[a.start:a.end])
		if isNoEnd(r) {
			return true
		}
	}
	for _, sp := range urls {
		if b.start > sp[0] && b.start < sp[1] {
			return true
		}
	}
	return false
}

func wide(r rune) bool {
	if w := fastWidth(r); w >= 0 {
		return w == 2
	}
	return safetext.Width(string(r)) == 2
}

// splitters are the characters next to which split may find a break.
const splitters = "“‘”’\u00a0"

// split splits a segment before “, ‘ or a no-break space that follows a
// wide character and after ”, ’ or a no-break space that precedes one,
// where UAX #14 glues them.
func split(seg string) []string {
	if !strings.ContainsAny(seg, splitters) {
		return []string{seg}
	}
	var parts []string
	start := 0
	prev := rune(-1)
	for i, r := range seg {
		if i > start {
			open := (r == '“' || r == '‘' || r == 0xa0) && wide(prev)
			close := (prev == '”' || prev == '’' || prev == 0xa0) && wide(r)
			if open || close {
				parts = append(parts, seg[start:i])
				start = i
			}
		}
		prev = r
	}
	return append(parts, seg[start:])
}
