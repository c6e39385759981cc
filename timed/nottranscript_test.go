package timed

import (
	"strings"
	"testing"
)

// TestNotTranscriptWarning: the warnings of a file that holds no
// transcript at all end with one beginning NotTranscript (a folder's
// reader counts such files instead of reporting each); a transcript's
// problems, even one that gives no talk, never begin so.
func TestNotTranscriptWarning(t *testing.T) {
	tests := []struct {
		name, file, text string
		not              bool
	}{
		{"JSON of no transcript", "package.json", `{"name": "x", "version": "1.0.0"}`, true},
		{"array of numbers", "a.json", `[1, 2, 3]`, true},
		{"a number", "a.json", `42`, true},
		{"JSON with comments", "tsconfig.json", "{\n  // no JSON\n  \"strict\": true\n}\n", true},
		{"metadata by name", "x [Xy3_9-abcDE].info.json", `{"id": "Xy3_9-abcDE"}`, true},
		{"metadata by content", "meta.json", `{"id": "Xy3_9-abcDE", "extractor_key": "Youtube"}`, true},
		{"broken after a segment", "a.json", `{"segments": [{"start": 0, "end": 1, "text": "One."}, {"start": 1,`, false},
		{"every segment bad", "a.json", `{"segments": [{"start": 2, "end": 1, "text": "Back."}]}`, false},
		{"SRT with a broken time", "a.srt", "1\n00:00:0x,000 --> 00:00:01,000\nbad\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Parse(tt.file, tt.text, Options{Join: spaceJoin})
			n := len(r.Warnings)
			got := n > 0 && strings.HasPrefix(r.Warnings[n-1].Msg, NotTranscript)
			if got != tt.not || (tt.not && r.Talk != nil) {
				t.Errorf("not a transcript %v (talk %v), want %v; warnings %v", got, r.Talk != nil, tt.not, r.Warnings)
			}
			for _, w := range r.Warnings[:max(n-1, 0)] {
				if strings.HasPrefix(w.Msg, NotTranscript) {
					t.Errorf("only the last warning may say %q: %v", NotTranscript, r.Warnings)
				}
			}
		})
	}
}
