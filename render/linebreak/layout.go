package linebreak

import (
	"unicode/utf8"
	"unsafe"

	"talks/safetext"
)

// sums are a Text's running sums over its units, which let a layout
// measure any line in constant time. They do not depend on the width.
type sums struct {
	cum    []int32 // cum[k]: cells of units [0,k), each with its trailing spaces
	lastSq []int32 // lastSq[k]: the last unit ≤ k whose spaces before it may be dropped, or -1
	segEnd []int32 // segEnd[k]: the first unit ≥ k that a mandatory break follows, or the last unit
}

// sum fills t.sums from t.units.
func (t *Text) sum() {
	n := len(t.units)
	t.cum = make([]int32, n+1)
	t.lastSq = make([]int32, n)
	t.segEnd = make([]int32, n)
	last := int32(-1)
	for k, u := range t.units {
		t.cum[k+1] = t.cum[k] + int32(u.w+u.sp)
		if u.squeeze {
			last = int32(k)
		}
		t.lastSq[k] = last
	}
	end := int32(n - 1)
	for k := n - 1; k >= 0; k-- {
		if t.units[k].hard {
			end = int32(k)
		}
		t.segEnd[k] = end
	}
}

// Lines lays the text out in lines of at most width cells. A width below 2
// is taken as 2, the least that holds any character.
//
// Every line but the last of a paragraph is filled: the piece that begins
// the next line (its first word or character, with the closing punctuation
// glued to it) does not fit in the room left on it. Filling each line
// greedily does not always achieve that: a piece glued to what follows
// (“（LLM）”, an opening quote and its character) may fit where the whole
// does not. So the breaks are chosen for the whole paragraph at once, as
// the layout of least cost, where a line costs, from worst to least bad:
// stopping short (a ragged line), running up to slack cells past width
// into the margin, and dropping the spaces between a Chinese character and
// a Latin word (they are only a visual gap between scripts; one such gap
// per line). A layout that needs none of these is the greedy one.
func (t *Text) Lines(width, slack int) []Line {
	return t.HangingLines(width, width, slack)
}

// HangingLines is Lines with a first line of a different width (it holds
// a list marker, say).
func (t *Text) HangingLines(first, width, slack int) []Line {
	var out []Line
	t.layout(first, width, slack, func(l Line) { out = append(out, l) })
	return out
}

// Count is the number of lines, as len(t.HangingLines(first, width,
// slack)) but without building them.
func (t *Text) Count(first, width, slack int) int {
	n := 0
	t.layout(first, width, slack, func(Line) { n++ })
	return n
}

// Flaws are, in the layout t.HangingLines(first, width, slack) makes,
// the number of lines that stop short of a piece that would have fitted
// (some texts leave no choice) and the number that run into the margin.
func (t *Text) Flaws(first, width, slack int) (ragged, margin int) {
	c := t.layout(first, width, slack, func(Line) {})
	return int(c / costRagged), int(c % costRagged / costMargin)
}

// String is the analysed text.
func (t *Text) String() string { return t.s }

// The costs of a line, each worse than any number of the next.
const (
	costRagged  = 1 << 40 // it stops short of a piece that would fit
	costMargin  = 1 << 20 // it runs into the margin
	costSqueeze = 1       // a space next to a Chinese character is dropped
)

// maxSqueeze is the most gaps between scripts a line may drop.
const maxSqueeze = 3

// A line's stretch: how many gaps it drops (the low bits) and whether it
// runs into the margin.
const (
	optSqueezes = 3 // mask of the number of gaps dropped
	optMargin   = 4
)

// planner finds the layout of least cost by dynamic programming over the
// units that may start a line; most start no line and are never visited.
type planner struct {
	t                  *Text
	first, rest, slack int
	score              []int64 // per line start: the least cost from there, -1 until known
	next               []int32 // per line start: the start of the next line in that layout
	opt                []uint8 // per line start: how that line is stretched
}

// start is the width of unit i at the start of a line and the width that
// line may have: a unit wider than the line is cut, and its last piece
// starts the line.
func (p *planner) start(i int) (w, capacity int) {
	capacity = p.capacity(i)
	u := p.t.units[i]
	if u.w <= capacity {
		return u.w, capacity
	}
	return p.t.cut(u, capacity, p.rest, nil).Width, p.rest
}

// capacity is the width of a line that starts at unit i.
func (p *planner) capacity(i int) int {
	if i == 0 {
		return p.first
	}
	return p.rest
}

// width is the width of the line of units [i,j) whose first unit is sw
// cells wide (j > i).
func (p *planner) width(i, j, sw int) int {
	u := p.t.units
	return sw + int(p.t.cum[j]-p.t.cum[i+1]) + u[i].sp - u[j-1].sp
}

// fit is the largest j in (i,end] such that units [i,j) fit in x cells.
func (p *planner) fit(i, end, sw, x int) int {
	lo, hi := i+1, end // the answer is in [lo,hi]; lo always fits
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if p.width(i, mid, sw) <= x {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// best is the least cost of laying out the text from unit i at the start
// of a line, recording the choices that reach it.
func (p *planner) best(i int) int64 {
	t := p.t
	if i >= len(t.units) {
		return 0
	}
	if p.score[i] >= 0 {
		return p.score[i]
	}
	sw, capacity := p.start(i)
	end := int(t.segEnd[i]) + 1
	var bestJ int32
	var bestOpt uint8
	bestScore := int64(-1)
	// try is one way to end the line; it says whether it costs nothing.
	try := func(j, w int, opt uint8) bool {
		c := int64(0)
		c += int64(opt&optSqueezes) * costSqueeze
		if opt&optMargin != 0 {
			c += costMargin
		}
		if j < end && w-t.units[j-1].trail+t.units[j].lead <= capacity {
			c += costRagged
		}
		c += p.best(j)
		if bestScore < 0 || c < bestScore {
			bestScore, bestJ, bestOpt = c, int32(j), opt
		}
		return c == 0
	}
	prev := -1
	for _, x := range [2]int{capacity, capacity + p.slack} {
		j := p.fit(i, end, sw, x)
		if j != prev {
			w := p.width(i, j, sw)
			opt := uint8(0)
			if w > capacity {
				opt = optMargin
			}
			if try(j, w, opt) {
				return p.store(i, bestScore, bestJ, bestOpt)
			}
			prev = j
		}
		// drop gaps, the last ones first, to take one more unit
		if j < end {
			w := p.width(i, j+1, sw)
			for n, k := 1, int(t.lastSq[j]); n <= maxSqueeze && k > i; n, k = n+1, int(t.lastSq[k-1]) {
				if w -= t.units[k-1].sp; w <= x {
					opt := uint8(n)
					if w > capacity {
						opt |= optMargin
					}
					if try(j+1, w, opt) {
						return p.store(i, bestScore, bestJ, bestOpt)
					}
					break
				}
			}
		}
		if p.slack <= 0 {
			break
		}
	}
	return p.store(i, bestScore, bestJ, bestOpt)
}

// store records the best way to lay out the text from unit i.
func (p *planner) store(i int, score int64, next int32, opt uint8) int64 {
	p.score[i], p.next[i], p.opt[i] = score, next, opt
	return score
}

// layout lays the text out as Lines documents, gives each line to emit,
// and returns the layout's cost.
func (t *Text) layout(first, rest, slack int, emit func(Line)) int64 {
	first, rest = max(first, 2), max(rest, 2)
	n := len(t.units)
	if n == 0 {
		emit(Line{})
		return 0
	}
	p := &planner{t: t, first: first, rest: rest, slack: max(slack, 0)}
	var cost int64
	next := p.greedy
	if !p.full() {
		// the greedy layout has a ragged line: find the best
		p.score, p.next, p.opt = make([]int64, n), make([]int32, n), make([]uint8, n)
		for k := range p.score {
			p.score[k] = -1
		}
		cost = p.best(0)
		next = func(i int) (int, uint8) { return int(p.next[i]), p.opt[i] }
	}
	for i := 0; i < n; {
		j, opt := next(i)
		p.emit(i, j, opt, emit)
		i = j
	}
	if t.units[n-1].hard {
		emit(Line{Start: len(t.s), End: len(t.s)})
	}
	return cost
}

// greedy is where the line from unit i ends when each line takes all
// it can without stretching: the layout of no cost, when it has no ragged
// line.
func (p *planner) greedy(i int) (int, uint8) {
	sw, capacity := p.start(i)
	return p.fit(i, int(p.t.segEnd[i])+1, sw, capacity), 0
}

// full says whether the greedy layout has no ragged line.
func (p *planner) full() bool {
	t := p.t
	for i := 0; i < len(t.units); {
		sw, capacity := p.start(i)
		end := int(t.segEnd[i]) + 1
		j := p.fit(i, end, sw, capacity)
		if j < end && p.width(i, j, sw)-t.units[j-1].trail+t.units[j].lead <= capacity {
			return false
		}
		i = j
	}
	return true
}

// emit gives emit the line of units [i,j), stretched as opt says (and
// before it the full lines of unit i if it is cut).
func (p *planner) emit(i, j int, opt uint8, emit func(Line)) {
	t := p.t
	u := t.units[i]
	cur := Line{Start: u.start, End: u.end, Width: u.w}
	if capacity := p.capacity(i); u.w > capacity {
		cur = t.cut(u, capacity, p.rest, emit)
	}
	cur.Width = p.width(i, j, cur.Width)
	cur.End = t.units[j-1].end
	if n := int(opt & optSqueezes); n > 0 {
		cur.Gaps = make([]Gap, n)
		for k := t.lastSq[j-1]; n > 0; k = t.lastSq[k-1] {
			n--
			cur.Gaps[n] = Gap{t.units[k-1].end, t.units[k].start}
			cur.Width -= t.units[k-1].sp
		}
	}
	emit(cur)
}

// cut breaks a unit wider than a line at grapheme clusters, emitting full
// lines (the first width cells wide, the others rest) unless emit is nil,
// and returning the last, partial one. It avoids starting a line with
// closing punctuation when it can.
func (t *Text) cut(u unit, width, rest int, emit func(Line)) Line {
	seg := t.s[u.start:u.end]
	type gc struct {
		off, w int
		r      rune
	}
	var gs []gc
	off := 0
	for rest := seg; len(rest) > 0; {
		c, w := safetext.FirstCluster(rest)
		rest = rest[len(c):]
		r, _ := utf8.DecodeRuneInString(c)
		gs = append(gs, gc{off: u.start + off, w: w, r: r})
		off += len(c)
	}
	i := 0
	for {
		w, j := 0, i
		for j < len(gs) && w+gs[j].w <= width {
			w += gs[j].w
			j++
		}
		if j == i { // a cluster wider than the line: give it a line of its own
			w, j = gs[i].w, i+1
		}
		if j == len(gs) {
			return Line{Start: gs[i].off, End: u.end, Width: w}
		}
		// step back over closing punctuation so it does not start a line
		k := j
		for k > i+1 && isNoStart(gs[k].r) {
			k--
		}
		if k > i+1 {
			for ; j > k; j-- {
				w -= gs[j-1].w
			}
		}
		if emit != nil {
			emit(Line{Start: gs[i].off, End: gs[j].off, Width: w})
		}
		width = rest
		i = j
	}
}

// Size is about how many bytes t holds, for a cache's budget.
func (t *Text) Size() int {
	return len(t.s) + len(t.units)*int(unsafe.Sizeof(unit{})) + 12*len(t.cum)
}
