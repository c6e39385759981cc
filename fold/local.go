package fold

import "unicode/utf8"

// pos is a place in a folded text, named by the original: byte off of the
// fold of the character that starts at byte at.
type pos struct{ at, off int }

// before reports whether p comes before q.
func (p pos) before(q pos) bool { return p.at < q.at || p.at == q.at && p.off < q.off }

// local is a match found around an anchor: where it starts and ends in the
// folded text, and where its last character (with its marks) ends in the
// original.
type local struct {
	start, end pos
	stop       int
}

// verify appends to out the matches whose rarest character is the anchor, the
// character of n bytes at byte p of text: for each place the rarest
// character occurs in the anchor's fold, the query before it is compared
// with the folds of the characters before, and the query after it with
// those after.
func (m *Matcher) verify(out []local, text string, p, n int) []local {
	t := foldTables()
	var buf [64]byte
	r, _ := utf8.DecodeRuneInString(text[p:])
	f := t.appendAny(buf[:0], r, n)
	for o := 0; o+len(m.rare) <= len(f); o++ {
		if string(f[o:o+len(m.rare)]) != m.rare {
			continue
		}
		start, ok := m.back(text, p, f[:o])
		if !ok {
			continue
		}
		end, stop, ok := m.forward(text, p, n, f, o)
		if ok {
			out = append(out, local{start: start, end: end, stop: stop})
		}
	}
	return out
}

// back checks that the query before its rarest character (at m.at) ends
// the folded text up to the anchor at byte p (head is the part of the
// anchor's fold before it) and returns where the match starts.
func (m *Matcher) back(text string, p int, head []byte) (pos, bool) {
	want := m.key[:m.at]
	if len(want) <= len(head) {
		return pos{p, len(head) - len(want)}, string(head[len(head)-len(want):]) == want
	}
	if string(head) != want[len(want)-len(head):] {
		return pos{}, false
	}
	want = want[:len(want)-len(head)]
	t := foldTables()
	var buf [64]byte
	for q := p; ; {
		r, n := utf8.DecodeLastRuneInString(text[:q])
		if n == 0 {
			return pos{}, false
		}
		q -= n
		f := t.appendAny(buf[:0], r, n)
		switch {
		case len(f) == 0:
		case len(want) <= len(f):
			return pos{q, len(f) - len(want)}, string(f[len(f)-len(want):]) == want
		case string(f) != want[len(want)-len(f):]:
			return pos{}, false
		default:
			want = want[:len(want)-len(f)]
		}
	}
}

// forward checks that the query after its rarest character starts the
// folded text after it — f is the anchor's fold (n bytes at byte p of
// text) and the rarest character is at o in it — and returns where the
// match ends, in the folded text and in the original (marks included).
func (m *Matcher) forward(text string, p, n int, f []byte, o int) (pos, int, bool) {
	t := foldTables()
	var buf [64]byte
	want := m.key[m.at+len(m.rare):]
	last, size := p, n                             // the character being compared
	rest, done := f[o+len(m.rare):], o+len(m.rare) // its fold not yet compared, and compared
	for {
		if len(want) <= len(rest) {
			if string(rest[:len(want)]) != want {
				return pos{}, 0, false
			}
			return pos{last, done + len(want)}, withMarks(text, last+size), true
		}
		if string(rest) != want[:len(rest)] {
			return pos{}, 0, false
		}
		want = want[len(rest):]
		for q := last + size; ; {
			if q >= len(text) {
				return pos{}, 0, false
			}
			r, k := utf8.DecodeRuneInString(text[q:])
			if g := t.appendAny(buf[:0], r, k); len(g) > 0 {
				last, size, rest, done = q, k, g, 0
				break
			}
			q += k
		}
	}
}

// withMarks is i moved past the combining marks (which fold to nothing)
// that follow it.
func withMarks(text string, i int) int {
	t := foldTables()
	var buf [8]byte
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r < utf8.RuneSelf || !isMark(r) || len(t.appendAny(buf[:0], r, n)) > 0 {
			break
		}
		i += n
	}
	return i
}
