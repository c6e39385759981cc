package main

import (
	"bytes"
	"context"
	"io"
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
