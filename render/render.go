// Package render lays a talk out for the terminal: a header, then each block
// of the body, styled by Glamour and broken into lines for Chinese reading.
// The reading pane and `talks show` both use it, so they always agree.
//
// How: Glamour renders each block once, with word wrap off, so its output
// does not depend on the width; a paragraph of plain text (most of an ASR
// transcript) does not even need Glamour: it gets the style Glamour gives
// any paragraph; code is laid out here too, as Glamour lays it out (see
// code.go). Everything render knows of Glamour's output is in glamour.go,
// and glamour_test.go pins it to the Glamour version in go.mod. Each
// unwrapped line is split into its visible text and its escape sequences,
// and the text is broken by package linebreak (UAX #14 with display widths
// and Chinese punctuation rules); every screen line reopens the styles and
// hyperlink in force where it starts and closes them at its end. The
// line's prefix (Glamour's 2-cell margin, quote bars) leads every
// continuation line; as in Glamour, a list item's continuation lines are
// not indented under its text, while a wrapped line of code is, by two
// cells. Glamour's right margin (2 cells) is kept. Every line but a
// paragraph's last is full: the piece that begins the next line would not
// fit on it. The breaks of a paragraph are chosen together (see
// linebreak.Text.Lines); where that is not enough (an opening bracket glued
// to a word after a line one cell short, in a paragraph of Chinese that
// leaves no other choice of breaks), a big talk lets a few lines take one
// cell of the margin, and a smaller one is laid out at once and gets the
// text column, within a few cells of Glamour's, at which every line is
// full (see Page.policy).
//
// Images are short numbered links, "▣ 图 N" and the alt text: an OSC 8
// hyperlink with Options.Hyperlinks (to http(s) URLs and absolute paths,
// as safetext.LinkTarget allows); in Plain style the target follows on a
// line of its own, so piped output keeps it. The header's video link works
// the same way. Nothing reaches the terminal but what
// safetext.CheckTerminalOutput allows: every line goes through
// safetext.Terminal on its way out.
//
// Speed and memory: a Page is laid out lazily. Analysing a block for line
// breaking is done once and does not depend on the width; counting its
// lines at a width is a cheap pass (greedy, unless that leaves a line
// short); wrapped lines are made only for the blocks a caller asks to see.
// Opening a big talk renders its first screen only (a small one is
// analysed whole, to choose its text column); Len analyses the rest (on
// every CPU); a resize recounts lines without rendering anything. All of
// it is kept in one cache (lru.go), with one budget, and Renderer.Page
// gives the same Page for a talk and width while it is kept.
package render

import (
	"sync"

	"github.com/alecthomas/chroma/v2"

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

// Renderer renders talks into Pages. What it makes is kept in the
// package's one cache (see lru.go). It is safe for use by several
// goroutines; make one per Options and keep it.
type Renderer struct {
	opts  Options
	cache *lru
	glam  *glamourAdapter

	codeOnce   sync.Once
	codeIndent string                      // what leads a line of code
	codeTheme  map[chroma.TokenType]string // the escape before each kind of token; nil in Plain
}

// New returns a Renderer with these options.
func New(opts Options) *Renderer {
	return newRenderer(opts, shared)
}

// newRenderer is New with its own cache: for tests.
func newRenderer(opts Options, cache *lru) *Renderer {
	if opts.Style != Dark && opts.Style != Light {
		opts.Style = Plain
	}
	return &Renderer{opts: opts, cache: cache, glam: newGlamour(opts.Style)}
}

// Page is talk t laid out at width cells: the same Page, with what it has
// laid out, for as long as the cache keeps it. It renders nothing yet:
// lines are made when asked for.
func (r *Renderer) Page(t *model.Talk, width int) *Page {
	width = max(width, 1)
	k := cacheKey{r: r, t: t, kind: kindPage, width: width}
	if p, ok := r.cache.get(k); ok {
		return p.(*Page)
	}
	p := &Page{r: r, t: t, width: width, n: len(t.Blocks)}
	return r.cache.add(k, p, pageCost(len(t.Blocks))).(*Page)
}

// Header renders the talk's header at width: title, speakers with roles,
// event · forum · P<n>, and the video link.
func (r *Renderer) Header(t *model.Talk, width int) []string {
	return r.Page(t, width).lines(-1)
}

// Block renders block i of talk t at width.
func (r *Renderer) Block(t *model.Talk, i, width int) []string {
	if i < 0 || i >= len(t.Blocks) {
		return nil
	}
	return r.Page(t, width).lines(i)
}

// code is how this renderer lays out code: the indent of each line and the
// colours of its tokens.
func (r *Renderer) code() (string, map[chroma.TokenType]string) {
	r.codeOnce.Do(func() {
		r.codeIndent = codeIndent(r.opts.Style)
		if r.opts.Style != Plain {
			r.codeTheme = codeTheme(r.opts.Style)
		}
	})
	return r.codeIndent, r.codeTheme
}
