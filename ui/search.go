package ui

import (
	"talks/ui/intent"

	tea "charm.land/bubbletea/v2"
)

// openSearch shows the search screen with the query it had.
func (m Model) openSearch() (tea.Model, tea.Cmd) {
	if m.state != stateFinder {
		m.searchFrom = m.state
	} else {
		m.searchFrom = m.finderFrom
	}
	m.state = stateSearch
	m.finder.Blur()
	return m, m.search.Focus()
}

// openHit opens the hit's talk with the hit in view and every match of
// the query in the talk highlighted, the hit as the current one.
func (m *Model) openHit(msg intent.OpenHit) tea.Cmd {
	cmd := m.openTalk(msg.Hit.Talk)
	m.reader.ShowHit(msg.Query, msg.Hit)
	return cmd
}
