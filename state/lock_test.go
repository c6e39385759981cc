package state

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gofrs/flock"
)

// TestLockTimeout holds the lock file as another talks would and checks
// that Open and Save give up after lockWait with one plain line that names
// the state file, then work again once the lock is free.
func TestLockTimeout(t *testing.T) {
	defer func(w time.Duration) { lockWait = w }(lockWait)
	lockWait = 60 * time.Millisecond
	dir := t.TempDir()
	s := open(t, dir)
	other := flock.New(filepath.Join(dir, lockName))
	if err := other.Lock(); err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, fileName) + ": another talks is saving (waited 60ms)"
	_, warn, err := Open(dir)
	if err != nil || !strings.HasSuffix(warn, want) || strings.Contains(warn, "\n") {
		t.Errorf("Open while locked: warning %q, error %v; want one line ending %q", warn, err, want)
	}
	if err := s.Save(); err == nil || !strings.HasSuffix(err.Error(), want) || strings.Contains(err.Error(), "\n") {
		t.Errorf("Save while locked: %q; want one line ending %q", err, want)
	}
	if err := other.Unlock(); err != nil {
		t.Fatal(err)
	}
	save(t, s)
}
