// Package script converts Chinese text between Simplified and Traditional
// characters and tells which of the two a text is written in.
//
// The dictionaries and the conversion are OpenCC's, through
// github.com/longbridgeapp/opencc (pure Go, dictionaries embedded in the
// binary). Nothing is loaded until it is used: importing the package costs
// nothing at start-up.
//
//   - ToSimplified and ToTraditional convert a whole text phrase by phrase,
//     longest dictionary match first, as OpenCC's t2s and s2t do (发展 →
//     發展 but 头发 → 頭髮; 干部 → 幹部, 干净 → 乾淨, 干涉 stays). Every
//     dictionary entry has as many characters as its replacement, so a
//     converted text has the same number of runes as the original and a
//     rune offset (a reading position, a bookmark, a quote) stays valid.
//     The t2s dictionaries load in about 10 ms and keep 0.4 MB; s2t (50,000
//     phrases) in about 190 ms and 8 MB. Conversion runs at about 2 MB/s
//     (the library allocates per character; only runs of non-ASCII text are
//     handed to it): a 100 KB talk takes about 60 ms with its blocks split
//     across two cores, so an app converts in a background command. Code
//     blocks are not converted.
//   - Simplify maps one character to its Simplified form with no context,
//     from OpenCC's character table (every entry of the t2s dictionaries that
//     is one character long, its first candidate): 發 and 髮 → 发, 乾 and 幹
//     → 干. Forgiving search folds both a query and the text with it, so the
//     same character always folds the same way whatever surrounds it (which
//     phrase conversion cannot promise for a query that is part of a
//     phrase). The table is built from the loaded dictionary on first use
//     (about 1.3 ms, 0.1 MB: a flat array over the main CJK blocks).
//   - Count and Detect say how many Han characters a text has and how many
//     of them exist only in Traditional writing (Simplify changes them);
//     a text is mostly Traditional when such characters are at least
//     TraditionalShare of its Han characters. Simplified text has almost
//     none; Traditional text has a quarter to a third.
//   - Talk converts a whole talk (metadata, blocks, image alt texts) into a
//     new Talk, leaving the original untouched.
package script
