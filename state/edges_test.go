package state

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newerState is a state file written by a newer talks: a version and a
// field this one does not know, and bookmarks it does.
const newerState = `{"version": 99, "future": {"x": [1, 2]},
 "positions": {"BVa-p1": {"block": 3, "para": 2, "time": "2026-01-02T03:04:05Z"}},
 "bookmarks": [{"talk": "BVa-p1", "block": 3, "para": 2, "note": "新的", "created": "2026-01-02T03:04:05Z"}]}`

// TestNewerVersionKept opens a state file of a newer format: it is read as
// far as it is understood, never moved aside or overwritten, and Save
// says why in one line.
func TestNewerVersionKept(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, fileName)
	if err := os.WriteFile(path, []byte(newerState), 0o600); err != nil {
		t.Fatal(err)
	}
	s, warn, err := Open(dir)
	if err != nil || !strings.Contains(warn, "newer talks") || strings.Contains(warn, "\n") {
		t.Fatalf("Open: warning %q, error %v; want one line saying it is newer", warn, err)
	}
	if got := notes(s.Bookmarks()); got != "新的" {
		t.Errorf("bookmarks read: %q, want the newer file's", got)
	}
	if p, ok := s.Position("BVa-p1"); !ok || p.Block != 3 {
		t.Errorf("position read: %+v %v", p, ok)
	}
	s.AddBookmark(Bookmark{Talk: "BVa-p1", Block: 9})
	var ne *NewerError
	if err := s.Save(); !errors.As(err, &ne) || strings.Contains(err.Error(), "\n") {
		t.Errorf("Save = %v, want a one-line *NewerError", err)
	}
	if got, _ := os.ReadFile(path); string(got) != newerState {
		t.Errorf("the newer file was changed to %q", got)
	}
	if aside, _ := filepath.Glob(path + ".corrupt-*"); len(aside) != 0 {
		t.Errorf("the newer file was moved aside: %v", aside)
	}
}

// TestNewerVersionWhileRunning: a newer talks writes the file after this
// one opened it; this one's save leaves it alone.
func TestNewerVersionWhileRunning(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	path := filepath.Join(dir, fileName)
	if err := os.WriteFile(path, []byte(newerState), 0o600); err != nil {
		t.Fatal(err)
	}
	s.AddBookmark(Bookmark{Talk: "BVa-p1", Block: 1})
	var ne *NewerError
	if err := s.Save(); !errors.As(err, &ne) {
		t.Errorf("Save = %v, want a *NewerError", err)
	}
	if got, _ := os.ReadFile(path); string(got) != newerState {
		t.Errorf("the newer file was changed to %q", got)
	}
}

// savedState writes a state with one bookmark noted note in a new folder
// and returns the folder and the file's bytes.
func savedState(t *testing.T, note string) (string, []byte) {
	t.Helper()
	dir := t.TempDir()
	s := open(t, dir)
	s.AddBookmark(Bookmark{Talk: "BVa-p1", Block: 1, Note: note})
	save(t, s)
	b, err := os.ReadFile(filepath.Join(dir, fileName))
	if err != nil {
		t.Fatal(err)
	}
	return dir, b
}

// checkReadNotSaved opens dir, whose lock cannot be taken: the bookmark is
// read, one line says it is not saved, and a save changes nothing.
func checkReadNotSaved(t *testing.T, dir string, before []byte) {
	t.Helper()
	s, warn, err := Open(dir)
	if err != nil || !strings.Contains(warn, "not saved") || strings.Contains(warn, "\n") {
		t.Fatalf("Open: warning %q, error %v; want one line saying nothing is saved", warn, err)
	}
	if got := notes(s.Bookmarks()); got != "kept" {
		t.Errorf("bookmarks %q: the existing ones were not read", got)
	}
	s.AddBookmark(Bookmark{Talk: "BVa-p1", Block: 2})
	if err := s.Save(); err == nil {
		t.Error("Save without the lock succeeded")
	}
	if got, _ := os.ReadFile(filepath.Join(dir, fileName)); !bytes.Equal(got, before) {
		t.Errorf("state file changed to %q", got)
	}
}

// TestLockUnusableStillReads: the lock file cannot be opened (it is a
// folder; or, not as root, the state folder is read-only and has no lock
// file yet): the bookmarks are read all the same.
func TestLockUnusableStillReads(t *testing.T) {
	t.Run("lock is a folder", func(t *testing.T) {
		dir, before := savedState(t, "kept")
		os.Remove(filepath.Join(dir, lockName))
		if err := os.Mkdir(filepath.Join(dir, lockName), 0o700); err != nil {
			t.Fatal(err)
		}
		checkReadNotSaved(t, dir, before)
	})
	t.Run("read-only folder", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root writes into any folder")
		}
		dir, before := savedState(t, "kept")
		os.Remove(filepath.Join(dir, lockName))
		os.Chmod(dir, 0o500)
		t.Cleanup(func() { os.Chmod(dir, 0o700) })
		checkReadNotSaved(t, dir, before)
	})
}

// TestLockLinkNotFollowed plants a link where the lock file goes, to a
// file outside the folder: talks creates nothing there, still reads the
// bookmarks and saves nothing.
func TestLockLinkNotFollowed(t *testing.T) {
	dir, before := savedState(t, "kept")
	outside := filepath.Join(t.TempDir(), "created-by-talks")
	os.Remove(filepath.Join(dir, lockName))
	if err := os.Symlink(outside, filepath.Join(dir, lockName)); err != nil {
		t.Skip("cannot make links here:", err)
	}
	checkReadNotSaved(t, dir, before)
	if _, err := os.Lstat(outside); err == nil {
		t.Error("the lock link was followed: a file was created outside the state folder")
	}
}

// TestHostileStateCleaned reads a state file whose talk IDs and notes hold
// escape sequences and bidi characters: they come out clean.
func TestHostileStateCleaned(t *testing.T) {
	dir := t.TempDir()
	hostile := `{"version": 1,
 "positions": {"BV\u001b]2;x\u0007-p1": {"block": 1, "para": 1, "time": "2026-01-02T03:04:05Z"}},
 "last": {"talk": "BV\u001b[2J-p1", "time": "2026-01-02T03:04:05Z"},
 "bookmarks": [{"talk": "BV\u001b]2;x\u0007-p1", "block": 1, "para": 1, "note": "注\u001b]52;c;eA==\u0007释\u202e\nnext", "created": "2026-01-02T03:04:05Z"}]}`
	if err := os.WriteFile(filepath.Join(dir, fileName), []byte(hostile), 0o600); err != nil {
		t.Fatal(err)
	}
	s := open(t, dir)
	bad := func(s string, lines bool) bool {
		return strings.IndexFunc(s, func(r rune) bool {
			return (r < 0x20 && !(lines && r == '\n')) || (r >= 0x7f && r < 0xa0) || (r >= 0x202a && r <= 0x202e)
		}) >= 0
	}
	bs := s.Bookmarks()
	if len(bs) != 1 || bad(bs[0].Talk, false) || bad(bs[0].Note, true) || bs[0].Note != "注释\nnext" {
		t.Errorf("bookmarks %+v", bs)
	}
	if bad(s.LastTalk(), false) {
		t.Errorf("last talk %q", s.LastTalk())
	}
	if _, ok := s.Position("BV-p1"); !ok {
		t.Error("the position's talk ID was not cleaned")
	}
}
