// Package loader reads transcript files, folders, URLs and standard input
// into the talk model: it decodes the text, splits volumes into talks, reads
// the metadata in headings and file names, and parses the body into blocks.
package loader

import "talks/model"

// Meta is the metadata a talk heading or a file name carries. Fields that
// are not there are zero: the parsers never guess a value that is not
// written (ParseHeading reads headings, ParseFileName reads file names).
type Meta struct {
	Event     string
	Forum     string
	Part      int
	Title     string
	Speakers  []model.Speaker
	Publisher string
	VideoID   string
}
