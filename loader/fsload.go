package loader

import (
	"io/fs"
	"runtime"

	"golang.org/x/sync/errgroup"

	"talks/model"
)

// LoadFS reads every transcript (.md, .markdown, .txt, and the timed
// transcripts' .srt, .vtt, .json) under root in fsys, such as the embedded
// demo corpus, in path order; hidden entries and yt-dlp's .info.json
// (read beside its subtitles) are skipped, and JSON that holds no
// transcript is counted in one warning. Talk.File is the path inside fsys,
// and relative image paths stay paths inside fsys. The corpus is marked
// Demo.
func LoadFS(fsys fs.FS, root string) *model.Corpus {
	var names []string
	var walkWarns []model.Warning
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			walkWarns = append(walkWarns, warning(p, pathErr(err).Error()))
		case p != root && hidden(d.Name()):
			if d.IsDir() {
				return fs.SkipDir
			}
		case d.Type().IsRegular() && isTranscript(p) && !quietSkip(d.Name()):
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		walkWarns = append(walkWarns, warning(root, pathErr(err).Error()))
	}
	results := make([]result, len(names))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, name := range names {
		g.Go(func() error {
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				results[i] = result{warns: []model.Warning{warning(name, pathErr(err).Error())}}
				return nil
			}
			talks, warns := parse(fsSourceOf(fsys, name), data)
			results[i] = result{talks: talks, warns: warns}
			return nil
		})
	}
	_ = g.Wait() // problems are warnings
	results = append(results, result{})
	var skips folderSkips
	for i, name := range names {
		results[i] = skips.filter(job{name: name, inDir: true}, results[i])
	}
	results[len(names)] = skips.filter(job{name: root, skips: &dirSkips{}}, result{})
	c := assemble(append([]result{{warns: walkWarns}}, results...))
	c.Demo = true
	return c
}
