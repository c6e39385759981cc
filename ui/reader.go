package ui

import (
	"fmt"

	"talks/model"
	"talks/render"
	"talks/ui/kit"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// noAnchor says the reader has no block waiting to be put at the top.
const noAnchor = -2

// readerModel is the reading pane: a talk's rendered page, scrolled to top.
type readerModel struct {
	talk *model.Talk
	page *render.Page // nil until the first page of the talk is rendered
	top  int          // first page line shown
	// anchor is the block to put at the top when the next page arrives
	// (after a resize, or a jump made before the page was ready): -1 for
	// the header, noAnchor for none.
	anchor int
	// pin is the block the reader last had at the top, kept through resizes
	// (even those that clamp the top at the end of the page) until the
	// reader scrolls; noAnchor when not yet taken.
	pin int
	// width and height are the pane's body size: the page is rendered
	// width cells wide and height lines of it are shown.
	width, height int
	// find is the search inside the talk.
	find talkFind
	// quoting is the sentence selection and the paragraph gutter.
	quoting
}

// open shows t with block at the top (-1: from its start), or keeps the
// position when t is already open.
func (r *readerModel) open(t *model.Talk, block int) {
	if r.talk == t {
		return
	}
	r.talk, r.page, r.top, r.anchor, r.pin = t, nil, 0, block, noAnchor
	r.find.clear()
	r.clearSelection()
}

// setPage shows p, putting the waiting anchor block, if any, at the top.
func (r *readerModel) setPage(p *render.Page) {
	r.page = p
	if r.anchor != noAnchor {
		r.top = r.lineOf(r.anchor)
		r.anchor = noAnchor
	}
	r.clampTop()
	r.revealMatch()
}

// lineOf is the first line of block b on the page, 0 for the header.
func (r readerModel) lineOf(b int) int {
	if b < 0 || r.page == nil {
		return 0
	}
	return r.page.LineOf(b)
}

// resize sets the pane's body size, keeping the block at the top at the
// top. A new width needs a new page: the block waits as the anchor.
func (r *readerModel) resize(w, h int) {
	if r.page != nil && (w != r.width || h != r.height) {
		if r.pin == noAnchor {
			r.pin = r.topBlock()
		}
		if w != r.width {
			r.anchor = r.pin
		} else if !r.stale() {
			r.top = r.lineOf(r.pin)
		}
	}
	r.width, r.height = w, h
	r.clampTop()
}

// stale reports whether the page shown was rendered for another width.
func (r readerModel) stale() bool { return r.anchor != noAnchor }

// clampTop keeps the top within the page.
func (r *readerModel) clampTop() {
	if r.page == nil {
		r.top = 0
		return
	}
	r.top = kit.Clamp(r.top, 0, max(0, r.page.Len()-r.height))
}

// scroll moves the top by delta lines, as the reader asked.
func (r *readerModel) scroll(delta int) {
	r.top += delta
	r.clampTop()
	r.pin = noAnchor
	if r.stale() && r.page != nil {
		r.anchor = r.page.BlockAt(r.top)
	}
}

// jump puts block b at the top.
func (r *readerModel) jump(b int) {
	r.pin = noAnchor
	if r.page == nil || r.stale() {
		r.anchor = b
		return
	}
	r.top = r.lineOf(b)
	r.clampTop()
}

// topBlock is the block shown on the top line, -1 for the header or no page.
func (r readerModel) topBlock() int {
	switch {
	case r.anchor != noAnchor:
		return r.anchor // the block waiting to be put at the top
	case r.page == nil:
		return -1
	}
	return r.page.BlockAt(r.top)
}

// para is the paragraph being read: the first numbered block at or after
// the top line (the last paragraph when none follows).
func (r readerModel) para() int {
	if r.talk == nil {
		return 0
	}
	bs := r.talk.Blocks
	for i := max(0, r.placeBlock()); i < len(bs); i++ {
		if bs[i].Para > 0 {
			return bs[i].Para
		}
	}
	return r.talk.Paragraphs()
}

// percent is how much of the page is above the bottom of the pane.
func (r readerModel) percent() int {
	if r.page == nil || r.page.Len() <= r.height {
		return 100
	}
	return min(100, (r.top+r.height)*100/r.page.Len())
}

// update handles the scrolling keys and the mouse wheel.
func (r readerModel) update(msg tea.Msg, k KeyMap) readerModel {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if d, ok := k.Delta(msg, r.height); ok {
			r.scroll(d)
		}
	case tea.MouseWheelMsg:
		if d, ok := kit.WheelDelta(msg.Mouse()); ok {
			r.scroll(d)
		}
	}
	return r
}

// view renders the pane, w cells by h lines: the page, then a status line
// with flash (or the title), the percentage and the paragraph.
func (r readerModel) view(w, h int, flash string, st kit.Styles) []string {
	if h <= 0 || r.talk == nil {
		return kit.FitBlock(nil, w, h)
	}
	var body []string
	if r.page == nil {
		body = []string{"", "  " + kit.TitleOf(r.talk), "", "  …"}
	} else {
		body = r.find.mark(r.page, r.top, r.page.Lines(r.top, r.top+h-1), st)
		body = r.markSelection(body, st)
	}
	lines := kit.FitBlock(r.withGutter(body, st), w, h-1)
	if r.find.typing {
		return append(lines, kit.InputView(r.find.input, w, st.InputStyles()))
	}
	return append(lines, r.status(w, flash, st))
}

// status is the pane's status line.
func (r readerModel) status(w int, flash string, st kit.Styles) string {
	right := fmt.Sprintf(" ¶ %d/%d ", r.para(), r.talk.Paragraphs())
	if r.find.active() {
		right = " " + r.find.status() + " ·" + right
		if flash == "" {
			flash = "/" + r.find.query + " · n/N next/previous · esc clear"
		}
	}
	if r.page != nil {
		right = fmt.Sprintf(" %d%%", r.percent()) + right
	}
	if flash == "" && r.sel.active() {
		flash = r.selectionStatus()
	}
	left := flash
	if left == "" {
		left = kit.TitleOf(r.talk)
	}
	if ansi.StringWidth(right) >= w {
		return st.Status.Render(kit.FitLine(right, w))
	}
	left = kit.FitLine(" "+kit.Ellipsis(left, w-ansi.StringWidth(right)-1), w-ansi.StringWidth(right))
	return st.Status.Render(left + right)
}
