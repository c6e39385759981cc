package ui

import (
	tea "charm.land/bubbletea/v2"
	"talks/model"
	talkstate "talks/state"
)

// places keeps where talks were left: in this session, by the block at
// the top, and across sessions in the reading state (by paragraph, so
// that a new width keeps them).
type places struct {
	store *talkstate.Store    // nil: nothing is kept across sessions
	seen  map[*model.Talk]int // the block each talk read had at the top
}

// savedMsg says a save of the reading state finished; quit asks to quit
// once it did.
type savedMsg struct {
	err  error
	quit bool
}

// blockOf is the block to show t at: where it was left in this session,
// else in an earlier one, else -1 (its start).
func (p places) blockOf(t *model.Talk) int {
	if b, ok := p.seen[t]; ok {
		return b
	}
	if p.store == nil {
		return -1
	}
	pos, ok := p.store.Position(t.ID)
	if !ok {
		return -1
	}
	return pos.BlockIn(t)
}

// leave records that t is left with block top at the top and block place
// being read.
func (p places) leave(t *model.Talk, top, place int) {
	p.seen[t] = top
	p.remember(t, place)
}

// remember records in the store that t has block b being read, when that
// is news: an unread talk left at its start is not recorded.
func (p places) remember(t *model.Talk, b int) {
	if p.store == nil || t == nil {
		return
	}
	pos := talkstate.At(t, b)
	old, ok := p.store.Position(t.ID)
	if (ok && old.Block == pos.Block && old.Para == pos.Para) || (!ok && b < 0) {
		return
	}
	p.store.SetPosition(t.ID, pos)
}

// opened records t as the talk open last.
func (p places) opened(t *model.Talk) {
	if p.store != nil && t != nil {
		p.store.SetLastTalk(t.ID)
	}
}

// last is the talk open when talks last quit, if c has it.
func (p places) last(c *model.Corpus) *model.Talk {
	if p.store == nil || c == nil || p.store.LastTalk() == "" {
		return nil
	}
	return c.ByID(p.store.LastTalk())
}

// saveState records the open talk's place and saves the store in a
// command; nil without a store.
func (m Model) saveState() tea.Cmd {
	st := m.places.store
	if st == nil {
		return nil
	}
	m.places.remember(m.reader.Talk(), m.reader.PlaceBlock())
	return func() tea.Msg { return savedMsg{err: st.Save()} }
}

// quit saves the state, cancels the load if it still runs and quits. When
// the save fails the app stays open to say so, unless force (ctrl+c) or it
// already said so once.
func (m Model) quit(force bool) tea.Cmd {
	st, cancel := m.places.store, m.cancel
	if st == nil {
		return func() tea.Msg {
			cancel()
			return tea.QuitMsg{}
		}
	}
	m.places.remember(m.reader.Talk(), m.reader.PlaceBlock())
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
