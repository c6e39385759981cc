package timed

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unroll reads rolling captions once. YouTube's automatic captions show two
// lines at a time: each cue repeats the line before as it was, then brings
// a new line word by word (<00:00:01.500><c> word</c>), and a cue of a few
// milliseconds between them shows the finished line alone. So every line
// appears two or three times. unroll keeps each line the first time it
// appears, and drops a line when it is one of the two last kept (compared
// with white space runs as one space), and a cue left with no line. The
// kept line has the time of the cue that brought it, which is when its
// first word is said.
func unroll(cues []cue) []cue {
	var recent [2]string
	var keep []string
	out := cues[:0]
	for _, c := range cues {
		keep = keep[:0]
		for l := range strings.SplitSeq(c.Text, "\n") {
			l = squash(l)
			if l == "" || l == recent[0] || l == recent[1] {
				continue
			}
			keep = append(keep, l)
			recent[0], recent[1] = recent[1], l
		}
		if len(keep) == 0 {
			continue
		}
		c.Text = keep[0]
		if len(keep) > 1 {
			c.Text = strings.Join(keep, "\n")
		}
		out = append(out, c)
	}
	return out
}

// squash is l with its white space runs made one space and trimmed; most
// lines have none to squash and are only looked at.
func squash(l string) string {
	for i := 0; i < len(l); {
		c := l[i]
		if c < utf8.RuneSelf {
			if (c == ' ' && (i == 0 || i == len(l)-1 || l[i+1] == ' ')) || (c != ' ' && unicode.IsSpace(rune(c))) {
				return strings.Join(strings.Fields(l), " ")
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(l[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(l), " ")
		}
		i += n
	}
	return l
}
