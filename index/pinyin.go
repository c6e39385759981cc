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
// remembering each character it has seen (go-pinyin is slow per call). A
// table belongs to one Build and is not shared between goroutines.
type pinyinTable struct {
	args  pinyin.Args
	cache map[rune][]string
}

func newPinyinTable() *pinyinTable {
	return &pinyinTable{
		args:  pinyin.Args{Style: pinyin.Normal, Heteronym: true},
		cache: make(map[rune][]string),
	}
}

// readings are r's distinct readings, most common first, or nil when r is
// not a Han character with a reading.
func (p *pinyinTable) readings(r rune) []string {
	if r < 0x2E80 || !unicode.Is(unicode.Han, r) {
		return nil
	}
	if rs, ok := p.cache[r]; ok {
		return rs
	}
	rs := pinyin.SinglePinyin(r, p.args)
	if len(rs) > maxReadings {
		rs = rs[:maxReadings]
	}
	p.cache[r] = rs
	return rs
}

// maxPinyinLine is the longest pinyin line kept: slot offsets are uint16.
const maxPinyinLine = 1<<16 - 1

// line is the pinyin form of the lowered text s: every Han character becomes
// its readings, each after a space; other runes stay. slots[i] is the byte
// offset in py where rune i of s starts, and slots[len] is len(py). It
// returns "" and nil when s has no Han character (or is too long).
func (p *pinyinTable) line(s string) (py string, slots []uint16) {
	han := false
	for _, r := range s {
		if p.readings(r) != nil {
			han = true
			break
		}
	}
	if !han {
		return "", nil
	}
	var b strings.Builder
	b.Grow(len(s) * 2)
	slots = make([]uint16, 0, utf8.RuneCountInString(s)+1)
	for _, r := range s {
		if b.Len() > maxPinyinLine {
			return "", nil
		}
		slots = append(slots, uint16(b.Len()))
		if rs := p.readings(r); rs != nil {
			for _, reading := range rs {
				b.WriteByte(' ')
				b.WriteString(reading)
			}
		} else {
			b.WriteRune(r)
		}
	}
	if b.Len() > maxPinyinLine {
		return "", nil
	}
	slots = append(slots, uint16(b.Len()))
	return b.String(), slots
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
