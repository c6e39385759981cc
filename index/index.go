package index

import (
	"strings"

	"talks/model"
)

// Index is what Build makes of a list of talks: the finder's lines, the
// people, and the searchable text. It is safe for concurrent use; the talks
// must not change while it is used.
type Index struct {
	talks  []*model.Talk
	finder matcher
	people []Person
	names  matcher
	text   []textBlock
	freq   [256]uint32 // how often each byte occurs in text (sampled)
}

// Build indexes every talk once. It costs about a second per 100,000 talks
// or 100 MB of text (see the benchmarks), so an app may run it in the
// background at load.
func Build(talks []*model.Talk) *Index {
	ix := &Index{talks: talks}
	py := newPinyinTable()
	ix.finder.entries = make([]entry, len(talks))
	for i, t := range talks {
		names := make([]string, len(t.Speakers))
		for j, s := range t.Speakers {
			names[j] = s.Name
		}
		ix.finder.entries[i] = newEntry(py, Line(t), names)
	}
	ix.people = collectPeople(talks)
	ix.names.entries = make([]entry, len(ix.people))
	for i, p := range ix.people {
		ix.names.entries[i] = newEntry(py, p.Name, []string{p.Name})
	}
	ix.text = collectText(talks, &ix.freq)
	return ix
}

// Talks are the talks the index was built from, in their order.
func (ix *Index) Talks() []*model.Talk { return ix.talks }

// Line is the line the finder shows and matches for a talk: its title,
// speakers, forum, event, P<n> and volume, the empty ones left out, joined
// by " · " (the volume too only when it is not the event).
func Line(t *model.Talk) string {
	fields := []string{t.Title, t.SpeakerNames(), t.Forum, t.Event, t.PartLabel()}
	if t.Volume != t.Event {
		fields = append(fields, t.Volume)
	}
	var b strings.Builder
	for _, f := range fields {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" · ")
		}
		b.WriteString(f)
	}
	return b.String()
}
