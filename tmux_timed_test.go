package main

import (
	"strings"
	"testing"
)

// TestTerminalTimed opens the folder of every timed format in a real
// terminal, finds the lecture that runs past the hour, and cycles its
// gutter with #: paragraph numbers, then the times each paragraph is said
// from (1:02:03 fits), then off.
func TestTerminalTimed(t *testing.T) {
	tm := startTerm(t, 100, 30, nil, timedDir)
	tm.waitFor("open-data-panel")
	tm.waitFor("1 warning")
	tm.keys("C-k")
	tm.waitFor("Find talks")
	tm.keys("-l", "caching")
	tm.waitUntil("the lecture to be the selected result", func(s string) bool {
		for _, line := range strings.Split(s, "\n") {
			if strings.HasPrefix(line, "› ") {
				return strings.Contains(line, "caching-lecture")
			}
		}
		return false
	})
	tm.keys("Enter")
	tm.waitForPage()
	tm.waitFor("Good afternoon.")
	tm.keys("#")
	tm.waitFor("paragraph numbers on (#: times)")
	tm.keys("#")
	tm.waitFor("times on (#: off)")
	s := tm.waitFor("1:02:03 ")
	for _, want := range []string{"  00:02   Good afternoon.", "  00:12   The hard part", "1:02:03   To close"} {
		if !strings.Contains(s, want) {
			t.Errorf("the times gutter lacks %q:\n%s", want, s)
		}
	}
	for _, line := range strings.Split(s, "\n") {
		if strings.Contains(line, "1:02:03") && !strings.HasPrefix(line, "1:02:03 ") {
			t.Errorf("the time is not in the gutter: %q", line)
		}
	}
	tm.keys("#")
	tm.waitFor("times off")
	tm.keys("q")
	tm.waitFor("talks ·")
	tm.keys("q")
	tm.waitFor("EXITED 0")
}
