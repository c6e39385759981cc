package render

import (
	"context"
	"runtime"
	"strings"
	"sync"

	"talks/model"
	"talks/safetext"
)

// analysis is a block's unwrapped styled lines, which do not depend on the
// width, and, made when Locate first asks, where each visible rune of
// their text comes from in the block's text (see locate.go).
type analysis struct {
	lines []*styledLine

	srcOnce sync.Once
	src     [][]int32 // per line, per byte of its body: a rune index of the block's text, or -1
}

// cost is about how many bytes a holds.
func (a *analysis) cost() int {
	n := 64
	for _, l := range a.lines {
		n += 160 + len(l.vis) + len(l.cont) + 32*len(l.esc)
		if l.body != nil {
			n += l.body.Size()
		}
	}
	return n
}

// analysis is block i of t analysed (-1: the header), from the cache or
// made; ctx as in makeStyled.
func (r *Renderer) analysis(ctx context.Context, t *model.Talk, i int) (*analysis, error) {
	k := cacheKey{r: r, t: t, kind: kindAnalysis, block: i}
	if a, ok := r.cache.get(k); ok {
		return a.(*analysis), nil
	}
	lines, err := r.makeStyled(ctx, t, i)
	if err != nil {
		return nil, err
	}
	a := &analysis{lines: lines}
	return r.cache.add(k, a, a.cost()).(*analysis), nil
}

// analysed is analysis for a context that is never done.
func (r *Renderer) analysed(t *model.Talk, i int) *analysis {
	a, _ := r.analysis(context.Background(), t, i)
	return a
}

// prepare analyses the blocks [from,to) of t not in the cache on every
// CPU: laying out a whole long talk is mostly analysing its text.
func (r *Renderer) prepare(t *model.Talk, from, to int) {
	var todo []int
	for i := from; i < to; i++ {
		if _, ok := r.cache.get(cacheKey{r: r, t: t, kind: kindAnalysis, block: i}); !ok {
			todo = append(todo, i)
		}
	}
	workers := runtime.GOMAXPROCS(0)
	if len(todo) < 32 || workers < 2 {
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for k := w; k < len(todo); k += workers {
				r.analysed(t, todo[k])
			}
		})
	}
	wg.Wait()
}

// makeStyled renders and analyses block i of t; it touches no cache. It
// stops with ctx's error when ctx is done (a long block of code looks at
// ctx as it goes).
func (r *Renderer) makeStyled(ctx context.Context, t *model.Talk, i int) ([]*styledLine, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if i >= 0 && t.Blocks[i].Kind == model.KindCode {
		indent, theme := r.code()
		return codeLines(ctx, t.Blocks[i].Text, t.Blocks[i].Lang, indent, theme)
	}
	var raw []string
	if i < 0 {
		raw = r.header(t)
	} else {
		raw = r.block(t, i)
	}
	s := make([]*styledLine, len(raw))
	for k, l := range raw {
		s[k] = parseStyled(l, r.opts.Style == Plain, r.opts.Hyperlinks, false)
	}
	return s, nil
}

// wrappedBlock is a block's screen lines at one width and, made when
// Locate first asks, where each rune of its text is on them.
type wrappedBlock struct {
	lines []string

	placeOnce sync.Once
	places    []Place // lines counted from the block's first
}

// block is block i of the page's talk (-1: the header) laid out at the
// page's width, from the cache or made; ctx as in makeStyled. The lines
// are shared: do not modify them.
func (p *Page) block(ctx context.Context, i int) (*wrappedBlock, error) {
	k := cacheKey{r: p.r, t: p.t, kind: kindLines, block: i, width: p.width}
	if wb, ok := p.r.cache.get(k); ok {
		return wb.(*wrappedBlock), nil
	}
	var ls []string
	cost := 64
	err := p.eachLine(ctx, i, func(l string) error {
		ls = append(ls, l)
		cost += 16 + len(l)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return p.r.cache.add(k, &wrappedBlock{lines: ls}, cost).(*wrappedBlock), nil
}

// eachLine lays block i out at the page's width and gives each of its
// lines, in order, to f, stopping at f's error or, every thousand lines,
// when ctx is done. Every line goes through safetext.Terminal first: the
// last guard, so that nothing else reaches a terminal.
func (p *Page) eachLine(ctx context.Context, i int, f func(string) error) error {
	a, err := p.r.analysis(ctx, p.t, i)
	if err != nil {
		return err
	}
	pol := p.policy()
	for n, l := range a.lines {
		if n%codeCheck == codeCheck-1 && ctx.Err() != nil {
			return ctx.Err()
		}
		for _, s := range l.wrap(pol) {
			if err := f(safetext.Terminal(s)); err != nil {
				return err
			}
		}
	}
	if i < 0 && p.t.File != "" {
		for _, s := range []string{"", p.r.sourceLine(p.t, p.width)} {
			if err := f(safetext.Terminal(s)); err != nil {
				return err
			}
		}
	}
	return nil
}

// lines is block i's lines at the page's width, nil if ctx is done.
func (p *Page) lines(i int) []string {
	wb, err := p.block(context.Background(), i)
	if err != nil {
		return nil
	}
	return wb.lines
}

// count is the number of lines block i takes at the page's width, counted
// without making them.
func (p *Page) count(i int) int {
	pol := p.policy()
	n := 0
	for _, l := range p.r.analysed(p.t, i).lines {
		n += l.count(pol)
	}
	if i < 0 && p.t.File != "" {
		n += 2 // the source line, after a blank one
	}
	return n
}

// block is block i of t's unwrapped lines as Glamour renders them.
func (r *Renderer) block(t *model.Talk, i int) []string {
	bl := t.Blocks[i]
	switch {
	case bl.Kind == model.KindImage:
		return r.imageLine(t, bl.Image)
	case bl.Kind == model.KindParagraph:
		if text := clean(bl.Text); plainParagraph(text) {
			return []string{r.glam.paragraph(text)}
		}
	}
	md := markdown(t, i)
	var ls []string
	if tooDeep(md) {
		ls = r.plainLines(md)
	} else {
		ls = r.glam.render(md)
	}
	if len(ls) == 0 {
		return []string{""}
	}
	return ls
}

// header is the talk's header, unwrapped.
func (r *Renderer) header(t *model.Talk) []string {
	title := t.Title
	if title == "" {
		title = t.Heading
	}
	if title == "" {
		title = t.ID
	}
	md := "# " + escapeMarkdown(clean(title)) + "\n\n"
	if sp := speakerLine(t.Speakers); sp != "" {
		md += escapeMarkdown(clean(sp)) + "\n\n"
	}
	if c := t.Context(); c != "" {
		md += escapeMarkdown(clean(c)) + "\n\n"
	}
	ls := r.glam.render(md)
	if v := r.videoLine(t); len(v) > 0 {
		ls = append(append(ls, ""), v...)
	}
	return ls
}

// speakerLine names the speakers with their roles, a role said once for
// the people after it who share it: "主持人 张一甲 · 嘉宾 颜水成、谢剑".
func speakerLine(speakers []model.Speaker) string {
	var b strings.Builder
	for i, s := range speakers {
		switch {
		case i > 0 && s.Role == speakers[i-1].Role:
			b.WriteString("、")
		case i > 0:
			b.WriteString(" · ")
			fallthrough
		default:
			b.WriteString(s.Role.Label() + " ")
		}
		b.WriteString(s.Name)
	}
	return b.String()
}
