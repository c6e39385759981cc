package state

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"
)

// open opens the state in dir and fails the test on an error or warning.
func open(t *testing.T, dir string) *Store {
	t.Helper()
	s, warn, err := Open(dir)
	if err != nil || warn != "" {
		t.Fatalf("Open(%s): warning %q, error %v", dir, warn, err)
	}
	return s
}

// save saves s and fails the test on an error.
func save(t *testing.T, s *Store) {
	t.Helper()
	if err := s.Save(); err != nil {
		t.Fatalf("Save: %v", err)
	}
}

// notes are the notes of bookmarks, in order.
func notes(bs []Bookmark) string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Note)
	}
	return strings.Join(out, ",")
}

// TestRoundTrip saves positions, the last talk and bookmarks, and reads
// them back in a new store; the file is versioned JSON.
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	s.SetPosition("BVa-p1", Pos{Block: 7, Para: 5})
	s.SetPosition("notes-064", Pos{Block: -1, Para: 1})
	s.SetLastTalk("BVa-p1")
	s.AddBookmark(Bookmark{Talk: "BVa-p1", Block: 7, Para: 5, Note: "重点 key point"})
	s.AddBookmark(Bookmark{Talk: "notes-064", Block: 2, Para: 1})
	save(t, s)

	r := open(t, dir)
	if got := r.LastTalk(); got != "BVa-p1" {
		t.Errorf("LastTalk = %q", got)
	}
	for id, want := range map[string]Pos{"BVa-p1": {Block: 7, Para: 5}, "notes-064": {Block: -1, Para: 1}} {
		p, ok := r.Position(id)
		if !ok || p.Block != want.Block || p.Para != want.Para || p.Time.IsZero() {
			t.Errorf("Position(%s) = %+v, %v; want block %d para %d with a time", id, p, ok, want.Block, want.Para)
		}
	}
	if _, ok := r.Position("unknown"); ok {
		t.Error("Position of a talk never read is set")
	}
	if got := notes(r.Bookmarks()); got != "重点 key point," {
		t.Errorf("bookmarks = %q", got)
	}
	b, err := os.ReadFile(filepath.Join(dir, fileName))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "{\n \"version\": 1,") {
		t.Errorf("file does not start with its version:\n%s", b)
	}
}

// TestTwoStores runs two stores on one folder, as two talks processes
// would: neither loses the other's bookmarks, positions go to the newer
// one, and a deletion is not undone by the other's stale copy.
func TestTwoStores(t *testing.T) {
	dir := t.TempDir()
	a, b := open(t, dir), open(t, dir)
	old := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	a.SetPosition("BVx-p1", Pos{Block: 3, Para: 2, Time: old.Add(time.Hour)})
	b.SetPosition("BVx-p1", Pos{Block: 9, Para: 8, Time: old})
	ba := a.AddBookmark(Bookmark{Talk: "BVx-p1", Block: 3, Note: "from a"})
	b.AddBookmark(Bookmark{Talk: "BVx-p1", Block: 9, Note: "from b"})
	save(t, a)
	save(t, b)
	if got := notes(b.Bookmarks()); got != "from a,from b" {
		t.Errorf("b after its save has %q", got)
	}
	if p, _ := b.Position("BVx-p1"); p.Block != 3 {
		t.Errorf("the older position won: block %d", p.Block)
	}

	// a deletes its bookmark; b, which still has it, saves afterwards.
	a.DeleteBookmark(ba)
	save(t, a)
	b.AddBookmark(Bookmark{Talk: "BVy-p2", Block: 1, Note: "late b"})
	save(t, b)
	if got := notes(open(t, dir).Bookmarks()); got != "from b,late b" {
		t.Errorf("after a deleted and b saved: %q", got)
	}
}

// TestMerge checks the merge rule on its own.
func TestMerge(t *testing.T) {
	t0 := time.Date(2030, 5, 1, 8, 0, 0, 0, time.UTC)
	bm := func(note string, min int) Bookmark {
		return Bookmark{Talk: "T", Block: min, Note: note, Created: t0.Add(time.Duration(min) * time.Minute)}
	}
	with := func(f func(*data)) data { d := empty(); f(&d); return d }
	tests := []struct {
		name      string
		a, b      data
		wantNotes string
		wantBlock int    // position of "T"
		wantLast  string // last talk
	}{
		{"union in creation order",
			with(func(d *data) { d.Bookmarks = []Bookmark{bm("x", 1), bm("z", 3)} }),
			with(func(d *data) { d.Bookmarks = []Bookmark{bm("y", 2), bm("x", 1)} }),
			"x,y,z", 0, ""},
		{"deleted on one side stays deleted",
			with(func(d *data) { d.Bookmarks = []Bookmark{bm("x", 1), bm("y", 2)} }),
			with(func(d *data) { d.Bookmarks = []Bookmark{bm("y", 2)}; d.Deleted[bm("x", 1).Key()] = t0 }),
			"y", 0, ""},
		{"newer position and last talk win",
			with(func(d *data) {
				d.Positions["T"] = Pos{Block: 4, Time: t0}
				d.Last = last{Talk: "T", Time: t0}
			}),
			with(func(d *data) {
				d.Positions["T"] = Pos{Block: 6, Time: t0.Add(time.Second)}
				d.Last = last{Talk: "U", Time: t0.Add(time.Second)}
			}),
			"", 6, "U"},
		{"older position loses whichever side it is on",
			with(func(d *data) { d.Positions["T"] = Pos{Block: 6, Time: t0.Add(time.Second)} }),
			with(func(d *data) { d.Positions["T"] = Pos{Block: 4, Time: t0}; d.Last = last{Talk: "T", Time: t0} }),
			"", 6, "T"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, m := range []data{merge(tt.a, tt.b), merge(tt.b, tt.a)} {
				if got := notes(m.Bookmarks); got != tt.wantNotes {
					t.Errorf("bookmarks %q, want %q", got, tt.wantNotes)
				}
				if got := m.Positions["T"].Block; got != tt.wantBlock {
					t.Errorf("position block %d, want %d", got, tt.wantBlock)
				}
				if m.Last.Talk != tt.wantLast {
					t.Errorf("last talk %q, want %q", m.Last.Talk, tt.wantLast)
				}
			}
		})
	}
}

// TestDefaultDir follows XDG_STATE_HOME as it is when called.
func TestDefaultDir(t *testing.T) {
	home := t.TempDir()
	t.Cleanup(xdg.Reload) // runs after Setenv restores the environment
	t.Setenv("XDG_STATE_HOME", home)
	if got, want := DefaultDir(), filepath.Join(home, "talks"); got != want {
		t.Errorf("DefaultDir = %q, want %q", got, want)
	}
}

// TestSaveWhileChanging saves in the background, as the app's commands do,
// while bookmarks are added: none is lost (run with -race as well).
func TestSaveWhileChanging(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	done := make(chan error)
	go func() {
		var err error
		for range 10 {
			err = errors.Join(err, s.Save())
		}
		done <- err
	}()
	for i := range 40 {
		s.AddBookmark(Bookmark{Talk: "BVa-p1", Block: i, Note: strconv.Itoa(i)})
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	save(t, s)
	if n := len(open(t, dir).Bookmarks()); n != 40 {
		t.Errorf("%d bookmarks on disk, want 40", n)
	}
}
