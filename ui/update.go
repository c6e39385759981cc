package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"talks/ui/finder"
	"talks/ui/intent"
	"talks/ui/reader"
	"talks/ui/search"
)

// Update handles a message: the terminal's news, the results of commands
// (a load, the index, a ranking, a search, a page), the components'
// intents, keys and the mouse.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(0, msg.Width), max(0, msg.Height)
		cmd = m.resize()
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		cmd = m.restyle()
	case tea.EnvMsg:
		m.noColor = msg.Getenv("NO_COLOR") != ""
		cmd = m.restyle()
	case streamMsg:
		cmd = m.streamed(msg)
	case loadedMsg:
		cmd = tea.Batch(m.loaded(msg.corpus), buildIndex(msg.corpus.Talks))
	case indexedMsg:
		m.ix = msg.ix
		cmd = tea.Batch(m.finder.SetIndex(msg.ix), m.search.SetIndex(msg.ix))
	case finder.ResultsMsg:
		m.finder, cmd = m.finder.Update(msg)
	case search.ResultsMsg:
		m.search, cmd = m.search.Update(msg)
	case reader.PageMsg:
		m.reader, cmd = m.reader.Update(msg)
	case openedMsg:
		m.flash = "opened " + msg.what
		if msg.err != nil {
			m.flash = fmt.Sprintf("cannot open %s: %v", msg.what, msg.err)
		}
	case copiedMsg:
		m.flash = msg.status()
	case savedMsg:
		if msg.err != nil {
			// A save on the way out that failed keeps the app open, once,
			// so the message can be read.
			m.flash = msg.err.Error()
			if msg.quit {
				m.quitAnyway = true
				m.flash += " — q again quits"
			}
		}
	case tea.QuitMsg:
		// The program ends on a QuitMsg without handing it on; one that
		// reaches Update (from a parent model) still ends the load.
		if m.cancel != nil {
			m.cancel()
		}
	case tea.KeyPressMsg:
		m.flash = ""
		if key.Matches(msg, m.keys.ForceQuit) {
			return m, m.quit(true)
		}
		return m.updateKey(msg)
	case tea.MouseMsg:
		return m.updateMouse(msg)
	default:
		cmd = m.apply(msg)
	}
	return m, cmd
}

// apply does what a component asked with an intent.
func (m *Model) apply(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case intent.OpenTalk:
		return m.openTalkAt(msg.Talk, msg.Block)
	case intent.OpenHit:
		cmd := m.openTalk(msg.Hit.Talk)
		m.reader.ShowHit(msg.Query, msg.Hit)
		return cmd
	case intent.Copy:
		return copyCmd(m.copyText, msg)
	case intent.OpenURL:
		return openCmd(m.open, msg.What, msg.Target)
	case intent.Flash:
		m.flash = msg.Text
	case intent.Save:
		return m.saveState()
	case intent.Close:
		if msg.From == m.state.String() {
			m.leave()
		}
	}
	return nil
}
