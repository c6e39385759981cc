package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"talks/ui"
)

// boomMsg makes panicModel panic.
type boomMsg struct{}

// panicModel is an app that panics in Update, as a bug would.
type panicModel struct{}

func (panicModel) Init() tea.Cmd { return func() tea.Msg { return boomMsg{} } }
func (panicModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(boomMsg); ok {
		panic("boom")
	}
	return panicModel{}, nil
}
func (panicModel) View() tea.View { return tea.NewView("running") }

func TestAppPanicSaysWhereToReport(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	var out, errOut bytes.Buffer
	e := &env{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errOut,
		newApp:       func(ui.Options) tea.Model { return panicModel{} },
		teaOptions:   []tea.ProgramOption{tea.WithInput(strings.NewReader("")), tea.WithOutput(&out)},
		haveTerminal: func() error { return nil }, // its input is given
	}
	status := runEnv(context.Background(), e, nil)
	if status != exitFailed || !strings.Contains(errOut.String(), "please report it") {
		t.Errorf("status %d, stderr %q; want 1 and the hint", status, errOut.String())
	}
}

func TestDemoImagesOpenable(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	c := loadApp(context.Background(), &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}, nil)
	n := 0
	for _, tk := range c.Talks {
		for _, img := range tk.Images {
			if strings.HasPrefix(img.Target, "http") {
				continue
			}
			n++
			data, err := os.ReadFile(img.Target)
			if err != nil || !filepath.IsAbs(img.Target) || !bytes.HasPrefix(data, []byte("\x89PNG")) {
				t.Errorf("demo image %s of %s: not an openable PNG (%v)", img.Target, tk.ID, err)
			}
		}
	}
	if n == 0 {
		t.Error("the demo corpus has no local images to check")
	}
}
