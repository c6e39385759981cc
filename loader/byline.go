package loader

import (
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
// hyphen ("--Alejandro-Frangi"), since single hyphens join its words.
//
// The byline is the longest run of trailing pieces that are names or role
// words (personname.go), such that
//   - the title keeps at least the first piece;
//   - inside the byline a colon only follows a role word ("主持人：张一甲"):
//     "综述：王五：李四" has the byline 李四;
//   - the byline starts after a colon, semicolon or dash, never after a list
//     mark ("数据、算力、王道" is all title).
//
// A role word gives its role to the names after it until the next role word;
// names before any role word are speakers. A role word with no name after it
// ("圆桌讨论;主持人") is dropped with the byline and names nobody.

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
		ps = joinSlugNames(ps)
	}
	k := len(ps)
	for j := len(ps) - 1; j >= 1; j-- {
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
			quoted = !quoted
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

// Brackets and quotes: separators inside them belong to the title.
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
