// Package index finds talks: a fuzzy finder over talk metadata (with pinyin),
// the list of people who speak, and full-text search over transcripts.
//
// # Finder
//
// Build gives every talk one finder entry: a line of text shown to the user
// (title · speakers · forum · event · P<n> · volume), the same line lowered
// (Latin letters only, keeping every byte offset), and, when the line holds
// Chinese, a pinyin line: each Han character becomes " " followed by its
// readings without tones, each reading after a space (行 → " xing hang"), so
// a character with several readings matches any of them while the line stays
// linear in the length of the text. A map from every pinyin byte back to the
// rune it came from puts highlights on the Chinese characters that matched.
// Initials need no line of their own: "hwh" is a subsequence of
// " huang wen hao", and sahilm/fuzzy gives a bonus to letters that follow a
// space, the same bonus an English word start gets.
//
// A query is split on spaces into terms; a talk matches when every term
// matches its line or its pinyin line, in any order. Each term is first
// checked for being a subsequence with strings.IndexByte (fast, no
// allocation), and only the survivors go through sahilm/fuzzy, which scores
// them. Terms run one after the other over the talks that survived the
// previous term, split across CPUs.
//
// Scoring: the sum over terms of sahilm/fuzzy's score (bonuses for the first
// character, a character after a separator, runs of adjacent characters;
// penalties for leading unmatched characters) with its length penalty taken
// back out, so a long title is not worse than a short one; plus a large bonus
// when the whole query, spaces removed, is the name of a person in the talk
// (as written, in full pinyin or as initials), so a name brings that person's
// talks first, roundtables included. Ties keep talk order.
//
// Cost: one pass over the lines of the candidate talks per term, O(total
// bytes) with a small constant for the subsequence check, and sahilm/fuzzy
// only where the check passes. The talks that matched the last query are
// kept: a query that extends it (longer terms, more terms) only looks at
// those, so typing gets cheaper with every keystroke.
//
// # Full-text search
//
// Build keeps the text of every searchable block (paragraphs, lists, quotes,
// headings, code) lowered for Latin letters (a lowering that keeps byte
// offsets, so offsets in the lowered text are offsets in the original).
// Search lowers the query the same way and runs strings.Index over every
// block, left to right, counting non-overlapping occurrences — the count of
// `grep -F -o -i` on a block's text, and at least one hit on every line
// `grep -F -i -c` counts. Blocks are split into chunks searched on all CPUs;
// the context is checked between blocks; hits come back in talk order.
// SearchTalk does the same over one talk without an index.
package index
