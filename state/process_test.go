//go:build unix

package state

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// The helper process: TestHelperWriter, run again from this test binary
// with TALKS_STATE_HELPER set, saves the state over and over as a talks
// process would.
const (
	helperEnv   = "TALKS_STATE_HELPER" // the folder to write in
	helperName  = "TALKS_STATE_NAME"   // the writer's name, the notes' prefix
	helperCount = "TALKS_STATE_COUNT"  // how many saves
	helperPad   = "TALKS_STATE_PAD"    // positions written with each save
	helperKill  = "TALKS_STATE_KILL"   // the save halfway through which the helper kills itself
)

// TestHelperWriter is the helper process, not a test: save i adds bookmark
// "<name>-<i>" and sets every padding position to block i, so that the
// states written are all different and large enough to be killed mid-write.
// It prints "saved <i>" after each save.
func TestHelperWriter(t *testing.T) {
	dir := os.Getenv(helperEnv)
	if dir == "" {
		t.Skip("helper process for TestKilledWriter and TestConcurrentWriters")
	}
	name := os.Getenv(helperName)
	n, _ := strconv.Atoi(os.Getenv(helperCount))
	pad, _ := strconv.Atoi(os.Getenv(helperPad))
	kill, err := strconv.Atoi(os.Getenv(helperKill))
	if err != nil {
		kill = -1
	}
	s, warn, err := Open(dir)
	if err != nil || warn != "" {
		fmt.Fprintln(os.Stderr, "open:", warn, err)
		os.Exit(3)
	}
	for i := 0; i < n; i++ {
		if i == kill {
			s.midWrite = func() { syscall.Kill(os.Getpid(), syscall.SIGKILL) }
		}
		s.AddBookmark(Bookmark{Talk: name, Block: i, Note: fmt.Sprintf("%s-%d", name, i)})
		s.SetPosition(name, Pos{Block: i})
		for j := 0; j < pad; j++ {
			s.SetPosition(fmt.Sprintf("%s-pad-%04d", name, j), Pos{Block: i, Para: j})
		}
		if err := s.Save(); err != nil {
			fmt.Fprintln(os.Stderr, "save:", err)
			os.Exit(3)
		}
		fmt.Printf("saved %d\n", i)
	}
}

// helper starts the helper process writing n times into dir; env adds to
// its environment.
func helper(t *testing.T, dir, name string, n, pad int, env ...string) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$")
	cmd.Env = append(os.Environ(), helperEnv+"="+dir, helperName+"="+name,
		helperCount+"="+strconv.Itoa(n), helperPad+"="+strconv.Itoa(pad))
	cmd.Env = append(cmd.Env, env...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(out)
}

// checkSaved fails unless dir holds exactly the state of one of the
// helper's saves, at least save min (0-based), and returns which.
func checkSaved(t *testing.T, dir string, pad, min int) int {
	t.Helper()
	s := open(t, dir) // fails on a warning: a half-written file is corrupt
	bs := s.Bookmarks()
	k := len(bs) - 1
	if k < min {
		t.Fatalf("the state of save %d on disk; save %d had been reported", k, min)
	}
	for i, b := range bs {
		if want := fmt.Sprintf("w-%d", i); b.Note != want {
			t.Fatalf("bookmark %d is %q, want %q", i, b.Note, want)
		}
	}
	for j := 0; j < pad; j++ {
		p, ok := s.Position(fmt.Sprintf("w-pad-%04d", j))
		if !ok || p.Block != k || p.Para != j {
			t.Fatalf("position %d is %+v (%v), not the state of save %d", j, p, ok, k)
		}
	}
	return k
}

// TestKilledMidWrite has the helper kill itself with SIGKILL halfway
// through writing the file at save n: the file left is whole and holds
// save n-1 (or nothing at all, for n = 0).
func TestKilledMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	const pad = 200
	for _, n := range []int{0, 1, 5} {
		t.Run(fmt.Sprintf("save_%d", n), func(t *testing.T) {
			dir := t.TempDir()
			cmd, out := helper(t, dir, "w", n+3, pad, helperKill+"="+strconv.Itoa(n))
			for out.Scan() {
			}
			err := cmd.Wait()
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
				t.Fatalf("helper was not killed: %v", err)
			}
			if n == 0 {
				if bs := open(t, dir).Bookmarks(); len(bs) != 0 {
					t.Fatalf("killed in its first save, yet %d bookmarks on disk", len(bs))
				}
				return
			}
			if k := checkSaved(t, dir, pad, n-1); k != n-1 {
				t.Errorf("the state of save %d on disk, want %d", k, n-1)
			}
		})
	}
}

// TestKilledWriter kills a helper with SIGKILL from outside while it keeps
// saving a large state: the file left is always whole, and is exactly one
// of the states written — at least the last one the helper reported saved.
func TestKilledWriter(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	const pad = 2000 // about 150 kB a save
	for _, after := range []int{1, 4, 9, 15} {
		t.Run(fmt.Sprintf("after_%d_saves", after), func(t *testing.T) {
			dir := t.TempDir()
			cmd, out := helper(t, dir, "w", 1000, pad)
			seen := 0
			for seen < after && out.Scan() {
				if strings.HasPrefix(out.Text(), "saved ") {
					seen++
				}
			}
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
			if seen < after {
				t.Fatalf("helper reported %d saves before dying, want %d", seen, after)
			}
			checkSaved(t, dir, pad, after-1)
		})
	}
}

// TestConcurrentWriters runs two helpers saving into one folder at once:
// every bookmark of both is kept.
func TestConcurrentWriters(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	const n = 25
	dir := t.TempDir()
	var cmds []*exec.Cmd
	for _, name := range []string{"a", "b"} {
		cmd, out := helper(t, dir, name, n, 0)
		go func() {
			for out.Scan() {
			}
		}()
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("helper: %v", err)
		}
	}
	got := map[string]bool{}
	for _, b := range open(t, dir).Bookmarks() {
		got[b.Note] = true
	}
	for _, name := range []string{"a", "b"} {
		for i := 0; i < n; i++ {
			if note := fmt.Sprintf("%s-%d", name, i); !got[note] {
				t.Errorf("bookmark %s lost", note)
			}
		}
	}
	if len(got) != 2*n {
		t.Errorf("%d bookmarks, want %d", len(got), 2*n)
	}
}
