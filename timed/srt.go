package timed

import "strings"

// parseSRT reads SubRip subtitles: numbered cues, "00:00:01,000 -->
// 00:00:04,000" time lines, one or more text lines each, blank lines
// between. Formatting tags (<i>, <b>, <font …>) and {\an8}-style override
// tags are dropped.
func parseSRT(lines []string, p *problems) []cue {
	for i, l := range lines {
		if strings.Contains(l, "{\\") {
			lines[i] = assTags(l)
		}
	}
	cues, _ := subtitles(lines, 0, p, false)
	return cues
}
