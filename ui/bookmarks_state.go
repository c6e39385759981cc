package ui

import (
	"talks/model"
	talkstate "talks/state"

	tea "charm.land/bubbletea/v2"
)

// savedMsg says a save of the reading state finished; quit asks to quit
// once it did.
type savedMsg struct {
	err  error
	quit bool
}

// saved shows a failed save in the status line. A save made on the way out
// that failed keeps the app open, once, so the message can be read.
func (m *Model) saved(msg savedMsg) tea.Cmd {
	if msg.err == nil {
		return nil
	}
	m.flash = msg.err.Error()
	if msg.quit {
		m.quitAnyway = true
		m.flash += " — q again quits"
	}
	return nil
}

// savedBlock is the block t was left at in an earlier session, -1 if none.
func (m Model) savedBlock(t *model.Talk) int {
	if m.opts.State == nil {
		return -1
	}
	p, ok := m.opts.State.Position(t.ID)
	if !ok {
		return -1
	}
	return p.BlockIn(t)
}

// remember records in the store that t has block b at the top, when that
// is news: an unread talk left at its start is not recorded.
func (m Model) remember(t *model.Talk, b int) {
	st := m.opts.State
	if st == nil || t == nil {
		return
	}
	p := talkstate.At(t, b)
	old, ok := st.Position(t.ID)
	if (ok && old.Block == p.Block && old.Para == p.Para) || (!ok && b < 0) {
		return
	}
	st.SetPosition(t.ID, p)
}

// rememberOpen records the place of the talk in the reader.
func (m Model) rememberOpen() {
	if t := m.reader.Talk(); t != nil {
		m.remember(t, m.reader.PlaceBlock())
	}
}

// saveState records the open talk's place and saves the store in a
// command; nil without a store.
func (m Model) saveState() tea.Cmd {
	st := m.opts.State
	if st == nil {
		return nil
	}
	m.rememberOpen()
	return func() tea.Msg { return savedMsg{err: st.Save()} }
}

// quit saves the state, cancels the load if it still runs and quits. When
// the save fails the app stays open to say so, unless force (ctrl+c) or it
// already said so once.
func (m Model) quit(force bool) tea.Cmd {
	st, cancel := m.opts.State, m.cancel
	if st == nil {
		return func() tea.Msg {
			cancel()
			return tea.QuitMsg{}
		}
	}
	m.rememberOpen()
	giveUp := force || m.quitAnyway
	return func() tea.Msg {
		err := st.Save()
		_, moved := err.(*talkstate.CorruptError) // saved; the broken file is kept aside
		if err == nil || giveUp || moved {
			cancel()
			return tea.QuitMsg{}
		}
		return savedMsg{err: err, quit: true}
	}
}

// lastTalk is the talk open when talks last quit, if the corpus has it.
func (m Model) lastTalk() *model.Talk {
	if m.opts.State == nil || m.corpus == nil || m.opts.State.LastTalk() == "" {
		return nil
	}
	return m.corpus.ByID(m.opts.State.LastTalk())
}

// markOpened records t as the talk open last.
func (m Model) markOpened(t *model.Talk) {
	if m.opts.State != nil && t != nil {
		m.opts.State.SetLastTalk(t.ID)
	}
}
