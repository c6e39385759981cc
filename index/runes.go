package index

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// countRunes is utf8.RuneCountInString for valid UTF-8, eight bytes at a
// time: every byte that is not a continuation byte (10xxxxxx) starts a rune.
func countRunes(s string) int {
	const high = 0x8080808080808080
	n := 0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		cont := x &^ (x << 1) & high // bit 7 set, bit 6 clear
		n += 8 - bits.OnesCount64(cont)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// runeCounter counts runes fast in valid UTF-8 and correctly in the rest.
func runeCounter(valid bool) func(string) int {
	if valid {
		return countRunes
	}
	return utf8.RuneCountInString
}
