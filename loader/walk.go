package loader

import (
	"os"
	"path/filepath"
	"strings"
)

// msgNotRegular is the warning for a transcript's name on something that is
// not a file, met in a folder.
const msgNotRegular = "not a regular file, skipped"

// transcriptExts are the extensions read when walking a folder: Markdown
// and text, and the timed transcripts' (see transcriptExtList).
var transcriptExts = extSet(transcriptExtList)

// isTranscript is true for a file name with a transcript extension.
func isTranscript(name string) bool {
	return transcriptExts[strings.ToLower(filepath.Ext(name))]
}

// assetExts are the extensions of files that sit beside transcripts (slide
// images and the like): skipped in a folder without a warning.
var assetExts = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".svg": true,
	".webp": true, ".bmp": true, ".ico": true, ".avif": true,
}

// quietSkip is true for a file met in a folder that is not a transcript and
// not worth a warning: a slide image, a folder's README or SUMMARY (an
// index of the folder, not a talk), or yt-dlp's metadata (read beside its
// subtitles). Named on the command line, such a
// file is still read.
func quietSkip(name string) bool {
	base := strings.ToLower(name)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	return assetExts[filepath.Ext(base)] || stem == "readme" || stem == "summary" || isInfoJSON(base)
}

// hidden is true for a dot file or folder.
func hidden(name string) bool {
	return strings.HasPrefix(name, ".") && name != "." && name != ".."
}

// lister turns the inputs into jobs in load order. Folders are walked
// depth first in name order; symbolic links are followed, but every folder
// and file is read once (by its real path), so a link loop ends.
type lister struct {
	jobs []job
	seen map[string]bool // real paths of folders and files already listed
}

// newLister is an empty lister.
func newLister() *lister {
	return &lister{seen: map[string]bool{}}
}

// input lists one input as the user gave it.
func (l *lister) input(in string) {
	switch {
	case in == "-":
		if !l.seen["-"] { // standard input can be read once
			l.seen["-"] = true
			l.jobs = append(l.jobs, job{kind: jobStdin, name: in})
		}
		return
	case isURL(in):
		l.jobs = append(l.jobs, job{kind: jobURL, name: in})
		return
	}
	fi, err := os.Stat(in)
	switch {
	case err != nil:
		l.warn(in, pathErr(err).Error())
	case fi.IsDir():
		skipped, example := l.dir(in, realPath(in))
		l.summary(in, skipped, example)
	default:
		l.file(in, realPath(in))
	}
}

// warn lists a warning in its place.
func (l *lister) warn(file, msg string) {
	w := warning(file, msg)
	l.jobs = append(l.jobs, job{kind: jobWarning, name: file, warn: &w})
}

// realPath is p absolute with its symbolic links resolved, or as near to
// that as can be found.
func realPath(p string) string {
	real, err := filepath.Abs(p)
	if err == nil {
		if r, err := filepath.EvalSymlinks(real); err == nil {
			real = r
		}
	}
	return real
}

// once is true the first time a real path is met.
func (l *lister) once(real string) bool {
	if l.seen[real] {
		return false
	}
	l.seen[real] = true
	return true
}

// file lists a file once; real is its real path.
func (l *lister) file(p, real string) {
	if l.once(real) {
		l.jobs = append(l.jobs, job{kind: jobFile, name: p})
	}
}

// dir walks a folder: transcripts are listed, hidden entries ignored, and
// other files counted (with the first one as an example) to be reported in
// one warning. real is the folder's real path: an entry that is not a link
// has its own real path under it, with no system call to find it.
func (l *lister) dir(p, real string) (skipped int, example string) {
	if !l.once(real) {
		return 0, ""
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		l.warn(p, pathErr(err).Error())
		return 0, ""
	}
	for _, e := range entries {
		name := e.Name()
		if hidden(name) || (!e.IsDir() && quietSkip(name)) {
			continue
		}
		q := filepath.Join(p, name)
		realQ := filepath.Join(real, name)
		mode := e.Type()
		if mode&os.ModeSymlink != 0 {
			realQ = realPath(q)
			fi, err := os.Stat(q)
			if err != nil {
				if isTranscript(name) {
					l.warn(q, "broken link")
				}
				continue
			}
			mode = fi.Mode().Type()
		}
		switch {
		case mode.IsDir():
			n, ex := l.dir(q, realQ)
			if skipped == 0 {
				example = ex
			}
			skipped += n
		case mode.IsRegular() && isTranscript(name):
			l.dirFile(q, realQ)
		case isTranscript(name):
			// A pipe, socket or device with a transcript's name: not read
			// (a pipe would block), and said so, not counted among files
			// of other types.
			l.warn(q, msgNotRegular)
		default:
			if skipped == 0 {
				example = q
			}
			skipped++
		}
	}
	return skipped, example
}
