package ui

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/pkg/browser"
)

// openedMsg reports that a link was handed to the system opener.
type openedMsg struct {
	what string // what was opened, such as "图 3" or "video"
	err  error
}

// openTarget opens an http(s) URL in the browser and a local path in the
// system viewer, through pkg/browser (no shell involved).
func openTarget(target string) error { return openWith(systemOpenURL, target) }

// browserMu serialises the opener's use of pkg/browser, whose output
// writers are package variables: each open sets them and reads them under
// it, so two links opened at once never race on them.
var browserMu sync.Mutex

// silenceBrowser sends pkg/browser's output nowhere: the opener's own
// output would scribble over the screen. It runs before every open, so no
// earlier state decides it.
func silenceBrowser() { browser.Stdout, browser.Stderr = io.Discard, io.Discard }

// systemOpenURL hands u to the system opener (xdg-open, open, start).
func systemOpenURL(u string) error {
	browserMu.Lock()
	defer browserMu.Unlock()
	silenceBrowser()
	return browser.OpenURL(u)
}

// openWith opens target through openURL: an http(s) or file URL as it is
// (the scheme in any case), a local path as a file URL with its special
// characters escaped; any other scheme is refused.
func openWith(openURL func(string) error, target string) error {
	switch sch := strings.ToLower(urlScheme(target)); sch {
	case "":
		abs, err := filepath.Abs(target)
		if err != nil {
			return err
		}
		return openURL((&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String())
	case "http", "https", "file":
		if _, err := url.Parse(target); err != nil {
			return fmt.Errorf("not a valid link: %w", err)
		}
		return openURL(target)
	default:
		return fmt.Errorf("%s: links are not opened", sch)
	}
}

// urlScheme is target's URL scheme as written (RFC 3986: a letter, then
// letters, digits, "+", "-" or ".", before a colon), or "" for a path. A
// single letter is a Windows drive, not a scheme.
func urlScheme(target string) string {
	i := strings.IndexByte(target, ':')
	if i < 2 {
		return ""
	}
	for j, c := range []byte(target[:i]) {
		letter := c|0x20 >= 'a' && c|0x20 <= 'z'
		if !letter && (j == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return ""
		}
	}
	return target[:i]
}

// errNoOpener says the system has no program to open links with.
var errNoOpener = errors.New("no browser or viewer found (xdg-open)")

// openCmd opens target in the background and reports how it went.
func openCmd(open func(string) error, what, target string) tea.Cmd {
	return func() tea.Msg {
		err := open(target)
		if errors.Is(err, exec.ErrNotFound) {
			err = errNoOpener
		}
		return openedMsg{what: what, err: err}
	}
}
