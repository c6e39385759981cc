package index

import (
	"context"

	"talks/model"
)

// Match is a talk the finder found, with the line it shows and the runes of
// that line to highlight.
type Match struct {
	// Talk is the talk found.
	Talk *model.Talk `json:"-"`
	// ID is the talk's ID.
	ID string `json:"id"`
	// Text is the line shown: see Line.
	Text string `json:"text"`
	// Positions are the rune indexes into Text of the matched characters, in
	// increasing order.
	Positions []int `json:"positions"`
	// Score ranks the match: higher is better.
	Score int `json:"score"`
}

// Find ranks the talks that match every space-separated term of query, best
// first, and returns at most limit of them (all when limit <= 0). An empty
// query returns the talks in order. Terms match the line (Line) fuzzily,
// Chinese also as full pinyin or initials; a query that is the name of a
// person brings that person's talks first.
func (ix *Index) Find(query string, limit int) []Match {
	ms, _, _ := ix.FindContext(context.Background(), query, limit)
	return ms
}

// FindContext is Find for a caller that may give up: it returns the
// matches, how many talks match in all (what Count says), and nil; or, when
// ctx is done before it finishes, nil, 0 and ctx's error. It looks at ctx
// every few hundred talks, so it returns soon after ctx is done, and a
// query given up leaves nothing half-done behind: asking it again (or a
// query extending it) works it out afresh. Several may run at once.
func (ix *Index) FindContext(ctx context.Context, query string, limit int) (matches []Match, total int, err error) {
	rs, total, err := ix.finder.find(ctx, query, limit)
	if err != nil {
		return nil, 0, err
	}
	out := make([]Match, len(rs))
	for i, r := range rs {
		t := ix.talks[r.id]
		out[i] = Match{Talk: t, ID: t.ID, Text: ix.finder.entries[r.id].text, Positions: r.pos, Score: r.score}
	}
	return out, total, nil
}

// Count is how many talks match query: the length of Find(query, 0), for a
// "12/340" line. After Find with the same query it costs nothing (the
// result is remembered).
func (ix *Index) Count(query string) int { return ix.finder.count(query) }
