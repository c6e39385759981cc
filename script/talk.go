package script

import (
	"runtime"
	"slices"
	"sync"

	"talks/model"
)

// TalkCounts counts the Han characters of a talk's title and text.
func TalkCounts(t *model.Talk) Counts {
	c := Count(t.Title)
	for i := range t.Blocks {
		c.Add(Count(t.Blocks[i].Text))
	}
	return c
}

// Talk is t written in script to (Simplified or Traditional): a new Talk
// whose title, event, forum, volume, publisher, speakers' names, block texts
// and image alt texts are converted; ID, file, lines and heading (what
// identifies the talk and its source) are kept, and so are block and image
// numbering and every rune offset. t itself is not changed. Any other to
// returns t.
func Talk(t *model.Talk, to Script) (*model.Talk, error) {
	var conv func(string) (string, error)
	switch to {
	case Simplified:
		conv = ToSimplified
	case Traditional:
		conv = ToTraditional
	default:
		return t, nil
	}
	var err error
	c := func(s string) string {
		if err != nil {
			return s
		}
		out, e := conv(s)
		if e != nil {
			err = e
		}
		return out
	}
	n := *t
	n.Title, n.Event, n.Forum = c(t.Title), c(t.Event), c(t.Forum)
	n.Volume, n.Publisher = c(t.Volume), c(t.Publisher)
	n.Speakers = slices.Clone(t.Speakers)
	for i := range n.Speakers {
		n.Speakers[i].Name = c(n.Speakers[i].Name)
	}
	n.Blocks = slices.Clone(t.Blocks)
	if e := convertBlocks(n.Blocks, conv); e != nil && err == nil {
		err = e
	}
	n.Images = slices.Clone(t.Images)
	for i := range n.Images {
		n.Images[i].Alt = c(n.Images[i].Alt)
	}
	if err != nil {
		return t, err
	}
	return &n, nil
}

// convertBlocks converts the text of every block but code in place, the
// blocks split across CPUs (the library's dictionaries are read-only). It
// returns the first error.
func convertBlocks(blocks []model.Block, conv func(string) (string, error)) error {
	parts := min(runtime.GOMAXPROCS(0), max(len(blocks)/8, 1))
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := len(blocks)*p/parts, len(blocks)*(p+1)/parts
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				if blocks[i].Kind == model.KindCode {
					continue
				}
				out, err := conv(blocks[i].Text)
				if err != nil {
					errs[p] = err
					return
				}
				blocks[i].Text = out
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
