package reader

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"talks/model"
	"talks/render"
	"talks/ui/intent"
	"talks/ui/kit"
	"talks/ui/uitest"
)

// driver runs the reader alone, as the app runs it in a pane w×h, its
// commands run at once: pages rendered, intents kept.
type driver struct {
	t       *testing.T
	m       Model
	flashes []string
	copies  []intent.Copy
}

// newDriver shows t in a pane of w×h (the status line included), in the
// dark style, or with no colour when plain.
func newDriver(t *testing.T, talk *model.Talk, w, h int, plain bool) *driver {
	t.Helper()
	d := &driver{t: t, m: New()}
	if plain {
		d.run(d.m.SetStyles(StylesFrom(kit.PlainStyles(), render.Plain)))
	}
	d.run(d.m.SetSize(w, h))
	d.run(d.m.Show(talk, -1))
	if !d.m.Ready() {
		t.Fatal("no page after the show")
	}
	return d
}

// run runs cmd, gives the reader the pages it renders and keeps the
// intents it sends.
func (d *driver) run(cmd tea.Cmd) {
	for _, msg := range uitest.Messages(cmd) {
		switch msg := msg.(type) {
		case intent.Flash:
			d.flashes = append(d.flashes, msg.Text)
		case intent.Copy:
			d.copies = append(d.copies, msg)
		default:
			var next tea.Cmd
			d.m, next = d.m.Update(msg)
			d.run(next)
		}
	}
}

// press sends keys named as key.Binding names them.
func (d *driver) press(keys ...string) {
	for _, k := range keys {
		var cmd tea.Cmd
		d.m, cmd = d.m.Update(uitest.KeyPress(k))
		d.run(cmd)
	}
}

// typeText presses the keys of each character of s.
func (d *driver) typeText(s string) {
	for _, r := range s {
		d.press(string(r))
	}
}
