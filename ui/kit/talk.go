package kit

import "talks/model"

// OtherTalks is the group of talks with neither a volume nor an event.
const OtherTalks = "Other talks"

// GroupOf is the heading a talk is listed under: its volume, else its
// event, else OtherTalks.
func GroupOf(t *model.Talk) string {
	switch {
	case t.Volume != "":
		return t.Volume
	case t.Event != "":
		return t.Event
	}
	return OtherTalks
}

// TitleOf is what names a talk in one line: its title, else its heading,
// else its ID.
func TitleOf(t *model.Talk) string {
	switch {
	case t.Title != "":
		return t.Title
	case t.Heading != "":
		return t.Heading
	}
	return t.ID
}
