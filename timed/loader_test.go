package timed_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"talks/loader"
	"talks/model"
)

// block is what the test expects of a talk's block.
type block struct {
	text       string
	start, end time.Duration
	speaker    string
}

func sec(s float64) time.Duration { return time.Duration(math.Round(s*1000)) * time.Millisecond }

// TestThroughLoader shows each format becoming talks through loader.Parse:
// decoding (a BOM, CRLF), the loader's joining of Chinese and Latin text,
// IDs, file-name metadata and yt-dlp's metadata beside the subtitles.
func TestThroughLoader(t *testing.T) {
	tests := []struct {
		file, id, title string
		speakers        []string
		blocks          []block // paragraphs and, as "## title", sections
		warnings        []string
		check           func(t *testing.T, tk *model.Talk)
	}{
		{file: "lecture.srt", id: "lecture", title: "lecture",
			blocks: []block{
				{"Good morning. Today we talk about caching in web services. A cache keeps a copy of data close to where it is used.", sec(1), sec(9.5), ""},
				{"After a pause, a new paragraph begins here. It ends on a second line.", sec(13), sec(18), ""},
			},
			warnings: []string{"testdata/lecture.srt:15: cue time", "testdata/lecture.srt:19: cue ends"}},
		{file: "panel.vtt", id: "panel", title: "panel", speakers: []string{"Ann Lee", "Bo Chen", "Cai Wen"},
			blocks: []block{
				{"Welcome to the panel on open data. Our first guest builds tools & datasets.", 0, sec(6), "Ann Lee"},
				{"Thanks, Ann.", sec(6.5), sec(9), "Bo Chen"},
				{"Go ahead.", sec(6.5), sec(9), "Ann Lee"},
				{`I want to talk about data cards, which are short \<notes> that travel with a data set.`, sec(9), sec(15), "Bo Chen"},
				{"我们团队也在做数据卡片，主要用于开源模型。", sec(15.2), sec(20), "Cai Wen"},
			}},
		{file: "Rolling Demo [Xy3_9-abcDE].en.vtt", id: "yt-Xy3_9-abcDE", title: "Rolling Demo: caches that go stale",
			blocks: []block{
				{"## Intro", 0, sec(5.01), ""},
				{"welcome back to the workshop today we look at caches", 0, sec(5), ""},
				{"## Stale caches", sec(5.01), sec(14), ""},
				{"and why they go stale", sec(5.01), sec(8), ""},
				{"let us start with a question okay", sec(11), sec(14), ""},
			},
			check: func(t *testing.T, tk *model.Talk) {
				if tk.Publisher != "Example Workshop Channel" || tk.Date != "2024-03-15" || len(tk.Sections()) != 2 {
					t.Errorf("publisher %q date %q sections %d", tk.Publisher, tk.Date, len(tk.Sections()))
				}
				if got := tk.VideoAt(tk.Blocks[4].Start); got != "https://www.youtube.com/watch?v=Xy3_9-abcDE&t=11s" {
					t.Errorf("VideoAt %q", got)
				}
				if tk.Duration() != sec(14) {
					t.Errorf("Duration %v", tk.Duration())
				}
			}},
		{file: "whisper.json", id: "whisper", title: "whisper",
			blocks: []block{
				{"大家好，今天我们聊一聊 Go 语言的垃圾回收。", 0, sec(6), ""},
				{"先从三色标记说起。标记完成后清扫。", sec(9), sec(15), ""},
			},
			warnings: []string{"testdata/whisper.json:5: segment ends", `testdata/whisper.json:6: segment field "start"`}},
		{file: "talk.wav.json", id: "talk-wav", title: "talk",
			blocks: []block{
				{"So the first thing is to measure before you tune.", 0, sec(5), ""},
				{"Right, and then? Then you tune.", sec(5), sec(9), ""},
			}},
		{file: "podcast.json", id: "podcast", title: "podcast", speakers: []string{"Mara Holt", "Theo Park"},
			blocks: []block{
				{"Welcome to Tidy Bytes. I am here with Theo.", sec(0.5), sec(5.5), "Mara Holt"},
				{"Glad to be here.", sec(5.8), sec(8), "Theo Park"},
				{"Let us begin.", sec(8.2), sec(9), "Mara Holt"},
			}},
		{file: "BV1xx411c7mD_p3.json", id: "BV1xx411c7mD-p3", title: "BV1xx411c7mD_p3",
			blocks: []block{
				{"欢迎来到分布式系统课今天讲一致性协议", 0, sec(4.5), ""},
				{"首先看 Raft 的选主过程", sec(7), sec(9), ""},
			},
			check: func(t *testing.T, tk *model.Talk) {
				if got := tk.VideoAt(tk.Blocks[1].Start); got != "https://www.bilibili.com/video/BV1xx411c7mD?p=3&t=7" {
					t.Errorf("VideoAt %q", got)
				}
			}},
		{file: "settings.json", warnings: []string{"testdata/settings.json: not a transcript"}},
		{file: "Rolling Demo [Xy3_9-abcDE].info.json", warnings: []string{"testdata/Rolling Demo [Xy3_9-abcDE].info.json: not a transcript: yt-dlp metadata"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			name := "testdata/" + tt.file
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			talks, warns := loader.Parse(name, data)
			var got []string
			for _, w := range warns {
				got = append(got, w.Error())
			}
			if len(got) != len(tt.warnings) || !slices.EqualFunc(got, tt.warnings, strings.HasPrefix) {
				t.Errorf("warnings %q, want %q", got, tt.warnings)
			}
			if tt.blocks == nil {
				if len(talks) != 0 {
					t.Errorf("%d talks, want none", len(talks))
				}
				return
			}
			if len(talks) != 1 {
				t.Fatalf("%d talks, want 1", len(talks))
			}
			tk := talks[0]
			if tk.ID != tt.id || tk.Title != tt.title || tk.File != name || tk.Line != 1 {
				t.Errorf("ID %q title %q file %q line %d; want %q %q %q 1", tk.ID, tk.Title, tk.File, tk.Line, tt.id, tt.title, name)
			}
			var names []string
			for _, s := range tk.Speakers {
				names = append(names, s.Name)
				if s.Role != model.RoleSpeaker {
					t.Errorf("speaker %q has role %q", s.Name, s.Role)
				}
			}
			if !slices.Equal(names, tt.speakers) {
				t.Errorf("speakers %q, want %q", names, tt.speakers)
			}
			var gotBlocks []block
			for _, b := range tk.Blocks {
				text := b.Text
				if b.Kind == model.KindHeading {
					text = "## " + text
				}
				gotBlocks = append(gotBlocks, block{text, b.Start, b.End, b.Speaker})
			}
			if !slices.Equal(gotBlocks, tt.blocks) {
				t.Errorf("blocks\n%+v\nwant\n%+v", gotBlocks, tt.blocks)
			}
			if tt.check != nil {
				tt.check(t, tk)
			}
		})
	}
}

// TestLoadMixed loads timed transcripts named on the command line beside a
// Markdown file: each is read by its content, and the IDs are unique.
func TestLoadMixed(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "notes.md")
	srt := filepath.Join(dir, "notes.txt") // SRT under a Markdown name
	if err := os.WriteFile(md, []byte("# 缓存入门：林小溪\n\n第一段。\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(srt, []byte("1\n00:00:01,000 --> 00:00:02,000\nHello.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := loader.Load(context.Background(), []string{md, srt, "testdata/podcast.json"}, loader.Options{})
	var ids []string
	for _, tk := range c.Talks {
		ids = append(ids, tk.ID)
	}
	if want := []string{"notes", "notes-2", "podcast"}; !slices.Equal(ids, want) || len(c.Warnings) > 0 {
		t.Errorf("IDs %q, warnings %v; want %q and none", ids, c.Warnings, want)
	}
	if len(c.Talks) == 3 && (c.Talks[0].Timed() || !c.Talks[1].Timed()) {
		t.Error("the Markdown talk is timed, or the SRT one is not")
	}
}
