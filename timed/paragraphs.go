package timed

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"talks/model"
)

// The paragraph rule (see the package comment).
const (
	// pause is the silence between two cues that ends a paragraph.
	pause = 2 * time.Second
	// longCJK and longWords make a paragraph long: 300 Chinese (or
	// Japanese, Korean) characters, or 80 Latin words, or a mix in
	// proportion (150 characters and 40 words).
	longCJK   = 300
	longWords = 80
)

// chapter is a titled part of a recording: it becomes a section.
type chapter struct {
	Start, End time.Duration
	Title      string
}

// paragraphs joins cues into blocks: numbered paragraphs, and a section
// heading (level 2) where each chapter starts. join joins a paragraph's
// lines (the loader's rule for Chinese and Latin text).
func paragraphs(cues []cue, chapters []chapter, join func([]string) string) []model.Block {
	b := builder{join: join, punctuated: punctuated(cues)}
	ch := 0
	for i := range cues {
		c := &cues[i]
		for ch < len(chapters) && chapters[ch].Start <= c.Start {
			b.flush()
			b.heading(chapters[ch], c.Line)
			ch++
		}
		if len(b.lines) > 0 && b.breaksBefore(c) {
			b.flush()
		}
		b.add(c)
	}
	b.flush()
	last := 1
	if len(cues) > 0 {
		last = cues[len(cues)-1].Line
	}
	for ; ch < len(chapters); ch++ {
		b.heading(chapters[ch], last)
	}
	return b.blocks
}

// builder gathers the cues of the paragraph being built.
type builder struct {
	join       func([]string) string
	punctuated bool // the transcript ends some cues with a sentence end
	blocks     []model.Block
	para       int

	lines      []string
	first      *cue // the paragraph's first cue
	prev       *cue // its last cue so far
	end        time.Duration
	cjk, words int
}

// breaksBefore says whether cue c starts a new paragraph: at a change of
// speaker; after a pause (at a sentence end, when the transcript has
// punctuation); at a sentence end once the paragraph is long; anywhere once
// it is twice as long.
func (b *builder) breaksBefore(c *cue) bool {
	if c.Turn || c.Speaker != b.first.Speaker {
		return true
	}
	atEnd := endsSentence(b.prev.Text)
	if c.Start-b.prev.End >= pause && (atEnd || !b.punctuated) {
		return true
	}
	size := b.cjk*longWords + b.words*longCJK // long at longCJK*longWords
	return (size >= longCJK*longWords && (atEnd || !b.punctuated)) || size >= 2*longCJK*longWords
}

// add puts a cue into the paragraph.
func (b *builder) add(c *cue) {
	if b.first == nil {
		b.first, b.end = c, c.End
	}
	b.prev, b.end = c, max(b.end, c.End)
	for l := range strings.SplitSeq(c.Text, "\n") {
		b.lines = append(b.lines, l)
	}
	cjk, words := measure(c.Text)
	b.cjk += cjk
	b.words += words
}

// flush ends the paragraph being built, if any.
func (b *builder) flush() {
	if b.first == nil {
		return
	}
	if text := escapeText(b.join(b.lines)); text != "" {
		b.para++
		b.blocks = append(b.blocks, model.Block{Kind: model.KindParagraph, Text: text, Para: b.para,
			Line: b.first.Line, Timed: true, Start: b.first.Start, End: b.end, Speaker: b.first.Speaker})
	}
	b.lines, b.first, b.prev, b.cjk, b.words = b.lines[:0], nil, nil, 0, 0
}

// heading adds a chapter's section heading; line is the source line it is
// given (the line of the cue it comes before).
func (b *builder) heading(c chapter, line int) {
	b.blocks = append(b.blocks, model.Block{Kind: model.KindHeading, Level: 2, Text: c.Title,
		Line: line, Timed: true, Start: c.Start, End: c.End})
}

// punctuated is true when some cue ends a sentence: a transcript with no
// punctuation at all (automatic captions often have none) breaks its
// paragraphs at pauses and lengths wherever they fall.
func punctuated(cues []cue) bool {
	for i := range cues {
		if endsSentence(cues[i].Text) {
			return true
		}
	}
	return false
}

// endsSentence is true when s ends with a sentence end, as the quote
// package splits sentences: 。！？… or . ! ?, then closing quotes or
// brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	s = strings.TrimRight(s, "\"')]}”’」』）】》〉")
	if s == "" {
		return false
	}
	switch r, _ := utf8.DecodeLastRuneInString(s); r {
	case '。', '｡', '！', '？', '…', '‥', '.', '!', '?':
		return true
	}
	return false
}

// measure counts the CJK characters and the Latin words of s.
func measure(s string) (cjk, words int) {
	inWord := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII, most of a Latin text
			i++
			letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
			if letter && !inWord {
				words++
			}
			inWord = letter || (inWord && (c == '\'' || c == '-'))
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			cjk++
			inWord = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				words++
			}
			inWord = true
		default:
			inWord = inWord && r == '’'
		}
	}
	return cjk, words
}

// escapeText backslash-escapes what Markdown would read as markup in a
// transcript's plain text: a start that makes another kind of block ("# ",
// "- ", "> ", "1. ", a fence) and a "<" that could open an HTML tag
// ("<notes>"), since Block.Text is Markdown.
func escapeText(s string) string {
	if blockStart(s) {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		s = s[:i] + "\\" + s[i:]
	}
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '<' && i+1 < len(s) && (isASCIILetter(s[i+1]) || strings.IndexByte("/!?", s[i+1]) >= 0) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// blockStart is true when a line starting so would not be a paragraph in
// Markdown: a heading, quote, list item, rule or fence.
func blockStart(s string) bool {
	spaceAt := func(i int) bool { return i >= len(s) || s[i] == ' ' || s[i] == '\t' }
	switch {
	case s == "":
		return false
	case s[0] == '>', strings.HasPrefix(s, "```"), strings.HasPrefix(s, "~~~"):
		return true
	case s[0] == '#':
		n := len(s) - len(strings.TrimLeft(s, "#"))
		return n <= 6 && spaceAt(n)
	case s[0] == '-' || s[0] == '+' || s[0] == '*':
		return spaceAt(1) || strings.Trim(s, string(s[0])+" \t") == ""
	case s[0] == '_':
		return strings.Trim(s, "_ \t") == ""
	}
	i := 0
	for i < len(s) && i < 10 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i < 10 && i < len(s) && (s[i] == '.' || s[i] == ')') && spaceAt(i+1)
}

// isASCIILetter is true for a to z and A to Z.
func isASCIILetter(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}
