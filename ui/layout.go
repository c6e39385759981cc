package ui

import (
	tea "charm.land/bubbletea/v2"
	"talks/render"
	"talks/ui/bookmarks"
	"talks/ui/finder"
	"talks/ui/images"
	"talks/ui/kit"
	"talks/ui/list"
	"talks/ui/outline"
	"talks/ui/reader"
	"talks/ui/search"
)

// wideWidth is the terminal width from which the list and the reader are
// shown side by side.
const wideWidth = 120

// layout is where the panes go for the current terminal size.
type layout struct {
	wide     bool // list and reader side by side
	listW    int  // width of the list pane
	readW    int  // width of the reading pane
	paneH    int  // height of the panes (the hint bar aside)
	header   int  // lines of the list pane above its rows
	listRows int  // talk rows the list pane shows
}

// layoutFor computes the panes for a terminal of w×h cells; demo says the
// list pane has the demo line under its title.
func layoutFor(w, h int, demo bool) layout {
	l := layout{paneH: max(0, h-1), listW: w, readW: w, header: 1}
	if w >= wideWidth {
		l.wide = true
		l.listW = kit.Clamp(w*2/5, 30, 60)
		l.readW = w - l.listW - 1
	}
	if demo {
		l.header = 2
	}
	l.listRows = max(0, l.paneH-l.header-1)
	return l
}

// overList reports whether the mouse is over the list beside the reader.
func (l layout) overList(mouse tea.Mouse) bool { return l.wide && mouse.X < l.listW }

// inReader is the mouse at the reading pane's cells: from its left edge,
// beside the list when wide.
func (l layout) inReader(mouse tea.Mouse) tea.Mouse {
	if l.wide {
		mouse.X -= l.listW + 1
	}
	return mouse
}

// layout is the panes for the terminal's size.
func (m Model) layout() layout { return layoutFor(m.width, m.height, m.demo()) }

// demo reports whether the demo corpus is shown.
func (m Model) demo() bool { return m.opts.Demo || (m.corpus != nil && m.corpus.Demo) }

// resize lays the screens out again for the terminal's size.
func (m *Model) resize() tea.Cmd {
	l := m.layout()
	m.list.SetSize(l.listW, l.listRows)
	m.outline.SetSize(l.readW, l.paneH)
	m.images.SetSize(l.readW, l.paneH)
	m.marks.SetSize(l.readW, l.paneH)
	m.finder.SetSize(m.width, l.paneH)
	m.search.SetSize(m.width, l.paneH)
	m.buildText()
	return m.reader.SetSize(l.readW, l.paneH)
}

// restyle rebuilds every screen's styles after the background or NO_COLOR
// changed.
func (m *Model) restyle() tea.Cmd {
	page := render.Light
	switch {
	case m.noColor:
		m.styles, page = kit.PlainStyles(), render.Plain
	case m.isDark:
		m.styles, page = kit.DefaultStyles(true), render.Dark
	default:
		m.styles = kit.DefaultStyles(false)
	}
	m.list.SetStyles(list.StylesFrom(m.styles))
	m.outline.SetStyles(outline.StylesFrom(m.styles))
	m.images.SetStyles(images.StylesFrom(m.styles))
	m.marks.SetStyles(bookmarks.StylesFrom(m.styles))
	m.finder.SetStyles(finder.StylesFrom(m.styles))
	m.search.SetStyles(search.StylesFrom(m.styles))
	m.buildText()
	return m.reader.SetStyles(reader.StylesFrom(m.styles, page))
}
