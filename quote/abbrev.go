package quote

import (
	"strings"
	"unicode"
)

// Abbreviations, lower case and without their final ".", by how they behave
// before a following word (see the package comment).
var (
	// neverEnd never end a sentence: they always introduce something.
	neverEnd = set("e.g", "i.e", "cf", "vs", "viz", "approx", "mr", "mrs", "ms", "dr", "prof", "st")
	// beforeNumber do not end a sentence before a digit.
	beforeNumber = set("no", "nos", "fig", "figs", "eq", "eqs", "vol", "pp", "ch", "sec", "ref")
	// mayEnd end a sentence only before a capital letter or a CJK character.
	mayEnd = set("etc", "inc", "ltd", "co", "corp", "jr", "sr", "al")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// abbreviation reports whether a "." after word, followed by a space and then
// the rune next (0 at the end of the text), is part of an abbreviation rather
// than the end of a sentence.
func abbreviation(word []rune, next rune) bool {
	if len(word) == 0 {
		return false
	}
	w := strings.ToLower(string(word))
	switch {
	case neverEnd[w]:
		return true
	case len(word) == 1 && unicode.IsUpper(word[0]):
		return unicode.IsUpper(next) // an initial: "J. Smith"
	case beforeNumber[w]:
		return unicode.IsDigit(next)
	case mayEnd[w] || strings.Contains(w, "."):
		return !unicode.IsUpper(next) && !isCJK(next)
	}
	return false
}

// wordBefore is the run of letters and dots that ends at r[i-1].
func wordBefore(r []rune, i int) []rune {
	j := i
	for j > 0 && (unicode.IsLetter(r[j-1]) || r[j-1] == '.') && !isCJK(r[j-1]) {
		j--
	}
	return r[j:i]
}

// nextWord is the first rune after r[k:]'s leading white space, or 0.
func nextWord(r []rune, k int) rune {
	for ; k < len(r); k++ {
		if !unicode.IsSpace(r[k]) {
			return r[k]
		}
	}
	return 0
}
