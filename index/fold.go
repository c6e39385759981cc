package index

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold lowers the letters of s whose lower case has the same UTF-8 length
// (every ASCII and Latin-1 letter, full-width Latin, Greek, Cyrillic), so a
// byte offset in the result is the same byte offset in s. It returns s itself
// when nothing changes.
func fold(s string) string {
	if firstUpper(s) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	foldTo(&b, s)
	return b.String()
}

// foldTo writes fold(s) to b.
func foldTo(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := lowerSameLen(r, n); l != r {
			b.WriteRune(l)
		} else {
			b.WriteString(s[i : i+n]) // as it was, invalid UTF-8 too
		}
		i += n
	}
}

// firstUpper is the byte offset of the first letter fold would change, or -1.
func firstUpper(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if lowerSameLen(r, n) != r {
			return i
		}
		i += n
	}
	return -1
}

// lowerSameLen is r in lower case when that takes the same n bytes in UTF-8,
// else r.
func lowerSameLen(r rune, n int) rune {
	if r < 0x80 || r >= 0x2E80 && r < 0xFF00 { // ASCII is done by the caller; CJK has no case
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
		return l
	}
	return r
}
