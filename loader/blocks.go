package loader

import (
	"strings"

	"talks/model"
)

// body parses the lines of one talk into blocks and numbered images.
type body struct {
	lines []string // the talk's body lines
	first int      // source line number of lines[0]
	base  imageBase

	blocks  []model.Block
	images  []model.Image
	para    int    // numbered blocks so far
	lastImg string // target of the last image when only blank lines followed it
}

// parseBody turns a talk's body lines (first is the source line of the
// first one) into blocks and images.
func parseBody(lines []string, first int, base imageBase) ([]model.Block, []model.Image) {
	p := &body{lines: lines, first: first, base: base}
	for i := 0; i < len(lines); {
		i = p.block(i)
	}
	return p.blocks, p.images
}

// block parses the block that starts at line i and returns the next line.
func (p *body) block(i int) int {
	l := p.lines[i]
	if blank(l) {
		return i + 1
	}
	if f, ok := openFence(l); ok {
		return p.fenced(i, f)
	}
	if indent(l) >= 4 {
		return p.indented(i)
	}
	if level, text, ok := atxHeading(l); ok {
		p.add(model.Block{Kind: model.KindHeading, Level: level, Text: text}, i)
		return i + 1
	}
	if rule(l) {
		p.add(model.Block{Kind: model.KindRule}, i)
		return i + 1
	}
	if refs, ok := imageLine(l); ok {
		p.addImages(refs, i)
		return i + 1
	}
	if quote(l) {
		return p.quote(i)
	}
	if _, ok := listItem(l); ok {
		return p.list(i)
	}
	return p.paragraph(i)
}

// add appends a block that starts at line i.
func (p *body) add(b model.Block, i int) {
	b.Line = p.first + i
	if b.Kind == model.KindParagraph || b.Kind == model.KindList || b.Kind == model.KindQuote {
		p.para++
		b.Para = p.para
	}
	p.blocks = append(p.blocks, b)
	p.lastImg = ""
}

// addImages appends image blocks for refs found on line i. An image that
// repeats the one just before it (nothing but blank lines between) counts
// once.
func (p *body) addImages(refs []imageRef, i int) {
	for _, r := range refs {
		target := p.base.resolve(r.target)
		if target == p.lastImg && target != "" {
			continue
		}
		n := len(p.images) + 1
		p.images = append(p.images, model.Image{N: n, Alt: r.alt, Target: target, Line: p.first + i})
		p.blocks = append(p.blocks, model.Block{Kind: model.KindImage, Image: n, Line: p.first + i})
		p.lastImg = target
	}
}

// startsBlock is true when l starts a block that ends a paragraph, a quote
// or a list item's lazy continuation.
func startsBlock(l string) bool {
	if blank(l) || rule(l) || quote(l) {
		return true
	}
	if _, ok := openFence(l); ok {
		return true
	}
	if _, _, ok := atxHeading(l); ok {
		return true
	}
	if it, ok := listItem(l); ok && it.first && !it.empty {
		return true
	}
	_, ok := imageLine(l)
	return ok
}

// paragraph collects lines up to a blank line or another block, joins them
// and moves the images inside it to image blocks right after it.
func (p *body) paragraph(i int) int {
	j := i + 1
	for j < len(p.lines) && !startsBlock(p.lines[j]) {
		j++
	}
	text, refs := cutImages(joinLines(p.lines[i:j]))
	if text != "" {
		p.add(model.Block{Kind: model.KindParagraph, Text: text}, i)
	}
	p.addImages(refs, i)
	return j
}

// fenced collects a fenced code block; an unclosed fence runs to the end.
func (p *body) fenced(i int, f fence) int {
	j := i + 1
	for j < len(p.lines) && !f.closes(p.lines[j]) {
		j++
	}
	code := strings.Join(p.lines[i+1:j], "\n")
	p.add(model.Block{Kind: model.KindCode, Lang: f.lang, Text: strings.TrimRight(code, "\n \t")}, i)
	if j < len(p.lines) {
		j++ // the closing fence
	}
	return j
}

// indented collects an indented code block (blank lines inside kept).
func (p *body) indented(i int) int {
	j, end := i, i
	var code []string
	for ; j < len(p.lines); j++ {
		l := p.lines[j]
		if blank(l) {
			code = append(code, "")
			continue
		}
		if indent(l) < 4 {
			break
		}
		code = append(code, dropIndent(l, 4))
		end = j + 1
	}
	code = code[:end-i]
	p.add(model.Block{Kind: model.KindCode, Text: strings.Join(code, "\n")}, i)
	return end
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
func (p *body) quote(i int) int {
	j := i + 1
	for j < len(p.lines) && (quote(p.lines[j]) || !startsBlock(p.lines[j])) {
		j++
	}
	p.add(model.Block{Kind: model.KindQuote, Text: trimLines(p.lines[i:j])}, i)
	return j
}

// list collects list items, their indented continuations and nested items,
// and lazy continuation lines; blank lines end it unless an item or an
// indented line follows. An item with another marker starts a new list.
func (p *body) list(i int) int {
	var items []string
	head, _ := listItem(p.lines[i])
	j := i
	for j < len(p.lines) {
		l := p.lines[j]
		it, isItem := listItem(l)
		nested := indent(l) >= 2 && !blank(l)
		switch {
		case j == i, nested:
		case isItem && it.marker == head.marker:
		case isItem:
			return p.endList(items, i, j)
		case blank(l):
			k := j
			for k < len(p.lines) && blank(p.lines[k]) {
				k++
			}
			if k == len(p.lines) {
				return p.endList(items, i, k)
			}
			if _, next := listItem(p.lines[k]); !next && indent(p.lines[k]) < 2 {
				return p.endList(items, i, k)
			}
			j = k
			continue
		case !startsBlock(l) && !blank(p.lines[j-1]):
			// a lazy continuation line
		default:
			return p.endList(items, i, j)
		}
		items = append(items, l)
		j++
	}
	return p.endList(items, i, j)
}

// endList adds the list block and returns next.
func (p *body) endList(items []string, i, next int) int {
	p.add(model.Block{Kind: model.KindList, Text: trimLines(items)}, i)
	return next
}

// trimLines joins lines with their trailing white space removed.
func trimLines(lines []string) string {
	out := make([]string, len(lines))
	for k, l := range lines {
		out[k] = strings.TrimRight(l, " \t")
	}
	return strings.Join(out, "\n")
}
