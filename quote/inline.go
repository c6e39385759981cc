package quote

import (
	"regexp"
	"strings"
)

// Inline Markdown that a reader does not see as such, and so does not quote.
var (
	inlineImage = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	inlineLink  = regexp.MustCompile(`\[([^\]]+)\]\([^)\s]+\)`)
	inlineCode  = regexp.MustCompile("`([^`]*)`")
	escaped     = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
)

// unmark removes the inline Markdown of s, as the reading pane shows it:
// "**" (bold, paired or not, since a sentence may cut a bold run in two),
// code ticks, link targets (the link text stays), images, and backslash
// escapes. Single "*" and "_" stay: in transcripts they are more often
// text ("A*", "fp8_e4m3") than emphasis.
func unmark(s string) string {
	if !strings.ContainsAny(s, "*`[\\") {
		return s
	}
	s = inlineImage.ReplaceAllString(s, "")
	s = inlineLink.ReplaceAllString(s, "$1")
	s = inlineCode.ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, "**", "")
	return escaped.ReplaceAllString(s, "$1")
}
