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
// garbage collector would chase through a large heap. Room is made before
// writing, so a chunk is not copied as it fills (the strings cut from it
// would stay right if it were: they keep the old copy).
type entryMaker struct {
	py    *pinyinTable
	buf   strings.Builder // the current chunk
	slots []uint16        // the current array of slots
}

// makerChunk is the size of a chunk: big enough for hundreds of lines,
// small enough to waste little at the end of one.
const makerChunk = 256 << 10

// make makes the entry of text, or, when line is not nil, of the text in
// line (copied into a chunk).
func (m *entryMaker) make(text string, line []byte) entry {
	if line != nil {
		m.reserve(3*len(line), 0)
		text = m.write(func(b *strings.Builder) { b.Write(line) })
	} else {
		m.reserve(2*len(text), 0)
	}
	e := entry{text: text, low: text}
	if firstUpper(text) >= 0 {
		e.low = m.write(func(b *strings.Builder) { foldTo(b, text) })
	}
	e.ascii = e.low
	if !isASCII(e.low) {
		e.ascii = m.write(func(b *strings.Builder) { writeASCII(b, e.low) })
	}
	if n, runes, han := m.py.measure(e.low); han && n <= maxPinyinLine {
		m.reserve(n, runes+1)
		from := len(m.slots)
		e.py = m.write(func(b *strings.Builder) { m.slots, e.pairs = m.py.writeLine(b, m.slots, e.low) })
		e.slots = m.slots[from:len(m.slots):len(m.slots)]
	}
	e.mask, e.pyMask = maskOf(e.low), maskOf(e.py)
	return e
}

// reserve makes room for n more bytes and k more slots, in a new chunk or
// array when the current one has too little left.
func (m *entryMaker) reserve(n, k int) {
	if m.buf.Cap()-m.buf.Len() < n {
		m.buf = strings.Builder{}
		m.buf.Grow(max(n, makerChunk))
	}
	if cap(m.slots)-len(m.slots) < k {
		m.slots = make([]uint16, 0, max(k, makerChunk/2))
	}
}

// write runs put on the current chunk and returns what it wrote.
func (m *entryMaker) write(put func(*strings.Builder)) string {
	lo := m.buf.Len()
	put(&m.buf)
	return m.buf.String()[lo:]
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
