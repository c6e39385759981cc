package detect

import (
	"slices"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
)

// Facts are the terminal's replies to Query.
type Facts struct {
	// Kitty is true when the kitty query was answered OK; KittyError is
	// the error it was answered with otherwise ("" when no reply came).
	Kitty      bool
	KittyError string
	// Attributes are the DA1 attributes; Answered says DA1's reply came.
	Attributes []int
	Answered   bool
	// Version is the XTVERSION name, "" when not answered.
	Version string
	// CellWidth and CellHeight are the cell's pixels (CSI 16 t), 0 when
	// not answered.
	CellWidth, CellHeight int
}

// Sixel says whether DA1 listed attribute 4, sixel graphics.
func (f Facts) Sixel() bool { return slices.Contains(f.Attributes, 4) }

// Detector gathers the replies to Query, from Bubble Tea messages
// (Observe) or from raw bytes read from the terminal (Feed), and says when
// they are all in.
type Detector struct {
	env     Env
	facts   Facts
	kitty   bool // a kitty reply came
	expired bool
	raw     []byte
}

// New is a Detector for a session.
func New(env Env) *Detector { return &Detector{env: env} }

// Query is the bytes to send: Query(env).
func (d *Detector) Query() string { return Query(d.env) }

// Facts are the replies so far.
func (d *Detector) Facts() Facts { return d.facts }

// Observe takes one Bubble Tea message and says whether it was a reply to
// the query (the app need not handle it further). Bubble Tea v2.1 passes
// the kitty reply (uv.KittyGraphicsEvent), DA1 (uv.PrimaryDeviceAttributesEvent)
// and the cell size (uv.CellSizeEvent) as ultraviolet's own events, and
// XTVERSION as tea.TerminalVersionMsg.
func (d *Detector) Observe(msg tea.Msg) bool {
	switch m := msg.(type) {
	case uv.KittyGraphicsEvent:
		if m.Options.ID != KittyQueryID {
			return false
		}
		d.kitty = true
		d.facts.Kitty = string(m.Payload) == "OK"
		if !d.facts.Kitty {
			d.facts.KittyError = string(m.Payload)
		}
	case uv.PrimaryDeviceAttributesEvent:
		d.facts.Attributes, d.facts.Answered = slices.Clone([]int(m)), true
	case tea.TerminalVersionMsg:
		d.facts.Version = m.Name
	case uv.TerminalVersionEvent:
		d.facts.Version = m.Name
	case uv.CellSizeEvent:
		if m.Width > 0 && m.Height > 0 {
			d.facts.CellWidth, d.facts.CellHeight = m.Width, m.Height
		}
	default:
		return false
	}
	return true
}

// Feed takes bytes read from the terminal (in raw mode), in pieces of any
// size: the replies found so far become the Facts. Use either Feed or
// Observe on one Detector.
func (d *Detector) Feed(b []byte) {
	d.raw = append(d.raw, b...)
	d.facts, d.kitty = Facts{}, false
	var dec uv.EventDecoder
	for buf := d.raw; len(buf) > 0; {
		n, ev := dec.Decode(buf)
		if n == 0 {
			break
		}
		d.observeEvent(ev)
		buf = buf[n:]
	}
}

// observeEvent is Observe of a decoded event, multi-events opened.
func (d *Detector) observeEvent(ev uv.Event) {
	if multi, ok := ev.(uv.MultiEvent); ok {
		for _, e := range multi {
			d.observeEvent(e)
		}
		return
	}
	d.Observe(ev)
}

// Expire tells the detector its time is up (the app's timer): Done is then
// true, and the Choice is made from what came.
func (d *Detector) Expire() { d.expired = true }

// Done says whether the Choice can be made: DA1 has answered (and, in tmux
// with passthrough, the kitty reply came too, since tmux answers DA1 before
// the outer terminal's reply passes through), or the time is up.
func (d *Detector) Done() bool {
	if d.expired {
		return true
	}
	if d.env.Tmux && d.env.Passthrough {
		return d.facts.Answered && d.kitty
	}
	return d.facts.Answered
}

// Choice is Decide of the facts so far.
func (d *Detector) Choice() Choice { return Decide(d.facts, d.env) }
