// Package loader reads transcript files, folders, URLs and standard input
// into the talk model: it decodes the text, splits volumes into talks, reads
// the metadata in headings and file names, and parses the body into blocks.
package loader

import "talks/model"

// Meta is the metadata a talk heading or a file name carries. Fields that
// are not there are zero.
type Meta struct {
	Event     string
	Forum     string
	Part      int
	Title     string
	Speakers  []model.Speaker
	Publisher string
	VideoID   string
}

// ParseHeading reads the metadata in a talk heading, given without its
// leading "# ".
func ParseHeading(heading string) Meta {
	// Stub: the heading dialects are being written in heading.go.
	return Meta{Title: heading}
}

// ParseFileName reads the metadata a file name carries, such as
// "2025北京智源大会-AI安全--BV14FNWzuEfo_p3-_note.md"; name is the base name.
func ParseFileName(name string) Meta {
	// Stub: being written in filename.go.
	return Meta{}
}
