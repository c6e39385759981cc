package index

import (
	"strings"
	"testing"
)

func TestFinderAgreesWithFoldedIndex(t *testing.T) {
	var freq [256]uint32
	for i := range freq {
		freq[i] = uint32(i) // so each query jumps to a different byte
	}
	texts := []string{
		"", "a", "aAaA", "abcABCab", "大模型的大模型", "模型X模型x", "xyz大模",
		"École ÉCOLE école", "TransFormer 和 transformer", "bad\xff\xfeAB", "ＡＢＣａｂｃ",
	}
	queries := []string{"a", "aa", "abc", "CAB", "b", "大模型", "型", "模型x", "大模", "zz",
		"école", "É", "transformer", "r 和 t", "\xffa", "ａｂ", "éé"}
	for _, text := range texts {
		for _, query := range queries {
			q := fold(query)
			for _, fr := range []*[256]uint32{nil, &freq} {
				f := newFinder(q, fr)
				for from := 0; from <= len(text); from++ {
					want := strings.Index(fold(text)[from:], q)
					if want >= 0 {
						want += from
					}
					if got := f.index(text, from); got != want {
						t.Errorf("index(%q, %q, %d) = %d, want %d (k=%d)", text, q, from, got, want, f.k)
					}
				}
			}
		}
	}
}

func TestCountRunes(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "大模型训练方法与Yi-Lite的经验", "ＡＢＣ😀é", strings.Repeat("混合text", 9)} {
		if got, want := countRunes(s), len([]rune(s)); got != want {
			t.Errorf("countRunes(%q) = %d, want %d", s, got, want)
		}
	}
}
