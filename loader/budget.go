package loader

import (
	"unsafe"

	"talks/model"
)

// A file's talks, blocks and images cost memory out of proportion to the
// bytes that make them: a "## s" line is 5 bytes and its block 72, a
// one-line talk costs hundreds. So that no file can make the loader hold
// much more than the file itself, parsing one spends from a budget of
// budgetPerByte bytes of structure for each byte of text, plus
// budgetSlack for the file, shared among its talks by size: small and
// ordinary files never run short (the densest real transcripts spend
// under three bytes per byte). A talk whose budget runs out keeps the rest
// of its text as plain text (one block, and the images of a paragraph left
// in its text), and a file with more talks than
// its budget allows keeps the rest in its last talk; a warning says so.
const (
	budgetPerByte = 2
	budgetSlack   = 256 << 10
)

// What the structures cost, in bytes: the value itself, twice for what is
// gathered in chunks and copied once to its final slice.
var (
	blockCost = 2 * int64(unsafe.Sizeof(model.Block{}))
	imageCost = 2*int64(unsafe.Sizeof(model.Image{})) + blockCost
	// talkAllowance is what a talk may spend on its body beyond its
	// share of the file's budget: a few blocks, so that a file of many
	// small talks does not keep each one's text as plain text.
	talkAllowance = 4 * blockCost
	// talkCost is a talk, its section, its ID, its place in the corpus
	// and the ID set, what reading its heading leaves behind (measured:
	// about 1 KiB in all), and its allowance.
	talkCost = 1<<10 + talkAllowance
)

// Messages for a budget that ran out.
const (
	msgTooManyBlocks = "too many blocks for the file's size: from here on the talk is kept as plain text"
	msgTooManyTalks  = "too many talks for the file's size: this heading and the rest are kept in the talk before"
	// msgMoreTalks follows msgTooManyBlocks when other talks ran out too.
	msgMoreTalks = " (and so for %d more talks)"
)

// budget is what is left to spend on one talk's structures.
type budget struct{ left int64 }

// talkBudget is the budget of a talk whose body is n bytes, in a file of
// talks talks.
func talkBudget(n, talks int) *budget {
	return &budget{left: budgetPerByte*int64(n) + budgetSlack/int64(talks) + talkAllowance}
}

// take spends n bytes; it is false, spending nothing, when fewer are left.
func (b *budget) take(n int64) bool {
	if n > b.left {
		return false
	}
	b.left -= n
	return true
}

// can is true when n bytes are left.
func (b *budget) can(n int64) bool { return n <= b.left }

// maxTalks is how many talks a file of n bytes may hold.
func maxTalks(n int) int {
	return int((budgetPerByte*int64(n) + budgetSlack) / talkCost)
}

// chunked gathers values in fixed-size chunks, so that a long run of them
// does not leave the growing copies of one slice behind, and gives them in
// one slice of the right size at the end.
type chunked[T any] struct {
	full []([]T)
	last []T
	n    int
}

// chunkLen is the length of the largest chunks; the first ones are
// smaller (1, 1, 2, 4, …), for the many talks with few blocks.
const chunkLen = 256

// add appends v.
func (c *chunked[T]) add(v T) {
	if len(c.last) == cap(c.last) {
		if c.last != nil {
			c.full = append(c.full, c.last)
		}
		c.last = make([]T, 0, min(max(1, c.n), chunkLen))
	}
	c.last = append(c.last, v)
	c.n++
}

// len is the number of values added.
func (c *chunked[T]) len() int { return c.n }

// slice is every value in order, in a slice of their number (nil for
// none).
func (c *chunked[T]) slice() []T {
	if len(c.full) == 0 {
		if c.n == 0 {
			return nil
		}
		if len(c.last) == cap(c.last) {
			return c.last
		}
		return append([]T(nil), c.last...)
	}
	out := make([]T, 0, c.n)
	for _, ch := range c.full {
		out = append(out, ch...)
	}
	return append(out, c.last...)
}
