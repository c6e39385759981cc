package slides

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/png"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/ansi/iterm2"
)

// ITermSequence is the OSC 1337 File= sequence that draws img at the cursor over
// cols × rows cells (aspect kept by the terminal). The file sent is a PNG
// encoded here from the pixels, never the original file, and it has no
// name.
func ITermSequence(img *image.RGBA, cols, rows int) (string, error) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return "", err
	}
	content := make([]byte, base64.StdEncoding.EncodedLen(buf.Len()))
	base64.StdEncoding.Encode(content, buf.Bytes())
	return ansi.ITerm2(iterm2.File{
		Size:    int64(buf.Len()),
		Width:   iterm2.Cells(cols),
		Height:  iterm2.Cells(rows),
		Inline:  true,
		Content: content,
	}), nil
}
