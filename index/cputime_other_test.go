//go:build !unix

package index

import "time"

// cpuTime is 0 where the process's processor time is not at hand.
func cpuTime() time.Duration { return 0 }
