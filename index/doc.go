// Package index finds talks: a fuzzy finder over talk metadata (with
// pinyin), the people who speak, and full-text search over transcripts.
//
// # Finder
//
// Build gives every talk one entry: the line the finder shows (Line: title ·
// speakers · forum · event · P<n> · volume), that line lowered (Latin letters
// only, keeping every byte offset), the same with every non-ASCII rune as one
// byte (so byte i is rune i), and, when the line holds Chinese, a pinyin
// line where each Han character is a slot of its readings without tones,
// each after a space (行 → " xing hang heng"). A character with several
// readings (go-pinyin's Heteronym option, at most four kept) matches any of
// them, and the line stays linear in the length of the text. People get
// entries of their own for FindSpeakers.
//
// A query is split on spaces into terms; an entry matches when every term
// matches, in any order. A term matches in one of two ways, and the better
// score counts:
//
//   - fuzzily on the line, with sahilm/fuzzy: its characters in order, not
//     necessarily adjacent. An ASCII term is matched on the ASCII form of
//     the line (same scores, a third of the bytes for Chinese lines).
//   - spelled in pinyin (ASCII letters only): a run of consecutive Han
//     characters each giving a non-empty prefix of one of its readings, so
//     "hwh", "huangwenhao" and "huangwh" all spell 黄文灏. The highlight is
//     on the characters of that run.
//
// Before any of this, a 64-bit mask of the characters a line holds rejects
// the lines that lack one of the term's characters (one AND), and a
// strings.IndexByte walk rejects the lines where they are not in order; a
// term is spelled only on a line whose characters side by side begin with
// a pair of letters it needs (another 64-bit set), or by one character when
// it is itself the beginning of a reading; only the survivors are scored.
// Terms run one after the other over the entries that survived the
// previous term; the entries are split across CPUs.
//
// Scoring, summed over terms: sahilm/fuzzy's score (first character +10,
// after a separator +20, runs of adjacent characters 5, 15, 45…, leading
// unmatched characters up to -15) with its length penalty taken back out, so
// a long title is not worse than a short one; a spelled run of n characters
// scores like n adjacent word starts. A query that is, spaces removed, the
// name of a person in the talk (as written, in full pinyin or as initials,
// any combination of readings) adds a bonus above any fuzzy score: a name
// brings that person's talks first, roundtables included. Ties keep talk
// order.
//
// Cost: per term, one pass over the candidate entries, O(bytes) with a small
// constant, scoring only the survivors; spelling a term works out each
// (character, query position) once, so heteronyms (和: he hu huo) cost
// O(characters × query), not one try per way of reading them; highlights
// are computed only for the results returned. The results of the last few
// queries are kept: a query asked again (after a backspace) is answered
// from them, and a query that extends one (longer terms, more terms) starts
// from the entries it matched, so each keystroke of typing costs less than
// the one before. FindContext and FindSpeakersContext look at their context
// every few hundred entries and give up when it is done; a query given up
// is not kept.
//
// # Full-text search
//
// Build lists the searchable blocks (paragraphs, lists, quotes, headings,
// code) with no copy of their text, and samples how often each byte occurs.
// Search lowers the query (Latin letters; a lowering that keeps byte
// lengths), picks its rarest byte that does not change with case (for an
// ASCII letter: both cases), and jumps between occurrences of that byte with
// strings.IndexByte, comparing the whole phrase, folded, only there. In
// Chinese the first byte of a phrase is a lead byte shared by thousands of
// characters; a continuation byte is usually far rarer. It reports every
// non-overlapping occurrence in a block, left to right: the count of
// `grep -F -o -i` on that block, and every line `grep -F -i -c` counts has
// at least one hit. Blocks are split across CPUs; the context is checked
// every megabyte; hits come back in talk, block and offset order, with rune
// offsets (counted eight bytes at a time) and one-line snippets.
// SearchTalk does the same over one talk without an index.
package index
