// Package linebreak breaks plain text into lines of a given width in
// terminal cells, for Chinese mixed with Latin text.
//
// The break opportunities are those of Unicode line breaking (UAX #14, as
// github.com/rivo/uniseg finds them), measured in display cells (a Chinese
// character is two), with three tailorings for Chinese typography:
//
//   - no line starts with closing punctuation (，。、；：！？）」』》… and
//     their ASCII kin) and none ends with opening punctuation (（「『《“ …),
//     even where UAX #14 would allow it (after a space, say);
//   - curly quotes “ ” ‘ ’, which UAX #14 glues to both neighbours, open and
//     close like brackets next to Chinese characters (as Unicode 15.1's
//     LB19a does), so “引号” does not drag whole phrases to the next line;
//   - a URL is one unit, like a long word.
//
// Lines are filled greedily. A unit wider than a line (a long word or URL)
// is cut at grapheme clusters, so no line is ever wider than the width as
// long as the width can hold one cluster (two cells).
//
// Analyze does the width-independent work once (O(n) in the text); Text.Lines
// then lays it out at any width in O(units), so a resize costs little.
package linebreak

import (
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// NoStart holds the characters that must not begin a line.
const NoStart = "，。、；：！？）」』》〉】〕〗〙〛｝’”…‥・ー々〜～,.;:!?)]}%"

// NoEnd holds the characters that must not end a line.
const NoEnd = "（「『《〈【〔〖〘〚｛‘“([{"

// Text is a string analysed for line breaking.
type Text struct {
	s     string
	units []unit
}

// unit is a piece of text between two break opportunities: content
// [start,end), then trailing spaces up to the next unit's start.
type unit struct {
	start, end int
	w, sp      int  // cells of the content and of the trailing spaces
	lead       int  // cells of its first word or character with the closing punctuation glued to it
	squeeze    bool // the spaces before it touch a wide character: they may be dropped
	hard       bool // a mandatory break follows
}

// Line is one laid-out line: the bytes [Start,End) of the text, trailing
// spaces excluded, less the bytes [GapStart,GapEnd) if GapEnd > GapStart,
// and its width in cells.
type Line struct {
	Start, End       int
	GapStart, GapEnd int
	Width            int
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
	urls := urlSpans(s)
	quotes := strings.ContainsAny(s, "“‘”’")
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
				u.sp, u.end, u.hard = next.sp, next.end, next.hard
				return
			}
			if have {
				next.squeeze = u.sp > 0 && (lastWide(s, u) || firstWide(s, next))
				t.units = append(t.units, u)
			}
			u, have = next, true
		}
		if quotes && strings.ContainsAny(seg, "“‘”’") {
			for _, part := range splitQuotes(seg) {
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
	state := -1
	pos := 0
	prev := rune(-1)
	for rest := s; len(rest) > 0; {
		var c string
		var b int
		c, rest, b, state = uniseg.StepString(rest, state)
		w := b >> uniseg.ShiftWidth
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
	u.lead = width(lead(s[start:u.end]))
	return u
}

// lead is the first word or wide character of s, with the closing
// punctuation that follows it: the piece a reader sees begin a line.
func lead(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !wide(r) && !isNoStart(r) {
		for n < len(s) {
			r, k := utf8.DecodeRuneInString(s[n:])
			if r == ' ' || wide(r) {
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

// width is the width of s in cells, as uniseg measures it.
func width(s string) int {
	w := 0
	for _, r := range s {
		rw := fastWidth(r)
		if rw < 0 {
			return uniseg.StringWidth(s)
		}
		w += rw
	}
	return w
}

// fastWidth is the width of r for the scripts a transcript is mostly made
// of (a test checks it against uniseg), or -1 when uniseg must be asked:
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

// urlSpans finds the URLs in s: from "http://" or "https://" to the next
// space or wide character.
func urlSpans(s string) [][2]int {
	var spans [][2]int
	for off := 0; ; {
		i := strings.Index(s[off:], "http")
		if i < 0 {
			return spans
		}
		i += off
		if !strings.HasPrefix(s[i:], "https://") && !strings.HasPrefix(s[i:], "http://") {
			off = i + 4
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == ' ' || r == '\n' || wide(r) {
				break
			}
			j += n
		}
		spans = append(spans, [2]int{i, j})
		off = j
	}
}

func wide(r rune) bool {
	if w := fastWidth(r); w >= 0 {
		return w == 2
	}
	return uniseg.StringWidth(string(r)) == 2
}

// splitQuotes splits a segment before “ or ‘ that follows a wide
// character and after ” or ’ that precedes one, where UAX #14 glues them.
func splitQuotes(seg string) []string {
	if !strings.ContainsAny(seg, "“‘”’") {
		return []string{seg}
	}
	var parts []string
	start := 0
	prev := rune(-1)
	for i, r := range seg {
		if i > start {
			open := (r == '“' || r == '‘') && wide(prev)
			close := (prev == '”' || prev == '’') && wide(r)
			if open || close {
				parts = append(parts, seg[start:i])
				start = i
			}
		}
		prev = r
	}
	return append(parts, seg[start:])
}

// Lines lays the text out in lines of at most width cells. A width below 2
// is taken as 2, the least that holds any character.
//
// No line stops short of a piece that would fit: where the next unit would
// fit but for the spaces before it, spaces next to a Chinese character are
// dropped (they are only a visual gap between scripts), and otherwise the
// unit may run up to slack cells past width, into the margin; so may a
// unit whose first word or character fits but which is glued to what
// follows (an opening bracket, a hyphen).
func (t *Text) Lines(width, slack int) []Line {
	return t.HangingLines(width, width, slack)
}

// HangingLines is Lines with a first line of a different width (it holds
// a list marker, say).
func (t *Text) HangingLines(first, width, slack int) []Line {
	var out []Line
	t.layout(first, width, slack, func(l Line) { out = append(out, l) })
	return out
}

// Count is the number of lines, as len(t.HangingLines(first, width,
// slack)) but without building them.
func (t *Text) Count(first, width, slack int) int {
	n := 0
	t.layout(first, width, slack, func(Line) { n++ })
	return n
}

// String is the analysed text.
func (t *Text) String() string { return t.s }

func (t *Text) layout(first, rest, slack int, emit func(Line)) {
	width := max(first, 2)
	rest = max(rest, 2)
	if len(t.units) == 0 {
		emit(Line{})
		return
	}
	cur := Line{Start: t.units[0].start, End: t.units[0].start}
	open := false // cur holds something
	pending := 0  // trailing spaces of the last unit on cur
	flush := func() {
		emit(cur)
		open = false
		pending = 0
		width = rest
	}
	for _, u := range t.units {
		if open && cur.Width+pending+u.w > width {
			switch {
			case u.squeeze && cur.GapEnd == 0 && cur.Width+u.w <= width:
				cur.GapStart, cur.GapEnd = cur.End, u.start
				pending = 0
			case cur.Width+u.lead <= width && cur.Width+pending+u.w <= width+slack:
			default:
				flush()
			}
		}
		if !open {
			cur = Line{Start: u.start, End: u.start}
		}
		if !open && u.w > width {
			cur = t.cut(u, &width, rest, emit)
			open = true
		} else {
			cur.Width += pending + u.w
			cur.End = u.end
			open = true
		}
		pending = u.sp
		if u.hard {
			flush()
			cur = Line{}
		}
	}
	if open {
		flush()
	} else if t.units[len(t.units)-1].hard {
		emit(Line{Start: len(t.s), End: len(t.s)})
	}
}

// cut breaks a unit wider than a line at grapheme clusters, emitting full
// lines and returning the last, partial one. It avoids starting a line with
// closing punctuation when it can.
func (t *Text) cut(u unit, widthp *int, rest int, emit func(Line)) Line {
	seg := t.s[u.start:u.end]
	type gc struct {
		off, w int
		r      rune
	}
	var gs []gc
	state := -1
	off := 0
	for rest := seg; len(rest) > 0; {
		var c string
		var b int
		c, rest, b, state = uniseg.StepString(rest, state)
		r, _ := utf8.DecodeRuneInString(c)
		gs = append(gs, gc{off: u.start + off, w: b >> uniseg.ShiftWidth, r: r})
		off += len(c)
	}
	i := 0
	for {
		width := *widthp
		w, j := 0, i
		for j < len(gs) && w+gs[j].w <= width {
			w += gs[j].w
			j++
		}
		if j == i { // a cluster wider than the line: give it a line of its own
			w, j = gs[i].w, i+1
		}
		if j == len(gs) {
			return Line{Start: gs[i].off, End: u.end, Width: w}
		}
		// step back over closing punctuation so it does not start a line
		k := j
		for k > i+1 && isNoStart(gs[k].r) {
			k--
		}
		if k > i+1 {
			for ; j > k; j-- {
				w -= gs[j-1].w
			}
		}
		emit(Line{Start: gs[i].off, End: gs[j].off, Width: w})
		*widthp = rest
		i = j
	}
}
