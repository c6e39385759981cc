package loader

import (
	"strings"
	"unicode/utf8"
)

// majorSeps is majorSep.FindAllStringIndex(h, -1) without the regexp (it
// runs on every heading and file name): a run of hyphens with white space
// on both sides (the white space included), or a bare run of three or more
// hyphens.
func majorSeps(h string) [][]int {
	var seps [][]int
	for at := 0; at < len(h); {
		j := strings.IndexByte(h[at:], '-')
		if j < 0 {
			break
		}
		j += at // the run of hyphens is h[j:k]
		k := j
		for k < len(h) && h[k] == '-' {
			k++
		}
		a := j // white space before, back to at
		for a > at {
			r, n := utf8.DecodeLastRuneInString(h[at:a])
			if !sepSpace(r) {
				break
			}
			a -= n
		}
		b := k // white space after
		for b < len(h) {
			r, n := utf8.DecodeRuneInString(h[b:])
			if !sepSpace(r) {
				break
			}
			b += n
		}
		switch {
		case a < j && b > k:
			seps = append(seps, []int{a, b})
			at = b
		case k-j >= 3:
			seps = append(seps, []int{j, k})
			at = k
		default:
			at = k
		}
	}
	return seps
}

// sepSpace is the white space of majorSep: \s (tab, line feed, form feed,
// carriage return, space) and the ideographic space.
func sepSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\f', '\r', ' ', '\u3000':
		return true
	}
	return false
}
