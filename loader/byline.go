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
//   - the title keeps at least the first piece, and the one after the
//     first pieces that only number the talk ("Lecture 7", "1.1", "L2",
//     "CS 182- Lecture 15- Part 2": "Lecture 7 - Regulatory Genomics" is all
//     title);
//   - inside the byline a colon only follows a role word ("主持人：张一甲"):
//     "综述：王五：李四" has the byline 李四;
//   - the byline starts after a colon, semicolon or dash, never after a list
//     mark ("数据、算力、王道" is all title);
//   - a Latin name never follows a dash with white space on both sides:
//     English titles are written "Topic - Subtopic" ("Factor Graphs 1 -
//     Constraint Satisfaction Problems"), while a Latin byline follows a
//     colon, a semicolon, a list mark or a bare dash ("检索增强-Maria Keller").
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
	spaced   bool    // the separator is a dash with white space on both sides
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
	nameOf := personName
	if !strings.ContainsFunc(body, isSpace) {
		nameOf = spacelessName
	}
	first := leadingNumbers(ps) + 1 // the title keeps the pieces before it
	k := len(ps)
	for j := len(ps) - 1; j >= first; j-- {
		_, _, isRole := roleOf(ps[j].text)
		_, isName := nameOf(ps[j].text)
		if ps[j].spaced && !isHanName(ps[j].text) {
			isName = false // "Factor Graphs 1 - Constraint Satisfaction"
		}
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
			name, _ = nameOf(p.text)
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
	start, sep, dashes, sepStart, spaced := 0, sepNone, 0, 0, false
	emit := func(end int) {
		if t := strings.TrimFunc(body[start:end], isSpace); t != "" {
			ps = append(ps, piece{text: t, sep: sep, dashes: dashes, sepStart: sepStart, spaced: spaced})
			sep, dashes, spaced = sepNone, 0, false
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
		before, _ := utf8.DecodeLastRuneInString(body[:sepStart])
		after, _ := utf8.DecodeLastRuneInString(body[:i])
		spaced = sep == sepDash && isSpace(before) && isSpace(after)
		start = i
	}
	emit(len(body))
	return ps
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

// leadingSpeaker reads the speaker of a body written the Bilibili way,
// "speaker《title》" ("陶哲轩《人工智能与数学》"): a name right before a "《".
func leadingSpeaker(body string) (string, bool) {
	s := strings.TrimFunc(body, func(r rune) bool { return isSpace(r) || r == '-' })
	i := strings.Index(s, "《")
	if i <= 0 {
		return "", false
	}
	if !strings.ContainsFunc(s, isSpace) {
		return spacelessName(s[:i])
	}
	return personName(s[:i])
}

// numberingRe is text that only numbers a talk: "Lecture 7", "1.1", "L2",
// "Part 2", a course number ("CS 182", "CS224W") and runs of them.
var numberingRe = regexp.MustCompile(`^(?:(?:[A-Z]{2,4}[\s\x{3000}]*[0-9]{3}[A-Za-z]?|(?i:lecture|lec|lesson|chapter|part|week|session|unit|module|day)\.?[\s\x{3000}]*[0-9]+(?:\.[0-9]+)*|[0-9]+(?:\.[0-9]+)*|L[0-9]+(?:\.[0-9]+)*)[\s\x{3000},]*)+$`)

// leadingNumbers is how many first pieces only number the talk ("Lecture
// 7", "CS 182- Lecture 15- Part 2", "Lecture-7" in a slug): the title keeps
// them and the piece after them, so that "Lecture 7 - Regulatory Genomics"
// is all title.
func leadingNumbers(ps []piece) int {
	n, text := 0, ""
	for i := 0; i < len(ps) && i < 6; i++ {
		if t := ps[i].text; !isASCIIAlnum(t[0]) || strings.ContainsFunc(t, func(r rune) bool { return r >= utf8.RuneSelf && !isSpace(r) }) {
			break // numbering is ASCII
		}
		text = strings.TrimSpace(text + " " + ps[i].text)
		if numberingRe.MatchString(text) {
			n = i + 1
		}
	}
	return n
}
