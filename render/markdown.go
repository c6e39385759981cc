package render

import (
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
