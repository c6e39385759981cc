package ui

import (
	"talks/index"
	"talks/model"

	tea "charm.land/bubbletea/v2"
)

// indexedMsg carries the index built in the background after loading.
type indexedMsg struct{ ix *index.Index }

// buildIndex builds the finder's and search's index once, in a command.
func buildIndex(talks []*model.Talk) tea.Cmd {
	return func() tea.Msg { return indexedMsg{ix: index.Build(talks)} }
}

// indexed takes in the index: the finder shows its results, and a search
// typed while indexing runs.
func (m *Model) indexed(ix *index.Index) tea.Cmd {
	m.ix = ix
	return tea.Batch(m.finder.SetIndex(ix), m.search.SetIndex(ix))
}
