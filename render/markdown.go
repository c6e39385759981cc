package render

import (
	"regexp"
	"strings"

	"talks/model"
)

// markdown is the Markdown Glamour renders for block i of t.
func markdown(t *model.Talk, i int) string {
	bl := t.Blocks[i]
	text := clean(bl.Text)
	switch bl.Kind {
	case model.KindHeading:
		return strings.Repeat("#", min(max(bl.Level, 2), 6)) + " " + text
	case model.KindCode:
		text = clean(strings.ReplaceAll(bl.Text, "\t", "    "))
		fence := "```"
		for strings.Contains(text, fence) {
			fence += "`"
		}
		return fence + clean(bl.Lang) + "\n" + text + "\n" + fence
	case model.KindRule:
		return "---"
	}
	return text
}

// escapeMarkdown backslash-escapes the ASCII punctuation Markdown could read
// as markup, so that s renders as the text it is.
func escapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>#&!~|{}()+-.:@", r) {
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
