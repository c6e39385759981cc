package reader

import (
	"fmt"

	"charm.land/bubbles/v2/textinput"
	"talks/index"
	"talks/model"
)

// talkFind is the search inside the open talk: the query line while it is
// typed, then the hits of index.SearchTalk and the one n and N are on.
type talkFind struct {
	typing bool
	input  textinput.Model
	query  string
	hits   []index.Hit
	cur    int
	// reveal says the current hit is to be scrolled into view when the
	// page arrives.
	reveal bool
}

// active reports whether a search is shown in the talk.
func (f talkFind) active() bool { return f.query != "" }

// clear ends the search.
func (f *talkFind) clear() { *f = talkFind{} }

// set searches t for query and makes the hit at h's place current (the
// first hit when h is not among them).
func (f *talkFind) set(t *model.Talk, query string, h index.Hit) {
	f.query, f.hits, f.cur, f.typing = query, index.SearchTalk(t, query), 0, false
	for i, x := range f.hits {
		if x.Block == h.Block && x.Offset == h.Offset {
			f.cur = i
			break
		}
	}
	f.reveal = len(f.hits) > 0
}

// status is "3/17" for the status line, "0/0" when nothing matched.
func (f talkFind) status() string {
	if len(f.hits) == 0 {
		return "0/0"
	}
	return fmt.Sprintf("%d/%d", f.cur+1, len(f.hits))
}

// firstFrom is the first hit in block b or after it, wrapping to the
// first hit.
func firstFrom(hits []index.Hit, b int) int {
	for i, h := range hits {
		if h.Block >= b {
			return i
		}
	}
	return 0
}
