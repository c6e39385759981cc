// Package sound searches transcripts by sound: ASR writes a name by how it
// sounds (灵异万物 for 零一万物), so `--sound 零一万物` finds every run of
// characters whose toneless pinyin matches, whatever characters ASR chose.
//
// # The table
//
// On first use, go-pinyin's dictionary (41,900 characters, Simplified and
// Traditional) is read once into a table: each Han character to the ids of
// its readings without tones (ü written v, as go-pinyin writes it), every
// heteronym kept (行 → xing, hang, heng), as a flat array over the main
// CJK blocks and a map beyond. About 420 syllables. The set of characters
// with a given syllable (a runeset bitmap) is made the first time a query
// needs it and kept.
//
// # Queries
//
// A query is Han characters (each allows every one of its readings),
// pinyin (lingyiwanwu, ling yi wan wu, líng'yī, ling2yi1: tone marks and
// digits ignored), or both mixed. Letters run together are split into
// syllables every way they can be (xian is xian, and xi an), each way a
// pattern of its own (at most 16); a space, an apostrophe or any other
// character ends a syllable. Syllables without a vowel (n, ng, m, hm) are
// taken only as a whole run, not inside one. A pattern is a sequence of
// positions, each the set of characters whose readings include one the
// query allows there.
//
// # Matching
//
// A match is a run of consecutive Han characters, one per position, each
// in its position's set. Anything else between them breaks a match — a
// punctuation mark, a space, a Latin letter, an invalid byte — because a
// clause boundary in the middle would turn every pair of neighbouring
// clauses into a candidate, and a sound match is loose enough already.
// Matches are non-overlapping, left to right; where patterns of different
// lengths match at the same place, the longest wins. A hit gives the
// byte range and the rune range of the matched characters, for
// highlighting.
//
// # Cost
//
// For each pattern, one position is the anchor: the one whose syllables
// are rarest in the corpus (a Corpus samples one character in 61 bytes),
// or, for FindAll on its own, the one with the fewest characters. The text is scanned once for the
// anchor's characters with a runeset scan (a bit test per character, no
// allocation), and only where one occurs are the neighbours decoded and
// checked. A Corpus also keeps, for each text, the set of syllables its
// characters can be read as (a bit each, 56 bytes a text, one pass to
// build), and scans only the texts that hold a reading of every position
// of some pattern; it splits its texts across CPUs. Over 100 MB of
// synthetic transcripts a rare name costs 7–100 ms of processor time (the
// more heteronyms, the more texts pass); a query made of the commonest
// words, with hundreds of thousands of hits, half a second (see
// BENCHMARKS.md, "Forgiving search").
package sound
