package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	talkstate "talks/state"
	"talks/ui/kit"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// marksModel is the bookmarks' part of the app: the note prompt of a new
// bookmark and the list of all bookmarks.
type marksModel struct {
	kit.Picker
	// marks[i] is the bookmark of item i, newest first.
	marks []talkstate.Bookmark
	from  state // the screen the list returns to
	// note is the prompt for a new bookmark's note; draft is that bookmark.
	note  textinput.Model
	draft talkstate.Bookmark
	// quitAnyway is set once a save on the way out failed and said so.
	quitAnyway bool
	// now is the clock bookmarks are dated with (nil: time.Now).
	now func() time.Time
}

// clock is the time now.
func (k marksModel) clock() time.Time {
	if k.now != nil {
		return k.now()
	}
	return time.Now()
}

// noteLimit is the longest note, in characters.
const noteLimit = 200

// startBookmark opens the note prompt for a bookmark at the paragraph at
// the top of the reader.
func (m Model) startBookmark() (tea.Model, tea.Cmd) {
	t := m.reader.talk
	if m.opts.State == nil {
		m.flash = "bookmarks are not kept in this session"
		return m, nil
	}
	b := m.reader.placeBlock()
	m.marks.draft = talkstate.Bookmark{Talk: t.ID, Block: b, Para: talkstate.ParaAt(t, b)}
	in := textinput.New()
	in.Prompt = fmt.Sprintf("bookmark ¶ %d · note: ", m.marks.draft.Para)
	in.Placeholder = "optional · enter saves · esc cancels"
	in.CharLimit = noteLimit
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	m.marks.note = in
	m.state = stateNote
	return m, m.marks.note.Focus()
}

// updateNote handles a key in the note prompt: enter saves the bookmark
// with the note typed, esc cancels the bookmark.
func (m Model) updateNote(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.NoteSave):
		b := m.marks.draft
		b.Note = cleanNote(m.marks.note.Value())
		b.Created = m.marks.clock().UTC().Round(0)
		m.opts.State.AddBookmark(b)
		m.state = stateReader
		m.flash = fmt.Sprintf("bookmarked ¶ %d", b.Para)
		return m, m.saveState()
	case key.Matches(msg, m.keys.NoteCancel):
		m.state = stateReader
		m.flash = "no bookmark made"
		return m, nil
	}
	var cmd tea.Cmd
	m.marks.note, cmd = m.marks.note.Update(msg)
	return m, cmd
}

// cleanNote is the note as kept: one line, no control characters.
func cleanNote(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// openBookmarks shows the list of all bookmarks.
func (m Model) openBookmarks() (tea.Model, tea.Cmd) {
	if m.opts.State == nil {
		m.flash = "bookmarks are not kept in this session"
		return m, nil
	}
	m.marks.from = m.state
	m.marks.Picker = kit.Picker{Title: "Bookmarks", Empty: "No bookmarks yet: m in a talk adds one."}
	m.marks.load(m)
	m.state = stateBookmarks
	return m, nil
}

// load fills the list from the store, newest first, keeping the cursor
// where it was.
func (k *marksModel) load(m Model) {
	k.marks = m.opts.State.Bookmarks()
	slices.Reverse(k.marks)
	k.Items = k.Items[:0]
	for _, b := range k.marks {
		k.Items = append(k.Items, m.bookmarkLine(b))
	}
	k.Cursor = kit.Clamp(k.Cursor, 0, max(0, len(k.Items)-1))
}

// bookmarkLine is a bookmark as the list shows it: talk title, part,
// paragraph, note and date.
func (m Model) bookmarkLine(b talkstate.Bookmark) string {
	parts := []string{b.Talk + " (" + m.missingTalk() + ")"}
	if t := m.talkByID(b.Talk); t != nil {
		parts = []string{kit.TitleOf(t)}
		if p := t.PartLabel(); p != "" {
			parts = append(parts, p)
		}
	}
	parts = append(parts, fmt.Sprintf("¶ %d", b.Para))
	if n := cleanNote(b.Note); n != "" {
		parts = append(parts, "“"+ansi.Strip(n)+"”")
	}
	parts = append(parts, b.Created.Local().Format("2006-01-02"))
	return strings.Join(parts, " · ")
}

// missingTalk says why a bookmark's talk is not found: not in the corpus,
// or not loaded yet while a load still runs.
func (m Model) missingTalk() string {
	if m.corpus == nil {
		return "not loaded yet"
	}
	return "not in this corpus"
}

// updateBookmarks handles a key in the bookmark list: enter jumps to the
// bookmark, d deletes it, esc or q goes back.
func (m Model) updateBookmarks(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	b, ok := m.marks.selected()
	switch {
	case key.Matches(msg, k.Back):
		m.state = m.marks.from
		return m, nil
	case ok && key.Matches(msg, k.Select):
		t := m.talkByID(b.Talk)
		if t == nil {
			m.flash = "that talk is " + m.missingTalk()
			return m, nil
		}
		cmd := m.openTalk(t)
		m.reader.jump(talkstate.Pos{Block: b.Block, Para: b.Para}.BlockIn(t))
		return m, cmd
	case ok && key.Matches(msg, k.DeleteMark):
		m.opts.State.DeleteBookmark(b)
		m.marks.load(m)
		m.flash = fmt.Sprintf("bookmark at ¶ %d deleted", b.Para)
		return m, m.saveState()
	}
	m.marks.Picker = m.marks.Update(msg, k.NavKeyMap, m.layout().paneH)
	return m, nil
}

// selected is the bookmark under the cursor.
func (k marksModel) selected() (talkstate.Bookmark, bool) {
	if len(k.marks) == 0 {
		return talkstate.Bookmark{}, false
	}
	return k.marks[k.Cursor], true
}

// marksPane is the bookmark list, w cells by h lines.
func (m Model) marksPane(w, h int) []string {
	return m.marks.View(w, h, m.flashOr("enter: go · d: delete · esc: back"), m.styles.PickerStyles())
}

// notePane is the reader with the note prompt over its status line.
func (m Model) notePane(w, h int) []string {
	lines := m.reader.view(w, h, "", m.styles)
	if len(lines) == 0 {
		return lines
	}
	in := m.marks.note
	in.SetWidth(max(1, w-ansi.StringWidth(in.Prompt)-1))
	lines[len(lines)-1] = kit.FitLine(ansi.Truncate(in.View(), w, ""), w)
	return lines
}
