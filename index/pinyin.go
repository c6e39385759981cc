package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// maxReadings caps the readings kept for one character: the dictionary lists
// rare ones last, and every reading kept lengthens the pinyin line.
const maxReadings = 4

// pinyinTable turns Han characters into their readings without tones,
// remembering each character it has seen (go-pinyin is slow per call): the
// CJK Unified Ideographs block, where nearly all of them are, in an array
// indexed by the rune, the rest in a map. A table belongs to one Build and
// is not shared between goroutines.
type pinyinTable struct {
	args pinyin.Args
	// cjk[r-cjkFirst] is 0 for a rune not looked up yet, else 1 + the index
	// of its readings in seen.
	cjk      [cjkLast - cjkFirst + 1]uint16
	seen     [][]string
	cache    map[rune][]string
	prefixes prefixSet // of every reading looked up
}

// The CJK Unified Ideographs block: every rune in it is Han.
const (
	cjkFirst = 0x4E00
	cjkLast  = 0x9FFF
)

func newPinyinTable() *pinyinTable {
	return &pinyinTable{
		args:     pinyin.Args{Style: pinyin.Normal, Heteronym: true},
		cache:    make(map[rune][]string),
		prefixes: prefixSet{},
	}
}

// readings are r's distinct readings, most common first, or nil when r is
// not a Han character with a reading.
func (p *pinyinTable) readings(r rune) []string {
	if r >= cjkFirst && r <= cjkLast {
		c := &p.cjk[r-cjkFirst]
		if *c == 0 {
			p.seen = append(p.seen, p.lookUp(r))
			*c = uint16(len(p.seen))
		}
		return p.seen[*c-1]
	}
	if r < 0x2E80 || !unicode.Is(unicode.Han, r) {
		return nil
	}
	if rs, ok := p.cache[r]; ok {
		return rs
	}
	rs := p.lookUp(r)
	p.cache[r] = rs
	return rs
}

// lookUp asks go-pinyin for r's readings, at most maxReadings of them.
func (p *pinyinTable) lookUp(r rune) []string {
	rs := pinyin.SinglePinyin(r, p.args)
	if len(rs) > maxReadings {
		rs = rs[:maxReadings]
	}
	p.prefixes.addReadings(rs)
	return rs
}

// maxPinyinLine is the longest pinyin line kept: slot offsets are uint16.
const maxPinyinLine = 1<<16 - 1

// measure is the length of the pinyin line of s (see putPinyin) and its
// number of runes, or ok false when s has no Han character.
func (p *pinyinTable) measure(s string) (n, runes int, ok bool) {
	for _, r := range s {
		runes++
		if rs := p.readings(r); rs != nil {
			ok = true
			for _, reading := range rs {
				n += 1 + len(reading)
			}
		} else {
			n += utf8.RuneLen(r)
		}
	}
	return n, runes, ok
}

// writeLine writes the pinyin form of the lowered text s to b: every Han
// character becomes its readings, each after a space; other runes stay. It
// appends to slots the byte offset in that line where each rune of s
// starts, then the line's length, and returns them with the pairs of
// initials of characters side by side (see pairBit).
func (p *pinyinTable) writeLine(b *strings.Builder, slots []uint16, s string) ([]uint16, uint64) {
	start := b.Len()
	var prev []string
	var pairs uint64
	for _, r := range s {
		slots = append(slots, uint16(b.Len()-start))
		rs := p.readings(r)
		pairs, prev = pairsOf(pairs, prev, rs), rs
		if rs != nil {
			for _, reading := range rs {
				b.WriteByte(' ')
				b.WriteString(reading)
			}
		} else {
			b.WriteRune(r)
		}
	}
	return append(slots, uint16(b.Len()-start)), pairs
}

// keys are the ways a name may be typed: lowered as written, without spaces,
// and for Chinese names in full pinyin and as initials (every combination of
// readings, up to a few).
func (p *pinyinTable) keys(name string) []string {
	low := fold(strings.TrimSpace(name))
	if low == "" {
		return nil
	}
	keys := []string{strings.ReplaceAll(low, " ", "")}
	full, initials := []string{""}, []string{""}
	const maxCombos = 8
	for _, r := range low {
		if r == ' ' || r == '·' || r == '•' {
			continue
		}
		rs := p.readings(r)
		if rs == nil {
			rs = []string{string(r)}
			full = extend(full, rs, false, maxCombos)
			initials = extend(initials, rs, false, maxCombos)
			continue
		}
		full = extend(full, rs, false, maxCombos)
		initials = extend(initials, rs, true, maxCombos)
	}
	for _, k := range append(full, initials...) {
		if k != keys[0] && !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// extend appends each reading (or its first letter) to each prefix, keeping
// at most max results. Readings are ASCII, so r[:1] is its first letter.
func extend(prefixes, readings []string, first bool, max int) []string {
	var out []string
	for _, pre := range prefixes {
		for _, r := range readings {
			if first {
				r = r[:1]
			}
			if len(out) < max {
				out = append(out, pre+r)
			}
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
