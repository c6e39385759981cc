//go:build !unix

package state

import (
	"errors"
	"os"

	"github.com/gofrs/flock"
)

// openReadFlags open the state file for reading (there are no named pipes
// in the file system here).
const openReadFlags = os.O_RDONLY

// openLock is the lock of path, refused when path is a link: with no
// O_NOFOLLOW, it is looked at first (a link made between the look and the
// open would still be followed).
func openLock(path string) (*flock.Flock, error) {
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		return nil, errors.New("the lock file is a link")
	}
	return newLock(path, os.O_CREATE|os.O_RDONLY), nil
}
