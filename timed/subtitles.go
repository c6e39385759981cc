package timed

import (
	"strings"
	"time"
)

// subtitles reads the cues of an SRT or WebVTT body: lines from first on
// (earlier lines are a header already read). vtt says the body is WebVTT:
// its NOTE, STYLE and REGION blocks are passed over without a word, and
// only empty lines end a block (see nextBlock). A block with no time line,
// or with a broken or backwards time, is reported at its line and skipped.
// words is true when some cue had word times (<00:00:01.500>). Text and
// voices are cleaned as the loader cleans a file (it has been, usually:
// then this costs one look at each cue).
func subtitles(lines []string, first int, p *problems, vtt bool) (cues []cue, words bool) {
	voice := ""
	cues = make([]cue, 0, estimateCues(lines[first:]))
	var spans []span
	for i := first; ; {
		b, ok := nextBlock(lines, i, vtt)
		if !ok {
			return cues, words
		}
		i = b.end
		if vtt && vttSkipped(lines[b.start]) {
			continue
		}
		start, end, text, ok := cueTimes(lines, b, p)
		if !ok {
			continue
		}
		var carry string
		var w bool
		spans, carry, w = payload(text, voice, spans)
		voice, words = carry, words || w
		for _, s := range spans {
			text := clean(s.text)
			if strings.TrimSpace(text) == "" {
				continue
			}
			cues = append(cues, cue{Start: start, End: end, Text: text, Speaker: clean(s.voice), Turn: s.turn, Line: b.start + 1})
		}
	}
}

// cueTimes reads the time line of a block (its first line, or its second
// after a cue number or id) and returns the times and the text lines after
// it; ok is false, and the problem reported, when the block has no good
// time line.
func cueTimes(lines []string, b textBlock, p *problems) (start, end time.Duration, text []string, ok bool) {
	t := b.start
	if !strings.Contains(lines[t], "-->") {
		if t+1 >= b.end || !strings.Contains(lines[t+1], "-->") {
			p.add(b.start+1, "text outside a cue, skipped: %s", quoted(strings.TrimSpace(lines[t])))
			return 0, 0, nil, false
		}
		t++
	}
	from, to, ok := timingLine(lines[t])
	if ok {
		start, ok = parseClock(from)
	}
	if ok {
		end, ok = parseClock(to)
	}
	if !ok {
		p.add(t+1, "cue time %s is not a time, cue skipped", quoted(strings.TrimSpace(lines[t])))
		return 0, 0, nil, false
	}
	if msg := checkTimes(start, end); msg != "" {
		p.add(t+1, "%s", msg)
		return 0, 0, nil, false
	}
	return start, end, lines[t+1 : b.end], true
}

// estimateCues is about how many cues lines hold: one a time line.
func estimateCues(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.Contains(l, "-->") {
			n++
		}
	}
	return n
}
