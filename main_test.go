package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir is the shared real corpus, beside the repository.
const corpusDir = "../shared/corpus"

func needCorpus(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skip("real corpus not found: ../shared/corpus is absent")
	}
}

// talks runs the command line as a user would and returns its outputs.
func talks(t *testing.T, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), status
}

func decodeList(t *testing.T, out string) []map[string]any {
	t.Helper()
	var talks []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not a JSON line: %q: %v", line, err)
		}
		talks = append(talks, m)
	}
	return talks
}

func TestListJSONFields(t *testing.T) {
	out, errOut, status := talks(t, "", "list", "--json")
	if status != 0 {
		t.Fatalf("status %d, stderr %s", status, errOut)
	}
	if !strings.Contains(errOut, "demo corpus") {
		t.Errorf("list without PATH should say it uses the demo corpus; stderr: %q", errOut)
	}
	fields := []string{"id", "title", "event", "forum", "part", "speakers", "publisher",
		"video_id", "video_url", "volume", "file", "line", "paragraphs", "images", "sections"}
	list := decodeList(t, out)
	if len(list) < 5 {
		t.Fatalf("demo corpus lists %d talks, want several", len(list))
	}
	ids := map[string]bool{}
	for _, m := range list {
		for _, f := range fields {
			if _, ok := m[f]; !ok {
				t.Errorf("talk %v lacks field %q", m["id"], f)
			}
		}
		id, _ := m["id"].(string)
		if id == "" || ids[id] {
			t.Errorf("id %q empty or repeated", id)
		}
		ids[id] = true
		for _, s := range m["speakers"].([]any) {
			sp := s.(map[string]any)
			switch sp["role"] {
			case "speaker", "host", "guest", "questioner":
			default:
				t.Errorf("talk %s: speaker %v has role %v", id, sp["name"], sp["role"])
			}
		}
	}
}

func TestListCorpusVolume(t *testing.T) {
	needCorpus(t)
	out, errOut, status := talks(t, "", "list", "--json", filepath.Join(corpusDir, "000_b2de72e1c3636c0f.txt"))
	if status != 0 {
		t.Fatalf("status %d, stderr %s", status, errOut)
	}
	want := []struct {
		id, forum, speakers string
		part, images        float64
	}{
		{"BV1HM4m1U7bM-p4", "大模型产业技术", "黄文灏", 4, 9},
		{"BV1HM4m1U7bM-p5", "大模型产业技术", "康战辉", 5, 3},
		{"BV1HM4m1U7bM-p6", "大模型产业技术", "万鹏飞", 6, 3},
		{"BV1HM4m1U7bM-p7", "大模型产业技术", "张一甲/host 颜水成/guest 谢剑/guest 黄文灏/guest 万鹏飞/guest", 7, 0},
		{"BV1yS411A73A-p1", "大模型前沿探索", "李永翔", 1, 0},
		{"BV1yS411A73A-p2", "大模型前沿探索", "王业全", 2, 9},
		{"BV1yS411A73A-p3", "大模型前沿探索", "宋双永", 3, 5},
		{"BV1yS411A73A-p4", "大模型前沿探索", "敖翔", 4, 11},
	}
	got := decodeList(t, out)
	if len(got) != len(want) {
		t.Fatalf("volume lists %d talks, want %d:\n%s", len(got), len(want), out)
	}
	for i, w := range want {
		g := got[i]
		var sp []string
		for _, s := range g["speakers"].([]any) {
			m := s.(map[string]any)
			name := m["name"].(string)
			if m["role"] != "speaker" {
				name += "/" + m["role"].(string)
			}
			sp = append(sp, name)
		}
		if g["id"] != w.id || g["forum"] != w.forum || g["part"] != w.part ||
			g["images"] != w.images || strings.Join(sp, " ") != w.speakers ||
			g["event"] != "2024北京智源大会" || g["volume"] != "智源大会 2024（四）" {
			t.Errorf("talk %d = %v %v P%v images %v speakers %q event %v volume %v\nwant %s %s P%v images %v speakers %q",
				i, g["id"], g["forum"], g["part"], g["images"], strings.Join(sp, " "), g["event"], g["volume"],
				w.id, w.forum, w.part, w.images, w.speakers)
		}
		wantURL := "https://www.bilibili.com/video/" + strings.Split(w.id, "-")[0] + "?p=" + strings.TrimPrefix(strings.Split(w.id, "-")[1], "p")
		if g["video_url"] != wantURL {
			t.Errorf("talk %s video_url %v, want %s", w.id, g["video_url"], wantURL)
		}
	}
}

func TestListWholeCorpus(t *testing.T) {
	needCorpus(t)
	out, errOut, status := talks(t, "", "list", "--json", corpusDir)
	if status != 0 {
		t.Fatalf("status %d, stderr %s", status, errOut)
	}
	list := decodeList(t, out)
	// The volume's 8 talks and one talk per file of dev/, less the two dev
	// files that are exact copies of talks of the volume (P4 of 大模型产业技术
	// and P1 of 大模型前沿探索): a copy is merged into the first, while the
	// two versions of 多模态模型 P1, whose texts differ, are both kept.
	dev, _ := os.ReadDir(filepath.Join(corpusDir, "dev"))
	if want := 8 + len(dev) - 2; len(list) != want {
		t.Errorf("corpus lists %d talks, want %d", len(list), want)
	}
	ids := map[string]string{}
	for _, m := range list {
		ids[m["id"].(string)] = m["file"].(string)
	}
	for _, id := range []string{"BV1HM4m1U7bM-p4", "BV1yS411A73A-p1"} {
		if !strings.HasSuffix(ids[id], "000_b2de72e1c3636c0f.txt") || ids[id+"-2"] != "" {
			t.Errorf("%s: want one talk, from the volume; got %q and a copy %q", id, ids[id], ids[id+"-2"])
		}
	}
	if ids["BV1sT421a7FU-p1"] == "" || ids["BV1sT421a7FU-p1-2"] == "" {
		t.Error("the two differing versions of BV1sT421a7FU-p1 should both be listed")
	}
	for _, m := range list {
		if m["title"] == "" {
			t.Errorf("talk %v has no title", m["id"])
		}
	}
}

func TestListText(t *testing.T) {
	out, _, status := talks(t, "", "list")
	if status != 0 || out == "" {
		t.Fatalf("status %d, output %q", status, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if n := strings.Count(line, "\t"); n != 4 {
			t.Errorf("line has %d tabs, want 4 (id, part, title, speakers, event · forum): %q", n, line)
		}
	}
}

func TestShow(t *testing.T) {
	needCorpus(t)
	vol := filepath.Join(corpusDir, "000_b2de72e1c3636c0f.txt")
	out, errOut, status := talks(t, "", "show", "--width", "60", "BV1HM4m1U7bM-p4", vol)
	if status != 0 {
		t.Fatalf("status %d, stderr %s", status, errOut)
	}
	for _, want := range []string{"大模型训练方法论及Yi-Large的实践", "黄文灏", "2024北京智源大会 · 大模型产业技术 · P4",
		"https://www.bilibili.com/video/BV1HM4m1U7bM?p=4", "▣ 图 1", "▣ 图 9"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Error("show piped must be plain text, found an escape byte")
	}
	if strings.Contains(out, "▣ 图 10") {
		t.Error("talk P4 has 9 images, show numbers a 10th")
	}
	// A query instead of an ID picks the best finder match.
	byQuery, _, status := talks(t, "", "show", "--width", "60", "Yi-Large", vol)
	if status != 0 || byQuery != out {
		t.Errorf("show by query: status %d, same output %v", status, byQuery == out)
	}
	colored, _, _ := talks(t, "", "show", "--color", "always", "BV1HM4m1U7bM-p4", vol)
	if !strings.Contains(colored, "\x1b[") {
		t.Error("--color always gives no ANSI styling")
	}
}

func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	emptyDir := t.TempDir()
	empty := filepath.Join(emptyDir, "empty.md")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		name    string
		args    []string
		status  int
		errWant string
	}{
		{"unknown flag", []string{"list", "--nope"}, 2, "unknown flag"},
		{"show without TALK", []string{"show"}, 2, "requires at least 1 arg"},
		{"bad width", []string{"show", "--width", "0", "x"}, 2, "--width"},
		{"bad color", []string{"show", "--color", "pink", "x"}, 2, "--color"},
		{"missing file", []string{"list", filepath.Join(dir, "nope.md")}, 1, "nope.md"},
		{"nothing loaded", []string{"list", empty}, 1, "empty.md"},
		{"no such talk", []string{"show", "zzzzqqqq-no-such-talk"}, 1, "no talk matches"},
		{"empty query", []string{"find", " "}, 2, "QUERY is empty"},
		{"empty search", []string{"search", ""}, 2, "QUERY is empty"},
		{"empty talk", []string{"quote", "", "1"}, 2, "TALK is empty"},
		{"negative limit", []string{"find", "-n", "-3", "a"}, 2, "--limit"},
		{"width one", []string{"show", "--width", "1", "x"}, 2, "at least 2"},
		{"paragraphs malformed", []string{"quote", "BV1De4x7Sa1m-p4", "x"}, 2, "want a paragraph number"},
		{"paragraphs beyond the talk", []string{"quote", "BV1De4x7Sa1m-p4", "9999"}, 1, "has only"},
		{"mistyped command", []string{"lsit"}, 2, "did you mean 'talks list'"},
		{"empty folder", []string{"list", dir}, 1, dir + ": no talks found"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errOut, status := talks(t, "", tc.args...)
			if status != tc.status || !strings.Contains(errOut, tc.errWant) {
				t.Errorf("status %d, stderr %q; want %d and %q", status, errOut, tc.status, tc.errWant)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	in := "# 2025示例大会-测试论坛 - P2：标准输入的演讲：周明远 - 示例社区 - BV1ab411c7de\n\n第一段，来自标准输入。\n"
	out, errOut, status := talks(t, in, "list", "--json", "-")
	if status != 0 {
		t.Fatalf("status %d, stderr %s", status, errOut)
	}
	list := decodeList(t, out)
	if len(list) != 1 || list[0]["id"] != "BV1ab411c7de-p2" || list[0]["file"] != "-" {
		t.Errorf("stdin talk = %v", list)
	}
}

// failingWriter fails every write, as a full disk does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestWriteErrorsFail(t *testing.T) {
	for _, args := range [][]string{
		{"list"}, {"list", "--json"}, {"find", "模型"}, {"find", "--json", "模型"},
		{"search", "模型"}, {"search", "--json", "模型"}, {"show", "BV1De4x7Sa1m-p4"}, {"quote", "BV1De4x7Sa1m-p4", "1"},
	} {
		var errOut bytes.Buffer
		status := run(context.Background(), args, strings.NewReader(""), failingWriter{}, &errOut)
		if status != 1 || !strings.Contains(errOut.String(), "no space left") {
			t.Errorf("%v to a full disk: status %d, stderr %q; want 1 and the error", args, status, errOut.String())
		}
	}
}

func TestTabsNeverSplitFields(t *testing.T) {
	in := "# 2025示例大会-测试\t论坛 - P2：带\t制表符的标题：周明远 - 示例社区 - BV1ab411c7de\n\n正文\t有制表符。\n"
	out, errOut, status := talks(t, in, "list", "-")
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	if n := strings.Count(strings.TrimSuffix(out, "\n"), "\t"); n != 4 {
		t.Errorf("list line has %d tabs, want 4: %q", n, out)
	}
	out, _, _ = talks(t, in, "search", "有制表符", "-")
	if n := strings.Count(strings.TrimSuffix(out, "\n"), "\t"); n != 2 {
		t.Errorf("search line has %d tabs, want 2: %q", n, out)
	}
}

func TestStdinTwiceReadOnce(t *testing.T) {
	in := "# 2025示例大会-测试论坛 - P2：标准输入的演讲：周明远 - 示例社区 - BV1ab411c7de\n\n第一段。\n"
	out, errOut, status := talks(t, in, "list", "-", "-")
	if status != 0 || strings.Count(out, "\n") != 1 || errOut != "" {
		t.Errorf("list - -: status %d, %q, stderr %q; want one talk and no warning", status, out, errOut)
	}
}

func TestInterruptedPrintsNothing(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	if status := run(ctx, []string{"list", "demo/corpus"}, strings.NewReader(""), &out, &errOut); status != 130 || out.Len() != 0 {
		t.Errorf("interrupted list: status %d, output %q; want 130 and nothing", status, out.String())
	}
}
