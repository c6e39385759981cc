package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

// startedReader closes started when it is first read.
type startedReader struct {
	io.Reader
	once    sync.Once
	started chan struct{}
}

// Read says reading has started, then reads.
func (r *startedReader) Read(p []byte) (int, error) {
	r.once.Do(func() { close(r.started) })
	return r.Reader.Read(p)
}

// TestInterruptEndlessStdin is "sleep 30 | talks list -" interrupted: the
// command ends with status 130 while standard input is still open.
func TestInterruptEndlessStdin(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	in := &startedReader{Reader: r, started: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	status := make(chan int, 1)
	var out, errOut bytes.Buffer
	go func() { status <- run(ctx, []string{"list", "-"}, in, &out, &errOut) }()
	<-in.started
	cancel()
	select {
	case s := <-status:
		if s != exitInterrupted || out.Len() != 0 {
			t.Errorf("status %d, output %q; want %d and nothing", s, out.String(), exitInterrupted)
		}
	case <-time.After(20 * time.Second): // a hang guard, not a timing assertion
		t.Fatal("talks list - did not end after the interrupt")
	}
}

// cancellingWriter cancels a context at its first write.
type cancellingWriter struct {
	bytes.Buffer
	cancel context.CancelFunc
}

// Write cancels, then keeps what it is given.
func (w *cancellingWriter) Write(p []byte) (int, error) {
	w.cancel()
	return w.Buffer.Write(p)
}

// TestInterruptedSearch is "talks search a" over a line of two million
// letters, interrupted once the first hits are out: it stops there (it used
// to build every hit first, ignoring the interrupt, and then said "not
// found"), with status 130 and no "not found".
func TestInterruptedSearch(t *testing.T) {
	in := "# 一个很长的词\n\n" + strings.Repeat("a", 2_000_000) + "\n"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &cancellingWriter{cancel: cancel}
	var errOut bytes.Buffer
	status := run(ctx, []string{"search", "a", "-"}, strings.NewReader(in), out, &errOut)
	if status != 130 || strings.Contains(errOut.String(), "not found") {
		t.Errorf("interrupted search: status %d, stderr %q; want 130 and no 'not found'", status, errOut.String())
	}
	if lines := strings.Count(out.String(), "\n"); lines >= 1_000_000 {
		t.Errorf("%d hits printed after the interrupt, want the search to stop", lines)
	}
}
