package timed

import "strings"

// unroll reads rolling captions once. YouTube's automatic captions show two
// lines at a time: each cue repeats the line before as it was, then brings
// a new line word by word (<00:00:01.500><c> word</c>), and a cue of a few
// milliseconds between them shows the finished line alone. So every line
// appears two or three times. unroll keeps each line the first time it
// appears, and drops a line when it is one of the two last kept (compared
// with white space runs as one space), and a cue left with no line. The
// kept line has the time of the cue that brought it, which is when its
// first word is said.
func unroll(cues []Cue) []Cue {
	var recent [2]string
	out := cues[:0]
	for _, c := range cues {
		var keep []string
		for _, l := range strings.Split(c.Text, "\n") {
			l = strings.Join(strings.Fields(l), " ")
			if l == "" || l == recent[0] || l == recent[1] {
				continue
			}
			keep = append(keep, l)
			recent[0], recent[1] = recent[1], l
		}
		if len(keep) == 0 {
			continue
		}
		c.Text = strings.Join(keep, "\n")
		out = append(out, c)
	}
	return out
}
