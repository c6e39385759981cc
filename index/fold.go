package index

import (
	"unicode"
	"unicode/utf8"
)

// fold lowers the letters of s whose lower case has the same UTF-8 length
// (every ASCII and Latin-1 letter, full-width Latin, Greek, Cyrillic), so a
// byte offset in the result is the same byte offset in s. It returns s itself
// when nothing changes.
func fold(s string) string {
	low, _ := foldValid(s)
	return low
}

// foldValid is fold(s) and whether s is valid UTF-8.
func foldValid(s string) (string, bool) {
	i, valid := firstUpper(s)
	if i < 0 {
		return s, valid
	}
	valid = utf8.ValidString(s)
	b := []byte(s)
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	return string(b), valid
}

// firstUpper is the byte offset of the first letter fold would change, or
// -1, and (when -1) whether s is valid UTF-8.
func firstUpper(s string) (int, bool) {
	valid := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i, false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			valid = false
		}
		if r >= 0x2E80 && r < 0xFF00 { // CJK and other caseless blocks
			i += n
			continue
		}
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			return i, false
		}
		i += n
	}
	return -1, valid
}
