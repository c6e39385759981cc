package safetext

import (
	"strings"
	"testing"
)

// TestTerminal checks what Terminal keeps, rewrites and drops, and that
// CheckTerminalOutput refuses exactly what Terminal changes.
func TestTerminal(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"text and line breaks", "中文 text\n第二行", "中文 text\n第二行"},
		{"SGR", "\x1b[38;5;252m字\x1b[m\x1b[0m\x1b[1;4:3m", "\x1b[38;5;252m字\x1b[m\x1b[0m\x1b[1;4:3m"},
		{"other CSI", "a\x1b[2Jb\x1b[?25lc\x1b[31 md", "abcd"},
		{"OSC 8 to https", "\x1b]8;;https://example.org/a\x07链\x1b]8;;\x07", "\x1b]8;;https://example.org/a\x07链\x1b]8;;\x07"},
		{"OSC 8 with id, ended by ST", "\x1b]8;id=42;https://example.org/\x1b\\链\x1b]8;;\x1b\\", "\x1b]8;id=42;https://example.org/\x1b\\链\x1b]8;;\x1b\\"},
		{"OSC 8 to an absolute path becomes a file URL", "\x1b]8;id=1;/etc/passwd\x07x\x1b]8;;\x07", "\x1b]8;id=1;file:///etc/passwd\x07x\x1b]8;;\x07"},
		{"OSC 8 to a network path is no link", "\x1b]8;;//evil.example/x\x07x\x1b]8;;\x07", "x\x1b]8;;\x07"},
		{"OSC 8 to javascript is no link", "\x1b]8;;javascript:alert(1)\x07x", "x"},
		{"OSC 8 scheme in capitals", "\x1b]8;;HTTPS://A.example/\x07x", "\x1b]8;;https://A.example/\x07x"},
		{"OSC 8 with odd parameters", "\x1b]8;a b;https://x.example/\x07x", "x"},
		{"OSC 52", "前\x1b]52;c;aGk=\x07后", "前后"},
		{"OSC 0 title", "前\x1b]0;title\x1b\\后", "前后"},
		{"unterminated OSC ends at its line", "前\x1b]8;;https://x.example/\n后", "前\n后"},
		{"DCS, APC", "a\x1bPq\x1b\\b\x1b_x\x07c", "abc"},
		{"two-byte escape", "a\x1bcb\x1b7c", "abc"},
		{"lone ESC before a control", "a\x1b\x07b\x1b", "ab"},
		{"C0, DEL, tab", "a\x00b\x7fc\td\re", "abc de"},
		{"C1 and bidi", "a\u009bb\u202ec\u2066d\u200ee\u061cf\u2028g\ufeffh", "abcdefgh"},
		{"invalid UTF-8", "a\xffb\xc2", "a\uFFFDb\uFFFD"},
	}
	for _, tt := range tests {
		got := Terminal(tt.in)
		if got != tt.want {
			t.Errorf("%s: Terminal(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
		if err := CheckTerminalOutput(got); err != nil {
			t.Errorf("%s: Terminal's output %q fails the check: %v", tt.name, got, err)
		}
		if err := CheckTerminalOutput(tt.in); (err == nil) != (tt.in == tt.want) {
			t.Errorf("%s: CheckTerminalOutput(%q) = %v", tt.name, tt.in, err)
		}
	}
}

func TestCheckTerminalOutputSaysWhere(t *testing.T) {
	err := CheckTerminalOutput("好的\x1b]8;;file:///etc/passwd\x07点我")
	if err != nil {
		t.Fatalf("a file URL link is allowed: %v", err)
	}
	err = CheckTerminalOutput("好的\x1b]8;;/etc/passwd\x07点我")
	if err == nil || !strings.Contains(err.Error(), "byte 6") {
		t.Errorf("error %v does not name byte 6", err)
	}
}

func TestPieces(t *testing.T) {
	var got []string
	for p, esc := range Pieces("a\x1b[31mb\x1b[2Jc\x1b]8;;/x\x07d\u202e") {
		if esc {
			p = "<" + p[1:] + ">"
		}
		got = append(got, p)
	}
	if s := strings.Join(got, "|"); s != "a|<[31m>|b|c|<]8;;file:///x\x07>|d" {
		t.Errorf("Pieces: %q", s)
	}
}

func TestLinkTarget(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"https://example.org/a.png", "https://example.org/a.png", true},
		{"HTTP://Example.org/", "http://Example.org/", true},
		{"https://zh.example.org/wiki/中文 页", "https://zh.example.org/wiki/%E4%B8%AD%E6%96%87%20%E9%A1%B5", true},
		{"/srv/a b.png", "file:///srv/a%20b.png", true},
		{"/srv/图.png", "file:///srv/%E5%9B%BE.png", true},
		{"file:///etc/hosts", "file:///etc/hosts", true},
		{"file://localhost/etc/hosts", "file://localhost/etc/hosts", true},
		{"file://evil.example/x", "", false},
		{"file:/etc/hosts", "", false},
		{"//evil.example/x", "", false},
		{"img/a.png", "", false},
		{"javascript:alert(1)", "", false},
		{"https:///nohost", "", false},
		{"https://example.org/\x1b[31m", "", false},
		{"https://example.org/\u202egnp.exe", "", false},
		{"https://example.org/\n", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := LinkTarget(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("LinkTarget(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok {
			if again, _ := LinkTarget(got); again != got {
				t.Errorf("LinkTarget(%q) = %q, not its own form", got, again)
			}
		}
	}
}
