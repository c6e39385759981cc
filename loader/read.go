package loader

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// errTooLarge is the error for an input over Options.MaxBytes.
type errTooLarge int64

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

// readFile reads a file of at most max bytes.
func readFile(name string, max int64) ([]byte, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, pathErr(err)
	}
	if fi.Size() > max {
		return nil, errTooLarge(max)
	}
	if !fi.Mode().IsRegular() { // a pipe or a device: no size to trust
		f, err := os.Open(name)
		if err != nil {
			return nil, pathErr(err)
		}
		defer f.Close()
		return readAll(f, max)
	}
	data, err := os.ReadFile(name)
	switch {
	case err != nil:
		return nil, pathErr(err)
	case int64(len(data)) > max: // it grew since
		return nil, errTooLarge(max)
	}
	return data, nil
}

// readStdin reads standard input, at most max bytes.
func readStdin(r io.Reader, max int64) ([]byte, error) {
	if r == nil {
		return nil, errors.New("no standard input")
	}
	return readAll(r, max)
}

// readAll reads r to the end, failing when it holds more than max bytes.
func readAll(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, pathErr(err)
	}
	if int64(len(data)) > max {
		return nil, errTooLarge(max)
	}
	return data, nil
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
