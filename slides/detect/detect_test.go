package detect

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi/kitty"

	"talks/slides"
)

func TestQuery(t *testing.T) {
	tests := []struct {
		env  Env
		want string
	}{
		{Env{}, "\x1b_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\x1b\\\x1b[>q\x1b[16t\x1b[c"},
		{Env{Tmux: true}, "\x1b[>q\x1b[16t\x1b[c"},
		{Env{Tmux: true, Passthrough: true}, "\x1bPtmux;\x1b\x1b_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\x1b\x1b\\\x1b\\\x1b[>q\x1b[16t\x1b[c"},
	}
	for _, tt := range tests {
		if got := Query(tt.env); got != tt.want {
			t.Errorf("Query(%+v) = %q, want %q", tt.env, got, tt.want)
		}
	}
}

func TestDecide(t *testing.T) {
	kittyOK := Facts{Kitty: true, Answered: true, Attributes: []int{62, 22}, Version: "kitty(0.35.2)"}
	sixel := Facts{Answered: true, Attributes: []int{62, 4, 22}, Version: "foot(1.16.2)"}
	tests := []struct {
		name  string
		f     Facts
		env   Env
		want  slides.Protocol
		passt bool
	}{
		{"kitty", kittyOK, Env{}, slides.Kitty, false},
		{"ghostty", Facts{Kitty: true, Answered: true, Version: "ghostty 1.1.0"}, Env{}, slides.Kitty, false},
		{"kitty before sixel", Facts{Kitty: true, Answered: true, Attributes: []int{4}}, Env{}, slides.Kitty, false},
		{"wezterm: no placeholders, has sixel", Facts{Kitty: true, Answered: true, Attributes: []int{4}, Version: "WezTerm 20240203"}, Env{}, slides.Sixel, false},
		{"wezterm without sixel: iTerm2 images", Facts{Kitty: true, Answered: true, Version: "WezTerm 20240203"}, Env{}, slides.ITerm, false},
		{"sixel", sixel, Env{}, slides.Sixel, false},
		{"iterm2", Facts{Answered: true, Attributes: []int{62}, Version: "iTerm2 3.5.4"}, Env{}, slides.ITerm, false},
		{"xterm without sixel", Facts{Answered: true, Attributes: []int{62}, Version: "XTerm(390)"}, Env{}, slides.Blocks, false},
		{"no reply at all", Facts{}, Env{}, slides.Blocks, false},
		{"kitty error reply", Facts{KittyError: "EINVAL", Answered: true}, Env{}, slides.Blocks, false},
		{"kitty in 16 colours", kittyOK, Env{Colors: colorprofile.ANSI}, slides.None, false},
		{"kitty in 256 colours", kittyOK, Env{Colors: colorprofile.ANSI256}, slides.Kitty, false},
		{"sixel without colours", sixel, Env{Colors: colorprofile.ASCII}, slides.Sixel, false},
		{"tmux passthrough kitty", Facts{Kitty: true, Answered: true, Version: "tmux 3.4"}, Env{Tmux: true, Passthrough: true}, slides.Kitty, true},
		{"tmux without passthrough", Facts{Answered: true, Version: "tmux 3.4"}, Env{Tmux: true}, slides.Blocks, false},
		{"tmux with its own sixel", Facts{Answered: true, Attributes: []int{1, 2, 4}, Version: "tmux 3.4"}, Env{Tmux: true}, slides.Sixel, false},
		{"tmux never iTerm2", Facts{Answered: true, Version: "iTerm2 3.5.4"}, Env{Tmux: true, Passthrough: true}, slides.Blocks, false},
		{"tmux: a kitty reply without passthrough is not trusted", Facts{Kitty: true, Answered: true}, Env{Tmux: true}, slides.Blocks, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Decide(tt.f, tt.env)
			if c.Protocol != tt.want || c.Passthrough != tt.passt || c.Why == "" {
				t.Errorf("Decide = %+v, want %v (passthrough %v)", c, tt.want, tt.passt)
			}
		})
	}
}

// TestObserve feeds the messages Bubble Tea v2 delivers for the replies.
func TestObserve(t *testing.T) {
	d := New(Env{})
	if d.Observe(uv.KittyGraphicsEvent{Options: kitty.Options{ID: 7}, Payload: []byte("OK")}) {
		t.Error("a reply for another image id is not the query's")
	}
	if d.Observe(tea.KeyPressMsg{Code: 'a'}) {
		t.Error("a key is not a reply")
	}
	for _, msg := range []tea.Msg{
		uv.KittyGraphicsEvent{Options: kitty.Options{ID: KittyQueryID}, Payload: []byte("OK")},
		tea.TerminalVersionMsg{Name: "kitty(0.35.2)"},
		uv.CellSizeEvent{Width: 9, Height: 18},
	} {
		if !d.Observe(msg) {
			t.Errorf("%T not taken", msg)
		}
		if d.Done() {
			t.Fatalf("done before DA1, after %T", msg)
		}
	}
	d.Observe(uv.PrimaryDeviceAttributesEvent{62, 22})
	if !d.Done() {
		t.Fatal("DA1 closes the replies")
	}
	c := d.Choice()
	if c.Protocol != slides.Kitty || c.CellWidth != 9 || c.CellHeight != 18 {
		t.Errorf("Choice = %+v", c)
	}
}

func TestDoneInTmux(t *testing.T) {
	d := New(Env{Tmux: true, Passthrough: true})
	d.Observe(uv.PrimaryDeviceAttributesEvent{1, 2})
	if d.Done() {
		t.Fatal("in tmux, DA1 (tmux's) comes before the outer kitty reply: not done yet")
	}
	d.Observe(uv.KittyGraphicsEvent{Options: kitty.Options{ID: KittyQueryID}, Payload: []byte("OK")})
	if !d.Done() || d.Choice().Protocol != slides.Kitty || !d.Choice().Passthrough {
		t.Errorf("after the kitty reply: done %v, %+v", d.Done(), d.Choice())
	}
	late := New(Env{Tmux: true, Passthrough: true})
	late.Observe(uv.PrimaryDeviceAttributesEvent{1, 2})
	late.Expire()
	if !late.Done() || late.Choice().Protocol != slides.Blocks {
		t.Errorf("no kitty reply by the deadline: %+v", late.Choice())
	}
}

// kittyReplies is what kitty answers to Query, as bytes on its input.
const kittyReplies = "\x1b_Gi=31;OK\x1b\\\x1bP>|kitty(0.35.2)\x1b\\\x1b[6;20;10t\x1b[?62;4;22c"

// TestFeedInPieces: the replies read from a terminal, split anywhere.
func TestFeedInPieces(t *testing.T) {
	want := Facts{Kitty: true, Attributes: []int{62, 4, 22}, Answered: true, Version: "kitty(0.35.2)", CellWidth: 10, CellHeight: 20}
	for cut := 0; cut <= len(kittyReplies); cut++ {
		d := New(Env{})
		d.Feed([]byte(kittyReplies[:cut]))
		if cut < len(kittyReplies) && d.Done() {
			t.Fatalf("done after %d of %d bytes", cut, len(kittyReplies))
		}
		d.Feed([]byte(kittyReplies[cut:]))
		got := d.Facts()
		if got.Kitty != want.Kitty || got.Version != want.Version || got.CellWidth != want.CellWidth || got.CellHeight != want.CellHeight || !got.Answered || !got.Sixel() {
			t.Fatalf("cut at %d: %+v", cut, got)
		}
	}
}

func TestPassthroughOn(t *testing.T) {
	for value, want := range map[string]bool{"on\n": true, "all\n": true, "off\n": false, "": false, "yes": false} {
		if got := PassthroughOn(value); got != want {
			t.Errorf("PassthroughOn(%q) = %v", value, got)
		}
	}
	if InTmux(func(string) string { return "" }) || !InTmux(func(string) string { return "sock,1,0" }) {
		t.Error("InTmux reads TMUX")
	}
}
