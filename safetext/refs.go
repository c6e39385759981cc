package safetext

import (
	"html"
	"strconv"
	"strings"
)

// NeutralizeReferences replaces every HTML character reference in s that
// stands for a control or Unsafe character with U+FFFD, so that no Markdown
// renderer can bring back what Clean removed: Glamour decodes references
// in text with html.UnescapeString (numeric ones with or without the
// semicolon, "&#x9d", "&#27;") and goldmark decodes them in link targets
// (reading "&#033;" as octal, 27). A reference to anything else is kept.
// The result holds no such reference: U+FFFD cannot take part in one.
func NeutralizeReferences(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	var b strings.Builder
	done := 0 // s[:done] is written to b
	for i := strings.IndexByte(s, '&'); i >= 0; {
		n := refLen(s[i:])
		if n > 0 && refUnsafe(s[i:i+n]) {
			if b.Len() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[done:i])
			b.WriteRune('\uFFFD')
			done = i + n
		} else {
			n = 1
		}
		j := strings.IndexByte(s[i+n:], '&')
		if j < 0 {
			break
		}
		i += n + j
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// refLen is the length of what may be read as a character reference at the
// start of s ("&#27", "&#x1b;", "&lrm;"): '&', then '#' and decimal digits,
// "#x" and hex digits, or a name of letters and digits; then ';' if there
// is one. It is 0 when nothing follows the '&'.
func refLen(s string) int {
	i := 1
	switch {
	case strings.HasPrefix(s[i:], "#x") || strings.HasPrefix(s[i:], "#X"):
		i = 3 + span(s[3:], isHex)
		if i == 3 {
			return 0
		}
	case strings.HasPrefix(s[i:], "#"):
		i = 2 + span(s[2:], isDigit)
		if i == 2 {
			return 0
		}
	default:
		i += span(s[i:], func(c byte) bool { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'z') })
		if i == 1 {
			return 0
		}
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	return i
}

// refUnsafe says whether reference ref decodes to a control or Unsafe
// character under html.UnescapeString or under goldmark's reading of a
// decimal reference with a leading zero as octal.
func refUnsafe(ref string) bool {
	for _, r := range html.UnescapeString(ref) {
		if IsControl(r) || Unsafe(r) {
			return true
		}
	}
	if digits, ok := strings.CutPrefix(ref, "&#0"); ok && strings.HasSuffix(digits, ";") {
		if v, err := strconv.ParseUint("0"+strings.TrimSuffix(digits, ";"), 0, 32); err == nil {
			r := rune(v)
			return IsControl(r) || Unsafe(r)
		}
	}
	return false
}

func span(s string, ok func(byte) bool) int {
	i := 0
	for i < len(s) && ok(s[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }
