package loader

import (
	"strings"

	"talks/model"
)

// This file reads the blocks that run over several lines. Each returns
// the offset after its block, and false, adding nothing, when the budget
// cannot pay for it.

// paragraph collects lines up to a blank line or another block, joins them
// and moves the images inside it to image blocks right after it (as many
// as the budget pays for; the others stay in the text).
func (p *body) paragraph(o int) (int, bool) {
	j := nextLine(p.s, o)
	for j < len(p.s) {
		l, next := lineAt(p.s, j)
		if startsBlock(l) {
			break
		}
		j = next
	}
	joined := joinLines(p.s[o:j])
	cost := blockCost + p.copyCost(joined)
	if strings.Contains(joined, "![") {
		cost += int64(len(joined)) // the copy without the images
	}
	if !p.bud.take(cost) {
		return o, false
	}
	n := p.affordImages(joined, "")
	text, _ := cutImages(joined, n)
	if _, more := nextImage(text, 0); more && p.over == 0 {
		p.over = p.lines.at(o) // the images left in the text
	}
	if text != "" {
		p.addPaid(model.Block{Kind: model.KindParagraph, Text: text}, o)
	}
	line := p.lines.at(o)
	eachImage(joined, n, func(r imageRef) { p.addImage(r, line) })
	return j, true
}

// fenced collects a fenced code block; an unclosed fence runs to the end.
// next is the offset of the line after the opening fence.
func (p *body) fenced(o, next int, f fence) (int, bool) {
	j := next
	for j < len(p.s) {
		l, after := lineAt(p.s, j)
		if f.closes(l) {
			break
		}
		j = after
	}
	code := strings.TrimRight(p.s[next:j], "\n \t")
	if j < len(p.s) {
		j = nextLine(p.s, j) // the closing fence
	}
	return j, p.add(model.Block{Kind: model.KindCode, Lang: f.lang, Text: code}, o)
}

// indented collects an indented code block (blank lines inside kept).
func (p *body) indented(o int) (int, bool) {
	end := o // after the last indented line
	for j := o; j < len(p.s); {
		l, next := lineAt(p.s, j)
		if !blank(l) {
			if indent(l) < 4 {
				break
			}
			end = next
		}
		j = next
	}
	lines := strings.TrimSuffix(p.s[o:end], "\n")
	if !p.bud.can(blockCost + int64(len(lines))) {
		return o, false
	}
	var b strings.Builder
	b.Grow(len(lines))
	first := true
	eachLine(lines, func(l string) {
		if !first {
			b.WriteByte('\n')
		}
		first = false
		if !blank(l) {
			b.WriteString(dropIndent(l, 4))
		}
	})
	return end, p.add(model.Block{Kind: model.KindCode, Text: b.String()}, o)
}

// dropIndent removes n columns of leading white space.
func dropIndent(l string, n int) string {
	w := 0
	for k := 0; k < len(l); k++ {
		if w >= n {
			return l[k:]
		}
		switch l[k] {
		case ' ':
			w++
		case '\t':
			w += 4 - w%4
		default:
			return l[k:]
		}
	}
	return ""
}

// quote collects "> " lines and their lazy continuation lines.
func (p *body) quote(o int) (int, bool) {
	j := nextLine(p.s, o)
	for j < len(p.s) {
		l, next := lineAt(p.s, j)
		if !quote(l) && startsBlock(l) {
			break
		}
		j = next
	}
	return p.textBlock(model.KindQuote, o, j)
}

// list collects list items, their indented continuations and nested items,
// and lazy continuation lines; blank lines end it unless an item or an
// indented line follows. An item with another marker starts a new list.
func (p *body) list(o int) (int, bool) {
	head, _ := listItem(lineOf(p.s, o))
	afterBlank := false
	for j := o; j < len(p.s); {
		l, next := lineAt(p.s, j)
		it, isItem := listItem(l)
		nested := indent(l) >= 2 && !blank(l)
		switch {
		case j == o, nested:
		case isItem && it.marker == head.marker:
		case isItem:
			return p.textBlock(model.KindList, o, j)
		case blank(l):
			k := j
			for k < len(p.s) && blank(lineOf(p.s, k)) {
				k = nextLine(p.s, k)
			}
			if k == len(p.s) {
				return p.textBlock(model.KindList, o, k)
			}
			if _, item := listItem(lineOf(p.s, k)); !item && indent(lineOf(p.s, k)) < 2 {
				return p.textBlock(model.KindList, o, k)
			}
			j, afterBlank = k, true
			continue
		case !startsBlock(l) && !afterBlank:
			// a lazy continuation line
		default:
			return p.textBlock(model.KindList, o, j)
		}
		afterBlank = false
		j = next
	}
	return p.textBlock(model.KindList, o, len(p.s))
}

// textBlock adds a list or quote block made of the lines from offset o to
// end, blank lines left out and trailing white space trimmed, and returns
// end.
func (p *body) textBlock(kind model.Kind, o, end int) (int, bool) {
	if !p.bud.can(blockCost + int64(end-o)) {
		return o, false
	}
	return end, p.add(model.Block{Kind: kind, Text: trimLines(p.s[o:end], true)}, o)
}

// lineOf is the line of s that starts at offset o.
func lineOf(s string, o int) string {
	l, _ := lineAt(s, o)
	return l
}
