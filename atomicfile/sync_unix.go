//go:build unix

package atomicfile

import "os"

// syncFolder flushes an open folder's entries to disk.
func syncFolder(f *os.File) error { return f.Sync() }
