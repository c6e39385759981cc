package index

import (
	"runtime"
	"strings"
	"sync"

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

// Build indexes every talk once, on all CPUs: about 70 ms per 10,000 talks
// plus 0.2 s per 100 MB of text on two cores (see BenchmarkBuild), so an app
// may run it in the background at load.
func Build(talks []*model.Talk) *Index {
	ix := &Index{talks: talks}
	ix.people = collectPeople(talks)
	ix.names.entries = make([]entry, len(ix.people))
	inParts(len(ix.people), func(lo, hi int) {
		py := newPinyinTable()
		for i := lo; i < hi; i++ {
			e := newEntry(py, ix.people[i].Name)
			e.keys = py.keys(ix.people[i].Name)
			ix.names.entries[i] = e
		}
	})
	byName := make(map[string]int32, len(ix.people))
	for i, p := range ix.people {
		byName[p.Name] = int32(i)
	}
	ix.finder.entries = make([]entry, len(talks))
	ix.finder.people = make([][]int32, len(talks))
	ix.finder.peopleOf = &ix.names
	inParts(len(talks), func(lo, hi int) {
		py := newPinyinTable()
		for i := lo; i < hi; i++ {
			t := talks[i]
			ix.finder.entries[i] = newEntry(py, Line(t))
			for _, s := range t.Speakers {
				if p, ok := byName[strings.TrimSpace(s.Name)]; ok {
					ix.finder.people[i] = append(ix.finder.people[i], p)
				}
			}
		}
	})
	ix.text = collectText(talks, &ix.freq)
	return ix
}

// inParts calls do on n items split into one part per CPU, in parallel.
func inParts(n int, do func(lo, hi int)) {
	parts := runtime.GOMAXPROCS(0)
	if n < 1024 {
		parts = 1
	}
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { do(n*p/parts, n*(p+1)/parts) })
	}
	wg.Wait()
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
