package render

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// This file ports the rules of the corpus tool wrapcheck.py to Go, line for
// line, so that tests can hold every rendering to them: over (wider than
// the page), badstart (closing punctuation starts a line), badend (opening
// punctuation ends one) and ragged (a line stopped early: the next line of
// the same paragraph begins with a unit that would have fitted).

var (
	wcANSI    = regexp.MustCompile(`\x1b\[[0-9;:?<=>]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]`)
	wcItem    = regexp.MustCompile(`^(?:(?:[-*+•·▪◦‣>|#!]|\d+[.)]|[a-zA-Z][.)]|\[)(?:\s|$)|#+\s|!\[|\[\d+\])`)
	wcNoStart = "，。、；：！？）」』》〉】〕〗〙〛｝’”…‥・ー,.;:!?)]}%"
	wcNoEnd   = "（「『《〈【〔〖〘〚｛‘“([{"
)

// wrapReport is what wrapcheck counts.
type wrapReport struct {
	Lines, Wrapped, Over, BadStart, BadEnd, Ragged int
	Shown                                          []string // the offending lines
}

// ok says whether every rule holds.
func (r wrapReport) ok() bool { return r.Over+r.BadStart+r.BadEnd+r.Ragged == 0 }

func wcWide(r rune) bool {
	k := width.LookupRune(r).Kind()
	return k == width.EastAsianWide || k == width.EastAsianFullwidth
}

func wcCells(s string) int {
	w := 0
	for _, r := range s {
		if norm.NFD.PropertiesString(string(r)).CCC() != 0 {
			continue
		}
		if wcWide(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// wcSpace is Python's str.isspace for one character (\s in a str pattern).
func wcSpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// wcIndent is the number of leading ASCII spaces.
func wcIndent(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

// wcFirstUnit is the first piece a line breaker could have moved up.
func wcFirstUnit(text string) string {
	t := []rune(strings.TrimLeft(text, " "))
	if len(t) == 0 {
		return ""
	}
	i := 0
	if wcWide(t[0]) || strings.ContainsRune(wcNoStart, t[0]) {
		i = 1
	} else if wcSpace(t[0]) {
		// [^\s]+? cannot match: t.split(" ")[0]
		for i < len(t) && t[i] != ' ' {
			i++
		}
	} else {
		// [^\s]+?(?=\s|$|[\u2e80-\uffff])
		i = 1
		for i < len(t) && !wcSpace(t[i]) && !(t[i] >= 0x2e80 && t[i] <= 0xffff) {
			i++
		}
	}
	for i < len(t) && strings.ContainsRune(wcNoStart, t[i]) {
		i++
	}
	return string(t[:i])
}

// wrapcheck measures rendered text at width; source is the Markdown that
// was rendered (its code lines are exempt from ragged), or "".
func wrapcheck(out string, w int, source string) wrapReport {
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		lines = append(lines, strings.TrimRightFunc(wcANSI.ReplaceAllString(l, ""), unicode.IsSpace))
	}
	code := map[string]bool{}
	fence := ""
	for _, src := range strings.Split(strings.ReplaceAll(source, "\r\n", "\n"), "\n") {
		t := strings.TrimSpace(src)
		switch {
		case fence == "" && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")):
			fence = t[:3]
		case fence != "" && strings.HasPrefix(t, fence):
			fence = ""
		case fence != "" && t != "":
			code[t] = true
		}
	}
	byIndent := map[int][]int{}
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			byIndent[wcIndent(l)] = append(byIndent[wcIndent(l)], wcCells(l))
		}
	}
	limit := map[int]int{}
	for ind, ws := range byIndent {
		sort.Sort(sort.Reverse(sort.IntSlice(ws)))
		limit[ind] = min(w, ws[len(ws)/50])
	}
	prose := make([]bool, len(lines))
	for i := 0; i < len(lines); {
		if strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		ind := wcIndent(lines[i])
		j := i
		for j+1 < len(lines) && strings.TrimSpace(lines[j+1]) != "" && wcIndent(lines[j+1]) == ind &&
			!wcItem.MatchString(strings.TrimLeft(lines[j+1], " ")) {
			j++
		}
		for k := i; k < j; k++ {
			if wcCells(lines[k]) >= limit[ind]-6 {
				for k := i; k <= j; k++ {
					prose[k] = true
				}
				break
			}
		}
		i = j + 1
	}
	var r wrapReport
	r.Lines = len(lines)
	for i, l := range lines {
		v := strings.TrimSpace(l)
		if v == "" {
			continue
		}
		rs := []rune(v)
		if wcCells(l) > w {
			r.Over++
			r.Shown = append(r.Shown, "over: "+l)
		}
		if strings.ContainsRune(wcNoStart, rs[0]) {
			r.BadStart++
			r.Shown = append(r.Shown, "badstart: "+l)
		}
		if strings.ContainsRune(wcNoEnd, rs[len(rs)-1]) {
			r.BadEnd++
			r.Shown = append(r.Shown, "badend: "+l)
		}
		nxt := ""
		if i+1 < len(lines) {
			nxt = lines[i+1]
		}
		ind := wcIndent(l)
		if prose[i] && !code[v] && strings.TrimSpace(nxt) != "" && wcIndent(nxt) == ind && !wcItem.MatchString(strings.TrimLeft(nxt, " ")) {
			r.Wrapped++
			room := limit[ind] - wcCells(l)
			if u := wcFirstUnit(nxt); u != "" && wcCells(u) <= room {
				r.Ragged++
				r.Shown = append(r.Shown, "ragged: "+l+" ⏎ "+nxt)
			}
		}
	}
	return r
}
