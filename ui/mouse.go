package ui

import tea "charm.land/bubbletea/v2"

// updateMouse routes the mouse: the wheel scrolls the pane under it, a
// click on the list opens the talk clicked, and the left button in the
// reading body selects sentences (the reader gets the mouse at its own
// cells). A release goes to the reader wherever it is, to end a drag.
func (m Model) updateMouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	l, mouse := m.layout(), msg.Mouse()
	overList := m.state == stateList || (m.state == stateReader && l.overList(mouse))
	at := l.inReader(mouse)
	switch msg.(type) {
	case tea.MouseWheelMsg:
		switch {
		case overList:
			return m.updateList(msg)
		case m.state == stateReader:
			m.reader, _ = m.reader.Update(msg)
			return m, nil
		}
		return m.updateScreen(msg)
	case tea.MouseClickMsg:
		if m.state == stateReader && !overList {
			m.reader, _ = m.reader.Update(tea.MouseClickMsg(at))
			return m, nil
		}
		if t := m.list.TalkAt(mouse.Y - l.header); overList && mouse.Button == tea.MouseLeft && mouse.X < l.listW && t != nil {
			return m, m.openTalk(t)
		}
	case tea.MouseMotionMsg:
		if m.state == stateReader {
			m.reader, _ = m.reader.Update(tea.MouseMotionMsg(at))
		}
	case tea.MouseReleaseMsg:
		m.reader, _ = m.reader.Update(tea.MouseReleaseMsg(at))
	}
	return m, nil
}
