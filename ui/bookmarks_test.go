package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"talks/model"
	talkstate "talks/state"
	"talks/ui/kit"
)

// markTime is the fixed time bookmarks are made at in tests: noon UTC,
// shown in UTC (newStateDriver pins the list's zone).
var markTime = time.Date(2030, 5, 1, 12, 0, 0, 0, time.UTC)

// newStateDriver starts the app as newDriver does, keeping its reading
// state in dir.
func newStateDriver(t testing.TB, c *model.Corpus, w, h int, dir string) *driver {
	t.Helper()
	st, warn, err := talkstate.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	d := &driver{t: t}
	d.m = New(Options{Load: func(context.Context) *model.Corpus { return c }, Source: "test corpus",
		State: st, StateWarning: warn})
	d.m.open = func(s string) error { d.opened = append(d.opened, s); return nil }
	d.m.copyText = func(s string) error { d.copied = append(d.copied, s); return nil }
	n := 0
	d.m.marks.Now = func() time.Time { n++; return markTime.Add(time.Duration(n) * time.Minute) }
	d.m.marks.Location = time.UTC // the goldens' dates, in every time zone
	d.send(tea.EnvMsg(nil))
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	d.run(d.m.Init())
	return d
}

// saved is the state as written on disk in dir.
func saved(t *testing.T, dir string) *talkstate.Store {
	t.Helper()
	st, warn, err := talkstate.Open(dir)
	if err != nil || warn != "" {
		t.Fatalf("reading the state back: %q, %v", warn, err)
	}
	return st
}

// TestBookmarks drives adding, listing, jumping to and deleting bookmarks,
// comparing each final screen with a golden file and checking the state
// saved on disk.
func TestBookmarks(t *testing.T) {
	// The long talk is the list's second row, the roundtable its third.
	addLong := []string{"j", "enter", "space", "space", "m", "重", "点", "space", "k", "e", "y", "enter"}
	addRound := []string{"q", "j", "enter", "m", "enter"}
	tests := []struct {
		name  string
		w, h  int
		keys  []string
		want  []string // on screen
		notes []string // bookmarks on disk, oldest first
		para  int      // the reader's paragraph at the end, 0: not checked
	}{
		{"note_prompt", 100, 30, []string{"j", "enter", "space", "m", "a", "b"}, []string{"bookmark ¶ ", "note: ab"}, nil, 0},
		{"add", 100, 30, addLong, []string{"bookmarked ¶ "}, []string{"重点 key"}, 0},
		{"add_no_note", 100, 30, []string{"j", "enter", "m", "enter"}, []string{"bookmarked ¶ 1"}, []string{""}, 1},
		{"cancel", 100, 30, []string{"j", "enter", "m", "x", "esc"}, []string{"no bookmark made"}, nil, 0},
		{"question_mark_in_note", 100, 30, []string{"j", "enter", "m", "?", "q", "enter"}, []string{"bookmarked"}, []string{"?q"}, 0},
		{"list", 100, 30, append(append([]string{}, addLong...), append(addRound, "'")...),
			[]string{"Bookmarks", "圆桌：智能体何时真正有用 · P3 · ¶ 1 · 2030-05-01", "智能体的记忆与规划：From Tools to Teams · P2 · ¶ ", "“重点 key”"},
			[]string{"重点 key", ""}, 0},
		{"list_from_talk_list", 100, 30, append(append([]string{}, addLong...), "q", "'"),
			[]string{"Bookmarks", "“重点 key”"}, []string{"重点 key"}, 0},
		{"list_empty", 100, 30, []string{"'"}, []string{"No bookmarks yet"}, nil, 0},
		{"jump", 100, 30, append(append([]string{}, addLong...), append(addRound, "'", "j", "enter")...),
			[]string{"智能体的记忆与规划"}, []string{"重点 key", ""}, -1},
		{"delete", 100, 30, append(append([]string{}, addLong...), append(addRound, "'", "d")...),
			[]string{"bookmark at ¶ 1 deleted", "“重点 key”"}, []string{"重点 key"}, 0},
		{"back_from_list", 100, 30, append(append([]string{}, addLong...), "'", "esc"),
			[]string{"智能体的记忆与规划"}, []string{"重点 key"}, 0},
		{"small", 40, 15, append(append([]string{}, addLong...), "'"), []string{"Bookmarks", "智能体的记忆"}, []string{"重点 key"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			d := newStateDriver(t, testCorpus(), tt.w, tt.h, dir)
			d.press(tt.keys...)
			v := d.view()
			checkFits(t, v, tt.w, tt.h)
			for _, s := range tt.want {
				if !strings.Contains(v, s) {
					t.Errorf("screen lacks %q:\n%s", s, v)
				}
			}
			var got []string
			for _, b := range saved(t, dir).Bookmarks() {
				got = append(got, b.Note)
			}
			if strings.Join(got, "|") != strings.Join(tt.notes, "|") {
				t.Errorf("bookmarks on disk %q, want %q", got, tt.notes)
			}
			if tt.para != 0 {
				want := tt.para
				if want < 0 { // jump: the long talk's bookmark
					want = saved(t, dir).Bookmarks()[0].Para
				}
				if p := d.m.reader.Para(); p != want {
					t.Errorf("reading ¶ %d, want ¶ %d", p, want)
				}
			}
			golden.RequireEqual(t, v)
		})
	}
}

// TestBookmarkAtTop checks that a bookmark marks the paragraph at the top
// of the pane, and that jumping to it puts that paragraph back at the top.
func TestBookmarkAtTop(t *testing.T) {
	dir := t.TempDir()
	d := newStateDriver(t, testCorpus(), 100, 30, dir)
	d.press("j", "enter", "space", "space", "j", "j")
	top, para := d.m.reader.PlaceBlock(), d.m.reader.Para()
	d.press("m", "enter", "g")
	bs := saved(t, dir).Bookmarks()
	if len(bs) != 1 || bs[0].Block != top || bs[0].Para != para || bs[0].Talk != "BVtest0001-p2" {
		t.Fatalf("bookmarks %+v, want one at block %d ¶ %d", bs, top, para)
	}
	if d.m.reader.Para() == para {
		t.Fatal("g did not move away")
	}
	d.press("'", "enter")
	if d.m.reader.PlaceBlock() != top || d.m.reader.Para() != para {
		t.Errorf("jumped to block %d ¶ %d, want block %d ¶ %d", d.m.reader.PlaceBlock(), d.m.reader.Para(), top, para)
	}
}

// TestRestore quits while reading and starts again on the same state: the
// app reopens the talk at the same paragraph, at the same width or
// another, and keeps the other talks' places too.
func TestRestore(t *testing.T) {
	tests := []struct {
		name         string
		w, h, w2, h2 int
		keys         []string // before quitting; q q quits from the reader
	}{
		{"same_size", 100, 30, 100, 30, []string{"j", "enter", "space", "space", "j"}},
		{"narrower", 100, 30, 40, 15, []string{"j", "enter", "space", "space", "space"}},
		{"wider", 40, 15, 140, 30, []string{"j", "enter", "space", "space", "space", "space"}},
		{"other_talk", 100, 30, 100, 30, []string{"j", "enter", "space", "]", "j"}},
		{"ctrl_c", 100, 30, 100, 30, []string{"j", "enter", "space", "ctrl+c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			d := newStateDriver(t, testCorpus(), tt.w, tt.h, dir)
			d.press(tt.keys...)
			talk, para := d.m.reader.Talk(), d.m.reader.Para()
			if !d.quit {
				d.press("q", "q")
			}
			if !d.quit {
				t.Fatal("the app did not quit")
			}
			if para <= 1 && tt.name != "other_talk" {
				t.Fatalf("the test did not scroll: ¶ %d", para)
			}

			d2 := newStateDriver(t, testCorpus(), tt.w2, tt.h2, dir)
			if d2.m.state != stateReader || d2.m.reader.Talk().ID != talk.ID {
				t.Fatalf("restarted on state %d, talk %v; want the reader on %s", d2.m.state, d2.m.reader.Talk(), talk.ID)
			}
			if p := d2.m.reader.Para(); p != para {
				t.Errorf("restarted at ¶ %d, want ¶ %d", p, para)
			}
			v := d2.view()
			checkFits(t, v, tt.w2, tt.h2)
			golden.RequireEqual(t, v)
		})
	}
}

// TestRestoreEveryTalk: each talk read comes back at its own place, not
// only the last one.
func TestRestoreEveryTalk(t *testing.T) {
	dir := t.TempDir()
	d := newStateDriver(t, testCorpus(), 100, 30, dir)
	d.press("j", "enter", "space", "space")
	long := d.m.reader.Para()
	d.press("q", "j", "enter", "q", "q") // the next talk, then quit
	d2 := newStateDriver(t, testCorpus(), 100, 30, dir)
	d2.press("q", "k", "enter")
	if d2.m.reader.Talk().ID != "BVtest0001-p2" || d2.m.reader.Para() != long {
		t.Errorf("reopened %s at ¶ %d, want BVtest0001-p2 at ¶ %d", d2.m.reader.Talk().ID, d2.m.reader.Para(), long)
	}
}

// TestStateProblems: a broken state file is reported in the status line
// at start and kept aside; without a store, bookmark keys say why they do
// nothing; a failed save shows in the status line and a quit after it
// needs a second q.
func TestStateProblems(t *testing.T) {
	t.Run("corrupt", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "state.json"), []byte("{broken"), 0o600); err != nil {
			t.Fatal(err)
		}
		d := newStateDriver(t, testCorpus(), 100, 30, dir)
		if v := d.view(); !strings.Contains(v, "saved state was unreadable") {
			t.Errorf("no warning on screen:\n%s", v)
		}
		if aside, _ := filepath.Glob(filepath.Join(dir, "state.json.corrupt-*")); len(aside) != 1 {
			t.Errorf("moved aside: %v", aside)
		}
	})
	t.Run("no_store", func(t *testing.T) {
		d := newDriver(t, testCorpus(), 100, 30)
		for _, k := range []string{"m", "'"} {
			d.press("j", "enter", k)
			if v := d.view(); !strings.Contains(v, "bookmarks are not kept") {
				t.Errorf("%s without a store:\n%s", k, v)
			}
			d.press("q", "k")
		}
	})
	t.Run("save_fails", func(t *testing.T) {
		d := newStateDriver(t, testCorpus(), 100, 30, t.TempDir())
		d.press("j", "enter")
		d.send(savedMsg{err: errors.New("saving reading state: disk full"), quit: true})
		if v := d.view(); !strings.Contains(v, "disk full — q again quits") || d.quit {
			t.Errorf("failed save on the way out:\n%s", v)
		}
		d.press("q", "q")
		if !d.quit {
			t.Error("a second q did not quit")
		}
	})
}

// TestBookmarksWhileStreaming opens the bookmark list while a load still
// streams its talks: a bookmark of a talk already loaded shows its title
// and opens it; one of a talk not loaded yet says so.
func TestBookmarksWhileStreaming(t *testing.T) {
	c := testCorpus()
	st, _, err := talkstate.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	loaded, later := c.Talks[1], c.Talks[len(c.Talks)-1]
	st.AddBookmark(talkstate.Bookmark{Talk: later.ID, Para: 1, Created: markTime})
	st.AddBookmark(talkstate.Bookmark{Talk: loaded.ID, Para: 1, Created: markTime.Add(time.Minute)})
	d := &driver{t: t, m: New(Options{Source: "test corpus", State: st})}
	d.resize(100, 30)
	d.send(streamMsg{talks: c.Talks[:2]})
	d.press("'")
	v := d.view()
	if !strings.Contains(v, kit.TitleOf(loaded)) || !strings.Contains(v, later.ID+" (not loaded yet)") {
		t.Errorf("bookmark list while loading:\n%s", v)
	}
	d.press("j", "enter")
	if !strings.Contains(d.view(), "that talk is not loaded yet") {
		t.Errorf("enter on the later talk's bookmark:\n%s", d.view())
	}
	d.press("k", "enter") // the newest bookmark is the loaded talk's
	if d.m.state != stateReader || d.m.reader.Talk() != loaded {
		t.Errorf("enter on the loaded talk's bookmark: state %v, talk %q\n%s", d.m.state, kit.TitleOf(d.m.reader.Talk()), d.view())
	}
}
