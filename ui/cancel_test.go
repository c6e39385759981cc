package ui

import (
	"context"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"talks/model"
	talkstate "talks/state"
)

// TestQuitCancelsLoad starts a streamed load that runs until its context
// is cancelled, as a fetch of a slow URL would, and quits the app: the
// load must end.
func TestQuitCancelsLoad(t *testing.T) {
	tests := []struct {
		name  string
		talks bool   // the load hands over talks before it blocks
		key   string // the key that quits; "" sends a tea.QuitMsg
		state bool   // the app keeps a reading state
	}{
		{"q on the list", true, "q", false},
		{"q on the list with a state", true, "q", true},
		{"ctrl+c on the list", true, "ctrl+c", false},
		{"q while loading", false, "q", false},
		{"ctrl+c while loading with a state", false, "ctrl+c", true},
		{"quit message", true, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testCorpus()
			ended := make(chan error, 1)
			load := func(ctx context.Context, onTalks func([]*model.Talk), _ func(int, int)) *model.Corpus {
				if tt.talks {
					onTalks(c.Talks[:2])
				}
				<-ctx.Done()
				ended <- ctx.Err()
				return nil
			}
			opts := Options{Source: "test corpus", LoadStream: load}
			if tt.state {
				st, _, err := talkstate.Open(t.TempDir())
				if err != nil {
					t.Fatal(err)
				}
				opts.State = st
			}
			m := New(opts)
			msgs := make(chan tea.Msg, 16)
			var start func(tea.Cmd)
			start = func(cmd tea.Cmd) { // runs commands beside the app, as the program does
				if cmd == nil {
					return
				}
				go func() {
					msg := cmd()
					if b, ok := msg.(tea.BatchMsg); ok {
						for _, c := range b {
							start(c)
						}
						return
					}
					msgs <- msg
				}()
			}
			update := func(msg tea.Msg) tea.Cmd {
				next, cmd := m.Update(msg)
				m = next.(Model)
				return cmd
			}
			update(tea.WindowSizeMsg{Width: 100, Height: 30})
			start(m.Init())
			for tt.talks && m.state != stateList {
				msg := <-msgs
				if s, ok := msg.(streamMsg); ok {
					start(s.next)
				}
				update(msg)
			}
			var quit tea.Cmd
			if tt.key == "" {
				update(tea.QuitMsg{})
			} else {
				quit = update(keyPress(tt.key))
				if quit == nil {
					t.Fatalf("%s in state %v gives no command", tt.key, m.state)
				}
				if msg := quit(); msg != (tea.QuitMsg{}) {
					t.Fatalf("%s gives %T, want tea.QuitMsg", tt.key, msg)
				}
			}
			select {
			case err := <-ended:
				if err != context.Canceled {
					t.Errorf("the load ended with %v, want context.Canceled", err)
				}
			case <-time.After(10 * time.Second): // a guard against hanging, not a timing check
				t.Fatal("the load still runs after the app quit")
			}
		})
	}
}

// TestLoadContext checks that the load runs under Options.Context: a
// cancelled parent reaches the load.
func TestLoadContext(t *testing.T) {
	parent, cancel := context.WithCancel(context.Background())
	cancel()
	var got error
	m := New(Options{Context: parent, Load: func(ctx context.Context) *model.Corpus {
		got = ctx.Err()
		return nil
	}})
	d := &driver{t: t, m: m}
	d.resize(80, 20)
	d.run(d.m.Init())
	if got != context.Canceled {
		t.Errorf("the load's context has error %v, want context.Canceled", got)
	}
}
