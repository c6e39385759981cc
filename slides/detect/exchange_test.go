package detect

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"talks/slides"
)

// fakeTerminal answers what it reads with replies, piece by piece.
type fakeTerminal struct {
	asked   bytes.Buffer
	replies io.Reader
}

func (f *fakeTerminal) Write(p []byte) (int, error) { return f.asked.Write(p) }

func TestExchange(t *testing.T) {
	pr, pw := io.Pipe()
	term := &fakeTerminal{replies: pr}
	go func() {
		for _, piece := range []string{kittyReplies[:5], kittyReplies[5:30], kittyReplies[30:]} {
			io.WriteString(pw, piece)
			time.Sleep(time.Millisecond)
		}
		// The terminal stays open, as a real one does.
	}()
	c, err := Exchange(context.Background(), term.replies, term, Env{})
	if err != nil {
		t.Fatal(err)
	}
	if term.asked.String() != Query(Env{}) {
		t.Errorf("asked %q", term.asked.String())
	}
	if c.Protocol != slides.Kitty || c.CellWidth != 10 {
		t.Errorf("Choice = %+v", c)
	}
}

func TestExchangeSilentTerminal(t *testing.T) {
	pr, _ := io.Pipe() // never answers
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	c, err := Exchange(ctx, pr, io.Discard, Env{})
	if err != nil || c.Protocol != slides.Blocks {
		t.Errorf("a silent terminal: %+v, %v; want half-blocks", c, err)
	}
}

func TestExchangeTmuxGrace(t *testing.T) {
	// tmux answers DA1; the outer terminal never answers the kitty query,
	// and the input stays open: the wait ends all the same.
	pr, pw := io.Pipe()
	go io.WriteString(pw, "\x1b[?1;2c")
	c, err := Exchange(context.Background(), pr, io.Discard, Env{Tmux: true, Passthrough: true})
	if err != nil || c.Protocol != slides.Blocks {
		t.Errorf("%+v, %v", c, err)
	}

	// The kitty reply arrives after tmux's DA1.
	c, _ = Exchange(context.Background(), strings.NewReader("\x1b[?1;2c\x1b_Gi=31;OK\x1b\\"), io.Discard, Env{Tmux: true, Passthrough: true})
	if c.Protocol != slides.Kitty || !c.Passthrough {
		t.Errorf("%+v", c)
	}
}

// TestTmuxPassthrough reads the option from a tmux server of the test's own.
func TestTmuxPassthrough(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	sock := filepath.Join(t.TempDir(), "sock")
	tmux := func(args ...string) {
		t.Helper()
		if out, err := exec.Command("tmux", append([]string{"-S", sock, "-f", os.DevNull}, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("tmux %v: %v: %s", args, err, out)
		}
	}
	tmux("new-session", "-d", "-s", "t", "sleep 30")
	t.Cleanup(func() { exec.Command("tmux", "-S", sock, "kill-server").Run() })
	t.Setenv("TMUX", sock+","+strconv.Itoa(os.Getpid())+",0")
	for _, value := range []string{"off", "on"} {
		tmux("set-option", "-g", "allow-passthrough", value)
		on, err := TmuxPassthrough(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if on != (value == "on") {
			t.Errorf("allow-passthrough %s read as %v", value, on)
		}
	}
}
