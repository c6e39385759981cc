package timed

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// arrayKeys are the keys whose array holds a JSON transcript's segments.
var arrayKeys = map[string]bool{"segments": true, "transcription": true, "body": true}

// infoKeys are keys only yt-dlp's metadata has.
var infoKeys = map[string]bool{"extractor": true, "extractor_key": true, "webpage_url": true, "formats": true}

// jsonReader reads a JSON transcript as a stream, so that each segment's
// line is known for its warnings.
type jsonReader struct {
	text string
	dec  *json.Decoder
	p    *problems
	pos  int // lineAt's place in text
	line int // the line at pos
	info bool
}

// parseJSON reads a JSON transcript: an object with a "segments",
// "transcription" or "body" array, or an array of segments alone. The
// format is told by the segments' fields. A segment with a bad time is
// reported at its line and skipped; after a syntax error the segments
// before it are kept. syntax is true (and the error reported) when the text
// is not JSON, or breaks before its first segment: the caller may leave it
// to the Markdown reader.
func parseJSON(text string, p *problems) (cues []Cue, f Format, syntax bool) {
	r := &jsonReader{text: text, dec: json.NewDecoder(strings.NewReader(text)), p: p, line: 1}
	tok, err := r.dec.Token()
	switch {
	case err != nil:
		return nil, OtherJSON, r.fail(err, 0)
	case tok == json.Delim('['):
		cues, f, err = r.array()
	case tok == json.Delim('{'):
		cues, f, err = r.object()
	default:
		p.add(1, "not a transcript: JSON that is not an object or an array")
		return nil, OtherJSON, true
	}
	if err != nil && r.fail(err, len(cues)) {
		return nil, OtherJSON, true
	}
	if f == None {
		f = OtherJSON
		if r.info {
			f = InfoJSON
		}
	}
	return cues, f, false
}

// object reads the top-level object's keys, the segments of the first
// array key that holds some.
func (r *jsonReader) object() (cues []Cue, f Format, err error) {
	for r.dec.More() {
		tok, err := r.dec.Token()
		if err != nil {
			return cues, f, err
		}
		key, _ := tok.(string)
		r.info = r.info || infoKeys[key]
		if arrayKeys[key] && f == None {
			if tok, err = r.dec.Token(); err != nil {
				return cues, f, err
			}
			if tok == json.Delim('[') {
				if cues, f, err = r.array(); err != nil {
					return cues, f, err
				}
			} else if d, ok := tok.(json.Delim); ok {
				if err := r.skipRest(d); err != nil {
					return cues, f, err
				}
			}
			continue
		}
		var skip json.RawMessage
		if err := r.dec.Decode(&skip); err != nil {
			return cues, f, err
		}
	}
	return cues, f, nil
}

// skipRest skips the rest of an object or array whose opening d was read.
func (r *jsonReader) skipRest(d json.Delim) error {
	for depth := 1; depth > 0; {
		tok, err := r.dec.Token()
		if err != nil {
			return err
		}
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
	return nil
}

// array reads segments up to the array's end; the format is that of the
// first segment that has one, and segments of no format are skipped.
func (r *jsonReader) array() (cues []Cue, f Format, err error) {
	turn := false
	for r.dec.More() {
		line := r.lineAt(r.nextValue())
		var s jsonSeg
		err := r.dec.Decode(&s)
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &te) && te.Field == "":
			continue // not an object: no segment
		case errors.As(err, &te):
			r.p.add(line, "segment field %q holds a %s, segment skipped", te.Field, te.Value)
			continue
		case err != nil:
			return cues, f, err
		}
		sf := s.format()
		if sf == None {
			continue
		}
		if f == None {
			f = sf
		}
		c, msg := s.cue(sf)
		if msg != "" {
			r.p.add(line, "%s", msg)
			continue
		}
		c.Line, c.Turn, turn = line, turn, s.TurnNext
		if c.Text != "" {
			cues = append(cues, c)
		}
	}
	_, err = r.dec.Token() // "]"
	return cues, f, err
}

// nextValue is the offset where the next value starts: past white space
// and a comma.
func (r *jsonReader) nextValue() int {
	off := int(r.dec.InputOffset())
	for off < len(r.text) && strings.IndexByte(" \t\r\n,", r.text[off]) >= 0 {
		off++
	}
	return off
}

// lineAt is the line of byte offset off, for offsets that only grow.
func (r *jsonReader) lineAt(off int) int {
	off = min(off, len(r.text))
	if off > r.pos {
		r.line += strings.Count(r.text[r.pos:off], "\n")
		r.pos = off
	}
	return r.line
}

// fail reports a decoding error at its line. It is true for an error
// before any segment: the text may not be JSON at all.
func (r *jsonReader) fail(err error, segments int) bool {
	off := int(r.dec.InputOffset())
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = int(se.Offset)
	}
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		off = len(r.text)
		err = errors.New("the JSON ends too soon")
	}
	if segments == 0 {
		r.p.add(r.lineAt(off), "not a transcript: invalid JSON (%v)", err)
		return true
	}
	r.p.add(r.lineAt(off), "invalid JSON (%v), segments after it skipped", err)
	return false
}
