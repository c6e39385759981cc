package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// timedDir is a folder with one file of each format talks reads (written
// for the tests; see its README).
var timedDir = filepath.Join("testdata", "timed")

// TestTimedFolderList: a folder mixing Markdown with every timed format
// lists each talk once, timed ones with their duration in seconds, the
// metadata beside the subtitles read and not listed, and the folder's
// package.json said in one line.
func TestTimedFolderList(t *testing.T) {
	out, errOut, status := talks(t, "", "list", "--json", timedDir)
	if status != 0 {
		t.Fatalf("status %d, stderr %s", status, errOut)
	}
	want := map[string]float64{ // id → duration; -1: none (untimed)
		"BV1Ab411c7Xy-p2": 10, "yt-Kq7_3-zzXYW": 12, "caching-lecture": 3727.5, "gc-talk": 9.5,
		"BV1Xy4z7Ab2c-p1": -1, "open-data-panel": 19, "tidy-bytes": 11, "tuning-wav": 6,
	}
	got := map[string]float64{}
	for _, m := range decodeList(t, out) {
		d, ok := m["duration"].(float64)
		if !ok {
			d = -1
		}
		got[m["id"].(string)] = d
		if m["id"] == "yt-Kq7_3-zzXYW" && (m["title"] != "Caches That Go Stale: a workshop" || m["publisher"] != "Talks Fixture Channel" || m["sections"] != 2.0) {
			t.Errorf("the sidecar's metadata is not read: %v", m)
		}
	}
	if len(got) != len(want) {
		t.Errorf("listed %v, want %v", got, want)
	}
	for id, d := range want {
		if g, ok := got[id]; !ok || g != d {
			t.Errorf("%s: duration %v (listed %v), want %v", id, g, ok, d)
		}
	}
	wantErr := "talks: " + timedDir + ": 1 JSON file skipped: not transcripts (" + filepath.Join(timedDir, "package.json") + ")\n"
	if errOut != wantErr {
		t.Errorf("stderr %q, want %q", errOut, wantErr)
	}
}

// TestTimedFolderShowSearchQuote: a timed talk shows as text, its search
// hits know when they are said (a Markdown talk's do not), and its quotes
// cite the speakers of the paragraphs, the time and the video at it.
func TestTimedFolderShowSearchQuote(t *testing.T) {
	out, _, status := talks(t, "", "show", "--width", "70", "open-data-panel", timedDir)
	if status != 0 || !strings.Contains(out, "Welcome to our panel on open data.") || !strings.Contains(out, "卡片跟着数据走。") {
		t.Errorf("show: status %d\n%s", status, out)
	}

	out, _, status = talks(t, "", "search", "--json", "数据", timedDir)
	if status != 0 {
		t.Fatalf("search: status %d", status)
	}
	times := map[string][]any{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var h map[string]any
		if err := json.Unmarshal([]byte(line), &h); err != nil {
			t.Fatalf("search --json line %q: %v", line, err)
		}
		times[h["id"].(string)] = append(times[h["id"].(string)], h["time"])
	}
	if tm := times["open-data-panel"]; len(tm) != 2 || tm[0] != 12.5 || tm[1] != 12.5 {
		t.Errorf("hits in the panel at %v, want twice 12.5 s", tm)
	}
	if tm := times["BV1Xy4z7Ab2c-p1"]; len(tm) != 2 || tm[0] != nil {
		t.Errorf("hits in the Markdown talk have times %v, want none", tm)
	}

	tests := []struct{ talk, paras, want string }{
		{"open-data-panel", "2-3", "> I do. Every data set in it carries a card that says where it came from.\n>\n> 我们也给每个数据集写一张卡片。卡片跟着数据走。\n>\n> — Tom Hart、周可，《open-data-panel》，00:08\n"},
		{"yt-Kq7_3-zzXYW", "2", "> first we warm them up\n>\n> — 《Caches That Go Stale: a workshop》，00:09，https://www.youtube.com/watch?v=Kq7_3-zzXYW&t=9s\n"},
		{"BV1Ab411c7Xy-p2", "2", "> 再看跳表怎么查\n>\n> — 《索引的结构》，P2，00:08，https://www.bilibili.com/video/BV1Ab411c7Xy?p=2&t=8\n"},
		{"caching-lecture", "3", "> To close: measure your hit rate before you tune anything.\n>\n> — 《caching-lecture》，1:02:03\n"},
		{"tidy-bytes", "2", "> Small parsers, mostly.\n>\n> — Ivo Stein，《tidy-bytes》，00:06\n"},
		{"gc-talk", "2", "> 回收器先标记，再清扫。\n>\n> — 《gc-talk》，00:06\n"},
		{"tuning-wav", "1", "> Tuning starts with a profile. Guessing is slower than looking.\n>\n> — 《tuning》，00:00\n"},
		{"BV1Xy4z7Ab2c-p1", "1", "> 数据说明写在数据旁边，读的人才找得到。\n>\n> — 林一，《给数据写说明》，2025示例大会 · 数据与开源 · P1，https://www.bilibili.com/video/BV1Xy4z7Ab2c?p=1\n"},
	}
	for _, tt := range tests {
		out, errOut, status := talks(t, "", "quote", tt.talk, tt.paras, timedDir)
		if status != 0 || out != tt.want {
			t.Errorf("quote %s %s: status %d, stderr %q\n%s\nwant\n%s", tt.talk, tt.paras, status, errOut, out, tt.want)
		}
	}
}
