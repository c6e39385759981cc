package loader

// Talk headings come in several dialects, all read by one grammar.
//
// A heading is first cut into segments at " - " (a hyphen run with white
// space on both sides: the spaced dialect) or at runs of three or more
// hyphens (the slug dialect, also the style of many file names):
//
//	heading   = [prefix SEP] part [SEP …] [SEP publisher] [SEP video]
//	prefix    = event ["-" forum]              2024北京智源大会-大模型产业技术
//	part      = ("P" | "p") digits [sep] body  P4：…   p05-…   P4 …
//	publisher = the segment before the video   智源社区
//	video     = "BV" and 10 letters or digits  BV1HM4m1U7bM
//
// Segments between the part and the publisher belong to the body; without
// a video id there is no publisher. A heading with a video id but no part
// reads as [prefix SEP] body [SEP publisher] SEP video (the prefix needs
// three segments or more). Any other heading is a numbered note,
// "064：body" (part 64; one to three digits, then a colon), or a plain
// title, "AI安全". The event is the prefix up to its first hyphen, the forum
// the rest ("智慧医疗和生物系统：影像、功能与仿真" keeps its colon).
//
// In every dialect the body is split into the title and the speakers by
// splitByline (byline.go). The title is kept as written, emoji and "（P38）"
// included, only trimmed of spaces and dangling separators; it is empty only
// when the heading holds nothing but metadata.

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	// majorSep separates the segments of a heading; majorSeps finds the
	// same separators faster.
	majorSep = regexp.MustCompile(`[\s\x{3000}]+-+[\s\x{3000}]+|-{3,}`)
	// videoIDRe is a whole Bilibili video id.
	videoIDRe = regexp.MustCompile(`^BV[0-9A-Za-z]{10}$`)
	// partRe opens a part segment; its end is where the body starts.
	partRe = regexp.MustCompile(`^[Pp]([0-9]{1,4})(?:[\s\x{3000}]*[:：-]|[\s\x{3000}]|$)`)
	// numberedRe opens a numbered note.
	numberedRe = regexp.MustCompile(`^([0-9]{1,3})[\s\x{3000}]*[:：]`)
)

// maxHeadingBytes is the longest heading read for metadata (real ones are
// a few hundred bytes); a longer one is all title, which spares cutting it
// into thousands of pieces.
const maxHeadingBytes = 1 << 10

// segment is the byte range of one segment of a heading, trimmed.
type segment struct{ start, end int }

// ParseHeading reads the metadata in a talk heading, given without its
// leading "# ". It never fails: a heading it cannot read is a title.
func ParseHeading(heading string) Meta {
	m, _ := parseHeading(heading)
	return m
}

// parseHeading is ParseHeading; structured reports whether the heading has
// a part segment or a video id (the dialect file names share).
func parseHeading(heading string) (m Meta, structured bool) {
	h := strings.TrimFunc(heading, isSpace)
	if len(h) > maxHeadingBytes {
		return Meta{Title: trimTitle(h)}, false // no heading carries that much metadata
	}
	segs, slug := segments(h)
	text := func(s segment) string { return h[s.start:s.end] }
	end := len(segs)
	if end > 0 && videoIDRe.MatchString(text(segs[end-1])) {
		m.VideoID = text(segs[end-1])
		end--
	}
	part := -1
	for i := range end {
		if partRe.MatchString(text(segs[i])) {
			part = i
			break
		}
	}
	switch {
	case part >= 0:
		m.Event, m.Forum = eventForum(h, segs[:part])
		last := end
		if m.VideoID != "" && end-1 > part {
			m.Publisher = text(segs[end-1])
			last--
		}
		loc := partRe.FindStringSubmatchIndex(text(segs[part]))
		m.Part, _ = strconv.Atoi(text(segs[part])[loc[2]:loc[3]])
		body := h[segs[part].start+loc[1] : segs[last-1].end]
		m.Title, m.Speakers = splitByline(body, slug)
		return m, true
	case m.VideoID != "":
		first, last := 0, end
		if end >= 3 {
			m.Event, m.Forum = eventForum(h, segs[:1])
			first = 1
		}
		if end >= 2 {
			m.Publisher = text(segs[end-1])
			last--
		}
		if first < last {
			m.Title, m.Speakers = splitByline(h[segs[first].start:segs[last-1].end], slug)
		}
		return m, true
	}
	if loc := numberedRe.FindStringSubmatchIndex(h); loc != nil {
		m.Part, _ = strconv.Atoi(h[loc[2]:loc[3]])
		h = h[loc[1]:]
	}
	m.Title, m.Speakers = splitByline(h, false)
	return m, false
}

// segments cuts h at its major separators, dropping empty segments; slug
// reports whether every separator was a bare run of three or more hyphens.
func segments(h string) (segs []segment, slug bool) {
	start := 0
	add := func(end int) {
		s := strings.TrimFunc(h[start:end], isSpace)
		if s == "" {
			return
		}
		lead := strings.Index(h[start:end], s)
		segs = append(segs, segment{start + lead, start + lead + len(s)})
	}
	seps := majorSeps(h)
	slug = len(seps) > 0
	for _, loc := range seps {
		add(loc[0])
		start = loc[1]
		slug = slug && h[loc[0]] == '-'
	}
	add(len(h))
	return segs, slug
}

// eventForum reads the segments before the part: the event, and the forum
// after the first hyphen (or in the later segments).
func eventForum(h string, segs []segment) (event, forum string) {
	if len(segs) == 0 {
		return "", ""
	}
	if len(segs) > 1 {
		return h[segs[0].start:segs[0].end], h[segs[1].start:segs[len(segs)-1].end]
	}
	prefix := h[segs[0].start:segs[0].end]
	trim := func(s string) string {
		return strings.TrimFunc(s, func(r rune) bool { return isSpace(r) || r == '-' })
	}
	if before, after, ok := strings.Cut(prefix, "-"); ok && trim(before) != "" && trim(after) != "" {
		return trim(before), trim(after)
	}
	return trim(prefix), ""
}
