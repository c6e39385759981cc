// Package atomicfile replaces files so that a reader, or a crash, sees the
// old file or the new one, never a part: the state file, cached images and
// cached corpora are written through it. It works the same on every
// system: a temporary file in the same folder is written, synced and
// renamed over the target (a rename replaces the file on Windows too), and
// the folder is synced where the system can, so that the rename itself
// survives a crash.
package atomicfile

import (
	"os"
	"path/filepath"
)

// TempPrefix starts the name of every temporary file this package makes
// (".<target name>.tmp-…"), so that a folder's owner can tell one left by
// a process that died while writing.
const TempPrefix = "."

// WriteFile replaces path with b. The file keeps the permissions of the
// one it replaces, and a new one gets perm.
func WriteFile(path string, b []byte, perm os.FileMode) error {
	return Write(path, b, perm, nil)
}

// Write is WriteFile with a hook: mid, when not nil, runs with half of b
// written (tests kill the process there to show the old file survives).
func Write(path string, b []byte, perm os.FileMode, mid func()) error {
	dir, base := filepath.Split(path)
	f, err := os.CreateTemp(dir, TempPrefix+base+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if tmp != "" { // not renamed: an error on the way
			f.Close()
			os.Remove(tmp)
		}
	}()
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		perm = fi.Mode().Perm()
	}
	if err := f.Chmod(perm); err != nil {
		return err
	}
	half := len(b) / 2
	if _, err := f.Write(b[:half]); err != nil {
		return err
	}
	if mid != nil {
		mid()
	}
	if _, err := f.Write(b[half:]); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	tmp = ""
	return SyncDir(filepath.Dir(path))
}

// SyncDir flushes a folder's entries to disk, where the system can (a
// folder cannot be flushed on Windows, whose NTFS journals the rename).
func SyncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return syncFolder(f)
}
