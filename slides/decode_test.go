package slides

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"os"
	"runtime"
	"testing"
)

// pngBomb is a PNG whose header declares w×h pixels of RGB, followed by a
// small IDAT that would inflate to all of them.
func pngBomb(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(kind string, data []byte) {
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		b.WriteString(kind)
		b.Write(data)
		crc := crc32.NewIEEE()
		crc.Write([]byte(kind))
		crc.Write(data)
		binary.Write(&b, binary.BigEndian, crc.Sum32())
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 2 // 8-bit RGB
	chunk("IHDR", ihdr)
	chunk("IDAT", []byte{0x78, 0x9c, 0xed, 0xc1, 0x01, 0x0d, 0x00, 0x00, 0x00, 0xc2, 0xa0, 0xf7, 0x4f, 0x6d, 0x0e, 0x37, 0xa0, 0x00, 0x00})
	chunk("IEND", nil)
	return b.Bytes()
}

func TestDecodeRefusesBombBeforeDecoding(t *testing.T) {
	bombs := map[string][]byte{
		"png 60000×60000": pngBomb(60000, 60000),
		"gif 60000×60000": append([]byte("GIF89a\x60\xea\x60\xea\x00\x00\x00"), 0x3b),
	}
	for name, data := range bombs {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			img, err := DecodeBytes(data, DefaultLimits)
			runtime.ReadMemStats(&after)
			if img != nil || Reason(err) != ReasonTooLarge {
				t.Fatalf("DecodeBytes = %v, %v; want reason too-large", img, err)
			}
			// Decoding 3.6 gigapixels would allocate gigabytes; the header
			// check allocates next to nothing.
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
				t.Errorf("refusing the bomb allocated %d bytes", grew)
			}
		})
	}
}

func TestDecodeReasons(t *testing.T) {
	small := slideImage(64, 36, 1)
	good := encodePNG(t, small)
	tests := []struct {
		name string
		data []byte
		lim  Limits
		want string
	}{
		{"html", []byte("<!DOCTYPE html><html><body>404</body></html>"), DefaultLimits, ReasonNotImage},
		{"empty", nil, DefaultLimits, ReasonNotImage},
		{"bmp is not taken", append([]byte("BM"), make([]byte, 60)...), DefaultLimits, ReasonNotImage},
		{"truncated png", good[:len(good)/2], DefaultLimits, ReasonCorrupt},
		{"header only", good[:40], DefaultLimits, ReasonCorrupt},
		{"zero size", pngBomb(0, 10), DefaultLimits, ReasonCorrupt},
		{"too many bytes", good, Limits{MaxBytes: 100}, ReasonTooLarge},
		{"too many pixels", good, Limits{MaxPixels: 64*36 - 1}, ReasonTooLarge},
		{"exactly the pixel cap", good, Limits{MaxPixels: 64 * 36}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, err := DecodeBytes(tt.data, tt.lim)
			if got := Reason(err); got != tt.want {
				t.Fatalf("reason %q (%v), want %q", got, err, tt.want)
			}
			if (img == nil) != (tt.want != "") {
				t.Errorf("image %v with error %v", img != nil, err)
			}
		})
	}
}

func TestDecodeFormats(t *testing.T) {
	src := slideImage(64, 36, 2)
	var gifBuf bytes.Buffer
	if err := gif.Encode(&gifBuf, src, nil); err != nil {
		t.Fatal(err)
	}
	webp, err := os.ReadFile("testdata/four-by-two.webp") // made with cwebp -lossless from a 4×2 PNG
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"png": encodePNG(t, src), "jpeg": encodeJPEG(t, src), "gif": gifBuf.Bytes(), "webp": webp} {
		img, err := Decode(bytes.NewReader(data), Limits{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		want := image.Pt(64, 36)
		if name == "webp" {
			want = image.Pt(4, 2)
		}
		if img.Bounds().Size() != want {
			t.Errorf("%s: size %v, want %v", name, img.Bounds().Size(), want)
		}
	}
	img, _ := DecodeBytes(webp, DefaultLimits)
	wantColours := []color.NRGBA{{255, 0, 0, 255}, {0, 255, 0, 255}, {0, 0, 255, 255}, {255, 255, 255, 255}, {0, 0, 0, 255}, {255, 255, 0, 255}, {0, 255, 255, 255}, {255, 0, 255, 255}}
	for i, want := range wantColours {
		if got := color.NRGBAModel.Convert(img.At(i%4, i/4)); got != want {
			t.Errorf("webp pixel %d = %v, want %v", i, got, want)
		}
	}
}
