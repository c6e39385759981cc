package state

import (
	"os"
	"path/filepath"
)

// writeFile replaces path with b atomically, on every system: a temporary
// file in the same folder is written, synced and renamed over path (a
// rename replaces the file on Windows too), and the folder is synced where
// the system can, so that the rename itself survives a crash. The file
// keeps the permissions of the one it replaces (0600 for a new one). mid,
// when not nil, runs with half of b written (tests kill the process
// there).
func writeFile(path string, b []byte, mid func()) error {
	dir, base := filepath.Split(path)
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
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
		if err := f.Chmod(fi.Mode().Perm()); err != nil {
			return err
		}
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
	return syncDir(filepath.Dir(path))
}
