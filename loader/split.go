package loader

// section is a run of lines headed by a "# " heading, or the text before
// the first heading (heading -1).
type section struct {
	heading int    // index of the heading line, or -1
	title   string // the heading's text
	start   int    // index of the first body line
	end     int    // index after the last body line
}

// empty is true when the section has no body but blank lines.
func (s section) empty(lines []string) bool {
	for _, l := range lines[s.start:s.end] {
		if !blank(l) {
			return false
		}
	}
	return true
}

// splitSections cuts a file's lines at its "# " headings; a "#" line inside
// a code fence is text.
func splitSections(lines []string) []section {
	secs := []section{{heading: -1}}
	var (
		open   fence
		inCode bool
	)
	for i, l := range lines {
		if inCode {
			inCode = !open.closes(l)
			continue
		}
		if f, ok := openFence(l); ok {
			open, inCode = f, true
			continue
		}
		if level, text, ok := atxHeading(l); ok && level == 1 {
			secs[len(secs)-1].end = i
			secs = append(secs, section{heading: i, title: text, start: i + 1})
		}
	}
	secs[len(secs)-1].end = len(lines)
	return secs
}

// talkSections picks the sections that are talks and the volume title: a
// first heading with no body before the next one titles the volume. The text
// before the first heading is a talk of its own when it is not blank.
func talkSections(lines []string) (volume string, talks []section) {
	secs := splitSections(lines)
	if !secs[0].empty(lines) {
		talks = append(talks, secs[0])
	}
	heads := secs[1:]
	if len(heads) >= 2 && heads[0].empty(lines) {
		volume, heads = heads[0].title, heads[1:]
	}
	return volume, append(talks, heads...)
}
