package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"
)

const saltBody = 0x27d4eb2f165667c5

// Talk returns the Markdown of the n-th synthetic talk (deterministic).
func Talk(n int, seed int64) string {
	m := planTalk(n, seed)
	return string(appendTalk(nil, &m, seed))
}

// appendTalk appends talk m, heading first, ending with a newline.
func appendTalk(b []byte, m *meta, seed int64) []byte {
	r := rng(seed, saltBody, m.n)
	b = append(b, "# "...)
	b = append(b, m.heading()...)
	b = append(b, "\n\n"...)
	if m.dialect == dNote || m.dialect == dNoMeta {
		b = appendNote(b, r, m)
	} else {
		b = appendASR(b, r, m)
	}
	for len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return append(b, '\n')
}

// appendASR appends the body of a transcribed talk: long one-line
// paragraphs and slide images with absolute URLs, some repeated.
func appendASR(b []byte, r *rand.Rand, m *meta) []byte {
	paras, lo, hi := 12+r.IntN(34), 100, 600
	switch {
	case m.title == "论坛背景与嘉宾介绍":
		paras = 3 + r.IntN(6)
	case m.dialect == dRoundtable:
		paras, lo, hi = 25+r.IntN(46), 40, 300
	}
	zh := zhWords
	if m.trad {
		zh = twWords
	}
	hash := r.Uint64()
	img := 1
	for p := 0; p < paras; p++ {
		n := lo + r.IntN(hi-lo+1)
		if m.english {
			b = enParagraph(b, r, n)
		} else {
			b = asrParagraph(b, r, zh, n)
		}
		b = append(b, "\n\n"...)
		if r.IntN(10) < 3 {
			line := fmt.Appendf(nil, "![](https://img.example.com/synth/%016x_%d.png)\n\n", hash, img)
			b = append(b, line...)
			if r.IntN(7) == 0 {
				b = append(b, line...)
			}
			img += 2
		}
	}
	return b
}

// appendNote appends the body of a written note: sections, lists, a quote,
// code fences with "#" comment lines, rules and relative images.
func appendNote(b []byte, r *rand.Rand, m *meta) []byte {
	hash := r.Uint64()
	img := 0
	image := func(b []byte) []byte {
		b = fmt.Appendf(b, "![](img/%016x_%d.png)\n\n", hash, img)
		img += 2
		return b
	}
	if r.IntN(2) == 0 {
		b = image(b)
	}
	b = append(b, "## 概述\n\n"...)
	b = prose(b, r, 80+r.IntN(200))
	b = append(b, "\n\n---\n\n"...)
	sections := 3 + r.IntN(5)
	for s := 0; s < sections; s++ {
		b = append(b, "## "...)
		b = strconv.AppendInt(b, int64(s+1), 10)
		b = append(b, ". "...)
		b = append(b, title(r)...)
		b = append(b, "\n\n"...)
		for p := 1 + r.IntN(3); p > 0; p-- {
			b = prose(b, r, 60+r.IntN(240))
			b = append(b, "\n\n"...)
		}
		switch r.IntN(5) {
		case 0:
			b = list(b, r, false)
		case 1:
			b = list(b, r, true)
		case 2:
			b = append(b, "> "...)
			b = prose(b, r, 40+r.IntN(120))
			b = append(b, "\n\n"...)
		case 3:
			b = code(b, r)
		}
		if r.IntN(3) == 0 {
			b = image(b)
		}
		if s < sections-1 {
			b = append(b, "---\n\n"...)
		}
	}
	b = append(b, "## 小结\n\n"...)
	return list(b, r, false)
}

// list appends a bulleted or numbered list of 3–5 items.
func list(b []byte, r *rand.Rand, numbered bool) []byte {
	n := 3 + r.IntN(3)
	for i := 1; i <= n; i++ {
		if numbered {
			b = strconv.AppendInt(b, int64(i), 10)
			b = append(b, ". "...)
		} else {
			b = append(b, "- "...)
		}
		b = append(b, "**"...)
		b, _ = pick(b, r, zhWords)
		b = append(b, "**："...)
		b = prose(b, r, 20+r.IntN(80))
		b = append(b, '\n')
	}
	return append(b, '\n')
}

// code appends a fenced code block whose comment lines start with "#".
func code(b []byte, r *rand.Rand) []byte {
	b = append(b, "```"...)
	b = append(b, codeLang[r.IntN(len(codeLang))]...)
	b = append(b, '\n')
	for i := 2 + r.IntN(6); i > 0; i-- {
		if r.IntN(3) == 0 {
			b = append(b, "# "...)
			b = prose(b, r, 8+r.IntN(20))
		} else {
			b, _ = pick(b, r, enProse)
			b = append(b, " = "...)
			b, _ = pick(b, r, enProse)
			b = append(b, '(')
			b = strconv.AppendInt(b, int64(r.IntN(1000)), 10)
			b = append(b, ')')
		}
		b = append(b, '\n')
	}
	return append(b, "```\n\n"...)
}
