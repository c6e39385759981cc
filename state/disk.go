package state

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/gofrs/flock"
	"github.com/google/renameio/v2"
)

// fileName and lockName are the state file and its lock file in the folder.
const (
	fileName = "state.json"
	lockName = "state.json.lock"
)

// lockWait is how long Open and Save wait for another talks to finish its
// save (tests shorten it).
var lockWait = 10 * time.Second

// readResult is what reading the state file found.
type readResult struct {
	d     data
	moved string // where a corrupt or unreadable file was moved, or ""
	why   error  // why it was moved
}

// readFile reads the state file at path. A missing file is an empty state; a
// file that cannot be read or parsed is renamed to
// "<path>.corrupt-<time>" and the state is empty. An error means the file
// is bad and could not be moved: it must then not be overwritten.
func readFile(path string) (readResult, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return readResult{d: empty()}, nil
	}
	if err == nil {
		d, perr := parse(b)
		if perr == nil {
			return readResult{d: d}, nil
		}
		err = perr
	}
	aside := fmt.Sprintf("%s.corrupt-%s", path, time.Now().UTC().Format("20060102T150405.000000000Z"))
	if rerr := os.Rename(path, aside); rerr != nil {
		return readResult{}, fmt.Errorf("%s: %v, and it cannot be moved aside: %w", path, err, rerr)
	}
	syncDir(filepath.Dir(path))
	return readResult{d: empty(), moved: aside, why: err}, nil
}

// writeFile replaces path with b atomically: a temporary file in the same
// folder is written, synced and renamed over path, and the folder is synced
// so that the rename itself survives a crash. mid, when not nil, runs with
// half of b written (tests kill the process there).
func writeFile(path string, b []byte, mid func()) error {
	f, err := renameio.NewPendingFile(path, renameio.WithPermissions(0o600), renameio.WithExistingPermissions())
	if err != nil {
		return err
	}
	defer f.Cleanup()
	half := len(b) / 2
	if _, err := f.Write(b[:half]); err != nil {
		return err
	}
	if mid != nil {
		mid()
	}
	if _, err := f.Write(b[half:]); err != nil {
		return err
	}
	if err := f.CloseAtomicallyReplace(); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// syncDir flushes a folder's entries to disk.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// locked runs fn holding the folder's lock file, which every talks process
// takes before it reads, merges and writes the state.
func locked(dir string, fn func() error) error {
	l := flock.New(filepath.Join(dir, lockName))
	ctx, cancel := context.WithTimeout(context.Background(), lockWait)
	defer cancel()
	ok, err := l.TryLockContext(ctx, 20*time.Millisecond)
	defer l.Close()
	switch {
	case ok:
	case err != nil && !errors.Is(err, ctx.Err()):
		return fmt.Errorf("locking %s: %w", l.Path(), err)
	default:
		return fmt.Errorf("%s: another talks is saving (waited %s)", filepath.Join(dir, fileName), lockWait)
	}
	return fn()
}
