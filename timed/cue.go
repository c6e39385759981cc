package timed

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"talks/model"
	"talks/safetext"
)

// cue is one timed piece of a transcript: a subtitle cue, a Whisper
// segment, a podcast segment or a Bilibili subtitle line.
type cue struct {
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
	// Line is the 1-based line where the cue starts (its number or id in
	// subtitles, its object in JSON).
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

// clean makes a transcript's text as safe as the loader makes a file's
// text: escape sequences, control characters, bidi overrides and
// byte-order marks removed, line breaks kept, tabs made spaces. Text with
// none of them, the usual case, is only looked at.
func clean(s string) string {
	if plain(s) {
		return s
	}
	s = safetext.Clean(s)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	return strings.ReplaceAll(s, "\ufeff", "")
}

// plain is true for valid UTF-8 with nothing clean removes or changes: no
// control character but line feeds, no C1 control (C2 80–9F), no bidi
// embedding, override or isolate (E2 80 AA–AE, E2 81 A6–A9), no BOM
// (EF BB BF).
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !suspect[b] {
			continue
		}
		switch {
		case b < 0x20, b == 0x7f:
			return false
		case b == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			return false
		case b == 0xe2 && i+2 < len(s) && ((s[i+1] == 0x80 && s[i+2] >= 0xaa && s[i+2] <= 0xae) || (s[i+1] == 0x81 && s[i+2] >= 0xa6 && s[i+2] <= 0xa9)):
			return false
		case b == 0xef && i+2 < len(s) && s[i+1] == 0xbb && s[i+2] == 0xbf:
			return false
		}
	}
	return utf8.ValidString(s)
}

// suspect marks the bytes plain must look at: controls but the line feed,
// and the lead bytes of C1 controls, bidi characters and the BOM.
var suspect = func() (t [256]bool) {
	for b := range 0x20 {
		t[b] = b != '\n'
	}
	t[0x7f], t[0xc2], t[0xe2], t[0xef] = true, true, true, true
	return t
}()

// quoted is s in quotes for a message, cut to a few dozen characters.
func quoted(s string) string {
	const most = 40
	if r := []rune(s); len(r) > most {
		s = string(r[:most]) + "…"
	}
	return fmt.Sprintf("%q", s)
}
