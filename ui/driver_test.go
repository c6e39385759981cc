package ui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/model"
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
func keyPress(name string) tea.KeyPressMsg {
	special := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "up": tea.KeyUp, "down": tea.KeyDown,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
		"tab": tea.KeyTab, "left": tea.KeyLeft, "right": tea.KeyRight, "backspace": tea.KeyBackspace,
	}
	if c, ok := special[name]; ok {
		return tea.KeyPressMsg{Code: c}
	}
	if name == "space" {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	if r, ok := strings.CutPrefix(name, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: []rune(r)[0], Mod: tea.ModCtrl}
	}
	return tea.KeyPressMsg{Code: []rune(name)[0], Text: name}
}
