// Package finder is the fuzzy finder: a query line over the talks (title,
// speakers, forum, event, part and volume; Chinese names typed as pinyin
// too), or over the speakers, with the results best first. Ranking runs in
// a command, a context per query cancelled by the next one, and stale
// results are dropped by a sequence number: the results on screen stay
// until the new ones come, and Enter and the moves first make them current
// (ranking at once if they are not), so they act on the query typed.
package finder

import (
	"context"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"talks/index"
	"talks/model"
	"talks/ui/intent"
	"talks/ui/kit"
)

// Name is the finder's name in the intents it sends.
const Name = "finder"

// mode is what the finder lists.
type mode int

const (
	findTalks    mode = iota // the talks that match the query
	findSpeakers             // the people whose name matches it
	findPerson               // the talks of one person
)

// Model is the finder.
type Model struct {
	// KeyMap is the finder's keys.
	KeyMap KeyMap

	input  textinput.Model
	mode   mode
	ix     *index.Index // nil until built
	res    results      // the results shown
	person *index.Person
	back   int // the speakers cursor to return to from a person's talks
	// seq numbers the rankings started; cancel ends the one under way,
	// which ranks runQuery in runMode while running.
	seq      int
	cancel   context.CancelFunc
	running  bool
	runQuery string
	runMode  mode

	cursor, offset int
	width, height  int
	styles         Styles
}

// New is an empty finder over talks.
func New() Model {
	return Model{
		KeyMap: DefaultKeyMap(),
		input:  kit.NewInput("find ", "title, speaker, forum — pinyin too"),
		styles: DefaultStyles(true),
	}
}

// SetIndex gives the finder its index and starts ranking the query.
func (m *Model) SetIndex(ix *index.Index) tea.Cmd {
	m.ix = ix
	return m.refresh()
}

// Focus gives the query line the focus and makes the results current.
func (m *Model) Focus() tea.Cmd { return tea.Batch(m.input.Focus(), m.refresh()) }

// Blur takes the focus from the query line.
func (m *Model) Blur() { m.input.Blur() }

// Value is the query typed.
func (m Model) Value() string { return m.input.Value() }

// SetSize sets the finder's size: w cells by h lines.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// SetStyles sets the styles.
func (m *Model) SetStyles(st Styles) { m.styles = st }

// rows is how many results the finder shows: the pane less its title,
// query and status lines.
func (m Model) rows() int { return max(1, m.height-3) }

// Update handles a ranking that came back and keys: moving, Enter, tab,
// esc, and everything else for the query line.
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
		if m.mode == findPerson {
			m.mode = findSpeakers
			m.cursor = kit.Clamp(m.back, 0, max(0, m.count()-1))
			m.scroll()
			return m, nil
		}
		m.input.Blur()
		return m, intent.Cmd(intent.Close{From: Name})
	case key.Matches(msg, k.Speakers):
		if m.mode == findTalks {
			m.mode = findSpeakers
		} else {
			m.mode = findTalks
		}
		return m, m.refresh()
	case key.Matches(msg, k.ResultDown):
		m.settle()
		m.move(1)
		return m, nil
	case key.Matches(msg, k.ResultUp):
		m.settle()
		m.move(-1)
		return m, nil
	case key.Matches(msg, k.Select):
		m.settle()
		if m.mode == findSpeakers && m.cursor < len(m.res.people) {
			m.person, m.back = m.res.people[m.cursor].Person, m.cursor
			m.mode, m.cursor, m.offset = findPerson, 0, 0
			return m, nil
		}
		if t := m.selected(); t != nil {
			m.input.Blur()
			return m, intent.Cmd(intent.OpenTalk{Talk: t, Block: intent.Resume})
		}
		return m, nil
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.mode == findPerson && m.input.Value() != before {
		m.mode = findSpeakers // typing leaves a person's talks
	}
	return m, tea.Batch(cmd, m.refresh())
}

// shown is the mode of the list on screen: a person's talks, or the mode
// of the results shown (which may lag behind a tab just pressed).
func (m Model) shown() mode {
	if m.mode == findPerson || m.res.ix == nil {
		return m.mode
	}
	return m.res.mode
}

// count is the number of results listed.
func (m Model) count() int {
	switch m.shown() {
	case findSpeakers:
		return len(m.res.people)
	case findPerson:
		if m.person != nil {
			return len(m.person.Talks)
		}
		return 0
	}
	return len(m.res.talks)
}

// move moves the cursor by delta results, wrapping around, and keeps it
// among the rows shown.
func (m *Model) move(delta int) {
	n := m.count()
	if n == 0 {
		return
	}
	m.cursor = ((m.cursor+delta)%n + n) % n
	m.scroll()
}

// scroll keeps the cursor among the rows shown.
func (m *Model) scroll() {
	h := m.rows()
	if m.cursor >= m.offset+h {
		m.offset = m.cursor - h + 1
	}
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	m.offset = kit.Clamp(m.offset, 0, max(0, m.count()-h))
}

// selected is the talk under the cursor in the talk modes, or nil.
func (m Model) selected() *model.Talk {
	switch {
	case m.shown() == findTalks && m.cursor < len(m.res.talks):
		return m.res.talks[m.cursor].Talk
	case m.shown() == findPerson && m.person != nil && m.cursor < len(m.person.Talks):
		return m.person.Talks[m.cursor].Talk
	}
	return nil
}
