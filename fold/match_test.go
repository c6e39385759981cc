package fold

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"talks/synth"
)

func TestFindAll(t *testing.T) {
	for _, c := range []struct {
		query, text string
		want        []Span
	}{
		{"边缘", "在邊緣設備上", []Span{{3, 9, 1, 3}}},
		{"機器學習", "机器学习和機器學習", []Span{{0, 12, 0, 4}, {15, 27, 5, 9}}},
		{"GPT-4", "用 ＧＰＴ－４ 和 gpt4", []Span{{4, 19, 2, 7}, {24, 28, 10, 14}}},
		{"kv cache", "KV-Cache 与 kvcache，", []Span{{0, 8, 0, 8}, {13, 20, 11, 18}}},
		{"我觉得比如说", "我觉得，比如说", []Span{{0, 21, 0, 7}}},
		{"kg", "重 1㎏ 和 2 KG", []Span{{5, 8, 3, 4}, {15, 17, 9, 11}}},
		{"g", "㎏㎏", []Span{{0, 3, 0, 1}, {3, 6, 1, 2}}},
		{"aa", "aaaaa", []Span{{0, 2, 0, 2}, {2, 4, 2, 4}}},
		{"cafe", "Cafe\u0301 au lait", []Span{{0, 6, 0, 5}}},
		{"零一万物", "灵异万物", nil},
		{"发展", "頭髮展示", []Span{{3, 9, 1, 3}}}, // the character table folds 髮 like 發
		{"x", "", nil},
	} {
		m := NewMatcher(c.query)
		if got := m.FindAll(c.text, nil); !slices.Equal(got, c.want) {
			t.Errorf("%q in %q: %v, want %v", c.query, c.text, got, c.want)
		}
	}
}

func TestNewMatcherEmpty(t *testing.T) {
	for _, q := range []string{"", "  ", "，。", "\xff"} {
		if m := NewMatcher(q); m != nil {
			t.Errorf("NewMatcher(%q) = %+v, want nil", q, m)
		}
	}
}

// TestPrefilterStrategies: a Han anchor is looked for with a few needles, a
// Latin one with a rune set that holds every form of it.
func TestPrefilterStrategies(t *testing.T) {
	m := NewMatcher("发展")
	if len(m.needles) != 2 || !slices.Contains(m.needles[0], "發") || !slices.Contains(m.needles[0], "髮") {
		t.Errorf("发展: needles %q, want the forms of 发 and of 展", m.needles)
	}
	if m.MayMatch("头发和展") != true || m.MayMatch("只有发") != false {
		t.Error("发展: MayMatch does not ask for both characters")
	}
	m = NewMatcher("kv")
	for _, r := range "kKｋＫ㎏𝐤" {
		if !m.anchor.Has(r) {
			t.Errorf("kv: the anchor set lacks %q", r)
		}
	}
}

// TestFindAllIsKeyIndex: over synthetic talks and their variants (Traditional,
// full-width, upper case, spaced), FindAll finds exactly the occurrences
// strings.Index finds in Key(text), and each span folds to text holding the
// query, its rune offsets counted from the start.
func TestFindAllIsKeyIndex(t *testing.T) {
	variants := []func(string) string{
		func(s string) string { return s },
		strings.ToUpper,
		func(s string) string { return strings.ReplaceAll(s, "-", " ") },
		toFullWidth,
	}
	var matchers []*Matcher
	for _, q := range []string{"模型", "数据清洗", "kv cache", "KV-Cache", "gpu", "fp8", "系統", "资料", "，", "呃啊", "pre training"} {
		if m := NewMatcher(q); m != nil {
			matchers = append(matchers, m)
		}
	}
	for n := range 40 {
		talk := synth.Talk(n, 7)
		for vi, v := range variants {
			text := v(talk)
			folded := Key(text)
			for _, m := range matchers {
				q := m.Key()
				want := countNonOverlapping(folded, m.Key())
				got := m.FindAll(text, nil)
				if len(got) != want {
					t.Fatalf("talk %d variant %d, %q: %d spans, Key(text) holds it %d times", n, vi, q, len(got), want)
				}
				if want > 0 && !m.MayMatch(text) {
					t.Fatalf("talk %d variant %d, %q: MayMatch false on a match", n, vi, q)
				}
				checkSpans(t, text, m.Key(), got)
			}
		}
	}
}

func checkSpans(t *testing.T, text, key string, spans []Span) {
	t.Helper()
	at, runes := 0, 0
	for _, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("span %v outside %d bytes", s, len(text))
		}
		if !strings.Contains(Key(text[s.Start:s.End]), key) {
			t.Fatalf("span %v: %q folds to %q, without %q", s, text[s.Start:s.End], Key(text[s.Start:s.End]), key)
		}
		if s.Start < at {
			at, runes = 0, 0
		}
		runes += utf8.RuneCountInString(text[at:s.Start])
		at = s.Start
		if s.RuneStart != runes || s.RuneEnd != runes+utf8.RuneCountInString(text[s.Start:s.End]) {
			t.Fatalf("span %v: runes from %d, %d long", s, runes, utf8.RuneCountInString(text[s.Start:s.End]))
		}
	}
}

func countNonOverlapping(s, key string) int {
	n := 0
	for {
		i := strings.Index(s, key)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(key):]
	}
}

// toFullWidth writes ASCII letters, digits and punctuation full-width.
func toFullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r < 0x7F {
			return r - '!' + '！'
		}
		return r
	}, s)
}
