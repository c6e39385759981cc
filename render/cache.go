package render

import (
	"context"
	"runtime"
	"strings"
	"sync"

	"talks/model"
	"talks/safetext"
)

// maxWidths is how many widths a talk keeps wrapped lines for.
const maxWidths = 4

// talkCache holds what has been rendered of one talk: each block's unwrapped
// styled lines (width-independent, analysed for line breaking), and per
// width the blocks' line counts and wrapped lines. Block -1 is the header.
type talkCache struct {
	r *talkRenderer

	mu       sync.Mutex
	styled   map[int][]*styledLine
	counts   map[int]map[int]int      // width → block → lines
	policies map[int]policy           // width → how lines are laid out
	lines    map[int]map[int][]string // width → block → wrapped lines
	widths   []int                    // widths in lines, least recently used first
}

// talkRenderer is the renderer and the talk a cache belongs to.
type talkRenderer struct {
	*Renderer
	t *model.Talk
}

func newTalkCache(r *Renderer, t *model.Talk) *talkCache {
	return &talkCache{
		r:        &talkRenderer{r, t},
		styled:   map[int][]*styledLine{},
		counts:   map[int]map[int]int{},
		policies: map[int]policy{},
		lines:    map[int]map[int][]string{},
	}
}

// styledLines is block i's unwrapped lines; tc.mu must be held.
func (tc *talkCache) styledLines(i int) []*styledLine {
	s, _ := tc.styledLinesCtx(context.Background(), i)
	return s
}

// styledLinesCtx is styledLines, stopping with ctx's error (and keeping
// nothing) when ctx is done before block i is made; tc.mu must be held.
func (tc *talkCache) styledLinesCtx(ctx context.Context, i int) ([]*styledLine, error) {
	if s, ok := tc.styled[i]; ok {
		return s, nil
	}
	s, err := tc.makeStyled(ctx, i)
	if err != nil {
		return nil, err
	}
	tc.styled[i] = s
	return s, nil
}

// prepare makes the missing styled lines of blocks [from,to) on every CPU:
// laying out a whole long talk is mostly analysing its text.
func (tc *talkCache) prepare(from, to int) {
	tc.mu.Lock()
	var todo []int
	for i := from; i < to; i++ {
		if _, ok := tc.styled[i]; !ok {
			todo = append(todo, i)
		}
	}
	tc.mu.Unlock()
	workers := runtime.GOMAXPROCS(0)
	if len(todo) < 32 || workers < 2 {
		return
	}
	made := make([][]*styledLine, len(todo))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for k := w; k < len(todo); k += workers {
				made[k], _ = tc.makeStyled(context.Background(), todo[k])
			}
		})
	}
	wg.Wait()
	tc.mu.Lock()
	defer tc.mu.Unlock()
	for k, i := range todo {
		if _, ok := tc.styled[i]; !ok {
			tc.styled[i] = made[k]
		}
	}
}

// makeStyled renders and analyses block i; it touches no cache. It stops
// with ctx's error when ctx is done (a long block of code looks at ctx as
// it goes).
func (tc *talkCache) makeStyled(ctx context.Context, i int) ([]*styledLine, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if i >= 0 && tc.r.t.Blocks[i].Kind == model.KindCode {
		bl := tc.r.t.Blocks[i]
		indent, theme := tc.r.code()
		return codeLines(ctx, bl.Text, bl.Lang, indent, theme)
	}
	plain := tc.r.opts.Style == Plain
	var raw []string
	switch {
	case i < 0:
		raw = tc.r.header()
	default:
		raw = tc.r.block(i)
	}
	s := make([]*styledLine, len(raw))
	for k, l := range raw {
		s[k] = parseStyled(l, plain, tc.r.opts.Hyperlinks, false)
	}
	return s, nil
}

// count is the number of lines block i takes at width.
func (tc *talkCache) count(i, width int) int {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	byBlock := tc.counts[width]
	if byBlock == nil {
		byBlock = map[int]int{}
		tc.counts[width] = byBlock
	}
	if n, ok := byBlock[i]; ok {
		return n
	}
	n := 0
	if ls, ok := tc.lines[width][i]; ok {
		n = len(ls)
	} else {
		for _, l := range tc.styledLines(i) {
			n += l.count(tc.policy(width))
		}
		if i < 0 && tc.r.t.File != "" {
			n += 2 // the source line, after a blank one
		}
	}
	byBlock[i] = n
	return n
}

// wrapped is block i's lines at width. The slice is shared: do not modify.
func (tc *talkCache) wrapped(i, width int) []string {
	ls, _ := tc.wrappedCtx(context.Background(), i, width)
	return ls
}

// wrappedCtx is wrapped, stopping with ctx's error when ctx is done before
// block i is made.
func (tc *talkCache) wrappedCtx(ctx context.Context, i, width int) ([]string, error) {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	byBlock := tc.useWidth(width)
	if ls, ok := byBlock[i]; ok {
		return ls, nil
	}
	styled, err := tc.styledLinesCtx(ctx, i)
	if err != nil {
		return nil, err
	}
	var ls []string
	for k, l := range styled {
		if k%codeCheck == codeCheck-1 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		ls = append(ls, l.wrap(tc.policy(width))...)
	}
	if i < 0 && tc.r.t.File != "" {
		ls = append(ls, "", tc.r.sourceLine(tc.r.t, width))
	}
	for k, l := range ls { // the last guard: nothing else reaches a terminal
		ls[k] = safetext.Terminal(l)
	}
	byBlock[i] = ls
	return ls, nil
}

// useWidth is the wrapped lines kept for width, forgetting the least
// recently used width when there are too many; tc.mu must be held.
func (tc *talkCache) useWidth(width int) map[int][]string {
	for k, w := range tc.widths {
		if w == width {
			tc.widths = append(tc.widths[:k], tc.widths[k+1:]...)
			break
		}
	}
	tc.widths = append(tc.widths, width)
	if len(tc.widths) > maxWidths {
		delete(tc.lines, tc.widths[0])
		tc.widths = tc.widths[1:]
	}
	m := tc.lines[width]
	if m == nil {
		m = map[int][]string{}
		tc.lines[width] = m
	}
	return m
}

// block is block i's unwrapped lines as Glamour renders them.
func (tr *talkRenderer) block(i int) []string {
	bl := tr.t.Blocks[i]
	switch {
	case bl.Kind == model.KindImage:
		return tr.imageLine(tr.t, bl.Image)
	case bl.Kind == model.KindParagraph:
		if text := clean(bl.Text); plainParagraph(text) {
			return []string{tr.paragraph(text)}
		}
	}
	md := markdown(tr.t, i)
	var ls []string
	if tooDeep(md) {
		ls = tr.plainLines(md)
	} else {
		ls = tr.glamour(md)
	}
	if len(ls) == 0 {
		return []string{""}
	}
	return ls
}

// header is the talk's header, unwrapped.
func (tr *talkRenderer) header() []string {
	t := tr.t
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
	ls := tr.glamour(md)
	if v := tr.videoLine(t); len(v) > 0 {
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
