//go:build !unix

package atomicfile

import "os"

// syncFolder does nothing: folders cannot be synced here (Windows refuses
// to flush a folder; NTFS journals the rename).
func syncFolder(*os.File) error { return nil }
