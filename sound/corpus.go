package sound

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"unicode/utf8"
)

// Corpus is a list of texts searched by sound, with its index: for each
// text, the set of syllables its characters can be read as (a bit per
// syllable, 56 bytes a text), and how often each syllable occurs (sampled). It keeps the strings, not copies. It is safe for concurrent use.
type Corpus struct {
	texts []string
	words int      // uint64 words in a text's syllable set
	sets  []uint64 // text i's syllables: sets[i*words:(i+1)*words]
	freq  []uint64 // per syllable id: how many sampled characters can be read so
}

// Hit is a match in text Text of a Corpus.
type Hit struct {
	Text int
	Match
}

// NewCorpus indexes texts for search by sound: one pass over their
// characters, split across CPUs, and a sample of one character in about 61
// bytes for the syllables' frequencies (it reads go-pinyin's dictionary
// first if no search has yet).
func NewCorpus(texts []string) *Corpus {
	t := sounds()
	c := &Corpus{texts: texts, words: (len(t.names) + 63) / 64, freq: make([]uint64, len(t.names))}
	c.sets = make([]uint64, len(texts)*c.words)
	parts := runtime.GOMAXPROCS(0)
	if len(texts) < 64 {
		parts = 1
	}
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := len(texts)*p/parts, len(texts)*(p+1)/parts
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				index(t, texts[i], c.sets[i*c.words:(i+1)*c.words])
			}
		})
	}
	sample(t, texts, c.freq)
	wg.Wait()
	return c
}

// index sets in set the syllables of the characters of s.
func index(t *table, s string, set []uint64) {
	mark := func(id uint16) { set[id>>6] |= 1 << (id & 63) }
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xE3 && c <= 0xE9 && i+2 < len(s) {
			// three bytes, the CJK blocks: decoded here, the first two
			// readings from the packed table
			c1, c2 := s[i+1], s[i+2]
			if (c1^0x80)|(c2^0x80) < 0x40 {
				if r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F); r >= flatLo && r <= flatHi {
					switch e := t.pair[r-flatLo]; {
					case e == noReading:
					case e>>16 == noSecond:
						mark(uint16(e))
					case e>>16 == moreThan2:
						for _, id := range t.of(r) {
							mark(id)
						}
					default:
						mark(uint16(e))
						mark(uint16(e >> 16))
					}
					i += 3
					continue
				}
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		for _, id := range t.of(r) {
			mark(id)
		}
		i += n
	}
}

// sample counts, in freq, the readings of one character in about
// sampleEvery bytes of texts, as if the texts were one.
func sample(t *table, texts []string, freq []uint64) {
	next := 0
	for _, s := range texts {
		i := next
		for ; i < len(s); i += sampleEvery {
			j := i
			for j > 0 && s[j]&0xC0 == 0x80 && i-j < utf8.UTFMax {
				j--
			}
			r, _ := utf8.DecodeRuneInString(s[j:])
			for _, id := range t.of(r) {
				freq[id]++
			}
		}
		next = i - len(s)
	}
}

// sampleEvery is the distance in bytes between the characters sampled.
const sampleEvery = 61

// Len is the number of texts.
func (c *Corpus) Len() int { return len(c.texts) }

// Search finds q in every text, in text order and then offset order, and
// returns the first limit hits (all when limit <= 0), the texts split
// across CPUs. Only the texts whose syllables include one of every
// position's, for some pattern, are scanned. It returns nil when ctx is
// done before it finishes.
func (c *Corpus) Search(ctx context.Context, q *Query, limit int) []Hit {
	q = c.rarest(q)
	masks := c.masks(q)
	parts := runtime.GOMAXPROCS(0)
	if len(c.texts) < 64 {
		parts = 1
	}
	results := make([][]Hit, parts)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := len(c.texts)*p/parts, len(c.texts)*(p+1)/parts
		wg.Go(func() { results[p] = c.searchTexts(ctx, q, masks, lo, hi, limit) })
	}
	wg.Wait()
	if ctx.Err() != nil {
		return nil
	}
	hits := slices.Concat(results...)
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// searchTexts searches texts lo to hi in order, stopping at limit hits or
// when ctx is done (checked every megabyte).
func (c *Corpus) searchTexts(ctx context.Context, q *Query, masks [][]uint64, lo, hi, limit int) []Hit {
	var hits []Hit
	var ms []Match
	scanned := 0
	for i := lo; i < hi; i++ {
		if scanned += len(c.texts[i]); scanned >= 1<<20 {
			if ctx.Err() != nil {
				return nil
			}
			scanned = 0
		}
		if !c.mayHold(i, masks) {
			continue
		}
		ms = q.FindAll(c.texts[i], ms[:0])
		for _, m := range ms {
			hits = append(hits, Hit{Text: i, Match: m})
		}
		if limit > 0 && len(hits) >= limit {
			break
		}
	}
	return hits
}

// masks are, for each pattern, the syllables allowed at each position, as
// bit sets like a text's.
func (c *Corpus) masks(q *Query) [][]uint64 {
	var out [][]uint64
	for _, p := range q.patterns {
		m := make([]uint64, len(p.ids)*c.words)
		for pos, e := range p.ids {
			for _, id := range e {
				m[pos*c.words+int(id>>6)] |= 1 << (id & 63)
			}
		}
		out = append(out, m)
	}
	return out
}

// mayHold reports whether text i has, for some pattern, a syllable of
// every position.
func (c *Corpus) mayHold(i int, masks [][]uint64) bool {
	set := c.sets[i*c.words : (i+1)*c.words]
	for _, m := range masks {
		if holdsAll(set, m) {
			return true
		}
	}
	return false
}

// holdsAll reports whether set meets each position's mask in m.
func holdsAll(set, m []uint64) bool {
	for pos := 0; pos < len(m); pos += len(set) {
		meet := uint64(0)
		for w, bits := range set {
			meet |= bits & m[pos+w]
		}
		if meet == 0 {
			return false
		}
	}
	return true
}

// rarest is q with each pattern's anchor moved to the position whose
// syllables occur least often in the corpus.
func (c *Corpus) rarest(q *Query) *Query {
	out := &Query{patterns: slices.Clone(q.patterns)}
	for i := range out.patterns {
		p := &out.patterns[i]
		best := uint64(1 << 63)
		for pos, e := range p.ids {
			var n uint64
			for _, id := range e {
				n += c.freq[id]
			}
			if n < best {
				best, p.anchor = n, pos
			}
		}
	}
	return out
}
