package main

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"talks/safetext"
)

// unsafeRune is true for what must never reach the terminal raw from a
// message: control characters (line breaks and tabs included: a message is
// one line), bidi characters and the byte-order mark.
func unsafeRune(r rune) bool {
	return safetext.IsControl(r) || safetext.IsBidi(r) || r == 0xfeff
}

// needsQuoting is true when s holds an unsafe character or is not UTF-8.
func needsQuoting(s string) bool {
	return !utf8.ValidString(s) || strings.IndexFunc(s, unsafeRune) >= 0
}

// shown is a path or argument fit to quote in a one-line message: as it is
// when it is plain, else Go-quoted ("empty\x1b]2;x\a"), so that what the
// user sees names the file exactly and cannot drive the terminal.
func shown(s string) string {
	if needsQuoting(s) {
		return strconv.Quote(s)
	}
	return s
}

// escapeText is s with every unsafe character (but line breaks when
// keepLines) and every byte that is not UTF-8 written as a Go escape
// (\x1b, \u202e): for messages made by libraries, whose arguments cannot
// be quoted one by one.
func escapeText(s string, keepLines bool) string {
	if !needsQuoting(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i]), 16))
		case keepLines && r == '\n', !unsafeRune(r):
			b.WriteString(s[i : i+size])
		default:
			q := strconv.QuoteRune(r) // '\x1b', '\u202e'
			b.WriteString(q[1 : len(q)-1])
		}
		i += size
	}
	return b.String()
}

// safeWriter escapes what is written to it (see escapeText; line breaks
// kept): standard error goes through it, so that no message, whoever
// made it, writes raw control characters to the terminal.
type safeWriter struct{ w io.Writer }

// Write writes p escaped; it reports len(p) when the escaped form was
// written whole.
func (s safeWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(s.w, escapeText(string(p), true)); err != nil {
		return 0, err
	}
	return len(p), nil
}
