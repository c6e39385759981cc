package timed

import (
	"slices"
	"strings"
	"testing"
	"time"

	"talks/model"
)

// cueAt is a cue from second from to second to.
func cueAt(from, to float64, text string) cue {
	return cue{Start: time.Duration(from * float64(time.Second)), End: time.Duration(to * float64(time.Second)), Text: text, Line: 1}
}

// texts are the paragraph texts of blocks, headings as "## title".
func texts(blocks []model.Block) []string {
	var out []string
	for _, b := range blocks {
		if b.Kind == model.KindHeading {
			out = append(out, "## "+b.Text)
			continue
		}
		out = append(out, b.Text)
	}
	return out
}

// words is n words of filler, "w1 w2 …", with no sentence end.
func words(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = "w"
	}
	return strings.Join(w, " ")
}

func TestParagraphRules(t *testing.T) {
	speaker := func(c cue, s string) cue { c.Speaker = s; return c }
	turn := func(c cue) cue { c.Turn = true; return c }
	han := strings.Repeat("字", 100)
	tests := []struct {
		name     string
		cues     []cue
		chapters []chapter
		want     []string
	}{
		{"speaker change", []cue{speaker(cueAt(0, 1, "Hi."), "Ann"), speaker(cueAt(1, 2, "Hello."), "Bo"), speaker(cueAt(2, 3, "Yes."), "Bo")},
			nil, []string{"Hi.", "Hello. Yes."}},
		{"speaker turn without a name", []cue{cueAt(0, 1, "Ready?"), turn(cueAt(1, 2, "Yes."))}, nil, []string{"Ready?", "Yes."}},
		{"pause after a sentence", []cue{cueAt(0, 1, "One."), cueAt(3, 4, "Two.")}, nil, []string{"One.", "Two."}},
		{"short pause", []cue{cueAt(0, 1, "One."), cueAt(2.9, 4, "Two.")}, nil, []string{"One. Two."}},
		{"pause in a sentence", []cue{cueAt(0, 1, "One and"), cueAt(5, 6, "two.")}, nil, []string{"One and two."}},
		{"pause, no punctuation anywhere", []cue{cueAt(0, 1, "one and"), cueAt(5, 6, "two")}, nil, []string{"one and", "two"}},
		{"long: at the sentence end, not before", []cue{cueAt(0, 1, words(79)), cueAt(1, 2, "end of it"), cueAt(2, 3, "here."), cueAt(3, 4, "Next.")},
			nil, []string{words(79) + " end of it here.", "Next."}},
		{"a sentence across cues stays whole", []cue{cueAt(0, 1, words(85)+". And"), cueAt(1, 2, "the end."), cueAt(2, 3, "Next.")},
			nil, []string{words(85) + ". And the end.", "Next."}},
		{"not long yet", []cue{cueAt(0, 1, words(70)+"."), cueAt(1, 2, "Next.")}, nil, []string{words(70) + ". Next."}},
		{"long Chinese", []cue{cueAt(0, 1, han), cueAt(1, 2, han), cueAt(2, 3, han+"。"), cueAt(3, 4, "下一段。")},
			nil, []string{han + " " + han + " " + han + "。", "下一段。"}},
		{"mixed length in proportion", []cue{cueAt(0, 1, strings.Repeat("字", 150)+"。"), cueAt(1, 2, words(40)+"."), cueAt(2, 3, "Next.")},
			nil, []string{strings.Repeat("字", 150) + "。 " + words(40) + ".", "Next."}},
		{"twice as long with no sentence end", []cue{cueAt(0, 1, "Start."), cueAt(1, 2, words(100)), cueAt(2, 3, words(60)), cueAt(3, 4, "tail")},
			nil, []string{"Start. " + words(100) + " " + words(60), "tail"}},
		{"chapters", []cue{cueAt(0, 1, "One"), cueAt(1, 2, "two"), cueAt(2, 3, "three")},
			[]chapter{{0, 1.5e9, "Start"}, {1.5e9, 3e9, "Middle"}, {9e9, 10e9, "After the end"}},
			[]string{"## Start", "One two", "## Middle", "three", "## After the end"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(paragraphs(tt.cues, tt.chapters, spaceJoin))
			if !slices.Equal(got, tt.want) {
				t.Errorf("paragraphs\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestParagraphTimesAndSpeaker(t *testing.T) {
	c1, c2, c3 := cueAt(1, 5, "Long cue"), cueAt(2, 3, "inside it."), cueAt(9, 10, "Later.")
	c1.Speaker, c2.Speaker, c3.Speaker = "Ann", "Ann", "Ann"
	c1.Line, c2.Line, c3.Line = 3, 7, 11
	got := paragraphs([]cue{c1, c2, c3}, nil, spaceJoin)
	want := []model.Block{
		{Kind: model.KindParagraph, Text: "Long cue inside it.", Para: 1, Line: 3, Timed: true, Start: time.Second, End: 5 * time.Second, Speaker: "Ann"},
		{Kind: model.KindParagraph, Text: "Later.", Para: 2, Line: 11, Timed: true, Start: 9 * time.Second, End: 10 * time.Second, Speaker: "Ann"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestEndsSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"Done.": true, "Really?": true, "Wow!": true, "好。": true, "真的吗？": true, "然后……": true,
		`He said "stop."`: true, "（结束。）": true, "and then": false, "": false, "3.5": false, "」": false,
	} {
		if got := endsSentence(s); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMeasure(t *testing.T) {
	cjk, words := measure("我们用 Go 语言 don't re-use it, 3.5 times")
	if cjk != 5 || words != 7 {
		t.Errorf("measure = %d CJK, %d words; want 5, 7", cjk, words)
	}
}

func TestEscapeText(t *testing.T) {
	for in, want := range map[string]string{
		"# hashtag talk":       `\# hashtag talk`,
		"- dash first":         `\- dash first`,
		"> not a quote":        `\> not a quote`,
		"1. not a list":        `1\. not a list`,
		"2024) was the year":   `2024\) was the year`,
		"```":                  "\\```",
		"a <b>tag</b> and 1<2": `a \<b>tag\</b> and 1<2`,
		"plain text.":          "plain text.",
		"#hashtag":             "#hashtag",
		"-5 degrees":           "-5 degrees",
		"---":                  `\---`,
		"**bold** claim":       "**bold** claim",
		"* * *":                `\* * *`,
		"3.5 is a number":      "3.5 is a number",
	} {
		if got := escapeText(in); got != want {
			t.Errorf("escapeText(%q) = %q, want %q", in, got, want)
		}
	}
}
