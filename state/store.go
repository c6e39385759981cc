// Package state keeps what a reader makes while reading: the place in every
// talk, the talk open last and bookmarks. It lives in one JSON file,
// state.json, in the XDG state folder ($XDG_STATE_HOME/talks), keyed by the
// talks' stable IDs so that it survives moving the corpus.
//
// The file is never left half-written: a save writes a temporary file in the
// same folder, syncs it, renames it over state.json and syncs the folder.
// Several talks processes may run at once: a save takes a lock file beside
// state.json, re-reads it, merges (see merge) and writes, so that no process
// loses another's bookmarks. A file that cannot be read or parsed is never
// overwritten: it is moved aside to state.json.corrupt-<time> and reported;
// a file of a newer format is kept as it is and not written to.
package state

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"talks/atomicfile"

	"github.com/adrg/xdg"
)

// Store is the reading state of one talks process: an in-memory copy of the
// state file, changed by the app and merged into the file by Save. It is
// safe for use by several goroutines.
type Store struct {
	dir string
	mu  sync.Mutex
	d   data
	// broken is why the file must not be written: it was bad and could not
	// be moved aside.
	broken error
	// midWrite, when set (by tests), runs halfway through writing the file.
	midWrite func()
}

// CorruptError says the state file could not be read or parsed and was moved
// aside; the state started empty.
type CorruptError struct {
	// Aside is where the bad file now is.
	Aside string
	// Err is why it could not be used.
	Err error
}

// Error is a one-line message for the status line.
func (e *CorruptError) Error() string {
	return fmt.Sprintf("saved state was unreadable (%v): kept as %s, starting afresh", e.Err, e.Aside)
}

// Unwrap is the reason the file could not be used.
func (e *CorruptError) Unwrap() error { return e.Err }

// DefaultDir is the state folder: "talks" in the XDG state home
// ($XDG_STATE_HOME, by default ~/.local/state). It has xdg read the
// environment again first, so that it follows XDG_STATE_HOME as it is now
// (xdg reads it once at start otherwise).
func DefaultDir() string {
	xdg.Reload()
	return filepath.Join(xdg.StateHome, "talks")
}

// Open reads the state kept in dir, creating dir if needed. A bad state file
// is moved aside and warning says so in one line; the store then starts
// empty. If a bad file cannot even be moved, the store works in memory and
// Save refuses to overwrite it. A file written by a newer talks is read as
// far as it is understood and kept: Save refuses to overwrite it. When the
// lock cannot be taken at all (a read-only folder), the file is read
// without it and Save refuses too. err is set only when dir cannot be used.
func Open(dir string) (s *Store, warning string, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, "", err
	}
	s = &Store{dir: dir, d: empty()}
	var r readResult
	err = locked(dir, func() error {
		var rerr error
		r, rerr = readFile(s.path())
		return rerr
	})
	var le *lockError
	switch {
	case errors.As(err, &le):
		r = peekFile(s.path()) // atomic writes: safe to read without the lock
		s.broken = fmt.Errorf("%v: places and bookmarks are read but not saved", err)
		warning = s.broken.Error()
		if r.why != nil {
			warning = fmt.Sprintf("%s: %v; and %v", s.path(), r.why, s.broken)
		}
	case err != nil:
		s.broken = err
		return s, "state not saved this time: " + err.Error(), nil
	case r.moved != "":
		warning = (&CorruptError{Aside: r.moved, Err: r.why}).Error()
	}
	if r.newer > 0 && s.broken == nil {
		s.broken = &NewerError{Path: s.path(), Version: r.newer}
		warning = s.broken.Error()
	}
	s.d = r.d
	return s, warning, nil
}

// NewerError says the state file was written by a newer talks: it is read
// as far as this version understands it and never overwritten.
type NewerError struct {
	// Path is the state file.
	Path string
	// Version is the file's format version.
	Version int
}

// Error is a one-line message for the status line.
func (e *NewerError) Error() string {
	return fmt.Sprintf("%s is from a newer talks (format %d, this one reads %d): read, but not saved, so that nothing in it is lost", e.Path, e.Version, Version)
}

// path is the state file's path.
func (s *Store) path() string { return filepath.Join(s.dir, fileName) }

// Dir is the folder the state is kept in.
func (s *Store) Dir() string { return s.dir }

// Position is where talk id was left, if it was ever read.
func (s *Store) Position(id string) (Pos, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.d.Positions[id]
	return p, ok
}

// SetPosition records where talk id is being read; a zero p.Time is now.
func (s *Store) SetPosition(id string, p Pos) {
	if p.Time.IsZero() {
		p.Time = now()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.d.Positions[id] = p
}

// LastTalk is the ID of the talk open last, or "".
func (s *Store) LastTalk() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.d.Last.Talk
}

// SetLastTalk records that talk id is the one open now.
func (s *Store) SetLastTalk(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.d.Last = last{Talk: id, Time: now()}
}

// Bookmarks are all the bookmarks, of every talk, oldest first.
func (s *Store) Bookmarks() []Bookmark {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.d.Bookmarks)
}

// AddBookmark adds b, with Created set to now when zero, and returns it.
func (s *Store) AddBookmark(b Bookmark) Bookmark {
	if b.Created.IsZero() {
		b.Created = now()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	k := b.Key()
	delete(s.d.Deleted, k)
	if !slices.ContainsFunc(s.d.Bookmarks, func(x Bookmark) bool { return x.Key() == k }) {
		s.d.Bookmarks = append(s.d.Bookmarks, b)
	}
	return b
}

// DeleteBookmark removes b (matched by Key) and remembers the deletion, so
// that merging with a copy that still has b does not bring it back.
func (s *Store) DeleteBookmark(b Bookmark) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := b.Key()
	s.d.Bookmarks = slices.DeleteFunc(s.d.Bookmarks, func(x Bookmark) bool { return x.Key() == k })
	s.d.Deleted[k] = now()
}

// Save merges the store into the state file under the folder's lock and
// writes the result atomically; the store then holds the merged state. A
// *CorruptError means the file on disk was bad: it was moved aside and the
// save went through.
func (s *Store) Save() error {
	if s.broken != nil {
		return s.broken
	}
	s.mu.Lock()
	mine := s.d.clone()
	s.mu.Unlock()
	var merged data
	var moved error
	err := locked(s.dir, func() error {
		r, err := readFile(s.path())
		if err != nil {
			return err
		}
		if r.newer > 0 { // a newer talks wrote it since Open
			return &NewerError{Path: s.path(), Version: r.newer}
		}
		if r.moved != "" {
			moved = &CorruptError{Aside: r.moved, Err: r.why}
		}
		merged = merge(r.d, mine)
		b, err := merged.encode()
		if err != nil {
			return err
		}
		return atomicfile.Write(s.path(), b, 0o600, s.midWrite)
	})
	if err != nil {
		return fmt.Errorf("saving reading state: %w", err)
	}
	s.mu.Lock()
	s.d = merge(s.d, merged)
	s.mu.Unlock()
	return moved
}
