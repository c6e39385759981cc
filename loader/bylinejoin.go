package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file joins again the pieces of a body that separators split inside
// a name or a role label (see splitByline, byline.go).

// joinSlugNames merges the hyphen-joined words of a Latin name in a slug
// ("--Alejandro-Frangi") into one piece "Alejandro Frangi". The name must
// follow a double hyphen and fill the stretch up to the next double hyphen
// or the end.
func joinSlugNames(ps []piece) []piece {
	var out []piece
	for i := 0; i < len(ps); i++ {
		if ps[i].dashes >= 2 {
			j := i
			for j+1 < len(ps) && ps[j+1].dashes == 1 {
				j++
			}
			words := make([]string, 0, j-i+1)
			for _, p := range ps[i : j+1] {
				words = append(words, p.text)
			}
			if name := strings.Join(words, " "); isLatinName(name) {
				p := ps[i]
				p.text = name
				out = append(out, p)
				i = j
				continue
			}
		}
		out = append(out, ps[i])
	}
	return out
}

// pairSlugNames pairs the capitalised words next to a Chinese name in a
// slug into two-word Latin names ("张宏江-Kenneth-Stanley-Will-Knight": 张宏江,
// Kenneth Stanley, Will Knight): a run of an even number of such words,
// joined by single hyphens, right after or before a Chinese name, each pair
// a name.
func pairSlugNames(ps []piece) []piece {
	out := ps[:0:0]
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && (j == i || ps[j].dashes == 1) && latinWord(ps[j].text) {
			j++
		}
		nearHan := (i > 0 && isHanName(ps[i-1].text)) || (j < len(ps) && ps[j].dashes == 1 && isHanName(ps[j].text))
		if n := j - i; n >= 2 && n%2 == 0 && nearHan && pairsAreNames(ps[i:j]) {
			for k := i; k < j; k += 2 {
				p := ps[k]
				p.text += " " + ps[k+1].text
				out = append(out, p)
			}
			i = j
			continue
		}
		j = max(j, i+1)
		out = append(out, ps[i:j]...)
		i = j
	}
	return out
}

// latinWord reports whether w can be a word of a Latin name.
func latinWord(w string) bool {
	return isCapitalised(w) && !titleWords[strings.ToLower(w)]
}

// pairsAreNames reports whether the pieces, two by two, are Latin names.
func pairsAreNames(ps []piece) bool {
	for k := 0; k+1 < len(ps); k += 2 {
		if !isLatinName(ps[k].text + " " + ps[k+1].text) {
			return false
		}
	}
	return true
}

// joinSplitNames merges a two-character Chinese name that a hyphen split
// into single characters ("赵-捷", "王-鹤": slugs write the space of "赵 捷" as
// a hyphen) into one piece "赵捷", when the two make a name.
func joinSplitNames(ps []piece) []piece {
	out := ps[:0:0]
	for i := 0; i < len(ps); i++ {
		if i+1 < len(ps) && ps[i+1].sep == sepDash && ps[i+1].dashes <= 1 &&
			oneHan(ps[i].text) && oneHan(ps[i+1].text) && isHanName(ps[i].text+ps[i+1].text) {
			p := ps[i]
			p.text += ps[i+1].text
			out = append(out, p)
			i++
			continue
		}
		out = append(out, ps[i])
	}
	return out
}

// oneHan reports whether s is a single Han character.
func oneHan(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && unicode.Is(unicode.Han, r)
}

// joinRoleWords merges a role label that a dash split ("主讲-嘉宾") into one
// piece "主讲嘉宾".
func joinRoleWords(ps []piece) []piece {
	out := ps[:0:0]
	for i := 0; i < len(ps); i++ {
		if i+1 < len(ps) && ps[i+1].sep == sepDash && len(ps[i].text)+len(ps[i+1].text) <= maxRoleLabel &&
			isRoleLabel(ps[i].text+ps[i+1].text) {
			p := ps[i]
			p.text += ps[i+1].text
			out = append(out, p)
			i++
			continue
		}
		out = append(out, ps[i])
	}
	return out
}

// slugName reads a slug body that is nothing but a Latin name, its words
// joined by single hyphens ("Lex-Fridman", "Andrej-Karpathy": a video titled
// by its speaker).
func slugName(ps []piece) (string, bool) {
	words := make([]string, 0, len(ps))
	for i, p := range ps {
		if i > 0 && p.dashes != 1 {
			return "", false
		}
		words = append(words, p.text)
	}
	name := strings.Join(words, " ")
	return name, isLatinName(name)
}
