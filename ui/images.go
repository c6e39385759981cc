package ui

import (
	"fmt"
	"strings"

	"talks/model"
	"talks/ui/kit"

	"github.com/charmbracelet/x/ansi"
)

// imagesModel lists a talk's images; Enter opens one, Copy copies its link.
type imagesModel struct {
	kit.Picker
	images []model.Image
}

// newImages lists t's images with the cursor on the first one at or after
// block top (the first slide still to come).
func newImages(t *model.Talk, top int) imagesModel {
	m := imagesModel{Picker: kit.Picker{Title: "Images · " + kit.TitleOf(t), Empty: "This talk has no images."}, images: t.Images}
	m.Items = m.itemsFor(kit.Far)
	m.Cursor = -1
	for i := max(0, top); i < len(t.Blocks); i++ {
		if b := t.Blocks[i]; b.Kind == model.KindImage && b.Image >= 1 && b.Image <= len(t.Images) {
			m.Cursor = b.Image - 1
			break
		}
	}
	if m.Cursor < 0 {
		m.Cursor = max(0, len(t.Images)-1)
	}
	return m
}

// itemsFor is the list's items for a pane w cells wide: "图 n", the alt text,
// and the target, cut on the left (its file name is what tells images
// apart) to fit.
func (m imagesModel) itemsFor(w int) []string {
	labelW := 0
	for _, img := range m.images {
		labelW = max(labelW, ansi.StringWidth(imageLabel(img)))
	}
	out := make([]string, len(m.images))
	for i, img := range m.images {
		label := imageLabel(img)
		s := label + strings.Repeat(" ", labelW-ansi.StringWidth(label)+2)
		if img.Alt != "" {
			s += img.Alt + "  "
		}
		room := w - 2 - ansi.StringWidth(s) // the picker indents by 2
		target := img.Target
		if tw := ansi.StringWidth(target); tw > room && room > 1 {
			target = ansi.TruncateLeft(target, tw-room+1, "…")
		}
		out[i] = s + target
	}
	return out
}

// view renders the image list, w cells by h lines.
func (m imagesModel) view(w, h int, status string, st kit.Styles) []string {
	m.Items = m.itemsFor(w)
	return m.Picker.View(w, h, status, st.PickerStyles())
}

// imageLabel is the short name the text gives an image, "图 3".
func imageLabel(img model.Image) string { return fmt.Sprintf("图 %d", img.N) }

// selected is the image under the cursor; ok is false when there is none.
func (m imagesModel) selected() (img model.Image, ok bool) {
	if len(m.images) == 0 {
		return model.Image{}, false
	}
	return m.images[m.Cursor], true
}
