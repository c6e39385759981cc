package index

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"talks/model"
)

// The index is built with flat arrays and shared buffers; these tests hold
// it to what the simple code it replaced made, kept below.

// buildTalks are generated talks and the odd cases: a talk listed twice,
// a person twice in one talk, blank and padded names, no speakers.
func buildTalks() []*model.Talk {
	talks := genTalks(3000)
	odd := []*model.Talk{
		{ID: "odd-1", Title: "  Padded Title  ", Speakers: []model.Speaker{{Name: " 黄闻皓 ", Role: model.RoleHost}, {Name: "黄闻皓", Role: model.RoleGuest}, {Name: "  "}}},
		{ID: "odd-2", Title: "", Event: "E", Volume: "E", Part: 12},
		{ID: "odd-3", Title: "行长 ZHANG", Speakers: []model.Speaker{{Name: "", Role: model.RoleGuest}}, Volume: "V"},
	}
	talks = append(talks, odd...)
	talks = append(talks, odd[0], talks[5]) // listed twice
	talks = append(talks, odd[0])
	return talks
}

func TestCollectPeopleSameAsBefore(t *testing.T) {
	talks := buildTalks()
	got, of := collectPeople(talks)
	want := oldCollectPeople(talks)
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("person %d: %s with %d talks, want %s with %d", i, got[i].Name, len(got[i].Talks), want[i].Name, len(want[i].Talks))
			}
		}
		t.Fatalf("%d people, want %d", len(got), len(want))
	}
	index := map[string]int32{}
	for i, p := range want {
		index[p.Name] = int32(i)
	}
	for ti, tk := range talks {
		var wantOf []int32
		for _, s := range tk.Speakers {
			if p, ok := index[strings.TrimSpace(s.Name)]; ok && !slices.Contains(wantOf, p) {
				wantOf = append(wantOf, p)
			}
		}
		if !slices.Equal(of[ti], wantOf) {
			t.Errorf("talk %d (%s): people %v, want %v", ti, tk.ID, of[ti], wantOf)
		}
	}
}

func TestLineSameAsBefore(t *testing.T) {
	for _, tk := range buildTalks() {
		if got, want := Line(tk), oldLine(tk); got != want {
			t.Errorf("Line(%s) = %q, want %q", tk.ID, got, want)
		}
	}
}

// TestEntriesSameAsBefore: entries cut from one buffer hold what entries
// made one at a time held.
func TestEntriesSameAsBefore(t *testing.T) {
	lines := []string{"", "ASCII only", "Ünïcödé ÀB", "黄闻皓 · Yi-Lite · P4", "和和和", strings.Repeat("长", 7000), "a\x00b 行"}
	for _, tk := range buildTalks() {
		lines = append(lines, Line(tk))
	}
	py := newPinyinTable()
	m := entryMaker{py: py}
	got := make([]entry, len(lines))
	for i, l := range lines {
		if i%2 == 0 {
			got[i] = m.make(l, nil)
		} else {
			got[i] = m.make("", []byte(l))
		}
	}
	for i, l := range lines {
		low := fold(l)
		wpy, wslots := py.oldLine(low)
		want := entry{text: l, low: low, ascii: oldASCII(low), py: wpy, slots: wslots, mask: maskOf(low), pyMask: maskOf(wpy)}
		want.pairs = got[i].pairs // new: TestSpellSameAsOld checks them
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("entry of %q:\n got %+v\nwant %+v", trimmed(l), got[i], want)
		}
	}
}

// TestFoldSameAsBefore: fold, now written through a builder, lowers what
// it lowered, invalid UTF-8 kept byte for byte.
func TestFoldSameAsBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	pool := []string{"A", "z", "Ä", "ß", "Σ", "Ж", "\u212a", "Ａ", "黄", "İ", "\xff", "\xe4\xb8", " ", "Ⱥ", "ǅ"}
	for range 5000 {
		var b strings.Builder
		for n := r.IntN(12); n > 0; n-- {
			b.WriteString(pool[r.IntN(len(pool))])
		}
		if s := b.String(); fold(s) != oldFold(s) {
			t.Fatalf("fold(%q) = %q, want %q", s, fold(s), oldFold(s))
		}
	}
}

func trimmed(s string) string {
	if r := []rune(s); len(r) > 40 {
		return fmt.Sprintf("%s… (%d runes)", string(r[:40]), len(r))
	}
	return s
}

// oldCollectPeople is collectPeople before it used flat arrays: it gathers the people of the talks, one Person per name.
func oldCollectPeople(talks []*model.Talk) []Person {
	var people []Person
	byName := map[string]int{}
	for _, t := range talks {
		for _, s := range t.Speakers {
			name := strings.TrimSpace(s.Name)
			if name == "" {
				continue
			}
			i, ok := byName[name]
			if !ok {
				i = len(people)
				byName[name] = i
				people = append(people, Person{Name: name})
			}
			p := &people[i]
			if n := len(p.Talks); n > 0 && p.Talks[n-1].Talk == t {
				continue
			}
			p.Talks = append(p.Talks, Appearance{Talk: t, ID: t.ID, Role: s.Role})
		}
	}
	slices.SortStableFunc(people, func(a, b Person) int { return len(b.Talks) - len(a.Talks) })
	return people
}

// oldLine is Line as it was: the line the finder shows and matches for a talk: its title,
// speakers, forum, event, P<n> and volume, the empty ones left out, joined
// by " · " (the volume too only when it is not the event).
func oldLine(t *model.Talk) string {
	fields := []string{t.Title, t.SpeakerNames(), t.Forum, t.Event, t.PartLabel()}
	if t.Volume != t.Event {
		fields = append(fields, t.Volume)
	}
	var b strings.Builder
	for _, f := range fields {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" · ")
		}
		b.WriteString(f)
	}
	return b.String()
}

// oldLine is how the pinyin line was made: the pinyin form of the lowered text s: every Han character becomes
// its readings, each after a space; other runes stay. slots[i] is the byte
// offset in py where rune i of s starts, and slots[len] is len(py). It
// returns "" and nil when s has no Han character (or is too long).
func (p *pinyinTable) oldLine(s string) (py string, slots []uint16) {
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

// oldASCII is s with each non-ASCII rune replaced by the byte 0x01, or s
// itself when it is all ASCII.
func oldASCII(s string) string {
	if isASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r >= utf8.RuneSelf {
			r = 1
		}
		b = append(b, byte(r))
	}
	return string(b)
}

// oldFold is fold as it was.
func oldFold(s string) string {
	i := firstUpper(s)
	if i < 0 {
		return s
	}
	b := []byte(s)
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if l := lowerSameLen(r, n); l != r {
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	return string(b)
}
