package loader

import (
	"testing"
	"unicode/utf8"

	asmutf8 "github.com/segmentio/asm/utf8"
)

func BenchmarkValidUTF8(b *testing.B) {
	dir := smallSynth(b)
	var data []byte
	for _, f := range transcriptFiles(b, dir) {
		d, err := readFileNow(f, DefaultMaxBytes)
		if err != nil {
			b.Fatal(err)
		}
		if utf8.Valid(d) {
			data = append(data, d...)
		}
	}
	for _, bb := range []struct {
		name  string
		valid func([]byte) bool
	}{{"stdlib", utf8.Valid}, {"asm", asmutf8.Valid}, {"clean", func(p []byte) bool { return clean(owned(p)) }}} {
		b.Run(bb.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				bb.valid(data)
			}
		})
	}
}
