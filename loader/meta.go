// Package loader reads transcript files, folders, URLs and standard input
// into the talk model: it decodes the text, splits volumes into talks, reads
// the metadata in headings and file names, and parses the body into blocks.
package loader

import (
	"strings"

	"talks/model"
)

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

// talkMeta is the metadata of a talk: what its heading says (hasHeading:
// the talk has one), completed from the name of its file when the file
// holds this talk alone (onlyTalk). The heading comes first; the file name
// fills what it lacks, with three rules:
//   - the event and the forum go together: the file gives both when the
//     heading has neither, the event when the heading's forum is the file's
//     ("AI安全-p04-…" in "2025北京智源大会-AI安全-p04-…"), the forum when the
//     heading's event is the file's;
//   - the part goes with the video: a file name that gives the video id the
//     heading lacks gives its part too ("课程 71：…" in "…---P1---…---BV…" is
//     part 1 of that video); and a file's part wins over the weak part of a
//     numbered note or a numbering label ("39：…" in "ucb-cs285-rl-38.md");
//   - the title, the speakers, the publisher and the video id each come from
//     the file name when the heading has none; but a speaker the file name
//     finds in what the heading, read with its punctuation, calls its title
//     is a title word ("Lecture-7---Regulatory-Genomics" beside the heading
//     "P7：Lecture 7 - Regulatory Genomics" names nobody).
func talkMeta(heading string, hasHeading bool, fileName string, onlyTalk bool) Meta {
	var h headingParse
	if hasHeading {
		h = readHeading(heading, false)
	}
	if !onlyTalk {
		return h.Meta
	}
	return merge(h, readFileName(fileName).Meta)
}

// merge completes the heading's metadata h from the file name's f (see
// talkMeta).
func merge(h headingParse, f Meta) Meta {
	m := h.Meta
	switch {
	case m.Event == "" && m.Forum == "":
		m.Event, m.Forum = f.Event, f.Forum
	case m.Event == "" && m.Forum == f.Forum:
		m.Event = f.Event
	case m.Forum == "" && m.Event == f.Event:
		m.Forum = f.Forum
	}
	switch {
	case m.VideoID == "" && f.VideoID != "" && f.Part > 0:
		m.Part = f.Part
	case m.Part == 0 || (h.weakPart && f.Part > 0):
		m.Part = f.Part
	}
	if m.Title == "" {
		m.Title = f.Title
	}
	if len(m.Speakers) == 0 && !namedInTitle(m.Title, f.Speakers) {
		m.Speakers = f.Speakers
	}
	if m.Publisher == "" {
		m.Publisher = f.Publisher
	}
	if m.VideoID == "" {
		m.VideoID = f.VideoID
	}
	return m
}

// namedInTitle reports whether one of the speakers is named in the title,
// letters compared as IDs are (slug).
func namedInTitle(title string, speakers []model.Speaker) bool {
	t := "-" + slug(title) + "-"
	for _, sp := range speakers {
		if strings.Contains(t, "-"+slug(sp.Name)+"-") || (!strings.ContainsFunc(sp.Name, isSpace) && strings.Contains(t, slug(sp.Name))) {
			return true
		}
	}
	return false
}
