package loader

import (
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"talks/model"
	"talks/timed"
)

// maxSidecar is the largest yt-dlp metadata file read beside a transcript
// (with its list of formats one runs to a few MiB).
const maxSidecar = 32 << 20

// parseTimed reads a file's decoded text as a timed transcript (subtitles,
// Whisper, podcast or Bilibili JSON: see package timed). ok is false when
// it is none, for the Markdown reader to read. The talk gets what the file
// name tells besides (as a Markdown file's does), and its ID:
// "yt-<video id>" for a YouTube video, else as baseID makes it.
func parseTimed(src source, name, text string) (talks []*model.Talk, warns []model.Warning, ok bool) {
	r := timed.Parse(name, text, timed.Options{Base: src.base, Sidecar: sidecarOf(src), Join: joinCueLines})
	if r.Format == timed.None {
		return nil, nil, false
	}
	t := r.Talk
	if t == nil {
		if r.Format.Transcript() {
			r.Warnings = append(r.Warnings, model.Warning{File: name, Msg: msgNoTalks})
		}
		return nil, r.Warnings, true
	}
	stem := sanitizeLine(r.Stem)
	f := ParseFileName(stem)
	if t.VideoPage != "" || t.VideoID != "" {
		f.VideoID, f.Part = "", 0
	}
	m := merge(headingParse{Meta: Meta{Title: t.Title, Speakers: t.Speakers, Publisher: t.Publisher, VideoID: t.VideoID, Part: t.Part}}, f)
	if m.Title == "" {
		m.Title = stem
	}
	setMeta(t, m)
	base := sanitizeLine(src.base)
	if t.VideoSite == model.SiteYouTube && t.VideoID != "" {
		t.ID = "yt-" + t.VideoID
	} else {
		t.ID = baseID(t, slug(strings.TrimSuffix(base, path.Ext(base))), 1, 1)
	}
	return []*model.Talk{t}, r.Warnings, true
}

// sidecarOf reads the files beside a transcript by base name (at most
// maxSidecar bytes): src.sidecar when set (a file of an fs.FS, a URL), else
// from a local file's folder; nil for standard input, and for a URL or a
// file of an fs.FS without one.
func sidecarOf(src source) func(string) ([]byte, bool) {
	if src.sidecar != nil {
		return src.sidecar
	}
	if src.img.url != nil || src.img.fs || src.name == "-" {
		return nil
	}
	return func(base string) ([]byte, bool) {
		if base != filepath.Base(base) {
			return nil, false
		}
		f, err := os.Open(filepath.Join(src.img.dir, base))
		if err != nil {
			return nil, false
		}
		defer f.Close()
		data, err := io.ReadAll(io.LimitReader(f, maxSidecar+1))
		if err != nil || len(data) > maxSidecar {
			return nil, false
		}
		return data, true
	}
}

// joinCueLines joins a paragraph's cue lines as a Markdown paragraph's
// lines are joined (joinLines).
func joinCueLines(lines []string) string { return joinLines(strings.Join(lines, "\n")) }
