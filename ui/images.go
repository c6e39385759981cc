package ui

import (
	"fmt"

	"talks/model"
)

// imagesModel lists a talk's images; Enter opens one, Copy copies its link.
type imagesModel struct {
	picker
	images []model.Image
}

// newImages lists t's images with the cursor on the first one at or after
// block top (the first slide still to come).
func newImages(t *model.Talk, top int) imagesModel {
	m := imagesModel{picker: picker{title: "Images · " + titleOf(t), empty: "This talk has no images."}, images: t.Images}
	for _, img := range t.Images {
		s := imageLabel(img)
		if img.Alt != "" {
			s += "  " + img.Alt
		}
		m.items = append(m.items, s+"  "+img.Target)
	}
	m.cursor = -1
	for i := max(0, top); i < len(t.Blocks); i++ {
		if b := t.Blocks[i]; b.Kind == model.KindImage && b.Image >= 1 && b.Image <= len(t.Images) {
			m.cursor = b.Image - 1
			break
		}
	}
	if m.cursor < 0 {
		m.cursor = max(0, len(t.Images)-1)
	}
	return m
}

// imageLabel is the short name the text gives an image, "图 3".
func imageLabel(img model.Image) string { return fmt.Sprintf("图 %d", img.N) }

// selected is the image under the cursor; ok is false when there is none.
func (m imagesModel) selected() (img model.Image, ok bool) {
	if len(m.images) == 0 {
		return model.Image{}, false
	}
	return m.images[m.cursor], true
}
