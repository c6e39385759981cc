package model

import "strconv"

// Warning is a problem found while loading: a file that could not be read or
// understood. Everything else still loads.
type Warning struct {
	// File is the file, URL or "-" the problem is in.
	File string
	// Line is the 1-based line, or 0 when the whole file is concerned.
	Line int
	// Msg says what is wrong, in a few words.
	Msg string
}

// Error is the one-line message: "file:line: msg" or "file: msg".
func (w Warning) Error() string {
	if w.Line > 0 {
		return w.File + ":" + strconv.Itoa(w.Line) + ": " + w.Msg
	}
	return w.File + ": " + w.Msg
}

// Corpus is every talk that was loaded, in load order (inputs in the order
// given, files of a folder sorted by path, talks in file order), and the
// problems met on the way. A Corpus is used through a pointer, never copied.
type Corpus struct {
	Talks    []*Talk
	Warnings []Warning
	// Demo is true when the corpus is the embedded demo corpus.
	Demo bool

	ids TalksByID // ByID's map, kept up with Talks as it grows
}

// ByID is the talk with this ID (the first one, should two have it), or
// nil. It costs O(1) on average, however Talks was filled: talks appended
// since the last call are added to its map then. It is safe for concurrent
// use while Talks does not change.
func (c *Corpus) ByID(id string) *Talk { return c.ids.Find(c.Talks, id) }
