package ui

import (
	"context"

	"talks/index"
	"talks/ui/kit"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// searchLimit bounds the hits a search lists.
const searchLimit = 1000

// searchModel is full-text search over every talk: a query line and the
// hits, each a talk, a paragraph number and a snippet. Searches run in
// commands; typing starts a new one and cancels the one under way.
type searchModel struct {
	input textinput.Model
	from  state // the screen esc returns to
	// seq numbers the searches started: a result with another number is
	// stale and dropped.
	seq    int
	cancel context.CancelFunc // cancels the search under way
	// wanted is the query last asked for; query is the one the hits are
	// for; pending says a search for wanted has not come back yet.
	wanted, query  string
	pending        bool
	hits           []index.Hit
	cursor, offset int
}

// searchMsg carries the hits of search number seq.
type searchMsg struct {
	seq   int
	query string
	hits  []index.Hit
}

// newSearch returns an empty search screen.
func newSearch() searchModel {
	return searchModel{input: kit.NewInput("search ", "a word or phrase in any talk")}
}

// startSearch searches for the query line's value in a command, cancelling
// the search under way. Without an index it only marks the search pending:
// indexed starts it.
func (m *Model) startSearch() tea.Cmd {
	s := &m.search
	s.seq++
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	q := s.input.Value()
	s.wanted = q
	if q == "" {
		s.hits, s.query, s.pending = nil, "", false
		s.cursor, s.offset = 0, 0
		return nil
	}
	s.pending = true
	if m.ix == nil {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	ix, seq := m.ix, s.seq
	return func() tea.Msg { return searchMsg{seq: seq, query: q, hits: ix.Search(ctx, q, searchLimit)} }
}

// runSearch starts a search when there is a query: after indexing.
func (m *Model) runSearch() tea.Cmd {
	if m.search.input.Value() == "" {
		return nil
	}
	return m.startSearch()
}

// searchDone shows the hits of the latest search and drops stale ones.
func (m *Model) searchDone(msg searchMsg) {
	s := &m.search
	if msg.seq != s.seq {
		return
	}
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	s.hits, s.query, s.pending = msg.hits, msg.query, false
	s.cursor, s.offset = 0, 0
}

// searchRows is how many hits the search screen shows, two lines each.
func (m Model) searchRows() int { return max(1, (m.layout().paneH-3)/2) }

// openSearch shows the search screen with the query it had.
func (m Model) openSearch() (tea.Model, tea.Cmd) {
	if m.state != stateFinder {
		m.search.from = m.state
	} else {
		m.search.from = m.finderFrom
	}
	m.state = stateSearch
	m.finder.Blur()
	return m, m.search.input.Focus()
}

// updateSearch handles a key on the search screen.
func (m Model) updateSearch(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, s := m.keys, &m.search
	rows := m.searchRows()
	switch {
	case key.Matches(msg, k.Close):
		s.input.Blur()
		m.state = s.from
		return m, nil
	case key.Matches(msg, k.ResultDown), key.Matches(msg, k.ResultUp):
		if n := len(s.hits); n > 0 {
			d := 1
			if key.Matches(msg, k.ResultUp) {
				d = -1
			}
			s.cursor = ((s.cursor+d)%n + n) % n
			s.show(rows)
		}
		return m, nil
	case key.Matches(msg, k.Finder):
		return m.openFinder()
	case key.Matches(msg, k.Select):
		if s.cursor < len(s.hits) {
			s.input.Blur()
			return m.openHit(s.hits[s.cursor], s.query)
		}
		return m, nil
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if s.input.Value() != s.wanted {
		cmd = tea.Batch(cmd, m.startSearch())
	}
	return m, cmd
}

// show scrolls so that the cursor is among the h hits shown.
func (s *searchModel) show(h int) {
	h = max(1, h)
	if s.cursor >= s.offset+h {
		s.offset = s.cursor - h + 1
	}
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	s.offset = kit.Clamp(s.offset, 0, max(0, len(s.hits)-h))
}

// openHit opens the hit's talk with the hit in view and every match of
// query in the talk highlighted, the hit as the current one.
func (m Model) openHit(h index.Hit, query string) (tea.Model, tea.Cmd) {
	cmd := m.openTalk(h.Talk)
	m.reader.find.set(h.Talk, query, h)
	m.reader.revealMatch()
	return m, cmd
}
