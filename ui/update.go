package ui

import (
	"talks/ui/images"
	"talks/ui/outline"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// updateKey routes a key to the screen that has the focus.
func (m Model) updateKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.state == stateNote {
		var cmd tea.Cmd
		m.note, cmd = m.note.Update(msg) // every key but ctrl+c is the prompt's
		return m, cmd
	}
	k := m.keys
	if m.state != stateLoading {
		switch {
		case key.Matches(msg, k.Finder) && m.state != stateFinder:
			return m.openFinder()
		case key.Matches(msg, k.Search) && m.state != stateSearch && m.state != stateFinder:
			return m.openSearch()
		}
	}
	if key.Matches(msg, k.Help) && m.state != stateLoading && !m.typing() {
		if m.state == stateHelp {
			m.state = m.back
			return m, nil
		}
		m.back, m.state = m.state, stateHelp
		m.help.GotoTop()
		return m, nil
	}
	l := m.layout()
	switch m.state {
	case stateLoading:
		if key.Matches(msg, k.Quit) {
			return m, m.quit(false)
		}
	case stateList:
		return m.updateList(msg)
	case stateBookmarks:
		if key.Matches(msg, k.Back) {
			m.state = m.marksFrom
			return m, nil
		}
		var cmd tea.Cmd
		m.marks, cmd = m.marks.Update(msg)
		return m, cmd
	case stateReader:
		return m.updateReader(msg)
	case stateFinder:
		if key.Matches(msg, k.Search) {
			return m.openSearch()
		}
		var cmd tea.Cmd
		m.finder, cmd = m.finder.Update(msg)
		return m, cmd
	case stateSearch:
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		return m, cmd
	case stateOutline:
		if key.Matches(msg, k.Back) {
			m.state = stateReader
			return m, nil
		}
		var cmd tea.Cmd
		m.outline, cmd = m.outline.Update(msg)
		return m, cmd
	case stateImages:
		if key.Matches(msg, k.Back) {
			m.state = stateReader
			return m, nil
		}
		var cmd tea.Cmd
		m.images, cmd = m.images.Update(msg)
		return m, cmd
	case stateHelp:
		if key.Matches(msg, k.Back) {
			m.state = m.back
			return m, nil
		}
		m.help = m.help.Update(msg, k.NavKeyMap, l.paneH)
	case stateWarnings:
		if key.Matches(msg, k.Back) {
			m.state = stateList
			return m, nil
		}
		m.warnings = m.warnings.Update(msg, k.NavKeyMap, l.paneH)
	}
	return m, nil
}

// updateList handles a key on the talk list: the keys that leave it, else
// the list's own (moving and enter).
func (m Model) updateList(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, m.quit(false)
	case key.Matches(msg, k.Bookmarks):
		return m.openBookmarks()
	case key.Matches(msg, k.FindInList):
		return m.openFinder()
	case key.Matches(msg, k.Warnings) && k.Warnings.Enabled():
		m.state = stateWarnings
		m.warnings.GotoTop()
		return m, nil
	}
	before := m.list.Selected()
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	if m.list.Selected() != before {
		cmd = tea.Batch(cmd, m.preview())
	}
	return m, cmd
}

// preview shows the talk under the list's cursor in the reading pane when
// both panes are on screen.
func (m *Model) preview() tea.Cmd {
	if !m.layout().wide {
		return nil
	}
	return m.show(m.list.Selected())
}

// updateReader handles a key in the reading pane: the reader's own keys
// (all of them while it types or selects), else the keys that leave it.
func (m Model) updateReader(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	t := m.reader.Talk()
	if m.reader.Wants(msg) {
		var cmd tea.Cmd
		m.reader, cmd = m.reader.Update(msg)
		return m, cmd
	}
	switch {
	case key.Matches(msg, k.Back):
		m.state = stateList
		return m, m.saveState()
	case key.Matches(msg, k.Bookmark):
		return m.startBookmark()
	case key.Matches(msg, k.Bookmarks):
		return m.openBookmarks()
	case key.Matches(msg, k.Outline):
		l := m.layout()
		keys := m.outline.KeyMap
		m.outline = outline.New(t, m.reader.TopBlock())
		m.outline.KeyMap = keys
		m.outline.SetSize(l.readW, l.paneH)
		m.outline.SetStyles(outline.StylesFrom(m.styles))
		m.state = stateOutline
	case key.Matches(msg, k.Images):
		l := m.layout()
		keys := m.images.KeyMap
		m.images = images.New(t, m.reader.TopBlock())
		m.images.KeyMap = keys
		m.images.SetSize(l.readW, l.paneH)
		m.images.SetStyles(images.StylesFrom(m.styles))
		m.state = stateImages
	case key.Matches(msg, k.Video):
		if u := t.VideoURL(); u != "" {
			return m, openCmd(m.open, "the video", u)
		}
		m.flash = "this talk has no video"
	case key.Matches(msg, k.PrevTalk), key.Matches(msg, k.NextTalk):
		dir := 1
		if key.Matches(msg, k.PrevTalk) {
			dir = -1
		}
		if n := m.list.Neighbor(t, dir); n != nil {
			return m, m.openTalk(n)
		}
		if dir < 0 {
			m.flash = "first talk of the forum"
		} else {
			m.flash = "last talk of the forum"
		}
	default:
		var cmd tea.Cmd
		m.reader, cmd = m.reader.Update(msg)
		return m, cmd
	}
	return m, nil
}

// updateWheel scrolls the pane under the mouse.
func (m Model) updateWheel(msg tea.MouseWheelMsg) (tea.Model, tea.Cmd) {
	l := m.layout()
	overList := m.state == stateList || m.overList(msg.Mouse())
	switch {
	case overList:
		m.list, _ = m.list.Update(msg)
		if m.state == stateList {
			return m, m.preview()
		}
	case m.state == stateReader:
		m.reader, _ = m.reader.Update(msg)
	case m.state == stateOutline:
		m.outline, _ = m.outline.Update(msg)
	case m.state == stateImages:
		m.images, _ = m.images.Update(msg)
	case m.state == stateBookmarks:
		var cmd tea.Cmd
		m.marks, cmd = m.marks.Update(msg)
		return m, cmd
	case m.state == stateHelp:
		m.help = m.help.Update(msg, m.keys.NavKeyMap, l.paneH)
	case m.state == stateWarnings:
		m.warnings = m.warnings.Update(msg, m.keys.NavKeyMap, l.paneH)
	}
	return m, nil
}

// updateClick opens the talk clicked in the list.
func (m Model) updateClick(msg tea.MouseClickMsg) (tea.Model, tea.Cmd) {
	l := m.layout()
	mouse := msg.Mouse()
	inList := m.state == stateList || m.overList(mouse)
	if mouse.Button != tea.MouseLeft || !inList || mouse.X >= l.listW {
		return m, nil
	}
	t := m.list.TalkAt(mouse.Y - m.listHeader())
	if t == nil {
		return m, nil
	}
	return m, m.openTalk(t)
}

// overList reports whether the mouse is over the list beside the reader.
func (m Model) overList(mouse tea.Mouse) bool {
	l := m.layout()
	return l.wide && mouse.X < l.listW && m.state == stateReader
}

// inReader is the mouse at the reading pane's cells: from its left edge,
// beside the list when wide.
func (m Model) inReader(mouse tea.Mouse) tea.Mouse {
	if l := m.layout(); l.wide {
		mouse.X -= l.listW + 1
	}
	return mouse
}
