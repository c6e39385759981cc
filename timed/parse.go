package timed

import (
	"path"
	"strings"

	"talks/model"
)

// NotTranscript begins every warning Parse gives for a file that holds no
// transcript at all: JSON of no transcript format, broken JSON with no
// segment before the break, yt-dlp's metadata. A folder's reader may count
// such files instead of reporting each.
const NotTranscript = "not a transcript"

// Messages for files that are not transcripts.
const (
	msgInfo      = NotTranscript + ": yt-dlp metadata, read with the subtitles beside it"
	msgOtherJSON = NotTranscript + ": JSON with no Whisper, whisper.cpp, Podcasting 2.0 or Bilibili segments, skipped"
)

// Options tell Parse what it cannot find in the text.
type Options struct {
	// Base is the file's base name, which may carry a video id
	// ("Title [VIDEOID].en.vtt", "BV1xx411c7mD_p3.json"); "" means the
	// last element of the name.
	Base string
	// Sidecar, when set, reads a file beside the transcript by its base
	// name (yt-dlp's "Title [VIDEOID].info.json"); ok is false when there
	// is none.
	Sidecar func(base string) (data []byte, ok bool)
	// Join joins a paragraph's lines into one; the loader gives its rule
	// for Chinese and Latin text. It must be set.
	Join func(lines []string) string
}

// Result is what Parse found in a file.
type Result struct {
	// Format is what the file was read as; None when it is not a timed
	// transcript (nothing else is set then).
	Format Format
	// Talk is the talk, or nil when the file gives none (metadata, JSON
	// that is no transcript, a transcript with no good cue). Its ID is not
	// set, and metadata the file name may carry (event, forum) is left to
	// the caller.
	Talk *model.Talk
	// Stem is the file's base name without extensions, language and
	// [id]: the title when nothing better is known, and what to read
	// further metadata from.
	Stem string
	// Warnings are the problems, each naming the file and, where there is
	// one, the line.
	Warnings []model.Warning
}

// Parse reads one file's decoded, sanitised text (the loader removes
// control characters; a byte-order mark and CR line ends are taken care of
// here too) as a timed transcript, choosing the format by
// content first and by extension when the content does not tell; name is
// what warnings call the file.
func Parse(name, text string, opts Options) Result {
	base := opts.Base
	if base == "" {
		base = path.Base(name)
	}
	ext := strings.ToLower(path.Ext(base))
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	p := &problems{file: name}
	var cues []cue
	syntax := false
	f := sniff(text, ext)
	switch f {
	case None:
		return Result{}
	case SRT:
		cues = parseSRT(strings.Split(text, "\n"), p)
	case WebVTT:
		cues = parseVTT(strings.Split(text, "\n"), p)
	default:
		cues, f, syntax = parseJSON(text, p)
		if !f.Transcript() && ext != ".json" {
			return Result{} // any text is Markdown, unless named .json
		}
	}
	fn := readName(base)
	r := Result{Format: f, Stem: fn.stem}
	switch {
	case isInfoName(base) || f == InfoJSON:
		r.Format, p.list, p.more = InfoJSON, nil, 0
		p.add(0, "%s", msgInfo)
	case f == OtherJSON && !syntax: // its segments' problems are noise
		p.list, p.more = nil, 0
		p.add(0, "%s", msgOtherJSON)
	case f.Transcript() && len(cues) > 0:
		r.Talk = talk(name, fn, cues, p, opts)
	}
	r.Warnings = p.warnings()
	return r
}

// sniff tells the format by the text's first lines: a "WEBVTT" line, JSON
// ("{" or "["; the caller parses it to know which), or an SRT cue (a
// number then a time line, or a time line). Failing that the extension
// decides: .srt, .vtt, .json; else the text is not a timed transcript.
// OtherJSON stands for any JSON here. Only the start of the text is read:
// a Markdown file costs next to nothing.
func sniff(text, ext string) Format {
	text = strings.TrimLeft(text, " \t\n")
	first, rest, _ := strings.Cut(text, "\n")
	second, _, _ := strings.Cut(rest, "\n")
	if first = strings.TrimSpace(first); first != "" {
		switch {
		case isVTTHeader(first):
			return WebVTT
		case first[0] == '{' || first[0] == '[':
			return OtherJSON
		case isTimeLine(first), isCueID(first) && isTimeLine(second):
			return SRT
		}
	}
	switch ext {
	case ".srt":
		return SRT
	case ".vtt":
		return WebVTT
	case ".json":
		return OtherJSON
	}
	return None
}

// isTimeLine is true for a good subtitle time line.
func isTimeLine(l string) bool {
	from, to, ok := timingLine(l)
	if !ok {
		return false
	}
	_, ok1 := parseClock(from)
	_, ok2 := parseClock(to)
	return ok1 && ok2
}

// talk makes the talk of a transcript's cues: its title and video from the
// name and yt-dlp's metadata beside it, its speakers in order of first
// word, its paragraphs and chapters.
func talk(name string, fn fileName, cues []cue, p *problems, opts Options) *model.Talk {
	t := &model.Talk{File: name, Line: 1}
	if v, ok := videoOf(fn.id); ok {
		t.VideoID, t.Part = v.id, v.part
		if v.youTube {
			t.VideoSite = model.SiteYouTube
		}
	}
	var chapters []chapter
	if fn.sidecar != "" && opts.Sidecar != nil {
		if data, ok := opts.Sidecar(fn.sidecar); ok {
			if info, err := readInfo(data); err != nil {
				p.add(0, "%s: not yt-dlp metadata (%v), ignored", fn.sidecar, err)
			} else {
				info.apply(t)
				chapters = info.chapters()
			}
		}
	}
	seen := map[string]bool{}
	for i := range cues {
		if s := cues[i].Speaker; s != "" && !seen[s] {
			seen[s] = true
			t.Speakers = append(t.Speakers, model.Speaker{Name: s, Role: model.RoleSpeaker})
		}
	}
	t.Blocks = paragraphs(cues, chapters, opts.Join)
	return t
}
