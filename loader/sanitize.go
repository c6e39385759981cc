package loader

import (
	"strings"

	"talks/safetext"
)

// sanitize makes decoded text safe to show in a terminal and regular to
// parse: CRLF and lone CR become LF; terminal escape sequences (CSI, OSC
// including OSC 8 and 52, DCS, APC …) are removed, each within its line so
// that an unterminated one cannot swallow the rest of the file; then every
// remaining control character (C0 but tab and LF, DEL, C1), bidi embedding,
// override and isolate character, and stray byte-order mark is dropped.
// Runs of clean lines are copied whole and dirty lines stripped as they
// are copied (stripLine), in one pass into one buffer no larger than s: no
// slice of lines, no copy of a line.
func sanitize(s string) string {
	if firstUnclean(s) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for o := 0; o < len(s); {
		i := firstUnclean(s[o:])
		if i < 0 {
			b.WriteString(s[o:])
			break
		}
		i += o
		start := o + strings.LastIndexByte(s[o:i], '\n') + 1 // the dirty line's start
		end := len(s)                                        // and its end: a CR ends a line too
		if k := strings.IndexAny(s[i:], "\r\n"); k >= 0 {
			end = i + k
		}
		b.WriteString(s[o:start])
		if line := s[start:end]; firstUnclean(line) < 0 {
			b.WriteString(line) // only its line end was not clean
		} else {
			stripLine(&b, line)
		}
		o = end
		if o < len(s) {
			b.WriteByte('\n')
			if s[o] == '\r' && o+1 < len(s) && s[o+1] == '\n' {
				o++
			}
			o++
		}
	}
	return b.String()
}

// sanitizeLine is sanitize for a one-line string such as a file name or a
// message: line ends become spaces.
func sanitizeLine(s string) string {
	return strings.ReplaceAll(sanitize(s), "\n", " ")
}

// sanitizeField is sanitizeLine for a string that is copied or opened as
// it is, such as an image target or a file name: tabs become spaces too,
// so that it holds no control character at all.
func sanitizeField(s string) string {
	if clean(s) && strings.IndexAny(s, "\t\n") < 0 {
		return s
	}
	return strings.ReplaceAll(sanitizeLine(s), "\t", " ")
}

// keepRune is the rune filter of sanitize: -1 drops the rune.
func keepRune(r rune) rune {
	switch {
	case r == '\t' || r == '\n':
		return r
	case safetext.IsControl(r), safetext.IsBidi(r), r == 0xfeff:
		return -1
	}
	return r
}

// clean is true when s has nothing sanitize would change: the fast path for
// ordinary files.
func clean(s string) bool { return firstUnclean(s) < 0 }

// firstUnclean is the offset of the first byte of s that sanitize would
// change (a control byte, the lead byte of a C1, bidi or byte-order-mark
// character), or -1.
func firstUnclean(s string) int {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !suspect[b] {
			continue
		}
		switch {
		case b < 0x20 && b != '\t' && b != '\n', b == 0x7f:
			return i
		case b == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			return i
		case b == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0xaa && s[i+2] <= 0xae:
			return i
		case b == 0xe2 && i+2 < len(s) && s[i+1] == 0x81 && s[i+2] >= 0xa6 && s[i+2] <= 0xa9:
			return i
		case b == 0xef && i+2 < len(s) && s[i+1] == 0xbb && s[i+2] == 0xbf:
			return i
		}
	}
	return -1
}

// suspect marks the bytes clean must look at: controls and the lead bytes
// of the C1, bidi and byte-order-mark characters.
var suspect = func() (t [256]bool) {
	for b := range 0x20 {
		t[b] = b != '\t' && b != '\n'
	}
	t[0x7f], t[0xc2], t[0xe2], t[0xef] = true, true, true, true
	return t
}()
