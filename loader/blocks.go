package loader

import (
	"strings"
	"unsafe"

	"talks/model"
)

// body parses one talk's body text into blocks and numbered images,
// spending from its budget (budget.go).
type body struct {
	s     string       // the body: whole lines
	lines *lineCounter // line numbers of offsets in s
	base  imageBase
	bud   *budget

	blocks  chunked[model.Block]
	images  chunked[model.Image]
	targets map[string]string // resolved image targets, by target as written
	para    int               // numbered blocks so far
	lastImg string            // target of the last image when only blank lines followed it
	over    int               // line where the budget ran out, or 0
}

// mapEntryCost is what one entry of body.targets costs, but its strings.
const mapEntryCost = 64

// maxTargetBytes is the longest image target resolved: no path or URL in
// use is longer, and resolving costs copies of it. A longer one is no link.
const maxTargetBytes = 8 << 10

// parseBody turns a talk's body text (first is the source line of its
// first line) into blocks and images. over is the line from which the
// budget ran out and the text was kept as one plain block, or 0.
func parseBody(s string, first int, base imageBase, bud *budget) (blocks []model.Block, images []model.Image, over int) {
	p := &body{s: s, lines: newLineCounter(s, first), base: base, bud: bud}
	for o := 0; o < len(s); {
		next, ok := p.block(o)
		if !ok {
			p.rest(o)
			break
		}
		o = next
	}
	return p.blocks.slice(), p.images.slice(), p.over
}

// block parses the block that starts at offset o and returns the offset
// after it; ok is false, with nothing added, when the budget cannot pay
// for it.
func (p *body) block(o int) (next int, ok bool) {
	l, next := lineAt(p.s, o)
	if blank(l) {
		return next, true
	}
	if f, ok := openFence(l); ok {
		return p.fenced(o, next, f)
	}
	if indent(l) >= 4 {
		return p.indented(o)
	}
	if level, text, ok := atxHeading(l); ok {
		return next, p.add(model.Block{Kind: model.KindHeading, Level: level, Text: text}, o)
	}
	if rule(l) {
		return next, p.add(model.Block{Kind: model.KindRule}, o)
	}
	if n := imagesOnly(l); n > 0 {
		if p.affordImages(l, p.lastImg) < n {
			return o, false
		}
		line := p.lines.at(o)
		eachImage(l, n, func(r imageRef) { p.addImage(r, line) })
		return next, true
	}
	if quote(l) {
		return p.quote(o)
	}
	if _, ok := listItem(l); ok {
		return p.list(o)
	}
	return p.paragraph(o)
}

// add appends a block that starts at offset o, paying for it and for its
// text when that is a copy; it is false, adding nothing, when the budget
// cannot pay.
func (p *body) add(b model.Block, o int) bool {
	if !p.bud.take(blockCost + p.copyCost(b.Text)) {
		return false
	}
	p.addPaid(b, o)
	return true
}

// addPaid is add for a block already paid for.
func (p *body) addPaid(b model.Block, o int) {
	b.Line = p.lines.at(o)
	if b.Kind == model.KindParagraph || b.Kind == model.KindList || b.Kind == model.KindQuote {
		p.para++
		b.Para = p.para
	}
	p.blocks.add(b)
	p.lastImg = ""
}

// copyCost is the length of t when it is a copy, 0 when it lies in the
// body's text.
func (p *body) copyCost(t string) int64 {
	if t == "" || p.s == "" {
		return 0
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(p.s)))
	at := uintptr(unsafe.Pointer(unsafe.StringData(t)))
	if at >= base && at < base+uintptr(len(p.s)) {
		return 0
	}
	return int64(len(t))
}

// rest keeps the body from offset o on as one block of plain text, when
// the budget has run out.
func (p *body) rest(o int) {
	b := model.Block{Kind: model.KindCode, Text: strings.TrimRight(p.s[o:], " \t\n")}
	p.addPaid(b, o)
	p.over = p.lines.at(o)
}

// target is an image target resolved, once per talk for each target as
// written, and what resolving it cost (0 when it was resolved before).
func (p *body) target(raw string) (string, int64) {
	if t, ok := p.targets[raw]; ok {
		return t, 0
	}
	t := ""
	if len(raw) <= maxTargetBytes {
		t = p.base.resolve(raw)
	}
	if p.targets == nil {
		p.targets = map[string]string{}
	}
	p.targets[raw] = t
	return t, mapEntryCost + p.copyCost(t)
}

// affordImages pays for as many of the images of s, in order, as the
// budget allows, and returns their number. last is the target of the image
// before them (an image repeating it costs nothing, as it is not added).
func (p *body) affordImages(s, last string) int {
	n := 0
	for at := 0; ; n++ {
		m, ok := nextImage(s, at)
		if !ok {
			return n
		}
		t, cost := p.target(refOf(s, m).target)
		if t != last || t == "" {
			cost += imageCost
		}
		if !p.bud.take(cost) {
			return n
		}
		last, at = t, m[1]
	}
}

// addImage appends the image block of r, found on line line. An image
// that repeats the one just before it (nothing but blank lines between)
// counts once.
func (p *body) addImage(r imageRef, line int) {
	target, _ := p.target(r.target)
	if target == p.lastImg && target != "" {
		return
	}
	n := p.images.len() + 1
	p.images.add(model.Image{N: n, Alt: r.alt, Target: target, Line: line})
	p.blocks.add(model.Block{Kind: model.KindImage, Image: n, Line: line})
	p.lastImg = target
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
	return imagesOnly(l) > 0
}
