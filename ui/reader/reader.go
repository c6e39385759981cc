// Package reader is the reading pane: a talk's page rendered by package
// render at the pane's width (at most MaxWidth), scrolled with less/vim
// keys and the wheel, keeping the paragraph at the top through resizes
// and restyles; search inside the talk (/, n, N); selecting whole
// sentences with keys or the mouse and copying them as a quote with its
// citation; the paragraph gutter; mouse capture on and off. It asks the
// root through intents (copy, flash); the root owns the keys that leave
// the reader, which the reader leaves alone unless Wants says otherwise.
package reader

import (
	tea "charm.land/bubbletea/v2"
	"talks/index"
	"talks/model"
	"talks/render"
	"talks/ui/kit"
)

// MaxWidth is the widest a page is rendered: longer lines are hard to
// read, so a wide pane leaves the rest blank.
const MaxWidth = 100

// noAnchor says the reader has no block waiting to be put at the top.
const noAnchor = -2

// Model is the reading pane.
type Model struct {
	// KeyMap is the reader's keys.
	KeyMap KeyMap
	// Flash, when set, is shown in the status line instead of the title.
	Flash string

	talk *model.Talk
	page *render.Page // nil until the first page of the talk is rendered
	top  int          // first page line shown
	// anchor is the block to put at the top when the next page arrives
	// (after a resize, or a jump made before the page was ready): -1 for
	// the header, noAnchor for none.
	anchor int
	// pin is the block the reader last had at the top, kept through
	// resizes (even those that clamp the top at the end of the page) until
	// the reader scrolls; noAnchor when not yet taken.
	pin int
	// paneW and paneH are the pane's size; width and height its body's:
	// the page is rendered width cells wide and height lines of it shown.
	paneW, paneH  int
	width, height int
	// find is the search inside the talk.
	find talkFind
	// quoting is the sentence selection and the paragraph gutter.
	quoting
	// mouseOff says mouse capture is off, so the terminal selects text.
	mouseOff bool

	pages  *pageCache
	styles Styles
}

// New is an empty reading pane.
func New() Model {
	return Model{KeyMap: DefaultKeyMap(), anchor: noAnchor, pin: noAnchor, pages: newPageCache(), styles: DefaultStyles(true)}
}

// Show shows t with block at the top (-1: from its start), or keeps the
// position when t is already shown; the command renders its page.
func (m *Model) Show(t *model.Talk, block int) tea.Cmd {
	if m.talk != t {
		gutter := m.GutterWidth()
		m.talk, m.page, m.top, m.anchor, m.pin = t, nil, 0, block, noAnchor
		m.find.clear()
		m.clearSelection()
		m.refitGutter(gutter)
	}
	return m.wantPage()
}

// Talk is the talk shown, or nil.
func (m Model) Talk() *model.Talk { return m.talk }

// Page is the page shown, nil before it is rendered.
func (m Model) Page() *render.Page { return m.page }

// Top is the first page line shown.
func (m Model) Top() int { return m.top }

// Height is how many page lines the pane shows.
func (m Model) Height() int { return m.height }

// Width is the width the page is rendered at: the pane's, at most
// MaxWidth, less the gutter.
func (m Model) Width() int { return m.width }

// Typing reports whether the query line of the search in the talk has
// the keys.
func (m Model) Typing() bool { return m.find.typing }

// Selecting reports whether sentences are selected.
func (m Model) Selecting() bool { return m.sel.active() }

// MouseOff reports whether mouse capture is turned off, so that the
// terminal selects text.
func (m Model) MouseOff() bool { return m.mouseOff }

// SetSize sets the pane's size, w cells by h lines (the status line
// included), keeping the block at the top at the top; a new width asks
// for a new page.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.paneW, m.paneH = w, h
	m.resize(min(w, MaxWidth)-m.GutterWidth(), max(0, h-1))
	return m.wantPage()
}

// SetStyles sets the styles; a new page style asks for a new page, with
// the place kept.
func (m *Model) SetStyles(st Styles) tea.Cmd {
	m.styles = st
	return m.wantPage()
}

// ShowHit shows the search in the talk for query with hit h as the
// current match (the first when h is not among the matches), scrolled
// into view.
func (m *Model) ShowHit(query string, h index.Hit) {
	m.find.set(m.talk, query, h)
	m.revealMatch()
}

// setPage shows p, putting the waiting anchor block, if any, at the top.
func (m *Model) setPage(p *render.Page) {
	m.page = p
	if m.anchor != noAnchor {
		m.top = m.lineOf(m.anchor)
		m.anchor = noAnchor
	}
	m.clampTop()
	m.revealMatch()
}

// lineOf is the first line of block b on the page, 0 for the header.
func (m Model) lineOf(b int) int {
	if b < 0 || m.page == nil {
		return 0
	}
	return m.page.LineOf(b)
}

// resize sets the body's size, keeping the block at the top at the top. A
// new width needs a new page: the block waits as the anchor.
func (m *Model) resize(w, h int) {
	if m.page != nil && (w != m.width || h != m.height) {
		if m.pin == noAnchor {
			m.pin = m.TopBlock()
		}
		if w != m.width {
			m.anchor = m.pin
		} else if !m.stale() {
			m.top = m.lineOf(m.pin)
		}
	}
	m.width, m.height = w, h
	m.clampTop()
}

// stale reports whether the page shown was rendered for another width.
func (m Model) stale() bool { return m.anchor != noAnchor }

// Ready reports whether the page shown is the one for the pane's width.
func (m Model) Ready() bool { return m.page != nil && !m.stale() }

// clampTop keeps the top within the page.
func (m *Model) clampTop() {
	if m.page == nil {
		m.top = 0
		return
	}
	m.top = kit.Clamp(m.top, 0, max(0, m.page.Len()-m.height))
}

// scroll moves the top by delta lines, as the reader asked.
func (m *Model) scroll(delta int) {
	m.top += delta
	m.clampTop()
	m.pin = noAnchor
	if m.stale() && m.page != nil {
		m.anchor = m.page.BlockAt(m.top)
	}
}

// Jump puts block b at the top (-1: the header), now or when the page
// for the pane's width arrives.
func (m *Model) Jump(b int) {
	m.pin = noAnchor
	if m.page == nil || m.stale() {
		m.anchor = b
		return
	}
	m.top = m.lineOf(b)
	m.clampTop()
}

// TopBlock is the block shown on the top line, -1 for the header or no
// page.
func (m Model) TopBlock() int {
	switch {
	case m.anchor != noAnchor:
		return m.anchor // the block waiting to be put at the top
	case m.page == nil:
		return -1
	}
	return m.page.BlockAt(m.top)
}
