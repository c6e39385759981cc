package index

import (
	"bytes"
	"runtime"
	"strconv"
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

// Build indexes every talk once, on all CPUs, in time linear in the talks:
// about 11 ms of processor time per 1,000 talks plus 0.2 s per 100 MB of
// text on two cores (see BenchmarkBuild), so an app may run it in the
// background at load. The finder's strings are cut from large shared
// chunks, so the index adds few objects for the garbage collector to visit.
func Build(talks []*model.Talk) *Index {
	ix := &Index{talks: talks}
	ix.people, ix.finder.people = collectPeople(talks)
	var mu sync.Mutex
	ix.names.entries = make([]entry, len(ix.people))
	ix.names.prefixes = prefixSet{}
	inParts(len(ix.people), func(lo, hi int) {
		m := entryMaker{py: newPinyinTable()}
		for i := lo; i < hi; i++ {
			e := m.make(ix.people[i].Name, nil)
			e.keys = m.py.keys(ix.people[i].Name)
			ix.names.entries[i] = e
		}
		ix.names.prefixes.merge(&mu, m.py.prefixes)
	})
	ix.finder.entries = make([]entry, len(talks))
	ix.finder.peopleOf = &ix.names
	ix.finder.prefixes = prefixSet{}
	inParts(len(talks), func(lo, hi int) {
		m := entryMaker{py: newPinyinTable()}
		line := []byte{}
		for i := lo; i < hi; i++ {
			line = appendLine(line[:0], talks[i])
			ix.finder.entries[i] = m.make("", line)
		}
		ix.finder.prefixes.merge(&mu, m.py.prefixes)
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
func Line(t *model.Talk) string { return string(appendLine(nil, t)) }

// appendLine appends Line(t) to b. The speakers are joined with "、", as
// Talk.SpeakerNames does, and the part is Talk.PartLabel, without making
// those strings.
func appendLine(b []byte, t *model.Talk) []byte {
	start := len(b)
	field := func(add func([]byte) []byte) {
		mark := len(b)
		if mark > start {
			b = append(b, " · "...)
		}
		from := len(b)
		b = add(b)
		f := bytes.TrimSpace(b[from:])
		if len(f) == 0 {
			b = b[:mark]
			return
		}
		b = b[:from+copy(b[from:], f)]
	}
	text := func(s string) func([]byte) []byte {
		return func(b []byte) []byte { return append(b, s...) }
	}
	field(text(t.Title))
	field(func(b []byte) []byte {
		for i, s := range t.Speakers {
			if i > 0 {
				b = append(b, "、"...)
			}
			b = append(b, s.Name...)
		}
		return b
	})
	field(text(t.Forum))
	field(text(t.Event))
	if t.Part > 0 {
		field(func(b []byte) []byte { return strconv.AppendInt(append(b, 'P'), int64(t.Part), 10) })
	}
	if t.Volume != t.Event {
		field(text(t.Volume))
	}
	return b
}
