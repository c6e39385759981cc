package loader

import (
	"regexp"
	"strconv"
	"strings"
)

// This file reads the numbers that open a heading without a part marker:
// numbering labels ("课程 P1：", "课程一：", "课程名称：") and numbered notes
// ("064：", "8 -- "). See the grammar in heading.go.

var (
	// labelRe is a numbering label: group 1 the digits, group 2 a Chinese
	// numeral.
	labelRe = regexp.MustCompile(`^课程[\s\x{3000}]*(?:名称|[Pp]?([0-9]{1,3})|([一二三四五六七八九十]{1,3}))?[\s\x{3000}]*[:：][\s\x{3000}]*`)
	// numberedRe opens a numbered note: one to three digits, then a colon or
	// a spaced dash.
	numberedRe = regexp.MustCompile(`^([0-9]{1,3})(?:[\s\x{3000}]*[:：]|[\s\x{3000}]+-{1,2}[\s\x{3000}]+)`)
)

// numberingLabel reads a numbering label at the start of h: its number (0
// when it has none) and the rest of h. A label with nothing after it is no
// label.
func numberingLabel(h string) (n int, rest string, ok bool) {
	if !strings.HasPrefix(h, "课程") {
		return 0, h, false
	}
	loc := labelRe.FindStringSubmatchIndex(h)
	if loc == nil || loc[1] == len(h) {
		return 0, h, false
	}
	switch {
	case loc[2] >= 0:
		n, _ = strconv.Atoi(h[loc[2]:loc[3]])
	case loc[4] >= 0:
		n = chineseNumber(h[loc[4]:loc[5]])
	}
	return n, h[loc[1]:], true
}

// numberedNote reads a numbered note's number and the rest of h.
func numberedNote(h string) (n int, rest string, ok bool) {
	loc := numberedRe.FindStringSubmatchIndex(h)
	if loc == nil {
		return 0, h, false
	}
	n, _ = strconv.Atoi(h[loc[2]:loc[3]])
	return n, h[loc[1]:], true
}

// isNumberingWord reports whether a series name before a glued part only
// numbers the talk ("课程 P1：…").
func isNumberingWord(s string) bool {
	return s == "课程"
}

// chineseNumber reads a Chinese numeral from 一 to 九十九; 0 when s is none.
func chineseNumber(s string) int {
	digit := func(r rune) int {
		if i := strings.IndexRune("一二三四五六七八九", r); i >= 0 {
			return i/len("一") + 1
		}
		return 0
	}
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return digit(rs[0])
	case len(rs) == 2 && rs[0] == '十':
		return 10 + digit(rs[1])
	case len(rs) == 2 && rs[1] == '十':
		return 10 * digit(rs[0])
	case len(rs) == 3 && rs[1] == '十':
		return 10*digit(rs[0]) + digit(rs[2])
	}
	return 0
}
