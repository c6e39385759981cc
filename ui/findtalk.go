package ui

import (
	"fmt"

	"talks/index"
	"talks/model"
	"talks/ui/kit"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// talkFind is the search inside the open talk: the query line while it is
// typed, then the hits of index.SearchTalk and the one n and N are on.
type talkFind struct {
	typing bool
	input  textinput.Model
	query  string
	hits   []index.Hit
	cur    int
	// reveal says the current hit is to be scrolled into view when the
	// page arrives.
	reveal bool
}

// active reports whether a search is shown in the talk.
func (f talkFind) active() bool { return f.query != "" }

// clear ends the search.
func (f *talkFind) clear() { *f = talkFind{} }

// set searches t for query and makes the hit at h's place current (the
// first hit when h is not among them).
func (f *talkFind) set(t *model.Talk, query string, h index.Hit) {
	f.query, f.hits, f.cur, f.typing = query, index.SearchTalk(t, query), 0, false
	for i, x := range f.hits {
		if x.Block == h.Block && x.Offset == h.Offset {
			f.cur = i
			break
		}
	}
	f.reveal = len(f.hits) > 0
}

// status is "3/17" for the status line, "0/0" when nothing matched.
func (f talkFind) status() string {
	if len(f.hits) == 0 {
		return "0/0"
	}
	return fmt.Sprintf("%d/%d", f.cur+1, len(f.hits))
}

// findTalkKey handles the in-talk search keys of the reader: / opens the
// query line, n and N step through the hits, esc clears. ok is false for
// other keys.
func (m *Model) findTalkKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	k, r := m.keys, &m.reader
	f := &r.find
	if f.typing {
		return m.typingFind(msg), true
	}
	switch {
	case key.Matches(msg, k.FindInTalk):
		f.input = kit.NewInput("/", "search in this talk, enter to go")
		f.typing = true
		return f.input.Focus(), true
	case key.Matches(msg, k.Close) && f.active():
		f.clear()
		return nil, true
	case key.Matches(msg, k.NextMatch), key.Matches(msg, k.PrevMatch):
		if !f.active() {
			m.flash = "/ searches in this talk"
			return nil, true
		}
		if n := len(f.hits); n > 0 {
			d := 1
			if key.Matches(msg, k.PrevMatch) {
				d = -1
			}
			f.cur = ((f.cur+d)%n + n) % n
			f.reveal = true
			r.revealMatch()
		}
		return nil, true
	}
	return nil, false
}

// typingFind handles a key on the in-talk query line: Enter searches,
// esc leaves the line (the search shown stays).
func (m *Model) typingFind(msg tea.KeyPressMsg) tea.Cmd {
	r := &m.reader
	f := &r.find
	switch {
	case key.Matches(msg, m.keys.Close):
		f.typing = false
		f.input.Blur()
		return nil
	case key.Matches(msg, m.keys.Select):
		q := f.input.Value()
		if q == "" {
			f.clear()
			return nil
		}
		f.set(r.talk, q, index.Hit{Block: -1})
		f.cur = firstFrom(f.hits, r.topBlock())
		if len(f.hits) == 0 {
			m.flash = fmt.Sprintf("no match for “%s”", q)
		}
		r.revealMatch()
		return nil
	}
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(msg)
	return cmd
}

// firstFrom is the first hit in block b or after it, wrapping to the
// first hit.
func firstFrom(hits []index.Hit, b int) int {
	for i, h := range hits {
		if h.Block >= b {
			return i
		}
	}
	return 0
}
