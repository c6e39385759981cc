package timed

import (
	"strings"
	"testing"
)

func TestFormatByContent(t *testing.T) {
	const (
		srt     = "1\n00:00:01,000 --> 00:00:02,000\nHello.\n"
		vtt     = "WEBVTT\n\n00:01.000 --> 00:02.000\nHello.\n"
		whisper = `{"segments": [{"start": 1, "end": 2, "text": "Hello."}]}`
		md      = "# A talk\n\nHello.\n"
	)
	tests := []struct {
		name, file, text string
		want             Format
		talk             bool
	}{
		{"SRT named .txt", "a.txt", srt, SRT, true},
		{"SRT with no number", "a.md", "\n\n00:00:01,000 --> 00:00:02,000\nHello.\n", SRT, true},
		{"WebVTT named .srt", "a.srt", vtt, WebVTT, true},
		{"WebVTT with a BOM and CRLF", "a.vtt", "\ufeff" + strings.ReplaceAll(vtt, "\n", "\r\n"), WebVTT, true},
		{"JSON named .txt", "a.txt", whisper, Whisper, true},
		{"top-level array of segments", "a.json", `[{"start": 1, "end": 2, "text": "Hello."}]`, Whisper, true},
		{"WhisperX speakers", "a.json", `{"segments": [{"start": 1, "end": 2, "text": "Hi.", "speaker": "SPEAKER_00"}]}`, Whisper, true},
		{"Markdown", "a.md", md, None, false},
		{"Markdown starting with a link", "a.md", "[home](https://e.example)\n\ntext\n", None, false},
		{"Markdown named .srt is read as SRT", "a.srt", md, SRT, false},
		{"not JSON, named .json", "a.json", "{broken", OtherJSON, false},
		{"JSON of no transcript", "a.json", `{"a": [1, 2]}`, OtherJSON, false},
		{"JSON of no transcript, named .md, is Markdown", "a.md", `{"a": [1, 2]}`, None, false},
		{"array of numbers", "a.json", `[1, 2, 3]`, OtherJSON, false},
		{"empty SRT", "a.srt", "", SRT, false},
		{"empty text", "a.md", "", None, false},
		{"info.json by name", "x [Xy3_9-abcDE].info.json", `{"id": "Xy3_9-abcDE"}`, InfoJSON, false},
		{"info.json by content", "meta.json", `{"id": "Xy3_9-abcDE", "extractor_key": "Youtube", "webpage_url": "https://www.youtube.com/watch?v=Xy3_9-abcDE"}`, InfoJSON, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Parse("dir/"+tt.file, tt.text, Options{Join: spaceJoin})
			if r.Format != tt.want || (r.Talk != nil) != tt.talk {
				t.Errorf("format %v, talk %v; want %v, %v (warnings %v)", r.Format, r.Talk != nil, tt.want, tt.talk, r.Warnings)
			}
			if tt.want == None && len(r.Warnings) > 0 {
				t.Errorf("Format None with warnings %v", r.Warnings)
			}
			if tt.want == OtherJSON && (len(r.Warnings) == 0 || !strings.HasPrefix(r.Warnings[0].Msg, "not a transcript")) {
				t.Errorf("OtherJSON warnings %v, want one saying not a transcript", r.Warnings)
			}
		})
	}
}

func TestWarningsAreCapped(t *testing.T) {
	var b strings.Builder
	for range 25 {
		b.WriteString("1\n00:00:0x,000 --> 00:00:01,000\nbad\n\n")
	}
	b.WriteString("2\n00:00:01,000 --> 00:00:02,000\nGood.\n")
	r := Parse("many.srt", b.String(), Options{Join: spaceJoin})
	if len(r.Warnings) != maxWarnings+1 || r.Warnings[maxWarnings].Msg != "15 more problems like these" {
		t.Errorf("%d warnings, last %v; want %d and a count of 15 more", len(r.Warnings), r.Warnings[len(r.Warnings)-1], maxWarnings+1)
	}
	if r.Talk == nil || r.Talk.Blocks[0].Text != "Good." {
		t.Errorf("the good cue is lost: %+v", r.Talk)
	}
}

func TestMissingBlankLines(t *testing.T) {
	text := "1\n00:00:01,000 --> 00:00:02,000\nOne\n2\n00:00:02,000 --> 00:00:03,000\ntwo.\n"
	r := Parse("tight.srt", text, Options{Join: spaceJoin})
	if r.Talk == nil || r.Talk.Blocks[0].Text != "One two." || len(r.Warnings) > 0 {
		t.Errorf("got %+v, warnings %v", r.Talk, r.Warnings)
	}
}

func TestJSONTextIsCleaned(t *testing.T) {
	text := `{"segments": [{"speaker": "Evil\u001b[2J Name", "startTime": 0, "endTime": 1, "body": "Hi\u001b]52;c;ZXZpbA==\u0007 there\u202e."}]}`
	r := Parse("p.json", text, Options{Join: spaceJoin})
	if r.Talk == nil {
		t.Fatal("no talk")
	}
	if b := r.Talk.Blocks[0]; b.Text != "Hi there." || b.Speaker != "Evil Name" {
		t.Errorf("text %q speaker %q, want them cleaned", b.Text, b.Speaker)
	}
}
