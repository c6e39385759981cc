package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The harness of the tmux tests (tmux_test.go), which drive the real
// program in a real terminal through tmux. They skip when tmux is absent,
// except under CI (TALKS_CI=1), where .ci/run installs it and a missing
// tmux is a failure.

// binDir is where buildTalks builds the binary: a folder TestMain makes
// for the test binary's run and removes at its end, so that no run leaves
// a binary behind.
var binDir string

// TestMain runs the tests with a folder for the talks binary, removed at
// the end.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "talks-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, "making a folder for the talks binary:", err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildTalks builds the talks binary once per test binary run, into
// binDir.
func buildTalks(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		binPath = filepath.Join(binDir, "talks")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = &buildError{out: string(out), err: err}
		}
	})
	if buildErr != nil {
		t.Fatalf("building talks: %v", buildErr)
	}
	return binPath
}

type buildError struct {
	out string
	err error
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }

// session is one tmux session running talks.
type session struct {
	t    *testing.T
	sock string // the private tmux server's socket
}

// needTmux skips without tmux, or fails under CI.
func needTmux(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("TALKS_CI") != "" {
			t.Fatal("tmux is required under CI (.ci/run installs it)")
		}
		t.Skip("tmux not installed: skipping the real-terminal test")
	}
}

// startTerm starts `talks args...` in a detached tmux session of w×h cells,
// with a private tmux server so tests never touch the user's sessions.
func startTerm(t *testing.T, w, h int, env []string, args ...string) *session {
	t.Helper()
	needTmux(t)
	bin := buildTalks(t)
	sock := filepath.Join(t.TempDir(), "tmux.sock")
	tm := &session{t: t, sock: sock}
	// A private state folder, so no test sees another's (or the user's)
	// places and bookmarks; env may name its own.
	// A private temporary folder too, for what the app unpacks there (the
	// demo corpus's images), removed with the test.
	env = append([]string{"XDG_STATE_HOME=" + shellQuote(t.TempDir()), "TMPDIR=" + shellQuote(t.TempDir())}, env...)
	shell := "env " + strings.Join(append(env, "TERM=xterm-256color", shellQuote(bin)), " ")
	for _, a := range args {
		shell += " " + shellQuote(a)
	}
	// Keep the pane open after talks exits, so the screen can be checked.
	tm.tmux("-f", "/dev/null", "new-session", "-d", "-x", itoa(w), "-y", itoa(h), "-s", "t", "sh", "-c", shell+"; echo EXITED $?; sleep 30")
	t.Cleanup(func() { exec.Command("tmux", "-S", sock, "kill-server").Run() })
	return tm
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func itoa(n int) string { return strconv.Itoa(n) }

func (tm *session) tmux(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", tm.sock}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// keys sends keys as tmux names them ("j", "Enter", "Escape", "C-c").
func (tm *session) keys(keys ...string) {
	tm.t.Helper()
	tm.tmux(append([]string{"send-keys", "-t", "t"}, keys...)...)
}

// screen is the visible screen as plain text.
func (tm *session) screen() string {
	tm.t.Helper()
	return tm.tmux("capture-pane", "-p", "-t", "t")
}

// waitFor waits until the screen contains want, or fails showing the screen.
func (tm *session) waitFor(want string) string {
	tm.t.Helper()
	return tm.waitUntil(fmt.Sprintf("the screen to show %q", want), func(s string) bool { return strings.Contains(s, want) })
}

// waitUntil waits until ok(screen), or fails saying what it waited for and
// showing the screen. The deadline only guards against a hang.
func (tm *session) waitUntil(what string, ok func(screen string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		s := tm.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("waited in vain for %s; the screen shows:\n%s", what, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// pageShown matches the reader's status line once the page is laid out:
// the percentage read, then the paragraph ("37% ¶ 4/12").
var pageShown = regexp.MustCompile(`\d+% ¶ \d+/\d+`)

// waitForPage waits until the reader shows its page, not only the title
// it shows while the page is rendered: keys sent before would scroll
// nothing.
func (tm *session) waitForPage() string {
	tm.t.Helper()
	return tm.waitUntil("the page to be laid out (a percentage in the status line)", pageShown.MatchString)
}

// display asks tmux for a pane variable, such as "#{alternate_on}".
func (tm *session) display(format string) string {
	tm.t.Helper()
	return strings.TrimSpace(tm.tmux("display-message", "-p", "-t", "t", format))
}
