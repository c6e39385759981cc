package state

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorrupt puts a bad state file in place: it is moved aside with its
// bytes intact, Open warns in one line and starts empty, and the next save
// writes a good file without touching the moved one.
func TestCorrupt(t *testing.T) {
	tests := []struct {
		name   string
		bytes  []byte
		mode   os.FileMode // for "unreadable"
		dir    bool        // the state file is a folder
		asRoot bool        // meaningful when running as root
	}{
		{name: "garbage", bytes: []byte("\x00\xffnot json at all"), asRoot: true},
		{name: "truncated", bytes: []byte(`{"version":1,"positions":{"BVa-p1":{"blo`), asRoot: true},
		{name: "empty", bytes: []byte{}, asRoot: true},
		{name: "no version", bytes: []byte(`{"positions":{}}`), asRoot: true},
		{name: "wrong types", bytes: []byte(`{"version":1,"bookmarks":{"a":1}}`), asRoot: true},
		{name: "unreadable", bytes: []byte(`{"version":1}`), mode: 0o000},
		{name: "a folder", dir: true, asRoot: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.asRoot && os.Geteuid() == 0 {
				t.Skip("root reads any file")
			}
			dir := t.TempDir()
			path := filepath.Join(dir, fileName)
			if tt.dir {
				if err := os.Mkdir(path, 0o700); err != nil {
					t.Fatal(err)
				}
			} else if err := os.WriteFile(path, tt.bytes, 0o600); err != nil {
				t.Fatal(err)
			}
			if tt.name == "unreadable" {
				os.Chmod(path, tt.mode)
			}
			s, warn, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if warn == "" || strings.Contains(warn, "\n") || !strings.Contains(warn, ".corrupt-") {
				t.Errorf("warning %q: want one line naming the moved file", warn)
			}
			if len(s.Bookmarks()) != 0 || s.LastTalk() != "" {
				t.Error("state not empty after a bad file")
			}
			aside, _ := filepath.Glob(path + ".corrupt-*")
			if len(aside) != 1 {
				t.Fatalf("moved files: %v", aside)
			}
			if !tt.dir {
				os.Chmod(aside[0], 0o600)
				got, err := os.ReadFile(aside[0])
				if err != nil || !bytes.Equal(got, tt.bytes) {
					t.Errorf("moved file holds %q (%v), want %q", got, err, tt.bytes)
				}
			}
			s.AddBookmark(Bookmark{Talk: "BVa-p1", Block: 2, Note: "after"})
			save(t, s)
			if got := notes(open(t, dir).Bookmarks()); got != "after" {
				t.Errorf("after saving: %q", got)
			}
		})
	}
}

// TestCorruptWhileRunning: another program spoils the file while talks
// runs; the save moves it aside, says so, and still saves.
func TestCorruptWhileRunning(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	path := filepath.Join(dir, fileName)
	if err := os.WriteFile(path, []byte("{oops"), 0o600); err != nil {
		t.Fatal(err)
	}
	s.AddBookmark(Bookmark{Talk: "BVa-p1", Block: 1, Note: "kept"})
	err := s.Save()
	if ce, ok := err.(*CorruptError); !ok {
		t.Fatalf("Save = %v, want a *CorruptError", err)
	} else if b, _ := os.ReadFile(ce.Aside); string(b) != "{oops" {
		t.Errorf("moved file holds %q", b)
	}
	if got := notes(open(t, dir).Bookmarks()); got != "kept" {
		t.Errorf("after saving: %q", got)
	}
}

// TestCannotMoveAside: a bad file in a folder that cannot be written is
// never overwritten; the store still works in memory.
func TestCannotMoveAside(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes into any folder")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, fileName)
	bad := []byte("not json")
	if err := os.WriteFile(path, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	// The lock file must exist before the folder is made read-only.
	if err := os.WriteFile(filepath.Join(dir, lockName), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o500)
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	s, warn, err := Open(dir)
	if err != nil || warn == "" {
		t.Fatalf("Open: warning %q, error %v; want a warning", warn, err)
	}
	s.AddBookmark(Bookmark{Talk: "BVa-p1", Block: 1})
	if err := s.Save(); err == nil {
		t.Error("Save overwrote a file it could not parse")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, bad) {
		t.Errorf("file now holds %q", got)
	}
}
