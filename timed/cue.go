package timed

import (
	"fmt"
	"strings"
	"time"

	"talks/model"
	"talks/safetext"
)

// Cue is one timed piece of a transcript: a subtitle cue, a Whisper
// segment, a podcast segment or a Bilibili subtitle line.
type Cue struct {
	// Start and End are when the cue is said, from the recording's start.
	Start, End time.Duration
	// Text is what is said; the lines of a multi-line cue are kept apart by
	// "\n", inline markup and entities are gone.
	Text string
	// Speaker is who says it ("" when the transcript does not tell).
	Speaker string
	// Turn is true when a new speaker starts here, named or not (">>" in
	// captions, a speaker turn in whisper.cpp output).
	Turn bool
	// Line is the 1-based line of the cue (of its time line in subtitles).
	Line int
}

// maxWarnings is how many problems a file reports one by one; the rest are
// counted in one last warning.
const maxWarnings = 10

// problems collects the warnings of one file, at most maxWarnings of them
// and then a count of the rest.
type problems struct {
	file string
	list []model.Warning
	more int
}

// add reports a problem at a line (0: the whole file), made safe to print.
func (p *problems) add(line int, format string, args ...any) {
	if len(p.list) >= maxWarnings {
		p.more++
		return
	}
	p.list = append(p.list, model.Warning{File: p.file, Line: line, Msg: oneLine(fmt.Sprintf(format, args...))})
}

// warnings are the problems, the count of those not listed last.
func (p *problems) warnings() []model.Warning {
	if p.more == 0 {
		return p.list
	}
	return append(p.list, model.Warning{File: p.file, Msg: fmt.Sprintf("%d more problems like these", p.more)})
}

// checkTimes says what is wrong with a cue's times, or "".
func checkTimes(start, end time.Duration) string {
	if end < start {
		return fmt.Sprintf("cue ends (%s) before it starts (%s), skipped", clockText(end), clockText(start))
	}
	return ""
}

// clean makes text from JSON as safe as the loader makes a file's text:
// escape sequences, control characters, bidi overrides and byte-order marks
// removed, line breaks kept.
func clean(s string) string {
	s = safetext.Clean(s)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	return strings.ReplaceAll(s, "\ufeff", "")
}

// quoted is s in quotes for a message, cut to a few dozen characters.
func quoted(s string) string {
	const most = 40
	if r := []rune(s); len(r) > most {
		s = string(r[:most]) + "…"
	}
	return fmt.Sprintf("%q", s)
}
