package index

import (
	"strings"
	"unicode/utf8"
)

// entry is one line the finder matches: a talk or a person.
type entry struct {
	text   string   // shown to the user
	low    string   // text lowered by fold: same byte offsets
	ascii  string   // low with every non-ASCII rune as one byte 0x01: byte i is rune i
	py     string   // pinyin line of low, or "" when text has no Han
	slots  []uint16 // where each rune's slot starts in py, then len(py)
	keys   []string // for a person: the ways the name may be typed
	mask   uint64   // maskOf(low)
	pyMask uint64   // maskOf(py)
	pairs  uint64   // initials of characters side by side (see pairBit)
}

// newEntry makes the entry of a line of text on its own.
func newEntry(p *pinyinTable, text string) entry {
	m := entryMaker{py: p}
	return m.make(text, nil)
}

// entryMaker makes entries whose strings (the text of a talk's line, and
// the lowered, ASCII and pinyin lines) are cut from shared chunks of
// memory, and their slots from shared arrays: indexing 100,000 talks makes
// a few hundred allocations instead of several per line, which the
// garbage collector would chase through a large heap. The ASCII lines, the
// pinyin lines and the rest each have chunks of their own, so that a pass
// over the entries' ASCII lines (most terms) reads little else.
type entryMaker struct {
	py    *pinyinTable
	text  chunks // text and low
	ascii chunks
	pin   chunks   // pinyin lines
	slots []uint16 // the current array of slots
}

// chunks hands out strings written one after the other in chunks of
// memory. Room is made before writing, so a chunk is not copied as it
// fills (the strings cut from it would stay right if it were: they keep
// the old copy).
type chunks struct{ b strings.Builder }

// chunkSize is the size of a chunk: big enough for hundreds of lines,
// small enough to waste little at the end of one.
const chunkSize = 128 << 10

// reserve makes room for n more bytes, in a new chunk when the current
// one has too little left.
func (c *chunks) reserve(n int) {
	if c.b.Cap()-c.b.Len() < n {
		c.b = strings.Builder{}
		c.b.Grow(max(n, chunkSize))
	}
}

// write makes room for n bytes, runs put on the current chunk and returns
// what it wrote (n at most, for the room to suffice).
func (c *chunks) write(n int, put func(*strings.Builder)) string {
	c.reserve(n)
	lo := c.b.Len()
	put(&c.b)
	return c.b.String()[lo:]
}

// make makes the entry of text, or, when line is not nil, of the text in
// line (copied into a chunk).
func (m *entryMaker) make(text string, line []byte) entry {
	if line != nil {
		m.text.reserve(2 * len(line))
		text = m.text.write(len(line), func(b *strings.Builder) { b.Write(line) })
	}
	e := entry{text: text, low: text}
	if firstUpper(text) >= 0 {
		e.low = m.text.write(len(text), func(b *strings.Builder) { foldTo(b, text) })
	}
	e.ascii = e.low
	if !isASCII(e.low) {
		e.ascii = m.ascii.write(len(e.low), func(b *strings.Builder) { writeASCII(b, e.low) })
	}
	if n, runes, han := m.py.measure(e.low); han && n <= maxPinyinLine {
		if cap(m.slots)-len(m.slots) < runes+1 {
			m.slots = make([]uint16, 0, max(runes+1, chunkSize/2))
		}
		from := len(m.slots)
		e.py = m.pin.write(n, func(b *strings.Builder) { m.slots, e.pairs = m.py.writeLine(b, m.slots, e.low) })
		e.slots = m.slots[from:len(m.slots):len(m.slots)]
	}
	e.mask, e.pyMask = maskOf(e.low), maskOf(e.py)
	return e
}

// writeASCII writes s with every non-ASCII rune as the byte 0x01.
func writeASCII(b *strings.Builder, s string) {
	for _, r := range s {
		if r >= utf8.RuneSelf {
			r = 1
		}
		b.WriteByte(byte(r))
	}
}

// haystack is the line an ASCII term (ascii) or any other term is matched
// on. An ASCII term matches no other rune, so it can be matched on e.ascii,
// shorter and all ASCII, with the same scores: sahilm/fuzzy only looks at
// whether a character matches, is a separator or follows one, and 0x01 is
// neither.
func (e *entry) haystack(ascii bool) string {
	if ascii {
		return e.ascii
	}
	return e.low
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isSubsequence reports whether the runes of term appear in s in order.
func isSubsequence(s, term string) bool {
	for i := 0; i < len(term); {
		c := term[i]
		if c < utf8.RuneSelf {
			j := strings.IndexByte(s, c)
			if j < 0 {
				return false
			}
			s = s[j+1:]
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(term[i:])
		j := strings.Index(s, term[i:i+n])
		if j < 0 {
			return false
		}
		s = s[j+n:]
		i += n
	}
	return true
}
