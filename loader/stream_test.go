package loader

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"talks/model"
	"talks/synth"
)

var (
	smallOnce sync.Once
	smallDir  string
	smallErr  error
)

// smallSynth is a synthetic corpus of about 3 MB, written once per test
// process, with a few files that give warnings (binary, empty, not a
// transcript) among the generated ones.
func smallSynth(tb testing.TB) string {
	tb.Helper()
	smallOnce.Do(func() {
		smallDir, smallErr = os.MkdirTemp("", "talks-small-")
		if smallErr != nil {
			return
		}
		if _, smallErr = synth.Write(smallDir, 3<<20, 7); smallErr != nil {
			return
		}
		for name, data := range map[string]string{
			"a-binary.md":       "\x00\x01\x02 not text",
			"m-empty.md":        "",
			"z-last/notes.txt":  "no heading here, only a line of text\n",
			"z-last/slides.pdf": "%PDF-1.4",
		} {
			p := filepath.Join(smallDir, name)
			if smallErr = os.MkdirAll(filepath.Dir(p), 0o755); smallErr != nil {
				return
			}
			if smallErr = os.WriteFile(p, []byte(data), 0o644); smallErr != nil {
				return
			}
		}
	})
	if smallErr != nil {
		tb.Fatal(smallErr)
	}
	return smallDir
}

// TestMain removes the generated corpora after the tests and benchmarks.
func TestMain(m *testing.M) {
	code := m.Run()
	for _, dir := range []string{smallDir, synthDir} {
		if dir != "" {
			os.RemoveAll(dir)
		}
	}
	os.Exit(code)
}

func TestLoadWorkersSameCorpus(t *testing.T) {
	dir := smallSynth(t)
	want := Load(context.Background(), []string{dir}, Options{Workers: 1})
	if len(want.Talks) < 50 || len(want.Warnings) == 0 {
		t.Fatalf("one worker: %d talks, %d warnings: want a corpus with both", len(want.Talks), len(want.Warnings))
	}
	for _, workers := range []int{0, 2, 3, 16} {
		got := Load(context.Background(), []string{dir}, Options{Workers: workers})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d workers: corpus differs from one worker's (%d talks, %d warnings; want %d, %d)",
				workers, len(got.Talks), len(got.Warnings), len(want.Talks), len(want.Warnings))
		}
	}
}

// call is one call of Options.Progress.
type call struct{ files, talks int }

func TestLoadProgress(t *testing.T) {
	dir := smallSynth(t)
	files := len(transcriptFiles(t, dir))
	for _, workers := range []int{1, 2} {
		var calls []call
		var streamed []*model.Talk
		batches := 0
		c := Load(context.Background(), []string{dir}, Options{
			Workers:  workers,
			Progress: func(f, n int) { calls = append(calls, call{f, n}) },
			OnTalks: func(ts []*model.Talk) {
				if len(ts) == 0 {
					t.Errorf("%d workers: empty batch", workers)
				}
				batches++
				streamed = append(streamed, ts...)
			},
		})
		if len(calls) == 0 {
			t.Fatalf("%d workers: Progress never called", workers)
		}
		if last := calls[len(calls)-1]; last != (call{files, len(c.Talks)}) {
			t.Errorf("%d workers: last progress %+v, want {files:%d talks:%d}", workers, last, files, len(c.Talks))
		}
		for i := 1; i < len(calls); i++ {
			if calls[i].files < calls[i-1].files || calls[i].talks < calls[i-1].talks {
				t.Errorf("%d workers: progress went back: %+v then %+v", workers, calls[i-1], calls[i])
			}
		}
		if !reflect.DeepEqual(streamed, c.Talks) || batches == 0 {
			t.Errorf("%d workers: %d batches of %d talks, not the corpus's %d talks in order", workers, batches, len(streamed), len(c.Talks))
		}
	}
}

func TestLoadCancelled(t *testing.T) {
	dir := smallSynth(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if c := Load(ctx, []string{dir}, Options{}); len(c.Talks) != 0 {
		t.Errorf("cancelled load gave %d talks, want none", len(c.Talks))
	}
}
