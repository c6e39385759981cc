package index

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"talks/model"
)

const corpusDir = "../../shared/corpus"

// corpusFiles are the transcript files of the shared corpus, or a skip.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(corpusDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ext := filepath.Ext(path); !d.IsDir() && (ext == ".md" || ext == ".txt") && d.Name() != "README.md" {
			files = append(files, path)
		}
		return nil
	})
	if err != nil || len(files) == 0 {
		t.Skip("no real transcripts: ../shared/corpus not found")
	}
	return files
}

// lineTalk makes a talk of a file with one block per line, so that the
// search can be compared with counts over the raw lines (the loader joins
// lines; a phrase that does not span lines is found either way).
func lineTalk(t *testing.T, path string) (*model.Talk, []string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	lines := strings.Split(string(data), "\n")
	talk := &model.Talk{ID: filepath.Base(path), File: path}
	for i, l := range lines {
		talk.Blocks = append(talk.Blocks, model.Block{Kind: model.KindParagraph, Text: l, Para: i + 1, Line: i + 1})
	}
	return talk, lines
}

func TestSearchCountsOnCorpus(t *testing.T) {
	files := corpusFiles(t)
	var talks []*model.Talk
	var lines []string
	for _, f := range files {
		talk, ls := lineTalk(t, f)
		talks = append(talks, talk)
		lines = append(lines, ls...)
	}
	ix := Build(talks)
	grep, grepErr := exec.LookPath("grep")
	for _, q := range []string{"模型", "数据", "智源", "the", "AI", "Transformer", "，我们"} {
		hits := ix.Search(context.Background(), q, 0)
		want, wantLines := 0, 0
		for _, l := range lines {
			n := strings.Count(fold(l), fold(q))
			want += n
			if n > 0 {
				wantLines++
			}
		}
		if want == 0 {
			t.Errorf("%q: not in the corpus; pick a query that is", q)
		}
		if len(hits) != want {
			t.Errorf("Search(%q) = %d hits, want %d (strings.Count over the lines)", q, len(hits), want)
		}
		t.Logf("%q: %d hits on %d lines", q, len(hits), wantLines)
		if grepErr != nil {
			continue
		}
		// grep -c counts matching lines; -i in the C locale folds ASCII
		// letters only, which is all fold changes for these queries.
		args := append([]string{"-F", "-i", "-c", "-h", "--", q}, files...)
		cmd := exec.Command(grep, args...)
		cmd.Env = append(os.Environ(), "LC_ALL=C")
		out, _ := cmd.Output()
		got := 0
		for _, f := range bytes.Fields(out) {
			n, _ := strconv.Atoi(string(f))
			got += n
		}
		if got != wantLines {
			t.Errorf("grep -F -i -c %q = %d lines, Go count = %d lines", q, got, wantLines)
		}
		if distinct := distinctLines(hits); distinct != got {
			t.Errorf("Search(%q) hits %d lines, grep -F -i -c = %d", q, distinct, got)
		}
	}
}

// distinctLines is the number of distinct blocks (here: lines) hit.
func distinctLines(hits []Hit) int {
	seen := map[*model.Block]bool{}
	for _, h := range hits {
		seen[&h.Talk.Blocks[h.Block]] = true
	}
	return len(seen)
}
