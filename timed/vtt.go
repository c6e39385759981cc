package timed

import "strings"

// parseVTT reads WebVTT: the "WEBVTT" line and its header lines, then
// blocks apart by blank lines. NOTE, STYLE and REGION blocks are skipped;
// a cue is an optional id line, a time line ("00:01.000 --> 00:04.000"
// with any cue settings after it) and its text, where <v Name> names the
// voice. Rolling captions (YouTube's automatic ones, which repeat each
// line in two or three cues and time each word) are told by their word
// times and read once each (see unroll). A file without the header is
// read all the same.
func parseVTT(lines []string, p *problems) []cue {
	first := 0
	if len(lines) > 0 && isVTTHeader(lines[0]) {
		first = 1
		for first < len(lines) && lines[first] != "" && !strings.Contains(lines[first], "-->") {
			first++
		}
	}
	cues, words := subtitles(lines, first, p, true)
	if words {
		cues = unroll(cues)
	}
	return cues
}

// isVTTHeader is true for the first line of a WebVTT file: "WEBVTT",
// alone or followed by a space or tab and any text.
func isVTTHeader(l string) bool {
	rest, ok := strings.CutPrefix(l, "WEBVTT")
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// vttSkipped is true for the first line of a block that is not a cue:
// NOTE, STYLE or REGION, alone or followed by white space.
func vttSkipped(first string) bool {
	if strings.Contains(first, "-->") {
		return false
	}
	for _, w := range [...]string{"NOTE", "STYLE", "REGION"} {
		if rest, ok := strings.CutPrefix(first, w); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return true
		}
	}
	return false
}
