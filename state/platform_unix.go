//go:build unix

package state

import (
	"os"
	"runtime"
	"syscall"

	"github.com/gofrs/flock"
)

// openReadFlags open the state file for reading without blocking on a
// named pipe (readRegular then refuses it).
const openReadFlags = os.O_RDONLY | syscall.O_NONBLOCK

// openLock is the lock of path; the open (at the first lock) creates the
// file but does not follow a link (O_NOFOLLOW fails on one).
func openLock(path string) (*flock.Flock, error) {
	flags := os.O_CREATE | os.O_RDONLY | syscall.O_NOFOLLOW
	switch runtime.GOOS {
	case "aix", "solaris", "illumos": // no exclusive lock on a file open read-only
		flags = os.O_CREATE | os.O_RDWR | syscall.O_NOFOLLOW
	}
	return newLock(path, flags), nil
}
