package ui

import (
	"talks/model"

	tea "charm.land/bubbletea/v2"
)

// notKept is the status line's word on bookmark keys without a store.
const notKept = "bookmarks are not kept in this session"

// startBookmark opens the note prompt for a bookmark at the paragraph at
// the top of the reader.
func (m Model) startBookmark() (tea.Model, tea.Cmd) {
	if !m.marks.Kept() {
		m.flash = notKept
		return m, nil
	}
	var cmd tea.Cmd
	m.note, cmd = m.marks.Prompt(m.reader.Talk(), m.reader.PlaceBlock())
	m.state = stateNote
	return m, cmd
}

// openBookmarks shows the list of all bookmarks.
func (m Model) openBookmarks() (tea.Model, tea.Cmd) {
	if !m.marks.Kept() {
		m.flash = notKept
		return m, nil
	}
	m.marksFrom = m.state
	m.marks.Open(m.talksSoFar())
	m.state = stateBookmarks
	return m, nil
}

// talksSoFar is where talks are looked up by ID: the corpus, and whether it
// is loaded; while a load streams its talks, those loaded so far.
func (m Model) talksSoFar() (*model.Corpus, bool) {
	if m.corpus != nil {
		return m.corpus, true
	}
	return m.loading.sofar, false
}
