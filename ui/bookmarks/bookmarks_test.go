package bookmarks

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/model"
	talkstate "talks/state"
	"talks/ui/intent"
)

// corpus is two invented talks of three paragraphs each.
func corpus() *model.Corpus {
	talk := func(id, title string) *model.Talk {
		t := &model.Talk{ID: id, Title: title, Part: 2}
		for i := 1; i <= 3; i++ {
			t.Blocks = append(t.Blocks, model.Block{Kind: model.KindParagraph, Para: i, Text: "段落。"})
		}
		return t
	}
	return &model.Corpus{Talks: []*model.Talk{talk("BVa-p1", "第一个报告"), talk("BVb-p2", "第二个报告")}}
}

// newList is the list of store's bookmarks at 80×10, loaded on c.
func newList(t *testing.T, store *talkstate.Store, c *model.Corpus, loaded bool) Model {
	t.Helper()
	m := New(store)
	m.SetSize(80, 10)
	m.Location = time.UTC
	m.Open(c, loaded)
	return m
}

// store keeps bookmarks in a folder of the test's.
func store(t *testing.T, marks ...talkstate.Bookmark) *talkstate.Store {
	t.Helper()
	st, _, err := talkstate.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range marks {
		st.AddBookmark(b)
	}
	return st
}

// intents runs cmd and gathers the intents it delivers.
func intents(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, intents(c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{msg}
	}
}

var noon = time.Date(2030, 5, 1, 12, 0, 0, 0, time.UTC)

// TestDatesInZone: a bookmark's date is its day in the zone the list
// shows dates in, whatever the machine's zone.
func TestDatesInZone(t *testing.T) {
	auckland, err := time.LoadLocation("Pacific/Auckland")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	st := store(t, talkstate.Bookmark{Talk: "BVa-p1", Para: 2, Created: noon})
	for _, tt := range []struct {
		loc  *time.Location
		want string
	}{{time.UTC, "2030-05-01"}, {auckland, "2030-05-02"}} {
		m := New(st)
		m.SetSize(80, 10)
		m.Location = tt.loc
		m.Open(corpus(), true)
		if v := m.View(); !strings.Contains(v, "第一个报告 · P2 · ¶ 2 · "+tt.want) {
			t.Errorf("%s: the list lacks the date %s:\n%s", tt.loc, tt.want, v)
		}
	}
}

// TestSelectAndDelete: enter asks to open the bookmark's talk at its
// paragraph; a talk not loaded yet, or not in the corpus, says so; d
// deletes the bookmark and asks to save.
func TestSelectAndDelete(t *testing.T) {
	c := corpus()
	st := store(t,
		talkstate.Bookmark{Talk: "BVgone-p1", Para: 1, Created: noon},
		talkstate.Bookmark{Talk: "BVb-p2", Block: 2, Para: 3, Created: noon.Add(time.Minute)})
	m := newList(t, st, c, true)
	enter, down, del := tea.KeyPressMsg{Code: tea.KeyEnter}, tea.KeyPressMsg{Code: 'j', Text: "j"}, tea.KeyPressMsg{Code: 'd', Text: "d"}
	m, cmd := m.Update(enter) // the newest first
	if got := intents(cmd); len(got) != 1 || got[0] != (intent.OpenTalk{Talk: c.Talks[1], Block: 2}) {
		t.Errorf("enter on the newest bookmark: %v, want to open BVb-p2 at block 2", got)
	}
	m, _ = m.Update(down)
	m, cmd = m.Update(enter)
	if got := intents(cmd); len(got) != 1 || got[0] != (intent.Flash{Text: "that talk is not in this corpus"}) {
		t.Errorf("enter on a talk not in the corpus: %v", got)
	}
	streaming := newList(t, st, &model.Corpus{}, false)
	streaming, _ = streaming.Update(down)
	if _, cmd := streaming.Update(enter); len(intents(cmd)) != 1 || intents(cmd)[0] != (intent.Flash{Text: "that talk is not loaded yet"}) {
		t.Errorf("enter while loading: %v", intents(cmd))
	}
	if v := streaming.View(); !strings.Contains(v, "BVgone-p1 (not loaded yet)") {
		t.Errorf("a talk not loaded yet:\n%s", v)
	}
	m, cmd = m.Update(del)
	got := intents(cmd)
	if len(got) != 2 || got[0] != (intent.Flash{Text: "bookmark at ¶ 1 deleted"}) || got[1] != (intent.Save{}) {
		t.Errorf("d: %v, want a flash and a save", got)
	}
	if bs := st.Bookmarks(); len(bs) != 1 || bs[0].Talk != "BVb-p2" {
		t.Errorf("bookmarks after d: %+v", bs)
	}
}

// TestPrompt: enter keeps the bookmark with the note cleaned and the time
// of the list's clock, and asks to flash, save and close; esc makes none;
// keys after either are ignored.
func TestPrompt(t *testing.T) {
	c := corpus()
	st := store(t)
	m := newList(t, st, c, true)
	m.Now = func() time.Time { return noon }
	p, _ := m.Prompt(c.Talks[0], 1)
	for _, r := range "重点\u202e key" {
		p, _ = p.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	if v := ansi.Strip(p.View(60)); !strings.Contains(v, "bookmark ¶ 2 · note: 重点") {
		t.Errorf("prompt line %q", v)
	}
	p, cmd := p.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	want := []tea.Msg{intent.Flash{Text: "bookmarked ¶ 2"}, intent.Save{}, intent.Close{From: PromptName}}
	if got := intents(cmd); len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("enter: %v, want %v", got, want)
	}
	if _, cmd := p.Update(tea.KeyPressMsg{Code: tea.KeyEnter}); cmd != nil {
		t.Error("a second enter did something")
	}
	bs := st.Bookmarks()
	if len(bs) != 1 || bs[0].Note != "重点  key" || !bs[0].Created.Equal(noon) || bs[0].Block != 1 || bs[0].Para != 2 {
		t.Errorf("kept %+v", bs)
	}
	p, _ = m.Prompt(c.Talks[0], 0)
	if _, cmd := p.Update(tea.KeyPressMsg{Code: tea.KeyEscape}); len(intents(cmd)) != 2 || len(st.Bookmarks()) != 1 {
		t.Errorf("esc: %v, %d bookmarks", intents(cmd), len(st.Bookmarks()))
	}
}
