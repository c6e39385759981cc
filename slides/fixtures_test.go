package slides

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"
)

// slideImage is a synthetic slide of w×h: a white page, a dark title bar,
// text-like bars whose lengths depend on text, and a photo-like gradient
// panel. Slides with the same template and other text differ in their bars.
func slideImage(w, h int, text int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	fill(img, img.Bounds(), color.RGBA{250, 250, 250, 255})
	fill(img, image.Rect(0, 0, w, h/8), color.RGBA{20, 40, 110, 255})
	fill(img, image.Rect(w/16, h/32, w/16+w*(3+text%4)/10, h/12), color.RGBA{240, 240, 240, 255})
	lineH := h / 18
	for i := range 8 {
		y := h/5 + i*2*lineH
		length := w / 10 * (2 + (text*7+i*3)%4)
		fill(img, image.Rect(w/16, y, w/16+length, y+lineH), color.RGBA{40, 40, 40, 255})
	}
	panel := image.Rect(w*6/10, h/4, w*9/10, h*8/10)
	for y := panel.Min.Y; y < panel.Max.Y; y++ {
		for x := panel.Min.X; x < panel.Max.X; x++ {
			img.SetRGBA(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), uint8((x + y) % 256), 255})
		}
	}
	return img
}

// recaptured is img as a video frame of it again: JPEG at quality 60 and a
// pointer dot at (x, y).
func recaptured(t testing.TB, img image.Image, x, y int) image.Image {
	t.Helper()
	c := image.NewRGBA(img.Bounds())
	copy(c.Pix, img.(*image.RGBA).Pix)
	r := img.Bounds().Dx() / 100
	fill(c, image.Rect(x-r, y-r, x+r, y+r), color.RGBA{255, 0, 0, 255})
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, c, &jpeg.Options{Quality: 60}); err != nil {
		t.Fatal(err)
	}
	out, err := jpeg.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetRGBA(x, y, c)
		}
	}
}

func encodePNG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func encodeJPEG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// tinyImage is the 3×3 fixture of the golden tests: opaque primaries, a
// transparent pixel, one half-transparent and one three-quarter opaque.
func tinyImage() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 3, 3))
	img.Set(0, 0, color.NRGBA{255, 0, 0, 255})
	img.Set(1, 0, color.NRGBA{0, 255, 0, 255})
	img.Set(2, 0, color.NRGBA{0, 0, 0, 0})
	img.Set(0, 1, color.NRGBA{0, 0, 255, 255})
	img.Set(1, 1, color.NRGBA{9, 9, 9, 0x40})
	img.Set(2, 1, color.NRGBA{255, 255, 255, 255})
	img.Set(0, 2, color.NRGBA{0, 0, 0, 255})
	img.Set(1, 2, color.NRGBA{255, 255, 0, 255})
	img.Set(2, 2, color.NRGBA{200, 100, 50, 0xc0})
	return img
}

func rgbaOf(r, g, b uint8) color.RGBA { return color.RGBA{r, g, b, 255} }

// noiseImage is w×h opaque pixels of deterministic noise.
func noiseImage(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	x := uint32(2463534242)
	for i := range img.Pix {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		img.Pix[i] = uint8(x)
		if i%4 == 3 {
			img.Pix[i] = 0xff
		}
	}
	return img
}
