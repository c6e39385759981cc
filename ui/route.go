package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"talks/ui/images"
	"talks/ui/outline"
)

// updateKey routes a key: the keys that open screens from anywhere, then
// the screen shown, whose component has the other keys but those that
// leave it.
func (m Model) updateKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	if m.state == stateNote {
		m.note, cmd = m.note.Update(msg) // every key but ctrl+c is the prompt's
		return m, cmd
	}
	k := m.keys
	if m.state != stateLoading {
		switch {
		case key.Matches(msg, k.Finder) && m.state != stateFinder:
			return m.openFinder()
		case key.Matches(msg, k.Search) && m.state != stateSearch:
			return m.openSearch()
		case key.Matches(msg, k.Help) && !m.typing():
			if m.state == stateHelp {
				m.leave()
			} else {
				m.enter(stateHelp)
				m.help.GotoTop()
			}
			return m, nil
		}
	}
	back := key.Matches(msg, k.Back)
	switch m.state {
	case stateLoading:
		if key.Matches(msg, k.Quit) {
			return m, m.quit(false)
		}
	case stateList:
		return m.updateList(msg)
	case stateReader:
		return m.updateReader(msg)
	case stateFinder:
		m.finder, cmd = m.finder.Update(msg)
	case stateSearch:
		m.search, cmd = m.search.Update(msg)
	case stateOutline, stateImages, stateBookmarks, stateHelp, stateWarnings:
		if back {
			m.leave()
			return m, nil
		}
		return m.updateScreen(msg)
	}
	return m, cmd
}

// updateScreen hands a key or the wheel to the outline, the image list,
// the bookmark list, the help or the warnings, whichever is shown.
func (m Model) updateScreen(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	h := m.layout().paneH
	switch m.state {
	case stateOutline:
		m.outline, cmd = m.outline.Update(msg)
	case stateImages:
		m.images, cmd = m.images.Update(msg)
	case stateBookmarks:
		m.marks, cmd = m.marks.Update(msg)
	case stateHelp:
		m.help = m.help.Update(msg, m.keys.NavKeyMap, h)
	case stateWarnings:
		m.warnings = m.warnings.Update(msg, m.keys.NavKeyMap, h)
	}
	return m, cmd
}

// updateList handles a key on the talk list: the keys that leave it, else
// the list's own (moving and enter), the talk under the cursor previewed.
func (m Model) updateList(msg tea.Msg) (tea.Model, tea.Cmd) {
	k := m.keys
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(msg, k.Quit):
			return m, m.quit(false)
		case key.Matches(msg, k.Bookmarks):
			return m.openBookmarks()
		case key.Matches(msg, k.FindInList):
			return m.openFinder()
		case key.Matches(msg, k.Warnings) && k.Warnings.Enabled():
			m.enter(stateWarnings)
			m.warnings.GotoTop()
			return m, nil
		}
	}
	before := m.list.Selected()
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	if m.list.Selected() != before && m.state == stateList {
		cmd = tea.Batch(cmd, m.preview())
	}
	return m, cmd
}

// updateReader handles a key in the reading pane: the reader's own keys
// (all of them while it types or selects), else the keys that leave it.
func (m Model) updateReader(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, t := m.keys, m.reader.Talk()
	var cmd tea.Cmd
	switch {
	case m.reader.Wants(msg):
		m.reader, cmd = m.reader.Update(msg)
	case key.Matches(msg, k.Back):
		m.state = stateList
		cmd = m.saveState()
	case key.Matches(msg, k.Bookmark):
		return m.startBookmark()
	case key.Matches(msg, k.Bookmarks):
		return m.openBookmarks()
	case key.Matches(msg, k.Outline):
		l, keys := m.layout(), m.outline.KeyMap
		m.outline = outline.New(t, m.reader.TopBlock())
		m.outline.KeyMap = keys
		m.outline.SetSize(l.readW, l.paneH)
		m.outline.SetStyles(outline.StylesFrom(m.styles))
		m.enter(stateOutline)
	case key.Matches(msg, k.Images):
		l, keys := m.layout(), m.images.KeyMap
		m.images = images.New(t, m.reader.TopBlock())
		m.images.KeyMap = keys
		m.images.SetSize(l.readW, l.paneH)
		m.images.SetStyles(images.StylesFrom(m.styles))
		m.enter(stateImages)
	case key.Matches(msg, k.Video):
		return m.openVideo(t)
	case key.Matches(msg, k.PrevTalk), key.Matches(msg, k.NextTalk):
		dir := 1
		if key.Matches(msg, k.PrevTalk) {
			dir = -1
		}
		if n := m.list.Neighbor(t, dir); n != nil {
			return m, m.openTalk(n)
		}
		m.flash = "last talk of the forum"
		if dir < 0 {
			m.flash = "first talk of the forum"
		}
	default:
		m.reader, cmd = m.reader.Update(msg)
	}
	return m, cmd
}
