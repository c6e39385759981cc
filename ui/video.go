package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
	"talks/model"
)

// openVideo is p in the reader: the talk's video at its part or, in a
// timed talk, at the moment the block at the top is said (Talk.VideoAt);
// the status line then says "opened video at 12:34".
func (m Model) openVideo(t *model.Talk) (tea.Model, tea.Cmd) {
	u, what := t.VideoURL(), "the video"
	// A video on a site whose links name no moment (VideoPage) opens at
	// its start, and the status line does not say otherwise.
	if at, ok := momentAt(t, m.reader.TopBlock()); ok && t.VideoID != "" {
		u, what = t.VideoAt(at), "video at "+model.Clock(at)
	}
	if u == "" {
		m.flash = "this talk has no video"
		return m, nil
	}
	return m, openCmd(m.open, what, u)
}

// momentAt is when block b of a timed talk is said: its start, or that of
// the first timed block after it (the header, -1, is the first block's);
// failing that, of the last one before it. ok is false in an untimed talk.
func momentAt(t *model.Talk, b int) (time.Duration, bool) {
	b = max(b, 0)
	for i := b; i < len(t.Blocks); i++ {
		if t.Blocks[i].Timed {
			return t.Blocks[i].Start, true
		}
	}
	for i := min(b, len(t.Blocks)) - 1; i >= 0; i-- {
		if t.Blocks[i].Timed {
			return t.Blocks[i].Start, true
		}
	}
	return 0, false
}
