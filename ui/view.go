package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/safetext"
	"talks/ui/kit"
)

// demoLine tells a demo user how to open their own files.
const demoLine = "demo corpus — run `talks PATH` to open your own files"

// View draws the screen in the alternate screen, with mouse wheel support.
func (m Model) View() tea.View {
	v := tea.NewView(m.screen())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	if m.reader.MouseOff() {
		v.MouseMode = tea.MouseModeNone
	}
	v.WindowTitle = "talks"
	if t := m.reader.Talk(); t != nil && m.state != stateList {
		v.WindowTitle = safeTitle(kit.TitleOf(t)) + " · talks"
	}
	return v
}

// screen is the whole screen: the panes, then the hint bar.
func (m Model) screen() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	l := m.layout()
	var lines []string
	switch m.state {
	case stateLoading:
		lines = kit.FitBlock([]string{"Loading " + m.opts.Source + "…" + m.loading.status()}, m.width, l.paneH)
	case stateHelp:
		lines = m.help.View(m.width, l.paneH)
	case stateWarnings:
		lines = m.warnings.View(m.width, l.paneH)
	case stateFinder:
		lines = kit.Lines(m.finder.View())
	case stateSearch:
		lines = kit.Lines(m.search.View())
	case stateList:
		if !l.wide {
			lines = m.listPane(l)
			break
		}
		fallthrough
	default:
		lines = m.readPane(l)
		if l.wide {
			lines = kit.JoinColumns(m.listPane(l), lines, m.styles.Divider.Render("│"))
		}
	}
	lines = append(lines, hintBar(m.keyring(), m.hintState(), m.width, m.styles))
	return strings.Join(lines[:min(len(lines), m.height)], "\n")
}

// listPane is the title, the demo line, the talk rows and a status line:
// "n/m talks", the load's progress and the warnings count, or the flash.
func (m Model) listPane(l layout) []string {
	w, h := l.listW, l.paneH
	if h <= 0 {
		return nil
	}
	st := m.styles
	title := "talks"
	if m.opts.Source != "" {
		title += " · " + m.opts.Source
	}
	lines := []string{st.Title.Render(kit.Ellipsis(title, w))}
	if m.demo() {
		lines = append(lines, st.Demo.Render(kit.Ellipsis(demoLine, w)))
	}
	if m.list.Len() == 0 {
		lines = append(lines, "  No talks found.")
	} else {
		talks := m.list
		if m.state == stateList {
			talks.Focus()
		} else {
			talks.Blur()
		}
		lines = append(lines, kit.Lines(talks.View())...)
	}
	lines = kit.FitBlock(lines, w, h-1)
	s := fmt.Sprintf(" %d/%d talks", min(m.list.Cursor()+1, m.list.Len()), m.list.Len()) + m.loading.status()
	if n := len(m.corpusWarnings()); n > 0 {
		s += " · " + st.Warning.Render(fmt.Sprintf("⚠ %s (w)", kit.Plural(n, "warning")))
	}
	if m.flash != "" && m.state == stateList {
		s = " " + m.flash
	}
	return append(lines, st.Status.Render(kit.FitLine(ansi.Truncate(s, w, "…"), w)))
}

// readPane is the reader, or the outline, the image list, the bookmarks
// or the note prompt over it; the flash goes to the screen shown.
func (m Model) readPane(l layout) []string {
	switch m.state {
	case stateOutline:
		o := m.outline
		o.Flash = m.flash
		return kit.Lines(o.View())
	case stateImages:
		i := m.images
		i.Flash = m.flash
		return kit.Lines(i.View())
	case stateBookmarks:
		marks := m.marks
		marks.Flash = m.flash
		return kit.Lines(marks.View())
	}
	if m.reader.Talk() == nil {
		return kit.FitBlock([]string{"", "  Enter opens the talk under the cursor."}, l.readW, l.paneH)
	}
	r := m.reader
	if m.state == stateReader {
		r.Flash = m.flash
	}
	lines := kit.Lines(r.View())
	if m.state == stateNote && len(lines) > 0 {
		lines[len(lines)-1] = m.note.View(l.readW)
	}
	return lines
}

// safeTitle keeps only printable characters of a window title, which goes
// to the terminal inside an escape sequence: the loader cleans transcript
// text already, and this is a second guard where a slip would matter most.
func safeTitle(s string) string {
	return strings.Map(func(r rune) rune {
		if safetext.IsControl(r) || safetext.IsBidi(r) || kit.Invisible(r) {
			return -1
		}
		return r
	}, s)
}
