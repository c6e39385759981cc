package quote

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"talks/model"
)

const corpusDir = "../../shared/corpus"

// corpusTalks reads every transcript of the corpus as a talk whose
// paragraphs are the file's text lines (headings and images left out); it
// skips the test when the corpus is absent.
func corpusTalks(tb testing.TB) []*model.Talk {
	tb.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		tb.Skip("quote: ../shared/corpus not found")
	}
	var talks []*model.Talk
	err := filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || (!strings.HasSuffix(path, ".md") && !strings.HasSuffix(path, ".txt")) {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		t := &model.Talk{ID: filepath.Base(path), File: path}
		for i, line := range strings.Split(string(b), "\n") {
			if s := strings.TrimSpace(line); s == "" || strings.HasPrefix(s, "#") || strings.HasPrefix(s, "![") {
				continue
			}
			t.Blocks = append(t.Blocks, model.Block{Kind: model.KindParagraph, Text: line, Para: len(t.Blocks) + 1, Line: i + 1})
		}
		talks = append(talks, t)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return talks
}

// TestCorpus checks, on every line of the real transcripts, what Split
// promises, and that quoting a whole paragraph loses and adds no text.
func TestCorpus(t *testing.T) {
	for _, talk := range corpusTalks(t) {
		for _, b := range talk.Blocks {
			checkRanges(t, b.Text, Split(b.Text))
			if t.Failed() {
				t.Fatalf("%s:%d", talk.File, b.Line)
			}
			got := Paras(talk, b.Para, b.Para)
			if squeeze(got) != squeeze(unmark(clean(b.Text))) {
				t.Fatalf("%s:%d: the quote of the paragraph differs from its text:\n%q", talk.File, b.Line, got)
			}
			if strings.ContainsFunc(got, func(c rune) bool { return unicode.IsControl(c) }) {
				t.Fatalf("%s:%d: control characters in %q", talk.File, b.Line, got)
			}
		}
	}
}

// squeeze is s without white space.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// BenchmarkSplit splits every line of the corpus; it reports throughput
// and the cost of one sentence.
func BenchmarkSplit(b *testing.B) {
	var lines []string
	size := 0
	for _, t := range corpusTalks(b) {
		for _, blk := range t.Blocks {
			lines = append(lines, blk.Text)
			size += len(blk.Text)
		}
	}
	b.SetBytes(int64(size))
	sentences := 0
	for b.Loop() {
		sentences = 0
		for _, l := range lines {
			sentences += len(Split(l))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(sentences), "ns/sentence")
}

// BenchmarkSentences lists the sentences of the corpus's largest talk file,
// what the reading pane does when a selection starts.
func BenchmarkSentences(b *testing.B) {
	var big *model.Talk
	for _, t := range corpusTalks(b) {
		if big == nil || len(t.Blocks) > len(big.Blocks) {
			big = t
		}
	}
	n := 0
	for b.Loop() {
		n = len(Sentences(big))
	}
	b.ReportMetric(float64(n), "sentences")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/talk")
}
