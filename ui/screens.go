package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
	"talks/model"
	"talks/ui/intent"
)

// state is the screen the app is on; it routes keys to a component.
type state int

const (
	stateLoading   state = iota // the corpus is loading
	stateList                   // the talk list has the focus
	stateReader                 // a talk is being read
	stateOutline                // the open talk's sections
	stateImages                 // the open talk's images
	stateHelp                   // full help
	stateWarnings               // problems met while loading
	stateFinder                 // the fuzzy finder over talks and speakers
	stateSearch                 // full-text search over every talk
	stateNote                   // typing a new bookmark's note
	stateBookmarks              // the list of all bookmarks
	// stateSelect is only the hint bar's: sentences are being selected in
	// the reader, which keeps the focus (see hintState).
	stateSelect
	numStates
)

// stateNames are the states' names, in the enum's order: the names the
// components give themselves in intent.Close (finder.Name, …) among them.
var stateNames = [numStates]string{"loading", "list", "reader", "outline", "images", "help",
	"warnings", "finder", "search", "note", "bookmarks", "select"}

// String is the state's name, such as "reader", for test failures and logs.
func (s state) String() string {
	if s >= 0 && s < numStates {
		return stateNames[s]
	}
	return fmt.Sprintf("state(%d)", int(s))
}

// enter shows screen s, which goes back to the screen shown now: the
// finder and search, which replace each other, go back to where the one
// they replace came from.
func (m *Model) enter(s state) {
	from := m.state
	if (s == stateFinder && from == stateSearch) || (s == stateSearch && from == stateFinder) {
		from = m.from[from]
	}
	m.from[s], m.state = from, s
}

// leave goes back from the screen shown.
func (m *Model) leave() { m.state = m.from[m.state] }

// typing reports whether keys go to a query line, so that ? and q are
// letters there.
func (m Model) typing() bool {
	return m.state == stateFinder || m.state == stateSearch || (m.state == stateReader && m.reader.Typing())
}

// openFinder shows the finder with the query it had.
func (m Model) openFinder() (tea.Model, tea.Cmd) {
	m.enter(stateFinder)
	m.search.Blur()
	return m, m.finder.Focus()
}

// openSearch shows the search screen with the query it had.
func (m Model) openSearch() (tea.Model, tea.Cmd) {
	m.enter(stateSearch)
	m.finder.Blur()
	return m, m.search.Focus()
}

// notKept is the status line's word on bookmark keys without a store.
const notKept = "bookmarks are not kept in this session"

// openBookmarks shows the list of all bookmarks, whose talks are looked
// up in the corpus, or while a load streams, in the talks so far.
func (m Model) openBookmarks() (tea.Model, tea.Cmd) {
	if !m.marks.Kept() {
		m.flash = notKept
		return m, nil
	}
	talks, loaded := m.corpus, true
	if talks == nil {
		talks, loaded = m.loading.sofar, false
	}
	m.marks.Open(talks, loaded)
	m.enter(stateBookmarks)
	return m, nil
}

// startBookmark opens the note prompt for a bookmark at the paragraph
// being read.
func (m Model) startBookmark() (tea.Model, tea.Cmd) {
	if !m.marks.Kept() {
		m.flash = notKept
		return m, nil
	}
	var cmd tea.Cmd
	m.note, cmd = m.marks.Prompt(m.reader.Talk(), m.reader.PlaceBlock())
	m.enter(stateNote)
	return m, cmd
}

// openTalk shows t in the reader, gives it the focus and puts the list's
// cursor on it; the reading state is saved.
func (m *Model) openTalk(t *model.Talk) tea.Cmd {
	m.list.Select(t)
	m.state = stateReader
	cmd := m.show(t)
	m.places.opened(t)
	return tea.Batch(cmd, m.saveState())
}

// openTalkAt opens t with block at the top (intent.Resume: where it was
// left).
func (m *Model) openTalkAt(t *model.Talk, block int) tea.Cmd {
	cmd := m.openTalk(t)
	if block != intent.Resume {
		m.reader.Jump(block)
	}
	return cmd
}

// show puts t in the reading pane where it was last left (in this
// session, else as the reading state has it), keeping the place of the
// talk it replaces.
func (m *Model) show(t *model.Talk) tea.Cmd {
	if t == nil {
		return nil
	}
	if cur := m.reader.Talk(); cur != nil && cur != t {
		m.places.leave(cur, m.reader.TopBlock(), m.reader.PlaceBlock())
	}
	return m.reader.Show(t, m.places.blockOf(t))
}

// preview shows the talk under the list's cursor in the reading pane when
// both panes are on screen.
func (m *Model) preview() tea.Cmd {
	if !m.layout().wide {
		return nil
	}
	return m.show(m.list.Selected())
}
