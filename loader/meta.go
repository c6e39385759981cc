// Package loader reads transcript files, folders, URLs and standard input
// into the talk model: it decodes the text, splits volumes into talks, reads
// the metadata in headings and file names, and parses the body into blocks.
package loader

import "talks/model"

// Meta is the metadata a talk heading or a file name carries. Fields that
// are not there are zero: the parsers never guess a value that is not
// written (ParseHeading reads headings, ParseFileName reads file names).
type Meta struct {
	Event     string          // the conference or series: "2024北京智源大会", "ptcon-2025"
	Forum     string          // the session or track: "大模型产业技术"
	Part      int             // P4 → 4, "064：…" → 64; 0 when not written
	Title     string          // the talk's own title, as written
	Speakers  []model.Speaker // in the order written; nil when none
	Publisher string          // who published the video: "智源社区"
	VideoID   string          // the Bilibili video id: "BV1HM4m1U7bM"
}
