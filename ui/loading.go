package ui

import (
	"context"
	"fmt"
	"sync"

	tea "charm.land/bubbletea/v2"
	"talks/index"
	"talks/model"
	"talks/ui/kit"
)

// LoadStreamFunc loads the corpus like Options.Load and, as it goes, hands
// talks to onTalks in load order (the batches end to end are the corpus's
// talks, with their final IDs) and the files and talks read so far to
// progress. Both are called on the goroutine running it.
type LoadStreamFunc func(ctx context.Context, onTalks func([]*model.Talk), progress func(files, talks int)) *model.Corpus

// loadProgress is what the app knows of a load still running.
type loadProgress struct {
	running bool          // talks have come in and the load has not ended
	files   int           // files read so far
	count   int           // talks loaded so far
	sofar   *model.Corpus // the talks so far, in load order; nil before any
	listed  int           // how many of them the list shows
}

// streamMsg carries news from a running load: talks, or progress counts,
// and the command that waits for the next news.
type streamMsg struct {
	talks    []*model.Talk
	progress bool
	files    int
	count    int
	next     tea.Cmd
}

// streamLoad gives the commands that run load (its panics caught like any
// command's) and carry its news to the app: streamMsgs while it runs, then
// a loadedMsg. ctx is handed to load: it is cancelled when the app quits.
func streamLoad(ctx context.Context, load LoadStreamFunc) tea.Cmd {
	q := &streamQueue{wake: make(chan struct{}, 1)}
	run := func() tea.Msg {
		defer q.put(func(q *streamQueue) { q.done = true })
		c := load(ctx,
			func(ts []*model.Talk) { q.put(func(q *streamQueue) { q.talks = append(q.talks, ts...) }) },
			func(files, talks int) {
				q.put(func(q *streamQueue) { q.progress, q.files, q.count = true, files, talks })
			})
		if c == nil {
			c = &model.Corpus{}
		}
		return loadedMsg{corpus: c}
	}
	return tea.Batch(run, q.wait)
}

// streamQueue holds a running load's news until the app takes it: the
// load never waits on the app, and news that piles up is taken at once.
type streamQueue struct {
	mu       sync.Mutex
	talks    []*model.Talk
	progress bool
	files    int
	count    int
	done     bool
	wake     chan struct{} // one token: there may be news
}

// put changes the queue and wakes wait.
func (q *streamQueue) put(change func(*streamQueue)) {
	q.mu.Lock()
	change(q)
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// wait is the command that gives the news since it last ran, waiting for
// some; nil once the load is done and everything taken.
func (q *streamQueue) wait() tea.Msg {
	for {
		q.mu.Lock()
		msg := streamMsg{talks: q.talks, progress: q.progress, files: q.files, count: q.count, next: q.wait}
		news, done := len(q.talks) > 0 || q.progress, q.done
		q.talks, q.progress = nil, false
		q.mu.Unlock()
		switch {
		case news:
			return msg
		case done:
			return nil
		}
		<-q.wake
	}
}

// streamed takes in news from a running load: the list shows the talks so
// far as soon as there are some, the cursor staying on its talk, and the
// status line the counts. The list is built again only when the talks have
// grown by a quarter, so that the builds of a long load cost about as much
// as one more and keys never wait long behind one.
func (m *Model) streamed(msg streamMsg) tea.Cmd {
	if m.corpus != nil {
		return msg.next // news overtaken by the whole corpus
	}
	p := &m.loading
	if msg.progress {
		p.files, p.count = msg.files, msg.count
	}
	if len(msg.talks) == 0 {
		return msg.next
	}
	p.running = true
	if p.sofar == nil {
		p.sofar = &model.Corpus{}
	}
	p.sofar.Talks = append(p.sofar.Talks, msg.talks...)
	n := len(p.sofar.Talks)
	p.count = max(p.count, n)
	if p.listed > 0 && n-p.listed < p.listed/4 {
		return msg.next
	}
	p.listed = n
	m.list = m.list.Refill(p.sofar.Talks)
	if m.state == stateLoading {
		m.state = stateList
		return tea.Batch(m.resize(), m.preview(), msg.next)
	}
	return msg.next
}

// status is the status line's note on a load still running, or "".
func (p loadProgress) status() string {
	if !p.running && p.files == 0 && p.count == 0 {
		return ""
	}
	return fmt.Sprintf(" · loading: %s, %s…", kit.Plural(p.files, "file"), kit.Plural(p.count, "talk"))
}

// finishStream takes in the corpus at the end of a load that streamed its
// talks. When the list is still on its first talk, it is as if the corpus
// had come at once; else the screen and the talk under the cursor stay.
func (m *Model) finishStream(c *model.Corpus) tea.Cmd {
	m.loading = loadProgress{}
	if m.state == stateList && m.list.Cursor() == 0 {
		return m.loaded(c)
	}
	m.corpus = c
	m.list = m.list.Refill(c.Talks)
	m.keys.Warnings.SetEnabled(len(c.Warnings) > 0)
	m.warnings.GotoTop()
	return m.resize()
}

// indexedMsg carries the index built in the background after loading.
type indexedMsg struct{ ix *index.Index }

// buildIndex builds the finder's and search's index once, in a command.
func buildIndex(talks []*model.Talk) tea.Cmd {
	return func() tea.Msg { return indexedMsg{ix: index.Build(talks)} }
}

// loaded takes in the corpus and shows the list, or the talk open when
// talks last quit (or the talk, when there is only one).
func (m *Model) loaded(c *model.Corpus) tea.Cmd {
	if m.loading.running {
		return m.finishStream(c)
	}
	m.corpus = c
	m.list = m.list.Reset(c.Talks)
	m.keys.Warnings.SetEnabled(len(c.Warnings) > 0)
	m.warnings.GotoTop()
	m.state = stateList
	m.flash = m.opts.StateWarning
	cmd := tea.Batch(m.resize(), m.preview())
	if t := m.places.last(c); t != nil {
		return tea.Batch(cmd, m.openTalk(t))
	}
	if len(c.Talks) == 1 {
		return tea.Batch(cmd, m.openTalk(c.Talks[0]))
	}
	return cmd
}
