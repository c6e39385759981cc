package index

// A mask is a 64-bit set of the characters a string holds: one bit for each
// ASCII letter and digit, the other runes hashed over the remaining bits. A
// term can only match a line whose mask holds every bit of the term's mask;
// the check costs one AND per line and rejects most lines for most terms.

func maskOf(s string) uint64 {
	var m uint64
	for _, r := range s {
		m |= runeBit(r)
	}
	return m
}

func runeBit(r rune) uint64 {
	switch {
	case 'a' <= r && r <= 'z':
		return 1 << (r - 'a')
	case '0' <= r && r <= '9':
		return 1 << (26 + r - '0')
	case 'A' <= r && r <= 'Z':
		return 1 << (r - 'A')
	case r == ' ':
		return 0
	}
	return 1 << (36 + uint64(r)%28)
}

// covers reports whether every character of a term with mask term may be in
// a line with mask line.
func covers(line, term uint64) bool { return term&^line == 0 }
