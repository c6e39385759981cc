package sound

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
	"talks/runeset"
)

// The block of the table kept as a flat array: CJK Extension A and the
// Unified Ideographs. Other characters with readings are kept in a map.
const (
	flatLo = 0x3400
	flatHi = 0x9FFF
)

// table maps Han characters to the ids of their toneless readings (every
// reading go-pinyin lists, heteronyms included).
type table struct {
	names []string          // syllable id → "ling"
	ids   map[string]uint16 // "ling" → syllable id
	off   []uint32          // readings of rune r in the flat block: ids[off[r-flatLo]:off[r-flatLo+1]]
	flat  []uint16
	pair  []uint32 // the first two readings of rune r in the flat block, packed (see pairOf)
	other map[rune][]uint16
	// otherBlock[r>>8]: some rune of that 256-rune block is in other
	otherBlock [(utf8.MaxRune + 1) >> 8]bool
	bySyl      [][]rune       // the characters with each syllable
	chars      []*runeset.Set // the same as sets, made on demand
	mu         sync.Mutex     // guards chars
}

var sounds = sync.OnceValue(buildTable)

// buildTable reads go-pinyin's dictionary once: each character's readings,
// tone marks removed (ü is written v, as go-pinyin writes it). Syllable ids
// follow the syllables' alphabetical order.
func buildTable() *table {
	t := &table{ids: map[string]uint16{}, other: map[rune][]uint16{}}
	flat := make([][]uint16, flatHi-flatLo+1)
	for cp, value := range pinyin.PinyinDict {
		var ids []uint16
		for value != "" {
			reading, rest, _ := strings.Cut(value, ",")
			value = rest
			s := toneless(reading)
			if s == "" {
				continue
			}
			id, ok := t.ids[s]
			if !ok {
				id = uint16(len(t.names))
				t.names = append(t.names, s)
				t.ids[s] = id
			}
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		switch r := rune(cp); {
		case len(ids) == 0:
		case r >= flatLo && r <= flatHi:
			flat[r-flatLo] = ids
		default:
			t.other[r] = ids
			t.otherBlock[r>>8] = true
		}
	}
	// renumber in alphabetical order
	old := slices.Clone(t.names)
	sort.Strings(t.names)
	renum := make([]uint16, len(old))
	for i, s := range t.names {
		renum[t.ids[s]] = uint16(i)
		t.ids[s] = uint16(i)
	}
	for _, ids := range flat {
		for i := range ids {
			ids[i] = renum[ids[i]]
		}
	}
	for _, ids := range t.other {
		for i := range ids {
			ids[i] = renum[ids[i]]
		}
	}
	t.off = make([]uint32, len(flat)+1)
	t.pair = make([]uint32, len(flat))
	for i, ids := range flat {
		t.off[i] = uint32(len(t.flat))
		t.flat = append(t.flat, ids...)
		t.pair[i] = packPair(ids)
	}
	t.off[len(flat)] = uint32(len(t.flat))
	t.bySyl = make([][]rune, len(t.names))
	for i, ids := range flat {
		for _, id := range ids {
			t.bySyl[id] = append(t.bySyl[id], rune(flatLo+i))
		}
	}
	for r, ids := range t.other {
		for _, id := range ids {
			t.bySyl[id] = append(t.bySyl[id], r)
		}
	}
	t.chars = make([]*runeset.Set, len(t.names))
	return t
}

// toneless is a reading without its tone mark, in ASCII: "lǜ" → "lv",
// "ê̄" → "e", "ḿ" → "m". A reading with anything else gives "".
func toneless(reading string) string {
	var buf [8]byte
	b := buf[:0]
	for _, r := range reading {
		switch {
		case r >= 'a' && r <= 'z':
			b = append(b, byte(r))
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r)+'a'-'A')
		case r >= 0x300 && r <= 0x36F: // a combining tone mark (ê̄ is ê and U+0304)
			if r == 0x308 && len(b) > 0 && b[len(b)-1] == 'u' {
				b[len(b)-1] = 'v'
			}
		default:
			base, ok := markedVowels[r]
			if !ok {
				return ""
			}
			b = append(b, base)
		}
	}
	return string(b)
}

// markedVowels are the letters with tone marks pinyin uses and the ASCII
// letter each stands for (ü as v).
var markedVowels = func() map[rune]byte {
	m := map[rune]byte{}
	for base, marked := range map[byte]string{
		'a': "āáǎàÀÁ", 'e': "ēéěèêếềÉÈ", 'i': "īíǐìÍÌ", 'o': "ōóǒòÓÒ",
		'u': "ūúǔùÚÙ", 'v': "ǖǘǚǜüÜ", 'n': "ńňǹ", 'm': "ḿ",
	} {
		for _, r := range marked {
			m[r] = base
		}
	}
	return m
}()

// Packed pairs: no reading, or the first id in the low 16 bits and the
// second (or noSecond) in the high 16 bits, or more than two (use of).
const (
	noReading = 0xFFFFFFFF
	noSecond  = 0xFFFF
	moreThan2 = 0xFFFE
)

func packPair(ids []uint16) uint32 {
	switch len(ids) {
	case 0:
		return noReading
	case 1:
		return uint32(ids[0]) | noSecond<<16
	case 2:
		return uint32(ids[0]) | uint32(ids[1])<<16
	}
	return uint32(ids[0]) | moreThan2<<16
}

// of are the syllable ids of r's readings, nil when r has none.
func (t *table) of(r rune) []uint16 {
	if r >= flatLo && r <= flatHi {
		i := r - flatLo
		return t.flat[t.off[i]:t.off[i+1]]
	}
	if r < 0 || r > utf8.MaxRune || !t.otherBlock[r>>8] {
		return nil
	}
	return t.other[r]
}

// charsOf is the set of characters with syllable id s among their
// readings, made on first use and kept.
func (t *table) charsOf(s uint16) *runeset.Set {
	t.mu.Lock()
	defer t.mu.Unlock()
	if set := t.chars[s]; set != nil {
		return set
	}
	set := &runeset.Set{}
	for _, r := range t.bySyl[s] {
		set.Add(r)
	}
	t.chars[s] = set
	return set
}

// Readings are r's readings without tones, as go-pinyin lists them (ü
// written v): 行 → xing, hang, heng. Nil when r is not a Han character
// with a reading. The first call reads go-pinyin's dictionary.
func Readings(r rune) []string {
	t := sounds()
	var out []string
	for _, id := range t.of(r) {
		out = append(out, t.names[id])
	}
	return out
}

// isSyllable reports whether s is a toneless reading of some character.
func isSyllable(s string) bool {
	_, ok := sounds().ids[s]
	return ok
}

// utf8Len is the length of r in UTF-8 (1 for invalid runes, as decoding
// an invalid byte consumes one).
func utf8Len(r rune) int {
	if n := utf8.RuneLen(r); n > 0 {
		return n
	}
	return 1
}
