package main

import (
	"math"
	"time"

	"talks/index"
	"talks/model"
)

// What the JSON of `list` and `search` tells of a timed talk: its length,
// and when a hit is said.

// seconds is d in seconds, to the millisecond.
func seconds(d time.Duration) float64 {
	return math.Round(d.Seconds()*1000) / 1000
}

// durationOf is a timed talk's length in seconds (Talk.Duration), nil for
// an untimed talk, so that `list --json` leaves the field out.
func durationOf(t *model.Talk) *float64 {
	if !t.Timed() {
		return nil
	}
	s := seconds(t.Duration())
	return &s
}

// hitJSON is one line of `talks search --json`: the hit's fields, and time,
// when its talk is timed: the second its block is said from (a hit in an
// untimed block has none).
type hitJSON struct {
	index.Hit
	Time *float64 `json:"time,omitempty"`
}

// searchJSON is h as `talks search --json` prints it.
func searchJSON(h index.Hit) any {
	j := hitJSON{Hit: h}
	if t := h.Talk; t != nil && h.Block >= 0 && h.Block < len(t.Blocks) && t.Blocks[h.Block].Timed {
		s := seconds(t.Blocks[h.Block].Start)
		j.Time = &s
	}
	return j
}
