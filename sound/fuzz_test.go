package sound

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// FuzzFindAll: whatever the text and the query, FindAll gives exactly what
// a slow reference built on Readings gives (every start tried, every
// character's readings compared with the pattern's syllables), and every
// range lies inside the text, on character boundaries, in order, without
// overlap, with rune offsets that count the text's runes.
func FuzzFindAll(f *testing.F) {
	for _, s := range []string{"我们是灵异万物的员工，零一万物。", "靈異萬物\xff一一一", "西安先 xian", ""} {
		f.Add(s, "零一万物")
		f.Add(s, "xian")
		f.Add(s, "yiyi")
	}
	f.Fuzz(func(t *testing.T, text, query string) {
		q, err := Compile(query)
		if err != nil {
			return
		}
		got := q.FindAll(text, nil)
		if want := reference(q, text); !slices.Equal(got, want) {
			t.Fatalf("%s in %q: %v, the reference finds %v", q, text, got, want)
		}
		end := 0
		for _, m := range got {
			if m.Start < end || m.End <= m.Start || m.End > len(text) || !utf8.RuneStart(text[m.Start]) ||
				m.End < len(text) && !utf8.RuneStart(text[m.End]) {
				t.Fatalf("%q: match %v after %d", text, m, end)
			}
			if m.RuneStart != utf8.RuneCountInString(text[:m.Start]) || m.RuneEnd != utf8.RuneCountInString(text[:m.End]) {
				t.Fatalf("%q: match %v has wrong rune offsets", text, m)
			}
			end = m.End
		}
	})
}

// reference is FindAll done slowly from the readings' names.
func reference(q *Query, text string) []Match {
	t := sounds()
	var all []Match
	for _, p := range q.patterns {
		end := 0
		for start := range text {
			if start < end {
				continue
			}
			at, ok := start, true
			for _, e := range p.ids {
				r, n := utf8.DecodeRuneInString(text[at:])
				if n == 0 || r == utf8.RuneError && n == 1 || !sharesReading(Readings(r), e, t) {
					ok = false
					break
				}
				at += n
			}
			if ok {
				all = append(all, Match{Start: start, End: at})
				end = at
			}
		}
	}
	slices.SortStableFunc(all, func(a, b Match) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	var kept []Match
	for _, m := range all {
		if len(kept) == 0 || m.Start >= kept[len(kept)-1].End {
			m.RuneStart = utf8.RuneCountInString(text[:m.Start])
			m.RuneEnd = utf8.RuneCountInString(text[:m.End])
			kept = append(kept, m)
		}
	}
	return kept
}

func sharesReading(readings []string, e element, t *table) bool {
	for _, id := range e {
		if slices.Contains(readings, t.names[id]) {
			return true
		}
	}
	return false
}
