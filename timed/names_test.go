package timed

import "testing"

func TestReadName(t *testing.T) {
	tests := []struct{ base, stem, id, sidecar string }{
		{"Rolling Demo [Xy3_9-abcDE].en.vtt", "Rolling Demo", "Xy3_9-abcDE", "Rolling Demo [Xy3_9-abcDE].info.json"},
		{"Talk [Xy3_9-abcDE].zh-Hans.srt", "Talk", "Xy3_9-abcDE", "Talk [Xy3_9-abcDE].info.json"},
		{"Talk [BV1xx411c7mD_p3].srt", "Talk", "BV1xx411c7mD_p3", "Talk [BV1xx411c7mD_p3].info.json"},
		{"[Xy3_9-abcDE].vtt", "[Xy3_9-abcDE].vtt", "Xy3_9-abcDE", "[Xy3_9-abcDE].info.json"},
		{"Talk [Xy3_9-abcDE].info.json", "Talk", "Xy3_9-abcDE", "Talk [Xy3_9-abcDE].info.json"},
		{"lecture.en-US.vtt", "lecture", "", ""},
		{"v1.2.srt", "v1.2", "", ""},
		{"talk.wav.json", "talk", "", ""},
		{"talk.mp3.srt", "talk", "", ""},
		{"BV1xx411c7mD_p3.json", "BV1xx411c7mD_p3", "", ""},
		{"notes.md", "notes", "", ""},
	}
	for _, tt := range tests {
		got := readName(tt.base)
		if got.stem != tt.stem || got.id != tt.id || got.sidecar != tt.sidecar {
			t.Errorf("readName(%q) = %+v, want stem %q id %q sidecar %q", tt.base, got, tt.stem, tt.id, tt.sidecar)
		}
	}
}

func TestVideoOf(t *testing.T) {
	tests := []struct {
		id string
		v  video
		ok bool
	}{
		{"Xy3_9-abcDE", video{id: "Xy3_9-abcDE", youTube: true}, true},
		{"BV1xx411c7mD", video{id: "BV1xx411c7mD"}, true},
		{"BV1xx411c7mD_p3", video{id: "BV1xx411c7mD", part: 3}, true},
		{"123456789", video{}, false},
		{"too-long-for-youtube", video{}, false},
	}
	for _, tt := range tests {
		if v, ok := videoOf(tt.id); v != tt.v || ok != tt.ok {
			t.Errorf("videoOf(%q) = %+v, %v; want %+v, %v", tt.id, v, ok, tt.v, tt.ok)
		}
	}
}
