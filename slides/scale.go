package slides

import (
	"image"

	"golang.org/x/image/draw"
)

// Scale returns img resized to exactly w×h pixels (at least 1×1) as RGBA,
// alpha kept. It uses x/image/draw's approximate bilinear filter, which has
// fast paths for the RGBA, NRGBA, YCbCr and paletted images the decoders
// return; a slide shrunk to a reading pane looks the same with a costlier
// kernel.
func Scale(img image.Image, w, h int) *image.RGBA {
	w, h = max(w, 1), max(h, 1)
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	if img.Bounds().Dx() == w && img.Bounds().Dy() == h {
		draw.Draw(dst, dst.Bounds(), img, img.Bounds().Min, draw.Src)
		return dst
	}
	draw.ApproxBiLinear.Scale(dst, dst.Bounds(), img, img.Bounds(), draw.Src, nil)
	return dst
}
