package ui

import (
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"
	"talks/model"
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
	talks   []*model.Talk // the talks so far, in load order
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

// streamLoad runs load in the background and gives the command that waits
// for its first news: streamMsgs while it runs, then a loadedMsg.
func streamLoad(load LoadStreamFunc) tea.Cmd {
	ch := make(chan tea.Msg)
	var wait tea.Cmd
	wait = func() tea.Msg {
		msg := <-ch
		if s, ok := msg.(streamMsg); ok {
			s.next = wait
			return s
		}
		return msg
	}
	go func() {
		c := load(context.Background(),
			func(ts []*model.Talk) { ch <- streamMsg{talks: ts} },
			func(files, talks int) { ch <- streamMsg{progress: true, files: files, count: talks} })
		if c == nil {
			c = &model.Corpus{}
		}
		ch <- loadedMsg{corpus: c}
	}()
	return wait
}

// streamed takes in news from a running load: the list shows the talks so
// far as soon as there are some, the cursor staying on its talk, and the
// status line the counts. The list is built again only when the talks have
// grown by a quarter, so that the builds of a long load cost about as much
// as one more and keys never wait long behind one.
func (m *Model) streamed(msg streamMsg) tea.Cmd {
	p := &m.loading
	if msg.progress {
		p.files, p.count = msg.files, msg.count
	}
	if len(msg.talks) == 0 {
		return msg.next
	}
	p.running = true
	p.talks = append(p.talks, msg.talks...)
	p.count = max(p.count, len(p.talks))
	if p.listed > 0 && len(p.talks)-p.listed < p.listed/4 {
		return msg.next
	}
	p.listed = len(p.talks)
	rows := m.layout().listRows
	sel, offset := m.list.selected(), m.list.offset
	m.list = newList(p.talks)
	m.list.offset = offset
	m.list.selectTalk(sel, rows)
	m.list.show(rows)
	if m.state == stateLoading {
		m.state = stateList
		return tea.Batch(m.resize(), m.preview(), msg.next)
	}
	return msg.next
}

// loadingStatus is the status line's note on a load still running, or "".
func (m Model) loadingStatus() string {
	if p := m.loading; !p.running && p.files == 0 && p.count == 0 {
		return ""
	}
	return fmt.Sprintf(" · loading: %s, %s…", plural(m.loading.files, "file"), plural(m.loading.count, "talk"))
}

// finishStream takes in the corpus at the end of a load that streamed its
// talks. When the list is still on its first talk, it is as if the corpus
// had come at once; else the screen and the talk under the cursor stay.
func (m *Model) finishStream(c *model.Corpus) tea.Cmd {
	m.loading = loadProgress{}
	if m.state == stateList && m.list.cursor == 0 {
		return m.loaded(c)
	}
	rows := m.layout().listRows
	sel, offset := m.list.selected(), m.list.offset
	m.corpus = c
	m.list = newList(c.Talks)
	m.list.offset = offset
	m.list.selectTalk(sel, rows)
	m.list.show(rows)
	m.keys.Warnings.SetEnabled(len(c.Warnings) > 0)
	m.warnings = textView{}
	return m.resize()
}
