package timed

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// rollingVTT writes lines as YouTube writes automatic captions: each cue
// shows the line before as it was and brings the new one word by word,
// and a 10 ms cue between shows the finished line alone; gap is the time
// between two lines.
func rollingVTT(lines []string, gap time.Duration) string {
	var b strings.Builder
	b.WriteString("WEBVTT\nKind: captions\nLanguage: en\n\n")
	at, prev := time.Duration(0), " "
	for _, l := range lines {
		words := strings.Fields(l)
		end := at + time.Duration(len(words))*400*time.Millisecond
		fmt.Fprintf(&b, "%s --> %s align:start position:0%%\n%s\n%s", clockText(at), clockText(end), prev, words[0])
		for k, w := range words[1:] {
			fmt.Fprintf(&b, "<%s><c> %s</c>", clockText(at+time.Duration(k+1)*400*time.Millisecond), w)
		}
		fmt.Fprintf(&b, "\n\n%s --> %s align:start position:0%%\n%s\n \n\n", clockText(end), clockText(end+10*time.Millisecond), l)
		at, prev = end+10*time.Millisecond+gap, l
	}
	return b.String()
}

// sourceLines are invented caption lines; some repeat words of the line
// before, and one repeats a whole earlier line (not the last two).
var sourceLines = []string{
	"so today we are going to", "talk about the the cache", "and the cache is", "a small fast memory",
	"that sits in front of", "a big slow memory", "so today we are going to", "look at how it fills up",
	"one", "two words", "and then", "how it empties again",
}

func TestUnrollKeepsEveryWordOnce(t *testing.T) {
	for _, gap := range []time.Duration{0, 3 * time.Second} {
		text := rollingVTT(sourceLines, gap)
		r := Parse("captions.en.vtt", text, Options{Join: spaceJoin})
		if r.Talk == nil || len(r.Warnings) > 0 {
			t.Fatalf("gap %v: no talk or warnings %v", gap, r.Warnings)
		}
		var got []string
		for _, b := range r.Talk.Blocks {
			got = append(got, strings.Fields(b.Text)...)
		}
		want := strings.Fields(strings.Join(sourceLines, " "))
		if !slices.Equal(got, want) {
			t.Errorf("gap %v: words\n%q\nwant\n%q", gap, got, want)
		}
		if paras := len(r.Talk.Blocks); gap > 0 && paras != len(sourceLines) {
			t.Errorf("gap %v: %d paragraphs, want one a line (%d): unpunctuated lines break at pauses", gap, paras, len(sourceLines))
		}
	}
}

func TestUnrollTimes(t *testing.T) {
	cues, _ := subtitles(strings.Split(rollingVTT(sourceLines[:3], 0), "\n"), 4, &problems{}, true)
	cues = unroll(cues)
	var starts []time.Duration
	for _, c := range cues {
		starts = append(starts, c.Start)
	}
	// Each line keeps the time of the cue that brought it: 0, after 6 words
	// and the 10 ms cue (2.41 s), after 5 more words and another (4.42 s).
	want := []time.Duration{0, 2410 * time.Millisecond, 4420 * time.Millisecond}
	if !slices.Equal(starts, want) {
		t.Errorf("starts %v, want %v", starts, want)
	}
}

func TestPlainVTTIsNotUnrolled(t *testing.T) {
	// Without word times, a repeated line is said twice and kept twice.
	text := "WEBVTT\n\n00:01.000 --> 00:02.000\nAgain.\n\n00:02.000 --> 00:03.000\nAgain.\n"
	r := Parse("x.vtt", text, Options{Join: spaceJoin})
	if r.Talk == nil || r.Talk.Blocks[0].Text != "Again. Again." {
		t.Errorf("got %+v", r.Talk)
	}
}

func TestSquash(t *testing.T) {
	for in, want := range map[string]string{
		"a b c": "a b c", " a  b ": "a b", "a\tb": "a b", "缓存 一致性": "缓存 一致性",
		"a\u3000b": "a b", "a\u00a0b": "a b", "a\u2009b": "a b", "一致性": "一致性", "": "",
	} {
		if got := squash(in); got != want {
			t.Errorf("squash(%q) = %q, want %q", in, got, want)
		}
	}
}
