// Package render lays a talk out for the terminal: a header, then each block
// of the body rendered with Glamour at a given width. The reading pane and
// `talks show` both use it, so they always agree.
package render

import (
	"fmt"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"talks/model"
)

// Style picks the colours: Dark or Light for terminals, Plain for no ANSI.
type Style string

// The styles a page can be rendered in.
const (
	Dark  Style = "dark"
	Light Style = "light"
	Plain Style = "notty"
)

// Options say how to render.
type Options struct {
	// Style is Dark, Light or Plain.
	Style Style
	// Hyperlinks makes image and video links OSC 8 hyperlinks (ANSI styles only).
	Hyperlinks bool
}

// Renderer renders talks into Pages, caching rendered blocks per width.
// It is safe for use by several goroutines.
type Renderer struct {
	opts Options
	mu   sync.Mutex
	tr   map[int]*glamour.TermRenderer
}

// New returns a Renderer with these options.
func New(opts Options) *Renderer {
	if opts.Style == "" {
		opts.Style = Plain
	}
	return &Renderer{opts: opts, tr: map[int]*glamour.TermRenderer{}}
}

// Page is a talk laid out at one width: its header and body as screen lines.
type Page struct {
	lines      []string
	blockStart []int // blockStart[i] is the first line of block i
	bodyStart  int
}

// Page lays out talk t at width cells.
func (r *Renderer) Page(t *model.Talk, width int) *Page {
	if width < 1 {
		width = 1
	}
	p := &Page{}
	p.lines = append(p.lines, r.Header(t, width)...)
	p.bodyStart = len(p.lines)
	p.blockStart = make([]int, len(t.Blocks))
	for i := range t.Blocks {
		p.blockStart[i] = len(p.lines)
		p.lines = append(p.lines, r.Block(t, i, width)...)
	}
	return p
}

// Len is the number of lines on the page.
func (p *Page) Len() int { return len(p.lines) }

// Lines are the page's lines from (inclusive) to to (exclusive), clamped.
func (p *Page) Lines(from, to int) []string {
	from = max(0, min(from, len(p.lines)))
	to = max(from, min(to, len(p.lines)))
	return p.lines[from:to]
}

// String is the whole page, one line per line.
func (p *Page) String() string { return strings.Join(p.lines, "\n") + "\n" }

// BlockAt is the block shown at line, or -1 for the header.
func (p *Page) BlockAt(line int) int {
	b := -1
	for i, s := range p.blockStart {
		if s > line {
			break
		}
		b = i
	}
	return b
}

// LineOf is the first line of block i (the body's start for i < 0).
func (p *Page) LineOf(i int) int {
	if i < 0 || len(p.blockStart) == 0 {
		return p.bodyStart
	}
	return p.blockStart[min(i, len(p.blockStart)-1)]
}

// Header renders the talk's header: title, speakers with roles,
// event · forum · P<n>, and the video link.
func (r *Renderer) Header(t *model.Talk, width int) []string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", t.Title)
	if len(t.Speakers) > 0 {
		var ss []string
		for _, s := range t.Speakers {
			ss = append(ss, s.Role.Label()+" "+s.Name)
		}
		fmt.Fprintf(&b, "%s\n\n", strings.Join(ss, " · "))
	}
	if c := t.Context(); c != "" {
		fmt.Fprintf(&b, "%s\n\n", c)
	}
	if u := t.VideoURL(); u != "" {
		fmt.Fprintf(&b, "▶ %s\n\n", u)
	}
	return r.markdown(b.String(), width)
}

// Block renders block i of talk t.
func (r *Renderer) Block(t *model.Talk, i int, width int) []string {
	bl := t.Blocks[i]
	var md string
	switch bl.Kind {
	case model.KindHeading:
		md = strings.Repeat("#", max(bl.Level, 2)) + " " + bl.Text
	case model.KindImage:
		img := t.Images[bl.Image-1]
		md = fmt.Sprintf("▣ 图 %d %s", img.N, img.Target)
	case model.KindCode:
		md = "```" + bl.Lang + "\n" + bl.Text + "\n```"
	case model.KindRule:
		md = "---"
	default:
		md = bl.Text
	}
	return r.markdown(md, width)
}

func (r *Renderer) markdown(md string, width int) []string {
	r.mu.Lock()
	tr := r.tr[width]
	if tr == nil {
		var err error
		tr, err = glamour.NewTermRenderer(glamour.WithStandardStyle(string(r.opts.Style)), glamour.WithWordWrap(width))
		if err != nil {
			r.mu.Unlock()
			return strings.Split(md, "\n")
		}
		r.tr[width] = tr
	}
	out, err := tr.Render(md)
	r.mu.Unlock()
	if err != nil {
		return strings.Split(md, "\n")
	}
	out = strings.Trim(out, "\n")
	return strings.Split(out, "\n")
}
