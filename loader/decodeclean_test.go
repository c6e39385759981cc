package loader

import (
	"testing"
	"unsafe"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// TestDecodeClean checks that the fast path gives what decode then
// sanitize give, and shares the file's memory only on the fast path.
func TestDecodeClean(t *testing.T) {
	const zh = "# 标题：测试\n长文档理解，“Long documents”——完。\n"
	tests := []struct {
		name string
		in   []byte
		fast bool
	}{
		{"plain utf-8", []byte(zh), true},
		{"empty", nil, true},
		{"byte-order mark", append([]byte{0xEF, 0xBB, 0xBF}, zh...), false},
		{"crlf", []byte("a\r\nb\r\n"), false},
		{"escape", []byte("red \x1b[31mtext\x1b[0m\n"), false},
		{"bidi override", []byte("abc\u202edef\n"), false},
		{"binary", []byte("\x00\x01\x02\x03"), false},
		{"utf-16", encodeAs(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), zh), false},
		{"gb18030", encodeAs(t, simplifiedchinese.GB18030, zh), false},
		{"broken utf-8", []byte("caf\xe9 au lait\n"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, warn, ok := decode(append([]byte(nil), tt.in...))
			text = sanitize(text)
			in := append([]byte(nil), tt.in...)
			got, gotWarn, gotOK := decodeClean(in)
			if got != text || gotWarn != warn || gotOK != ok {
				t.Errorf("decodeClean = %q, %q, %v; decode+sanitize = %q, %q, %v", got, gotWarn, gotOK, text, warn, ok)
			}
			shared := len(in) > 0 && len(got) > 0 && &in[0] == unsafeData(got)
			if shared != (tt.fast && len(in) > 0) {
				t.Errorf("text shares the file's memory: %v, want %v", shared, tt.fast)
			}
		})
	}
}

// unsafeData is the address of s's first byte.
func unsafeData(s string) *byte { return unsafe.StringData(s) }
