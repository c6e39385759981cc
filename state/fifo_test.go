//go:build unix

package state

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestStateFIFO makes state.json a named pipe nobody writes to: Open does
// not block on it (nor hold the lock meanwhile), says so in one line, and
// the store saves to a regular file again.
func TestStateFIFO(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, fileName)
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	type opened struct {
		s    *Store
		warn string
		err  error
	}
	done := make(chan opened, 1)
	go func() {
		s, warn, err := Open(dir)
		done <- opened{s, warn, err}
	}()
	var o opened
	select {
	case o = <-done:
	case <-time.After(20 * time.Second): // a hang guard, not a timing assertion
		t.Fatal("Open blocked on a named pipe")
	}
	if o.err != nil || !strings.Contains(o.warn, "not a regular file") || strings.Contains(o.warn, "\n") {
		t.Fatalf("Open: warning %q, error %v; want one line saying it is not a regular file", o.warn, o.err)
	}
	o.s.AddBookmark(Bookmark{Talk: "BVa-p1", Block: 1, Note: "after"})
	save(t, o.s)
	if fi, err := os.Lstat(path); err != nil || !fi.Mode().IsRegular() {
		t.Errorf("state file after saving: %v %v", fi, err)
	}
	if got := notes(open(t, dir).Bookmarks()); got != "after" {
		t.Errorf("after saving: %q", got)
	}
}
