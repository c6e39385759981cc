//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// noTTYHelperEnv makes TestHelperNoTTY run the app as main would.
const noTTYHelperEnv = "TALKS_NOTTY_HELPER"

// TestHelperNoTTY is the helper process of TestAppWithoutTerminal, not a
// test: it runs "talks testdata/demo" as main does.
func TestHelperNoTTY(t *testing.T) {
	if os.Getenv(noTTYHelperEnv) == "" {
		t.Skip("helper process for TestAppWithoutTerminal")
	}
	os.Exit(run(context.Background(), []string{"testdata/demo"}, os.Stdin, os.Stdout, os.Stderr))
}

// TestAppWithoutTerminal runs the app in a process of a new session, with
// no controlling terminal and standard input from /dev/null, as cron or a
// CI job would: it fails with one line saying what to use instead, and
// never creates or locks the state folder.
func TestAppWithoutTerminal(t *testing.T) {
	stateHome := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperNoTTY$")
	cmd.Env = append(os.Environ(), noTTYHelperEnv+"=1", "XDG_STATE_HOME="+stateHome)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitFailed {
		t.Fatalf("exit %v, stderr %q; want status %d", err, stderr.String(), exitFailed)
	}
	if got := stderr.String(); !strings.Contains(got, "the app needs a terminal") || strings.Count(got, "\n") != 1 {
		t.Errorf("stderr %q: want one line saying the app needs a terminal", got)
	}
	if _, err := os.Stat(filepath.Join(stateHome, "talks")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the state folder was made or opened before the terminal was checked (%v)", err)
	}
}

// TestNoTerminalByType: Bubble Tea's error for a missing terminal is told
// by its type, whatever its words; another error mentioning a TTY is not.
func TestNoTerminalByType(t *testing.T) {
	tty := &fs.PathError{Op: "open", Path: "/dev/tty", Err: syscall.ENXIO}
	bubbleTea := fmt.Errorf("bubbletea: error opening TTY: %w", fmt.Errorf("bubbletea: could not open TTY: %w", tty))
	if !isNoTerminal(bubbleTea) || !isNoTerminal(noTerminal(errors.New("x"))) {
		t.Error("a failed terminal open is not told as no terminal")
	}
	for _, err := range []error{errors.New("the TTY of the year"), &fs.PathError{Op: "open", Path: "talk.md", Err: syscall.ENXIO}, nil} {
		if isNoTerminal(err) {
			t.Errorf("%v taken for no terminal", err)
		}
	}
}
