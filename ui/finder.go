package ui

import (
	"talks/index"
	"talks/model"
	"talks/ui/kit"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// finderMode is what the finder lists.
type finderMode int

const (
	findTalks    finderMode = iota // the talks that match the query
	findSpeakers                   // the people whose name matches it
	findPerson                     // the talks of one person
)

// finderLimit bounds the talks the finder ranks and shows.
const finderLimit = 200

// finderModel is the fuzzy finder: a query line over the talks, or over
// the speakers, and the results best first with a cursor.
type finderModel struct {
	input textinput.Model
	mode  finderMode
	from  state // the screen esc returns to
	// query is the query the results are for; ran says they were made
	// with the index for the current mode.
	query string
	ran   bool
	// talks, people and person are the results of each mode.
	talks  []index.Match
	people []index.PersonMatch
	person *index.Person
	total  int // talks or people that match, beyond the limit too
	// back is the speakers cursor to return to from a person's talks.
	back           int
	cursor, offset int
}

// newFinder returns an empty finder.
func newFinder() finderModel {
	return finderModel{input: kit.NewInput("find ", "title, speaker, forum — pinyin too")}
}

// count is the number of results listed.
func (f finderModel) count() int {
	switch f.mode {
	case findSpeakers:
		return len(f.people)
	case findPerson:
		if f.person != nil {
			return len(f.person.Talks)
		}
		return 0
	}
	return len(f.talks)
}

// refresh ranks the results again when the query or the mode changed.
func (f *finderModel) refresh(ix *index.Index) {
	q := f.input.Value()
	if ix == nil || (f.ran && q == f.query) {
		return
	}
	if f.mode == findPerson && q != f.query {
		f.mode = findSpeakers // typing leaves a person's talks
	}
	f.query, f.ran = q, true
	f.cursor, f.offset = 0, 0
	switch f.mode {
	case findTalks:
		f.talks = ix.Find(q, finderLimit)
		f.total = ix.Count(q)
	case findSpeakers:
		f.people = ix.FindSpeakers(q, 0)
		f.total = len(f.people)
	}
}

// move moves the cursor by delta results, wrapping around, and keeps it
// among the h rows shown.
func (f *finderModel) move(delta, h int) {
	n := f.count()
	if n == 0 {
		return
	}
	f.cursor = ((f.cursor+delta)%n + n) % n
	f.show(h)
}

// show scrolls so that the cursor is among the h rows shown.
func (f *finderModel) show(h int) {
	h = max(1, h)
	if f.cursor >= f.offset+h {
		f.offset = f.cursor - h + 1
	}
	if f.cursor < f.offset {
		f.offset = f.cursor
	}
	f.offset = kit.Clamp(f.offset, 0, max(0, f.count()-h))
}

// selectedTalk is the talk under the cursor in the talk modes, or nil.
func (f finderModel) selectedTalk() *model.Talk {
	switch {
	case f.mode == findTalks && f.cursor < len(f.talks):
		return f.talks[f.cursor].Talk
	case f.mode == findPerson && f.person != nil && f.cursor < len(f.person.Talks):
		return f.person.Talks[f.cursor].Talk
	}
	return nil
}

// finderRows is how many results the finder shows: the pane less its
// title, query and status lines.
func (m Model) finderRows() int { return max(1, m.layout().paneH-3) }

// openFinder shows the finder with the query it had.
func (m Model) openFinder() (tea.Model, tea.Cmd) {
	if m.state != stateSearch {
		m.finder.from = m.state
	} else {
		m.finder.from = m.search.from
	}
	m.state = stateFinder
	m.search.input.Blur()
	m.finder.refresh(m.ix)
	return m, m.finder.input.Focus()
}

// updateFinder handles a key in the finder: moving, Enter, tab, esc, and
// everything else for the query line.
func (m Model) updateFinder(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, f, rows := m.keys, &m.finder, m.finderRows()
	switch {
	case key.Matches(msg, k.Close):
		if f.mode == findPerson {
			f.mode, f.ran = findSpeakers, false
			cursor := f.back
			f.refresh(m.ix)
			f.cursor = kit.Clamp(cursor, 0, max(0, f.count()-1))
			f.show(rows)
			return m, nil
		}
		f.input.Blur()
		m.state = f.from
		return m, nil
	case key.Matches(msg, k.Speakers):
		if f.mode == findTalks {
			f.mode = findSpeakers
		} else {
			f.mode = findTalks
		}
		f.ran = false
	case key.Matches(msg, k.ResultDown):
		f.move(1, rows)
		return m, nil
	case key.Matches(msg, k.ResultUp):
		f.move(-1, rows)
		return m, nil
	case key.Matches(msg, k.Search):
		return m.openSearch()
	case key.Matches(msg, k.Select):
		if f.mode == findSpeakers && f.cursor < len(f.people) {
			f.person, f.back = f.people[f.cursor].Person, f.cursor
			f.mode, f.cursor, f.offset = findPerson, 0, 0
			return m, nil
		}
		if t := f.selectedTalk(); t != nil {
			f.input.Blur()
			return m, m.openTalk(t)
		}
		return m, nil
	default:
		var cmd tea.Cmd
		f.input, cmd = f.input.Update(msg)
		f.refresh(m.ix)
		return m, cmd
	}
	f.refresh(m.ix)
	return m, nil
}

// typing reports whether keys go to a query line, so that ? and q are
// letters there.
func (m Model) typing() bool {
	return m.state == stateFinder || m.state == stateSearch || (m.state == stateReader && m.reader.find.typing)
}
