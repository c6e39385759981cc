package ui

import (
	"strings"

	"talks/model"
	"talks/ui/kit"
)

// outlineModel lists a talk's sections (## headings); Enter jumps to one.
type outlineModel struct {
	kit.Picker
	blocks []int // blocks[i] is the index in Talk.Blocks of item i
}

// newOutline lists t's sections with the cursor on the one being read
// (the last section starting at or before block top).
func newOutline(t *model.Talk, top int) outlineModel {
	o := outlineModel{Picker: kit.Picker{Title: "Outline · " + kit.TitleOf(t), Empty: "This talk has no sections."}}
	for _, b := range t.Sections() {
		bl := t.Blocks[b]
		indent := strings.Repeat("  ", max(0, bl.Level-2))
		o.Items = append(o.Items, indent+bl.Text)
		o.blocks = append(o.blocks, b)
		if b <= top {
			o.Cursor = len(o.Items) - 1
		}
	}
	return o
}

// block is the block of the section under the cursor, or -1.
func (o outlineModel) block() int {
	if len(o.blocks) == 0 {
		return -1
	}
	return o.blocks[o.Cursor]
}
