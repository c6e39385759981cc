package quote

import "testing"

// TestClean checks that escape sequences go whole, in their 7-bit and
// 8-bit (C1) forms, and that controls and bidi overrides go too.
func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"7-bit CSI", "红\x1b[31m色\x1b[0m", "红色"},
		{"C1 CSI", "红\u009b31m色\u009b0m", "红色"},
		{"C1 OSC 8 link ended by C1 ST", "看\u009d8;;https://example.org\u009c这里\u009d8;;\u009c", "看这里"},
		{"C1 OSC 52 ended by BEL", "前\u009d52;c;aGk=\a后", "前后"},
		{"unterminated OSC keeps the next line", "一\x1b]0;标题\n二", "一\n二"},
		{"bidi override and isolate", "abc\u202edef\u2066g\u2069", "abcdefg"},
		{"C0, DEL and lone C1", "a\x00b\x7fc\u0085d\u009ce", "abcde"},
		{"tab and line break", "a\tb\nc", "a b\nc"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("%s: clean(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
