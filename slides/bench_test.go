package slides

import (
	"fmt"
	"image"
	"testing"
	"time"
)

// BenchmarkHalfBlocksScreen draws a screen's worth of slides: three 16:9
// slides in 80×20-cell boxes as half-blocks, from images already decoded
// and scaled (encode only), and from the Drawer's cache (what a redraw at
// the same width costs).
func BenchmarkHalfBlocksScreen(b *testing.B) {
	box := Box{Cols: 80, Rows: 20}
	var scaled [3]*image.RGBA
	var decoded [3]image.Image
	for i := range scaled {
		decoded[i] = slideImage(1920, 1080, i+1)
		fit := FitImage(1920, 1080, box, Blocks)
		scaled[i] = Scale(decoded[i], fit.Width, fit.Height)
	}
	b.Run("encode", func(b *testing.B) {
		for b.Loop() {
			for _, img := range scaled {
				HalfBlocks(img)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/screen")
	})
	b.Run("cached", func(b *testing.B) {
		d := NewDrawer(DrawerOptions{Protocol: Blocks})
		for i, img := range decoded {
			d.Draw(fmt.Sprint(i), img, box)
		}
		for b.Loop() {
			for i := range decoded {
				d.Draw(fmt.Sprint(i), nil, box)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1e6/float64(b.N), "ms/screen")
	})
}

// BenchmarkDecodeAndScale decodes a 1920×1080 slide and scales it for an
// 80×20-cell box, as kitty pixels (711×400) and as half-blocks (71×40);
// "none" is the decoding alone.
func BenchmarkDecodeAndScale(b *testing.B) {
	src := slideImage(1920, 1080, 2)
	for _, format := range []string{"png", "jpeg"} {
		data := encodePNG(b, src)
		if format == "jpeg" {
			data = encodeJPEG(b, src)
		}
		for _, p := range []Protocol{None, Kitty, Blocks} {
			b.Run(format+"/"+p.String(), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					img, err := DecodeBytes(data, DefaultLimits)
					if err != nil {
						b.Fatal(err)
					}
					if p != None {
						fit := FitImage(1920, 1080, Box{Cols: 80, Rows: 20}, p)
						Scale(img, fit.Width, fit.Height)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/slide")
			})
		}
	}
}

// BenchmarkEncode is each protocol's encoding of one slide scaled for an
// 80×20-cell box (done once per slide and box, in the background).
func BenchmarkEncode(b *testing.B) {
	fit := FitImage(1920, 1080, Box{Cols: 80, Rows: 20}, Kitty)
	img := Scale(slideImage(1920, 1080, 3), fit.Width, fit.Height)
	encoders := map[string]func() error{
		"kitty": func() error { _, err := KittyTransmit(img, 1, fit.Cols, fit.Rows, false); return err },
		"sixel": func() error { _, err := SixelSequence(img); return err },
		"iterm": func() error { _, err := ITermSequence(img, fit.Cols, fit.Rows); return err },
	}
	for _, name := range []string{"kitty", "sixel", "iterm"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := encoders[name](); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/slide")
		})
	}
}

// BenchmarkFingerprint is the perceptual hash of a 1920×1080 slide.
func BenchmarkFingerprint(b *testing.B) {
	img := slideImage(1920, 1080, 1)
	start := time.Now()
	for b.Loop() {
		FingerprintOf(img)
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(b.N), "ms/slide")
}
