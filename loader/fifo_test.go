//go:build unix

package loader

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"talks/model"
)

// hangGuard is how long a cancelled Load may take before a test calls it
// hung: a failure guard far beyond what returning needs, not a timing
// assertion.
const hangGuard = 20 * time.Second

// mkfifo makes a named pipe nobody writes to. At cleanup it is opened for
// writing and closed, so that a reader the test abandoned ends.
func mkfifo(t *testing.T, p string) {
	t.Helper()
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if f, err := os.OpenFile(p, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	})
}

// loadUntil runs Load and cancels it once trigger is closed (nil: never);
// it fails the test when Load does not return within hangGuard of the
// cancel (or of its start, with no trigger).
func loadUntil(t *testing.T, inputs []string, opts Options, trigger <-chan struct{}) *model.Corpus {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	loaded := make(chan *model.Corpus, 1)
	go func() { loaded <- Load(ctx, inputs, opts) }()
	select {
	case c := <-loaded:
		return c
	case <-trigger:
		cancel()
	case <-time.After(hangGuard):
		t.Fatal("Load hung")
	}
	select {
	case c := <-loaded:
		return c
	case <-time.After(hangGuard):
		t.Fatal("Load did not return after its context was cancelled")
		return nil
	}
}

// onFilesRead is an Options.Progress that closes the returned channel
// once n inputs are read.
func onFilesRead(n int) (func(files, talks int), <-chan struct{}) {
	ch := make(chan struct{})
	var once sync.Once
	return func(files, _ int) {
		if files >= n {
			once.Do(func() { close(ch) })
		}
	}, ch
}

// readingReader is a reader that closes reading when it is first read.
type readingReader struct {
	io.Reader
	once    sync.Once
	reading chan struct{}
}

// Read says reading has started, then reads.
func (r *readingReader) Read(p []byte) (int, error) {
	r.once.Do(func() { close(r.reading) })
	return r.Reader.Read(p)
}

// TestFIFOCancel names a pipe nobody writes to on the command line, as
// "talks list *" does in a folder holding one, beside a transcript: an
// interrupt ends the load, and the transcript read meanwhile is kept.
func TestFIFOCancel(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "a-pipe.md")
	mkfifo(t, fifo)
	good := writeTree(t, dir, "b-good.md", []byte("# 好的\n\n读得到。\n"))
	progress, read := onFilesRead(1)
	c := loadUntil(t, []string{fifo, good}, Options{Workers: 2, Progress: progress}, read)
	if len(c.Talks) != 1 || c.Talks[0].File != good {
		t.Errorf("talks %v, want the one of %s", c.Talks, good)
	}
	if len(c.Warnings) != 1 || c.Warnings[0].File != fifo || c.Warnings[0].Msg != "cancelled" {
		t.Errorf("warnings %v, want %s: cancelled", c.Warnings, fifo)
	}
}

// TestStdinCancel reads standard input from a writer that never ends, as
// "sleep 30 | talks list -" does: an interrupt ends the load.
func TestStdinCancel(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	in := &readingReader{Reader: r, reading: make(chan struct{})}
	c := loadUntil(t, []string{"-"}, Options{Stdin: in}, in.reading)
	if len(c.Talks) != 0 {
		t.Errorf("talks %v from a standard input that sent nothing", c.Talks)
	}
}

// TestFIFOInFolder walks a folder holding pipes, one with a transcript's
// name: none is opened, the transcript's name is reported in one line, and
// the rest loads.
func TestFIFOInFolder(t *testing.T) {
	dir := t.TempDir()
	mkfifo(t, filepath.Join(dir, "pipe.md"))
	mkfifo(t, filepath.Join(dir, "pipe"))
	writeTree(t, dir, "good.md", []byte("# 好的\n\n读得到。\n"))
	c := loadUntil(t, []string{dir}, Options{}, nil)
	if len(c.Talks) != 1 {
		t.Errorf("%d talks, want 1", len(c.Talks))
	}
	var msgs []string
	for _, w := range c.Warnings {
		msgs = append(msgs, w.Error())
	}
	got := strings.Join(msgs, "\n")
	if !strings.Contains(got, "pipe.md: "+msgNotRegular) || !strings.Contains(got, "1 file skipped") || len(msgs) != 2 {
		t.Errorf("warnings:\n%s\nwant pipe.md not regular and the other pipe among skipped files", got)
	}
}
