package loader

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi/parser"
)

// stripLine writes to b what strings.Map(keepRune,
// safetext.StripEscapes(l)) gives for one line l, in one pass and with no
// copy of the line: a line of megabytes holding escape sequences costs no
// more than its output. It reads l as ansi.Strip (which StripEscapes uses)
// does, step by step with the same transition table, the C1 introducers
// read as their ESC forms as StripEscapes reads them.
func stripLine(b *strings.Builder, l string) {
	var (
		out    stripOut
		state  = parser.GroundState
		ri, rw int // bytes of the UTF-8 character being collected, and its length
	)
	out.b = b
	step := func(c byte) {
		next, action := parser.Table.Transition(state, c)
		switch action {
		case parser.CollectAction:
			if next == parser.Utf8State {
				rw = utf8Len(c)
				out.add(c)
				ri++
			}
		case parser.PrintAction, parser.ExecuteAction:
			out.add(c)
		}
		state = next
	}
	for i := 0; i < len(l); i++ {
		c := l[i]
		if state == parser.Utf8State {
			out.add(c)
			if ri++; ri < rw {
				continue
			}
			state, ri, rw = parser.GroundState, 0, 0
			continue
		}
		if c == 0xc2 && i+1 < len(l) {
			if e := c1Intro(l[i+1]); e != 0 {
				step(0x1b)
				step(e)
				i++
				continue
			}
		}
		step(c)
	}
	out.flush(true)
}

// c1Intro is the byte after ESC in the 7-bit form of the C1 control whose
// UTF-8 encoding is 0xc2 then c (0x9b, CSI, is "["), or 0 for the C1
// controls that open or close no sequence.
func c1Intro(c byte) byte {
	switch c {
	case 0x90:
		return 'P' // DCS
	case 0x98:
		return 'X' // SOS
	case 0x9b:
		return '[' // CSI
	case 0x9c:
		return '\\' // ST
	case 0x9d:
		return ']' // OSC
	case 0x9e:
		return '^' // PM
	case 0x9f:
		return '_' // APC
	}
	return 0
}

// utf8Len is the length of the UTF-8 sequence lead byte b opens, -1 for
// no lead byte, as ansi.Strip counts it.
func utf8Len(b byte) int {
	switch {
	case b < 0x80:
		return 1
	case b >= 0xc0 && b <= 0xdf:
		return 2
	case b >= 0xe0 && b <= 0xef:
		return 3
	case b >= 0xf0 && b <= 0xf7:
		return 4
	}
	return -1
}

// stripOut holds what stripLine keeps, a few kilobytes at a time, and
// writes it through the rune filter of sanitize.
type stripOut struct {
	b    *strings.Builder
	pend [4 << 10]byte
	n    int
}

// add appends one byte.
func (o *stripOut) add(c byte) {
	if o.n == len(o.pend) {
		o.flush(false)
	}
	o.pend[o.n] = c
	o.n++
}

// flush writes the pending bytes as strings.Map(keepRune, …) would: bytes
// that are not UTF-8 become U+FFFD. Unless final, a character cut at the
// end waits for its other bytes.
func (o *stripOut) flush(final bool) {
	p := o.pend[:o.n]
	for len(p) > 0 {
		if !final && !utf8.FullRune(p) {
			break
		}
		r, size := utf8.DecodeRune(p)
		switch {
		case r == utf8.RuneError && size == 1:
			o.b.WriteRune(utf8.RuneError)
		case keepRune(r) >= 0:
			o.b.Write(p[:size])
		}
		p = p[size:]
	}
	o.n = copy(o.pend[:], p)
}
