package loader

import "strings"

// This file classifies single Markdown lines: the small subset of
// CommonMark the transcripts use.

// blank is true for a line of only spaces and tabs.
func blank(l string) bool {
	return strings.TrimLeft(l, " \t") == ""
}

// indent is the width of a line's leading white space (a tab counts 4).
func indent(l string) int {
	w := 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case ' ':
			w++
		case '\t':
			w += 4 - w%4
		default:
			return w
		}
	}
	return w
}

// unindent drops up to 3 leading spaces; ok is false when the line is
// indented 4 or more (indented code, or a continuation).
func unindent(l string) (string, bool) {
	if indent(l) >= 4 {
		return l, false
	}
	return strings.TrimLeft(l, " "), true
}

// atxHeading reads "## text": its level and text without the "#"s (and
// without a closing run of "#"s).
func atxHeading(l string) (level int, text string, ok bool) {
	s, ok := unindent(l)
	if !ok || !strings.HasPrefix(s, "#") {
		return 0, "", false
	}
	level = len(s) - len(strings.TrimLeft(s, "#"))
	rest := s[level:]
	if level > 6 || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return 0, "", false
	}
	text = strings.TrimSpace(rest)
	if t := strings.TrimRight(text, "#"); t != text && (t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t")) {
		text = strings.TrimSpace(t)
	}
	return level, text, true
}

// fence is an open code fence: its character, length and language.
type fence struct {
	char byte
	n    int
	lang string
}

// openFence reads a fence opening line: ``` or ~~~ (3 or more), with an
// optional info string whose first word is the language.
func openFence(l string) (fence, bool) {
	s, ok := unindent(l)
	if !ok || len(s) < 3 || (s[0] != '`' && s[0] != '~') {
		return fence{}, false
	}
	c := s[0]
	n := len(s) - len(strings.TrimLeft(s, string(c)))
	if n < 3 {
		return fence{}, false
	}
	info := strings.TrimSpace(s[n:])
	if c == '`' && strings.Contains(info, "`") {
		return fence{}, false
	}
	f := fence{char: c, n: n}
	if fields := strings.Fields(info); len(fields) > 0 {
		f.lang = fields[0]
	}
	return f, true
}

// closes is true when l closes the fence f.
func (f fence) closes(l string) bool {
	s, ok := unindent(l)
	if !ok {
		return false
	}
	n := len(s) - len(strings.TrimLeft(s, string(f.char)))
	return n >= f.n && blank(s[n:])
}

// rule is true for a thematic break: three or more "-", "*" or "_", alone
// on the line but for spaces.
func rule(l string) bool {
	s, ok := unindent(l)
	if !ok || s == "" || (s[0] != '-' && s[0] != '*' && s[0] != '_') {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case s[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// item is what a list item line starts with.
type item struct {
	marker byte // '-', '*' or '+' for a bullet, '.' or ')' after a number
	first  bool // a bullet or the number 1
	empty  bool // no text after the marker
}

// listItem reads a list item marker ("- ", "* ", "+ ", "1. ", "1) ").
// CommonMark lets only a non-empty first item interrupt a paragraph, and a
// new marker starts a new list.
func listItem(l string) (item, bool) {
	s, ok := unindent(l)
	if !ok || s == "" {
		return item{}, false
	}
	var it item
	var rest string
	switch {
	case s[0] == '-' || s[0] == '*' || s[0] == '+':
		it, rest = item{marker: s[0], first: true}, s[1:]
	default:
		d := len(s) - len(strings.TrimLeft(s, "0123456789"))
		if d == 0 || d > 9 || d == len(s) || (s[d] != '.' && s[d] != ')') {
			return item{}, false
		}
		it, rest = item{marker: s[d], first: s[:d] == "1"}, s[d+1:]
	}
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return item{}, false
	}
	it.empty = blank(rest)
	return it, true
}

// quote is true for a block quote line ("> text").
func quote(l string) bool {
	s, ok := unindent(l)
	return ok && strings.HasPrefix(s, ">")
}
