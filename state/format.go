package state

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"talks/safetext"
)

// Version is the version of the state file format this package writes.
const Version = 1

// Pos is a place in a talk, kept by block rather than by screen line so that
// it survives a change of width.
type Pos struct {
	// Block is the index in Talk.Blocks of the block at the top of the
	// pane; -1 for the talk's header.
	Block int `json:"block"`
	// Para is the paragraph being read (Block.Para of the first numbered
	// block at or after Block); it finds the place again if the talk's
	// blocks change.
	Para int `json:"para"`
	// Time is when the talk was last read.
	Time time.Time `json:"time"`
}

// Bookmark is a place in a talk the reader marked, with an optional note.
type Bookmark struct {
	// Talk is the talk's stable ID.
	Talk string `json:"talk"`
	// Block is the index in Talk.Blocks of the marked block.
	Block int `json:"block"`
	// Para is the paragraph number at the mark.
	Para int `json:"para"`
	// Note is the reader's note, or "".
	Note string `json:"note,omitempty"`
	// Created is when the bookmark was made; with Talk and Block it is the
	// bookmark's identity.
	Created time.Time `json:"created"`
}

// Key is the bookmark's identity: talk, block and creation time.
func (b Bookmark) Key() string {
	return fmt.Sprintf("%s\x00%d\x00%d", b.Talk, b.Block, b.Created.UnixNano())
}

// last is the talk open last and when it was opened.
type last struct {
	Talk string    `json:"talk"`
	Time time.Time `json:"time"`
}

// data is the content of the state file.
//
//	{"version": 1,
//	 "positions": {"BV1HM4m1U7bM-p4": {"block": 12, "para": 9, "time": "…"}},
//	 "last": {"talk": "BV1HM4m1U7bM-p4", "time": "…"},
//	 "bookmarks": [{"talk": "…", "block": 12, "para": 9, "note": "…", "created": "…"}],
//	 "deleted": {"<bookmark key>": "<time deleted>"}}
//
// deleted holds the keys of deleted bookmarks, so that a merge with a copy
// that still has one does not bring it back.
type data struct {
	Version   int                  `json:"version"`
	Positions map[string]Pos       `json:"positions"`
	Last      last                 `json:"last"`
	Bookmarks []Bookmark           `json:"bookmarks"`
	Deleted   map[string]time.Time `json:"deleted,omitempty"`
}

// empty is a state with nothing in it.
func empty() data {
	return data{Version: Version, Positions: map[string]Pos{}, Deleted: map[string]time.Time{}}
}

// parse reads a state file's bytes; an error means the file is corrupt.
// newer is the file's version when a newer talks wrote it: d then holds
// what this version understands of it (nothing, when even that cannot be
// read), and the file must be kept as it is, never overwritten.
func parse(b []byte) (d data, newer int, err error) {
	var v struct {
		Version int `json:"version"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return data{}, 0, err
	}
	switch {
	case v.Version == 0:
		return data{}, 0, fmt.Errorf("no version")
	case v.Version > Version:
		newer = v.Version
	}
	if err := json.Unmarshal(b, &d); err != nil {
		if newer > 0 {
			return empty(), newer, nil // a newer layout: keep it, understand none of it
		}
		return data{}, 0, err
	}
	if d.Positions == nil {
		d.Positions = map[string]Pos{}
	}
	if d.Deleted == nil {
		d.Deleted = map[string]time.Time{}
	}
	return d.cleaned(), newer, nil
}

// cleaned is d with the talk IDs and notes it holds made safe to show:
// the file may have been written by anyone, and they reach the screen.
func (d data) cleaned() data {
	for i, b := range d.Bookmarks {
		d.Bookmarks[i].Talk, d.Bookmarks[i].Note = cleanID(b.Talk), safetext.Clean(b.Note)
	}
	d.Last.Talk = cleanID(d.Last.Talk)
	d.Positions = cleanKeys(d.Positions, cleanID)
	d.Deleted = cleanKeys(d.Deleted, func(k string) string {
		// a bookmark key: its talk ID, then block and time after NULs
		id, rest, ok := strings.Cut(k, "\x00")
		if !ok {
			return cleanID(k)
		}
		return cleanID(id) + "\x00" + rest
	})
	return d
}

// cleanID is a talk ID made safe to show: one line with no control
// character.
func cleanID(id string) string {
	return strings.ReplaceAll(safetext.Clean(id), "\n", " ")
}

// cleanKeys is m with its keys cleaned by clean (m itself when none
// changes).
func cleanKeys[V any](m map[string]V, clean func(string) string) map[string]V {
	dirty := false
	for k := range m {
		if clean(k) != k {
			dirty = true
			break
		}
	}
	if !dirty {
		return m
	}
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[clean(k)] = v
	}
	return out
}

// encode is the file's bytes, indented for a human reading it.
func (d data) encode() ([]byte, error) {
	d.Version = Version
	b, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// clone is a deep copy of d.
func (d data) clone() data {
	c := data{Version: d.Version, Last: d.Last, Positions: make(map[string]Pos, len(d.Positions)),
		Deleted: make(map[string]time.Time, len(d.Deleted)), Bookmarks: append([]Bookmark(nil), d.Bookmarks...)}
	for k, v := range d.Positions {
		c.Positions[k] = v
	}
	for k, v := range d.Deleted {
		c.Deleted[k] = v
	}
	return c
}
