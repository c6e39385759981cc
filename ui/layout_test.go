package ui

import (
	"errors"
	"strings"
	"testing"
)

// TestFlashWithLineBreak shows an error of several lines in the status
// line: the screen must keep its size.
func TestFlashWithLineBreak(t *testing.T) {
	for _, w := range []int{40, 100, 140} {
		d := newDriver(t, testCorpus(), w, 20)
		d.send(openedMsg{what: "图 1", err: errors.New("state lock:\ntimed out\r\nafter 5s")})
		v := d.view()
		checkFits(t, v, w, 20)
		if !strings.Contains(v, "timed out") {
			t.Errorf("at width %d the flash is not shown:\n%s", w, v)
		}
	}
}
