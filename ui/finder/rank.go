package finder

import (
	"context"

	tea "charm.land/bubbletea/v2"
	"talks/index"
)

// limit bounds the talks the finder ranks and shows.
const limit = 200

// results are a ranking: the talks or the people that match query, for
// the index ix, best first.
type results struct {
	ix     *index.Index
	query  string
	mode   mode // talks or speakers
	talks  []index.Match
	people []index.PersonMatch
	total  int // talks or people that match, beyond the limit too
}

// ResultsMsg carries the ranking a command made; the finder drops it when
// a newer ranking has been started since.
type ResultsMsg struct {
	seq int
	res results
}

// rank ranks query in mode (talks or speakers) with ix, giving up when ctx
// is done.
func rank(ctx context.Context, ix *index.Index, query string, md mode) (results, error) {
	r := results{ix: ix, query: query, mode: md}
	var err error
	if md == findTalks {
		r.talks, r.total, err = findContext(ctx, ix, query, limit)
	} else {
		r.people, r.total, err = findSpeakersContext(ctx, ix, query, 0)
	}
	return r, err
}

// findContext is index.FindContext's shape over Find and Count, until the
// index has FindContext: swapping is replacing the call in rank with
// ix.FindContext(ctx, query, limit). It gives up only between the calls.
func findContext(ctx context.Context, ix *index.Index, query string, limit int) ([]index.Match, int, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	ms := ix.Find(query, limit)
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	return ms, ix.Count(query), nil
}

// findSpeakersContext is index.FindSpeakersContext's shape over
// FindSpeakers (see findContext).
func findSpeakersContext(ctx context.Context, ix *index.Index, query string, limit int) ([]index.PersonMatch, int, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	ps := ix.FindSpeakers(query, limit)
	return ps, len(ps), ctx.Err()
}

// wanted is the ranking the query line asks for now.
func (m Model) wanted() (query string, md mode) {
	md = m.mode
	if md == findPerson {
		md = findSpeakers
	}
	return m.input.Value(), md
}

// current reports whether the results shown are for the query, the mode
// and the index there are now.
func (m Model) current() bool {
	q, md := m.wanted()
	return m.res.ix == m.ix && m.res.query == q && m.res.mode == md
}

// stop cancels the ranking under way, if any; a result it still sends is
// stale.
func (m *Model) stop() {
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	m.seq++
	m.running = false
}

// refresh starts ranking the query in a command unless the results shown,
// or the ranking under way, are for it; the results shown stay until the
// new ones come.
func (m *Model) refresh() tea.Cmd {
	q, md := m.wanted()
	switch {
	case m.ix == nil:
		return nil
	case m.current():
		if m.running {
			m.stop() // a ranking for another query or mode, now unwanted
		}
		return nil
	case m.running && m.runQuery == q && m.runMode == md:
		return nil
	}
	m.stop()
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel, m.running, m.runQuery, m.runMode = cancel, true, q, md
	ix, seq := m.ix, m.seq
	return func() tea.Msg {
		r, err := rank(ctx, ix, q, md)
		if err != nil {
			return nil // given up: a newer ranking runs
		}
		return ResultsMsg{seq: seq, res: r}
	}
}

// settle makes the results current at once, ranking here when they are
// not: Enter and the moves act on the results of the query typed, never
// on those of an older one still on screen.
func (m *Model) settle() {
	if m.ix == nil || m.current() {
		return
	}
	m.stop()
	q, md := m.wanted()
	r, _ := rank(context.Background(), m.ix, q, md)
	m.show(r)
}

// done takes in a ranking a command made, unless it is stale.
func (m *Model) done(msg ResultsMsg) {
	if msg.seq != m.seq {
		return
	}
	if m.cancel != nil {
		m.cancel() // releases the context
	}
	m.cancel, m.running = nil, false
	m.show(msg.res)
}

// show puts r on screen with the cursor on the best result.
func (m *Model) show(r results) {
	m.res = r
	m.cursor, m.offset = 0, 0
}
