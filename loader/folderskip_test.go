package loader

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"talks/model"
)

// timedTree is a folder mixing Markdown with timed transcripts, yt-dlp's
// metadata and the JSON of a project (package.json and friends).
var timedTree = map[string]string{
	"a-notes.md":  "# 笔记\n正文。\n",
	"b-talk.srt":  "1\n00:00:01,000 --> 00:00:03,000\nHello there.\n",
	"c-panel.vtt": "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Ann Lee>Welcome.\n",
	"d-whisper.json": `{"segments": [{"start": 0.0, "end": 2.0, "text": " 大家好。"}]}
`,
	"Demo [Xy3_9-abcDE].en.vtt":    "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nfrom the sidecar\n",
	"Demo [Xy3_9-abcDE].info.json": `{"id": "Xy3_9-abcDE", "title": "The sidecar's title", "extractor_key": "Youtube", "upload_date": "20240102"}`,
	"package.json":                 `{"name": "x", "version": "1.0.0"}`,
	"sub/tsconfig.json":            "{\n  // comments make it no JSON\n  \"strict\": true\n}\n",
	"sub/list.json":                "[1, 2, 3]\n",
	"data.tsv":                     "a\tb\n",
}

func TestLoadFolderTimed(t *testing.T) {
	dir := t.TempDir()
	for name, text := range timedTree {
		writeTree(t, dir, name, []byte(text))
	}
	c := Load(context.Background(), []string{dir}, Options{})
	var got []string
	for _, tk := range c.Talks {
		got = append(got, filepath.Base(tk.File)+"="+tk.Title)
	}
	want := []string{
		"Demo [Xy3_9-abcDE].en.vtt=The sidecar's title",
		"a-notes.md=笔记", "b-talk.srt=b-talk", "c-panel.vtt=c-panel", "d-whisper.json=d-whisper",
	}
	if !slices.Equal(got, want) {
		t.Errorf("talks %q, want %q", got, want)
	}
	// The metadata is read beside its subtitles and skipped without a
	// word; the project's JSON is one clause of the folder's one warning.
	wantWarns := []string{dir + ": 1 file skipped: not .md, .markdown, .txt, .srt, .vtt or .json (" +
		filepath.Join(dir, "data.tsv") + "); 3 JSON files skipped: not transcripts (" + filepath.Join(dir, "package.json") + ")"}
	if w := warnMsgsFull(c.Warnings); !slices.Equal(w, wantWarns) {
		t.Errorf("warnings\n%q\nwant\n%q", w, wantWarns)
	}

	// Named on the command line, each says what it is.
	c = Load(context.Background(), []string{filepath.Join(dir, "package.json"), filepath.Join(dir, "Demo [Xy3_9-abcDE].info.json")}, Options{})
	if len(c.Talks) != 0 || len(c.Warnings) != 2 ||
		!strings.Contains(c.Warnings[0].Msg, "not a transcript: JSON with no") ||
		!strings.Contains(c.Warnings[1].Msg, "yt-dlp metadata") {
		t.Errorf("named JSON: talks %d, warnings %v", len(c.Talks), c.Warnings)
	}
}

// TestLoadFolderJSONCountsPerFolder: each folder given has its own count,
// and JSON named between two folders is reported on its own.
func TestLoadFolderJSONCountsPerFolder(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, "one/package.json", []byte(`{"name": "one"}`))
	writeTree(t, dir, "one/t.srt", []byte("1\n00:00:01,000 --> 00:00:02,000\nHi.\n"))
	named := writeTree(t, dir, "named.json", []byte(`{"name": "named"}`))
	writeTree(t, dir, "two/a.json", []byte(`{"a": 1}`))
	writeTree(t, dir, "two/b.json", []byte(`{"b": 2}`))
	c := Load(context.Background(), []string{filepath.Join(dir, "one"), named, filepath.Join(dir, "two")}, Options{})
	got := warnMsgsFull(c.Warnings)
	want := []string{
		filepath.Join(dir, "one") + ": 1 JSON file skipped: not transcripts (" + filepath.Join(dir, "one", "package.json") + ")",
		named + ": not a transcript: JSON with no Whisper, whisper.cpp, Podcasting 2.0 or Bilibili segments, skipped",
		filepath.Join(dir, "two") + ": 2 JSON files skipped: not transcripts (" + filepath.Join(dir, "two", "a.json") + ")",
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings\n%q\nwant\n%q", got, want)
	}
}

func TestLoadFSTimed(t *testing.T) {
	fsys := fstest.MapFS{}
	for name, text := range timedTree {
		fsys["root/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	c := LoadFS(fsys, "root")
	var got []string
	for _, tk := range c.Talks {
		got = append(got, tk.File+"="+tk.Title)
	}
	want := []string{
		"root/Demo [Xy3_9-abcDE].en.vtt=The sidecar's title", "root/a-notes.md=笔记",
		"root/b-talk.srt=b-talk", "root/c-panel.vtt=c-panel", "root/d-whisper.json=d-whisper",
	}
	if !slices.Equal(got, want) {
		t.Errorf("talks %q, want %q", got, want)
	}
	if tk := c.Talks[0]; tk.ID != "yt-Xy3_9-abcDE" || tk.Date != "2024-01-02" {
		t.Errorf("sidecar in an fs.FS: id %q date %q", tk.ID, tk.Date)
	}
	wantWarns := []string{"root: 3 JSON files skipped: not transcripts (root/package.json)"}
	if w := warnMsgsFull(c.Warnings); !slices.Equal(w, wantWarns) {
		t.Errorf("warnings %q, want %q", w, wantWarns)
	}
}

func TestLoadURLSidecar(t *testing.T) {
	asked := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked[r.URL.Path]++
		name := strings.TrimPrefix(r.URL.Path, "/subs/")
		text, ok := timedTree[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(text))
	}))
	defer srv.Close()
	c := Load(context.Background(), []string{
		srv.URL + "/subs/Demo%20%5BXy3_9-abcDE%5D.en.vtt",
		srv.URL + "/subs/b-talk.srt",
	}, Options{Workers: 1})
	if len(c.Talks) != 2 || len(c.Warnings) != 0 {
		t.Fatalf("talks %d, warnings %v", len(c.Talks), c.Warnings)
	}
	if tk := c.Talks[0]; tk.Title != "The sidecar's title" || tk.ID != "yt-Xy3_9-abcDE" || tk.Date != "2024-01-02" {
		t.Errorf("URL with a sidecar: title %q id %q date %q", tk.Title, tk.ID, tk.Date)
	}
	if asked["/subs/Demo [Xy3_9-abcDE].info.json"] != 1 {
		t.Errorf("the sidecar was not asked for once beside the URL: %v", asked)
	}
	if len(asked) != 3 {
		t.Errorf("a name with no [id] asks for no sidecar: %v", asked)
	}
}

// warnMsgsFull are the warnings as printed.
func warnMsgsFull(ws []model.Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Error())
	}
	return out
}
