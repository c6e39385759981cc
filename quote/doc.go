// Package quote turns parts of a talk into quotes: it splits the talk's
// numbered blocks into sentences, joins chosen sentences or paragraphs into
// plain text, and formats that text as a Markdown block quote with a citation
// line. It is pure: no I/O, no UI. The reading pane selects Sentences; the
// `talks quote` command uses ParseParas and Paras.
//
// # Sentences
//
// Split cuts text into sentences by these rules, hand-written because the
// issue's rules differ from Unicode's (UAX #29 does not end at "…", and it
// ends at "!" directly followed by a letter):
//
//   - 。｡！？… and ‥ end a sentence wherever they stand; a run of them
//     ("……", "？！") is one end.
//   - ".", "!" and "?" end a sentence when followed by white space or the end
//     of the text; "!" and "?" also when followed by a CJK character
//     ("真的吗?我们"). So "3.5" and "example.com" never end one.
//   - Closing quotes and brackets right after the end ("。」", ".)", "?”")
//     belong to the sentence that ends.
//   - A terminator with nothing before it in the sentence (a leading "……")
//     does not end it.
//   - Nothing inside a URL (http://, https://, www.) ends a sentence; a
//     full stop right after the URL does.
//   - A line break ends a sentence.
//   - Leading and trailing white space is not part of a sentence.
//
// # Abbreviations
//
// A single "." followed by a space is judged by the word before it:
//
//   - e.g., i.e., cf., vs., viz., approx., Mr., Mrs., Ms., Dr., Prof. and
//     St. never end a sentence.
//   - A single capital letter is an initial before a capitalised word
//     ("J. Smith"), so "Plan B. Next" stays one sentence.
//   - No., Fig., Eq., Vol., pp., Ch., Sec. and Ref. do not end one before a
//     digit ("Fig. 3"), and do elsewhere.
//   - etc., Inc., Ltd., Co., Corp., Jr., Sr., al. and dotted acronyms
//     (U.S., A.I., Ph.D.) end a sentence only when the next word starts with
//     a capital letter or a CJK character ("… etc. The next"), not before a
//     lower-case word or a digit ("U.S. market", "etc. and so on").
//   - Any other word ends the sentence.
//
// At the end of the text every terminator ends the sentence.
//
// # Blocks
//
// A paragraph is split as a whole. A list or quote block is split line by
// line after its markers ("- ", "1. ", "> "), so a sentence never spans two
// list items or two quoted lines.
//
// # Quotes
//
// Text joins sentences as the reader sees them: no escape codes, no inline
// Markdown, no wrapping. Sentences of a line join as written, list items stay
// on lines of their own with a "- " or "1. " marker, and blocks (or
// paragraphs of a quote block) are separated by a blank line. Markdown puts
// "> " before each line and ">" for each blank line, then ">" and
// "> — " followed by the Citation:
//
//	> 第一句。第二句。
//	>
//	> 下一段。
//	>
//	> — 周一鸣（主持）、陈安，《标题》，2031星河开发者大会 · 智能体论坛 · P2，https://www.bilibili.com/video/BV…?p=2
package quote
