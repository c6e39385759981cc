// Package slides draws a talk's slide images in the terminal.
//
// # Protocols
//
// A decoded image is fitted to a Box (columns × rows, and the cell's pixel
// size when the terminal has told it, 10×20 otherwise) keeping its aspect
// ratio (FitImage), scaled once (Scale), and encoded for one Protocol into
// a Picture:
//
//   - Kitty: the kitty graphics protocol with Unicode placeholders. The
//     pixels go to the terminal once, out of band (Picture.Transmit, a=T
//     with a virtual placement, U=1), under an image id; the text lines
//     hold U+10EEEE cells, each with its row and column diacritics, in a
//     256-colour foreground that names the id (KittyID). Because the
//     picture is text, it scrolls with the text, survives partial redraws
//     and tmux; in tmux the out-of-band bytes go through DCS passthrough.
//   - Sixel: a DCS sixel image with at most 256 colours, drawn at the
//     cursor (Picture.Sequence, placed with Picture.At); the text lines are
//     blank cells it covers.
//   - ITerm: iTerm2's OSC 1337 File= with a PNG made from the pixels, drawn
//     at the cursor over a given number of cells, like sixel.
//   - Blocks: upper half blocks ▀ with a 24-bit foreground for the top
//     pixel and background for the bottom one: SGR only, so any true-colour
//     terminal shows it, tmux included.
//
// Lines are plain text and SGR only, so they can go in a Bubble Tea View;
// everything else goes out of band (tea.Raw). No byte of an image file
// ever reaches the terminal: only pixels, as base64, sixels or SGR colours.
//
// A Drawer keeps the Pictures per image and box size (a redraw at the same
// width is a map look-up), hands out kitty transmits once (OutOfBand), and
// deletes the terminal's copy of pictures it evicts.
//
// # Decoding
//
// Decode and DecodeBytes take PNG, JPEG, GIF and WebP within Limits: the
// header is read first, so a file declaring 60,000 × 60,000 pixels is
// refused before any pixel is decoded. Failures carry a one-word reason
// (Reason: "too-large", "not-image", "corrupt", …) to show next to a link.
//
// # Repeats
//
// Talks often show one slide in several re-captured frames. FingerprintOf
// is a perceptual hash; Repeats says which images of a talk are the slide
// last drawn again, so the reader draws each slide once.
//
// Fetching (local files and http(s) with an on-disk cache) is in
// talks/slides/fetch; asking the terminal which protocol it has is in
// talks/slides/detect.
package slides
