package loader

// Talk headings come in several dialects, all read by one grammar.
//
// A heading may open with a numbering label, which is dropped: "课程 P1：",
// "课程01：", "课程一：", "课程名称：" (the number, when there is one, is the
// part). A video id glued to the end by hyphens, underscores or spaces
// ("开幕式及全体大会--BV1PgMGzCEPC-", "… -BV1k9pAzpE8S_p1-", its part after it)
// is cut off as if it were a segment. The rest is cut into segments at " - "
// (a hyphen run with white space on both sides: the spaced dialect) or at
// runs of three or more hyphens (the slug dialect, also the style of many
// file names):
//
//	heading   = [prefix SEP] part [SEP …] [SEP publisher] [SEP video]
//	prefix    = event ["-" forum]              2024北京智源大会-大模型产业技术
//	part      = ("P" | "p") digits [sep] body  P4：…   p05-…   P4 …
//	publisher = the segment before the video   智源社区
//	video     = "BV" and 10 letters or digits  BV1HM4m1U7bM
//
// Segments between the part and the publisher belong to the body; without
// a video id there is no publisher. A body that repeats its part ("P1：p1
// Stanford CS236…") loses the repetition. A part with no body at all, after
// a prefix that names no event (see below), is the Bilibili dialect
// "title - P1 - uploader - BV…": the prefix is the body (the title, and a
// byline if it has one), the uploader is the publisher and never a speaker.
//
// When no segment opens with a part, the part may be glued inside the first
// segment, in three ways:
//
//	forum "-" ("p" | "P") digits "-" body   AI安全-p04-前沿-AI-系统…：潘旭东
//	series space "p" digits space "P" digits ("_" | …) body
//	                                       图机器学习会议 ｜ … 2024 p03 P03_Integrating_…
//	series (space | "！" | "）" | "：" …) "P" digits "：" body
//	                                       Transformers 原理细节及 NLP 任务应用！P1：L1.1 - …
//
// The first is the dialect of headings made of file names that drop the
// event: what comes before the part is the forum, unless it opens with an
// event (then it is event-forum, as in the file names
// "2025北京智源大会--AI与科学的共生未来-p01-…"). The others name the series,
// which is the event ("课程 P1：…" only numbers the talk); in the second the
// part is written twice, with the same number.
//
// A heading with a video id but no part reads as [prefix SEP] body [SEP
// publisher] SEP video: the prefix needs three segments or more, or a
// first segment of the form event-forum ("2023智源-具身智能与强化学习论坛 -
// Mercurialzs - BV…" has no body). Any other heading is a numbered note,
// "064：body" or "8 -- body" (part 64, 8; one to three digits), or a plain
// title, "AI安全". A numbered note's part and a numbering label's are weak:
// a file name's part wins over them (talkMeta, meta.go).
//
// An event is the prefix up to its first run of hyphens when that piece
// names an event: it holds a year and more than the year ("2024北京智源大会",
// "2023智源"), or ends like a conference (大会, 会议, 峰会, Summit, …; but
// "开幕式及全体大会", a plenary, is a session); the forum is the rest
// ("智慧医疗和生物系统：影像、功能与仿真" keeps its colon).
// Otherwise the whole prefix is the event, the series a video belongs to
// ("1447-七月在线-机器学习集训营15期", "Jeremy-Howard《给"), except in the
// glued forum dialect, where it is the forum. A prefix of several segments is
// the event, then the forum.
//
// In every dialect the body is split into the title and the speakers by
// splitByline (byline.go); an event written "speaker《title》" names the
// speaker when the body names nobody. The title is kept as written, emoji
// and "（P38）" included, only trimmed of spaces and dangling separators; it
// is empty only when the heading holds nothing but metadata.

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"talks/model"
)

var (
	// majorSep separates the segments of a heading; majorSeps finds the
	// same separators faster.
	majorSep = regexp.MustCompile(`[\s\x{3000}]+-+[\s\x{3000}]+|-{3,}`)
	// videoIDRe is a whole Bilibili video id.
	videoIDRe = regexp.MustCompile(`^BV[0-9A-Za-z]{10}$`)
	// gluedVideoRe is a video id glued to the end of a heading, maybe with
	// its part.
	gluedVideoRe = regexp.MustCompile(`[-_\s\x{3000}]+(BV[0-9A-Za-z]{10})(?:_[Pp][0-9]{1,4})?[-_\s\x{3000}]*$`)
	// partRe opens a part segment; its end is where the body starts.
	partRe = regexp.MustCompile(`^[Pp]([0-9]{1,4})(?:[\s\x{3000}]*[:：-]|[\s\x{3000}]|$)`)
	// gluedPartRe is a part glued between a forum and the body by hyphens.
	gluedPartRe = regexp.MustCompile(`-+[Pp]([0-9]{1,4})(?:-+|$)`)
	// seriesPartRe is a part glued after a series name; group 1 is the "P".
	seriesPartRe = regexp.MustCompile(`(?:[\s\x{3000}]+|[！!？?＞>】」』）)》：:])([Pp])([0-9]{1,4})[\s\x{3000}]*[:：]`)
	// doublePartRe is a part written twice after a series name, "… p01
	// P01_…"; the two numbers must agree.
	doublePartRe = regexp.MustCompile(`[\s\x{3000}]+[Pp]([0-9]{1,4})[\s\x{3000}]+[Pp]([0-9]{1,4})(?:[_\s\x{3000}:：-]+|$)`)
)

// maxHeadingBytes is the longest heading read for metadata (real ones are
// a few hundred bytes); a longer one is all title, which spares cutting it
// into thousands of pieces.
const maxHeadingBytes = 1 << 10

// segment is the byte range of one segment of a heading, trimmed.
type segment struct{ start, end int }

// headingParse is the metadata read from a heading or a file name, and how
// it was read.
type headingParse struct {
	Meta
	structured bool // a part, glued or not, or a video id: the dialect file names share
	weakPart   bool // the part comes from a numbered note or a numbering label
}

// ParseHeading reads the metadata in a talk heading, given without its
// leading "# ". It never fails: a heading it cannot read is a title.
func ParseHeading(heading string) Meta {
	return readHeading(heading, false).Meta
}

// readHeading reads a heading, or a file name's stem when file is set: then
// a name without separators, spaces or colons is a slug, where hyphens
// stand for spaces and punctuation.
func readHeading(heading string, file bool) (p headingParse) {
	h := strings.TrimFunc(heading, isSpace)
	if len(h) > maxHeadingBytes {
		return headingParse{Meta: Meta{Title: trimTitle(h)}} // no heading carries that much metadata
	}
	if n, rest, ok := numberingLabel(h); ok {
		p.Part, p.weakPart, h = n, true, rest
	}
	if !file && strings.Contains(h, "BV") {
		if loc := gluedVideoRe.FindStringSubmatchIndex(h); loc != nil {
			h = h[:loc[0]] + " - " + h[loc[2]:loc[3]]
		}
	}
	segs, slug := segments(h)
	slug = slug || (file && len(segs) <= 1 && !strings.ContainsFunc(h, func(r rune) bool {
		return isSpace(r) || separatorKind(r) == sepColon
	}))
	text := func(s segment) string { return h[s.start:s.end] }
	end := len(segs)
	if end > 0 && videoIDRe.MatchString(text(segs[end-1])) {
		p.VideoID = text(segs[end-1])
		end--
	}
	part := -1
	for i := range end {
		if partRe.MatchString(text(segs[i])) {
			part = i
			break
		}
	}
	// publisher takes the segment before the video when there is one after
	// the segment at; it returns the end of the body's segments.
	publisher := func(at int) int {
		if p.VideoID != "" && end-1 > at {
			p.Publisher = text(segs[end-1])
			return end - 1
		}
		return end
	}
	glued := -1 // where the body starts in the first segment with a glued part
	if part < 0 && end > 0 {
		glued = p.gluedPart(text(segs[0]))
	}
	switch {
	case part >= 0:
		p.structured = true
		loc := partRe.FindStringSubmatchIndex(text(segs[part]))
		p.setPart(text(segs[part])[loc[2]:loc[3]])
		last := publisher(part)
		body := dropRepeatedPart(h[segs[part].start+loc[1]:segs[last-1].end], p.Part)
		if part > 0 && strings.TrimFunc(body, isSeparatorOrSpace) == "" && !prefixNamesEvent(text(segs[0])) {
			body = h[segs[0].start:segs[part-1].end] // title - P1 - uploader - BV…
		} else {
			p.Event, p.Forum = prefixEventForum(h, segs[:part])
		}
		p.setBody(body, slug)
	case glued >= 0:
		last := publisher(0)
		p.setBody(h[segs[0].start+glued:segs[last-1].end], slug)
	case p.VideoID != "":
		p.structured = true
		first := 0
		if end > 0 {
			if e, f := eventForum(text(segs[0]), false); end >= 3 || f != "" {
				p.Event, p.Forum, first = e, f, 1
			}
		}
		last := publisher(0)
		if first < last {
			p.setBody(h[segs[first].start:segs[last-1].end], slug)
		}
	default:
		if n, rest, ok := numberedNote(h); ok {
			p.Part, p.weakPart, h = n, true, rest
		}
		p.Title, p.Speakers = splitByline(h, false)
	}
	return p
}

// setPart sets the part a part marker gives: it overrides a numbering
// label's.
func (p *headingParse) setPart(digits string) {
	p.Part, _ = strconv.Atoi(digits)
	p.weakPart = false
}

// setBody reads the body into the title and speakers; an event written
// "speaker《title》" names the speaker when the body names nobody.
func (p *headingParse) setBody(body string, slug bool) {
	p.Title, p.Speakers = splitByline(body, slug)
	if len(p.Speakers) == 0 {
		if name, ok := leadingSpeaker(p.Event); ok {
			p.Speakers = []model.Speaker{{Name: name, Role: model.RoleSpeaker}}
		}
	}
}

// gluedPart reads a part glued inside seg, the first segment of a heading
// (see the grammar): the part, and the event and forum before it. It
// returns where the body starts in seg, or -1 when seg has no glued part.
func (p *headingParse) gluedPart(seg string) int {
	if !hasPartMarker(seg) {
		return -1
	}
	if loc := gluedPartRe.FindStringSubmatchIndex(seg); loc != nil && loc[0] > 0 {
		p.structured = true
		p.setPart(seg[loc[2]:loc[3]])
		p.Event, p.Forum = eventForum(seg[:loc[0]], true)
		return loc[1]
	}
	if loc := doublePartRe.FindStringSubmatchIndex(seg); loc != nil && loc[0] > 0 && sameNumber(seg[loc[2]:loc[3]], seg[loc[4]:loc[5]]) {
		p.structured = true
		p.setPart(seg[loc[2]:loc[3]])
		p.Event, p.Forum = eventForum(seg[:loc[0]], false)
		return loc[1]
	}
	if loc := seriesPartRe.FindStringSubmatchIndex(seg); loc != nil && loc[2] > 0 {
		p.structured = true
		p.setPart(seg[loc[4]:loc[5]])
		if series := seg[:loc[2]]; !isNumberingWord(strings.TrimFunc(series, isSeparatorOrSpace)) {
			p.Event, p.Forum = eventForum(strings.TrimRightFunc(series, func(r rune) bool { return r == '：' || r == ':' }), false)
		}
		return loc[1]
	}
	return -1
}

// hasPartMarker reports whether s holds a "P" or "p" right before a digit,
// which every glued part has (a quick test before the regular expressions).
func hasPartMarker(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' && (s[i-1] == 'P' || s[i-1] == 'p') {
			return true
		}
	}
	return false
}

// sameNumber reports whether two runs of digits are the same number.
func sameNumber(a, b string) bool {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	return errA == nil && errB == nil && x == y
}

// dropRepeatedPart removes "p1 " from the start of the body of part 1.
func dropRepeatedPart(body string, part int) string {
	s := strings.TrimFunc(body, isSpace)
	tag := "p" + strconv.Itoa(part)
	if len(s) <= len(tag) || !strings.EqualFold(s[:len(tag)], tag) {
		return body
	}
	if r, _ := utf8.DecodeRuneInString(s[len(tag):]); !isSpace(r) {
		return body
	}
	return strings.TrimFunc(s[len(tag):], isSpace)
}

// isSeparatorOrSpace reports whether r is white space or a separator.
func isSeparatorOrSpace(r rune) bool {
	return isSpace(r) || separatorKind(r) != sepNone || r == '_'
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
