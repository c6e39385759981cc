package slides

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"io"

	// The formats a slide may come in; nothing else is decoded.
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"

	_ "golang.org/x/image/webp"
)

// Limits bound what Decode accepts, so that a hostile file costs little.
type Limits struct {
	// MaxBytes is the largest encoded file, in bytes.
	MaxBytes int64
	// MaxPixels is the most pixels (width × height) a header may declare;
	// the check comes before any pixel is decoded, so memory stays within
	// about MaxPixels × 8 bytes whatever the file claims.
	MaxPixels int64
}

// DefaultLimits are 32 MiB of file and 40 megapixels: far above a 4K slide,
// far below a decompression bomb.
var DefaultLimits = Limits{MaxBytes: 32 << 20, MaxPixels: 40_000_000}

// withDefaults fills a zero field from DefaultLimits.
func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultLimits.MaxBytes
	}
	if l.MaxPixels <= 0 {
		l.MaxPixels = DefaultLimits.MaxPixels
	}
	return l
}

// decodable are the formats Decode accepts, by image.RegisterFormat name.
var decodable = map[string]bool{"png": true, "jpeg": true, "gif": true, "webp": true}

// Decode reads one PNG, JPEG, GIF (its first frame) or WebP image from r,
// reading at most lim.MaxBytes+1 bytes. Errors carry a reason: too-large
// (file or declared pixels), not-image, corrupt.
func Decode(r io.Reader, lim Limits) (image.Image, error) {
	lim = lim.withDefaults()
	data, err := io.ReadAll(io.LimitReader(r, lim.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	return DecodeBytes(data, lim)
}

// DecodeBytes is Decode of an image already in memory. The header is read
// first (image.DecodeConfig): a file declaring more than lim.MaxPixels is
// refused before its pixels are decoded.
func DecodeBytes(data []byte, lim Limits) (img image.Image, err error) {
	lim = lim.withDefaults()
	if int64(len(data)) > lim.MaxBytes {
		return nil, Fail(ReasonTooLarge, fmt.Errorf("more than %d bytes", lim.MaxBytes))
	}
	if _, err := CheckHeader(data, lim); err != nil {
		return nil, err
	}
	defer func() {
		// A decoder bug must not take the reader down with it.
		if p := recover(); p != nil {
			img, err = nil, Fail(ReasonCorrupt, fmt.Errorf("decoder panic: %v", p))
		}
	}()
	img, _, err = image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, Fail(ReasonCorrupt, err)
	}
	return img, nil
}

// CheckHeader reads only the header of an encoded image and says its size
// and format, or why it is refused (not-image, corrupt, too-large).
func CheckHeader(data []byte, lim Limits) (image.Config, error) {
	lim = lim.withDefaults()
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	switch {
	case errors.Is(err, image.ErrFormat) || (err == nil && !decodable[format]):
		return cfg, Fail(ReasonNotImage, errors.New("not a PNG, JPEG, GIF or WebP image"))
	case err != nil:
		return cfg, Fail(ReasonCorrupt, err)
	case cfg.Width <= 0 || cfg.Height <= 0:
		return cfg, Fail(ReasonCorrupt, fmt.Errorf("declared size %d×%d", cfg.Width, cfg.Height))
	case int64(cfg.Width)*int64(cfg.Height) > lim.MaxPixels:
		return cfg, Fail(ReasonTooLarge, fmt.Errorf("declares %d×%d pixels, more than %d", cfg.Width, cfg.Height, lim.MaxPixels))
	}
	return cfg, nil
}
