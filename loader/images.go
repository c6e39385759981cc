package loader

import (
	"net/url"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// imageRE matches a Markdown image: ![alt](target) or ![alt](<target>),
// with an optional title after the target.
var imageRE = regexp.MustCompile(imagePattern)

// imageAtRE is imageRE anchored at the start of the text.
var imageAtRE = regexp.MustCompile(`^(?:` + imagePattern + `)`)

// imagePattern is the pattern of imageRE.
const imagePattern = `!\[([^\]\n]*)\]\(\s*(<[^>\n]*>|[^\s)]*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)`

// imageRef is one image found in the text, before numbering.
type imageRef struct {
	alt, target string
}

// imageMatches are the images in s, with their byte ranges: what
// imageRE.FindAllStringSubmatchIndex gives, found by trying the pattern
// only where "![" starts (a long paragraph with an image costs the
// image's length, not the paragraph's).
func imageMatches(s string) [][]int {
	var ms [][]int
	for at := 0; ; {
		i := strings.Index(s[at:], "![")
		if i < 0 {
			return ms
		}
		at += i
		m := imageAt(s[at:])
		if m == nil {
			at++
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += at
			}
		}
		ms = append(ms, m)
		at = m[1]
	}
}

// imageAt is imageAtRE.FindStringSubmatchIndex(s) for s starting with
// "![", reading the usual plain "![alt](target)" without the regexp.
func imageAt(s string) []int {
	alt := strings.IndexAny(s[2:], "]\n") + 2
	if alt < 2 || s[alt] != ']' || !strings.HasPrefix(s[alt:], "](") {
		return imageAtRE.FindStringSubmatchIndex(s)
	}
	open := alt + 2
	end := strings.IndexAny(s[open:], " \t\n\f\r)<") + open
	if end < open || s[end] != ')' {
		return imageAtRE.FindStringSubmatchIndex(s) // a title, spaces, <target> or no end
	}
	return []int{0, end + 1, 2, alt, open, end}
}

// refOf is the image of one match.
func refOf(s string, m []int) imageRef {
	return imageRef{alt: strings.TrimSpace(s[m[2]:m[3]]), target: strings.Trim(s[m[4]:m[5]], "<>")}
}

// imageLine reads a line made only of images (and white space); ok is
// false when anything else is on it.
func imageLine(l string) ([]imageRef, bool) {
	ms := imageMatches(l)
	if ms == nil {
		return nil, false
	}
	refs := make([]imageRef, 0, len(ms))
	at := 0
	for _, m := range ms {
		if !blank(l[at:m[0]]) {
			return nil, false
		}
		refs = append(refs, refOf(l, m))
		at = m[1]
	}
	return refs, blank(l[at:])
}

// cutImages takes the images out of a paragraph's text, leaving one space
// where an image stood between two words.
func cutImages(s string) (string, []imageRef) {
	ms := imageMatches(s)
	if ms == nil {
		return s, nil
	}
	var b strings.Builder
	refs := make([]imageRef, 0, len(ms))
	at := 0
	for _, m := range ms {
		b.WriteString(s[at:m[0]])
		refs = append(refs, refOf(s, m))
		at = m[1]
		if strings.HasSuffix(b.String(), " ") {
			for at < len(s) && s[at] == ' ' {
				at++
			}
		}
	}
	b.WriteString(s[at:])
	return strings.TrimSpace(b.String()), refs
}

// imageBase is what relative image paths are resolved against: the source
// URL, or the folder of the source file (absolute on disk; a plain path
// inside an fs.FS).
type imageBase struct {
	url *url.URL
	dir string
	fs  bool
}

// resolve makes a target absolute: URLs are kept, relative paths are
// resolved against the source. The result holds no control character,
// wherever it came from (the source's folder too), since it is copied and
// pasted as it is.
func (b imageBase) resolve(target string) string {
	return sanitizeField(b.join(target))
}

// join is resolve before sanitising.
func (b imageBase) join(target string) string {
	if target == "" || strings.HasPrefix(target, "#") {
		return target
	}
	u, err := url.Parse(target)
	switch {
	case err == nil && len(u.Scheme) > 1:
		return target
	case b.url != nil && err == nil:
		return b.url.ResolveReference(u).String()
	case strings.HasPrefix(target, "//"):
		return "https:" + target
	}
	p := target
	if err == nil && u.Path != "" && u.RawQuery == "" && u.Fragment == "" && sanitizeField(u.Path) == u.Path {
		p = u.Path // undo %20 and the like, but never into a control character
	}
	if b.fs {
		return path.Join(b.dir, p)
	}
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(b.dir, filepath.FromSlash(p))
}
