package loader

import (
	"time"

	"talks/model"
)

// assembler builds the corpus from the jobs' results taken in load order,
// and tells Options.OnTalks and Options.Progress about it as it goes.
type assembler struct {
	c        *model.Corpus
	ids      idSet
	onTalks  func([]*model.Talk)
	progress func(files, talks int)

	next  int       // the next job to take, in load order
	files int       // inputs read so far, in any order
	sent  int       // talks handed to onTalks so far
	last  time.Time // when the last report was made
}

// newAssembler is an assembler for an empty corpus.
func newAssembler(opts Options) *assembler {
	return &assembler{c: &model.Corpus{}, ids: idSet{}, onTalks: opts.OnTalks, progress: opts.Progress}
}

// take adds one job's result, the next in load order.
func (a *assembler) take(r result) {
	a.c.Talks = append(a.c.Talks, a.ids.add(r.talks)...)
	a.c.Warnings = append(a.c.Warnings, r.warns...)
}

// report hands on the talks taken since the last report and the counts so
// far: always when final, else when the first talks are in or ProgressEvery
// has passed since the last report.
func (a *assembler) report(final bool) {
	if a.onTalks == nil && a.progress == nil {
		return
	}
	first := a.sent == 0 && len(a.c.Talks) > 0
	if !final && !first && time.Since(a.last) < ProgressEvery {
		return
	}
	a.last = time.Now()
	if a.onTalks != nil && len(a.c.Talks) > a.sent {
		batch := a.c.Talks[a.sent:len(a.c.Talks):len(a.c.Talks)]
		a.onTalks(batch)
	}
	a.sent = len(a.c.Talks)
	if a.progress != nil {
		a.progress(a.files, a.sent)
	}
}
