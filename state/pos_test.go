package state

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"talks/loader"
	"talks/model"
)

// talkOf builds a talk of kinds: 'p' paragraph, 'h' heading, 'i' image.
func talkOf(id, kinds string) *model.Talk {
	t := &model.Talk{ID: id}
	n := 0
	for _, k := range kinds {
		b := model.Block{Kind: model.KindParagraph}
		switch k {
		case 'h':
			b.Kind = model.KindHeading
		case 'i':
			b.Kind = model.KindImage
		default:
			n++
			b.Para = n
		}
		t.Blocks = append(t.Blocks, b)
	}
	return t
}

// TestBlockIn finds the place again, by block while it still leads to the
// same paragraph, else by paragraph.
func TestBlockIn(t *testing.T) {
	tests := []struct {
		name  string
		kinds string
		pos   Pos
		want  int
	}{
		{"header", "ppp", Pos{Block: -1, Para: 1}, -1},
		{"same talk", "phpip", Pos{Block: 3, Para: 3}, 3},
		{"heading before a paragraph", "phpip", Pos{Block: 1, Para: 2}, 1},
		{"a section added before", "hphpip", Pos{Block: 3, Para: 3}, 5},
		{"paragraph gone, block kept", "pph", Pos{Block: 2, Para: 9}, 2},
		{"both gone", "pp", Pos{Block: 7, Para: 9}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.pos.BlockIn(talkOf("x", tt.kinds)); got != tt.want {
				t.Errorf("BlockIn = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestMovedCorpus loads the same transcript from two folders: the talk
// keeps its ID, so the place and bookmark saved while reading it from the
// first folder apply when it is read from the second.
func TestMovedCorpus(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "talk.md"))
	if err != nil {
		t.Fatal(err)
	}
	load := func(dir string) *model.Talk {
		t.Helper()
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "talk.md"), src, 0o600); err != nil {
			t.Fatal(err)
		}
		c := loader.Load(context.Background(), []string{dir}, loader.Options{})
		if len(c.Talks) != 1 {
			t.Fatalf("%s: %d talks, warnings %v", dir, len(c.Talks), c.Warnings)
		}
		return c.Talks[0]
	}
	root := t.TempDir()
	before := load(filepath.Join(root, "old", "corpus"))
	after := load(filepath.Join(root, "new", "elsewhere", "corpus"))
	if before.File == after.File {
		t.Fatalf("both loads read %s", before.File)
	}

	dir := t.TempDir()
	s := open(t, dir)
	b := before.BlockOfPara(3)
	s.SetPosition(before.ID, At(before, b))
	s.SetLastTalk(before.ID)
	s.AddBookmark(Bookmark{Talk: before.ID, Block: b, Para: 3, Note: "moved"})
	save(t, s)

	r := open(t, dir)
	if r.LastTalk() != after.ID {
		t.Errorf("last talk %q, the moved talk is %q", r.LastTalk(), after.ID)
	}
	p, ok := r.Position(after.ID)
	if !ok {
		t.Fatalf("no position for %s (saved for %s)", after.ID, before.ID)
	}
	if got := p.BlockIn(after); got != b || after.Blocks[got].Para != 3 {
		t.Errorf("moved talk reopens at block %d, want %d (¶3)", got, b)
	}
	if bs := r.Bookmarks(); len(bs) != 1 || bs[0].Talk != after.ID {
		t.Errorf("bookmarks %+v, want one for %s", bs, after.ID)
	}
}
