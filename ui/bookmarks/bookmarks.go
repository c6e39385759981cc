// Package bookmarks is the list of every bookmark (enter goes to one, d
// deletes it) and the prompt for a new bookmark's note. Bookmarks are kept
// by package state; a bookmark's talk is looked up by ID in the corpus.
package bookmarks

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/model"
	talkstate "talks/state"
	"talks/ui/intent"
	"talks/ui/kit"
)

// Name is the list's name in the intents it sends.
const Name = "bookmarks"

// hint is the status line's text when there is no message.
const hint = "enter: go · d: delete · esc: back"

// Model is the list of all bookmarks, newest first.
type Model struct {
	// KeyMap is the list's and the prompt's keys.
	KeyMap KeyMap
	// Now is the clock new bookmarks are dated with; nil is time.Now.
	Now func() time.Time
	// Location is the time zone bookmarks' dates are shown in; nil is
	// time.Local.
	Location *time.Location
	// Flash, when set, is shown in the status line instead of the keys.
	Flash string

	store  *talkstate.Store
	talks  *model.Corpus // where bookmarks' talks are looked up
	loaded bool          // talks is the whole corpus, not the talks so far
	marks  []talkstate.Bookmark
	picker kit.Picker
	styles Styles
	width  int
	height int
}

// New is the list of the bookmarks kept in store (nil: none are kept).
func New(store *talkstate.Store) Model {
	return Model{
		KeyMap: DefaultKeyMap(),
		store:  store,
		styles: DefaultStyles(true),
		picker: kit.Picker{Title: "Bookmarks", Empty: "No bookmarks yet: m in a talk adds one."},
	}
}

// Kept reports whether bookmarks are kept in this session.
func (m Model) Kept() bool { return m.store != nil }

// Open fills the list from the store with the cursor on the newest
// bookmark; see Load.
func (m *Model) Open(talks *model.Corpus, loaded bool) {
	m.picker.Cursor, m.picker.Offset = 0, 0
	m.Load(talks, loaded)
}

// Load fills the list from the store, newest first, keeping the cursor
// where it was. Bookmarks' talks are looked up in talks: the corpus when
// loaded, else the talks a load still running has brought so far.
func (m *Model) Load(talks *model.Corpus, loaded bool) {
	m.talks, m.loaded = talks, loaded
	m.marks = m.store.Bookmarks()
	slices.Reverse(m.marks)
	m.picker.Items = m.picker.Items[:0]
	for _, b := range m.marks {
		m.picker.Items = append(m.picker.Items, m.line(b))
	}
	m.picker.Cursor = kit.Clamp(m.picker.Cursor, 0, max(0, len(m.picker.Items)-1))
}

// talk is the bookmark's talk, or nil when it is not (yet) loaded.
func (m Model) talk(b talkstate.Bookmark) *model.Talk {
	if m.talks == nil || b.Talk == "" {
		return nil
	}
	return m.talks.ByID(b.Talk)
}

// missing says why a bookmark's talk is not found: not loaded yet while a
// load still runs, or not in this corpus.
func (m Model) missing() string {
	if !m.loaded {
		return "not loaded yet"
	}
	return "not in this corpus"
}

// line is a bookmark as the list shows it: talk title, part, paragraph,
// note and date.
func (m Model) line(b talkstate.Bookmark) string {
	parts := []string{b.Talk + " (" + m.missing() + ")"}
	if t := m.talk(b); t != nil {
		parts = []string{kit.TitleOf(t)}
		if p := t.PartLabel(); p != "" {
			parts = append(parts, p)
		}
	}
	parts = append(parts, fmt.Sprintf("¶ %d", b.Para))
	if n := cleanNote(b.Note); n != "" {
		parts = append(parts, "“"+ansi.Strip(n)+"”")
	}
	loc := m.Location
	if loc == nil {
		loc = time.Local
	}
	parts = append(parts, b.Created.In(loc).Format("2006-01-02"))
	return strings.Join(parts, " · ")
}

// selected is the bookmark under the cursor.
func (m Model) selected() (talkstate.Bookmark, bool) {
	if len(m.marks) == 0 {
		return talkstate.Bookmark{}, false
	}
	return m.marks[m.picker.Cursor], true
}

// SetSize sets the pane's size.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// SetStyles sets the styles.
func (m *Model) SetStyles(st Styles) { m.styles = st }

// Update handles a key or the wheel: enter asks to open the bookmark's
// talk at its paragraph, d deletes it (and asks to save), the movement
// keys move.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	b, ok := m.selected()
	if k, isKey := msg.(tea.KeyPressMsg); isKey && ok {
		switch {
		case key.Matches(k, m.KeyMap.Select):
			t := m.talk(b)
			if t == nil {
				return m, intent.FlashCmd("that talk is " + m.missing())
			}
			block := talkstate.Pos{Block: b.Block, Para: b.Para}.BlockIn(t)
			return m, intent.Cmd(intent.OpenTalk{Talk: t, Block: block})
		case key.Matches(k, m.KeyMap.Delete):
			m.store.DeleteBookmark(b)
			m.Load(m.talks, m.loaded)
			return m, tea.Batch(intent.FlashCmd(fmt.Sprintf("bookmark at ¶ %d deleted", b.Para)), intent.Cmd(intent.Save{}))
		}
	}
	m.picker = m.picker.Update(msg, m.KeyMap.NavKeyMap, m.height)
	return m, nil
}

// View is the list, as wide and high as SetSize said.
func (m Model) View() string {
	status := hint
	if m.Flash != "" {
		status = m.Flash
	}
	return strings.Join(m.picker.View(m.width, m.height, status, m.styles.Picker), "\n")
}

// cleanNote is a note as kept: one line, no control characters.
func cleanNote(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// clock is the time now, by Now.
func (m Model) clock() time.Time {
	if m.Now != nil {
		return m.Now()
	}
	return time.Now()
}
