package loader

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"talks/model"
)

// This file splits a heading's body ("大模型训练方法论及Yi-Large的实践：黄文灏")
// into the title and the byline, the people named after it.
//
// The body is cut into pieces at separators outside brackets and quotes:
// colons (：:), semicolons (；;), dashes (- -- — －) and list marks (、，,).
// A single "-" between two ASCII letters or digits is a word hyphen
// ("Yi-Large", "Next-Scale"), not a separator. In a slug ("P4-标题-黄文灏")
// every hyphen run separates, and a Latin name is only read after a double
// hyphen ("--Alejandro-Frangi"), since single hyphens join its words, or in
// pairs of capitalised words next to a Chinese name
// ("张宏江-Kenneth-Stanley-Will-Knight").
//
// Before the byline is looked for, two pieces that a single hyphen split are
// joined again: two single characters that make a Chinese name ("赵-捷",
// "王-鹤": a slug's way with "赵 捷"), and two halves of a role label
// ("主讲-嘉宾").
//
// The byline is the longest run of trailing pieces that are names or role
// words (personname.go), such that
//   - the title keeps at least the first piece, and the second too when the
//     first only numbers the talk ("Lecture 7", "1.1", "L2": "Lecture 7 -
//     Regulatory Genomics" is all title);
//   - inside the byline a colon only follows a role word ("主持人：张一甲"):
//     "综述：王五：李四" has the byline 李四;
//   - the byline starts after a colon, semicolon or dash, never after a list
//     mark ("数据、算力、王道" is all title).
//
// A role word gives its role to the names after it until the next role word;
// names before any role word are speakers. A role word with no name after it
// ("圆桌讨论;主持人") is dropped with the byline and names nobody.
//
// Two more places name a speaker. A body with no byline that opens with a
// name right before "《" is the Bilibili style "speaker《title》"
// ("周明远《给程序员的数学》": the speaker 周明远, the title all of it). And a
// slug body that is nothing but a Latin name ("Lex-Fridman", a video titled
// by its speaker) is that speaker, with no title.

// sepKind is the kind of separator before a piece, weakest first.
type sepKind int

const (
	sepNone  sepKind = iota // the first piece
	sepList                 // 、，,
	sepDash                 // - -- — －
	sepSemi                 // ；;
	sepColon                // ：:
)

// piece is one piece of a body, with the separator before it.
type piece struct {
	text     string  // the piece, trimmed
	sep      sepKind // the separator before it
	dashes   int     // in a slug, the number of hyphens before it
	sepStart int     // byte offset in the body where that separator starts
}

// splitByline reads a body into its title and speakers; slug says that the
// body comes from a slug, where hyphens stand for spaces and punctuation.
func splitByline(body string, slug bool) (string, []model.Speaker) {
	ps := splitPieces(body, slug)
	if slug {
		ps = pairSlugNames(joinSlugNames(ps))
	}
	ps = joinRoleWords(joinSplitNames(ps))
	if slug && len(ps) > 1 {
		if name, ok := slugName(ps); ok { // "Lex-Fridman": only a name
			return "", []model.Speaker{{Name: name, Role: model.RoleSpeaker}}
		}
	}
	first := 1 // the title keeps the pieces before it
	switch {
	case len(ps) > 0 && numberingPiece.MatchString(ps[0].text):
		first = 2
	case slug && len(ps) > 1 && numberingPiece.MatchString(ps[0].text+" "+ps[1].text):
		first = 3 // "Lecture-7"
	}
	k := len(ps)
	for j := len(ps) - 1; j >= first; j-- {
		_, _, isRole := roleOf(ps[j].text)
		_, isName := personName(ps[j].text)
		if !isRole && !isName {
			break
		}
		if j+1 < len(ps) && ps[j+1].sep == sepColon && !isRole {
			break
		}
		k = j
	}
	for k < len(ps) && ps[k].sep == sepList {
		k++
	}
	if k == len(ps) {
		if name, ok := leadingSpeaker(body); ok {
			return trimTitle(body), []model.Speaker{{Name: name, Role: model.RoleSpeaker}}
		}
		return trimTitle(body), nil
	}
	var speakers []model.Speaker
	role := model.RoleSpeaker
	for _, p := range ps[k:] {
		r, name, isRole := roleOf(p.text)
		if isRole {
			role = r
		} else {
			name, _ = personName(p.text)
		}
		if name != "" {
			speakers = append(speakers, model.Speaker{Name: name, Role: role})
		}
	}
	return trimTitle(body[:ps[k].sepStart]), speakers
}

// trimTitle trims spaces and dangling separators from both ends of a title.
func trimTitle(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return isSpace(r) || separatorKind(r) != sepNone
	})
}

// splitPieces cuts body into pieces at separators outside brackets. Empty
// pieces are dropped, their separator merged into the next one.
func splitPieces(body string, slug bool) []piece {
	var ps []piece
	depth, quoted := 0, false
	start, sep, dashes, sepStart := 0, sepNone, 0, 0
	emit := func(end int) {
		if t := strings.TrimFunc(body[start:end], isSpace); t != "" {
			ps = append(ps, piece{text: t, sep: sep, dashes: dashes, sepStart: sepStart})
			sep, dashes = sepNone, 0
		}
	}
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRuneInString(body[i:])
		switch {
		case r == '"':
			quoted = !quoted && strings.ContainsRune(body[i+size:], '"')
		case r == '“' || r == '‘':
			if strings.ContainsRune(body[i+size:], r+1) { // ” and ’ follow “ and ‘
				depth++
			}
		case strings.ContainsRune(openBrackets, r):
			depth++
		case strings.ContainsRune(closeBrackets, r) && depth > 0:
			depth--
		}
		kind := separatorKind(r)
		if depth > 0 || quoted || kind == sepNone || (slug && kind != sepDash) ||
			(!slug && isWordHyphen(body, i)) {
			i += size
			continue
		}
		emit(i)
		if sep == sepNone { // else an empty piece merges two separators
			sepStart = i
		}
		// The separator runs over separator runes and spaces.
		for i < len(body) {
			r, size := utf8.DecodeRuneInString(body[i:])
			k := separatorKind(r)
			if slug && k != sepNone && k != sepDash {
				break
			}
			if k == sepNone && !isSpace(r) {
				break
			}
			if r == '-' {
				dashes++
			}
			sep = max(sep, k)
			i += size
		}
		start = i
	}
	emit(len(body))
	return ps
}

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

// Brackets and quotes: separators inside them belong to the title. An
// opening bracket that is never closed protects the rest of the body; an
// opening quotation mark (“ ‘ ") protects nothing unless it is closed, since
// transcripts often leave them unpaired ("介绍“行业数据集-…-南新生").
const (
	openBrackets  = "（(《“‘「『【[〈{"
	closeBrackets = "）)》”’」』】]〉}"
)

// separatorKind is the kind of separator r is, or sepNone.
func separatorKind(r rune) sepKind {
	switch r {
	case '：', ':':
		return sepColon
	case '；', ';':
		return sepSemi
	case '-', '－', '—', '–':
		return sepDash
	case '、', '，', ',':
		return sepList
	}
	return sepNone
}

// isWordHyphen reports whether the byte at i is a single "-" between two
// ASCII letters or digits, as in "Yi-Large".
func isWordHyphen(s string, i int) bool {
	return s[i] == '-' && i > 0 && i+1 < len(s) && isASCIIAlnum(s[i-1]) && isASCIIAlnum(s[i+1])
}

// isASCIIAlnum reports whether b is an ASCII letter or digit.
func isASCIIAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// isSpace reports whether r is white space, including the ideographic
// space.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u3000'
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
		if i+1 < len(ps) && ps[i+1].sep == sepDash && isRoleLabel(ps[i].text+ps[i+1].text) {
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

// leadingSpeaker reads the speaker of a body written the Bilibili way,
// "speaker《title》" ("陶哲轩《人工智能与数学》"): a name right before a "《".
func leadingSpeaker(body string) (string, bool) {
	s := strings.TrimFunc(body, func(r rune) bool { return isSpace(r) || r == '-' })
	i := strings.Index(s, "《")
	if i <= 0 {
		return "", false
	}
	return personName(s[:i])
}

// numberingPiece is a first piece that only numbers the talk ("Lecture
// 7", "1.1", "L2"): the title keeps the piece after it too, so that
// "Lecture 7 - Regulatory Genomics" is all title.
var numberingPiece = regexp.MustCompile(`^(?:(?i:lecture|lec|lesson|chapter|part|week|session|unit|module)\.?[\s\x{3000}]*)?[0-9]+(?:\.[0-9]+)*$|^L[0-9]+(?:\.[0-9]+)*$`)
