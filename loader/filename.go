package loader

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// File names carry metadata in two styles, tried in this order after the
// text extension (.md, .markdown, .txt) is removed:
//
//   - A heading: the spaced, slug or glued dialect of heading.go, when the
//     name has a part (a segment, or glued: "-p05-") or a video id
//     ("2024北京智源大会-大模型产业技术---P4-…-黄文灏---智源社区---BV1HM4m1U7bM",
//     "2025示例大会-数据与开源-p05-数据卡片的工具链"). A name with no separator,
//     space or colon is a slug: its hyphens stand for spaces and punctuation. The
//     video id may be glued to what comes before it and be followed by the
//     part and a suffix: "…--BV14FNWzuEfo_p3-_note", "…---BV14X4y1b7Jd_note",
//     "…--BV1PgMGzCEPC-"; it is read as its own segment (cut off like the
//     name's other segments, or like " - " when it has none), and "_p3"
//     gives the part when the rest of the name does not. A name may start with a
//     hyphen ("-2023北京智源大会-AI生命科学---P1---Mercurialzs---BV…").
//   - A series number: an ASCII series name starting with a letter, "-" or
//     "_", and a number of one to three digits ("ptcon-2025-068" → series
//     "ptcon-2025" as the event, part 68). A number of four digits is a
//     year, not a part.
//
// Any other name carries no metadata and gives the zero Meta: the parser
// does not make a title out of a file name.

var (
	// fileVideoRe is a video id that ends a name: the id, the part after
	// "_p", then a suffix ("-_note").
	fileVideoRe = regexp.MustCompile(`^(BV[0-9A-Za-z]{10})(?:_[Pp]([0-9]{1,4}))?(?:[-_.\s].*)?$`)
	// seriesRe is the series-number style.
	seriesRe = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)[-_]([0-9]{1,3})$`)
)

// textExts are the extensions of transcript files.
var textExts = map[string]bool{".md": true, ".markdown": true, ".txt": true}

// ParseFileName reads the metadata a file name carries, such as
// "2025北京智源大会-AI安全--BV14FNWzuEfo_p3-_note.md"; name is the base name.
// Fields the name does not hold are zero (see the styles above).
func ParseFileName(name string) Meta {
	return readFileName(name).Meta
}

// readFileName is ParseFileName, telling too whether the part is weak.
func readFileName(name string) headingParse {
	stem := strings.TrimFunc(name, isSpace)
	if ext := filepath.Ext(stem); textExts[strings.ToLower(ext)] {
		stem = strings.TrimSuffix(stem, ext)
	}
	videoPart := 0
	if before, id, part, ok := findFileVideo(stem); ok {
		videoPart, _ = strconv.Atoi(part)
		stem = id
		if before = strings.TrimRight(before, "-_ \t"); before != "" {
			sep := " - " // the separator of the name's own segments
			if _, slug := segments(before); slug {
				sep = "---"
			}
			stem = before + sep + id
		}
	}
	if p := readHeading(stem, true); p.structured {
		if p.Part == 0 {
			p.Part = videoPart
		}
		return p
	}
	if s := seriesRe.FindStringSubmatch(stem); s != nil {
		n, _ := strconv.Atoi(s[2])
		return headingParse{Meta: Meta{Event: s[1], Part: n}}
	}
	return headingParse{}
}

// findFileVideo finds the last video id of a name that ends it (see
// fileVideoRe), at the start of the name or after "-", "_" or white space:
// what comes before it, the id, and the part after "_p" ("" when none).
func findFileVideo(stem string) (before, id, part string, ok bool) {
	for end := len(stem); ; {
		i := strings.LastIndex(stem[:end], "BV")
		if i < 0 {
			return "", "", "", false
		}
		if i == 0 || strings.IndexByte("-_ \t\n\f\r", stem[i-1]) >= 0 {
			if s := fileVideoRe.FindStringSubmatch(stem[i:]); s != nil {
				return stem[:i], s[1], s[2], true
			}
		}
		end = i
	}
}
