package bookmarks

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/model"
	talkstate "talks/state"
	"talks/ui/intent"
	"talks/ui/kit"
)

// PromptName is the note prompt's name in the intents it sends.
const PromptName = "note"

// noteLimit is the longest note, in characters.
const noteLimit = 200

// Prompt is the line that asks for a new bookmark's note: enter saves the
// bookmark with it, esc makes none.
type Prompt struct {
	keys  KeyMap
	input textinput.Model
	draft talkstate.Bookmark
	store *talkstate.Store
	now   func() time.Time
	done  bool // saved or cancelled: keys wait for the root to close it
}

// Prompt starts the note prompt of a bookmark at block of t, with the
// focus; the bookmark is kept in the list's store and dated by its clock.
func (m Model) Prompt(t *model.Talk, block int) (Prompt, tea.Cmd) {
	p := Prompt{
		keys:  m.KeyMap,
		draft: talkstate.Bookmark{Talk: t.ID, Block: block, Para: talkstate.ParaAt(t, block)},
		store: m.store,
		now:   m.clock,
	}
	p.input = kit.NewInput(fmt.Sprintf("bookmark ¶ %d · note: ", p.draft.Para), "optional · enter saves · esc cancels")
	p.input.CharLimit = noteLimit
	return p, p.input.Focus()
}

// Update handles a key: enter adds the bookmark to the store and asks to
// save and close, esc asks to close, any other key is the note's text.
func (p Prompt) Update(msg tea.Msg) (Prompt, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if p.done || !ok {
		return p, nil
	}
	closed := intent.Cmd(intent.Close{From: PromptName})
	switch {
	case key.Matches(k, p.keys.NoteSave):
		b := p.draft
		b.Note = cleanNote(p.input.Value())
		b.Created = p.now().UTC().Round(0)
		p.store.AddBookmark(b)
		p.done = true
		return p, tea.Batch(intent.FlashCmd(fmt.Sprintf("bookmarked ¶ %d", b.Para)), intent.Cmd(intent.Save{}), closed)
	case key.Matches(k, p.keys.NoteCancel):
		p.done = true
		return p, tea.Batch(intent.FlashCmd("no bookmark made"), closed)
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return p, cmd
}

// View is the prompt line, w cells wide.
func (p Prompt) View(w int) string {
	in := p.input
	in.SetWidth(max(1, w-ansi.StringWidth(in.Prompt)-1))
	return kit.FitLine(ansi.Truncate(in.View(), w, ""), w)
}
