package render

import (
	"testing"
)

// TestPolicy checks the layout chosen for a small talk (the fixture) at
// every width from 20 to 130: no line too wide; a text column within a few
// cells of Glamour's and a margin inside the page; Glamour's column, with
// no line in the margin, unless that leaves ragged lines; and no policy
// with fewer flaws than the one chosen.
func TestPolicy(t *testing.T) {
	tk := fixture()
	for _, st := range []Style{Plain, Dark} {
		r := New(Options{Style: st})
		for w := 20; w <= 130; w++ {
			if rep := wrapcheck(r.Page(tk, w).String(), w, ""); rep.Over > 0 {
				t.Errorf("%s width %d: over=%d: %q", st, w, rep.Over, rep.Shown)
			}
			pg := r.Page(tk, w)
			p := pg.policy()
			chosen := pg.flaws(p)
			if d := p.avail - avail(w); d < -6 || d > 1 || p.avail+p.slack > w {
				t.Errorf("%s width %d: text column %d+%d", st, w, p.avail, p.slack)
			}
			if p != (policy{avail: avail(w)}) && pg.flaws(policy{avail: avail(w)}) == 0 {
				t.Errorf("%s width %d: chose %+v where Glamour's column is full", st, w, p)
			}
			for _, q := range policies {
				q.avail += avail(w)
				if q.avail+q.slack <= w && pg.flaws(q) < chosen {
					t.Errorf("%s width %d: chose %+v with %d flaws, %+v has %d", st, w, p, chosen, q, pg.flaws(q))
				}
			}
		}
	}
}
