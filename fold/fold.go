package fold

import (
	"unicode"
	"unicode/utf8"
)

// Key is the folded form of s: what forgiving search compares.
func Key(s string) string { return string(AppendKey(nil, s)) }

// AppendKey appends the folded form of s to dst.
func AppendKey(dst []byte, s string) []byte {
	t := foldTables()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if f := t.ascii[c]; f != 0 {
				dst = append(dst, f)
			}
			i++
			continue
		}
		if c >= 0xE0 && c < 0xF0 && i+2 < len(s) {
			// three bytes (all of CJK), decoded here
			c1, c2 := s[i+1], s[i+2]
			r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 && r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				if e := t.bmp[r]; e == uint32(r) {
					dst = append(dst, c, c1, c2)
				} else {
					dst = t.appendRune(dst, r)
				}
				i += 3
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n > 1 {
			dst = t.appendRune(dst, r)
		}
		i += n
	}
	return dst
}

// Text is a folded text with, for each of its bytes, the bytes of the
// original it came from (one character, whole).
type Text struct {
	// Folded is the folded form of the original, as Key gives it.
	Folded string
	start  []int32 // start[i]: where the character folded byte i came from starts
	end    []int32 // end[i]: where it ends, with the combining marks after it
}

// Map folds s and keeps where each folded byte came from. A combining mark
// (dropped) belongs to the character before it, so that a highlight never
// splits é written as e + U+0301. s must be shorter than 2 GB.
func Map(s string) Text {
	t := foldTables()
	out := make([]byte, 0, len(s))
	start := make([]int32, 0, len(s))
	end := make([]int32, 0, len(s))
	last := -1 // index in out of the first byte of the last character with a fold
	for i := 0; i < len(s); {
		c := s[i]
		n := 1
		before := len(out)
		if c < utf8.RuneSelf {
			if f := t.ascii[c]; f != 0 {
				out = append(out, f)
			}
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || n > 1 {
				out = t.appendRune(out, r)
			}
			if len(out) == before && last >= 0 && int(end[last]) == i && isMark(r) {
				for j := last; j < len(end); j++ {
					end[j] = int32(i + n)
				}
			}
		}
		if len(out) > before {
			last = before
		}
		for range len(out) - before {
			start = append(start, int32(i))
			end = append(end, int32(i+n))
		}
		i += n
	}
	return Text{Folded: string(out), start: start, end: end}
}

// isMark reports whether r is a combining mark (or a variation selector).
func isMark(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Me) }

// Source is the byte range of the original that folded bytes [i, j) came
// from: from the start of the character that gave byte i to the end of the
// one that gave byte j-1, whole characters. It panics unless 0 <= i < j <=
// len(Folded).
func (t Text) Source(i, j int) (start, end int) {
	if i < 0 || j <= i || j > len(t.Folded) {
		panic("fold: Source out of range")
	}
	return int(t.start[i]), int(t.end[j-1])
}

// Runes folds s rune for rune, for matching where rune i must stay rune i
// (the finder's highlights): each rune whose fold is exactly one rune is
// replaced by it (Traditional → Simplified, full-width → ASCII, é → e,
// compatibility ideographs → unified, lower case); the others (punctuation
// and spaces, which Key drops; ㎏, which becomes two) stay as they are.
func Runes(s string) string {
	t := foldTables()
	var b []byte
	for i, r := range s {
		f := r
		if r != utf8.RuneError {
			f = t.single(r)
		}
		if f != r && b == nil {
			b = make([]byte, 0, len(s))
			b = append(b, s[:i]...)
		}
		if b != nil {
			if r == utf8.RuneError {
				_, n := utf8.DecodeRuneInString(s[i:])
				b = append(b, s[i:i+n]...)
			} else {
				b = utf8.AppendRune(b, f)
			}
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}
