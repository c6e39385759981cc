package slides

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/png"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/ansi/kitty"
	"github.com/charmbracelet/x/exp/golden"
)

func TestKittyTransmitGolden(t *testing.T) {
	seq, err := KittyTransmit(tinyImage(), KittyID(1), 2, 1, false)
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, seq)
}

func TestKittyPlaceholdersGolden(t *testing.T) {
	golden.RequireEqual(t, strings.Join(KittyPlaceholders(KittyID(256), 3, 2), "\n"))
}

func TestKittyID(t *testing.T) {
	seen := map[uint32]bool{}
	for n := 1; n <= 255*256; n++ {
		id := KittyID(n)
		if lo := id & 0xff; lo == 0 || id&0x00ffff00 != 0 {
			t.Fatalf("KittyID(%d) = %#x: the low byte must be 1–255 and bits 8–23 clear", n, id)
		}
		if seen[id] {
			t.Fatalf("KittyID(%d) = %#x repeats", n, id)
		}
		seen[id] = true
	}
	if KittyID(255*256+1) != KittyID(1) {
		t.Error("ids should wrap after 65,280")
	}
}

var kittyChunk = regexp.MustCompile(`\x1b_G([^;\x1b]*)(?:;([^\x1b]*))?\x1b\\`)

// TestKittyTransmitRoundTrip reassembles the chunks of a slide big enough to
// need several and decodes the pixels back.
func TestKittyTransmitRoundTrip(t *testing.T) {
	img := noiseImage(120, 60) // incompressible: several 4 KiB chunks
	for _, passthrough := range []bool{false, true} {
		seq, err := KittyTransmit(img, KittyID(7), 40, 12, passthrough)
		if err != nil {
			t.Fatal(err)
		}
		if passthrough {
			seq = unwrapTmux(t, seq)
		}
		chunks := kittyChunk.FindAllStringSubmatch(seq, -1)
		if len(chunks) < 2 || strings.Join(flatten(chunks), "") != seq {
			t.Fatalf("passthrough %v: %d chunks, or bytes outside them", passthrough, len(chunks))
		}
		var opts kitty.Options
		if err := opts.UnmarshalText([]byte(chunks[0][1])); err != nil {
			t.Fatal(err)
		}
		if opts.Action != kitty.TransmitAndPut || !opts.VirtualPlacement || opts.ID != 7 || opts.Columns != 40 || opts.Rows != 12 || opts.Format != kitty.PNG || opts.Quiet != 2 {
			t.Errorf("first chunk options %q", chunks[0][1])
		}
		var payload strings.Builder
		for i, c := range chunks {
			more := i < len(chunks)-1
			if strings.Contains(c[1], "m=1") != more || strings.Contains(c[1], "m=0") == more {
				t.Errorf("chunk %d of %d has options %q", i, len(chunks), c[1])
			}
			payload.WriteString(c[2])
		}
		data, err := base64.StdEncoding.DecodeString(payload.String())
		if err != nil {
			t.Fatal(err)
		}
		back, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if !sameRGBA(img, back) {
			t.Errorf("passthrough %v: the transmitted pixels differ from the image", passthrough)
		}
	}
}

func TestKittyPlaceholderCells(t *testing.T) {
	id := KittyID(300) // 0x0100002d: colour 45, high byte 1 in a third diacritic
	lines := KittyPlaceholders(id, 5, 3)
	for r, line := range lines {
		if w := ansi.StringWidth(line); w != 5 {
			t.Errorf("line %d is %d cells wide, want 5", r, w)
		}
		if !strings.HasPrefix(line, "\x1b[38;5;45m") || !strings.HasSuffix(line, "\x1b[39m") {
			t.Errorf("line %d colours: %q", r, line)
		}
		text := ansi.Strip(line)
		c := 0
		for len(text) > 0 {
			cluster, w := ansi.FirstGraphemeCluster(text, ansi.GraphemeWidth)
			want := string([]rune{kitty.Placeholder, kitty.Diacritic(r), kitty.Diacritic(c), kitty.Diacritic(1)})
			if cluster != want || w != 1 {
				t.Fatalf("cell %d,%d = %q (width %d), want %q", r, c, cluster, w, want)
			}
			text = text[len(cluster):]
			c++
		}
	}
}

func TestKittyDelete(t *testing.T) {
	if got, want := KittyDelete(KittyID(2), false), "\x1b_Gq=2,i=2,d=I,a=d\x1b\\"; got != want {
		t.Errorf("KittyDelete = %q, want %q", got, want)
	}
	if got := KittyDelete(KittyID(2), true); got != "\x1bPtmux;\x1b\x1b_Gq=2,i=2,d=I,a=d\x1b\x1b\\\x1b\\" {
		t.Errorf("KittyDelete with passthrough = %q", got)
	}
}

// unwrapTmux undoes tmux passthrough: every byte must be inside a wrapper.
func unwrapTmux(t *testing.T, s string) string {
	t.Helper()
	var out strings.Builder
	for len(s) > 0 {
		if !strings.HasPrefix(s, "\x1bPtmux;") {
			t.Fatalf("bytes outside passthrough: %q", s[:min(len(s), 20)])
		}
		s = s[len("\x1bPtmux;"):]
		for {
			switch {
			case strings.HasPrefix(s, "\x1b\x1b"):
				out.WriteByte(0x1b)
				s = s[2:]
				continue
			case strings.HasPrefix(s, "\x1b\\"):
				s = s[2:]
			case s == "":
				t.Fatal("unterminated passthrough")
			default:
				if s[0] == 0x1b {
					t.Fatalf("undoubled ESC in passthrough: %q", s[:min(len(s), 20)])
				}
				out.WriteByte(s[0])
				s = s[1:]
				continue
			}
			break
		}
	}
	return out.String()
}

func flatten(matches [][]string) []string {
	out := make([]string, len(matches))
	for i, m := range matches {
		out[i] = m[0]
	}
	return out
}

// sameRGBA says whether b has a's pixels, compared as 8-bit RGBA.
func sameRGBA(a *image.RGBA, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Rect.Min.Y; y < a.Rect.Max.Y; y++ {
		for x := a.Rect.Min.X; x < a.Rect.Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1>>8 != r2>>8 || g1>>8 != g2>>8 || b1>>8 != b2>>8 || a1>>8 != a2>>8 {
				return false
			}
		}
	}
	return true
}
