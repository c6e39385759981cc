package loader

import "testing"

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "中文 text\twith tab\n", "中文 text\twith tab\n"},
		{"CRLF", "a\r\nb\r\n", "a\nb\n"},
		{"lone CR", "a\rb\r", "a\nb\n"},
		{"clear screen CSI", "before\x1b[2Jafter", "beforeafter"},
		{"colour CSI", "\x1b[1;31mred\x1b[0m", "red"},
		{"OSC 52 with BEL", "x\x1b]52;c;ZXZpbA==\x07y", "xy"},
		{"OSC 52 with ST", "x\x1b]52;c;ZXZpbA==\x1b\\y", "xy"},
		{"OSC 8 link", "\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"DCS", "a\x1bP1$r0m\x1b\\b", "ab"},
		{"C1 CSI", "a\u009b2Jb", "ab"},
		{"C1 OSC", "a\u009d0;title\u009cb", "ab"},
		{"other C1", "a\u0085b", "ab"},
		{"C0 and DEL", "a\x00\x07\x08\x7fb", "ab"},
		{"bidi override and isolate", "abc\u202edcba\u202c \u2066x\u2069", "abcdcba x"},
		{"stray BOM", "a\ufeff# b", "a# b"},
		{"unterminated OSC stays in its line", "a\x1b]0;title\nnext line", "a\nnext line"},
		{"lone ESC at end", "text\x1b", "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sanitize(tt.in); got != tt.want {
				t.Errorf("sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
