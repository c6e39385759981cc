package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostile is a transcript full of what must never reach the terminal:
// clipboard writes (OSC 52), links (OSC 8), title changes, screen clears,
// DCS, C0 and C1 controls and bidi overrides, in headings, text, lists,
// quotes, code, image targets and alt text.
var hostile = strings.Join([]string{
	"# 2025示例大会-注入测试 - P1：标题\x1b]0;pwned\x07改写：周明远 - 示例社区 - BV1ab411c7de",
	"",
	"第一段\x1b]52;c;ZWNobyBwd25lZA==\x07文字\x1b[2J\x1b[H，还有\x1b]8;;https://evil.example/\x1b\\链接\x1b]8;;\x1b\\。",
	"",
	"第二段\x1bP1$r0m\x1b\\有 DCS，\x9b31m C1 CSI，\u202e反向\u202c和\x07响铃\x08退格。",
	"",
	"## 小节\x1b[31m红\x1b[0m",
	"",
	"- 列表\x1b]52;p;eA==\x1b\\项",
	"> 引用\x1b[?1049h切屏",
	"",
	"```",
	"code\x1b[1A\x1b[2K",
	"```",
	"",
	"![alt\x1b[5m](https://slides.example.com/a\x1b[31m.png)",
	"![](javascript:alert\x07(1))",
}, "\n")

// allowedEscape matches the only escape sequences talks itself writes:
// SGR styling, and OSC 8 hyperlinks to http(s) or file URLs (or closing one).
var allowedEscape = regexp.MustCompile(`^\x1b\[[0-9;:]*m|^\x1b\]8;[^;\x1b\x07]*;(?:(?:https?|file)://[^\x00-\x20\x7f-\x9f\x1b]*)?(?:\x1b\\|\x07)`)

func TestHostileTranscriptNeverReachesTerminal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hostile.md")
	if err := os.WriteFile(path, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, color := range []string{"always", "never"} {
		out, errOut, status := talks(t, "", "show", "--color", color, "--width", "50", "BV1ab411c7de-p1", path)
		if status != 0 {
			t.Fatalf("status %d: %s", status, errOut)
		}
		checkTerminalSafe(t, "show --color "+color, out)
		checkTerminalSafe(t, "stderr", errOut)
		if !strings.Contains(out, "第一段") || !strings.Contains(out, "文字") {
			t.Errorf("the text around the escapes is lost:\n%s", out)
		}
		if strings.Contains(out, "\x1b]8;;https://evil.example") {
			t.Error("a link written in the transcript became a hyperlink")
		}
	}
	for _, cmd := range [][]string{{"list"}, {"list", "--json"}, {"search", "段"}, {"find", "标题"}, {"quote", "BV1ab411c7de-p1", "1-2"}} {
		out, _, _ := talks(t, "", append(cmd, path)...)
		checkTerminalSafe(t, strings.Join(cmd, " "), out)
	}
}

// checkTerminalSafe fails when out holds an escape sequence talks did not
// write itself, a control character other than newline and tab, a C1
// control or a bidi override.
func checkTerminalSafe(t *testing.T, what, out string) {
	t.Helper()
	for i := 0; i < len(out); {
		if out[i] == 0x1b {
			m := allowedEscape.FindString(out[i:])
			if m == "" {
				t.Errorf("%s: foreign escape sequence %q", what, out[i:min(len(out), i+20)])
				return
			}
			i += len(m)
			continue
		}
		r, size := utf8.DecodeRuneInString(out[i:])
		switch {
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f, r >= 0x80 && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			t.Errorf("%s: control character %U in output", what, r)
			return
		}
		i += size
	}
}
