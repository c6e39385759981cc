package ui

import (
	"bytes"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/pkg/browser"
)

// TestOpenWith checks what reaches the system opener for each kind of
// target, and that other schemes are refused.
func TestOpenWith(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the table's paths are Unix paths")
	}
	cwd, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		target string
		want   string // what the opener gets; "" when refused
		errHas string // what the error says when refused
	}{
		{"https://example.org/a.png", "https://example.org/a.png", ""},
		{"HTTPS://example.org/a.png", "HTTPS://example.org/a.png", ""},
		{"Http://example.org/v?t=1#x", "Http://example.org/v?t=1#x", ""},
		{"file:///data/a.png", "file:///data/a.png", ""},
		{"/data/slides/s4.png", "file:///data/slides/s4.png", ""},
		{"/data/slide #3.png", "file:///data/slide%20%233.png", ""},
		{"/data/100% 幻灯片?.png", "file:///data/100%25%20%E5%B9%BB%E7%81%AF%E7%89%87%3F.png", ""},
		{"/data/a:b.png", "file:///data/a:b.png", ""},
		{"rel/a.png", "file://" + cwd + "/rel/a.png", ""},
		{"javascript:alert(1)", "", "javascript"},
		{"JavaScript:alert(1)", "", "javascript"},
		{"ftp://example.org/a.png", "", "ftp"},
		{"data:image/png;base64,AAAA", "", "data"},
		{"https://example.org/%zz", "", "valid"},
	}
	for _, tt := range tests {
		var got []string
		err := openWith(func(u string) error { got = append(got, u); return nil }, tt.target)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("%q: opened %q, want refused", tt.target, got)
		case tt.want == "" && !strings.Contains(err.Error(), tt.errHas):
			t.Errorf("%q: error %q does not say %q", tt.target, err, tt.errHas)
		case tt.want == "" && len(got) > 0:
			t.Errorf("%q: refused yet opened %q", tt.target, got)
		case tt.want != "" && (err != nil || len(got) != 1 || got[0] != tt.want):
			t.Errorf("%q: opened %q (%v), want %q", tt.target, got, err, tt.want)
		}
	}
}

// TestOpenRefusedInStatusLine opens an image whose target has another
// scheme: the status line says it is refused and the opener is not run.
func TestOpenRefusedInStatusLine(t *testing.T) {
	d := newDriver(t, testCorpus(), 100, 30)
	var got []string
	d.m.open = func(s string) error { return openWith(func(u string) error { got = append(got, u); return nil }, s) }
	d.run(openCmd(d.m.open, "图 9", "javascript:alert(1)"))
	if v := d.view(); !strings.Contains(v, "cannot open 图 9: javascript: links are not opened") || len(got) > 0 {
		t.Errorf("opener got %q; screen:\n%s", got, v)
	}
}

// TestNewLeavesBrowserAlone checks that New does not write pkg/browser's
// globals, and that the real opener silences them each time (the test
// passes run twice in one process, -count=2).
func TestNewLeavesBrowserAlone(t *testing.T) {
	out, errOut := browser.Stdout, browser.Stderr
	defer func() { browser.Stdout, browser.Stderr = out, errOut }()
	var mine bytes.Buffer
	browser.Stdout, browser.Stderr = &mine, &mine
	New(Options{})
	if browser.Stdout != &mine || browser.Stderr != &mine {
		t.Error("New changed pkg/browser's output")
	}
	silenceBrowser() // as systemOpenURL does before each link
	if browser.Stdout != io.Discard || browser.Stderr != io.Discard {
		t.Error("the system opener leaves pkg/browser's output on the screen")
	}
}
