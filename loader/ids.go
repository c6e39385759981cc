package loader

import (
	"hash"
	"hash/fnv"
	"strconv"
	"strings"
	"unicode"
	"unsafe"

	"talks/model"
)

// baseID is a talk's ID before duplicates are told apart:
// "<video id>-p<part>" (or the video id alone when the part is unknown), else
// the slug of its file plus "-<n>" for the n-th talk of a file that holds
// several.
func baseID(t *model.Talk, fileSlug string, n, of int) string {
	if t.VideoID != "" {
		if t.Part > 0 {
			return t.VideoID + "-p" + strconv.Itoa(t.Part)
		}
		return t.VideoID
	}
	if of > 1 {
		return fileSlug + "-" + strconv.Itoa(n)
	}
	return fileSlug
}

// slug makes an ID out of a file's base name without its extension:
// letters (Chinese too) and ASCII digits kept, letters lower-cased, every
// run of anything else one "-". It is "talk" when nothing is left.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case r >= 0x80 && unicode.IsLetter(r):
			r = unicode.ToLower(r)
		default:
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "talk"
	}
	return b.String()
}

// uniqueIDs tells apart talks that have the same ID, in load order, and
// drops exact copies; it returns the talks kept. See idSet.add.
func uniqueIDs(talks []*model.Talk) []*model.Talk {
	return idSet{}.add(talks)
}

// idSet is the IDs given so far, each with a fingerprint of its talk's
// text, so that talks arriving in batches get the IDs uniqueIDs would give
// them all at once.
type idSet map[string]uint64

// add makes the IDs of talks unique among themselves and the IDs before,
// and returns the talks kept, in order.
//
// The same talk often sits in two files (the collection names files in two
// styles, and volumes repeat single files). When a talk has the ID of one
// before it and the very same text (its heading, and every block's kind
// and text), it is a
// copy: it is dropped, and the first keeps the ID. When the text differs
// the two are different versions, and both are kept: the first keeps the
// ID, the next get "-2", "-3" ….
func (seen idSet) add(talks []*model.Talk) []*model.Talk {
	kept := talks[:0:0]
	for _, t := range talks {
		fp := fingerprint(t)
		if old, ok := seen[t.ID]; ok && old == fp {
			continue
		}
		id := t.ID
		for k := 2; hasID(seen, id); k++ {
			id = t.ID + "-" + strconv.Itoa(k)
		}
		t.ID = id
		seen[id] = fp
		kept = append(kept, t)
	}
	return kept
}

func hasID(seen idSet, id string) bool {
	_, ok := seen[id]
	return ok
}

// fingerprint hashes a talk's text: its heading, and the kind and text of
// every block.
func fingerprint(t *model.Talk) uint64 {
	h := fnv.New64a()
	writeString(h, t.Heading)
	var mark [1]byte
	for _, b := range t.Blocks {
		mark[0] = byte(b.Kind)
		h.Write(mark[:])
		writeString(h, b.Text)
		mark[0] = 0
		h.Write(mark[:])
	}
	return h.Sum64()
}

// writeString writes s to h without copying it (io.WriteString would copy,
// as FNV hashes have no WriteString): a hash does not keep what it is given.
func writeString(h hash.Hash, s string) {
	h.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
}
