package ui

import (
	"fmt"
	"strings"

	"talks/model"
	"talks/safetext"
	"talks/ui/kit"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// demoLine tells a demo user how to open their own files.
const demoLine = "demo corpus — run `talks PATH` to open your own files"

// layout is where the panes go for the current terminal size.
type layout struct {
	wide     bool // list and reader side by side
	listW    int  // width of the list pane
	readW    int  // width of the reading pane
	paneH    int  // height of the panes (the hint bar aside)
	listRows int  // talk rows the list pane shows
}

// layout computes the panes for the terminal's size.
func (m Model) layout() layout {
	l := layout{paneH: max(0, m.height-1), listW: m.width, readW: m.width}
	if m.width >= wideWidth {
		l.wide = true
		l.listW = kit.Clamp(m.width*2/5, 30, 60)
		l.readW = m.width - l.listW - 1
	}
	l.listRows = max(0, l.paneH-m.listHeader()-1)
	return l
}

// listHeader is the number of lines above the list's rows.
func (m Model) listHeader() int {
	if m.demo() {
		return 2
	}
	return 1
}

// demo reports whether the demo corpus is shown.
func (m Model) demo() bool { return m.opts.Demo || (m.corpus != nil && m.corpus.Demo) }

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
		lines = kit.FitBlock([]string{"Loading " + m.opts.Source + "…" + m.loadingStatus()}, m.width, l.paneH)
	case stateHelp:
		lines = m.help.View(m.width, l.paneH)
	case stateWarnings:
		lines = m.warnings.View(m.width, l.paneH)
	case stateFinder:
		lines = kit.Lines(m.finder.View())
	case stateSearch:
		lines = kit.Lines(m.search.View())
	default:
		lines = m.panes(l)
	}
	lines = append(lines, hintBar(m.keyring(), m.hintState(), m.width, m.styles))
	return strings.Join(lines[:min(len(lines), m.height)], "\n")
}

// panes draws the list and the reading side (reader, outline or images):
// side by side when wide, else the one that has the focus.
func (m Model) panes(l layout) []string {
	if !l.wide {
		if m.state == stateList {
			return m.listPane(l.listW, l.paneH)
		}
		return m.readPane(l.readW, l.paneH)
	}
	return kit.JoinColumns(m.listPane(l.listW, l.paneH), m.readPane(l.readW, l.paneH), m.styles.Divider.Render("│"))
}

// listPane is the title, the demo line, the talk rows and a status line.
func (m Model) listPane(w, h int) []string {
	if h <= 0 {
		return nil
	}
	title := "talks"
	if m.opts.Source != "" {
		title += " · " + m.opts.Source
	}
	lines := []string{m.styles.Title.Render(kit.Ellipsis(title, w))}
	if m.demo() {
		lines = append(lines, m.styles.Demo.Render(kit.Ellipsis(demoLine, w)))
	}
	rows := max(0, h-len(lines)-1)
	if m.list.Len() == 0 {
		lines = append(lines, kit.FitBlock([]string{"  No talks found."}, w, rows)...)
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
	return append(lines, m.listStatus(w))
}

// listStatus is "n/m talks" and the warnings count, or the flash message.
func (m Model) listStatus(w int) string {
	s := fmt.Sprintf(" %d/%d talks", min(m.list.Cursor()+1, m.list.Len()), m.list.Len())
	s += m.loadingStatus()
	if n := m.warningCount(); n > 0 {
		s += " · " + m.styles.Warning.Render(fmt.Sprintf("⚠ %s (w)", kit.Plural(n, "warning")))
	}
	if m.flash != "" && m.state == stateList {
		s = " " + m.flash
	}
	return m.styles.Status.Render(kit.FitLine(ansi.Truncate(s, w, "…"), w))
}

// readPane is the reader, or the outline or image list over it.
func (m Model) readPane(w, h int) []string {
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
	case stateNote:
		lines := kit.Lines(m.reader.View())
		if len(lines) > 0 {
			lines[len(lines)-1] = m.note.View(w)
		}
		return lines
	}
	if m.reader.Talk() == nil {
		return kit.FitBlock([]string{"", "  Enter opens the talk under the cursor."}, w, h)
	}
	r := m.reader
	if m.state == stateReader {
		r.Flash = m.flash
	}
	return kit.Lines(r.View())
}

// warningLines are the loading problems, wrapped to w cells.
func (m Model) warningLines(w int) []string {
	var ws []model.Warning
	if m.corpus != nil {
		ws = m.corpus.Warnings
	}
	lines := []string{m.styles.Title.Render(kit.Ellipsis(fmt.Sprintf("%s while loading %s", kit.Plural(len(ws), "problem"), m.opts.Source), w))}
	for _, x := range ws {
		wrapped := ansi.Wrap(x.Error(), max(1, w-2), "")
		for i, s := range strings.Split(wrapped, "\n") {
			prefix := "  "
			if i == 0 {
				prefix = m.styles.Warning.Render("⚠ ")
			}
			lines = append(lines, prefix+s)
		}
	}
	return lines
}

// warningCount is the number of problems met while loading.
func (m Model) warningCount() int {
	if m.corpus == nil {
		return 0
	}
	return len(m.corpus.Warnings)
}

// safeTitle keeps only printable characters of a window title, which goes
// to the terminal inside an escape sequence: the loader cleans transcript
// text already, and this is a second guard where a slip would matter most.
func safeTitle(s string) string {
	return strings.Map(func(r rune) rune {
		if safetext.IsControl(r) || safetext.IsBidi(r) {
			return -1
		}
		return r
	}, s)
}
