// Package search is full-text search over every talk: a query line and the
// hits, each a talk, a paragraph number and a snippet. Searches run in
// commands; typing starts a new one and cancels the one under way, whose
// results, stale, are dropped by a sequence number.
package search

import (
	"context"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"talks/index"
	"talks/ui/intent"
	"talks/ui/kit"
)

// Name is the search screen's name in the intents it sends.
const Name = "search"

// limit bounds the hits a search lists.
const limit = 1000

// Model is the search screen.
type Model struct {
	// KeyMap is the search screen's keys.
	KeyMap KeyMap

	input textinput.Model
	ix    *index.Index // nil until built
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
	width, height  int
	styles         Styles
}

// ResultsMsg carries the hits of one search.
type ResultsMsg struct {
	seq   int
	query string
	hits  []index.Hit
}

// New is an empty search screen.
func New() Model {
	return Model{
		KeyMap: DefaultKeyMap(),
		input:  kit.NewInput("search ", "a word or phrase in any talk"),
		styles: DefaultStyles(true),
	}
}

// SetIndex gives the search its index and runs the search typed while
// indexing, if any.
func (m *Model) SetIndex(ix *index.Index) tea.Cmd {
	m.ix = ix
	if m.input.Value() == "" {
		return nil
	}
	return m.start()
}

// Focus gives the query line the focus.
func (m *Model) Focus() tea.Cmd { return m.input.Focus() }

// Blur takes the focus from the query line.
func (m *Model) Blur() { m.input.Blur() }

// SetSize sets the screen's size: w cells by h lines.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// SetStyles sets the styles.
func (m *Model) SetStyles(st Styles) { m.styles = st }

// start searches for the query line's value in a command, cancelling the
// search under way. Without an index it only marks the search pending:
// SetIndex starts it.
func (m *Model) start() tea.Cmd {
	m.seq++
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	q := m.input.Value()
	m.wanted = q
	if q == "" {
		m.hits, m.query, m.pending = nil, "", false
		m.cursor, m.offset = 0, 0
		return nil
	}
	m.pending = true
	if m.ix == nil {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	ix, seq := m.ix, m.seq
	return func() tea.Msg { return ResultsMsg{seq: seq, query: q, hits: ix.Search(ctx, q, limit)} }
}

// done shows the hits of the latest search and drops stale ones.
func (m *Model) done(msg ResultsMsg) {
	if msg.seq != m.seq {
		return
	}
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	m.hits, m.query, m.pending = msg.hits, msg.query, false
	m.cursor, m.offset = 0, 0
}

// rows is how many hits the screen shows, two lines each.
func (m Model) rows() int { return max(1, (m.height-3)/2) }

// Update handles the hits of a search and keys: moving, Enter (which asks
// to open the hit), esc (which asks to close), and the query line.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case ResultsMsg:
		m.done(msg)
		return m, nil
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m, nil
}

// key handles a key.
func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.KeyMap
	switch {
	case key.Matches(msg, k.Close):
		m.input.Blur()
		return m, intent.Cmd(intent.Close{From: Name})
	case key.Matches(msg, k.ResultDown), key.Matches(msg, k.ResultUp):
		if n := len(m.hits); n > 0 {
			d := 1
			if key.Matches(msg, k.ResultUp) {
				d = -1
			}
			m.cursor = ((m.cursor+d)%n + n) % n
			m.scroll()
		}
		return m, nil
	case key.Matches(msg, k.Select):
		if m.cursor < len(m.hits) {
			m.input.Blur()
			return m, intent.Cmd(intent.OpenHit{Hit: m.hits[m.cursor], Query: m.query})
		}
		return m, nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.input.Value() != m.wanted {
		cmd = tea.Batch(cmd, m.start())
	}
	return m, cmd
}

// scroll keeps the cursor among the hits shown.
func (m *Model) scroll() {
	h := m.rows()
	if m.cursor >= m.offset+h {
		m.offset = m.cursor - h + 1
	}
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	m.offset = kit.Clamp(m.offset, 0, max(0, len(m.hits)-h))
}
