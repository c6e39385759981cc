// Package fold normalises text for forgiving search: a query finds its
// text whatever the script (Traditional or Simplified), the width, the
// case, the accents, the punctuation and the spacing — 边缘 finds 邊緣,
// GPT-4 finds ＧＰＴ－４, kv cache finds KV-Cache and kvcache.
//
// # The fold
//
// Key maps every character on its own, with no context, so that a query
// and any text that holds it fold the same way:
//
//   - compatibility decomposition (NFKD, golang.org/x/text/unicode/norm):
//     full-width forms become ASCII, ligatures and squared units their
//     letters (ﬁ → fi, ㎏ → kg), circled and mathematical letters and
//     digits plain ones, compatibility ideographs and Kangxi radicals the
//     unified ideographs, Hangul syllables their letters;
//   - full case folding (golang.org/x/text/cases: Straße → strasse);
//   - combining marks dropped: é → e, ǎ → a (pinyin with tone marks finds
//     toneless pinyin), が → か;
//   - punctuation, spaces, controls and format characters dropped, in
//     every script: KV-Cache → kvcache, and 我觉得比如说 finds 我觉得，比如说
//     as ASR punctuation comes and goes. Symbols stay (C++ is c++); word
//     boundaries are lost, so "kv cache" also finds "ok vcache";
//   - Han characters simplified by OpenCC's character table
//     (script.Simplify: 發 and 髮 → 发, 乾 and 幹 → 干), the same
//     character always the same way, never by phrase, so that a query that
//     is part of a phrase still folds like the text around it;
//   - invalid UTF-8 bytes dropped.
//
// The fold of every BMP character is computed once, on first use, from the
// Unicode tables and OpenCC's (40–85 ms and 0.9 MB; the t2s dictionary
// itself another 6–15 ms), and kept in a flat table, so folding costs a
// table look-up per character; the first Matcher also inverts the table
// (13–20 ms, 0.6 MB) to know every form that folds to a character. Map folds and keeps, for every folded byte, the
// bytes of the character it came from (combining marks after a character
// belong to it), so a match in the folded text is highlighted on whole
// characters of the original: Text.Source. Runes is the rune-for-rune
// variant (punctuation kept, ㎏ kept) for the finder, whose highlights
// count runes.
//
// # Matching
//
// A Matcher finds the folded query in a text without folding the text.
// First a prefilter: every Han character of the query (up to four) must
// be in the text in one of its few forms (发 發 髮), each looked for by
// jumping with strings.IndexByte (SIMD) to its last byte, far rarer in
// Chinese text than its first. Then anchors: each form of the query's
// rarest character (a Han character's few forms, or a Latin letter's or
// digit's 60-odd: k K ｋ ㎏ 𝐤 …, found with a runeset scan, a bit test per
// character). Around each anchor, the characters before and after are
// folded one by one (a character's fold does not depend on its
// neighbours) and compared with the query on either side. Matches are
// non-overlapping, left to right: exactly what strings.Index finds in
// Key(text), in byte and rune ranges of the text (FuzzMap checks this
// against Map). Over 100 MB of synthetic transcripts on two cores, a Han
// query costs about what an exact search costs; a Latin one several times
// more, the scan for the letter's forms visiting every character (see
// BENCHMARKS.md, "Forgiving search").
//
// Plain search stays exact: this is a separate mode, and its counts are
// not grep's (grep has no such folding).
package fold
