package slides

import (
	"image"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/ansi/kitty"
)

// KittyID is the n-th (from 1) image id that placeholder cells can name in
// a 256-colour foreground: the low byte (1–255) is the colour index and the
// high byte, carried by a third diacritic, counts the wraps, so 65,280 ids
// before they repeat. A 256-colour index survives a renderer that lowers
// 24-bit colours to 256, which a 24-bit id would not.
func KittyID(n int) uint32 {
	n = (max(n, 1) - 1) % (255 * 256)
	return uint32(n/255)<<24 | uint32(n%255+1)
}

// KittyTransmit is the out-of-band sequence that sends img to the terminal
// as image id and makes a virtual placement of cols × rows cells for the
// placeholders to show (a=T, U=1, quiet). The pixels go as base64 PNG in
// 4 KiB chunks; with passthrough each chunk is wrapped for tmux. Send it
// once, before or with the first frame that shows KittyPlaceholders.
func KittyTransmit(img *image.RGBA, id uint32, cols, rows int, passthrough bool) (string, error) {
	var b strings.Builder
	opts := &kitty.Options{
		Action:           kitty.TransmitAndPut,
		ID:               int(id),
		Format:           kitty.PNG,
		Transmission:     kitty.Direct,
		Quiet:            2,
		VirtualPlacement: true,
		Columns:          cols,
		Rows:             rows,
		Chunk:            true,
	}
	if passthrough {
		opts.ChunkFormatter = ansi.TmuxPassthrough
	}
	if err := kitty.EncodeGraphics(&b, img, opts); err != nil {
		return "", err
	}
	return b.String(), nil
}

// KittyPlaceholders are the text lines that show image id over cols × rows
// cells: U+10EEEE with its row and column diacritics (and a third for the
// id's high byte) in every cell, so any cell redrawn alone still says where
// it belongs, coloured with the id's 256-colour index. Plain text and SGR
// only: they can go in a Bubble Tea View.
func KittyPlaceholders(id uint32, cols, rows int) []string {
	cols, rows = clamp(cols, 0, MaxCells), clamp(rows, 0, MaxCells)
	fg := "\x1b[38;5;" + strconv.Itoa(int(id&0xff)) + "m"
	high := int(id >> 24)
	lines := make([]string, rows)
	var b strings.Builder
	for r := range rows {
		b.Reset()
		b.WriteString(fg)
		for c := range cols {
			b.WriteRune(kitty.Placeholder)
			b.WriteRune(kitty.Diacritic(r))
			b.WriteRune(kitty.Diacritic(c))
			if high > 0 {
				b.WriteRune(kitty.Diacritic(high))
			}
		}
		b.WriteString("\x1b[39m")
		lines[r] = b.String()
	}
	return lines
}

// KittyDelete is the out-of-band sequence that removes image id and frees
// its data in the terminal (a=d, d=I, quiet).
func KittyDelete(id uint32, passthrough bool) string {
	o := kitty.Options{Action: kitty.Delete, Delete: kitty.DeleteID, DeleteResources: true, ID: int(id), Quiet: 2}
	seq := ansi.KittyGraphics(nil, o.Options()...)
	if passthrough {
		return ansi.TmuxPassthrough(seq)
	}
	return seq
}
