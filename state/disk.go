package state

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"talks/atomicfile"
	"time"

	"github.com/gofrs/flock"
)

// fileName and lockName are the state file and its lock file in the folder.
const (
	fileName = "state.json"
	lockName = "state.json.lock"
)

// lockWait is how long Open and Save wait for another talks to finish its
// save (tests shorten it).
var lockWait = 10 * time.Second

// errNotRegular is why a state file that is a pipe, a device or a folder
// is not read: opening a pipe would block, a device might never end.
var errNotRegular = errors.New("not a regular file")

// readResult is what reading the state file found.
type readResult struct {
	d     data
	moved string // where a corrupt or unreadable file was moved, or ""
	why   error  // why it was moved (or, read without the lock, why it is unusable)
	newer int    // the file's version when a newer talks wrote it, or 0
}

// readFile reads the state file at path. A missing file is an empty state;
// a file that cannot be read or parsed is renamed to
// "<path>.corrupt-<time>" and the state is empty; a file of a newer
// version is left as it is, read as far as it is understood. An error
// means the file is bad and could not be moved: it must then not be
// overwritten.
func readFile(path string) (readResult, error) {
	r := peekFile(path)
	if r.why == nil {
		return r, nil
	}
	aside := fmt.Sprintf("%s.corrupt-%s", path, time.Now().UTC().Format("20060102T150405.000000000Z"))
	if rerr := os.Rename(path, aside); rerr != nil {
		return readResult{}, fmt.Errorf("%s: %v, and it cannot be moved aside: %w", path, r.why, rerr)
	}
	atomicfile.SyncDir(filepath.Dir(path))
	r.moved = aside
	return r, nil
}

// peekFile is readFile changing nothing: a file that cannot be used is
// left where it is, why says what is wrong with it and the state is empty.
// It is how the state is read without the lock.
func peekFile(path string) readResult {
	b, err := readRegular(path)
	if errors.Is(err, fs.ErrNotExist) {
		return readResult{d: empty()}
	}
	if err == nil {
		d, newer, perr := parse(b)
		if perr == nil {
			return readResult{d: d, newer: newer}
		}
		err = perr
	}
	return readResult{d: empty(), why: err}
}

// readRegular reads path, which must be a regular file: it is opened so
// that a named pipe does not block the open (openReadFlags), then checked.
func readRegular(path string) ([]byte, error) {
	f, err := os.OpenFile(path, openReadFlags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, errNotRegular
	}
	return io.ReadAll(f)
}

// lockError says the lock file could not be opened at all (a read-only
// folder, a lock file that is a link or a folder): the state can be read
// but not saved.
type lockError struct {
	path string
	err  error
}

// Error names the lock file and the reason.
func (e *lockError) Error() string { return fmt.Sprintf("cannot lock %s: %v", e.path, e.err) }

// Unwrap is the reason.
func (e *lockError) Unwrap() error { return e.err }

// locked runs fn holding the folder's lock file, which every talks process
// takes before it reads, merges and writes the state. The lock file is
// opened without following a link (openLock), so that a link planted in
// its place cannot make talks create a file elsewhere.
func locked(dir string, fn func() error) error {
	path := filepath.Join(dir, lockName)
	l, err := openLock(path)
	if err != nil {
		return &lockError{path, err}
	}
	ctx, cancel := context.WithTimeout(context.Background(), lockWait)
	defer cancel()
	ok, err := l.TryLockContext(ctx, 20*time.Millisecond)
	defer l.Close()
	switch {
	case ok:
	case err != nil && !errors.Is(err, ctx.Err()):
		return &lockError{path, unwrapPath(err)}
	default:
		return fmt.Errorf("%s: another talks is saving (waited %s)", filepath.Join(dir, fileName), lockWait)
	}
	return fn()
}

// newLock is the lock of path, opened with flags.
func newLock(path string, flags int) *flock.Flock {
	return flock.New(path, flock.SetFlag(flags))
}

// unwrapPath drops the path an *fs.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
