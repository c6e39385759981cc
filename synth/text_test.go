package synth

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestASRWordLength checks that asrWord counts every rune it appends,
// spaces included, so that a paragraph is as long as asked: after Chinese
// text, after Latin text (where a space goes first) and after nothing.
func TestASRWordLength(t *testing.T) {
	for _, before := range []string{"", "我们", "GPU", "3.5"} {
		for _, zh := range []pool{zhWords, twWords} {
			r := rand.New(rand.NewPCG(7, 11))
			for range 2000 {
				b := []byte(before)
				b, k := asrWord(b, r, zh)
				if got := utf8.RuneCount(b[len(before):]); got != k {
					t.Fatalf("after %q: asrWord appended %q, %d runes, and says %d", before, b[len(before):], got, k)
				}
			}
		}
	}
}
