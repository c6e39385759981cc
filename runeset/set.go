// Package runeset is a set of runes with a fast scan of UTF-8 text for the
// next member: ASCII members in a 128-bit mask, the rest of the Basic
// Multilingual Plane in a 64 Kbit bitmap (8 KB, allocated with the first
// such member), the other planes in a map. A scan decodes each rune once
// and tests one bit, about a nanosecond per character, and skips runs of
// ASCII with one comparison per byte when the set has no ASCII member.
// Invalid bytes are never members. Forgiving search and search by sound
// use it to find candidate characters before verifying a match.
package runeset

import (
	"math/bits"
	"unicode/utf8"
)

// Set is a set of runes. The zero Set is empty and ready to use. A Set is
// safe for concurrent reads once no more runes are added.
type Set struct {
	ascii [2]uint64
	bmp   []uint64 // 1024 words, nil while no BMP rune above ASCII is a member
	other map[rune]struct{}
	n     int
}

// Add makes r a member. Invalid runes (negative, surrogates, above
// U+10FFFF, U+FFFD) are ignored.
func (s *Set) Add(r rune) {
	if !utf8.ValidRune(r) || r == utf8.RuneError || s.Has(r) {
		return
	}
	s.n++
	switch {
	case r < utf8.RuneSelf:
		s.ascii[r>>6] |= 1 << (r & 63)
	case r < 0x10000:
		if s.bmp == nil {
			s.bmp = make([]uint64, 1024)
		}
		s.bmp[r>>6] |= 1 << (r & 63)
	default:
		if s.other == nil {
			s.other = map[rune]struct{}{}
		}
		s.other[r] = struct{}{}
	}
}

// Has reports whether r is a member.
func (s *Set) Has(r rune) bool {
	switch {
	case r < 0:
		return false
	case r < utf8.RuneSelf:
		return s.ascii[r>>6]&(1<<(r&63)) != 0
	case r < 0x10000:
		return s.bmp != nil && s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	_, ok := s.other[r]
	return ok
}

// Len is the number of members.
func (s *Set) Len() int { return s.n }

// Runes are the members in increasing order.
func (s *Set) Runes() []rune {
	out := make([]rune, 0, s.n)
	for r := rune(0); r < 0x10000; r++ {
		if s.Has(r) {
			out = append(out, r)
		}
	}
	for r := rune(0x10000); r <= utf8.MaxRune && len(out) < s.n; r++ {
		if s.Has(r) {
			out = append(out, r)
		}
	}
	return out
}

// Index is the byte offset in text of the first member at or after byte
// from, with the member and its length in bytes, or -1, 0, 0.
func (s *Set) Index(text string, from int) (at int, r rune, size int) {
	noASCII := s.ascii == [2]uint64{}
	var bmp *[1024]uint64
	if s.bmp != nil {
		bmp = (*[1024]uint64)(s.bmp)
	} else {
		bmp = &emptyBMP
	}
	i := max(from, 0)
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if noASCII {
				// skip ASCII eight bytes at a time
				for i+8 <= len(text) && load64(text[i:])&0x8080808080808080 == 0 {
					i += 8
				}
				for i < len(text) && text[i] < utf8.RuneSelf {
					i++
				}
				continue
			}
			if s.ascii[c>>6]&(1<<(c&63)) != 0 {
				return i, rune(c), 1
			}
			i++
			continue
		}
		if c >= 0xE0 && c < 0xF0 && i+2 < len(text) {
			// three bytes (all of CJK): look the bits up first, check the
			// encoding only for a member
			c1, c2 := text[i+1], text[i+2]
			if (c1^0x80)|(c2^0x80) < 0x40 {
				r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
				if bmp[r>>6]&(1<<(r&63)) != 0 && r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
					return i, r, 3
				}
				i += 3
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if (r != utf8.RuneError || n > 1) && s.Has(r) {
			return i, r, n
		}
		i += n
	}
	return -1, 0, 0
}

// emptyBMP stands for the bitmap of a set with no BMP member above ASCII.
var emptyBMP [1024]uint64

// load64 is the first eight bytes of s as a little-endian word.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// AddSet makes every member of o a member.
func (s *Set) AddSet(o *Set) {
	if o.bmp != nil && s.bmp == nil {
		s.bmp = make([]uint64, 1024)
	}
	for i, w := range o.bmp {
		s.bmp[i] |= w
	}
	s.ascii[0] |= o.ascii[0]
	s.ascii[1] |= o.ascii[1]
	for r := range o.other {
		if s.other == nil {
			s.other = map[rune]struct{}{}
		}
		s.other[r] = struct{}{}
	}
	s.n = s.count()
}

// count counts the members.
func (s *Set) count() int {
	n := bits.OnesCount64(s.ascii[0]) + bits.OnesCount64(s.ascii[1]) + len(s.other)
	for _, w := range s.bmp {
		n += bits.OnesCount64(w)
	}
	return n
}
