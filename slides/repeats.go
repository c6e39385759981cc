package slides

import (
	"image"

	"github.com/corona10/goimagehash"
	"golang.org/x/image/draw"
)

// RepeatDistance is the largest Hamming distance between two slides'
// fingerprints (of 256 bits) at which the second is taken for the first
// re-captured: video frames of one slide differ by compression noise and a
// moving pointer, while the next slide of the same template changes its
// text and lands well past it (see TestRepeats).
const RepeatDistance = 24

// hashSide is the side of the square the image is shrunk to before hashing:
// goimagehash's 16×16 perceptual hash works on 256×256 pixels.
const hashSide = 256

// Fingerprint is a perceptual hash of an image (goimagehash's 256-bit
// pHash): close images have close fingerprints. The zero Fingerprint stands
// for an image that could not be had.
type Fingerprint struct {
	bits []uint64
}

// FingerprintOf is img's fingerprint. It shrinks img first with a true
// bilinear filter, so a large slide costs a few milliseconds.
func FingerprintOf(img image.Image) Fingerprint {
	if img == nil || img.Bounds().Empty() {
		return Fingerprint{}
	}
	small := image.NewRGBA(image.Rect(0, 0, hashSide, hashSide))
	draw.BiLinear.Scale(small, small.Bounds(), img, img.Bounds(), draw.Src, nil)
	h, err := goimagehash.ExtPerceptionHash(small, 16, 16)
	if err != nil {
		return Fingerprint{}
	}
	return Fingerprint{bits: h.GetHash()}
}

// Valid says whether f is the fingerprint of an image.
func (f Fingerprint) Valid() bool { return len(f.bits) > 0 }

// Distance is the number of bits in which f and g differ, or -1 when either
// is not valid.
func (f Fingerprint) Distance(g Fingerprint) int {
	if !f.Valid() || !g.Valid() || len(f.bits) != len(g.bits) {
		return -1
	}
	a := goimagehash.NewExtImageHash(f.bits, goimagehash.PHash, 64*len(f.bits))
	b := goimagehash.NewExtImageHash(g.bits, goimagehash.PHash, 64*len(g.bits))
	d, err := a.Distance(b)
	if err != nil {
		return -1
	}
	return d
}

// Repeats says, for a talk's images in order, which are the previous slide
// again: repeat[i] is true when image i is within maxDistance of the last
// image before it that is drawn (not itself a repeat), so a slow drift
// through near-identical frames still ends in a new picture. An image that
// could not be had (zero Fingerprint) is never a repeat and breaks the run.
func Repeats(fps []Fingerprint, maxDistance int) []bool {
	repeat := make([]bool, len(fps))
	last := -1 // the last drawn image
	for i, f := range fps {
		if !f.Valid() {
			last = -1
			continue
		}
		if last >= 0 {
			if d := fps[last].Distance(f); d >= 0 && d <= maxDistance {
				repeat[i] = true
				continue
			}
		}
		last = i
	}
	return repeat
}
