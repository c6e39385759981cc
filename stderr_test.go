package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHostileNamesOnStderr gives paths and arguments holding escape
// sequences (a window-title change) and checks that every message quoting
// them prints them escaped, never raw.
func TestHostileNamesOnStderr(t *testing.T) {
	dir := t.TempDir()
	emptyDir := filepath.Join(dir, "empty\x1b]2;PWNED\a")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		status int
		want   string // in stderr, as the user must see it
	}{
		{"empty folder", []string{"list", emptyDir}, 1, `empty\x1b]2;PWNED\a": no talks found`},
		{"unknown flag", []string{"list", "--\x1b]2;X\a.md"}, 2, `unknown flag: --\x1b]2;X\a.md`},
		{"unknown shorthand flag", []string{"list", "-\x1b"}, 2, `\x1b`},
		{"mistyped command", []string{"l\x1bst"}, 2, `"l\x1bst": no such file or folder; did you mean 'talks list'`},
		{"bad flag value", []string{"show", "--width", "\x1b[2J", "x"}, 2, `\x1b[2J`},
		{"missing file", []string{"list", filepath.Join(dir, "nope\x1b[2J\n.md")}, 1, "no such file or folder"},
		{"no such talk", []string{"show", "zz\x1b]2;X\azz"}, 1, `no talk matches "zz\x1b]2;X\azz"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errOut, status := talks(t, "", tc.args...)
			checkTerminalSafe(t, "stderr", errOut)
			if status != tc.status || !strings.Contains(errOut, tc.want) {
				t.Errorf("status %d, stderr %q; want %d and %q", status, errOut, tc.status, tc.want)
			}
			if n := strings.Count(strings.TrimSuffix(errOut, "\n"), "\n"); n > 1 {
				t.Errorf("a message broken over %d lines: %q", n+1, errOut)
			}
		})
	}
}

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"纯文本 plain: a\"b", "纯文本 plain: a\"b"},
		{"a\x1b]2;x\ab", `a\x1b]2;x\ab`},
		{"bad \xff byte", `bad \xff byte`},
		{"反\u202e向", `反\u202e向`},
		{"C1 \u009b31m", `C1 \u009b31m`},
		{"two\nlines\ttab", `two\nlines\ttab`},
	}
	for _, tt := range tests {
		if got := escapeText(tt.in, false); got != tt.want {
			t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := escapeText("a\nb\x1b", true); got != "a\nb\\x1b" {
		t.Errorf("keeping lines: %q", got)
	}
}
