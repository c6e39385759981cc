package quote

import (
	"strings"
	"unicode"

	"talks/mdtext"
	"talks/model"
)

// join says how a segment of a block follows the one before it.
type join int

const (
	joinSoft join = iota // a wrapped line: a space between Latin words, nothing for CJK
	joinLine             // a new list item: a line break
	joinPara             // after a blank line: a blank line
)

// segment is one line of a block's text without its markers: the unit that
// is split into sentences.
type segment struct {
	start, end int    // rune range of the content in Block.Text
	lead       string // the list marker as written ("- ", "  1. "), kept in quotes
	join       join
}

// segments cuts a block's text (as runes) into its lines' contents: after
// "> " markers in quotes, after list markers in lists. Blank lines are left
// out and make the next segment start a new paragraph.
func segments(kind model.Kind, r []rune) []segment {
	var segs []segment
	blank := false
	for ls := 0; ls <= len(r); {
		le := ls
		for le < len(r) && r[le] != '\n' {
			le++
		}
		cs := ls
		if kind == model.KindQuote {
			cs = skipQuoteMarkers(r, ls, le)
		}
		cs = skipSpace(r, cs, le)
		seg := segment{join: joinSoft}
		if kind == model.KindList {
			if m := listMarker(r, cs, le); m > cs {
				cs = skipSpace(r, m, le)
				seg.lead = leadOf(r[ls:m])
				seg.join = joinLine
			}
		}
		end := trimEnd(r, cs, le)
		if end == cs {
			blank = len(segs) > 0
		} else {
			if blank {
				seg.join = joinPara
				blank = false
			}
			seg.start, seg.end = cs, end
			segs = append(segs, seg)
		}
		ls = le + 1
	}
	return segs
}

// leadOf is a list item's marker as quoted: its indentation kept, a bullet
// ("*", "+", "-") written "- ", a number "1." or "1)" kept, then one space.
func leadOf(marker []rune) string {
	i := skipSpace(marker, 0, len(marker))
	m := string(marker[i:])
	if m == "*" || m == "+" {
		m = "-"
	}
	return strings.Repeat(" ", i) + m + " "
}

// skipQuoteMarkers moves past the ">" markers (and a space after each) at the
// start of the line r[i:end].
func skipQuoteMarkers(r []rune, i, end int) int {
	for {
		j := skipSpace(r, i, end)
		if j >= end || r[j] != '>' {
			return i
		}
		i = j + 1
		if i < end && r[i] == ' ' {
			i++
		}
	}
}

// listMarker is the index just past a list marker (mdtext.ListMarker) at
// r[i], or i when there is none.
func listMarker(r []rune, i, end int) int {
	m, ok := mdtext.ListMarker(string(r[i:min(end, i+12)]))
	if !ok {
		return i
	}
	return i + m.Len
}

func skipSpace(r []rune, i, end int) int {
	for i < end && unicode.IsSpace(r[i]) {
		i++
	}
	return i
}
