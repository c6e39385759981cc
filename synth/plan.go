package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Talks come in groups of groupSize consecutive numbers. A group is one
// event's two forums (groupSize/2 parts each, one video per forum), written
// either as a volume, as single files, or — for a series of notes — as
// numbered notes.
const groupSize = 8

type groupKind int

const (
	kindSingles groupKind = iota
	kindVolume
	kindNotes
)

// dialect is the shape of a talk's heading (and, for noMeta, its file name).
type dialect int

const (
	dColon      dialect = iota // E-F - P4：T：S - Pub - BV
	dSemicolon                 // E-F - P1：T;S - Pub - BV
	dDash                      // E-F - P3：T-S - Pub - BV
	dDoubleDash                // E-F - P1：T--S - Pub - BV
	dRole                      // E-F - P1：论坛背景与嘉宾介绍-主持人：S - Pub - BV
	dRoundtable                // E-F - P7：圆桌讨论：主持人：H-嘉宾：A-B-C - Pub - BV
	dEnglish                   // E-F - P2：English Title：Latin Name - Pub - BV
	dSlug                      // E-F---P4-T-S---Pub---BV
	dP05                       // E-F - p05：T：S - Pub - BV
	dNoMeta                    // # T, with E-F--BV_p3-_note.md as the file name
	dNote                      // # 012：T, a numbered note
	numDialects
)

// group is what the talks of one group share.
type group struct {
	kind   groupKind
	year   int
	event  event
	forums [2]string
	videos [2]string
	base   [2]int // the first part of each forum is base+1
	roster [groupSize]string
	series string // notes only
}

// rng returns the generator for stream (a group or a talk) of seed.
func rng(seed int64, salt uint64, n int) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed)^salt, uint64(n)))
}

const (
	saltGroup = 0x9e3779b97f4a7c15
	saltTalk  = 0xc2b2ae3d27d4eb4f
	saltFile  = 0x165667b19e3779f9
)

const base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// videoID is a Bilibili-shaped id ("BV" and 10 characters), unique per
// (g, forum) for the first 58⁴/2 groups.
func videoID(r *rand.Rand, g, forum int) string {
	var b [12]byte
	b[0], b[1], b[2] = 'B', 'V', '1'
	for i := 3; i < 8; i++ {
		b[i] = base58[r.IntN(len(base58))]
	}
	// An affine bijection on [0, 58⁴) scatters consecutive groups while
	// keeping their ids distinct (3¹³ is prime to 58).
	const span = 58 * 58 * 58 * 58
	k := ((g*2+forum)%span*1594323 + 104729) % span
	for i := 11; i >= 8; i-- {
		b[i] = base58[k%len(base58)]
		k /= len(base58)
	}
	return string(b[:])
}

// chineseName is an invented Chinese name.
func chineseName(r *rand.Rand) string {
	return surnames[r.IntN(len(surnames))] + givens[r.IntN(len(givens))]
}

// latinName is an invented Latin-script name.
func latinName(r *rand.Rand) string {
	return latinFirs[r.IntN(len(latinFirs))] + " " + latinLast[r.IntN(len(latinLast))]
}

// planGroup decides, from the seed alone, what group g looks like.
func planGroup(g int, seed int64) group {
	r := rng(seed, saltGroup, g)
	gr := group{year: 2022 + r.IntN(4), event: events[(g/16)%len(events)]}
	switch x := r.IntN(100); {
	case x < 20:
		gr.kind = kindVolume
	case x < 32:
		gr.kind = kindNotes
	default:
		gr.kind = kindSingles
	}
	for f := range 2 {
		gr.forums[f] = forums[r.IntN(len(forums))]
		gr.videos[f] = videoID(r, g, f)
		gr.base[f] = 3 * r.IntN(2)
	}
	for i := range gr.roster {
		gr.roster[i] = chineseName(r)
	}
	gr.series = fmt.Sprintf("notes-%s-%02d", strings.ToLower(enTitleA[g%len(enTitleA)]), g%97)
	return gr
}

// meta is what a talk's heading and file name say about it.
type meta struct {
	n       int
	g       group
	forum   int
	part    int
	dialect dialect
	title   string
	speaker string
	guests  []string // roundtables
	role    string   // dRole: 主持人, 主讲嘉宾, …
	english bool     // body in English
	trad    bool     // body in Traditional Chinese
	last    bool     // last talk of its forum
}

// planTalk decides the metadata of talk n.
func planTalk(n int, seed int64) meta {
	g := n / groupSize
	i := n % groupSize
	m := meta{n: n, g: planGroup(g, seed), forum: i / (groupSize / 2)}
	m.part = m.g.base[m.forum] + i%(groupSize/2) + 1
	m.last = i%(groupSize/2) == groupSize/2-1
	r := rng(seed, saltTalk, n)
	m.speaker = m.g.roster[i]
	m.title = title(r)
	switch m.g.kind {
	case kindNotes:
		m.dialect = dNote
		return m
	case kindVolume:
		m.dialect = []dialect{dColon, dColon, dColon, dSemicolon, dDash, dDoubleDash, dRole, dEnglish}[r.IntN(8)]
	default:
		m.dialect = dialect(r.IntN(int(dNoMeta)))
		if m.dialect == dRoundtable {
			m.dialect = dNoMeta
		}
	}
	if m.part == 1 && m.dialect != dEnglish && m.dialect != dNoMeta {
		m.title = "论坛背景与嘉宾介绍"
	}
	if m.last && r.IntN(2) == 0 {
		m.dialect = dRoundtable
	}
	switch m.dialect {
	case dEnglish:
		m.english = true
		m.title = enTitleA[r.IntN(len(enTitleA))] + " " + enTitleB[r.IntN(len(enTitleB))] + " " + enTitleC[r.IntN(len(enTitleC))]
		m.speaker = latinName(r)
	case dRole:
		m.role = []string{"主持人", "主讲嘉宾", "对话嘉宾", "提问嘉宾"}[r.IntN(4)]
	case dRoundtable:
		m.title = "圆桌讨论"
		first := m.forum * groupSize / 2
		m.speaker = m.g.roster[first]
		for k := 1; k < groupSize/2; k++ {
			m.guests = append(m.guests, m.g.roster[first+k])
		}
		m.guests = append(m.guests, chineseName(r))
	}
	m.trad = !m.english && r.IntN(20) == 0
	return m
}

// title is an invented Chinese talk title, sometimes with a colon in it.
func title(r *rand.Rand) string {
	t := topics[r.IntN(len(topics))]
	a := aspects[r.IntN(len(aspects))]
	switch r.IntN(5) {
	case 0:
		return t + "的" + a + "：以" + enWords.words[r.IntN(24)] + "为例"
	case 1:
		return "面向" + other(r, t) + "的" + t + a
	case 2:
		return t + "在" + other(r, t) + "中的" + a
	default:
		return t + "的" + a
	}
}

// other is a topic other than t.
func other(r *rand.Rand, t string) string {
	for {
		if o := topics[r.IntN(len(topics))]; o != t {
			return o
		}
	}
}
