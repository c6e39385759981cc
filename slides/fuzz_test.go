package slides

import (
	"bytes"
	"image/color"
	"image/gif"
	"os"
	"testing"
)

// FuzzDecode feeds the decoder entry point arbitrary bytes: it must never
// panic, must answer an image or an error with a reason, and an image it
// answers stays within the limits and draws.
func FuzzDecode(f *testing.F) {
	small := slideImage(32, 18, 1)
	f.Add(encodePNG(f, small))
	f.Add(encodeJPEG(f, small))
	var g bytes.Buffer
	gif.Encode(&g, small, nil)
	f.Add(g.Bytes())
	if webp, err := os.ReadFile("testdata/four-by-two.webp"); err == nil {
		f.Add(webp)
	}
	f.Add(pngBomb(60000, 60000))
	f.Add([]byte("<html>"))
	lim := Limits{MaxBytes: 1 << 20, MaxPixels: 1 << 20}
	f.Fuzz(func(t *testing.T, data []byte) {
		img, err := DecodeBytes(data, lim)
		if err != nil {
			if img != nil || Reason(err) == ReasonError {
				t.Fatalf("error without a reason, or with an image: %v", err)
			}
			return
		}
		b := img.Bounds()
		if int64(b.Dx())*int64(b.Dy()) > lim.MaxPixels {
			t.Fatalf("decoded %v past the pixel limit", b)
		}
		_ = color.RGBAModel.Convert(img.At(b.Min.X, b.Min.Y))
		HalfBlocks(Scale(img, 8, 8))
	})
}
