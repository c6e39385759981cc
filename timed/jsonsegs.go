package timed

import (
	"strings"
	"time"
)

// jsonSeg is one element of a JSON transcript's array, with the fields of
// every format it may come from.
type jsonSeg struct {
	// openai-whisper (and WhisperX, which adds speaker): seconds.
	Start *float64 `json:"start"`
	End   *float64 `json:"end"`
	Text  *string  `json:"text"`
	// WhisperX and Podcasting 2.0.
	Speaker *string `json:"speaker"`
	// whisper.cpp -oj: milliseconds, and a speaker turn with -tdrz.
	Offsets  *struct{ From, To *int64 } `json:"offsets"`
	TurnNext bool                       `json:"speaker_turn_next"`
	// Podcasting 2.0: seconds.
	StartTime *float64 `json:"startTime"`
	EndTime   *float64 `json:"endTime"`
	Body      *string  `json:"body"`
	// Bilibili BCC: seconds.
	From    *float64 `json:"from"`
	To      *float64 `json:"to"`
	Content *string  `json:"content"`
}

// format is the format the element is written in, None when it is none.
func (s *jsonSeg) format() Format {
	switch {
	case s.Offsets != nil:
		return WhisperCpp
	case s.StartTime != nil || s.EndTime != nil || s.Body != nil:
		return Podcast
	case s.Content != nil || s.From != nil || s.To != nil:
		return Bilibili
	case s.Start != nil || s.End != nil || s.Text != nil:
		return Whisper
	}
	return None
}

// cue is the element, written in format f, as a cue (Line not set), or a
// message saying why it is not one.
func (s *jsonSeg) cue(f Format) (c Cue, msg string) {
	var start, end time.Duration
	var text *string
	okStart, okEnd := false, false
	switch f {
	case WhisperCpp:
		if s.Offsets.From != nil {
			start, okStart = millis(*s.Offsets.From)
		}
		if s.Offsets.To != nil {
			end, okEnd = millis(*s.Offsets.To)
		}
		text = s.Text
	case Podcast:
		start, okStart = optSeconds(s.StartTime)
		end, okEnd = optSeconds(s.EndTime)
		text = s.Body
	case Bilibili:
		start, okStart = optSeconds(s.From)
		end, okEnd = optSeconds(s.To)
		text = s.Content
	default:
		start, okStart = optSeconds(s.Start)
		end, okEnd = optSeconds(s.End)
		text = s.Text
	}
	switch {
	case !okStart:
		return c, "segment with no start time, or a bad one, skipped"
	case !okEnd:
		return c, "segment with no end time, or a bad one, skipped"
	}
	if msg := checkTimes(start, end); msg != "" {
		return c, strings.Replace(msg, "cue", "segment", 1)
	}
	if text != nil {
		c.Text = strings.TrimSpace(clean(*text))
	}
	if s.Speaker != nil {
		c.Speaker = strings.Join(strings.Fields(clean(*s.Speaker)), " ")
	}
	c.Start, c.End = start, end
	return c, ""
}

// optSeconds is seconds of a time that may be missing.
func optSeconds(s *float64) (time.Duration, bool) {
	if s == nil {
		return 0, false
	}
	return seconds(*s)
}
