// Package render lays a talk out for the terminal: a header, then each block
// of the body, styled by Glamour and broken into lines for Chinese reading.
// The reading pane and `talks show` both use it, so they always agree.
//
// How: Glamour renders each block once, with word wrap off, so its output
// does not depend on the width; a paragraph of plain text (most of an ASR
// transcript) does not even need Glamour: it gets the style Glamour gives
// any paragraph (a corpus test checks they agree). Each unwrapped line is
// split into its visible text and its escape sequences, and the text is
// broken by package linebreak (UAX #14 with display widths and Chinese
// punctuation rules); every screen line reopens the styles and hyperlink in
// force where it starts and closes them at its end. The line's prefix
// (Glamour's 2-cell margin, quote bars) leads every continuation line; as
// in Glamour, a list item's continuation lines are not indented under its
// text, while a wrapped line of code is, by two cells. Glamour's right
// margin (2 cells) is kept. Every line but a paragraph's last is full: the
// piece that begins the next line would not fit on it. The breaks of a
// paragraph are chosen together (see linebreak.Text.Lines); where that is
// not enough (an opening bracket glued to a word after a line one cell
// short, in a paragraph of Chinese that leaves no other choice of breaks),
// a big talk lets a few lines take one cell of the margin, and a smaller
// one is laid out at once and gets the text column, within a few cells of
// Glamour's, at which every line is full (see talkCache.policy).
//
// Images are short numbered links, "▣ 图 N" and the alt text: an OSC 8
// hyperlink with Options.Hyperlinks (to http(s) URLs and absolute paths
// only); in Plain style the target follows on a line of its own, so piped
// output keeps it. The header's video link works the same way.
//
// Speed: a Page is laid out lazily. Analysing a block for line breaking is
// done once per talk and does not depend on the width; counting its lines
// at a width is a cheap pass (greedy, unless that leaves a line short);
// wrapped lines are made only for the blocks a caller asks to see and
// cached per (talk, block, width). Opening a big talk renders its first
// screen only (a small one is analysed whole, to choose its text column);
// Len analyses the rest (on every CPU); a resize recounts lines without
// rendering anything.
package render

import (
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"github.com/alecthomas/chroma/v2"
	"github.com/charmbracelet/x/ansi"

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

// maxTalks is how many talks a Renderer keeps laid out.
const maxTalks = 16

// Renderer renders talks into Pages, caching rendered blocks per talk and
// width. It is safe for use by several goroutines.
type Renderer struct {
	opts Options

	mu    sync.Mutex // guards talks and order
	talks map[*model.Talk]*talkCache
	order []*model.Talk // least recently used first

	gmu      sync.Mutex // guards tr: a TermRenderer is not safe for concurrent use
	tr       *glamour.TermRenderer
	trErr    error
	paraOpen string // what Glamour writes before and after a paragraph's text
	paraEnd  string

	codeOnce   sync.Once
	codeIndent string                      // what leads a line of code
	codeTheme  map[chroma.TokenType]string // the escape before each kind of token; nil in Plain
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

// New returns a Renderer with these options.
func New(opts Options) *Renderer {
	if opts.Style != Dark && opts.Style != Light {
		opts.Style = Plain
	}
	return &Renderer{opts: opts, talks: map[*model.Talk]*talkCache{}}
}

// Page lays out talk t at width cells. It renders nothing yet: lines are
// made when asked for.
func (r *Renderer) Page(t *model.Talk, width int) *Page {
	return &Page{tc: r.cache(t), width: max(width, 1), n: len(t.Blocks)}
}

// Header renders the talk's header at width: title, speakers with roles,
// event · forum · P<n>, and the video link.
func (r *Renderer) Header(t *model.Talk, width int) []string {
	return r.cache(t).wrapped(-1, max(width, 1))
}

// Block renders block i of talk t at width.
func (r *Renderer) Block(t *model.Talk, i, width int) []string {
	if i < 0 || i >= len(t.Blocks) {
		return nil
	}
	return r.cache(t).wrapped(i, max(width, 1))
}

// cache is t's cache, made on first use; the least recently used talk is
// forgotten when there are too many.
func (r *Renderer) cache(t *model.Talk) *talkCache {
	r.mu.Lock()
	defer r.mu.Unlock()
	tc := r.talks[t]
	for i, o := range r.order {
		if o == t {
			r.order = append(r.order[:i], r.order[i+1:]...)
			break
		}
	}
	r.order = append(r.order, t)
	if tc == nil {
		tc = newTalkCache(r, t)
		r.talks[t] = tc
		if len(r.order) > maxTalks {
			delete(r.talks, r.order[0])
			r.order = r.order[1:]
		}
	}
	return tc
}

// glamour renders Markdown with word wrap off and returns its lines, blank
// lines at either end removed.
func (r *Renderer) glamour(md string) []string {
	r.gmu.Lock()
	defer r.gmu.Unlock()
	if err := r.init(); err != nil {
		return strings.Split(md, "\n")
	}
	out, err := r.tr.Render(md)
	if err != nil {
		return strings.Split(md, "\n")
	}
	return trimBlank(strings.Split(out, "\n"))
}

// paragraph is the line Glamour would make of a paragraph of plain text.
func (r *Renderer) paragraph(text string) string {
	r.gmu.Lock()
	defer r.gmu.Unlock()
	if err := r.init(); err != nil {
		return margin + text
	}
	return r.paraOpen + text + r.paraEnd
}

// init makes the TermRenderer and learns how it styles a paragraph; r.gmu
// must be held.
func (r *Renderer) init() error {
	if r.tr != nil || r.trErr != nil {
		return r.trErr
	}
	r.tr, r.trErr = glamour.NewTermRenderer(glamour.WithStandardStyle(string(r.opts.Style)), glamour.WithWordWrap(0))
	if r.trErr != nil {
		return r.trErr
	}
	const probe = "PROBE"
	out, err := r.tr.Render(probe)
	if err != nil {
		r.tr, r.trErr = nil, err
		return err
	}
	for _, l := range strings.Split(out, "\n") {
		if i := strings.Index(l, probe); i >= 0 {
			r.paraOpen, r.paraEnd = l[:i], l[i+len(probe):]
		}
	}
	return nil
}

// trimBlank drops the lines with nothing visible at the start and end.
func trimBlank(lines []string) []string {
	blank := func(s string) bool { return strings.TrimSpace(ansi.Strip(s)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines
}
