package slides

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"hash/crc32"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestDrawerCachesPerBox(t *testing.T) {
	d := NewDrawer(DrawerOptions{Protocol: Blocks})
	img := slideImage(1280, 720, 1)
	box := Box{Cols: 80, Rows: 20}
	p1, err := d.Draw("a", img, box)
	if err != nil || p1 == nil {
		t.Fatal(p1, err)
	}
	if p1.Cols != 71 || p1.Rows != 20 || len(p1.Lines) != 20 {
		t.Errorf("picture %d×%d with %d lines", p1.Cols, p1.Rows, len(p1.Lines))
	}
	if p2, _ := d.Draw("a", nil, box); p2 != p1 {
		t.Error("the same key and box should come from the cache, image or not")
	}
	if d.Cached("a", Box{Cols: 40, Rows: 20}) != nil {
		t.Error("another box size is another picture")
	}
	if p3, _ := d.Draw("a", img, Box{Cols: 40, Rows: 20}); p3 == p1 || p3.Cols != 40 {
		t.Errorf("a 40-column box gave %d columns", p3.Cols)
	}
	if _, err := d.Draw("b", nil, box); err == nil {
		t.Error("drawing no image should fail")
	}
	if p, err := NewDrawer(DrawerOptions{Protocol: None}).Draw("a", img, box); p != nil || err != nil {
		t.Errorf("None draws nothing: %v, %v", p, err)
	}
}

func TestDrawerKittyOutOfBand(t *testing.T) {
	d := NewDrawer(DrawerOptions{Protocol: Kitty, MaxBytes: 1})
	img := slideImage(320, 180, 1)
	box := Box{Cols: 20, Rows: 5}
	a, _ := d.Draw("a", img, box)
	if got := d.OutOfBand(a); got != a.Transmit || !strings.HasPrefix(got, "\x1b_G") {
		t.Fatalf("first OutOfBand should be the transmit, got %q…", got[:min(len(got), 30)])
	}
	if got := d.OutOfBand(a); got != "" {
		t.Errorf("second OutOfBand should be empty, got %q…", got[:min(len(got), 30)])
	}
	d.Forget()
	if got := d.OutOfBand(a); got != a.Transmit {
		t.Error("after Forget the transmit goes again")
	}
	// MaxBytes 1 keeps one picture: drawing b evicts a, which was sent, so
	// b's out-of-band bytes start by deleting a in the terminal.
	b, _ := d.Draw("b", slideImage(320, 180, 2), box)
	if b.ID == a.ID {
		t.Fatal("two pictures share a kitty id")
	}
	if got := d.OutOfBand(b); !strings.HasPrefix(got, KittyDelete(a.ID, false)+b.Transmit) {
		t.Errorf("OutOfBand after eviction = %q…", got[:min(len(got), 60)])
	}
	if d.Cached("a", box) != nil {
		t.Error("a should have been evicted")
	}
	if got := d.OutOfBand(&Picture{Protocol: Blocks}); got != "" {
		t.Error("half-blocks have nothing out of band")
	}
}

func TestPictureAtAndInline(t *testing.T) {
	img := slideImage(320, 180, 1)
	box := Box{Cols: 20, Rows: 8}
	for _, p := range []Protocol{Blocks, Kitty, Sixel, ITerm} {
		pic, err := NewDrawer(DrawerOptions{Protocol: p}).Draw("a", img, box)
		if err != nil {
			t.Fatal(p, err)
		}
		for i, l := range pic.Lines {
			if w := ansi.StringWidth(l); w != pic.Cols {
				t.Errorf("%v line %d is %d cells, want %d", p, i, w, pic.Cols)
			}
		}
		inline := pic.Inline()
		switch p {
		case Sixel, ITerm:
			if got := pic.At(3, 4); got != "\x1b7\x1b[4;5H"+pic.Sequence+"\x1b8" {
				t.Errorf("%v At(3, 4) = %q…", p, got[:20])
			}
			if !strings.HasPrefix(inline, strings.Repeat("\n", pic.Rows)) || strings.Count(ansi.Strip(inline), "\n") != pic.Rows {
				t.Errorf("%v Inline should make %d lines first", p, pic.Rows)
			}
		default:
			if pic.At(3, 4) != "" {
				t.Errorf("%v has nothing to draw at a cell", p)
			}
			if want := pic.Transmit + strings.Join(pic.Lines, "\n") + "\n"; inline != want {
				t.Errorf("%v Inline is not the transmit and the lines", p)
			}
		}
	}
}

// pngWithText is a valid PNG of img with a tEXt chunk holding text.
func pngWithText(t *testing.T, text string) []byte {
	data := encodePNG(t, slideImage(64, 36, 1))
	var chunk bytes.Buffer
	body := append([]byte("Comment\x00"), text...)
	binary.Write(&chunk, binary.BigEndian, uint32(len(body)))
	chunk.WriteString("tEXt")
	chunk.Write(body)
	binary.Write(&chunk, binary.BigEndian, crc32.ChecksumIEEE(append([]byte("tEXt"), body...)))
	return append(append(append([]byte{}, data[:33]...), chunk.Bytes()...), data[33:]...) // after IHDR
}

var base64Payload = regexp.MustCompile(`[;:]([A-Za-z0-9+/=]+)(?:\x1b\\|\x07)`)

// payloadOf is the decoded base64 payload of kitty chunks or an iTerm file.
func payloadOf(t *testing.T, seq string) []byte {
	var all strings.Builder
	for _, m := range base64Payload.FindAllStringSubmatch(seq, -1) {
		all.WriteString(m[1])
	}
	data, err := base64.StdEncoding.DecodeString(all.String())
	if err != nil {
		t.Fatal(err)
	}
	return data
}

var (
	onlySGR     = regexp.MustCompile(`^(?:[^\x1b\x07\x00-\x1f]|\x1b\[[0-9;]*m)*$`)
	ownSequence = regexp.MustCompile(`^(?:\x1b_G[a-zA-Z0-9=,]*(?:;[A-Za-z0-9+/=]*)?\x1b\\|\x1bP0;1q[^\x1b]*\x1b\\|\x1b\]1337;File=[a-z0-9=;]*:[A-Za-z0-9+/=]*\x07)+$`)
)

// TestNoFileByteReachesTheTerminal: a PNG whose metadata holds escape
// sequences is drawn with every protocol; the lines are text and SGR only,
// the out-of-band bytes only this package's own sequences.
func TestNoFileByteReachesTheTerminal(t *testing.T) {
	hostile := "\x1b]0;pwned\x07\x1b[2J\x1bP+q\x1b\\pwned"
	img, err := DecodeBytes(pngWithText(t, hostile), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []Protocol{Blocks, Kitty, Sixel, ITerm} {
		pic, err := NewDrawer(DrawerOptions{Protocol: p}).Draw("x", img, Box{Cols: 30, Rows: 10})
		if err != nil {
			t.Fatal(p, err)
		}
		for _, l := range pic.Lines {
			if !onlySGR.MatchString(l) {
				t.Errorf("%v: a line holds more than text and SGR: %q", p, l)
			}
		}
		for _, seq := range []string{pic.Transmit, pic.Sequence} {
			if seq != "" && !ownSequence.MatchString(seq) {
				t.Errorf("%v: out-of-band bytes that are not the package's own: %q…", p, seq[:min(len(seq), 80)])
			}
			if strings.Contains(seq, "pwned") || (p != Sixel && bytes.Contains(payloadOf(t, seq), []byte("pwned"))) {
				t.Errorf("%v: the file's text reached the output", p)
			}
		}
	}
}

func TestDrawerRelease(t *testing.T) {
	d := NewDrawer(DrawerOptions{Protocol: Kitty, Passthrough: true})
	a, _ := d.Draw("a", slideImage(64, 36, 1), Box{Cols: 8, Rows: 3})
	b, _ := d.Draw("b", slideImage(64, 36, 2), Box{Cols: 8, Rows: 3})
	d.OutOfBand(a) // only a is sent
	if got := d.Release(); got != KittyDelete(a.ID, true) {
		t.Errorf("Release = %q, want the delete of a alone", got)
	}
	if d.Release() != "" || d.OutOfBand(b) != b.Transmit {
		t.Error("after Release nothing is left to delete, and b is still to send")
	}
}
