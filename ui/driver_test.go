package ui

import (
	"context"
	"encoding/base64"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/model"
	"talks/ui/uitest"
)

// driver runs the app without a terminal: it feeds messages to Update and
// runs the commands that come back, as the program would, one at a time.
type driver struct {
	t       testing.TB
	m       Model
	quit    bool
	opened  []string // targets handed to the opener
	copied  []string // text put on the system clipboard
	osc     []string // text put on the terminal's clipboard (OSC 52)
	openErr error    // what the fake opener returns
	copyErr error    // what the fake system clipboard returns
}

// newDriver starts the app on corpus at w×h; env is the terminal's
// environment ("NO_COLOR=1").
func newDriver(t testing.TB, c *model.Corpus, w, h int, env ...string) *driver {
	t.Helper()
	d := &driver{t: t}
	d.m = New(Options{Load: func(context.Context) *model.Corpus { return c }, Source: "test corpus"})
	d.m.open = func(s string) error { d.opened = append(d.opened, s); return d.openErr }
	d.m.copyText = func(s string) error { d.copied = append(d.copied, s); return d.copyErr }
	d.send(tea.EnvMsg(env))
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	d.run(d.m.Init())
	return d
}

// send gives msg to Update and runs the command it returns.
func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	if _, ok := msg.(tea.QuitMsg); ok {
		d.quit = true
		return
	}
	next, cmd := d.m.Update(msg)
	d.m = next.(Model)
	d.run(cmd)
}

// run runs cmd and sends its message back, unpacking batches.
func (d *driver) run(cmd tea.Cmd) {
	d.t.Helper()
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	default:
		if text, ok := d.clipboard(msg); ok {
			d.osc = append(d.osc, text)
			return
		}
		d.send(msg)
	}
}

// press sends key presses named as key.Binding names them ("j", "enter",
// "ctrl+d", "space").
func (d *driver) press(keys ...string) {
	d.t.Helper()
	for _, k := range keys {
		d.send(keyPress(k))
	}
}

// resize sends a new terminal size.
func (d *driver) resize(w, h int) { d.send(tea.WindowSizeMsg{Width: w, Height: h}) }

// view is the screen without ANSI sequences.
func (d *driver) view() string { return ansi.Strip(d.m.View().Content) }

// keyPress makes the message a terminal sends for the named key.
func keyPress(name string) tea.KeyPressMsg { return uitest.KeyPress(name) }

// clipboard reports whether msg is tea.SetClipboard's message, and the
// text of the OSC 52 sequence tea.Program writes for it, decoded as a
// terminal decodes it.
func (d *driver) clipboard(msg tea.Msg) (string, bool) {
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Type().Name() != "setClipboardMsg" {
		return "", false
	}
	seq := ansi.SetSystemClipboard(v.String())
	body, ok := strings.CutPrefix(seq, "\x1b]52;c;")
	if !ok {
		d.t.Fatalf("not an OSC 52 sequence: %q", seq)
	}
	text, err := base64.StdEncoding.DecodeString(strings.TrimSuffix(body, "\x07"))
	if err != nil {
		d.t.Fatalf("OSC 52 payload: %v", err)
	}
	return string(text), true
}
