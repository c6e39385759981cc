package timed

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"talks/model"
)

// para is what a test expects of a block.
type para struct {
	kind       model.Kind
	text       string
	start, end time.Duration
	speaker    string
}

func ms(n int) time.Duration { return time.Duration(n) * time.Millisecond }

func TestParseFixtures(t *testing.T) {
	P, H := model.KindParagraph, model.KindHeading
	tests := []struct {
		file     string
		format   Format
		stem     string
		blocks   []para
		warnings []string // "line: start of message"
		check    func(t *testing.T, tk *model.Talk)
	}{
		{
			file: "lecture.srt", format: SRT, stem: "lecture",
			blocks: []para{
				{P, "Good morning. Today we talk about caching in web services. A cache keeps a copy of data close to where it is used.", ms(1000), ms(9500), ""},
				{P, "After a pause, a new paragraph begins here. It ends on a second line.", ms(13000), ms(18000), ""},
			},
			warnings: []string{`15: cue time "00:00:0x,000 --> 00:00:11,000" is not a time`, "19: cue ends (00:00:11.000) before it starts (00:00:12.000)"},
		},
		{
			file: "panel.vtt", format: WebVTT, stem: "panel",
			blocks: []para{
				{P, "Welcome to the panel on open data. Our first guest builds tools & datasets.", 0, ms(6000), "Ann Lee"},
				{P, "Thanks, Ann.", ms(6500), ms(9000), "Bo Chen"},
				{P, "Go ahead.", ms(6500), ms(9000), "Ann Lee"},
				{P, `I want to talk about data cards, which are short \<notes> that travel with a data set.`, ms(9000), ms(15000), "Bo Chen"},
				{P, "我们团队也在做数据卡片， 主要用于开源模型。", ms(15200), ms(20000), "Cai Wen"},
			},
			check: func(t *testing.T, tk *model.Talk) {
				want := []model.Speaker{{Name: "Ann Lee", Role: model.RoleSpeaker}, {Name: "Bo Chen", Role: model.RoleSpeaker}, {Name: "Cai Wen", Role: model.RoleSpeaker}}
				if !slices.Equal(tk.Speakers, want) {
					t.Errorf("speakers %v, want %v", tk.Speakers, want)
				}
			},
		},
		{
			file: "Rolling Demo [Xy3_9-abcDE].en.vtt", format: WebVTT, stem: "Rolling Demo",
			blocks: []para{
				{H, "Intro", 0, ms(5010), ""},
				{P, "welcome back to the workshop today we look at caches", 0, ms(5000), ""},
				{H, "Stale caches", ms(5010), ms(14000), ""},
				{P, "and why they go stale", ms(5010), ms(8000), ""},
				{P, "let us start with a question okay", ms(11000), ms(14000), ""},
			},
			check: func(t *testing.T, tk *model.Talk) {
				got := []string{tk.Title, tk.Publisher, tk.Date, tk.VideoID, tk.VideoAt(ms(11000))}
				want := []string{"Rolling Demo: caches that go stale", "Example Workshop Channel", "2024-03-15", "Xy3_9-abcDE", "https://www.youtube.com/watch?v=Xy3_9-abcDE&t=11s"}
				if !slices.Equal(got, want) {
					t.Errorf("metadata %q, want %q", got, want)
				}
			},
		},
		{
			file: "whisper.json", format: Whisper, stem: "whisper",
			blocks: []para{
				{P, "大家好，今天我们聊一聊 Go 语言的垃圾回收。", 0, ms(6000), ""},
				{P, "先从三色标记说起。 标记完成后清扫。", ms(9000), ms(15000), ""},
			},
			warnings: []string{"5: segment ends (00:00:10.000) before it starts (00:00:11.500)", `6: segment field "start" holds a string`},
		},
		{
			file: "talk.wav.json", format: WhisperCpp, stem: "talk",
			blocks: []para{
				{P, "So the first thing is to measure before you tune.", 0, ms(5000), ""},
				{P, "Right, and then? Then you tune.", ms(5000), ms(9000), ""},
			},
		},
		{
			file: "podcast.json", format: Podcast, stem: "podcast",
			blocks: []para{
				{P, "Welcome to Tidy Bytes. I am here with Theo.", ms(500), ms(5500), "Mara Holt"},
				{P, "Glad to be here.", ms(5800), ms(8000), "Theo Park"},
				{P, "Let us begin.", ms(8200), ms(9000), "Mara Holt"},
			},
		},
		{
			file: "BV1xx411c7mD_p3.json", format: Bilibili, stem: "BV1xx411c7mD_p3",
			blocks: []para{
				{P, "欢迎来到分布式系统课 今天讲一致性协议", 0, ms(4500), ""},
				{P, "首先看 Raft 的选主过程", ms(7000), ms(9000), ""},
			},
		},
		{
			file: "truncated.json", format: Whisper, stem: "truncated",
			blocks:   []para{{P, "One. Two.", 0, ms(2000), ""}},
			warnings: []string{"4: invalid JSON (invalid character '{' after array element), segments after it skipped"},
		},
		{file: "settings.json", format: OtherJSON, stem: "settings", warnings: []string{"0: " + msgOtherJSON}},
		{file: "Rolling Demo [Xy3_9-abcDE].info.json", format: InfoJSON, stem: "Rolling Demo", warnings: []string{"0: " + msgInfo}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r := parseFixture(t, tt.file)
			if r.Format != tt.format || r.Stem != tt.stem {
				t.Errorf("format %v stem %q, want %v %q", r.Format, r.Stem, tt.format, tt.stem)
			}
			checkWarnings(t, r.Warnings, "testdata/"+tt.file, tt.warnings)
			if tt.blocks == nil {
				if r.Talk != nil {
					t.Errorf("a talk with %d blocks, want none", len(r.Talk.Blocks))
				}
				return
			}
			if r.Talk == nil {
				t.Fatal("no talk")
			}
			checkBlocks(t, r.Talk.Blocks, tt.blocks)
			if tt.check != nil {
				tt.check(t, r.Talk)
			}
		})
	}
}

// checkBlocks compares blocks with what is expected of them, and checks
// that paragraphs are numbered from 1 and timed.
func checkBlocks(t *testing.T, got []model.Block, want []para) {
	t.Helper()
	n := 0
	for i, b := range got {
		if i >= len(want) {
			t.Errorf("block %d more than expected: %q", i, b.Text)
			continue
		}
		w := want[i]
		if b.Kind != w.kind || b.Text != w.text || b.Start != w.start || b.End != w.end || b.Speaker != w.speaker || !b.Timed {
			t.Errorf("block %d:\n got %v %q %v–%v %q timed=%v\nwant %v %q %v–%v %q", i, b.Kind, b.Text, b.Start, b.End, b.Speaker, b.Timed, w.kind, w.text, w.start, w.end, w.speaker)
		}
		if b.Kind == model.KindParagraph {
			n++
			if b.Para != n {
				t.Errorf("block %d is paragraph %d, want %d", i, b.Para, n)
			}
		}
		if b.Line < 1 {
			t.Errorf("block %d has line %d", i, b.Line)
		}
	}
	if len(got) < len(want) {
		t.Errorf("%d blocks, want %d", len(got), len(want))
	}
}

// checkWarnings compares warnings with "line: start of message" strings.
func checkWarnings(t *testing.T, got []model.Warning, file string, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("warnings %v, want %q", got, want)
		return
	}
	for i, w := range got {
		line, msg, _ := strings.Cut(want[i], ": ")
		if w.File != file || strconv.Itoa(w.Line) != line || !strings.HasPrefix(w.Msg, msg) {
			t.Errorf("warning %q, want %s:%s", w.Error(), file, want[i])
		}
	}
}
