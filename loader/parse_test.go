package loader

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestParseBadInput(t *testing.T) {
	const doc = "# 缓存入门：林小溪\n\n第一段，讲缓存。\n\n第二段。\n"
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	long := strings.Repeat("很长的一行没有换行", 5<<20/27)
	tests := []struct {
		name    string
		in      []byte
		talks   int
		paras   []string // the paragraphs of the first talk; nil: not checked
		warns   []string
		heading string // the first talk's heading, when checked
	}{
		{"binary", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"), 0, nil, []string{msgBinary}, ""},
		{"gb18030", encodeAs(t, simplifiedchinese.GB18030, doc), 1, []string{"第一段，讲缓存。", "第二段。"}, nil, "缓存入门：林小溪"},
		{"BOM and CRLF", append([]byte{0xEF, 0xBB, 0xBF}, strings.ReplaceAll(doc, "\n", "\r\n")...), 1, []string{"第一段，讲缓存。", "第二段。"}, nil, "缓存入门：林小溪"},
		{"UTF-16 LE", encodeAs(t, utf16le, doc), 1, []string{"第一段，讲缓存。", "第二段。"}, nil, "缓存入门：林小溪"},
		{"UTF-16 BE", encodeAs(t, utf16be, doc), 1, []string{"第一段，讲缓存。", "第二段。"}, nil, "缓存入门：林小溪"},
		{"empty", nil, 0, nil, []string{msgNoTalks}, ""},
		{"blank lines only", []byte("\n  \n\t\n"), 0, nil, []string{msgNoTalks}, ""},
		{"5 MB single line", []byte(long), 1, []string{long}, nil, ""},
		{"truncated UTF-8", []byte(doc + "结"[:1]), 1, []string{"第一段，讲缓存。", "第二段。\uFFFD"}, []string{msgBadUTF8}, "缓存入门：林小溪"},
		{
			"escape sequences",
			[]byte("# \x1b[2J标题\u202e反转\n\n\x1b]52;c;ZXZpbA==\x07复制\x1b]8;;https://x.example\x1b\\链接\x1b]8;;\x1b\\\n\n\x1bP1$r0m\x1b\\设备\u009b31m红\x1b[0m\n"),
			1, []string{"复制链接", "设备红"}, nil, "标题反转",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			talks, warns := Parse("dir/some file.md", tt.in)
			checkSafe(t, talks, warns)
			if len(talks) != tt.talks {
				t.Fatalf("%d talks, want %d", len(talks), tt.talks)
			}
			if got := warnMsgs(warns); !slices.Equal(got, tt.warns) && len(got)+len(tt.warns) > 0 {
				t.Errorf("warnings %q, want %q", got, tt.warns)
			}
			for _, w := range warns {
				if w.File != "dir/some file.md" {
					t.Errorf("warning names %q", w.File)
				}
			}
			if tt.talks == 0 {
				return
			}
			tk := talks[0]
			if tk.ID == "" || tk.Title == "" {
				t.Errorf("ID %q title %q: want both", tk.ID, tk.Title)
			}
			if tk.Heading != tt.heading {
				t.Errorf("heading %q, want %q", tk.Heading, tt.heading)
			}
			var paras []string
			for _, b := range tk.Blocks {
				paras = append(paras, b.Text)
			}
			if tt.paras != nil && !slices.Equal(paras, tt.paras) {
				t.Errorf("blocks %.200q, want %.200q", paras, tt.paras)
			}
		})
	}
}

func TestParseTitleFromFile(t *testing.T) {
	tests := []struct {
		name, file, in string
		titles         []string
	}{
		{"no heading", "notes/缓存 入门.md", "只有正文。\n", []string{"缓存 入门"}},
		{"empty heading", "a/b.txt", "#\n\n正文。\n", []string{"b"}},
		{"text before the first heading", "intro.md", string(loadFixture(t, "preamble.md")), []string{"intro", "第一个主题", "第二个主题"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			talks, _ := Parse(tt.file, []byte(tt.in))
			var titles []string
			for _, tk := range talks {
				titles = append(titles, tk.Title)
			}
			if !slices.Equal(titles, tt.titles) {
				t.Errorf("titles %q, want %q", titles, tt.titles)
			}
		})
	}
}

func TestSourceOf(t *testing.T) {
	tests := []struct{ name, base string }{
		{"notes/缓存.md", "缓存.md"},
		{"-", "stdin"},
		{"https://e.example/docs/%E7%BC%93%E5%AD%98.md", "缓存.md"},
		{"https://e.example/", "e.example"},
		{"http://e.example", "e.example"},
	}
	for _, tt := range tests {
		if got := sourceOf(tt.name).base; got != tt.base {
			t.Errorf("sourceOf(%q).base = %q, want %q", tt.name, got, tt.base)
		}
	}
}
