package loader

import (
	"path/filepath"
	"slices"
	"testing"

	"talks/model"
)

func TestImages(t *testing.T) {
	abs, err := filepath.Abs("notes")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		file   string
		body   string
		images []model.Image
		blocks string
	}{
		{
			"absolute URL kept, relative path made absolute", "notes/a.md",
			"![图一](https://example.com/x.png)\n\n![](img/y.png \"标题\")\n\n![](/srv/z.png)\n",
			[]model.Image{
				{N: 1, Alt: "图一", Target: "https://example.com/x.png", Line: 2},
				{N: 2, Target: filepath.Join(abs, "img", "y.png"), Line: 4},
				{N: 3, Target: filepath.Clean("/srv/z.png"), Line: 6},
			},
			"image image image",
		},
		{
			"relative to a URL", "https://example.com/docs/talk.md",
			"![](img/y.png)\n![](../up.png)\n",
			[]model.Image{
				{N: 1, Target: "https://example.com/docs/img/y.png", Line: 2},
				{N: 2, Target: "https://example.com/up.png", Line: 3},
			},
			"image image",
		},
		{
			"repeated right after itself counts once", "notes/a.md",
			"![](https://e.x/1.png)\n\n\n![](https://e.x/1.png)\n![](https://e.x/1.png) ![](https://e.x/2.png)\n",
			[]model.Image{
				{N: 1, Target: "https://e.x/1.png", Line: 2},
				{N: 2, Target: "https://e.x/2.png", Line: 6},
			},
			"image image",
		},
		{
			"repeated after text counts again", "notes/a.md",
			"![](https://e.x/1.png)\n\n文字\n\n![](https://e.x/1.png)\n",
			[]model.Image{
				{N: 1, Target: "https://e.x/1.png", Line: 2},
				{N: 2, Target: "https://e.x/1.png", Line: 6},
			},
			"image paragraph image",
		},
		{
			"inside a paragraph: moved after it", "notes/a.md",
			"前文 ![](https://e.x/1.png) 后文\n续行。![](https://e.x/2.png)\n",
			[]model.Image{
				{N: 1, Target: "https://e.x/1.png", Line: 2},
				{N: 2, Target: "https://e.x/2.png", Line: 2},
			},
			"paragraph image image",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			talks, _ := Parse(tt.file, []byte("# 题目\n"+tt.body))
			if len(talks) != 1 {
				t.Fatalf("%d talks", len(talks))
			}
			tk := talks[0]
			if !slices.Equal(tk.Images, tt.images) {
				t.Errorf("images\n%+v\nwant\n%+v", tk.Images, tt.images)
			}
			if got := blockKinds(tk.Blocks); got != tt.blocks {
				t.Errorf("blocks %q, want %q", got, tt.blocks)
			}
			n := 0
			for _, b := range tk.Blocks {
				if b.Kind == model.KindImage {
					n++
					if b.Image != n {
						t.Errorf("image block %d points at image %d", n, b.Image)
					}
				}
			}
		})
	}
}

func TestImageCutFromParagraph(t *testing.T) {
	talks, _ := Parse("a.md", []byte("# 题\n前文 ![](x.png) 后文\n"))
	if got := talks[0].Blocks[0].Text; got != "前文 后文" {
		t.Errorf("paragraph %q, want %q", got, "前文 后文")
	}
}

func TestNotesImages(t *testing.T) {
	name := filepath.Join("testdata", "notes.md")
	talks, _ := Parse(name, loadFixture(t, "notes.md"))
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, im := range talks[0].Images {
		got = append(got, im.Alt+"="+im.Target)
	}
	want := []string{
		"=" + filepath.Join(dir, "img", "cache_1.png"),
		"命中=" + filepath.Join(dir, "img", "cache_2.png"),
		"=" + filepath.Join(dir, "img", "cache_3.png"),
	}
	if !slices.Equal(got, want) {
		t.Errorf("images %q, want %q", got, want)
	}
}
