package loader

import (
	"context"
	"os"

	"golang.org/x/sync/semaphore"
)

// inflight bounds the bytes of the inputs being read and parsed at once,
// over all workers: each input reserves its size (or Options.MaxBytes when
// its size cannot be known before reading: standard input, a pipe, a URL
// with no Content-Length) before it is read, and gives it back once
// parsed. Eight URLs at the size cap thus take turns instead of holding
// eight buffers of the cap at once. One input never needs more than the
// whole, so none waits forever.
type inflight struct {
	sem   *semaphore.Weighted
	total int64
}

// newInflight is a bound of total bytes.
func newInflight(total int64) *inflight {
	return &inflight{sem: semaphore.NewWeighted(total), total: total}
}

// reserve waits until n bytes (at most the whole) are free and takes them;
// release gives them back. err is errCancelled when ctx is done first.
func (f *inflight) reserve(ctx context.Context, n int64) (release func(), err error) {
	n = min(max(n, 1), f.total)
	if err := f.sem.Acquire(ctx, n); err != nil {
		return func() {}, errCancelled
	}
	return func() { f.sem.Release(n) }, nil
}

// fileSize is what reading file name will take: its size plus the byte
// that meets its end for a regular file, max+1 for anything else (a pipe,
// a device) or a file that cannot be examined (it will fail to open).
func fileSize(name string, max int64) int64 {
	fi, err := os.Stat(name) // does not block on a named pipe, as opening it does
	if err != nil || !fi.Mode().IsRegular() {
		return max + 1
	}
	return min(fi.Size(), max) + 1
}
