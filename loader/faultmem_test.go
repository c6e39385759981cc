//go:build unix

package loader

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"talks/model"
)

// memFault is one input built to make the loader hold much more than the
// input: write writes it, check looks at what loaded.
type memFault struct {
	name  string
	write func(w *bufio.Writer)
	check func(t *testing.T, c *model.Corpus)
}

// repeat writes s n times, a thousand at a time.
func repeat(w *bufio.Writer, s string, n int) {
	block := strings.Repeat(s, 1000)
	for ; n >= 1000; n -= 1000 {
		w.WriteString(block)
	}
	w.WriteString(strings.Repeat(s, n))
}

// memFaults are the inputs of TestFaultMemory: each is a fault of issue 11
// or one of the same family.
var memFaults = []memFault{
	{"one 30 MB word", func(w *bufio.Writer) {
		w.WriteString("# 一个词\n\n")
		repeat(w, "a", 30<<20)
		w.WriteString("\n")
	}, lastBlockEnds("aaaa")},
	{"1M sections", func(w *bufio.Writer) {
		w.WriteString("# 一百万节\n\n")
		repeat(w, "## s\n", 1<<20)
		w.WriteString("## 最后\n")
	}, all(warned(msgTooManyBlocks), lastBlockEnds("## 最后"))},
	{"1M talks", func(w *bufio.Writer) {
		repeat(w, "# s\n", 1<<20)
		w.WriteString("# 最后\n")
	}, all(warned(msgTooManyTalks), lastBlockEnds("# 最后"))},
	{"1M images", func(w *bufio.Writer) {
		w.WriteString("# 一百万图\n\n")
		repeat(w, "![](a.png)\n![](b.png)\n", 1<<19)
		w.WriteString("![](最后.png)\n")
	}, all(warned(msgTooManyBlocks), lastBlockEnds("![](最后.png)"))},
	{"1M images in a paragraph", func(w *bufio.Writer) {
		w.WriteString("# 一百万图\n\n")
		repeat(w, "x![](a.png)![](b.png)", 1<<19)
		w.WriteString("x![](最后.png)\n")
	}, all(warned(msgTooManyBlocks), lastBlockEnds("x![](最后.png)"))},
	{"20M blank lines", func(w *bufio.Writer) {
		w.WriteString("# 空行\n")
		repeat(w, "\n", 20<<20)
		w.WriteString("最后\n")
	}, lastBlockEnds("最后")},
	{"4M list items", func(w *bufio.Writer) {
		w.WriteString("# 列表\n\n")
		repeat(w, "- a\n", 4<<20)
		w.WriteString("- 最后\n")
	}, lastBlockEnds("- 最后")},
	{"a 16 MB heading of separators", func(w *bufio.Writer) {
		w.WriteString("# ")
		repeat(w, "a、 - ", 2<<20)
		w.WriteString("\n\n最后\n")
	}, lastBlockEnds("最后")},
	{"2M CRLF lines", func(w *bufio.Writer) {
		w.WriteString("# 回车换行\r\n\r\n")
		repeat(w, "长句子。\r\n", 2<<20)
	}, lastBlockEnds("长句子。")},
	{"3M escapes in a line", func(w *bufio.Writer) {
		w.WriteString("# 转义\n\n")
		repeat(w, "a\x1b[31mb", 3<<20)
		w.WriteString("\n")
	}, lastBlockEnds("abab")},
	{"10M bytes that are not UTF-8", func(w *bufio.Writer) {
		w.WriteString("# 坏字节\n\n")
		repeat(w, "a\xff", 10<<20)
		w.WriteString("\n")
	}, lastBlockEnds("a\uFFFD")},
	{"GB18030, 8M characters", func(w *bufio.Writer) {
		line, _ := simplifiedchinese.GB18030.NewEncoder().String("长句子。")
		head, _ := simplifiedchinese.GB18030.NewEncoder().String("# 国标\n\n")
		w.WriteString(head)
		repeat(w, line, 2<<20)
		w.WriteString("\n")
	}, lastBlockEnds("长句子。")},
	{"100k tiny paragraphs", func(w *bufio.Writer) {
		w.WriteString("# 十万段\n\n")
		for i := range faultParas {
			w.WriteString("段" + strings.Repeat("。", i%3+1) + "\n\n")
		}
	}, all(warned(msgTooManyBlocks), lastBlockEnds("段。"))},
}

// lastBlockEnds checks that a block of the last talk ends with s, the
// end of the file: it is kept, as a block of its own or in plain text.
func lastBlockEnds(s string) func(*testing.T, *model.Corpus) {
	return func(t *testing.T, c *model.Corpus) {
		t.Helper()
		if len(c.Talks) == 0 {
			t.Fatalf("no talk, warnings %v", c.Warnings)
		}
		for _, b := range c.Talks[len(c.Talks)-1].Blocks {
			if strings.HasSuffix(b.Text, s) {
				return
			}
		}
		t.Errorf("the end of the file (%q) is lost", s)
	}
}

// warned checks that one warning says msg, on one line.
func warned(msg string) func(*testing.T, *model.Corpus) {
	return func(t *testing.T, c *model.Corpus) {
		t.Helper()
		for _, w := range c.Warnings {
			if strings.HasPrefix(w.Msg, msg) && w.Line > 0 && !strings.Contains(w.Error(), "\n") {
				return
			}
		}
		t.Errorf("no warning %q in %v", msg, c.Warnings)
	}
}

// all runs every check.
func all(checks ...func(*testing.T, *model.Corpus)) func(*testing.T, *model.Corpus) {
	return func(t *testing.T, c *model.Corpus) {
		t.Helper()
		for _, ch := range checks {
			ch(t, c)
		}
	}
}

// TestFaultMemory loads each memory fault alone: the heap may grow by
// faultMemFactor times the input, plus faultMemSlack for the runtime,
// however the input is made.
func TestFaultMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and loads files of tens of megabytes")
	}
	dir := t.TempDir()
	for i, f := range memFaults {
		t.Run(f.name, func(t *testing.T) {
			p := filepath.Join(dir, fmt.Sprintf("fault%d.md", i))
			file, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			w := bufio.NewWriter(file)
			f.write(w)
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			file.Close()
			fi, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			c, grown := loadPeak([]string{p}, Options{})
			limit := faultMemFactor*fi.Size() + faultMemSlack
			t.Logf("input %.1f MB, heap grew by at most %.1f MB (%.2fx)", float64(fi.Size())/1e6, float64(grown)/1e6, float64(grown)/float64(fi.Size()))
			if grown > limit {
				t.Errorf("the heap grew by %d bytes for %d bytes of input (limit %d)", grown, fi.Size(), limit)
			}
			f.check(t, c)
			os.Remove(p)
		})
	}
}
