package synth

import (
	"math/rand/v2"
	"strconv"
	"unicode/utf8"
)

// pick appends a random word of p and returns its length in runes.
func pick(b []byte, r *rand.Rand, p pool) ([]byte, int) {
	i := r.IntN(len(p.words))
	return append(b, p.words[i]...), p.runes[i]
}

// number appends a number as speakers say them (3.5, 87.4, 2024年, 40%) and
// returns its length in runes.
func number(b []byte, r *rand.Rand) ([]byte, int) {
	start := len(b)
	switch r.IntN(4) {
	case 0:
		b = strconv.AppendInt(b, int64(r.IntN(10)), 10)
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(r.IntN(10)), 10)
	case 1:
		b = strconv.AppendInt(b, int64(r.IntN(100)), 10)
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(r.IntN(10)), 10)
	case 2:
		b = strconv.AppendInt(b, int64(2015+r.IntN(12)), 10)
		b = append(b, "年"...)
		return b, len(b) - start - 2 // 年 is three bytes, one rune
	default:
		b = strconv.AppendInt(b, int64(1+r.IntN(99)), 10)
		b = append(b, '%')
	}
	return b, len(b) - start
}

// asrParagraph appends one line of ASR-style text, mixed Chinese and
// English, of about n runes: clauses joined by full-width commas.
func asrParagraph(b []byte, r *rand.Rand, zh pool, n int) []byte {
	runes := 0
	for runes < n {
		words := 2 + r.IntN(6)
		for w := 0; w < words; w++ {
			var k int
			b, k = asrWord(b, r, zh)
			runes += k
		}
		switch x := r.IntN(40); {
		case runes >= n:
			if r.IntN(3) == 0 {
				b = append(b, "，"...)
			} else {
				b = append(b, "。"...)
			}
		case x == 0:
			b = append(b, "……"...)
		case x == 1:
			b = append(b, "、"...)
		case x == 2:
			b = append(b, "？"...)
		default:
			b = append(b, "，"...)
		}
		runes++
	}
	return b
}

// asrWord appends one word of ASR-style text (a Chinese word, an English
// word or two, a filler, a number, an abbreviation or a quoted phrase, with
// a space before Latin text that follows Latin text) and returns how many
// runes it appended.
func asrWord(b []byte, r *rand.Rand, zh pool) ([]byte, int) {
	var k, k2 int
	switch x := r.IntN(100); {
	case x < 78:
		b, k = pick(b, r, zh)
	case x < 88:
		b, k = space(b, k)
		b, k2 = pick(b, r, enWords)
		k += k2
		if r.IntN(4) == 0 {
			b = append(b, ' ')
			b, k2 = pick(b, r, enWords)
			k += k2 + 1
		}
	case x < 92:
		b, k = pick(b, r, fillers)
	case x < 96:
		b, k = space(b, k)
		b, k2 = number(b, r)
		k += k2
	case x < 97:
		b, k = space(b, k)
		b, k2 = pick(b, r, abbrevs)
		b = append(b, ' ')
		k += k2 + 1
	default:
		b = append(b, "「"...)
		var k1 int
		b, k1 = pick(b, r, zh)
		b, k2 = pick(b, r, zh)
		b = append(b, "」"...)
		k = k1 + k2 + 2
	}
	return b, k
}

// enParagraph appends one line of spoken English of about n characters.
func enParagraph(b []byte, r *rand.Rand, n int) []byte {
	chars := 0
	capital := true
	for chars < n {
		start := len(b)
		switch x := r.IntN(100); {
		case x < 92:
			b, _ = pick(b, r, enProse)
		case x < 96:
			b, _ = number(b, r)
		default:
			b, _ = pick(b, r, abbrevs)
		}
		if capital && b[start] >= 'a' && b[start] <= 'z' {
			b[start] -= 'a' - 'A'
		}
		capital = false
		switch x := r.IntN(12); {
		case chars+len(b)-start >= n:
			b = append(b, '.')
		case x == 0:
			b = append(b, ", "...)
		case x == 1:
			b = append(b, ". "...)
			capital = true
		default:
			b = append(b, ' ')
		}
		chars += len(b) - start
	}
	return b
}

// prose appends a sentence or two of written (note-style) Chinese of about
// n runes, ending with a full stop.
func prose(b []byte, r *rand.Rand, n int) []byte {
	runes := 0
	for runes < n {
		var k, k2 int
		switch x := r.IntN(100); {
		case x < 85:
			b, k = pick(b, r, zhWords)
		case x < 93:
			b, k = space(b, 0)
			b, k2 = pick(b, r, enWords)
		case x < 97:
			b = append(b, '`')
			b, k2 = pick(b, r, enWords)
			b = append(b, '`')
			k = 2
		default:
			b, k = space(b, 0)
			b, k2 = number(b, r)
		}
		runes += k + k2
		if r.IntN(7) == 0 && runes+1 < n {
			b = append(b, "，"...)
			runes++
		}
	}
	return append(b, "。"...)
}

// space appends a space when b ends in ASCII that would run into the next
// ASCII word, and adds it to the rune count k.
func space(b []byte, k int) ([]byte, int) {
	if n := len(b); n > 0 && b[n-1] > ' ' && b[n-1] < utf8.RuneSelf {
		return append(b, ' '), k + 1
	}
	return b, k
}
