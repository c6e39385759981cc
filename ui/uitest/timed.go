package uitest

import (
	"fmt"
	"time"

	"talks/model"
)

// TimedTalk is a timed panel on YouTube, as a subtitle file gives it: n
// paragraphs, paragraph i (from 0) said from i×every by one of a host and
// two guests in turn, with a chapter heading before the first and the
// half-way paragraph.
func TimedTalk(n int, every time.Duration) *model.Talk {
	who := []string{"Mei Lin", "Tom Hart", "周可"}
	var bs []model.Block
	for i := range n {
		at := time.Duration(i) * every
		if i == 0 || i == n/2 {
			chapter := 1 + min(i, 1)
			bs = append(bs, model.Block{Kind: model.KindHeading, Level: 2, Text: fmt.Sprintf("Chapter %d", chapter),
				Timed: true, Start: at, End: at + every})
		}
		b := Para(fmt.Sprintf("Timed paragraph %d. 第%d段说的是缓存。", i+1, i+1))
		b.Timed, b.Start, b.End, b.Speaker = true, at, at+every-time.Second, who[i%len(who)]
		bs = append(bs, b)
	}
	t := Build(Spec{ID: "yt-Kq7_3-zzXYW", Title: "A timed panel", Blocks: bs,
		Speakers: []model.Speaker{{Name: who[0], Role: model.RoleHost}, {Name: who[1], Role: model.RoleGuest}, {Name: who[2], Role: model.RoleGuest}}})
	t.VideoID, t.VideoSite, t.File = "Kq7_3-zzXYW", model.SiteYouTube, "panel.vtt"
	return t
}
