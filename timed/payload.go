package timed

import (
	"html"
	"strings"
)

// span is a run of a cue's text said by one voice.
type span struct {
	voice string
	text  string // lines apart by "\n"
	turn  bool   // a new speaker starts with it (">>")
}

// payload reads a cue's text lines: WebVTT voices (<v Name>, <v.class
// Name>, </v>) split it into spans, other tags (<c>, <i>, <b>, <u>,
// <ruby>, <lang>, <00:00:01.500> word times, SRT's <font>) are dropped and
// entities (&amp;, &lt;, &#233; …) decoded. ">>" at the start of a line, as
// captions mark a change of speaker, starts a span with turn set. Text
// before any voice tag is said by voice, the voice carried over from the
// cues before; carry is the voice to carry on to the next cue (the last one
// opened here, or voice). words is true when the cue had word times, the
// mark of YouTube's rolling captions.
// The spans are appended to spans[:0], for a caller that reuses them.
func payload(lines []string, voice string, spans []span) (_ []span, carry string, words bool) {
	spans, carry = spans[:0], voice
	if plainText(lines) {
		text := lines[0]
		if len(lines) > 1 {
			text = strings.Join(lines, "\n")
		}
		if text = strings.TrimSpace(text); text != "" {
			spans = append(spans, span{voice: voice, text: text})
		}
		return spans, carry, false
	}
	var cur strings.Builder
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	cur.Grow(n)
	turn := false
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			spans = appendSpan(spans, span{voice: voice, text: t, turn: turn})
		}
		cur.Reset()
		turn = false
	}
	for k, l := range lines {
		if k > 0 {
			cur.WriteByte('\n')
		}
		if t := strings.TrimLeft(l, " \t"); strings.HasPrefix(t, ">>") {
			flush()
			turn = true
			l = strings.TrimPrefix(t, ">>")
		}
		for l != "" {
			lt := strings.IndexByte(l, '<')
			if lt < 0 {
				cur.WriteString(unescape(l))
				break
			}
			cur.WriteString(unescape(l[:lt]))
			gt := strings.IndexByte(l[lt:], '>')
			if gt < 0 || !tagStart(l[lt+1:]) { // a lone "<" is text
				cur.WriteString("<")
				l = l[lt+1:]
				continue
			}
			tag := l[lt+1 : lt+gt]
			l = l[lt+gt+1:]
			switch {
			case isVoiceTag(tag):
				flush()
				voice = voiceName(tag)
				carry = voice
			case tag == "/v":
				flush()
				voice = ""
			case tag != "" && tag[0] >= '0' && tag[0] <= '9':
				words = true
			}
		}
	}
	flush()
	return spans, carry, words
}

// plainText is true for cue lines with no tag, entity or ">>" mark: their
// text is the lines as they are.
func plainText(lines []string) bool {
	if len(lines) == 0 {
		return false
	}
	for _, l := range lines {
		if strings.ContainsAny(l, "<&") || strings.HasPrefix(strings.TrimLeft(l, " \t"), ">>") {
			return false
		}
	}
	return true
}

// appendSpan adds s, merged into the last span when the same voice goes on.
func appendSpan(spans []span, s span) []span {
	if n := len(spans); n > 0 && !s.turn && spans[n-1].voice == s.voice {
		spans[n-1].text += "\n" + s.text
		return spans
	}
	return append(spans, s)
}

// tagStart is true when what follows a "<" opens a tag: a letter, "/" or
// a digit (a word time), not a space ("a < b").
func tagStart(s string) bool {
	return s != "" && (isASCIILetter(s[0]) || s[0] == '/' || (s[0] >= '0' && s[0] <= '9'))
}

// isVoiceTag is true for "v Name" and "v.class Name".
func isVoiceTag(tag string) bool {
	return len(tag) >= 1 && tag[0] == 'v' && (len(tag) == 1 || tag[1] == ' ' || tag[1] == '\t' || tag[1] == '.')
}

// voiceName is the annotation of a voice tag: "v.loud Ann Lee" → "Ann Lee".
func voiceName(tag string) string {
	i := strings.IndexAny(tag, " \t")
	if i < 0 {
		return ""
	}
	return strings.Join(strings.Fields(unescape(tag[i:])), " ")
}

// unescape decodes HTML character references; a no-break space becomes a
// space.
func unescape(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return strings.ReplaceAll(html.UnescapeString(s), "\u00a0", " ")
}

// assTags removes the {\an8}-style override tags some SRT files carry.
func assTags(s string) string {
	for {
		i := strings.Index(s, "{\\")
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return s
		}
		s = s[:i] + s[i+j+1:]
	}
}
