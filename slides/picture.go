package slides

import (
	"strconv"
	"strings"
)

// Picture is one image drawn for one box with one protocol: the text lines
// that go in the reading pane, and what must go to the terminal out of band.
type Picture struct {
	Protocol Protocol
	// Cols and Rows are the cells the picture covers.
	Cols, Rows int
	// Lines are Rows lines of Cols cells each, plain text and SGR only, for
	// a Bubble Tea View: half-blocks (Blocks), U+10EEEE placeholder cells
	// (Kitty), or spaces that Sequence is drawn over (Sixel, ITerm).
	Lines []string
	// ID is the kitty image id the placeholders name (Kitty only).
	ID uint32
	// Transmit is the kitty sequence that sends the pixels, once per
	// terminal (Kitty only); Drawer.OutOfBand hands it out once.
	Transmit string
	// Sequence draws the image at the cursor (Sixel, ITerm only); At puts
	// it over the picture's cells.
	Sequence string
}

// At is Sequence drawn with its top-left at the 0-based screen cell (row,
// col): save the cursor, move, draw, restore, so the renderer's idea of the
// cursor holds. Empty for a picture without Sequence.
func (p *Picture) At(row, col int) string {
	if p == nil || p.Sequence == "" {
		return ""
	}
	return "\x1b7\x1b[" + strconv.Itoa(row+1) + ";" + strconv.Itoa(col+1) + "H" + p.Sequence + "\x1b8"
}

// Inline is the picture for a stream of text such as `talks show`: it takes
// exactly Rows lines, each ended by "\n", and leaves the cursor at the start
// of the next line. Kitty: the transmit, then the placeholder lines. Sixel
// and iTerm: Rows empty lines are made first (scrolling the screen if need
// be), then the image is drawn over them from their first line.
func (p *Picture) Inline() string {
	if p == nil || p.Rows == 0 {
		return ""
	}
	var b strings.Builder
	if p.Sequence != "" {
		n := strconv.Itoa(p.Rows)
		b.WriteString(strings.Repeat("\n", p.Rows))
		b.WriteString("\x1b[" + n + "A\x1b7")
		b.WriteString(p.Sequence)
		b.WriteString("\x1b8\x1b[" + n + "B")
		return b.String()
	}
	b.WriteString(p.Transmit)
	for _, l := range p.Lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// size is what the picture costs in memory, roughly.
func (p *Picture) size() int64 {
	n := len(p.Transmit) + len(p.Sequence) + 64
	for _, l := range p.Lines {
		n += len(l) + 16
	}
	return int64(n)
}

// blankLines are rows lines of cols spaces.
func blankLines(cols, rows int) []string {
	line := strings.Repeat(" ", cols)
	lines := make([]string, rows)
	for i := range lines {
		lines[i] = line
	}
	return lines
}
