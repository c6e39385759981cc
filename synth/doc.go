// Package synth writes deterministic synthetic transcript corpora in the
// shapes of the real material: volumes and single files, every heading
// dialect (full, ";", "-", "--" speakers, roles, roundtables, English titles,
// slug headings, p05 parts, numbered notes, headings without metadata whose
// file name carries it), long one-line ASR paragraphs mixing Chinese and
// English, slide images (some repeated), sections, lists, quotes and code
// fences. All words and names come from invented pools; the same seed always
// gives the same bytes. Benchmarks and scale tests use it to build corpora of
// any size.
package synth
