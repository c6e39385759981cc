package loader

import (
	"regexp"
	"strings"
	"unicode"
)

// This file reads the prefix of a heading, what comes before its part: the
// event and the forum (see the grammar in heading.go).

// yearRe finds a year in a prefix.
var yearRe = regexp.MustCompile(`(?:^|[^0-9])(?:19|20)[0-9]{2}(?:[^0-9]|$)`)

// eventEnds end the names of conferences.
var eventEnds = []string{"大会", "会议", "峰会", "年会", "Summit", "Conference", "Symposium", "Workshop"}

// eventLike reports whether s names an event: it holds a year and more than
// the year ("2024北京智源大会", "2023智源"; "2024" alone is not one), or ends
// like a conference ("开幕式及全体大会", a plenary, is a session of one).
func eventLike(s string) bool {
	if yearRe.MatchString(s) && strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && !isSpace(r) }) {
		return true
	}
	if strings.HasSuffix(s, "全体大会") {
		return false
	}
	for _, end := range eventEnds {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

// trimDashes trims spaces and hyphens from both ends of s.
func trimDashes(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return isSpace(r) || r == '-' })
}

// firstPiece is s up to its first run of hyphens, and the rest after it.
func firstPiece(s string) (first, rest string) {
	s = trimDashes(s)
	i := strings.IndexByte(s, '-')
	if i < 0 {
		return s, ""
	}
	return trimDashes(s[:i]), trimDashes(s[i:])
}

// prefixNamesEvent reports whether a prefix opens with an event.
func prefixNamesEvent(prefix string) bool {
	first, _ := firstPiece(prefix)
	return eventLike(first)
}

// eventForum reads one prefix segment: event-forum when it opens with an
// event, else all event, or all forum in the glued forum dialect.
func eventForum(prefix string, glued bool) (event, forum string) {
	if first, rest := firstPiece(prefix); rest != "" && eventLike(first) {
		return first, rest
	}
	p := trimDashes(prefix)
	if glued && !eventLike(p) {
		return "", p
	}
	return p, ""
}

// prefixEventForum reads the segments of h before a part: one segment as
// eventForum does, several as the event and then the forum.
func prefixEventForum(h string, segs []segment) (event, forum string) {
	switch len(segs) {
	case 0:
		return "", ""
	case 1:
		return eventForum(h[segs[0].start:segs[0].end], false)
	}
	return trimDashes(h[segs[0].start:segs[0].end]), trimDashes(h[segs[1].start:segs[len(segs)-1].end])
}
