package loader

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"
)

// corpusDir is the real corpus, kept outside the project.
const corpusDir = "../../shared/corpus"

// volumeFile is the corpus's volume of eight talks.
var volumeFile = filepath.Join(corpusDir, "000_b2de72e1c3636c0f.txt")

// needCorpus skips a test when the real corpus is absent.
func needCorpus(tb testing.TB) {
	tb.Helper()
	if _, err := os.Stat(volumeFile); err != nil {
		tb.Skip("real corpus: ../shared/corpus not found")
	}
}

func TestCorpusVolume(t *testing.T) {
	needCorpus(t)
	c := Load(context.Background(), []string{volumeFile}, Options{})
	if len(c.Warnings) > 0 {
		t.Errorf("warnings: %v", c.Warnings)
	}
	want := []struct {
		forum   string
		part    int
		speaker string
		images  int
		video   string
	}{
		{"大模型产业技术", 4, "黄文灏", 9, "BV1HM4m1U7bM"},
		{"大模型产业技术", 5, "康战辉", 3, "BV1HM4m1U7bM"},
		{"大模型产业技术", 6, "万鹏飞", 3, "BV1HM4m1U7bM"},
		{"大模型产业技术", 7, "", 0, "BV1HM4m1U7bM"},
		{"大模型前沿探索", 1, "李永翔", 0, "BV1yS411A73A"},
		{"大模型前沿探索", 2, "王业全", 9, "BV1yS411A73A"},
		{"大模型前沿探索", 3, "宋双永", 5, "BV1yS411A73A"},
		{"大模型前沿探索", 4, "敖翔", 11, "BV1yS411A73A"},
	}
	if len(c.Talks) != len(want) {
		t.Fatalf("got %d talks, want %d", len(c.Talks), len(want))
	}
	for i, w := range want {
		tk := c.Talks[i]
		if tk.Volume != "智源大会 2024（四）" {
			t.Errorf("talk %d: volume %q", i+1, tk.Volume)
		}
		if len(tk.Images) != w.images {
			t.Errorf("talk %d: %d images, want %d", i+1, len(tk.Images), w.images)
		}
		for n, im := range tk.Images {
			if im.N != n+1 {
				t.Errorf("talk %d: image %d numbered %d", i+1, n+1, im.N)
			}
		}
		if tk.Forum != w.forum || tk.Part != w.part || tk.VideoID != w.video {
			t.Errorf("talk %d: forum %q part %d video %q, want %q %d %q", i+1, tk.Forum, tk.Part, tk.VideoID, w.forum, w.part, w.video)
		}
		if id := w.video + "-p" + strconv.Itoa(w.part); tk.ID != id {
			t.Errorf("talk %d: ID %q, want %q", i+1, tk.ID, id)
		}
		if w.speaker != "" && (len(tk.Speakers) != 1 || tk.Speakers[0].Name != w.speaker) {
			t.Errorf("talk %d: speakers %v, want %s", i+1, tk.Speakers, w.speaker)
		}
	}
	var round []string
	for _, s := range c.Talks[3].Speakers {
		round = append(round, string(s.Role)+":"+s.Name)
	}
	wantRound := []string{"host:张一甲", "guest:颜水成", "guest:谢剑", "guest:黄文灏", "guest:万鹏飞"}
	if !slices.Equal(round, wantRound) {
		t.Errorf("roundtable speakers %v, want %v", round, wantRound)
	}
}

func TestCorpusDev(t *testing.T) {
	needCorpus(t)
	dir := filepath.Join(corpusDir, "dev")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := Load(context.Background(), []string{dir}, Options{})
	if len(c.Warnings) > 0 {
		t.Errorf("warnings: %v", c.Warnings)
	}
	byFile := map[string]int{}
	for _, tk := range c.Talks {
		byFile[tk.File]++
		if tk.Title == "" {
			t.Errorf("%s: empty title", tk.File)
		}
		if len(tk.Blocks) == 0 {
			t.Errorf("%s: no blocks", tk.File)
		}
	}
	for _, e := range entries {
		if n := byFile[filepath.Join(dir, e.Name())]; n != 1 {
			t.Errorf("%s: %d talks, want 1", e.Name(), n)
		}
	}
	// Where the file name carries a video id and a part, the talk has them.
	named := 0
	for _, tk := range c.Talks {
		m := devNameRE.FindStringSubmatch(filepath.Base(tk.File))
		if m == nil {
			continue
		}
		named++
		if part, _ := strconv.Atoi(m[1]); tk.Part != part || tk.VideoID != m[2] {
			t.Errorf("%s: part %d video %q, want %s %s", filepath.Base(tk.File), tk.Part, tk.VideoID, m[1], m[2])
		}
	}
	if named == 0 {
		t.Error("no file name with a part and a video id: the check checked nothing")
	}
	t.Logf("%d files named with a part and a video id", named)
}

// devNameRE finds the part and the video id in a corpus file name.
var devNameRE = regexp.MustCompile(`P(\d+).*(BV[0-9A-Za-z]{10})`)

func TestCorpusIDsUnique(t *testing.T) {
	needCorpus(t)
	c := Load(context.Background(), []string{corpusDir}, Options{})
	seen := map[string]string{}
	for _, tk := range c.Talks {
		if tk.ID == "" {
			t.Errorf("%s:%d: empty ID", tk.File, tk.Line)
		}
		if f, ok := seen[tk.ID]; ok {
			t.Errorf("ID %s twice: %s and %s", tk.ID, f, tk.File)
		}
		seen[tk.ID] = tk.File
	}
	again := Load(context.Background(), []string{corpusDir}, Options{})
	for i, tk := range again.Talks {
		if tk.ID != c.Talks[i].ID {
			t.Errorf("talk %d: ID %s, then %s", i, c.Talks[i].ID, tk.ID)
		}
	}
}
