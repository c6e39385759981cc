package loader

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// File names carry metadata in four styles, tried in this order after the
// text extension (.md, .markdown, .txt) is removed:
//
//   - A heading: the spaced or slug dialect of heading.go, when the name has
//     a part segment or a video id segment
//     ("2024北京智源大会-大模型产业技术---P4-…-黄文灏---智源社区---BV1HM4m1U7bM").
//   - A video note: event-forum, hyphens, the video id, "_p" and the part,
//     then anything ("2025北京智源大会-AI安全--BV14FNWzuEfo_p3-_note").
//   - A part slug: event-forum, "-p" or "-P" and the part, then the title
//     and speakers as in a slug heading ("2025示例大会-数据与开源-p05-数据卡片的工具链").
//   - A series number: an ASCII series name starting with a letter, "-" or
//     "_", and a number of one to three digits ("ptcon-2025-068" → series
//     "ptcon-2025" as the event, part 68). A number of four digits is a
//     year, not a part.
//
// Any other name carries no metadata and gives the zero Meta: the parser
// does not make a title out of a file name.

var (
	// videoNoteRe is the video-note style.
	videoNoteRe = regexp.MustCompile(`^(.*?)[-_\s]*(BV[0-9A-Za-z]{10})(?:_[Pp]([0-9]{1,4}))?(?:[-_.\s].*)?$`)
	// partSlugRe is the part-slug style.
	partSlugRe = regexp.MustCompile(`^(.+?)-[Pp]([0-9]{1,4})(?:-+(.*))?$`)
	// seriesRe is the series-number style.
	seriesRe = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)[-_]([0-9]{1,3})$`)
)

// textExts are the extensions of transcript files.
var textExts = map[string]bool{".md": true, ".markdown": true, ".txt": true}

// ParseFileName reads the metadata a file name carries, such as
// "2025北京智源大会-AI安全--BV14FNWzuEfo_p3-_note.md"; name is the base name.
// Fields the name does not hold are zero (see the styles above).
func ParseFileName(name string) Meta {
	stem := strings.TrimFunc(name, isSpace)
	if ext := filepath.Ext(stem); textExts[strings.ToLower(ext)] {
		stem = strings.TrimSuffix(stem, ext)
	}
	if m, structured := parseHeading(stem); structured {
		return m
	}
	if s := videoNoteRe.FindStringSubmatch(stem); s != nil {
		var m Meta
		m.Event, m.Forum = eventForum(s[1], []segment{{0, len(s[1])}})
		m.VideoID = s[2]
		m.Part, _ = strconv.Atoi(s[3])
		return m
	}
	if s := partSlugRe.FindStringSubmatch(stem); s != nil {
		var m Meta
		m.Event, m.Forum = eventForum(s[1], []segment{{0, len(s[1])}})
		m.Part, _ = strconv.Atoi(s[2])
		m.Title, m.Speakers = splitByline(s[3], true)
		return m
	}
	if s := seriesRe.FindStringSubmatch(stem); s != nil {
		n, _ := strconv.Atoi(s[2])
		return Meta{Event: s[1], Part: n}
	}
	return Meta{}
}
