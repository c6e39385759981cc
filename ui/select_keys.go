package ui

import (
	"fmt"
	"talks/ui/kit"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// hintState is the state whose keys the hint bar shows.
func (m Model) hintState() state {
	if m.state == stateReader && m.reader.sel.active() {
		return stateSelect
	}
	return m.state
}

// quoteKey handles the reader's quoting keys: v starts a selection, # and
// M toggle the gutter and the mouse, and while selecting every key but
// those that leave the reader. It reports whether it used the key.
func (m *Model) quoteKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k, r := m.keys, &m.reader
	switch {
	case key.Matches(msg, k.Gutter):
		r.gutter = !r.gutter
		if r.gutter {
			m.flash = "paragraph numbers on (#: off)"
		} else {
			m.flash = "paragraph numbers off"
		}
		return m.resize(), true
	case key.Matches(msg, k.Mouse):
		m.mouseOff = !m.mouseOff
		if m.mouseOff {
			m.flash = "mouse off: the terminal selects text (M: mouse on)"
		} else {
			m.flash = "mouse on: drag to select sentences, wheel to scroll"
		}
		return nil, true
	case !r.sel.active():
		if key.Matches(msg, k.Quote) {
			if !r.startSelection() {
				m.flash = "nothing to quote in this talk"
			}
			r.followSelection()
			return nil, true
		}
		return nil, false
	}
	switch {
	case key.Matches(msg, k.SelCancel), key.Matches(msg, k.Quote):
		r.sel = selection{}
	case key.Matches(msg, k.SelDown):
		r.sel.move(1)
	case key.Matches(msg, k.SelUp):
		r.sel.move(-1)
	case key.Matches(msg, k.SelParaDown):
		r.sel.moveBlock(1)
	case key.Matches(msg, k.SelParaUp):
		r.sel.moveBlock(-1)
	case key.Matches(msg, k.Yank), key.Matches(msg, k.YankPlain):
		cite := key.Matches(msg, k.Yank)
		n := len(r.sel.chosen())
		s := quoteText(r.talk, r.sel, cite)
		r.sel = selection{}
		done := "copied " + kit.Plural(n, "sentence")
		if cite {
			done += " with the citation"
		} else {
			done += " (text only)"
		}
		return copyCmd(m.copyText, done, s), true
	case key.Matches(msg, k.ForceQuit):
		return nil, false
	default:
		// Scrolling and jumping keep the selection; the rest wait.
		if _, ok := k.Delta(msg, r.height); ok {
			return nil, false
		}
		return nil, true
	}
	r.followSelection()
	return nil, true
}

// selectionStatus is the status line's text while selecting.
func (r readerModel) selectionStatus() string {
	s := r.sel
	n := len(s.chosen())
	from, to := s.paras()
	where := fmt.Sprintf("¶%d", from)
	if to != from {
		where = fmt.Sprintf("¶%d–%d", from, to)
	}
	return fmt.Sprintf("%s · %s · y/Y copy · esc cancel", kit.Plural(n, "sentence"), where)
}
