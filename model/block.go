package model

import "time"

// Kind says what a Block is.
type Kind int

// The kinds of block a talk's body is made of.
const (
	KindParagraph Kind = iota // running text
	KindHeading               // a section heading (## and deeper)
	KindImage                 // one image, on a line of its own
	KindList                  // a bulleted or numbered list
	KindQuote                 // a block quote
	KindCode                  // a fenced or indented code block
	KindRule                  // a thematic break (---)
)

var kindNames = [...]string{"paragraph", "heading", "image", "list", "quote", "code", "rule"}

// String is the kind's lower-case name, such as "paragraph".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Block is one element of a talk's body.
type Block struct {
	Kind Kind
	// Text is the block's Markdown source with its markers kept for lists
	// ("- a\n- b") and quotes ("> a"), the heading's text without "#"s, the
	// code without its fence, and "" for images and rules. Paragraphs are one
	// line: the source lines joined (with a space between Latin words, nothing
	// between Chinese characters).
	Text string
	// Level is the heading level (2 for ##); 0 for other kinds.
	Level int
	// Lang is the code fence's language, if any.
	Lang string
	// Image is the number (1-based, into Talk.Images) of an image block.
	Image int
	// Para is the block's paragraph number (1-based) for paragraphs, lists and
	// quotes — the blocks a reader quotes — and 0 for the rest.
	Para int
	// Line is the 1-based line in the source file where the block starts.
	Line int
	// Timed is true when Start and End are known: the block comes from a
	// timed transcript (subtitles, Whisper, podcast or Bilibili JSON).
	Timed bool
	// Start and End are when the block is said in the recording, from its
	// start; meaningful only when Timed (a Start of 0 is the very start).
	Start, End time.Duration
	// Speaker is the name of who says the block, when the transcript tells
	// (subtitle voices, podcast speakers); "" otherwise.
	Speaker string
}

// Image is a picture a talk shows, usually a slide.
type Image struct {
	// N is the image's number within its talk, from 1.
	N int
	// Alt is the alt text, often empty.
	Alt string
	// Target is an absolute http(s) URL or an absolute local path.
	Target string
	// Line is the 1-based source line where the image first appears.
	Line int
}
