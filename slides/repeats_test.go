package slides

import (
	"image"
	"image/color"
	"testing"
)

// TestRepeats: a talk's images in order, with re-captures of one slide, a
// slide of the same template with one more line, and a missing image.
func TestRepeats(t *testing.T) {
	a := slideImage(1280, 720, 1)
	oneMoreLine := slideImage(1280, 720, 1)
	fill(oneMoreLine, image.Rect(80, 600, 600, 640), color.RGBA{40, 40, 40, 255})
	b := slideImage(1280, 720, 2)
	images := []image.Image{
		a,                          // 0 drawn
		recaptured(t, a, 300, 400), // 1 the same slide, JPEG noise and a pointer
		recaptured(t, a, 900, 200), // 2 again, the pointer elsewhere
		Scale(a, 960, 540),         // 3 again, captured smaller
		oneMoreLine,                // 4 a build step: new content
		b,                          // 5 another slide
		nil,                        // 6 could not be fetched
		recaptured(t, b, 10, 10),   // 7 b again, but after a gap: drawn
		recaptured(t, b, 20, 20),   // 8 a repeat of 7
	}
	fps := make([]Fingerprint, len(images))
	for i, img := range images {
		fps[i] = FingerprintOf(img)
	}
	got := Repeats(fps, RepeatDistance)
	want := []bool{false, true, true, true, false, false, false, false, true}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("image %d: repeat %v, want %v (distance to previous %d)", i, got[i], want[i], fps[i].Distance(fps[max(i-1, 0)]))
		}
	}
	if d := fps[0].Distance(fps[4]); d <= RepeatDistance {
		t.Errorf("one more line is at distance %d, within RepeatDistance %d", d, RepeatDistance)
	}
	if fps[6].Valid() || fps[6].Distance(fps[0]) != -1 {
		t.Error("a missing image should have no fingerprint")
	}
}

// TestRepeatsAgainstLastDrawn: a slow drift is compared with the picture on
// screen, not the previous hidden frame, so it ends in a new picture.
func TestRepeatsAgainstLastDrawn(t *testing.T) {
	fp := func(bits uint64) Fingerprint { return Fingerprint{bits: []uint64{bits, 0, 0, 0}} }
	// Each step flips 3 more bits; after 3 steps the drift is 9 bits.
	steps := []Fingerprint{fp(0), fp(0b111), fp(0b111111), fp(0b111111111)}
	got := Repeats(steps, 6)
	want := []bool{false, true, true, false}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("step %d: repeat %v, want %v", i, got[i], want[i])
		}
	}
}
