package loader

import (
	"fmt"
	"strings"

	"talks/model"
	"talks/timed"
)

// transcriptExtList are the extensions of the files a folder is read for,
// in the order messages name them: Markdown and text, then subtitles and
// JSON (whose format package timed tells by their content).
var transcriptExtList = []string{".md", ".markdown", ".txt", ".srt", ".vtt", ".json"}

// Extensions are the extensions of the files read in a folder (".md" …
// ".json"), as messages name them: ".md, .markdown, .txt, .srt, .vtt or
// .json".
func Extensions() string {
	n := len(transcriptExtList)
	return strings.Join(transcriptExtList[:n-1], ", ") + " or " + transcriptExtList[n-1]
}

// extSet is the extensions as a set.
func extSet(exts []string) map[string]bool {
	m := make(map[string]bool, len(exts))
	for _, e := range exts {
		m[e] = true
	}
	return m
}

// isInfoJSON is true for yt-dlp's metadata ("Title [ID].info.json"): read
// beside its subtitles, never a talk, so skipped in a folder without a
// word.
func isInfoJSON(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), ".info.json")
}

// dirFile lists a file found in a folder once; real is its real path.
func (l *lister) dirFile(p, real string) {
	n := len(l.jobs)
	l.file(p, real)
	if len(l.jobs) > n {
		l.jobs[n].inDir = true
	}
}

// dirSkips is what a folder's walk skipped: how many files of other
// extensions, and the first of them.
type dirSkips struct {
	n       int
	example string
}

// summary lists the folder's summary after its files: one warning for the
// files skipped, whatever their number, made when it is taken.
func (l *lister) summary(dir string, skipped int, example string) {
	l.jobs = append(l.jobs, job{kind: jobWarning, name: dir, warn: &model.Warning{File: dir},
		skips: &dirSkips{n: skipped, example: example}})
}

// folderSkips counts, in load order, the JSON files found in a folder that
// hold no transcript (package.json and the like), so that a folder's
// summary says them in one line instead of a warning each.
type folderSkips struct {
	json    int
	example string
}

// filter is a job's result as the corpus takes it: a folder's summary made
// (and the count started again), a folder's JSON that is no transcript
// counted and dropped, anything else as it is.
func (s *folderSkips) filter(j job, r result) result {
	switch {
	case j.skips != nil:
		r = result{warns: s.summarize(j.name, *j.skips)}
	case j.inDir && notTranscript(r):
		s.json++
		if s.example == "" {
			s.example = j.name
		}
		r = result{}
	}
	return r
}

// summarize is the folder's one warning, if anything was skipped: "2 files
// skipped: not .md, … or .json (a/x.pdf); 3 JSON files skipped: not
// transcripts (a/package.json)". The JSON count starts again.
func (s *folderSkips) summarize(dir string, d dirSkips) []model.Warning {
	var parts []string
	if d.n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s skipped: not %s (%s)", d.n, files(d.n), Extensions(), d.example))
	}
	if s.json > 0 {
		parts = append(parts, fmt.Sprintf("%d JSON %s skipped: not transcripts (%s)", s.json, files(s.json), s.example))
	}
	*s = folderSkips{}
	if len(parts) == 0 {
		return nil
	}
	return []model.Warning{warning(dir, strings.Join(parts, "; "))}
}

// files is "file" or "files", for n of them.
func files(n int) string {
	if n == 1 {
		return "file"
	}
	return "files"
}

// notTranscript is true for the result of a file that holds no transcript
// at all, by package timed's word: JSON of no transcript format, yt-dlp's
// metadata.
func notTranscript(r result) bool {
	n := len(r.warns)
	return len(r.talks) == 0 && n > 0 && strings.HasPrefix(r.warns[n-1].Msg, timed.NotTranscript)
}
