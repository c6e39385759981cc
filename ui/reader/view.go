package reader

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"talks/ui/kit"
)

// gutterDigits is how many digits of paragraph number the gutter holds;
// a space follows them.
const gutterDigits = 4

// GutterWidth is the cells the paragraph gutter takes from the pane:
// none when it is off.
func (m Model) GutterWidth() int {
	if !m.gutter {
		return 0
	}
	return m.labelCells() + 1
}

// View is the pane, as large as SetSize said: the page, then a status
// line with the flash (or the title), the percentage and the paragraph;
// or the query line while one is typed.
func (m Model) View() string {
	w, h := m.paneW, m.paneH
	if h <= 0 || m.talk == nil {
		return strings.Join(kit.FitBlock(nil, w, h), "\n")
	}
	var body []string
	if m.page == nil {
		body = []string{"", "  " + kit.TitleOf(m.talk), "", "  …"}
	} else {
		body = m.find.mark(m.page, m.top, m.page.Lines(m.top, m.top+h-1), m.styles)
		body = m.markSelection(body)
	}
	lines := kit.FitBlock(m.withGutter(body), w, h-1)
	if m.find.typing {
		return strings.Join(append(lines, kit.InputView(m.find.input, w, m.styles.Input)), "\n")
	}
	return strings.Join(append(lines, m.status(w)), "\n")
}

// status is the pane's status line.
func (m Model) status(w int) string {
	flash := m.Flash
	right := fmt.Sprintf(" ¶ %d/%d ", m.Para(), m.talk.Paragraphs())
	if m.find.active() {
		right = " " + m.find.status() + " ·" + right
		if flash == "" {
			flash = "/" + m.find.query + " · n/N next/previous · esc clear"
		}
	}
	if m.page != nil {
		right = fmt.Sprintf(" %d%%", m.Percent()) + right
	}
	if flash == "" && m.sel.active() {
		flash = m.selectionStatus()
	}
	left := flash
	if left == "" {
		left = kit.TitleOf(m.talk)
	}
	st := m.styles.Status
	if ansi.StringWidth(right) >= w {
		return st.Render(kit.FitLine(right, w))
	}
	left = kit.FitLine(" "+kit.Ellipsis(left, w-ansi.StringWidth(right)-1), w-ansi.StringWidth(right))
	return st.Render(left + right)
}

// withGutter puts the gutter before body, the page's lines from the top:
// a block's label (gutterLabel: its paragraph number or its time) on its
// first line, blank cells elsewhere.
func (m Model) withGutter(body []string) []string {
	w := m.GutterWidth()
	if w == 0 {
		return body
	}
	blank := strings.Repeat(" ", w)
	out := make([]string, len(body))
	for k, line := range body {
		out[k] = blank + line
		if m.page == nil || m.stale() {
			continue
		}
		l := m.top + k
		if b := m.page.BlockAt(l); b >= 0 && b < len(m.talk.Blocks) && m.page.LineOf(b) == l {
			if label := m.gutterLabel(b); label != "" {
				out[k] = m.styles.Gutter.Render(label) + " " + line
			}
		}
	}
	return out
}
