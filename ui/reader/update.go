package reader

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"talks/index"
	"talks/ui/intent"
	"talks/ui/kit"
)

// Update handles a page rendered, the reader's keys, the wheel, and the
// left mouse button at the pane's cells (x from the pane's left edge, y
// from its top).
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case PageMsg:
		m.pages.put(msg)
		return m, m.wantPage()
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.MouseWheelMsg:
		if d, ok := kit.WheelDelta(msg.Mouse()); ok {
			m.scroll(d)
		}
	case tea.MouseClickMsg, tea.MouseMotionMsg, tea.MouseReleaseMsg:
		m.mouse(msg.(tea.MouseMsg))
	}
	return m, nil
}

// Wants reports whether the reader takes msg in the state it is in: every
// key while the query line is typed in or sentences are selected, and its
// own search, quoting, gutter and mouse keys. The root's keys (back,
// bookmarks, outline …) apply to the others.
func (m Model) Wants(msg tea.KeyPressMsg) bool {
	if m.find.typing || m.sel.active() {
		return true
	}
	k := m.KeyMap
	return key.Matches(msg, k.Gutter, k.Mouse, k.Quote, k.FindInTalk, k.NextMatch, k.PrevMatch) ||
		(m.find.active() && key.Matches(msg, k.Close))
}

// key handles a key: quoting first, then the search in the talk, then
// the moves.
func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if !m.find.typing {
		if cmd, ok := m.quoteKey(msg); ok {
			return m, cmd
		}
	}
	if cmd, ok := m.findKey(msg); ok {
		return m, cmd
	}
	if d, ok := m.KeyMap.Delta(msg, m.height); ok {
		m.scroll(d)
	}
	return m, nil
}

// quoteKey handles the quoting keys: v starts a selection, # cycles the
// gutter (numbers, times), M toggles the mouse, and while selecting every key but the moves.
// It reports whether it used the key.
func (m *Model) quoteKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.KeyMap
	switch {
	case key.Matches(msg, k.Gutter):
		return m.cycleGutter(), true
	case key.Matches(msg, k.Mouse):
		m.mouseOff = !m.mouseOff
		flash := "mouse on: drag to select sentences, wheel to scroll"
		if m.mouseOff {
			flash = "mouse off: the terminal selects text (M: mouse on)"
		}
		return intent.FlashCmd(flash), true
	case !m.sel.active():
		if !key.Matches(msg, k.Quote) {
			return nil, false
		}
		var cmd tea.Cmd
		if !m.startSelection() {
			cmd = intent.FlashCmd("nothing to quote in this talk")
		}
		m.followSelection()
		return cmd, true
	}
	switch {
	case key.Matches(msg, k.SelCancel), key.Matches(msg, k.Quote):
		m.sel = selection{}
	case key.Matches(msg, k.SelDown):
		m.sel.move(1)
	case key.Matches(msg, k.SelUp):
		m.sel.move(-1)
	case key.Matches(msg, k.SelParaDown):
		m.sel.moveBlock(1)
	case key.Matches(msg, k.SelParaUp):
		m.sel.moveBlock(-1)
	case key.Matches(msg, k.Yank), key.Matches(msg, k.YankPlain):
		cite := key.Matches(msg, k.Yank)
		n := len(m.sel.chosen())
		s := quoteText(m.talk, m.sel, cite)
		m.sel = selection{}
		done := "copied " + kit.Plural(n, "sentence")
		if cite {
			done += " with the citation"
		} else {
			done += " (text only)"
		}
		return intent.Cmd(intent.Copy{Kind: intent.Quote, Text: s, Done: done}), true
	default:
		// Scrolling and jumping keep the selection; the rest wait.
		if _, ok := k.Delta(msg, m.height); ok {
			return nil, false
		}
		return nil, true
	}
	m.followSelection()
	return nil, true
}

// findKey handles the keys of the search in the talk: / opens the query
// line, n and N step through the hits, esc clears. ok is false for other
// keys.
func (m *Model) findKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	k, f := m.KeyMap, &m.find
	if f.typing {
		return m.typingFind(msg), true
	}
	switch {
	case key.Matches(msg, k.FindInTalk):
		f.input = kit.NewInput("/", "search in this talk, enter to go")
		f.typing = true
		return f.input.Focus(), true
	case key.Matches(msg, k.Close) && f.active():
		f.clear()
		return nil, true
	case key.Matches(msg, k.NextMatch), key.Matches(msg, k.PrevMatch):
		if !f.active() {
			return intent.FlashCmd("/ searches in this talk"), true
		}
		if n := len(f.hits); n > 0 {
			d := 1
			if key.Matches(msg, k.PrevMatch) {
				d = -1
			}
			f.cur = ((f.cur+d)%n + n) % n
			f.reveal = true
			m.revealMatch()
		}
		return nil, true
	}
	return nil, false
}

// typingFind handles a key on the query line: Enter searches, esc leaves
// the line (the search shown stays).
func (m *Model) typingFind(msg tea.KeyPressMsg) tea.Cmd {
	f := &m.find
	switch {
	case key.Matches(msg, m.KeyMap.Close):
		f.typing = false
		f.input.Blur()
		return nil
	case key.Matches(msg, m.KeyMap.Select):
		q := f.input.Value()
		if q == "" {
			f.clear()
			return nil
		}
		f.set(m.talk, q, index.Hit{Block: -1})
		f.cur = firstFrom(f.hits, m.TopBlock())
		m.revealMatch()
		if len(f.hits) == 0 {
			return intent.FlashCmd(fmt.Sprintf("no match for “%s”", q))
		}
		return nil
	}
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	return cmd
}
