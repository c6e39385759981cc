package runeset

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSet(t *testing.T) {
	var s Set
	for _, r := range []rune{'a', 'Z', 'é', '模', '發', '𠀀', 'a', utf8.RuneError, -1, 0xD800, 0x110000} {
		s.Add(r)
	}
	if s.Len() != 6 {
		t.Errorf("Len = %d, want 6 (duplicates and invalid runes ignored)", s.Len())
	}
	want := []rune{'Z', 'a', 'é', '模', '發', '𠀀'}
	if got := s.Runes(); !slices.Equal(got, want) {
		t.Errorf("Runes = %q, want %q", got, want)
	}
	for _, r := range []rune{'b', 'z', '型', '𠀁', 0xD800, -5} {
		if s.Has(r) {
			t.Errorf("Has(%q)", r)
		}
	}
}

func TestIndex(t *testing.T) {
	var han, latin Set
	han.Add('發')
	han.Add('𠀀')
	latin.Add('k')
	latin.Add('K')
	for _, c := range []struct {
		set  *Set
		text string
		from int
		at   int
		r    rune
	}{
		{&han, "我們發現", 0, 6, '發'},
		{&han, "我們發現發", 7, 12, '發'},
		{&han, "abc 𠀀", 0, 4, '𠀀'},
		{&han, "abc", 0, -1, 0},
		{&han, "", 0, -1, 0},
		{&han, "\xe7\x99", 0, -1, 0},       // 發 cut short
		{&han, "\xed\xa0\x80發", 0, 3, '發'}, // a surrogate's bytes are not a rune
		{&latin, "模型 KV-Cache", 0, 7, 'K'},
		{&latin, "ok", 0, 1, 'k'},
		{&latin, "ok", 2, -1, 0},
		{&latin, "ｋ", 0, -1, 0},
	} {
		at, r, n := c.set.Index(c.text, c.from)
		if at != c.at || r != c.r || (at >= 0 && n != utf8.RuneLen(r)) {
			t.Errorf("Index(%q, %d) = %d, %q, %d; want %d, %q", c.text, c.from, at, r, n, c.at, c.r)
		}
	}
}

// TestIndexAgreesWithDecoding: on text with invalid bytes cut anywhere,
// Index finds exactly the members that ranging over the string finds.
func TestIndexAgreesWithDecoding(t *testing.T) {
	var s Set
	for _, r := range "發髮发k𠀀é" {
		s.Add(r)
	}
	base := "頭髮發展 ok 𠀀 café \xff\xfe 发\xe7"
	for cut := 0; cut <= len(base); cut++ {
		text := base[:cut] + strings.Repeat("x", cut%3) + base[cut:]
		var want []int
		for i, r := range text {
			if r == utf8.RuneError {
				if _, n := utf8.DecodeRuneInString(text[i:]); n == 1 {
					continue
				}
			}
			if s.Has(r) {
				want = append(want, i)
			}
		}
		var got []int
		for from := 0; ; {
			at, _, n := s.Index(text, from)
			if at < 0 {
				break
			}
			got = append(got, at)
			from = at + n
		}
		if !slices.Equal(got, want) {
			t.Fatalf("text %q: Index found %v, ranging finds %v", text, got, want)
		}
	}
}

// BenchmarkIndex scans 1 MB of Chinese text for a rune it does not hold,
// next to strings.IndexByte (SIMD) over the same text, for scale.
func BenchmarkIndex(b *testing.B) {
	text := strings.Repeat("我们在数据中心的集群里面训练了一个大模型，Transformer 的缓存很大。", 1<<20/100)
	var s Set
	s.Add('零')
	b.Run("set", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			if at, _, _ := s.Index(text, 0); at >= 0 {
				b.Fatal("found")
			}
		}
	})
	b.Run("IndexByte", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			if strings.IndexByte(text, 0xFF) >= 0 {
				b.Fatal("found")
			}
		}
	})
}

func TestAddSet(t *testing.T) {
	var a, b Set
	for _, r := range "ab模𠀀" {
		a.Add(r)
	}
	for _, r := range "b發𠀁" {
		b.Add(r)
	}
	a.AddSet(&b)
	if got := string(a.Runes()); got != "ab模發𠀀𠀁" || a.Len() != 6 {
		t.Errorf("union = %q (%d)", got, a.Len())
	}
	var empty Set
	empty.AddSet(&b)
	if empty.Len() != 3 || !empty.Has('發') {
		t.Errorf("union into an empty set: %q", empty.Runes())
	}
}
