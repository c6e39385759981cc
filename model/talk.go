// Package model holds the talk model: the contract between the loader, which
// builds it from transcript files, and the commands and app that show it.
// It is pure data with small pure methods: no I/O, no UI.
package model

import (
	"fmt"
	"strings"
)

// Role is the part a person plays in a talk.
type Role string

// The roles a person can have in a talk.
const (
	RoleSpeaker    Role = "speaker"
	RoleHost       Role = "host"
	RoleGuest      Role = "guest"
	RoleQuestioner Role = "questioner"
)

// Label is the role's Chinese label, as transcripts write it.
func (r Role) Label() string {
	switch r {
	case RoleHost:
		return "主持人"
	case RoleGuest:
		return "嘉宾"
	case RoleQuestioner:
		return "提问嘉宾"
	default:
		return "主讲"
	}
}

// Speaker is a person who speaks in a talk, with the role they have in it.
type Speaker struct {
	Name string `json:"name"`
	Role Role   `json:"role"`
}

// Talk is one talk or lecture: its metadata and its body as ordered blocks.
type Talk struct {
	// ID is stable across runs: "<video id>-p<part>" when the talk has a video
	// ("BV1HM4m1U7bM-p4"), else a slug of its file (plus "-<n>" for the n-th
	// talk of a volume). A second talk with the same ID gets "-2", "-3", ….
	ID string
	// Event is the conference or series, such as "2024北京智源大会".
	Event string
	// Forum is the session or track within the event, such as "大模型产业技术".
	Forum string
	// Part is the part number within the forum's video (P4 → 4); 0 if unknown.
	Part int
	// Title is the talk's own title, without event, forum, speakers or ids.
	Title string
	// Speakers are the people in the talk, in the order the heading names them.
	Speakers []Speaker
	// Publisher is who published the recording, such as "智源社区".
	Publisher string
	// VideoID is the video's id on VideoSite: a Bilibili id ("BV1HM4m1U7bM")
	// or a YouTube id ("dQw4w9WgXcQ"); "" when the talk has no known video.
	VideoID string
	// VideoSite is the site VideoID belongs to; the zero value is Bilibili.
	VideoSite Site
	// VideoPage is the video's web page when it is on another site (as
	// yt-dlp's webpage_url gives it), with VideoID empty; "" otherwise.
	VideoPage string
	// Date is the day the video was published, "2024-03-15", or "".
	Date string
	// Volume is the title of the volume file the talk came from, or "".
	Volume string
	// File is the source path (or URL, or "-" for standard input).
	File string
	// Line is the 1-based line of the talk's heading in File.
	Line int
	// Heading is the talk's heading as written, without the leading "# ".
	Heading string
	// Blocks is the body in order.
	Blocks []Block
	// Images are the talk's images, numbered from 1 in order of appearance.
	Images []Image
}

// PartLabel is "P<n>", or "" when the part is unknown.
func (t *Talk) PartLabel() string {
	if t.Part <= 0 {
		return ""
	}
	return fmt.Sprintf("P%d", t.Part)
}

// SpeakerNames joins the speakers' names with "、".
func (t *Talk) SpeakerNames() string {
	names := make([]string, len(t.Speakers))
	for i, s := range t.Speakers {
		names[i] = s.Name
	}
	return strings.Join(names, "、")
}

// Paragraphs is the number of numbered blocks (see Block.Para).
func (t *Talk) Paragraphs() int {
	n := 0
	for i := range t.Blocks {
		if t.Blocks[i].Para > 0 {
			n++
		}
	}
	return n
}

// Sections are the indexes in Blocks of the talk's section headings.
func (t *Talk) Sections() []int {
	var s []int
	for i := range t.Blocks {
		if t.Blocks[i].Kind == KindHeading {
			s = append(s, i)
		}
	}
	return s
}

// BlockOfPara is the index in Blocks of paragraph n (1-based), or -1.
func (t *Talk) BlockOfPara(n int) int {
	for i := range t.Blocks {
		if t.Blocks[i].Para == n {
			return i
		}
	}
	return -1
}

// Context is "event · forum · P<n>", leaving out what is unknown.
func (t *Talk) Context() string {
	var parts []string
	for _, s := range []string{t.Event, t.Forum, t.PartLabel()} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}
