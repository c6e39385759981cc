package state

import (
	"encoding/json"
	"fmt"
	"time"
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

// parse reads a state file's bytes; an error means the file is corrupt or
// of a newer version, and must not be overwritten.
func parse(b []byte) (data, error) {
	var d data
	if err := json.Unmarshal(b, &d); err != nil {
		return data{}, err
	}
	switch {
	case d.Version == 0:
		return data{}, fmt.Errorf("no version")
	case d.Version > Version:
		return data{}, fmt.Errorf("version %d is newer than this program's %d", d.Version, Version)
	}
	if d.Positions == nil {
		d.Positions = map[string]Pos{}
	}
	if d.Deleted == nil {
		d.Deleted = map[string]time.Time{}
	}
	return d, nil
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
