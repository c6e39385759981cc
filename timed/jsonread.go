package timed

import (
	"encoding/json"
	"errors"
	"strings"

	"github.com/tidwall/gjson"
)

// arrayKeys are the keys whose array holds a JSON transcript's segments.
var arrayKeys = map[string]bool{"segments": true, "transcription": true, "body": true}

// infoKeys are keys only yt-dlp's metadata has.
var infoKeys = map[string]bool{"extractor": true, "extractor_key": true, "webpage_url": true, "formats": true}

// parseJSON reads a JSON transcript: an object with a "segments",
// "transcription" or "body" array, or an array of segments alone. The
// format is told by the segments' fields (the first that has one), and
// segments of no format are passed over. A segment with a bad time is
// reported at its line and skipped. Broken JSON is reported at the line
// where it breaks, and the whole segments before it are kept. syntax is
// true (and the problem reported) when the text is not JSON, or breaks
// before its first segment: the caller may leave it to the Markdown reader.
//
// gjson reads the text without building it, some times faster than
// encoding/json, which only finds where broken JSON breaks.
func parseJSON(text string, p *problems) (cues []cue, f Format, syntax bool) {
	r := &jsonReader{text: text, p: p, line: 1}
	broken, at := -1, ""
	if !gjson.Valid(text) {
		if broken, at = syntaxError(text); broken >= 0 {
			text = text[:broken]
		}
	}
	root := gjson.Parse(text)
	info := false
	switch {
	case root.IsArray():
		cues, f = r.array(root, broken)
	case root.IsObject():
		root.ForEach(func(k, v gjson.Result) bool {
			info = info || infoKeys[k.Str]
			if arrayKeys[k.Str] && v.IsArray() && f == None {
				cues, f = r.array(v, broken)
			}
			return true
		})
	case broken < 0:
		p.add(1, NotTranscript+": JSON that is not an object or an array")
		return nil, OtherJSON, true
	}
	if broken >= 0 {
		if len(cues) == 0 {
			p.add(r.lineAt(broken), "%s: invalid JSON (%s)", NotTranscript, at)
			return nil, OtherJSON, true
		}
		p.add(r.lineAt(broken), "invalid JSON (%s), segments after it skipped", at)
	}
	if f == None {
		f = OtherJSON
		if info {
			f = InfoJSON
		}
	}
	return cues, f, false
}

// syntaxError is the offset where broken JSON breaks and what is wrong
// there; -1 when encoding/json takes it for JSON after all (it lets bytes
// that are not UTF-8 pass).
func syntaxError(text string) (int, string) {
	var v json.RawMessage
	err := json.Unmarshal([]byte(text), &v)
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se) && int(se.Offset) < len(text):
		return max(int(se.Offset)-1, 0), se.Error()
	case err != nil:
		return len(text), "the JSON ends too soon"
	}
	return -1, ""
}

// jsonReader keeps the line count as segments are read in order.
type jsonReader struct {
	text string
	p    *problems
	pos  int // lineAt's place in text
	line int // the line at pos
}

// array reads the segments of an array. When the JSON breaks (broken ≥ 0,
// the array cut there), the last element, which the break cuts short, is
// left out.
func (r *jsonReader) array(arr gjson.Result, broken int) (cues []cue, f Format) {
	turn := false
	arr.ForEach(func(_, el gjson.Result) bool {
		if broken >= 0 && el.Index+len(el.Raw) >= broken {
			return false
		}
		line := r.lineAt(el.Index)
		s, ok := readSeg(el)
		if !ok {
			return true
		}
		sf := s.format()
		if sf == None && s.badField == "" {
			return true
		}
		if f == None {
			f = sf
		}
		if sf == None {
			sf = f
		}
		c, msg := s.toCue(sf)
		if msg != "" {
			r.p.add(line, "%s", msg)
			return true
		}
		c.Line, c.Turn, turn = line, turn, s.speakerTurnNext
		if c.Text != "" {
			cues = append(cues, c)
		}
		return true
	})
	return cues, f
}

// lineAt is the line of byte offset off, for offsets that only grow.
func (r *jsonReader) lineAt(off int) int {
	off = min(max(off, 0), len(r.text))
	if off > r.pos {
		r.line += strings.Count(r.text[r.pos:off], "\n")
		r.pos = off
	}
	return r.line
}
