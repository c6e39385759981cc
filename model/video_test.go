package model

import (
	"testing"
	"time"
)

func TestVideoAt(t *testing.T) {
	const at = 2*time.Minute + 3*time.Second + 900*time.Millisecond // 123.9 s
	tests := []struct {
		name     string
		talk     Talk
		url, atT string
	}{
		{"bilibili with part", Talk{VideoID: "BV1De4x7Sa1m", Part: 3},
			"https://www.bilibili.com/video/BV1De4x7Sa1m?p=3", "https://www.bilibili.com/video/BV1De4x7Sa1m?p=3&t=123"},
		{"bilibili without part", Talk{VideoID: "BV1De4x7Sa1m"},
			"https://www.bilibili.com/video/BV1De4x7Sa1m", "https://www.bilibili.com/video/BV1De4x7Sa1m?t=123"},
		{"youtube", Talk{VideoID: "Xy3_9-abcDE", VideoSite: SiteYouTube, Part: 2},
			"https://www.youtube.com/watch?v=Xy3_9-abcDE", "https://www.youtube.com/watch?v=Xy3_9-abcDE&t=123s"},
		{"another site", Talk{VideoPage: "https://video.example/v/42"},
			"https://video.example/v/42", "https://video.example/v/42"},
		{"no video", Talk{}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.talk.VideoURL(); got != tt.url {
				t.Errorf("VideoURL %q, want %q", got, tt.url)
			}
			if got := tt.talk.VideoAt(at); got != tt.atT {
				t.Errorf("VideoAt(%v) %q, want %q", at, got, tt.atT)
			}
			if got := tt.talk.VideoAt(0); got != tt.url {
				t.Errorf("VideoAt(0) %q, want the plain URL %q", got, tt.url)
			}
			if got := tt.talk.VideoAt(999 * time.Millisecond); got != tt.url {
				t.Errorf("VideoAt(999ms) %q, want the plain URL %q", got, tt.url)
			}
		})
	}
}

func TestDuration(t *testing.T) {
	tests := []struct {
		name   string
		blocks []Block
		want   time.Duration
		timed  bool
	}{
		{"untimed", []Block{{Kind: KindParagraph, Para: 1}}, 0, false},
		{"timed from zero", []Block{{Timed: true, Start: 0, End: 0}}, 0, true},
		{"latest end, not the last block's", []Block{
			{Timed: true, Start: 0, End: 90 * time.Second},
			{Kind: KindHeading, Timed: true, Start: 30 * time.Second, End: 95 * time.Second},
			{Timed: true, Start: 40 * time.Second, End: 60 * time.Second},
			{Kind: KindImage},
		}, 95 * time.Second, true},
	}
	for _, tt := range tests {
		tk := Talk{Blocks: tt.blocks}
		if got := tk.Duration(); got != tt.want {
			t.Errorf("%s: Duration %v, want %v", tt.name, got, tt.want)
		}
		if got := tk.Timed(); got != tt.timed {
			t.Errorf("%s: Timed %v, want %v", tt.name, got, tt.timed)
		}
	}
}

func TestClock(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                                    "00:00",
		-time.Second:                         "00:00",
		4*time.Second + 999*time.Millisecond: "00:04",
		4*time.Minute + 5*time.Second:        "04:05",
		12*time.Minute + 3*time.Second:       "12:03",
		time.Hour + 2*time.Minute + 3*time.Second: "1:02:03",
		10 * time.Hour: "10:00:00",
	} {
		if got := Clock(d); got != want {
			t.Errorf("Clock(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestSiteString(t *testing.T) {
	if SiteBilibili.String() != "bilibili" || SiteYouTube.String() != "youtube" {
		t.Errorf("Site names %q %q", SiteBilibili, SiteYouTube)
	}
}
