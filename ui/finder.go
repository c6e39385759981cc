package ui

import (
	tea "charm.land/bubbletea/v2"
)

// openFinder shows the finder with the query it had.
func (m Model) openFinder() (tea.Model, tea.Cmd) {
	if m.state != stateSearch {
		m.finderFrom = m.state
	} else {
		m.finderFrom = m.searchFrom
	}
	m.state = stateFinder
	m.search.Blur()
	return m, m.finder.Focus()
}

// typing reports whether keys go to a query line, so that ? and q are
// letters there.
func (m Model) typing() bool {
	return m.state == stateFinder || m.state == stateSearch || (m.state == stateReader && m.reader.Typing())
}
