package ui

import (
	"fmt"
	"strings"
	"talks/ui/kit"
)

// gutterDigits is how many digits of paragraph number the gutter holds;
// a space follows them.
const gutterDigits = 4

// gutterWidth is the cells the paragraph gutter takes from the reading
// pane: none when it is off.
func (r readerModel) gutterWidth() int {
	if !r.gutter {
		return 0
	}
	return gutterDigits + 1
}

// withGutter puts the gutter before body, the page's lines from r.top: a
// numbered block's paragraph number (Block.Para, as `talks quote` reads
// them) on its first line, blank cells elsewhere.
func (r readerModel) withGutter(body []string, st kit.Styles) []string {
	w := r.gutterWidth()
	if w == 0 {
		return body
	}
	blank := strings.Repeat(" ", w)
	out := make([]string, len(body))
	for k, line := range body {
		out[k] = blank + line
		if r.page == nil || r.stale() {
			continue
		}
		l := r.top + k
		if b := r.page.BlockAt(l); b >= 0 && b < len(r.talk.Blocks) && r.talk.Blocks[b].Para > 0 && r.page.LineOf(b) == l {
			num := fmt.Sprintf("%*d", gutterDigits, r.talk.Blocks[b].Para)
			out[k] = st.Gutter.Render(num) + " " + line
		}
	}
	return out
}
