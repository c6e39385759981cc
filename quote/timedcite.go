package quote

import (
	"slices"
	"time"

	"talks/model"
)

// CitationOf is the citation of the quoted blocks (indexes into t.Blocks,
// in any order). For an untimed talk it is Citation. For a timed one it
// names who says those blocks (Block.Speaker, in order of first word,
// marked by their role in the talk; the talk's speakers when the blocks
// name none), then 《title》 and event · forum · P<n> as Citation does, then
// the moment the first of them is said (model.Clock: "00:09", "1:02:03")
// and the video at that moment (Talk.VideoAt):
//
//	— Mei Lin、Tom Hart，《A panel on open data》，00:04，https://www.youtube.com/watch?v=ID&t=4s
func CitationOf(t *model.Talk, blocks []int) string {
	first, speakers, ok := quotedTimes(t, blocks)
	if !ok {
		return Citation(t)
	}
	view := *t // the talk as the quote sees it: its speakers, no link yet
	view.VideoID, view.VideoPage = "", ""
	if len(speakers) > 0 {
		view.Speakers = speakers
	}
	c := Citation(&view)
	if c == "" {
		c = "— " + model.Clock(first)
	} else {
		c += "，" + model.Clock(first)
	}
	if u := oneLine(t.VideoAt(first)); u != "" {
		c += "，" + u
	}
	return c
}

// MarkdownOf is Markdown with the citation of the quoted blocks
// (CitationOf): `talks quote` and the app's y give it.
func MarkdownOf(t *model.Talk, text string, blocks []int) string {
	return markdown(text, CitationOf(t, blocks))
}

// quotedTimes are the start of the first timed block among blocks and the
// speakers of the blocks, each once, in order, with the role the talk
// gives them (a speaker when it names none); ok is false when none of the
// blocks is timed.
func quotedTimes(t *model.Talk, blocks []int) (first time.Duration, speakers []model.Speaker, ok bool) {
	blocks = slices.Sorted(slices.Values(blocks))
	for _, i := range blocks {
		if i < 0 || i >= len(t.Blocks) || !t.Blocks[i].Timed {
			continue
		}
		b := &t.Blocks[i]
		if !ok {
			first, ok = b.Start, true
		}
		if b.Speaker == "" || slices.ContainsFunc(speakers, func(s model.Speaker) bool { return s.Name == b.Speaker }) {
			continue
		}
		sp := model.Speaker{Name: b.Speaker, Role: model.RoleSpeaker}
		if k := slices.IndexFunc(t.Speakers, func(s model.Speaker) bool { return s.Name == b.Speaker }); k >= 0 {
			sp.Role = t.Speakers[k].Role
		}
		speakers = append(speakers, sp)
	}
	return first, speakers, ok
}

// ParaBlocks are the blocks of paragraphs from..to (Block.Para), in order:
// what `talks quote TALK from-to` quotes.
func ParaBlocks(t *model.Talk, from, to int) []int {
	var out []int
	for i := range t.Blocks {
		if p := t.Blocks[i].Para; p >= from && p <= to && p > 0 {
			out = append(out, i)
		}
	}
	return out
}

// Blocks are the blocks the sentences are in, each once, in order.
func Blocks(sel []Sentence) []int {
	var out []int
	for _, s := range sel {
		out = append(out, s.Block)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
