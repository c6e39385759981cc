package timed

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// tenHours is the number of cues of ten hours of speech at three seconds a
// cue.
const tenHours = 12000

// synthCue is an invented cue of the synthetic transcripts.
type synthCue struct {
	start, end time.Duration
	text       string
	speaker    string
}

// synthWords are invented words, Chinese and Latin, to make cue texts of.
var synthWords = []string{"缓存", "一致性", "我们", "模型", "数据", "训练", "the", "cache", "model", "data", "is", "fast", "today", "we", "look", "at"}

// synthCues makes n cues of three seconds (with a pause every 17th), six to
// twelve words each, a sentence end every third, four speakers in turn.
func synthCues(n int) []synthCue {
	cues := make([]synthCue, n)
	at := time.Duration(0)
	for i := range cues {
		var b strings.Builder
		for k := range 6 + i%7 {
			w := synthWords[(i*7+k*3)%len(synthWords)]
			if b.Len() > 0 && w[0] < 0x80 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		if i%3 == 2 {
			b.WriteString(".")
		}
		if i%17 == 0 {
			at += 2500 * time.Millisecond
		}
		cues[i] = synthCue{at, at + 3*time.Second, b.String(), fmt.Sprintf("Speaker %c", 'A'+i/40%4)}
		at += 3 * time.Second
	}
	return cues
}

// srtText writes cues as SRT, two lines a cue.
func srtText(cues []synthCue) string {
	var b strings.Builder
	for i, c := range cues {
		half := strings.LastIndexByte(c.text[:len(c.text)/2+1], ' ')
		text := c.text
		if half > 0 {
			text = c.text[:half] + "\n" + c.text[half+1:]
		}
		fmt.Fprintf(&b, "%d\n%s --> %s\n%s\n\n", i+1, strings.Replace(clockText(c.start), ".", ",", 1), strings.Replace(clockText(c.end), ".", ",", 1), text)
	}
	return b.String()
}

// vttText writes cues as WebVTT with voices and a tag or two.
func vttText(cues []synthCue) string {
	var b strings.Builder
	b.WriteString("WEBVTT\n\nNOTE synthetic\n\n")
	for i, c := range cues {
		fmt.Fprintf(&b, "c%d\n%s --> %s align:start\n<v %s><i>%s</i>\n\n", i, clockText(c.start), clockText(c.end), c.speaker, c.text)
	}
	return b.String()
}

// rollingText writes cues as YouTube's rolling captions.
func rollingText(cues []synthCue) string {
	lines := make([]string, len(cues))
	for i, c := range cues {
		lines[i] = c.text
	}
	return rollingVTT(lines, 0)
}

// jsonText writes cues in one of the JSON formats.
func jsonText(cues []synthCue, f Format) string {
	segs := make([]map[string]any, len(cues))
	for i, c := range cues {
		s, e := c.start.Seconds(), c.end.Seconds()
		switch f {
		case WhisperCpp:
			segs[i] = map[string]any{"offsets": map[string]int64{"from": c.start.Milliseconds(), "to": c.end.Milliseconds()}, "text": " " + c.text}
		case Podcast:
			segs[i] = map[string]any{"speaker": c.speaker, "startTime": s, "endTime": e, "body": c.text}
		case Bilibili:
			segs[i] = map[string]any{"from": s, "to": e, "sid": i + 1, "location": 2, "content": c.text}
		default:
			tokens := make([]int, 8+len(c.text)/3) // as many tokens as openai-whisper writes
			for k := range tokens {
				tokens[k] = 50364 + (i*31+k*7)%1000
			}
			segs[i] = map[string]any{"id": i, "seek": i * 300, "start": s, "end": e, "text": " " + c.text, "tokens": tokens,
				"temperature": 0.0, "avg_logprob": -0.2, "compression_ratio": 1.4, "no_speech_prob": 0.01}
		}
	}
	key := map[Format]string{Whisper: "segments", WhisperCpp: "transcription", Podcast: "segments", Bilibili: "body"}[f]
	data, err := json.MarshalIndent(map[string]any{"version": "1.0.0", key: segs}, "", " ")
	if err != nil {
		panic(err)
	}
	return string(data)
}

// synthTranscript is ten hours of a transcript in one format.
type synthTranscript struct{ Name, File, Text string }

// synthTranscripts are ten hours of the same invented cues in every format.
func synthTranscripts() []synthTranscript {
	cues := synthCues(tenHours)
	return []synthTranscript{
		{"SRT", "ten.srt", srtText(cues)},
		{"WebVTT voices", "ten.vtt", vttText(cues)},
		{"YouTube rolling", "ten.en.vtt", rollingText(cues)},
		{"Whisper", "ten.json", jsonText(cues, Whisper)},
		{"whisper.cpp", "ten.wav.json", jsonText(cues, WhisperCpp)},
		{"Podcast", "ten.json", jsonText(cues, Podcast)},
		{"Bilibili", "BV1xx411c7mD_p1.json", jsonText(cues, Bilibili)},
	}
}
