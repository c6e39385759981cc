package loader

// section is a run of lines headed by a "# " heading, or the text before
// the first heading (headLine 0). Offsets are bytes into the file's text.
type section struct {
	headLine int    // 1-based line of the heading, or 0
	title    string // the heading's text
	start    int    // offset of the first body line
	end      int    // offset after the last body line
	bodyLine int    // 1-based line of the first body line
}

// body is the section's body text.
func (s section) body(text string) string { return text[s.start:s.end] }

// split is a file cut into sections, and the line of the first heading
// left in the last section because the file may hold no more talks (0
// when none was).
type split struct {
	secs   []section
	capped int
}

// splitSections cuts a file's text at its "# " headings; a "#" line inside
// a code fence is text. At most limit sections have a heading: the
// headings after are left in the last one.
func splitSections(text string, limit int) split {
	var secs chunked[section]
	cur := section{bodyLine: 1}
	capped := 0
	var (
		open   fence
		inCode bool
	)
	line := 0
	for o := 0; o < len(text); {
		l, next := lineAt(text, o)
		line++
		switch {
		case inCode:
			inCode = !open.closes(l)
		default:
			if f, ok := openFence(l); ok {
				open, inCode = f, true
				break
			}
			level, title, ok := atxHeading(l)
			if !ok || level != 1 {
				break
			}
			if secs.len() >= limit {
				if capped == 0 {
					capped = line
				}
				break
			}
			cur.end = o
			secs.add(cur)
			cur = section{headLine: line, title: title, start: next, bodyLine: line + 1}
		}
		o = next
	}
	cur.end = len(text)
	secs.add(cur)
	return split{secs: secs.slice(), capped: capped}
}

// talkSections picks the sections that are talks and the volume title: a
// first heading with no body before the next one titles the volume. The text
// before the first heading is a talk of its own when it is not blank. capped
// is as in split.
func talkSections(text string, limit int) (volume string, talks []section, capped int) {
	sp := splitSections(text, limit)
	first, heads := sp.secs[0], sp.secs[1:]
	if len(heads) >= 2 && blankText(heads[0].body(text)) {
		volume, heads = heads[0].title, heads[1:]
	}
	if blankText(first.body(text)) {
		return volume, heads, sp.capped
	}
	return volume, append([]section{first}, heads...), sp.capped
}
