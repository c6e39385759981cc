package slides

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color"
	"image/png"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

func TestSixelGolden(t *testing.T) {
	seq, err := SixelSequence(tinyImage())
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, seq)
}

// decodeSixel is a reference sixel decoder for the subset SixelSequence
// writes (x/ansi/sixel's Decoder drops the sixel after a repeat).
func decodeSixel(t *testing.T, s string) *image.RGBA {
	t.Helper()
	num := func() int {
		n, i := 0, 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			n = n*10 + int(s[i]-'0')
			i++
		}
		if i == 0 {
			t.Fatalf("number expected at %q", s[:min(len(s), 10)])
		}
		s = s[i:]
		return n
	}
	expect := func(c byte) {
		if s == "" || s[0] != c {
			t.Fatalf("%q expected at %q", c, s[:min(len(s), 10)])
		}
		s = s[1:]
	}
	expect('"')
	num()
	expect(';')
	num()
	expect(';')
	img := image.NewRGBA(image.Rect(0, 0, num(), func() int { expect(';'); return num() }()))
	palette := map[int]color.RGBA{}
	var cur color.RGBA
	x, band := 0, 0
	for s != "" {
		c := s[0]
		s = s[1:]
		count := 1
		switch {
		case c == '#':
			idx := num()
			if strings.HasPrefix(s, ";2;") {
				s = s[3:]
				r := num()
				expect(';')
				g := num()
				expect(';')
				b := num()
				palette[idx] = color.RGBA{uint8(r * 255 / 100), uint8(g * 255 / 100), uint8(b * 255 / 100), 255}
				continue
			}
			var ok bool
			if cur, ok = palette[idx]; !ok {
				t.Fatalf("colour %d used before it is defined", idx)
			}
			continue
		case c == '$':
			x = 0
			continue
		case c == '-':
			x, band = 0, band+1
			continue
		case c == '!':
			count = num()
			c, s = s[0], s[1:]
		}
		if c < '?' || c > '~' {
			t.Fatalf("unexpected byte %q", c)
		}
		for range count {
			for bit := range 6 {
				if (c-'?')&(1<<bit) != 0 {
					img.SetRGBA(x, band*6+bit, cur)
				}
			}
			x++
		}
	}
	return img
}

// TestSixelRoundTrip decodes the sixel stream of a slide back and compares
// it with the image, allowing for sixel's percent colour steps.
func TestSixelRoundTrip(t *testing.T) {
	img := Scale(slideImage(1280, 720, 4), 160, 90)
	seq, err := SixelSequence(img)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(seq, "\x1bP0;1q") || !strings.HasSuffix(seq, "\x1b\\") || strings.Count(seq, "\x1b") != 2 {
		t.Fatalf("not one DCS sequence: %q…", seq[:min(len(seq), 40)])
	}
	back := decodeSixel(t, seq[len("\x1bP0;1q"):len(seq)-2])
	if back.Bounds().Dx() != 160 || back.Bounds().Dy() < 90 {
		t.Fatalf("decoded size %v", back.Bounds())
	}
	// The slide's flat colours come back exact but for sixel's percent
	// steps; the gradient panel has thousands of colours, quantized to the
	// 256 a sixel palette holds, so there only the mean error is bounded.
	panel := image.Rect(96, 22, 144, 72)
	flatWorst, panelSum, panelN := 0, 0, 0
	for y := range 90 {
		for x := range 160 {
			r1, g1, b1, _ := img.At(x, y).RGBA()
			r2, g2, b2, _ := back.At(x, y).RGBA()
			d := max(abs(int(r1>>8)-int(r2>>8)), abs(int(g1>>8)-int(g2>>8)), abs(int(b1>>8)-int(b2>>8)))
			if image.Pt(x, y).In(panel) {
				panelSum, panelN = panelSum+d, panelN+1
			} else {
				flatWorst = max(flatWorst, d)
			}
		}
	}
	if flatWorst > 4 {
		t.Errorf("a flat-coloured pixel is off by %d of 255", flatWorst)
	}
	if mean := float64(panelSum) / float64(panelN); mean > 8 {
		t.Errorf("gradient pixels are off by %.1f of 255 on average", mean)
	}
}

func abs(v int) int { return max(v, -v) }

var itermSeq = regexp.MustCompile(`^\x1b\]1337;File=size=(\d+);width=(\d+);height=(\d+);inline=1:([A-Za-z0-9+/=]+)\x07$`)

func TestITermSequence(t *testing.T) {
	img := Scale(slideImage(1280, 720, 2), 200, 113)
	seq, err := ITermSequence(img, 20, 6)
	if err != nil {
		t.Fatal(err)
	}
	m := itermSeq.FindStringSubmatch(seq)
	if m == nil {
		t.Fatalf("not an OSC 1337 File= sequence: %q…", seq[:min(len(seq), 60)])
	}
	if m[2] != "20" || m[3] != "6" {
		t.Errorf("width %s height %s, want 20 and 6 cells", m[2], m[3])
	}
	data, err := base64.StdEncoding.DecodeString(m[4])
	if err != nil {
		t.Fatal(err)
	}
	if strconv.Itoa(len(data)) != m[1] {
		t.Errorf("size=%s but %d bytes sent", m[1], len(data))
	}
	back, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if !sameRGBA(img, back) {
		t.Error("the sent PNG has other pixels than the image")
	}
}
