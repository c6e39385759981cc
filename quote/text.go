package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"talks/mdtext"
	"talks/model"
)

// Text joins the chosen sentences into the plain quoted text (no wrapping, no styling).
// It is the text as the reading pane shows it: without escape codes and
// without inline Markdown ("**bold**" is "bold", "[text](url)" is "text").
// Sentences of one line are joined as written (a space or nothing); lines of
// a block as the source has them (a list item keeps its marker on a line of
// its own); blocks with a blank line. Sentences left out between two chosen
// ones of the same line are marked with "…". The order of sel does not matter.
func Text(t *model.Talk, sel []Sentence) string {
	sel = sorted(t, sel)
	var b strings.Builder
	var (
		r    []rune
		segs []segment
	)
	prevSeg := -1
	for n, s := range sel {
		if n == 0 || sel[n-1].Block != s.Block {
			blk := &t.Blocks[s.Block]
			r = []rune(blk.Text)
			segs = segments(blk.Kind, r)
			if n > 0 {
				b.WriteString("\n\n")
			}
			prevSeg = -1
		}
		si := segmentOf(segs, s.Start)
		if prevSeg >= 0 {
			p := sel[n-1]
			if si == prevSeg {
				b.WriteString(gap(r[p.End:s.Start]))
			} else {
				b.WriteString(between(segs[prevSeg+1:si+1], r[p.End-1], r[s.Start]))
			}
		}
		if si >= 0 && si != prevSeg && s.Start == segs[si].start {
			b.WriteString(segs[si].lead)
		}
		b.WriteString(string(r[s.Start:s.End]))
		prevSeg = si
	}
	return clean(unmark(b.String()))
}

// Paras is the plain text of paragraphs from..to, joined by blank lines.
func Paras(t *model.Talk, from, to int) string {
	var sel []Sentence
	for i := range t.Blocks {
		if p := t.Blocks[i].Para; p >= from && p <= to {
			sel = appendBlock(sel, t, i)
		}
	}
	return Text(t, sel)
}

// sorted is a copy of sel in talk order, without sentences that do not fit
// the talk or that overlap one before them (duplicates included).
func sorted(t *model.Talk, sel []Sentence) []Sentence {
	out := make([]Sentence, 0, len(sel))
	for _, s := range sel {
		if s.Block < 0 || s.Block >= len(t.Blocks) || s.Start < 0 || s.End <= s.Start ||
			s.End > utf8.RuneCountInString(t.Blocks[s.Block].Text) {
			continue
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Sentence) int {
		if a.Block != b.Block {
			return a.Block - b.Block
		}
		return a.Start - b.Start
	})
	kept := out[:0]
	for _, s := range out {
		if n := len(kept); n > 0 && kept[n-1].Block == s.Block && kept[n-1].End > s.Start {
			continue
		}
		kept = append(kept, s)
	}
	return kept
}

// segmentOf is the index of the last segment that starts at or before rune
// pos (the one that holds it), or -1 when there are no segments.
func segmentOf(segs []segment, pos int) int {
	i := len(segs) - 1
	for i > 0 && segs[i].start > pos {
		i--
	}
	return i
}

// gap is what goes between two sentences of one line with g between them in
// the source: nothing, a space, or "…" for sentences left out.
func gap(g []rune) string {
	if len(g) == 0 {
		return ""
	}
	if !onlySpace(g) {
		if unicode.IsSpace(g[0]) || unicode.IsSpace(g[len(g)-1]) {
			return " … "
		}
		return "…"
	}
	return " "
}

// between is what goes between two sentences of one block in different
// segments: the strongest join of the segments up to the second sentence's.
// last and first are the runes either side.
func between(segs []segment, last, first rune) string {
	j := joinSoft
	for _, s := range segs {
		j = max(j, s.join)
	}
	switch j {
	case joinPara:
		return "\n\n"
	case joinLine:
		return "\n"
	}
	if !mdtext.JoinSpace(last, first) {
		return ""
	}
	return " "
}
