package slides

import (
	"image"
	"runtime"
	"sync"

	"golang.org/x/image/draw"
)

// minStrip is the fewest destination rows worth a goroutine of their own.
const minStrip = 32

// Scale returns img resized to exactly w×h pixels (at least 1×1) as RGBA,
// alpha kept. It uses x/image/draw's approximate bilinear filter, which has
// fast paths for the RGBA, NRGBA, YCbCr and paletted images the decoders
// return (a slide shrunk to a reading pane looks the same with a costlier
// kernel), in horizontal strips on all cores: x/image/draw clips to the
// destination's bounds, so each strip of one destination image is the same
// mapping.
func Scale(img image.Image, w, h int) *image.RGBA {
	w, h = max(w, 1), max(h, 1)
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	sb := img.Bounds()
	if sb.Dx() == w && sb.Dy() == h {
		draw.Draw(dst, dst.Bounds(), img, sb.Min, draw.Src)
		return dst
	}
	strips := min(runtime.GOMAXPROCS(0), h/minStrip)
	if strips <= 1 {
		draw.ApproxBiLinear.Scale(dst, dst.Bounds(), img, sb, draw.Src, nil)
		return dst
	}
	var wg sync.WaitGroup
	for i := range strips {
		part := image.Rect(0, h*i/strips, w, h*(i+1)/strips)
		wg.Go(func() {
			draw.ApproxBiLinear.Scale(dst.SubImage(part).(*image.RGBA), dst.Bounds(), img, sb, draw.Src, nil)
		})
	}
	wg.Wait()
	return dst
}
