//go:build unix

package loader

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"talks/model"
)

// Sizes of the two big files of TestLoadFaults.
const (
	faultLineBytes = 20 << 20 // the single line
	faultParas     = 100_000  // the tiny paragraphs
)

// faultMemFactor and faultMemSlack bound the heap Load may grow by:
// faultMemFactor times the input bytes, plus faultMemSlack.
const (
	faultMemFactor = 4
	faultMemSlack  = 8 << 20
)

// faultWant is what TestLoadFaults expects of one input file: the text one
// of its talks must hold (empty: no talk), and the message of its one
// warning (empty: none).
type faultWant struct {
	text string
	warn string
}

// faultFolder builds the folder of faulty files and returns the inputs to
// load, the expectations by file (and by skipped file, for the folder
// warnings that name one) and the total input bytes.
func faultFolder(t *testing.T) (inputs []string, want map[string]faultWant, total int64) {
	t.Helper()
	dir := t.TempDir()
	want = map[string]faultWant{}
	add := func(name string, data []byte, w faultWant) string {
		p := writeTree(t, dir, name, data)
		total += int64(len(data))
		want[p] = w
		return p
	}
	const zh = "这是一段中文，用来检查解码是否正确。"
	gb, err := simplifiedchinese.GB18030.NewEncoder().String("# 国标编码的演讲\n\n" + zh + "\n")
	if err != nil {
		t.Fatal(err)
	}
	utf16 := func(order unicode.Endianness, s string) []byte {
		b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	truncated := []byte("# 截断的文件\n\n" + zh)
	truncated = truncated[:len(truncated)-2] // the last character cut in half

	add("good1.md", []byte("# 第一场：开源的未来\n\n开源社区的第一段话。\n"), faultWant{text: "开源社区的第一段话。"})
	add("good2.md", []byte("# Second talk\n\nA plain English paragraph.\n"), faultWant{text: "A plain English paragraph."})
	add("binary.md", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01"), faultWant{warn: msgBinary})
	add("truncated.md", truncated, faultWant{text: strings.TrimSuffix(zh, "。") + "\uFFFD", warn: msgBadUTF8})
	add("gb18030.md", []byte(gb), faultWant{text: zh})
	add("utf16le.md", utf16(unicode.LittleEndian, "# 小端\n\n"+zh+"\n"), faultWant{text: zh})
	add("utf16be.md", utf16(unicode.BigEndian, "# 大端\n\n"+zh+"\n"), faultWant{text: zh})
	add("empty.md", nil, faultWant{warn: msgNoTalks})
	// Not Markdown at all, but with a Markdown name: any text is Markdown
	// (a paragraph), so it loads as a talk named after the file; a file
	// whose name says it is not Markdown is reported (notes.go below).
	add("data.md", []byte(`{"talks": [{"id": 1, "title": "不是演讲"}]}`+"\n"), faultWant{text: `{"talks": [{"id": 1, "title": "不是演讲"}]}`})
	line := strings.Repeat("很长的一行 ", faultLineBytes/len("很长的一行 "))
	add("line.md", []byte("# 一行\n\n"+line+"\n"), faultWant{text: strings.TrimSpace(line)})
	var paras strings.Builder
	paras.WriteString("# 十万段\n\n")
	for i := range faultParas {
		paras.WriteString("段" + strings.Repeat("。", i%3+1) + "\n\n")
	}
	// Too many blocks for its size (budget.go): the first paragraphs are
	// blocks, the rest plain text.
	add("paras.md", []byte(paras.String()), faultWant{text: "段。", warn: msgTooManyBlocks})

	// A folder link back to the folder: walked once, nothing read twice.
	if err := os.Symlink(".", filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	// A file link to itself: it cannot be resolved.
	self := filepath.Join(dir, "self.md")
	if err := os.Symlink("self.md", self); err != nil {
		t.Fatal(err)
	}
	want[self] = faultWant{warn: "broken link"}
	// Unreadable: a file with no permissions (root reads it anyway), and a
	// file whose path is too long to open, which even root cannot read.
	if os.Geteuid() != 0 {
		p := add("locked.md", []byte("# 锁住\n\n读不到。\n"), faultWant{warn: "permission denied"})
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
	}
	want[longPathFile(t, dir)] = faultWant{warn: syscall.ENAMETOOLONG.Error()}

	// A pipe with a transcript's name: reading it would block.
	fifo := filepath.Join(dir, "x.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	want[fifo] = faultWant{warn: msgNotRegular}
	// A file whose name says it is not Markdown: reported by its folder,
	// in one warning for all such files naming the first, so in a folder
	// of its own here.
	goDir := t.TempDir()
	goFile := writeTree(t, goDir, "notes.go", []byte("package notes\n"))
	total += int64(len("package notes\n"))
	want[goFile] = faultWant{warn: "1 file skipped"}
	return []string{dir, goDir}, want, total
}

// longPathFile creates, under dir, a transcript whose path is longer than
// the system allows a path to be (its folder's path is not), and returns
// its path.
func longPathFile(t *testing.T, dir string) string {
	t.Helper()
	deep := dir
	for len(deep) < 3900 {
		deep = filepath.Join(deep, strings.Repeat("d", 200))
		if err := os.Mkdir(deep, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	name := strings.Repeat("f", 240) + ".md"
	root, err := os.OpenRoot(deep)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	f, err := root.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("# 太深\n\n路径太长。\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(deep, name)
}

// peakHeap samples the bytes in heap objects every few milliseconds until
// stop is called, which returns the highest figure seen.
func peakHeap() (stop func() uint64) {
	var peak atomic.Uint64
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() {
		metrics.Read(sample)
		if v := sample[0].Value.Uint64(); v > peak.Load() {
			peak.Store(v)
		}
	}
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-quit:
				return
			case <-tick.C:
				read()
			}
		}
	}()
	return func() uint64 {
		close(quit)
		<-done
		read()
		return peak.Load()
	}
}

func TestLoadFaults(t *testing.T) {
	inputs, want, total := faultFolder(t)

	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	stop := peakHeap()
	// A hang guard, not a speed assertion: Load is given a deadline far
	// beyond what it needs, and is waited for a little longer still, in
	// case a blocked read ignores the deadline.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	loaded := make(chan *model.Corpus, 1)
	go func() { loaded <- Load(ctx, inputs, Options{}) }()
	var c *model.Corpus
	select {
	case c = <-loaded:
	case <-time.After(25 * time.Second):
		t.Fatal("Load hung")
	}
	if ctx.Err() != nil {
		t.Fatal("Load ran past its deadline")
	}
	peak := stop()

	grown := int64(peak) - int64(base.HeapAlloc)
	if limit := faultMemFactor*total + faultMemSlack; grown > limit {
		t.Errorf("the heap grew by %d bytes while loading %d bytes (limit %d)", grown, total, limit)
	}
	t.Logf("input %d bytes, heap grew by at most %d bytes (%.2fx)", total, grown, float64(grown)/float64(total))

	// Every warning is one line naming its file, and every file is
	// reported at most once.
	reported := map[string]string{}
	for _, w := range c.Warnings {
		if s := w.Error(); strings.ContainsAny(s, "\n\r") {
			t.Errorf("warning on more than one line: %q", s)
		}
		file := w.File
		if strings.Contains(w.Msg, " skipped: not ") { // a folder's warning names its example
			file = w.Msg[strings.LastIndex(w.Msg, "(")+1 : len(w.Msg)-1]
		}
		if _, ok := want[file]; !ok {
			t.Errorf("unexpected warning %q", w.Error())
			continue
		}
		if prev, ok := reported[file]; ok {
			t.Errorf("%s reported twice: %q and %q", file, prev, w.Msg)
		}
		reported[file] = w.Msg
	}
	texts := map[string][]string{}
	for _, tk := range c.Talks {
		for _, b := range tk.Blocks {
			texts[tk.File] = append(texts[tk.File], b.Text)
		}
	}
	for file, w := range want {
		name := filepath.Base(file)
		switch msg, ok := reported[file]; {
		case w.warn == "" && ok:
			t.Errorf("%s: unexpected warning %q", name, msg)
		case w.warn != "" && !ok:
			t.Errorf("%s: not reported, want %q", name, w.warn)
		case !strings.Contains(msg, w.warn):
			t.Errorf("%s: warning %q, want %q", name, msg, w.warn)
		}
		blocks, ok := texts[file]
		switch {
		case w.text == "" && ok:
			t.Errorf("%s: loaded as a talk", name)
		case w.text != "" && !ok:
			t.Errorf("%s: not loaded", name)
		case w.text != "" && !containsString(blocks, w.text):
			t.Errorf("%s: no block %.40q in %.80q", name, w.text, blocks)
		}
	}
	if n := strings.Count(strings.Join(texts[filepath.Join(inputs[0], "paras.md")], ""), "段"); n != faultParas {
		t.Errorf("paras.md: %d paragraphs kept, want %d", n, faultParas)
	}
	if len(c.Talks) != len(texts) {
		t.Errorf("%d talks from %d files: a file was read twice", len(c.Talks), len(texts))
	}
}

// containsString is true when list holds s.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
