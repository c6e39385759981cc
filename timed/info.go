package timed

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"

	"talks/model"
)

// ytInfo is what yt-dlp's .info.json tells about a video.
type ytInfo struct {
	ID           string `json:"id"`
	Title        string `json:"title"`
	Channel      string `json:"channel"`
	Uploader     string `json:"uploader"`
	UploadDate   string `json:"upload_date"`
	WebpageURL   string `json:"webpage_url"`
	ExtractorKey string `json:"extractor_key"`
	Chapters     []struct {
		StartTime float64 `json:"start_time"`
		EndTime   float64 `json:"end_time"`
		Title     string  `json:"title"`
	} `json:"chapters"`
}

// readInfo reads an .info.json.
func readInfo(data []byte) (ytInfo, error) {
	var i ytInfo
	err := json.Unmarshal(data, &i)
	return i, err
}

// apply sets the talk's title, publisher, date and video from the metadata
// (cleaned: it may hold anything).
func (i ytInfo) apply(t *model.Talk) {
	if s := oneLine(i.Title); s != "" {
		t.Title = s
	}
	t.Publisher = oneLine(i.Channel)
	if t.Publisher == "" {
		t.Publisher = oneLine(i.Uploader)
	}
	if d := i.UploadDate; len(d) == 8 && strings.Trim(d, "0123456789") == "" {
		t.Date = d[:4] + "-" + d[4:6] + "-" + d[6:]
	}
	switch key := strings.ToLower(i.ExtractorKey); {
	case key == "youtube" && youTubeIDRe.MatchString(i.ID):
		t.VideoID, t.VideoSite, t.VideoPage = i.ID, model.SiteYouTube, ""
	case key == "bilibili":
		if v, ok := videoOf(i.ID); ok && !v.youTube {
			t.VideoID, t.VideoSite, t.Part, t.VideoPage = v.id, model.SiteBilibili, v.part, ""
		}
	default:
		u := oneLine(i.WebpageURL)
		if key != "" && (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) {
			t.VideoID, t.VideoSite, t.Part, t.VideoPage = "", model.SiteBilibili, 0, u
		}
	}
}

// chapters are the metadata's chapters with a title and good times, in
// order of start.
func (i ytInfo) chapters() []chapter {
	var out []chapter
	for _, c := range i.Chapters {
		start, ok1 := seconds(c.StartTime)
		end, ok2 := seconds(c.EndTime)
		title := oneLine(c.Title)
		if ok1 && ok2 && end >= start && title != "" {
			out = append(out, chapter{Start: start, End: end, Title: title})
		}
	}
	slices.SortStableFunc(out, func(a, b chapter) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// oneLine is s cleaned, its white space runs made single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}
