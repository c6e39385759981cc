package timed

import (
	"path"
	"regexp"
	"strconv"
	"strings"
)

var (
	// bracketRe is yt-dlp's name: "Title [VIDEOID]" and an optional
	// language ("Title [VIDEOID].en", ".zh-Hans", ".live_chat").
	bracketRe = regexp.MustCompile(`^(.*?)\s*\[([^\[\]]+)\](\.[A-Za-z][A-Za-z0-9_-]*)?$`)
	// langRe is a language after a subtitle's name: ".en", ".en-US", ".zh-Hans".
	langRe = regexp.MustCompile(`\.[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$`)
	// youTubeIDRe is the shape of a YouTube video id.
	youTubeIDRe = regexp.MustCompile(`^[A-Za-z0-9_-]{11}$`)
	// bilibiliIDRe is a Bilibili video id with its part, as yt-dlp writes it.
	bilibiliIDRe = regexp.MustCompile(`^(BV[0-9A-Za-z]{10})(?:_[Pp]([0-9]{1,4}))?$`)
)

// transcriptExts are the extensions a transcript's name may end with.
var transcriptExts = map[string]bool{".srt": true, ".vtt": true, ".json": true, ".txt": true, ".md": true, ".markdown": true}

// mediaExts are the extensions of the recording a transcript is named
// after ("talk.wav.json" from whisper.cpp).
var mediaExts = map[string]bool{".wav": true, ".mp3": true, ".m4a": true, ".mp4": true, ".webm": true,
	".mkv": true, ".mov": true, ".flac": true, ".ogg": true, ".opus": true, ".aac": true}

// fileName is what a transcript's base name tells.
type fileName struct {
	// stem is the name without extensions, language and [id]: the title
	// when nothing better is known.
	stem string
	// id is the video id in brackets, or "".
	id string
	// sidecar is the name of yt-dlp's metadata beside the transcript
	// ("Title [VIDEOID].info.json"), or "" when the name has no id.
	sidecar string
}

// readName reads a transcript's base name.
func readName(base string) fileName {
	name := base
	ext := strings.ToLower(path.Ext(name))
	if transcriptExts[ext] {
		name = strings.TrimSuffix(name, path.Ext(name))
	}
	if s := bracketRe.FindStringSubmatch(name); s != nil {
		prefix := name[:len(name)-len(s[3])]
		return fileName{stem: stemOr(s[1], base), id: s[2], sidecar: prefix + ".info.json"}
	}
	if ext == ".srt" || ext == ".vtt" {
		name = langRe.ReplaceAllString(name, "")
	}
	if mediaExts[strings.ToLower(path.Ext(name))] {
		name = strings.TrimSuffix(name, path.Ext(name))
	}
	return fileName{stem: stemOr(name, base)}
}

// stemOr is s trimmed, or base when nothing is left.
func stemOr(s, base string) string {
	if s = strings.TrimSpace(s); s != "" {
		return s
	}
	return base
}

// video is a talk's video as ids tell it.
type video struct {
	id      string
	youTube bool
	part    int
}

// videoOf reads a video id as yt-dlp writes it in names and metadata: a
// Bilibili id, with "_p3" for a part, or a YouTube id (eleven letters,
// digits, "-" and "_"); ok is false for anything else.
func videoOf(id string) (v video, ok bool) {
	if s := bilibiliIDRe.FindStringSubmatch(id); s != nil {
		part, _ := strconv.Atoi(s[2])
		return video{id: s[1], part: part}, true
	}
	if youTubeIDRe.MatchString(id) {
		return video{id: id, youTube: true}, true
	}
	return video{}, false
}

// isInfoName is true for yt-dlp's metadata file name, "….info.json".
func isInfoName(base string) bool {
	return strings.HasSuffix(strings.ToLower(base), ".info.json")
}
