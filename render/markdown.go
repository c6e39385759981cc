package render

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"talks/mdtext"
	"talks/model"
)

// markdown is the Markdown Glamour renders for block i of t (code is laid
// out without Glamour: see code.go).
func markdown(t *model.Talk, i int) string {
	bl := t.Blocks[i]
	text := clean(bl.Text)
	switch bl.Kind {
	case model.KindHeading:
		return strings.Repeat("#", min(max(bl.Level, 2), 6)) + " " + text
	case model.KindRule:
		return "---"
	case model.KindList:
		return joinLazy(text)
	}
	return text
}

// joinLazy joins a list's lazy continuation lines (lines that are neither
// items nor indented) to the line before, as Markdown reads them: Glamour
// would otherwise keep their line breaks and leave short lines.
func joinLazy(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:1]
	for _, l := range lines[1:] {
		prev := &out[len(out)-1]
		if t := strings.TrimSpace(l); t != "" && !isItem(l) && !strings.HasPrefix(l, " ") && !strings.HasPrefix(l, "\t") {
			*prev = joinText(*prev, t)
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// isItem says whether line l starts a list item.
func isItem(l string) bool {
	_, ok := mdtext.ListMarker(strings.TrimLeft(l, " \t"))
	return ok
}

// joinText joins two pieces of a paragraph, with a space between them or
// none as mdtext.JoinSpace says.
func joinText(a, b string) string {
	a = strings.TrimRight(a, " ")
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if a == "" || !mdtext.JoinSpace(ra, rb) {
		return a + b
	}
	return a + " " + b
}

// escapeMarkdown backslash-escapes the ASCII punctuation Markdown could read
// as markup, so that s renders as the text it is; '&' is written "&amp;"
// (Glamour shows a backslash before it, and decodes what follows it).
func escapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
			continue
		case strings.ContainsRune("\\`*_[]<>#!~|{}()+-.:@", r):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// emojiRE matches Glamour's emoji shortcodes (":smile:").
var emojiRE = regexp.MustCompile(`:[a-z0-9_+-]+:`)

// plainParagraph says whether Glamour would show paragraph text exactly as
// it is: no markup, no entity, no autolink, no emoji, no leading marker and
// no runs of spaces. Such a paragraph is laid out without Glamour, from the
// style Glamour gives any paragraph (see Renderer.paragraph); a test checks
// this against Glamour over the corpus.
func plainParagraph(s string) bool {
	if s == "" || strings.ContainsAny(s, "\\`*_[]<>&~|\t\n\r") || strings.Contains(s, "  ") ||
		strings.Contains(s, "://") || strings.Contains(s, "www.") || strings.Contains(s, "@") ||
		s[0] == ' ' || s[len(s)-1] == ' ' || emojiRE.MatchString(s) {
		return false
	}
	switch s[0] {
	case '#', '-', '+', '=', '>', '!':
		return false
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i == 0 || i == len(s) || (s[i] != '.' && s[i] != ')')
}
