package ui

import (
	"strings"
	"testing"
	"time"

	"talks/model"
	"talks/ui/uitest"
)

// TestVideoAtParagraph: p in a timed talk opens the video at the moment
// the paragraph at the top is said and says so; at the start, the video
// itself.
func TestVideoAtParagraph(t *testing.T) {
	tk := uitest.TimedTalk(40, 10*time.Second)
	c := &model.Corpus{Talks: []*model.Talk{tk}}
	d := newDriver(t, c, 100, 30)
	d.press("enter", "p")
	if want := "https://www.youtube.com/watch?v=Kq7_3-zzXYW"; len(d.opened) != 1 || d.opened[0] != want {
		t.Fatalf("at the start p opened %q, want %q", d.opened, want)
	}
	if v := d.view(); !strings.Contains(v, "opened video at 00:00") {
		t.Errorf("status lacks what was opened:\n%s", v)
	}
	d.press("space", "space", "p")
	top := d.m.reader.TopBlock()
	if top < 0 || !tk.Blocks[top].Timed || tk.Blocks[top].Start == 0 {
		t.Fatalf("after two pages the top block is %d", top)
	}
	at := tk.Blocks[top].Start
	if want := tk.VideoAt(at); len(d.opened) != 2 || d.opened[1] != want || !strings.Contains(want, "&t=") {
		t.Errorf("p opened %q, want %q", d.opened, want)
	}
	if v, want := d.view(), "opened video at "+model.Clock(at); !strings.Contains(v, want) {
		t.Errorf("status lacks %q:\n%s", want, v)
	}
}

// TestVideoPageAtParagraph: a timed talk whose video is on a site whose
// links name no moment opens the page and does not claim a moment.
func TestVideoPageAtParagraph(t *testing.T) {
	tk := uitest.TimedTalk(40, 10*time.Second)
	tk.VideoID, tk.VideoPage = "", "https://video.example/watch/123"
	d := newDriver(t, &model.Corpus{Talks: []*model.Talk{tk}}, 100, 30)
	d.press("enter", "space", "p")
	if len(d.opened) != 1 || d.opened[0] != tk.VideoPage {
		t.Errorf("opened %q, want the page", d.opened)
	}
	if v := d.view(); !strings.Contains(v, "opened the video") {
		t.Errorf("status:\n%s", v)
	}
}

// TestMomentAt: the header is the first timed block's moment, an untimed
// block the next timed one's (or the last before it), an untimed talk has
// none.
func TestMomentAt(t *testing.T) {
	tk := &model.Talk{Blocks: []model.Block{
		{Kind: model.KindImage},
		{Kind: model.KindParagraph, Timed: true, Start: 5 * time.Second},
		{Kind: model.KindImage},
		{Kind: model.KindParagraph, Timed: true, Start: 9 * time.Second},
		{Kind: model.KindImage},
	}}
	for b, want := range map[int]time.Duration{-1: 5 * time.Second, 0: 5 * time.Second, 1: 5 * time.Second, 2: 9 * time.Second, 4: 9 * time.Second} {
		if got, ok := momentAt(tk, b); !ok || got != want {
			t.Errorf("momentAt(%d) = %v, %v; want %v", b, got, ok, want)
		}
	}
	if _, ok := momentAt(longTalk(), 3); ok {
		t.Error("an untimed talk has a moment")
	}
}

// TestQuoteTimed: y in a timed talk copies the citation of the speaker of
// the sentence selected, at its time, with the link at that moment.
func TestQuoteTimed(t *testing.T) {
	tk := uitest.TimedTalk(40, 10*time.Second)
	d := newDriver(t, &model.Corpus{Talks: []*model.Talk{tk}}, 100, 30)
	d.press("enter", "space", "v", "y")
	if len(d.osc) != 1 {
		t.Fatalf("copied %q", d.osc)
	}
	sel := d.osc[0]
	top := -1
	for i, b := range tk.Blocks {
		if b.Kind == model.KindParagraph && strings.HasPrefix(sel, "> "+strings.Split(b.Text, " 第")[0]+"\n") {
			top = i
			break
		}
	}
	if top < 0 {
		t.Fatalf("the quote holds no paragraph of the talk: %q", sel)
	}
	b := tk.Blocks[top]
	want := "> — " + b.Speaker + roleMark(tk, b.Speaker) + "，《A timed panel》，" + model.Clock(b.Start) + "，" + tk.VideoAt(b.Start)
	if !strings.HasSuffix(sel, want) {
		t.Errorf("quote\n%s\nwant it to end\n%s", sel, want)
	}
}

// roleMark is the citation's mark for the role name has in t.
func roleMark(t *model.Talk, name string) string {
	for _, s := range t.Speakers {
		if s.Name == name && s.Role == model.RoleHost {
			return "（主持）"
		}
	}
	return ""
}
