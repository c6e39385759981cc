package loader

import (
	"strconv"
	"strings"
	"unicode"

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

// uniqueIDs tells apart talks that have the same ID, in load order: the
// first keeps it, the next get "-2", "-3" …. The same talk in two files
// (a talk under both of the corpus's file-naming styles) is kept twice
// rather than merged: the two files come from different places and can
// differ, and a reader may want either.
func uniqueIDs(talks []*model.Talk) {
	make(idSet, len(talks)).add(talks)
}

// idSet is the IDs given so far, so that talks arriving in batches get the
// IDs uniqueIDs would give them all at once.
type idSet map[string]bool

// add makes the IDs of talks unique among themselves and the IDs before.
func (seen idSet) add(talks []*model.Talk) {
	for _, t := range talks {
		id := t.ID
		for k := 2; seen[id]; k++ {
			id = t.ID + "-" + strconv.Itoa(k)
		}
		t.ID = id
		seen[id] = true
	}
}
