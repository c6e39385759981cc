package render

import (
	"strings"

	"talks/mdtext"
)

// tooDeep says whether some line of Markdown md may nest lists and quotes
// more than maxNesting levels deep. It over-estimates, never under: every
// '>' and list marker at the start of a line counts as a level, and so do
// every two columns of indentation (a nested list item is indented at
// least two columns more than its parent).
func tooDeep(md string) bool {
	for line := range strings.SplitSeq(md, "\n") {
		if nesting(line) > maxNesting {
			return true
		}
	}
	return false
}

// nesting is the upper bound of the nesting depth at the start of line
// that tooDeep uses.
func nesting(line string) int {
	levels, cols := 0, 0
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ':
			cols++
			i++
		case c == '\t':
			cols += 4
			i++
		case c == '>':
			levels++
			i++
			if i < len(line) && line[i] == ' ' { // part of the marker
				i++
			}
		default:
			n := listMarker(line[i:])
			if n == 0 {
				return levels + (cols+1)/2
			}
			levels++
			i += n
		}
	}
	return levels + (cols+1)/2
}

// listMarker is the length of the list marker (mdtext.ListMarker) with the
// space after it at the start of s, or 0.
func listMarker(s string) int {
	m, ok := mdtext.ListMarker(s)
	switch {
	case !ok:
		return 0
	case m.Len < len(s):
		return m.Len + 1
	}
	return m.Len
}

// plainLines shows Markdown md as plain text, one paragraph line per line
// of it, without its indentation: what a block nested too deeply for
// Glamour is shown as. Its markers are kept as text.
func (r *Renderer) plainLines(md string) []string {
	var out []string
	for line := range strings.SplitSeq(md, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			out = append(out, "")
			continue
		}
		out = append(out, r.glam.paragraph(line))
	}
	return trimBlank(out)
}
