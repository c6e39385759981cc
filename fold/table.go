package fold

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
	"talks/script"
)

// A table entry says what one rune of the Basic Multilingual Plane folds to:
// dropped (0, or with the dropForm bit set, the rune Runes puts in its
// place: ， → ,), one rune (the rune itself), or, with the many bit set,
// the index in tables.long of a longer string.
const (
	many     = 1 << 31
	dropForm = 1 << 30
)

// tables are the folds of every BMP rune, computed once on first use.
type tables struct {
	ascii [128]byte // 0: dropped
	bmp   []uint32
	long  []string // folds of more than one rune
	sup   map[rune]string
}

var foldTables = sync.OnceValue(buildTables)

func buildTables() *tables {
	t := &tables{bmp: make([]uint32, 0x10000)}
	folder := cases.Fold()
	var buf []byte
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if r >= utf8.RuneSelf && unchanged(r) {
			t.bmp[r] = uint32(r)
			continue
		}
		buf = slowFold(buf[:0], r, folder)
		switch n := utf8.RuneCount(buf); {
		case n == 0:
			if f := []rune(norm.NFKC.String(string(r))); len(f) == 1 && f[0] != r && !unicode.In(f[0], unicode.Mn, unicode.Me, unicode.Cc, unicode.Cf) {
				t.bmp[r] = dropForm | uint32(unicode.ToLower(f[0]))
			}
		case n == 1:
			f, _ := utf8.DecodeRune(buf)
			t.bmp[r] = uint32(f)
		default:
			t.bmp[r] = many | uint32(len(t.long))
			t.long = append(t.long, string(buf))
		}
		if r < utf8.RuneSelf && len(buf) == 1 {
			t.ascii[r] = buf[0]
		}
	}
	t.sup = foldsBeyondBMP(folder)
	return t
}

// slowFold appends the fold of r, computed from the Unicode tables:
// compatibility decomposition (NFKD: full-width forms, ligatures, ㎏ → kg,
// compatibility ideographs), full case folding, decomposition again, then
// every combining mark, punctuation, space, control and format character
// dropped and Han characters simplified.
func slowFold(dst []byte, r rune, folder cases.Caser) []byte {
	if r >= hangulFirst && r <= hangulLast {
		return appendJamo(dst, r)
	}
	s := norm.NFKD.String(string(r))
	if hasCase(s) {
		s = norm.NFKD.String(folder.String(s))
	}
	for _, c := range s {
		if dropped(c) {
			continue
		}
		if c >= 0x2E80 {
			c = script.Simplify(c)
		}
		dst = utf8.AppendRune(dst, c)
	}
	return dst
}

// hasCase reports whether case folding may change s.
func hasCase(s string) bool {
	for _, c := range s {
		if unicode.IsUpper(c) || unicode.IsTitle(c) || c >= utf8.RuneSelf && unicode.SimpleFold(c) != c {
			return true
		}
	}
	return false
}

// dropped reports whether c has no place in a folded text.
func dropped(c rune) bool {
	return c == utf8.RuneError || unicode.In(c, unicode.Mn, unicode.Me, unicode.P, unicode.Z, unicode.Cc, unicode.Cf)
}

// appendRune appends the fold of r (a valid rune above ASCII).
func (t *tables) appendRune(dst []byte, r rune) []byte {
	if r < 0x10000 {
		switch e := t.bmp[r]; {
		case e == 0 || e&dropForm != 0:
			return dst
		case e&many != 0:
			return append(dst, t.long[e&^many]...)
		case rune(e) == r:
			return utf8.AppendRune(dst, r)
		default:
			return utf8.AppendRune(dst, rune(e))
		}
	}
	if f, ok := t.sup[r]; ok {
		return append(dst, f...)
	}
	return utf8.AppendRune(dst, r)
}

// appendAny appends the fold of r as decoded from n bytes: nothing for an
// invalid byte.
func (t *tables) appendAny(dst []byte, r rune, n int) []byte {
	switch {
	case r < utf8.RuneSelf:
		if c := t.ascii[r]; c != 0 {
			return append(dst, c)
		}
		return dst
	case r == utf8.RuneError && n == 1:
		return dst
	}
	return t.appendRune(dst, r)
}

// single is the fold of r when it is exactly one rune, else r itself.
func (t *tables) single(r rune) rune {
	if r < utf8.RuneSelf {
		if c := t.ascii[r]; c != 0 {
			return rune(c)
		}
		return r
	}
	if r < 0x10000 {
		if e := t.bmp[r]; e != 0 && e&many == 0 {
			return rune(e &^ dropForm)
		}
		return r
	}
	f, ok := t.sup[r]
	if !ok {
		return r
	}
	if c, n := utf8.DecodeRuneInString(f); n == len(f) && n > 0 {
		return c
	}
	return r
}

// preimages are the runes whose fold contains f (a rune of a folded text):
// f itself when it folds to itself, and those the inverse table lists.
func (t *tables) preimages(f rune) []rune {
	var out []rune
	if t.single(f) == f && t.foldsToItself(f) {
		out = append(out, f)
	}
	return append(out, inverseTable()[f]...)
}

// foldsToItself reports whether the fold of r is r.
func (t *tables) foldsToItself(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return t.ascii[r] == byte(r)
	case r < 0x10000:
		return t.bmp[r] == uint32(r)
	}
	_, changes := t.sup[r]
	return !changes
}

// inverseTable maps each rune of a folded text to the other runes whose
// fold contains it, built once on first use (a pass over the tables).
var inverseTable = sync.OnceValue(buildInverse)

func buildInverse() map[rune][]rune {
	t := foldTables()
	inv := map[rune][]rune{}
	add := func(from rune, fold string) {
		for i, f := range fold {
			if f != from && !strings.ContainsRune(fold[:i], f) {
				inv[f] = append(inv[f], from)
			}
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		switch e := t.bmp[r]; {
		case e == 0 || e&dropForm != 0:
		case e&many != 0:
			add(r, t.long[e&^many])
		case rune(e) != r:
			add(r, string(rune(e)))
		}
	}
	for r, f := range t.sup {
		add(r, f)
	}
	for _, rs := range inv {
		slices.Sort(rs)
	}
	return inv
}

// foldsBeyondBMP are the runes above U+FFFF whose fold is not themselves:
// in plane 1 (mathematical and enclosed alphanumerics, scripts with case,
// marks), the compatibility ideographs, Traditional characters of the
// later CJK extensions, and plane 14's tags and variation selectors.
func foldsBeyondBMP(folder cases.Caser) map[rune]string {
	out := map[rune]string{}
	add := func(lo, hi rune, check func(rune) bool) {
		for r := lo; r <= hi; r++ {
			if check(r) {
				out[r] = string(slowFold(nil, r, folder))
			}
		}
	}
	changed := func(r rune) bool { return !unchanged(r) }
	add(0x10000, 0x1FFFF, changed)
	add(0x2F800, 0x2FA1F, changed)
	add(0xE0000, 0xE0FFF, changed)
	for from := range script.Pairs() {
		if from >= 0x10000 {
			out[from] = string(slowFold(nil, from, folder))
		}
	}
	return out
}

// unchanged reports whether r folds to itself, checking the cheap
// properties first.
func unchanged(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF {
		return script.Simplify(r) == r
	}
	if r >= hangulFirst && r <= hangulLast {
		return false // Hangul syllables decompose into their letters
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if norm.NFKD.Properties(buf[:n]).Decomposition() != nil || unicode.SimpleFold(r) != r {
		return false
	}
	return !dropped(r) && (r < 0x2E80 || script.Simplify(r) == r)
}

// The Hangul syllables, which decompose by formula (Unicode 3.12).
const (
	hangulFirst = 0xAC00
	hangulLast  = 0xD7A3
)

// appendJamo appends the letters (jamo) of Hangul syllable r: what NFKD
// makes of it.
func appendJamo(dst []byte, r rune) []byte {
	const vCount, tCount = 21, 28
	i := r - hangulFirst
	dst = utf8.AppendRune(dst, 0x1100+i/(vCount*tCount))
	dst = utf8.AppendRune(dst, 0x1161+i%(vCount*tCount)/tCount)
	if t := i % tCount; t > 0 {
		dst = utf8.AppendRune(dst, 0x11A7+t)
	}
	return dst
}
