package timed

import "strings"

// textBlock is a run of non-blank lines of a subtitle file: lines[start:end].
type textBlock struct{ start, end int }

// nextBlock finds the block at or after line i: lines of white space
// skipped, then lines up to the next such line. With empty set (WebVTT)
// only an empty line ends a block, as the WebVTT standard has it: YouTube's
// captions start and end cue text with a line holding one space. For
// files that leave out the blank line between cues, a later line with
// "-->" also ends the block, and so does a cue number just before it (when
// the block has text before that number). ok is false at the end.
func nextBlock(lines []string, i int, empty bool) (b textBlock, ok bool) {
	ends := blankLine
	if empty {
		ends = emptyLine
	}
	for i < len(lines) && blankLine(lines[i]) {
		i++
	}
	if i == len(lines) {
		return textBlock{}, false
	}
	timing := i
	if !strings.Contains(lines[i], "-->") && i+1 < len(lines) && strings.Contains(lines[i+1], "-->") {
		timing = i + 1
	}
	j := timing + 1
	for j < len(lines) && !ends(lines[j]) {
		if strings.Contains(lines[j], "-->") {
			if j-1 > timing+1 && isCueID(lines[j-1]) {
				j--
			}
			break
		}
		j++
	}
	return textBlock{i, j}, true
}

// isCueID is true for a line that could number a cue: digits only.
func isCueID(l string) bool {
	l = strings.TrimSpace(l)
	if l == "" {
		return false
	}
	for i := 0; i < len(l); i++ {
		if l[i] < '0' || l[i] > '9' {
			return false
		}
	}
	return true
}

// blankLine is true for a line of white space only.
func blankLine(l string) bool {
	return strings.TrimSpace(l) == ""
}

// emptyLine is true for an empty line.
func emptyLine(l string) bool {
	return l == ""
}

// timingLine reads "start --> end [settings]"; ok is false when it is not
// two times around an arrow.
func timingLine(l string) (start, end string, ok bool) {
	left, right, found := strings.Cut(l, "-->")
	if !found {
		return "", "", false
	}
	fields := strings.Fields(right)
	if len(fields) == 0 {
		return strings.TrimSpace(left), "", false
	}
	return strings.TrimSpace(left), fields[0], true
}
