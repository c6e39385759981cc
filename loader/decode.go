package loader

import (
	"bytes"
	"unicode/utf8"
	"unsafe"

	asmutf8 "github.com/segmentio/asm/utf8"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Messages for the decoding problems a file can have.
const (
	msgBinary     = "binary file, skipped"
	msgBadUTF8    = "invalid UTF-8 replaced"
	msgBadUTF16   = "invalid UTF-16 replaced"
	binarySample  = 64 << 10 // bytes looked at to tell text from binary
	binaryControl = 10       // percent of control bytes that makes data binary
)

// decode turns a file's bytes into UTF-8 text. It understands UTF-8 with or
// without a byte-order mark, UTF-16 with a mark and GB18030 (chosen when the
// data is not UTF-8 but decodes cleanly as GB18030). ok is false for binary
// data; warn is a problem worth reporting, or "". The text may share data's
// memory: data must not change afterwards.
func decode(data []byte) (text string, warn string, ok bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data, unicode.LittleEndian)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data, unicode.BigEndian)
	}
	if looksBinary(data) {
		return "", msgBinary, false
	}
	if utf8.Valid(data) {
		return owned(data), "", true
	}
	if valid, bad := utf8Counts(data); bad*20 > valid && gb18030Shaped(data) {
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err == nil && !bytes.ContainsRune(out, utf8.RuneError) {
			return owned(out), "", true
		}
	}
	return owned(toValidUTF8(data)), msgBadUTF8, true
}

// decodeClean is decode then sanitize. The usual file, UTF-8 with nothing
// to sanitise (so no byte-order mark and no control bytes, hence not
// binary), takes two passes over its bytes instead of four, one of them
// with vector instructions (the UTF-8 check, the costliest), and its text
// is its bytes. The text may share data's memory: data must not change
// afterwards.
func decodeClean(data []byte) (text string, warn string, ok bool) {
	if s := owned(data); asmutf8.Valid(data) && clean(s) {
		return s, "", true
	}
	text, warn, ok = decode(data)
	return sanitize(text), warn, ok
}

// owned is data as a string without a copy, for data no one changes any
// more: the file's bytes (or a decoder's output) become the decoded text,
// and the talks' strings point into it (one copy of the text in memory,
// not two).
func owned(data []byte) string {
	return unsafe.String(unsafe.SliceData(data), len(data))
}

// decodeUTF16 decodes data that starts with a UTF-16 byte-order mark.
func decodeUTF16(data []byte, order unicode.Endianness) (string, string, bool) {
	out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil || looksBinary(out) {
		return "", msgBinary, false
	}
	if bytes.ContainsRune(out, utf8.RuneError) {
		return owned(out), msgBadUTF16, true
	}
	return owned(out), "", true
}

// looksBinary is true when the start of data holds a NUL byte or is more
// than binaryControl percent control bytes (tabs, line ends, form feeds and
// ESC, which starts the escape sequences removed later, do not count).
func looksBinary(data []byte) bool {
	if len(data) > binarySample {
		data = data[:binarySample]
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, b := range data {
		if binaryByte[b] {
			ctl++
		}
	}
	return ctl*100 > len(data)*binaryControl
}

// utf8Counts counts the valid multi-byte characters and the invalid bytes
// in data, to tell broken UTF-8 from text in another encoding.
func utf8Counts(data []byte) (valid, bad int) {
	for len(data) > 0 {
		if data[0] < utf8.RuneSelf {
			data = data[1:]
			continue
		}
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			valid++
		}
		data = data[n:]
	}
	return valid, bad
}

// replacement is U+FFFD in UTF-8.
var replacement = []byte("\uFFFD")

// toValidUTF8 is bytes.ToValidUTF8(data, "\uFFFD"), each run of bytes that
// are not UTF-8 one replacement character, made in one buffer of the exact
// size (a growing one leaves copies behind: bad bytes can double the text).
func toValidUTF8(data []byte) []byte {
	each := func(emit func([]byte)) {
		bad := false
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				if !bad {
					emit(replacement)
				}
				bad = true
			} else {
				emit(data[i : i+size])
				bad = false
			}
			i += size
		}
	}
	n := 0
	each(func(b []byte) { n += len(b) })
	out := make([]byte, 0, n)
	each(func(b []byte) { out = append(out, b...) })
	return out
}

// gb18030Shaped is true when data is made of GB18030 sequences as x/text
// reads them: one byte up to 0x80 (the euro sign); two bytes, 0x81–0xFE
// then 0x40–0xFE but 0x7F; four bytes, 0x81–0xFE, 0x30–0x3F, 0x81–0xFE,
// 0x30–0x39. Only then is decoding it, into a buffer half as large again,
// worth trying.
func gb18030Shaped(data []byte) bool {
	for i := 0; i < len(data); {
		b := data[i]
		switch {
		case b <= 0x80:
			i++
		case b == 0xff || i+1 >= len(data):
			return false
		case data[i+1] >= 0x40 && data[i+1] <= 0xfe && data[i+1] != 0x7f:
			i += 2
		case data[i+1] >= 0x30 && data[i+1] <= 0x3f && i+3 < len(data) &&
			data[i+2] >= 0x81 && data[i+2] <= 0xfe && data[i+3] >= 0x30 && data[i+3] <= 0x39:
			i += 4
		default:
			return false
		}
	}
	return true
}

// binaryByte marks the control bytes looksBinary counts.
var binaryByte = func() (t [256]bool) {
	for b := range 0x20 {
		t[b] = b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b
	}
	t[0x7f] = true
	return t
}()
