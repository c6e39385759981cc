package loader

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// talkFiles are the files the talks came from, made relative to dir.
func talkFiles(tb testing.TB, dir string, files []string) []string {
	tb.Helper()
	out := make([]string, len(files))
	for i, f := range files {
		rel, err := filepath.Rel(dir, f)
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = filepath.ToSlash(rel)
	}
	return out
}

func TestLoadFolder(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.md", "a/z.markdown", "a/y.TXT", "c.txt", ".hidden/x.md", "a/.secret.md"} {
		writeTree(t, dir, f, []byte("# "+f+"\n正文。\n"))
	}
	writeTree(t, dir, "a/img/slide.png", []byte("\x89PNG\r\n\x1a\n\x00\x00"))
	writeTree(t, dir, "README.md", []byte("# 关于这个文件夹\n索引。\n"))
	writeTree(t, dir, "a/summary.md", []byte("# 目录\n"))
	writeTree(t, dir, "notes.go", []byte("package notes\n"))
	writeTree(t, dir, "data.tsv", []byte("a\tb\n"))
	writeTree(t, dir, "d/bin.md", []byte("\x00\x01\x02"))

	c := Load(context.Background(), []string{dir}, Options{})
	var files []string
	for _, tk := range c.Talks {
		files = append(files, tk.File)
	}
	want := []string{"a/y.TXT", "a/z.markdown", "b.md", "c.txt"}
	if got := talkFiles(t, dir, files); !slices.Equal(got, want) {
		t.Errorf("files %q, want %q", got, want)
	}
	var warns []string
	for _, w := range c.Warnings {
		warns = append(warns, strings.TrimPrefix(w.Error(), dir+string(filepath.Separator)))
	}
	wantWarns := []string{
		"d/bin.md: " + msgBinary,
		// Slide images, README and SUMMARY are skipped without a word.
		dir + ": 2 files skipped: not .md, .markdown, .txt, .srt, .vtt or .json (" + filepath.Join(dir, "data.tsv") + ")",
	}
	if !slices.Equal(warns, wantWarns) {
		t.Errorf("warnings\n%q\nwant\n%q", warns, wantWarns)
	}
}

func TestLoadExplicitFile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file string
		data       []byte
		talks      int
		warn       string
	}{
		{"any extension", "talk.text", []byte("# 题\n正文\n"), 1, ""},
		{"hidden", ".talk.md", []byte("# 题\n正文\n"), 1, ""},
		{"but text", "photo.md", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), 0, msgBinary},
		{"missing", "", nil, 0, "no such file or folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, "missing.md")
			if tt.data != nil {
				p = writeTree(t, dir, tt.file, tt.data)
			}
			c := Load(context.Background(), []string{p}, Options{})
			if len(c.Talks) != tt.talks {
				t.Errorf("%d talks, want %d", len(c.Talks), tt.talks)
			}
			var want []string
			if tt.warn != "" {
				want = []string{p + ": " + tt.warn}
			}
			var got []string
			for _, w := range c.Warnings {
				got = append(got, w.Error())
			}
			if !slices.Equal(got, want) {
				t.Errorf("warnings %q, want %q", got, want)
			}
		})
	}
}

func TestLoadSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, "sub/a.md", []byte("# 甲\n"))
	if err := os.Symlink("..", filepath.Join(dir, "sub", "up")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink("a.md", filepath.Join(dir, "sub", "b.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("nowhere.md", filepath.Join(dir, "sub", "broken.md")); err != nil {
		t.Fatal(err)
	}
	c := Load(context.Background(), []string{dir, filepath.Join(dir, "sub")}, Options{})
	if len(c.Talks) != 1 {
		t.Errorf("%d talks, want the one file once", len(c.Talks))
	}
	if got := warnMsgs(c.Warnings); !slices.Equal(got, []string{"broken link"}) {
		t.Errorf("warnings %q", got)
	}
}

func TestLoadStdin(t *testing.T) {
	tests := []struct {
		name  string
		opts  Options
		talks int
		warn  string
	}{
		{"reads standard input", Options{Stdin: strings.NewReader("# 标准输入\n正文\n")}, 1, ""},
		{"none given", Options{}, 0, "no standard input"},
		{"too large", Options{Stdin: strings.NewReader("# 题\n" + strings.Repeat("长", 100)), MaxBytes: 64}, 0, "larger than 64 bytes, skipped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Load(context.Background(), []string{"-"}, tt.opts)
			if len(c.Talks) != tt.talks {
				t.Fatalf("%d talks, want %d", len(c.Talks), tt.talks)
			}
			if tt.talks > 0 && (c.Talks[0].File != "-" || c.Talks[0].Title != "标准输入" || c.Talks[0].ID != "stdin") {
				t.Errorf("talk %+v", c.Talks[0])
			}
			var want []string
			if tt.warn != "" {
				want = []string{"-: " + tt.warn}
			}
			var got []string
			for _, w := range c.Warnings {
				got = append(got, w.Error())
			}
			if !slices.Equal(got, want) {
				t.Errorf("warnings %q, want %q", got, want)
			}
		})
	}
}

func TestLoadFileTooLarge(t *testing.T) {
	p := writeTree(t, t.TempDir(), "big.md", []byte("# 题\n"+strings.Repeat("字", 1000)))
	c := Load(context.Background(), []string{p}, Options{MaxBytes: 2 << 10})
	if len(c.Talks) != 0 || len(c.Warnings) != 1 || c.Warnings[0].Msg != "larger than 2 KiB, skipped" {
		t.Errorf("talks %d, warnings %v", len(c.Talks), c.Warnings)
	}
}

func TestLoadOrderIsInputOrder(t *testing.T) {
	dir := t.TempDir()
	var inputs, want []string
	for _, n := range []string{"k", "c", "x", "a", "m", "b", "q", "e"} {
		inputs = append(inputs, writeTree(t, dir, n+".md", []byte("# "+n+"\n")))
		want = append(want, n)
	}
	c := Load(context.Background(), inputs, Options{})
	var got []string
	for _, tk := range c.Talks {
		got = append(got, tk.Title)
	}
	if !slices.Equal(got, want) {
		t.Errorf("titles %q, want %q", got, want)
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"demo/b.md":          {Data: []byte("# 乙\n![](img/s.png)\n")},
		"demo/a/c.md":        {Data: []byte("# 丙\n")},
		"demo/.drafts/d.md":  {Data: []byte("# 丁\n")},
		"demo/img/s.png":     {Data: []byte("\x89PNG\x00")},
		"other/not-here.md":  {Data: []byte("# 戊\n")},
		"demo/empty.md":      {Data: nil},
		"demo/a/.hidden.txt": {Data: []byte("# 己\n")},
	}
	c := LoadFS(fsys, "demo")
	var got []string
	for _, tk := range c.Talks {
		got = append(got, tk.File+"="+tk.Title)
	}
	if want := []string{"demo/a/c.md=丙", "demo/b.md=乙"}; !slices.Equal(got, want) {
		t.Errorf("talks %q, want %q", got, want)
	}
	if !c.Demo {
		t.Error("corpus not marked Demo")
	}
	if got := c.Talks[1].Images[0].Target; got != "demo/img/s.png" {
		t.Errorf("image %q, want the fs path", got)
	}
	if w := c.Warnings; len(w) != 1 || w[0].Error() != "demo/empty.md: "+msgNoTalks {
		t.Errorf("warnings %v", w)
	}
}
