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

// match is the byte ranges of one image in a text: the whole image, its
// alt text and its target, as imageRE.FindStringSubmatchIndex gives them.
type match [6]int

// nextImage is the first image in s at or after byte at, found by trying
// the pattern only where "![" starts (a long paragraph with an image costs
// the image's length, not the paragraph's).
func nextImage(s string, at int) (match, bool) {
	for {
		i := strings.Index(s[at:], "![")
		if i < 0 {
			return match{}, false
		}
		at += i
		if m, ok := imageAt(s[at:]); ok {
			for k := range m {
				m[k] += at
			}
			return m, true
		}
		at++
	}
}

// imageAt is imageAtRE.FindStringSubmatchIndex(s) for s starting with
// "![", reading the usual plain "![alt](target)" without the regexp.
func imageAt(s string) (match, bool) {
	alt := strings.IndexAny(s[2:], "]\n") + 2
	if alt < 2 || s[alt] != ']' || !strings.HasPrefix(s[alt:], "](") {
		return imageAtRegexp(s)
	}
	open := alt + 2
	end := strings.IndexAny(s[open:], " \t\n\f\r)<") + open
	if end < open || s[end] != ')' {
		return imageAtRegexp(s) // a title, spaces, <target> or no end
	}
	return match{0, end + 1, 2, alt, open, end}, true
}

// imageAtRegexp is imageAt by the regexp.
func imageAtRegexp(s string) (match, bool) {
	loc := imageAtRE.FindStringSubmatchIndex(s)
	if loc == nil {
		return match{}, false
	}
	return match(loc), true
}

// refOf is the image of one match.
func refOf(s string, m match) imageRef {
	return imageRef{alt: strings.TrimSpace(s[m[2]:m[3]]), target: strings.Trim(s[m[4]:m[5]], "<>")}
}

// eachImage calls fn with the first n images of s (all when n < 0), in
// order.
func eachImage(s string, n int, fn func(imageRef)) {
	at := 0
	for k := 0; n < 0 || k < n; k++ {
		m, ok := nextImage(s, at)
		if !ok {
			return
		}
		fn(refOf(s, m))
		at = m[1]
	}
}

// imagesOnly counts the images on a line made only of images (and white
// space); it is 0 when anything else is on it.
func imagesOnly(l string) int {
	n, at := 0, 0
	for {
		m, ok := nextImage(l, at)
		if !ok {
			break
		}
		if !blank(l[at:m[0]]) {
			return 0
		}
		n++
		at = m[1]
	}
	if !blank(l[at:]) {
		return 0
	}
	return n
}

// cutImages takes the first n images out of a paragraph's text, leaving
// one space where an image stood between two words; the images after stay
// in the text. It returns the text, made in one copy of its size (s itself
// when no image is cut), and the number of images cut.
func cutImages(s string, n int) (string, int) {
	walk := func(emit func(string)) int {
		at, cut, space := 0, 0, false
		for ; cut < n; cut++ {
			m, ok := nextImage(s, at)
			if !ok {
				break
			}
			if chunk := s[at:m[0]]; chunk != "" {
				emit(chunk)
				space = chunk[len(chunk)-1] == ' '
			}
			at = m[1]
			for space && at < len(s) && s[at] == ' ' {
				at++
			}
		}
		emit(s[at:])
		return cut
	}
	size := 0
	if walk(func(c string) { size += len(c) }) == 0 {
		return s, 0
	}
	var b strings.Builder
	b.Grow(size)
	cut := walk(func(c string) { b.WriteString(c) })
	return strings.TrimSpace(b.String()), cut
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
