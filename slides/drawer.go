package slides

import (
	"container/list"
	"errors"
	"image"
	"strings"
	"sync"
)

// DrawerOptions configure a Drawer.
type DrawerOptions struct {
	// Protocol is how pictures are drawn.
	Protocol Protocol
	// Passthrough wraps kitty's out-of-band sequences in tmux's DCS
	// passthrough (the app runs in tmux and allow-passthrough is on).
	Passthrough bool
	// MaxBytes bounds the pictures kept (default 64 MiB); the least
	// recently drawn go first.
	MaxBytes int64
	// FirstID is the sequence number of the first kitty id (see KittyID;
	// default 1). A random start keeps two runs in one terminal apart.
	FirstID int
}

// Drawer turns decoded images into Pictures for one terminal and keeps them
// per image and box size, so a screen redrawn at the same width costs a map
// look-up. It is safe for concurrent use (draw in a tea.Cmd, show in View).
type Drawer struct {
	opts DrawerOptions

	mu      sync.Mutex
	lru     *list.List // of *drawn, most recent first
	byKey   map[drawKey]*list.Element
	size    int64
	nextID  int
	sent    map[uint32]bool // kitty ids transmitted and not deleted
	deletes []uint32        // kitty ids evicted while sent
}

type drawKey struct {
	key string
	box Box
}

type drawn struct {
	k   drawKey
	pic *Picture
}

// NewDrawer is a Drawer with the given options.
func NewDrawer(o DrawerOptions) *Drawer {
	if o.MaxBytes <= 0 {
		o.MaxBytes = 64 << 20
	}
	return &Drawer{
		opts:   o,
		lru:    list.New(),
		byKey:  map[drawKey]*list.Element{},
		nextID: max(o.FirstID, 1),
		sent:   map[uint32]bool{},
	}
}

// Protocol is the protocol the drawer draws with.
func (d *Drawer) Protocol() Protocol { return d.opts.Protocol }

// Draw is img (known by key, e.g. its URL) drawn to fit box, from the cache
// when this key and box were drawn before. It is nil for the None protocol
// or an empty box.
func (d *Drawer) Draw(key string, img image.Image, box Box) (*Picture, error) {
	if p := d.Cached(key, box); p != nil {
		return p, nil
	}
	if img == nil {
		return nil, errors.New("no image")
	}
	b := img.Bounds()
	fit := FitImage(b.Dx(), b.Dy(), box, d.opts.Protocol)
	if fit.Cols == 0 {
		return nil, nil
	}
	pic, err := d.render(Scale(img, fit.Width, fit.Height), fit)
	if err != nil {
		return nil, err
	}
	d.store(drawKey{key, box}, pic)
	return pic, nil
}

// Cached is the picture drawn before for key and box, or nil.
func (d *Drawer) Cached(key string, box Box) *Picture {
	d.mu.Lock()
	defer d.mu.Unlock()
	if e, ok := d.byKey[drawKey{key, box}]; ok {
		d.lru.MoveToFront(e)
		return e.Value.(*drawn).pic
	}
	return nil
}

// render encodes a scaled image for the drawer's protocol.
func (d *Drawer) render(scaled *image.RGBA, fit Fit) (*Picture, error) {
	pic := &Picture{Protocol: d.opts.Protocol, Cols: fit.Cols, Rows: fit.Rows}
	var err error
	switch d.opts.Protocol {
	case Blocks:
		pic.Lines = HalfBlocks(scaled)
	case Kitty:
		pic.ID = d.newID()
		pic.Lines = KittyPlaceholders(pic.ID, fit.Cols, fit.Rows)
		pic.Transmit, err = KittyTransmit(scaled, pic.ID, fit.Cols, fit.Rows, d.opts.Passthrough)
	case Sixel:
		pic.Lines = blankLines(fit.Cols, fit.Rows)
		pic.Sequence, err = SixelSequence(scaled)
	case ITerm:
		pic.Lines = blankLines(fit.Cols, fit.Rows)
		pic.Sequence, err = ITermSequence(scaled, fit.Cols, fit.Rows)
	}
	return pic, err
}

func (d *Drawer) newID() uint32 {
	d.mu.Lock()
	defer d.mu.Unlock()
	id := KittyID(d.nextID)
	d.nextID++
	return id
}

// store keeps pic under k and evicts the least recently used past MaxBytes.
func (d *Drawer) store(k drawKey, pic *Picture) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if e, ok := d.byKey[k]; ok { // drawn twice at once: keep the first
		d.lru.MoveToFront(e)
		return
	}
	d.byKey[k] = d.lru.PushFront(&drawn{k, pic})
	d.size += pic.size()
	for d.size > d.opts.MaxBytes && d.lru.Len() > 1 {
		old := d.lru.Remove(d.lru.Back()).(*drawn)
		delete(d.byKey, old.k)
		d.size -= old.pic.size()
		if d.sent[old.pic.ID] {
			delete(d.sent, old.pic.ID)
			d.deletes = append(d.deletes, old.pic.ID)
		}
	}
}

// OutOfBand is what must reach the terminal before pic's lines are shown,
// for tea.Raw: for a kitty picture not sent yet, its transmit (after the
// deletes of pictures evicted since the last call); "" otherwise. It marks
// the picture sent.
func (d *Drawer) OutOfBand(pic *Picture) string {
	if pic == nil || pic.Protocol != Kitty {
		return ""
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	var b strings.Builder
	for _, id := range d.deletes {
		b.WriteString(KittyDelete(id, d.opts.Passthrough))
	}
	d.deletes = d.deletes[:0]
	if !d.sent[pic.ID] {
		d.sent[pic.ID] = true
		b.WriteString(pic.Transmit)
	}
	return b.String()
}

// Forget makes the drawer send every kitty picture again, as after the
// terminal lost its images (a reattached tmux client, a terminal reset).
func (d *Drawer) Forget() {
	d.mu.Lock()
	defer d.mu.Unlock()
	clear(d.sent)
	d.deletes = d.deletes[:0]
}

// Release is the out-of-band bytes that delete every kitty image this
// drawer sent, for the app to write as it quits (the terminal would keep
// them in memory otherwise); the drawer then holds none as sent.
func (d *Drawer) Release() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	var b strings.Builder
	for _, id := range d.deletes {
		b.WriteString(KittyDelete(id, d.opts.Passthrough))
	}
	for id := range d.sent {
		b.WriteString(KittyDelete(id, d.opts.Passthrough))
	}
	d.deletes = d.deletes[:0]
	clear(d.sent)
	return b.String()
}
