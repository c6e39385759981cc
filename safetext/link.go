package safetext

import (
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// LinkTarget is the URL a hyperlink to target may carry, and true: an
// http(s) URL with a host, a file URL with no host (or localhost) and an
// absolute path, or a local absolute path, which becomes a file URL with
// its special characters escaped ("/srv/a b.png" is
// "file:///srv/a%20b.png"). The scheme is written in lower case and every
// byte outside printable ASCII is percent-escaped, so the URL is safe
// inside an OSC 8 sequence; a target already in that form is returned as
// it is. Anything else is no link: a relative path, a network path
// ("//host/x"), another scheme, or a target with control or Unsafe
// characters or bytes that are not UTF-8.
func LinkTarget(target string) (string, bool) {
	if target == "" || !utf8.ValidString(target) || strings.IndexFunc(target, func(r rune) bool { return IsControl(r) || Unsafe(r) }) >= 0 {
		return "", false
	}
	if p := filepath.ToSlash(target); filepath.IsAbs(target) && !strings.HasPrefix(p, "//") {
		if !strings.HasPrefix(p, "/") { // a Windows drive: C:/x
			p = "/" + p
		}
		return escapeURL((&url.URL{Scheme: "file", Path: p}).String()), true
	}
	u, err := url.Parse(target)
	if err != nil || u.Opaque != "" {
		return "", false
	}
	switch scheme := strings.ToLower(u.Scheme); {
	case (scheme == "http" || scheme == "https") && u.Host != "":
	case scheme == "file" && (u.Host == "" || u.Host == "localhost") && strings.HasPrefix(u.Path, "/") && strings.HasPrefix(target[len(scheme):], "://"):
	default:
		return "", false
	}
	return escapeURL(strings.ToLower(u.Scheme) + target[len(u.Scheme):]), true
}

// escapeURL percent-escapes the bytes of s outside printable ASCII.
func escapeURL(s string) string {
	const hex = "0123456789ABCDEF"
	i := strings.IndexFunc(s, func(r rune) bool { return r <= ' ' || r >= 0x7f })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		if c := s[i]; c > ' ' && c < 0x7f {
			b.WriteByte(c)
		} else {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}
