package reader

import (
	tea "charm.land/bubbletea/v2"
	"talks/model"
	"talks/render"
)

// maxPages bounds the page cache; past it the cache starts over.
const maxPages = 64

// pageKey names one rendering of a talk.
type pageKey struct {
	talk  *model.Talk
	width int
	style render.Style
}

// PageMsg carries a page rendered in the background; the reader keeps it
// and shows it if it is the page it waits for.
type PageMsg struct {
	key  pageKey
	page *render.Page
}

// pageCache keeps rendered pages and the renderers that made them. It is
// only touched from Update; rendering itself runs in commands.
type pageCache struct {
	pages     map[pageKey]*render.Page
	pending   map[pageKey]bool
	renderers map[render.Style]*render.Renderer
}

// newPageCache returns an empty cache.
func newPageCache() *pageCache {
	return &pageCache{
		pages:     map[pageKey]*render.Page{},
		pending:   map[pageKey]bool{},
		renderers: map[render.Style]*render.Renderer{},
	}
}

// get is the cached page for k, or nil and a command rendering it (nil when
// that is already under way).
func (c *pageCache) get(k pageKey) (*render.Page, tea.Cmd) {
	if p := c.pages[k]; p != nil {
		return p, nil
	}
	if c.pending[k] {
		return nil, nil
	}
	c.pending[k] = true
	r := c.renderers[k.style]
	if r == nil {
		r = render.New(render.Options{Style: k.style, Hyperlinks: true})
		c.renderers[k.style] = r
	}
	return nil, func() tea.Msg {
		p := r.Page(k.talk, k.width)
		p.Len() // lay the page out here, not in Update
		return PageMsg{key: k, page: p}
	}
}

// put stores a rendered page.
func (c *pageCache) put(m PageMsg) {
	delete(c.pending, m.key)
	if len(c.pages) >= maxPages {
		clear(c.pages)
	}
	c.pages[m.key] = m.page
}

// wantPage shows the open talk's page at the body's width, from the cache
// or through a command rendering it.
func (m *Model) wantPage() tea.Cmd {
	if m.talk == nil || m.width <= 0 {
		return nil
	}
	p, cmd := m.pages.get(pageKey{talk: m.talk, width: m.width, style: m.styles.Page})
	if p == nil || (p == m.page && !m.stale()) {
		return cmd
	}
	if m.page != nil && !m.stale() {
		m.anchor = m.TopBlock() // a new style: keep the place
	}
	m.setPage(p)
	return cmd
}
