package render

import (
	"context"
	"io"
	"sort"
	"strings"
	"sync"

	"talks/model"
)

// Page is a talk laid out at one width: its header, then its blocks with a
// blank line between. It is laid out lazily, as far as callers look, and is
// safe for use by several goroutines.
type Page struct {
	r     *Renderer
	t     *model.Talk
	width int
	n     int // blocks

	polOnce sync.Once
	pol     policy

	mu sync.Mutex
	// starts[i] is the first line of block i, known for i < len(starts);
	// starts[n] is one past the blank line after the last block.
	starts []int
}

// pageCost is about how many bytes a Page of n blocks holds, laid out.
func pageCost(n int) int { return 128 + 8*n }

// policy is how the page's lines are laid out (see choosePolicy).
func (p *Page) policy() policy {
	p.polOnce.Do(func() { p.pol = p.choosePolicy() })
	return p.pol
}

// extend lays out blocks until block i's start is known (i ≤ n); p.mu must
// be held.
func (p *Page) extend(i int) {
	if len(p.starts) == 0 {
		p.starts = append(p.starts, p.count(-1)+1)
	}
	for len(p.starts) <= min(i, p.n) {
		b := len(p.starts) - 1
		p.starts = append(p.starts, p.starts[b]+p.count(b)+1)
	}
}

// extendTo lays out blocks until line is covered or the page ends; p.mu
// must be held.
func (p *Page) extendTo(line int) {
	p.extend(0)
	for len(p.starts) <= p.n && p.starts[len(p.starts)-1] <= line {
		p.extend(len(p.starts))
	}
}

// Len is the number of lines on the page. It lays out the whole page
// (counting lines, without rendering them).
func (p *Page) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.starts) <= p.n {
		p.r.prepare(p.t, max(len(p.starts)-1, 0), p.n)
	}
	p.extend(p.n)
	return p.lenLocked()
}

// LaidOut says whether the whole page is laid out, so that Len, BlockAt
// and LineOf answer at once: a caller that must not wait (the app's
// Update) calls Len elsewhere (in a command) when it is not.
func (p *Page) LaidOut() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.starts) > p.n
}

func (p *Page) lenLocked() int {
	if p.n == 0 {
		return p.starts[0] - 1
	}
	return p.starts[p.n] - 1
}

// Lines are the page's lines from (inclusive) to to (exclusive), clamped
// to the page. Only the blocks they show are rendered.
func (p *Page) Lines(from, to int) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	from = max(from, 0)
	if to <= from {
		return nil
	}
	p.extendTo(to - 1)
	if complete := len(p.starts) > p.n; complete {
		to = min(to, p.lenLocked())
	}
	out := make([]string, 0, max(to-from, 0))
	for line := from; line < to; {
		b := p.blockAtLocked(line)
		start := 0
		if b >= 0 {
			start = p.starts[b]
		}
		ls := p.lines(b)
		for k := line - start; k < len(ls) && line < to; k++ {
			out = append(out, ls[k])
			line++
		}
		if line < to { // the blank line after the header or block
			out = append(out, "")
			line++
		}
	}
	return out
}

// String is the whole page, one line per line, ending in a newline.
func (p *Page) String() string {
	var b strings.Builder
	_ = p.Render(context.Background(), &b)
	return b.String()
}

// Render writes the whole page to w as String makes it, a block at a time:
// the lines of a block not yet laid out at this width go to w as they are
// made, without being kept. It stops with ctx's error when ctx is done:
// between blocks, and every thousand lines inside a long block as it is
// made, laid out and written.
func (p *Page) Render(ctx context.Context, w io.Writer) error {
	n := 0
	write := func(l string) error {
		if n++; n%codeCheck == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		_, err := io.WriteString(w, l+"\n")
		return err
	}
	for i := -1; i < p.n; i++ {
		if i >= 0 { // the blank line before a block
			if err := write(""); err != nil {
				return err
			}
		}
		if wb, ok := p.r.cache.get(cacheKey{r: p.r, t: p.t, kind: kindLines, block: i, width: p.width}); ok {
			for _, l := range wb.(*wrappedBlock).lines {
				if err := write(l); err != nil {
					return err
				}
			}
			continue
		}
		if err := p.eachLine(ctx, i, write); err != nil {
			return err
		}
	}
	return nil
}

// BlockAt is the block shown at line (a block owns the blank line after
// it), or -1 for the header; lines past the end give the last block.
func (p *Page) BlockAt(line int) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.extendTo(line)
	return p.blockAtLocked(line)
}

// blockAtLocked finds line's block by binary search over what is laid out;
// p.mu must be held.
func (p *Page) blockAtLocked(line int) int {
	known := min(len(p.starts), p.n)
	return sort.Search(known, func(i int) bool { return p.starts[i] > line }) - 1
}

// LineOf is the first line of block i: 0 (the top of the header) for
// i < 0, the last block's for i past the end.
func (p *Page) LineOf(i int) int {
	if i < 0 || p.n == 0 {
		return 0
	}
	i = min(i, p.n-1)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.extend(i)
	return p.starts[i]
}

// Width is the width the page is laid out at.
func (p *Page) Width() int { return p.width }
