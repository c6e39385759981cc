package loader

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// encodeAs is s in enc (with the byte-order mark enc writes, if any).
func encodeAs(tb testing.TB, enc encoding.Encoding, s string) []byte {
	tb.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const zh = "# 标题：测试\n长文档理解，Long documents。\n"
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	tests := []struct {
		name string
		in   []byte
		want string // the text, or a prefix of it when it ends with "…"
		warn string
		ok   bool
	}{
		{"utf-8", []byte(zh), zh, "", true},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, zh...), zh, "", true},
		{"utf-16 LE with BOM", encodeAs(t, utf16le, zh), zh, "", true},
		{"utf-16 BE with BOM", encodeAs(t, utf16be, zh), zh, "", true},
		{"gb18030", encodeAs(t, simplifiedchinese.GB18030, zh), zh, "", true},
		{"truncated utf-8", []byte(zh + "长"[:2]), zh + "\uFFFD…", msgBadUTF8, true},
		{"latin-1 byte", []byte("caf\xe9 au lait"), "caf\uFFFD au lait", msgBadUTF8, true},
		{"NUL bytes", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", msgBinary, false},
		{"mostly control", []byte(strings.Repeat("\x01\x02\x03abc", 50)), "", msgBinary, false},
		{"escape sequences are text", []byte("\x1b[2Jtext\x1b]52;c;aGk=\x07"), "\x1b[2Jtext\x1b]52;c;aGk=\x07", "", true},
		{"empty", nil, "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warn, ok := decode(tt.in)
			if ok != tt.ok || warn != tt.warn {
				t.Errorf("ok %v warn %q, want %v %q", ok, warn, tt.ok, tt.warn)
			}
			if prefix, cut := strings.CutSuffix(tt.want, "…"); cut {
				if !strings.HasPrefix(got, prefix) {
					t.Errorf("text %q, want prefix %q", got, prefix)
				}
			} else if got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
		})
	}
}

func TestToValidUTF8(t *testing.T) {
	for _, s := range []string{"", "plain 中文", "a\xffb", "\xff\xfe\xfd", "a\xff\xffb\xc3", "\xe4\xb8", "中\x80文\xed\xa0\x80"} {
		if got, want := string(toValidUTF8([]byte(s))), string(bytes.ToValidUTF8([]byte(s), []byte("\uFFFD"))); got != want {
			t.Errorf("toValidUTF8(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestGB18030Shape: every text the GB18030 decoder reads without a
// replacement character has GB18030's shape.
func TestGB18030Shape(t *testing.T) {
	for _, s := range []string{"纯文本", "€ 欧元", "𠀀 四字节 😀", "中文，标点。"} {
		b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		if !gb18030Shaped(b) {
			t.Errorf("%q in GB18030 (% x) not taken for GB18030", s, b)
		}
	}
	if gb18030Shaped([]byte("a\xff")) || gb18030Shaped([]byte("\x81")) || !gb18030Shaped([]byte("\x80a")) {
		t.Error("the shape of GB18030 misread")
	}
	// Random bytes: whatever decodes without a replacement has the shape.
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte{0x00, 0x30, 0x39, 0x3a, 0x40, 0x7e, 0x7f, 0x80, 0x81, 0x90, 0xa1, 0xfe, 0xff}
	for range 50000 {
		b := make([]byte, r.IntN(7))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
		if err == nil && !bytes.ContainsRune(out, utf8.RuneError) && !gb18030Shaped(b) {
			t.Fatalf("% x decodes to %q but is not taken for GB18030", b, out)
		}
	}
}
