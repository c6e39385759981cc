package model

import (
	"fmt"
	"strconv"
	"time"
)

// Site is the video site a talk's VideoID belongs to.
type Site int

// The video sites whose links can point at a moment of the video.
const (
	SiteBilibili Site = iota // the zero value: the collection's videos are on Bilibili
	SiteYouTube
)

// String is the site's name: "bilibili" or "youtube".
func (s Site) String() string {
	if s == SiteYouTube {
		return "youtube"
	}
	return "bilibili"
}

// VideoURL is the talk's video at its part, or "" when it has no video:
// https://www.bilibili.com/video/<id>?p=<part> (without "?p=" when the part
// is unknown), https://www.youtube.com/watch?v=<id>, or VideoPage for a
// video on another site.
func (t *Talk) VideoURL() string {
	switch {
	case t.VideoID == "":
		return t.VideoPage
	case t.VideoSite == SiteYouTube:
		return "https://www.youtube.com/watch?v=" + t.VideoID
	case t.Part > 0:
		return fmt.Sprintf("https://www.bilibili.com/video/%s?p=%d", t.VideoID, t.Part)
	}
	return "https://www.bilibili.com/video/" + t.VideoID
}

// VideoAt is the talk's video at moment at, in whole seconds:
// https://www.bilibili.com/video/<id>?p=3&t=123 or
// https://www.youtube.com/watch?v=<id>&t=123s. At 0 (or before) it is
// VideoURL; a video on another site is its page, as no moment can be named
// there; "" when the talk has no video.
func (t *Talk) VideoAt(at time.Duration) string {
	u := t.VideoURL()
	secs := int64(at / time.Second)
	if u == "" || t.VideoID == "" || secs <= 0 {
		return u
	}
	sep := "?"
	if t.VideoSite == SiteYouTube || t.Part > 0 {
		sep = "&"
	}
	u += sep + "t=" + strconv.FormatInt(secs, 10)
	if t.VideoSite == SiteYouTube {
		u += "s"
	}
	return u
}

// Timed is true when the talk comes from a timed transcript: some of its
// blocks know when they are said.
func (t *Talk) Timed() bool {
	for i := range t.Blocks {
		if t.Blocks[i].Timed {
			return true
		}
	}
	return false
}

// Duration is how long the talk's recording runs as far as its transcript
// knows: the latest end of a timed block; 0 for an untimed talk.
func (t *Talk) Duration() time.Duration {
	var d time.Duration
	for i := range t.Blocks {
		if b := &t.Blocks[i]; b.Timed && b.End > d {
			d = b.End
		}
	}
	return d
}

// Clock writes a moment of a recording as the app shows and cites it:
// minutes and seconds, "00:09", "12:03", and hours before them from the
// first hour on, "1:02:03" (whole seconds, rounded down; negative counts
// as 0).
func Clock(d time.Duration) string {
	s := max(int64(d/time.Second), 0)
	h, m, sec := s/3600, s/60%60, s%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, sec)
	}
	return fmt.Sprintf("%02d:%02d", m, sec)
}
