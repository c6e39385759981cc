package fold

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzMap: the offset map always points inside the original, on character
// boundaries and in order; it round-trips (each character's bytes fold to
// exactly the folded bytes that point at them, and the bytes no folded byte
// points at fold to nothing); and a Matcher finds exactly what
// strings.Index finds in the folded text.
func FuzzMap(f *testing.F) {
	for _, s := range []string{"ＧＰＴ－４ 1㎏", "cafe\u0301 邊緣", "KV-Cache，kvcache", "가が①𝐀ﬁ", "a\xffb\xe7\x99", ""} {
		f.Add(s, "kv cache")
		f.Add(s, "边缘")
	}
	f.Fuzz(func(t *testing.T, s, q string) {
		m := Map(s)
		if m.Folded != Key(s) {
			t.Fatalf("Map(%q).Folded = %q, Key = %q", s, m.Folded, Key(s))
		}
		bounds := boundaries(s)
		prevEnd := 0
		for i := 0; i < len(m.Folded); {
			start, end := m.Source(i, i+1)
			if start < prevEnd || end > len(s) || start >= end || !bounds[start] || !bounds[end] {
				t.Fatalf("%q: folded byte %d points at %d..%d (previous ended at %d)", s, i, start, end, prevEnd)
			}
			if Key(s[prevEnd:start]) != "" {
				t.Fatalf("%q: bytes %d..%d fold to %q, yet no folded byte points at them", s, prevEnd, start, Key(s[prevEnd:start]))
			}
			j := i + 1
			for j < len(m.Folded) {
				if s2, _ := m.Source(j, j+1); s2 != start {
					break
				}
				j++
			}
			if got := Key(s[start:end]); got != m.Folded[i:j] {
				t.Fatalf("%q: bytes %d..%d fold to %q, the map gives them %q", s, start, end, got, m.Folded[i:j])
			}
			prevEnd, i = end, j
		}
		if Key(s[prevEnd:]) != "" {
			t.Fatalf("%q: the tail from %d folds to %q", s, prevEnd, Key(s[prevEnd:]))
		}
		if r := Runes(s); utf8.RuneCountInString(r) != utf8.RuneCountInString(s) {
			t.Fatalf("Runes(%q) = %q: another number of runes", s, r)
		}
		mt := NewMatcher(q)
		if mt == nil {
			if Key(q) != "" {
				t.Fatalf("NewMatcher(%q) is nil, Key is %q", q, Key(q))
			}
			return
		}
		spans := mt.FindAll(s, nil)
		if want := mapSpans(m, mt.Key()); len(spans) != len(want) {
			t.Fatalf("%q in %q: %d spans, %d in the folded text", q, s, len(spans), len(want))
		} else {
			for i := range want {
				if spans[i].Start != want[i][0] || spans[i].End != want[i][1] {
					t.Fatalf("%q in %q: span %d is %v, Map gives %v", q, s, i, spans[i], want[i])
				}
			}
		}
		checkSpans(t, s, mt.Key(), spans)
	})
}

// boundaries are the offsets where a rune (or an invalid byte) of s
// starts, and len(s).
func boundaries(s string) map[int]bool {
	out := map[int]bool{len(s): true}
	for i := range s {
		out[i] = true
	}
	return out
}

// mapSpans are the byte ranges of the original that Map gives for each
// non-overlapping occurrence of key in the folded text.
func mapSpans(m Text, key string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := strings.Index(m.Folded[i:], key)
		if j < 0 {
			return out
		}
		start, end := m.Source(i+j, i+j+len(key))
		out = append(out, [2]int{start, end})
		i += j + len(key)
	}
}
