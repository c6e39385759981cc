package timed

import (
	"strings"
	"time"

	"github.com/tidwall/gjson"
)

// jsonSeg is one element of a JSON transcript's array, with the fields of
// every format it may come from; a field that is missing or null is not
// set.
type jsonSeg struct {
	// openai-whisper (and WhisperX, which adds speaker): seconds.
	start, end jsonNum
	text       jsonStr
	// WhisperX and Podcasting 2.0.
	speaker jsonStr
	// whisper.cpp -oj: offsets in milliseconds, and a speaker turn with -tdrz.
	offsets         bool
	offFrom, offTo  jsonNum
	speakerTurnNext bool
	// Podcasting 2.0: seconds.
	startTime, endTime jsonNum
	body               jsonStr
	// Bilibili BCC: seconds.
	from, to jsonNum
	content  jsonStr
	// badField and badType say which field, the first, had a value of the
	// wrong type ("start" holding a string).
	badField, badType string
}

// jsonNum is a number that may be missing.
type jsonNum struct {
	v  float64
	ok bool
}

// jsonStr is a string that may be missing.
type jsonStr struct {
	v  string
	ok bool
}

// readSeg reads one array element; ok is false when it is not an object.
func readSeg(el gjson.Result) (s jsonSeg, ok bool) {
	if !el.IsObject() {
		return s, false
	}
	el.ForEach(func(k, v gjson.Result) bool {
		switch k.Str {
		case "start":
			s.start = s.num(k.Str, v)
		case "end":
			s.end = s.num(k.Str, v)
		case "text":
			s.text = s.str(k.Str, v)
		case "speaker":
			s.speaker = s.str(k.Str, v)
		case "offsets":
			if v.IsObject() {
				s.offsets = true
				s.offFrom = s.num("offsets.from", v.Get("from"))
				s.offTo = s.num("offsets.to", v.Get("to"))
			} else {
				s.wrong(k.Str, v)
			}
		case "speaker_turn_next":
			s.speakerTurnNext = v.Type == gjson.True
		case "startTime":
			s.startTime = s.num(k.Str, v)
		case "endTime":
			s.endTime = s.num(k.Str, v)
		case "body":
			s.body = s.str(k.Str, v)
		case "from":
			s.from = s.num(k.Str, v)
		case "to":
			s.to = s.num(k.Str, v)
		case "content":
			s.content = s.str(k.Str, v)
		}
		return true
	})
	return s, true
}

// num reads a number field.
func (s *jsonSeg) num(field string, v gjson.Result) jsonNum {
	switch v.Type {
	case gjson.Number:
		return jsonNum{v.Num, true}
	case gjson.Null:
		return jsonNum{}
	}
	s.wrong(field, v)
	return jsonNum{}
}

// str reads a string field.
func (s *jsonSeg) str(field string, v gjson.Result) jsonStr {
	switch v.Type {
	case gjson.String:
		return jsonStr{v.Str, true}
	case gjson.Null:
		return jsonStr{}
	}
	s.wrong(field, v)
	return jsonStr{}
}

// wrong notes a field with a value of the wrong type, the first one.
func (s *jsonSeg) wrong(field string, v gjson.Result) {
	if s.badField != "" || v.Type == gjson.Null {
		return
	}
	s.badField, s.badType = field, jsonType(v)
}

// jsonType names a value's JSON type.
func jsonType(v gjson.Result) string {
	switch {
	case v.IsObject():
		return "object"
	case v.IsArray():
		return "array"
	case v.Type == gjson.String:
		return "string"
	case v.Type == gjson.Number:
		return "number"
	case v.Type == gjson.True, v.Type == gjson.False:
		return "bool"
	}
	return "null"
}

// format is the format the element is written in, None when it is none.
func (s *jsonSeg) format() Format {
	switch {
	case s.offsets:
		return WhisperCpp
	case s.startTime.ok || s.endTime.ok || s.body.ok:
		return Podcast
	case s.content.ok || s.from.ok || s.to.ok:
		return Bilibili
	case s.start.ok || s.end.ok || s.text.ok:
		return Whisper
	}
	return None
}

// toCue is the element, written in format f, as a cue (Line not set), or a
// message saying why it is not one.
func (s *jsonSeg) toCue(f Format) (c cue, msg string) {
	if s.badField != "" {
		return c, "segment field \"" + s.badField + "\" holds a " + s.badType + ", segment skipped"
	}
	var start, end time.Duration
	var text jsonStr
	okStart, okEnd := false, false
	switch f {
	case WhisperCpp:
		start, okStart = msOf(s.offFrom)
		end, okEnd = msOf(s.offTo)
		text = s.text
	case Podcast:
		start, okStart = secondsOf(s.startTime)
		end, okEnd = secondsOf(s.endTime)
		text = s.body
	case Bilibili:
		start, okStart = secondsOf(s.from)
		end, okEnd = secondsOf(s.to)
		text = s.content
	default:
		start, okStart = secondsOf(s.start)
		end, okEnd = secondsOf(s.end)
		text = s.text
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
	c.Text = strings.TrimSpace(clean(text.v))
	c.Speaker = oneLine(s.speaker.v)
	c.Start, c.End = start, end
	return c, ""
}

// secondsOf is seconds of a time that may be missing.
func secondsOf(n jsonNum) (time.Duration, bool) {
	if !n.ok {
		return 0, false
	}
	return seconds(n.v)
}

// msOf is milliseconds of a time that may be missing; a fraction of a
// millisecond is dropped.
func msOf(n jsonNum) (time.Duration, bool) {
	if !n.ok || n.v != n.v || n.v < 0 || n.v > float64(maxTime.Milliseconds()) {
		return 0, false
	}
	return millis(int64(n.v))
}
