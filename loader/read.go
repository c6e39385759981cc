package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// errTooLarge is the error for an input over Options.MaxBytes.
type errTooLarge int64

// Error says how big a file may be.
func (e errTooLarge) Error() string {
	return fmt.Sprintf("larger than %s, skipped", size(int64(e)))
}

// size writes a byte count the way people read it.
func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// errCancelled is the error for a read given up because loading was
// cancelled.
var errCancelled = errors.New("cancelled")

// abandonable runs read and returns what it gives, or errCancelled as soon
// as ctx is done: a read that blocks (a named pipe nobody writes to,
// standard input from a program that never ends) cannot hold up an
// interrupt. An abandoned read goes on in its goroutine until it ends (a
// pipe's writer comes or closes) or the process does; what it gives is
// dropped.
func abandonable(ctx context.Context, read func() ([]byte, error)) ([]byte, error) {
	type answer struct {
		data []byte
		err  error
	}
	done := make(chan answer, 1)
	go func() {
		data, err := read()
		done <- answer{data, err}
	}()
	select {
	case a := <-done:
		return a.data, a.err
	case <-ctx.Done():
		return nil, errCancelled
	}
}

// readFile is readFileNow, abandoned when ctx is done (opening a named
// pipe blocks until a writer comes).
func readFile(ctx context.Context, name string, max int64) ([]byte, error) {
	return abandonable(ctx, func() ([]byte, error) { return readFileNow(name, max) })
}

// readFileNow reads a file of at most max bytes: one open, one stat and,
// for a regular file, one buffer of the right size.
func readFileNow(name string, max int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, pathErr(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, pathErr(err)
	}
	if fi.Size() > max {
		return nil, errTooLarge(max)
	}
	size := 512 // a pipe or a device: no size to trust
	if fi.Mode().IsRegular() {
		size = int(fi.Size()) + 1 // one more byte to meet the end without growing
	}
	return readSized(f, max, size)
}

// readStdin reads standard input, at most max bytes; it is abandoned when
// ctx is done.
func readStdin(ctx context.Context, r io.Reader, max int64) ([]byte, error) {
	if r == nil {
		return nil, errors.New("no standard input")
	}
	return abandonable(ctx, func() ([]byte, error) { return readAll(r, max) })
}

// readAll reads r to the end, failing when it holds more than max bytes.
func readAll(r io.Reader, max int64) ([]byte, error) {
	return readSized(r, max, 512)
}

// readSized is readAll into a first buffer of size bytes: a known size
// plus one, so that the end is met without growing. What does not fit is
// read in chunks, twice as large each time, joined once at the end: a
// stream of unknown size costs twice its bytes at most, not the many
// copies a growing buffer leaves behind.
func readSized(r io.Reader, limit int64, size int) ([]byte, error) {
	lr := io.LimitReader(r, limit+1)
	chunk := make([]byte, 0, min(max(int64(size), 1), limit+1))
	var chunks [][]byte
	total := 0
	for {
		full, err := readInto(lr, chunk)
		if err != nil {
			return nil, pathErr(err)
		}
		chunks = append(chunks, full)
		total += len(full)
		if int64(total) > limit {
			return nil, errTooLarge(limit)
		}
		if len(full) < cap(full) { // the end
			break
		}
		chunk = make([]byte, 0, min(max(2*int64(cap(full)), 4<<10), 4<<20, limit+1-int64(total)))
	}
	if len(chunks) == 1 {
		return chunks[0], nil
	}
	data := make([]byte, 0, total)
	for _, c := range chunks {
		data = append(data, c...)
	}
	return data, nil
}

// readInto reads r into buf up to its capacity or to the end of r,
// whichever comes first.
func readInto(r io.Reader, buf []byte) ([]byte, error) {
	for len(buf) < cap(buf) {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
	return buf, nil
}

// pathErr drops the path an *fs.PathError repeats: warnings name the file
// already.
func pathErr(err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or folder")
	case errors.As(err, &pe):
		return pe.Err
	}
	return err
}
