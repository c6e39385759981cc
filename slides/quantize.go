package slides

import (
	"image"
	"image/color"
	"slices"
)

// transparentIndex marks a pixel that is not drawn.
const transparentIndex = -1

// paletted is an image reduced to at most 256 colours: one palette index per
// pixel (transparentIndex for a transparent pixel), row by row.
type paletted struct {
	w, h    int
	index   []int16
	palette []color.RGBA
}

// colourKey is a colour at 6 bits a channel, about the precision of sixel's
// percent colours.
type colourKey uint32

func keyOf(c rgb) colourKey {
	return colourKey(c.r>>2)<<12 | colourKey(c.g>>2)<<6 | colourKey(c.b>>2)
}

// bucket is the pixels of one colourKey: their count and channel sums.
type bucket struct {
	n, r, g, b int
}

func (k *bucket) add(c rgb) {
	k.n, k.r, k.g, k.b = k.n+1, k.r+int(c.r), k.g+int(c.g), k.b+int(c.b)
}

// histogram is the buckets of an image's opaque pixels.
type histogram map[colourKey]*bucket

// quantize reduces img to at most max colours, deterministically: the
// colours of the image (to 6 bits a channel) when there are few, so a
// slide's flat areas stay flat, else a median cut of the colour histogram
// weighted by pixel count. Transparent pixels (alpha below one half) get
// transparentIndex.
func quantize(img *image.RGBA, maxColours int) *paletted {
	b := img.Bounds()
	q := &paletted{w: b.Dx(), h: b.Dy(), index: make([]int16, b.Dx()*b.Dy())}
	hist := histogram{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if c := pixelAt(img, x, y); c.ok {
				k := keyOf(c)
				if hist[k] == nil {
					hist[k] = &bucket{}
				}
				hist[k].add(c)
			}
		}
	}
	keys := make([]colourKey, 0, len(hist))
	for k := range hist {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	boxes := make([]colourBox, len(keys))
	for i, k := range keys {
		boxes[i] = colourBox{k}
	}
	if len(keys) > maxColours {
		boxes = medianCut(keys, hist, maxColours)
	}
	lookup := make(map[colourKey]int16, len(keys))
	for i, box := range boxes {
		q.palette = append(q.palette, box.mean(hist))
		for _, k := range box {
			lookup[k] = int16(i)
		}
	}
	i := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if c := pixelAt(img, x, y); c.ok {
				q.index[i] = lookup[keyOf(c)]
			} else {
				q.index[i] = transparentIndex
			}
			i++
		}
	}
	return q
}

// colourBox is a set of histogram colours that share one palette entry.
type colourBox []colourKey

// medianCut splits the colours into n boxes: each time the box with the
// largest channel range times pixel count (a box of many pixels that still
// spans a wide range of colour) is cut in two along that channel at the
// pixel-weighted median.
func medianCut(keys []colourKey, hist histogram, n int) []colourBox {
	boxes := []colourBox{keys}
	weight := func(b colourBox) int {
		w := 0
		for _, k := range b {
			w += hist[k].n
		}
		return w
	}
	for len(boxes) < n {
		best, bestScore, bestWeight := -1, 0, 0
		for i, b := range boxes {
			if len(b) < 2 {
				continue
			}
			w := weight(b)
			_, span := widestChannel(b)
			if score := w * span; score > bestScore {
				best, bestScore, bestWeight = i, score, w
			}
		}
		if best < 0 {
			break
		}
		b := boxes[best]
		shift, _ := widestChannel(b)
		slices.SortStableFunc(b, func(x, y colourKey) int { return int(x>>shift&63) - int(y>>shift&63) })
		cut, sum := 1, hist[b[0]].n
		for cut < len(b)-1 && sum+hist[b[cut]].n <= bestWeight/2 {
			sum += hist[b[cut]].n
			cut++
		}
		boxes[best] = b[:cut:cut]
		boxes = append(boxes, b[cut:])
	}
	return boxes
}

// widestChannel is the bit shift (12 red, 6 green, 0 blue) of the channel
// with the largest range in b, and that range.
func widestChannel(b colourBox) (shift uint, span int) {
	bestShift, bestRange := uint(0), -1
	for _, shift := range []uint{12, 6, 0} {
		lo, hi := 63, 0
		for _, k := range b {
			v := int(k >> shift & 63)
			lo, hi = min(lo, v), max(hi, v)
		}
		if hi-lo > bestRange {
			bestShift, bestRange = shift, hi-lo
		}
	}
	return bestShift, bestRange
}

// mean is the pixel-weighted mean colour of the box.
func (b colourBox) mean(hist histogram) color.RGBA {
	var sum bucket
	for _, k := range b {
		h := hist[k]
		sum.n, sum.r, sum.g, sum.b = sum.n+h.n, sum.r+h.r, sum.g+h.g, sum.b+h.b
	}
	return color.RGBA{uint8(sum.r / sum.n), uint8(sum.g / sum.n), uint8(sum.b / sum.n), 255}
}
