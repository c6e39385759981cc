package timed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"talks/model"
)

// addSeeds adds the fixtures whose names match pattern and some texts.
func addSeeds(f *testing.F, pattern string, texts ...string) {
	files, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, name := range files {
		if fi, err := os.Stat(name); err != nil || fi.IsDir() {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	for _, s := range texts {
		f.Add(s)
	}
}

// checkCues checks what every cue must be: times in order and in range,
// a line within the text, a text with no control character but line ends.
func checkCues(t *testing.T, text string, cues []cue) {
	lines := strings.Count(text, "\n") + 1
	for i, c := range cues {
		if c.Start < 0 || c.End < c.Start || c.End > maxTime {
			t.Errorf("cue %d: times %v–%v", i, c.Start, c.End)
		}
		if c.Line < 1 || c.Line > lines {
			t.Errorf("cue %d: line %d of %d", i, c.Line, lines)
		}
		checkSafe(t, c.Text, true)
		checkSafe(t, c.Speaker, false)
	}
}

// checkSafe fails for a control character (but a line break when lines
// are allowed) or a bidi override.
func checkSafe(t *testing.T, s string, lines bool) {
	for _, r := range s {
		if (unicode.IsControl(r) && !(lines && r == '\n')) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			t.Errorf("unsafe rune %U in %q", r, s)
			return
		}
	}
}

// checkWarningsSafe checks that warnings are single lines within the text.
func checkWarningsSafe(t *testing.T, text string, warns []model.Warning) {
	lines := strings.Count(text, "\n") + 1
	for _, w := range warns {
		checkSafe(t, w.Msg, false)
		if w.Line < 0 || w.Line > lines {
			t.Errorf("warning at line %d of %d: %v", w.Line, lines, w)
		}
	}
}

func FuzzSRT(f *testing.F) {
	addSeeds(f, "*.srt", "", "1\n00:00:01,000 --> 00:00:00,500\nback\n", "1\n--> \n\n2\n00:00:01,000 -->\n", "{\\an8}<i>x</i>\n")
	f.Fuzz(func(t *testing.T, text string) {
		p := &problems{file: "f.srt"}
		cues := parseSRT(strings.Split(text, "\n"), p)
		checkCues(t, text, cues)
		checkWarningsSafe(t, text, p.warnings())
	})
}

func FuzzVTT(f *testing.F) {
	addSeeds(f, "*.vtt", "WEBVTT\n\nNOTE\n\n00:01.000 --> 00:02.000\n<v A>a</v><v B>b\n", "WEBVTT\n00:01.000 --> 00:02.000\n<00:00:01.500><c>w</c>\n",
		rollingVTT(sourceLines, 0), "<v\n<v >x</v\n>>\n&#x110000;&amp")
	f.Fuzz(func(t *testing.T, text string) {
		p := &problems{file: "f.vtt"}
		cues := parseVTT(strings.Split(text, "\n"), p)
		checkCues(t, text, cues)
		checkWarningsSafe(t, text, p.warnings())
	})
}

func FuzzJSON(f *testing.F) {
	addSeeds(f, "*.json", `[{"start":1,"end":0,"text":"x"}]`, `{"transcription":[{"offsets":{"from":-1,"to":2}}]}`,
		`{"body":{"from":1}}`, `{"segments":[{"startTime":1e308,"endTime":1e309,"body":"x"}]}`, `[`, `{"segments":[{"start":1,"end":2,"text":"\u001b[2Jx"}],`)
	f.Fuzz(func(t *testing.T, text string) {
		p := &problems{file: "f.json"}
		cues, format, _ := parseJSON(text, p)
		if len(cues) > 0 && !format.Transcript() {
			t.Errorf("%d cues of format %v", len(cues), format)
		}
		checkCues(t, text, cues)
		checkWarningsSafe(t, text, p.warnings())
	})
}

func FuzzInfo(f *testing.F) {
	addSeeds(f, "*.info.json", `{"extractor_key":"BiliBili","id":"BV1xx411c7mD_p9999"}`,
		`{"extractor_key":"Vimeo","webpage_url":"https://v.example/1\u001b[2J","chapters":[{"start_time":-1,"end_time":2,"title":"x"}]}`)
	f.Fuzz(func(t *testing.T, text string) {
		info, err := readInfo([]byte(text))
		if err != nil {
			return
		}
		var tk model.Talk
		info.apply(&tk)
		for _, s := range []string{tk.Title, tk.Publisher, tk.Date, tk.VideoID, tk.VideoPage} {
			checkSafe(t, s, false)
		}
		if tk.VideoID != "" && tk.VideoPage != "" {
			t.Errorf("both a video id %q and a page %q", tk.VideoID, tk.VideoPage)
		}
		prev := chapter{}
		for _, c := range info.chapters() {
			if c.End < c.Start || c.Start < prev.Start || c.Title == "" {
				t.Errorf("chapter %+v after %+v", c, prev)
			}
			checkSafe(t, c.Title, false)
			prev = c
		}
	})
}

func FuzzParse(f *testing.F) {
	addSeeds(f, "*", "# Markdown\n\ntext\n", rollingVTT(sourceLines, 3e9))
	f.Fuzz(func(t *testing.T, text string) {
		for _, name := range []string{"f.srt", "f.vtt", "f.json", "f.md", "T [Xy3_9-abcDE].en.vtt"} {
			r := Parse(name, text, Options{Join: spaceJoin, Sidecar: testdataSidecar})
			if r.Format == None && (r.Talk != nil || len(r.Warnings) > 0) {
				t.Errorf("%s: Format None with a result", name)
			}
			checkWarningsSafe(t, text, r.Warnings)
			if r.Talk == nil {
				continue
			}
			n := 0
			for _, b := range r.Talk.Blocks {
				if !b.Timed || b.End < b.Start || strings.Contains(b.Text, "\n") {
					t.Errorf("%s: block %+v", name, b)
				}
				if b.Kind == model.KindParagraph {
					if n++; b.Para != n || b.Text == "" {
						t.Errorf("%s: paragraph %d numbered %d, text %q", name, n, b.Para, b.Text)
					}
				}
			}
		}
	})
}
