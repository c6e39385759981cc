// Package mdtext holds the rules of transcript text that several packages
// apply, so that each is written once: what starts a list item
// (ListMarker), whether joining two lines of a paragraph takes a space
// (JoinSpace, IsCJK) and where a URL in running text starts and ends
// (URLs).
package mdtext

// Marker is a list item's marker at the start of a line.
type Marker struct {
	Len    int    // bytes of the marker, without the space after it
	Bullet byte   // '-', '*' or '+'; 0 for a numbered item
	Number string // a numbered item's digits ("1", "12"), as written
	Delim  byte   // '.' or ')' after the number
}

// ListMarker reads the list item marker at the start of s (without its
// indentation), as CommonMark does: a bullet ("-", "*", "+") or one to nine
// digits and "." or ")", followed by a space, a tab or the end of s.
func ListMarker(s string) (Marker, bool) {
	var m Marker
	switch {
	case s == "":
		return m, false
	case s[0] == '-' || s[0] == '*' || s[0] == '+':
		m = Marker{Len: 1, Bullet: s[0]}
	default:
		d := 0
		for d < len(s) && d < 10 && s[d] >= '0' && s[d] <= '9' {
			d++
		}
		if d == 0 || d > 9 || d == len(s) || (s[d] != '.' && s[d] != ')') {
			return Marker{}, false
		}
		m = Marker{Len: d + 1, Number: s[:d], Delim: s[d]}
	}
	if m.Len < len(s) && s[m.Len] != ' ' && s[m.Len] != '\t' {
		return Marker{}, false
	}
	return m, true
}
