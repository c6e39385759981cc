package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.md"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	const doc = "# 题目：林小溪\n\n正文，Latin words。\n![](img/a.png)\n"
	for _, seed := range []string{
		"",
		"\ufeff" + strings.ReplaceAll(doc, "\n", "\r\n"),
		"# 文集\n\n# 甲\n```\n# 注释\n",
		"\x1b]52;c;ZXZpbA==\x07\x1b[2J\x1b]8;;http://x\x1b\\链接\x1bP1$r\x1b\\\u009b2J\u202e",
		"- a\n  - b\n\n> q\nlazy\n    code\n---\n",
		"\x00\x01binary",
		"\xff\xfe\x00",
	} {
		f.Add([]byte(seed))
	}
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(doc))
	le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(doc))
	be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(doc))
	f.Add(gb)
	f.Add(le)
	f.Add(be)
	f.Fuzz(func(t *testing.T, data []byte) {
		talks, warns := Parse("fuzz/in.md", data)
		checkSafe(t, talks, warns)
		for _, tk := range talks {
			if tk.ID == "" {
				t.Errorf("talk at line %d has no ID", tk.Line)
			}
			for _, b := range tk.Blocks {
				if b.Image > len(tk.Images) {
					t.Errorf("image block points at image %d of %d", b.Image, len(tk.Images))
				}
			}
		}
		if len(talks) == 0 && len(warns) == 0 {
			t.Error("no talks and no warning")
		}
	})
}
