package state

import (
	"slices"
	"time"
)

// merge combines two copies of the state, neither losing what the other
// made:
//   - positions: per talk, the one read last (the newer Time) wins;
//   - last talk: the newer one wins;
//   - deletions: the union of both deleted sets;
//   - bookmarks: the union of both, keyed by Bookmark.Key, less the deleted
//     ones, ordered by creation time.
func merge(a, b data) data {
	out := empty()
	for _, d := range []data{a, b} {
		for id, p := range d.Positions {
			if q, ok := out.Positions[id]; !ok || p.Time.After(q.Time) {
				out.Positions[id] = p
			}
		}
		if d.Last.Talk != "" && (out.Last.Talk == "" || d.Last.Time.After(out.Last.Time)) {
			out.Last = d.Last
		}
		for k, t := range d.Deleted {
			if u, ok := out.Deleted[k]; !ok || t.After(u) {
				out.Deleted[k] = t
			}
		}
	}
	seen := map[string]bool{}
	for _, d := range []data{a, b} {
		for _, bm := range d.Bookmarks {
			k := bm.Key()
			if seen[k] {
				continue
			}
			seen[k] = true
			if _, gone := out.Deleted[k]; !gone {
				out.Bookmarks = append(out.Bookmarks, bm)
			}
		}
	}
	slices.SortStableFunc(out.Bookmarks, func(x, y Bookmark) int { return x.Created.Compare(y.Created) })
	return out
}

// now is the current time, without its monotonic reading and in UTC, so
// that it survives a trip through JSON unchanged.
func now() time.Time { return time.Now().UTC().Round(0) }
