package timed

import (
	"testing"

	"talks/model"
)

func TestVideoFromNameAndSidecar(t *testing.T) {
	const srt = "1\n00:00:01,000 --> 00:00:02,000\nHello.\n"
	sidecars := map[string]string{
		"Vimeo talk [Xy3_9-abcDE].info.json": `{"id": "Xy3_9-abcDE", "extractor_key": "Vimeo", "webpage_url": "https://vimeo.example/42", "title": "On \u001b[2Jvideo", "uploader": "Ana"}`,
		"Bili [BV1xx411c7mD_p2].info.json":   `{"id": "BV1xx411c7mD_p2", "extractor_key": "BiliBili", "title": "分布式", "upload_date": "2023"}`,
		"Broken [Xy3_9-abcDE].info.json":     `{"id": `,
	}
	lookup := func(base string) ([]byte, bool) {
		s, ok := sidecars[base]
		return []byte(s), ok
	}
	tests := []struct {
		file                        string
		id                          string
		site                        model.Site
		part                        int
		page, title, publisher, url string
		warnings                    int
	}{
		{"No sidecar [Xy3_9-abcDE].en.srt", "Xy3_9-abcDE", model.SiteYouTube, 0, "", "", "", "https://www.youtube.com/watch?v=Xy3_9-abcDE", 0},
		{"Named [BV1xx411c7mD_p3].zh.srt", "BV1xx411c7mD", model.SiteBilibili, 3, "", "", "", "https://www.bilibili.com/video/BV1xx411c7mD?p=3", 0},
		{"Bili [BV1xx411c7mD_p2].srt", "BV1xx411c7mD", model.SiteBilibili, 2, "", "分布式", "", "https://www.bilibili.com/video/BV1xx411c7mD?p=2", 0},
		{"Vimeo talk [Xy3_9-abcDE].en.srt", "", model.SiteBilibili, 0, "https://vimeo.example/42", "On video", "Ana", "https://vimeo.example/42", 0},
		{"Broken [Xy3_9-abcDE].srt", "Xy3_9-abcDE", model.SiteYouTube, 0, "", "", "", "https://www.youtube.com/watch?v=Xy3_9-abcDE", 1},
		{"plain.srt", "", model.SiteBilibili, 0, "", "", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r := Parse("d/"+tt.file, srt, Options{Join: spaceJoin, Sidecar: lookup})
			if r.Talk == nil {
				t.Fatalf("no talk: %v", r.Warnings)
			}
			tk := r.Talk
			if tk.VideoID != tt.id || tk.VideoSite != tt.site || tk.Part != tt.part || tk.VideoPage != tt.page ||
				tk.Title != tt.title || tk.Publisher != tt.publisher || tk.VideoURL() != tt.url || len(r.Warnings) != tt.warnings {
				t.Errorf("got id %q site %v part %d page %q title %q publisher %q url %q warnings %v",
					tk.VideoID, tk.VideoSite, tk.Part, tk.VideoPage, tk.Title, tk.Publisher, tk.VideoURL(), r.Warnings)
			}
			if tk.Date != "" {
				t.Errorf("date %q from a bad upload_date", tk.Date)
			}
		})
	}
}
