package loader

import "strings"

// The parser walks a file's text by byte offsets, line by line, instead of
// splitting it into a slice of lines: a slice costs 16 bytes a line, which
// for a file of blank lines is sixteen times the file.

// lineAt is the line of s that starts at byte o, without its line feed,
// and the offset of the line after it.
func lineAt(s string, o int) (line string, next int) {
	if i := strings.IndexByte(s[o:], '\n'); i >= 0 {
		return s[o : o+i], o + i + 1
	}
	return s[o:], len(s)
}

// nextLine is the offset of the line after the one that starts at o.
func nextLine(s string, o int) int {
	_, next := lineAt(s, o)
	return next
}

// lineCounter gives the 1-based line numbers of offsets met in increasing
// order, counting the line feeds between one and the next.
type lineCounter struct {
	s    string
	off  int // the last offset asked
	line int // its line number
}

// newLineCounter counts the lines of s, whose first line is line first.
func newLineCounter(s string, first int) *lineCounter {
	return &lineCounter{s: s, line: first}
}

// at is the line number of offset o; o is never before the offset asked
// before.
func (c *lineCounter) at(o int) int {
	c.line += strings.Count(c.s[c.off:o], "\n")
	c.off = o
	return c.line
}

// eachLine calls fn with every line of s (without line feeds; a final
// line feed ends the last line, not starts another).
func eachLine(s string, fn func(line string)) {
	for o := 0; o < len(s); {
		l, next := lineAt(s, o)
		fn(l)
		o = next
	}
}

// blankText is true when s holds only blank lines.
func blankText(s string) bool {
	return strings.Trim(s, " \t\n") == ""
}

// trimLines is s's lines with their trailing white space removed, blank
// lines left out when dropBlank, joined by line feeds: a slice of s when
// nothing is removed inside it, else one copy the size of the result.
func trimLines(s string, dropBlank bool) string {
	s = strings.TrimRight(s, "\n")
	size, changed := 0, false
	eachLine(s, func(l string) {
		t := strings.TrimRight(l, " \t")
		if dropBlank && t == "" {
			changed = true
			return
		}
		changed = changed || len(t) != len(l)
		size += len(t) + 1
	})
	if !changed {
		return strings.TrimRight(s, " \t")
	}
	var b strings.Builder
	b.Grow(size)
	eachLine(s, func(l string) {
		t := strings.TrimRight(l, " \t")
		if dropBlank && t == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(t)
	})
	return b.String()
}
