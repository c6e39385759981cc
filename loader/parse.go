package loader

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"golang.org/x/sync/errgroup"

	"talks/model"
)

const (
	// msgNoTalks is the warning for a file that gives no talks.
	msgNoTalks = "no talks"
	// parallelBytes is the size from which a volume's talks are parsed in
	// parallel.
	parallelBytes = 64 << 10
)

// source says where a file came from: what it is called in warnings and
// talks, its base name (for metadata and IDs) and what its relative image
// paths are resolved against.
type source struct {
	name string
	base string
	img  imageBase
	// sidecar, when set, reads a file beside this one by base name (see
	// sidecarOf): for a file of an fs.FS or a URL, which cannot be read
	// from the folder img names.
	sidecar func(base string) ([]byte, bool)
}

// sourceOf describes a file named as the user gave it: a path, an http(s)
// URL or "-" for standard input.
func sourceOf(name string) source {
	if u, err := url.Parse(name); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		base := path.Base(u.Path)
		if base == "/" || base == "." {
			base = u.Host
		}
		return source{name: name, base: base, img: imageBase{url: u}}
	}
	if name == "-" {
		dir, _ := os.Getwd()
		return source{name: name, base: "stdin", img: imageBase{dir: dir}}
	}
	dir, err := filepath.Abs(filepath.Dir(name))
	if err != nil {
		dir = filepath.Dir(name)
	}
	return source{name: name, base: filepath.Base(name), img: imageBase{dir: dir}}
}

// fsSourceOf describes a file inside fsys: its images stay fs paths, and
// the files beside it are read from fsys.
func fsSourceOf(fsys fs.FS, name string) source {
	return source{name: name, base: path.Base(name), img: imageBase{dir: path.Dir(name), fs: true},
		sidecar: fsSidecar(fsys, path.Dir(name))}
}

// Parse turns one file's bytes into talks (decoding and sanitising
// included); name is the path, URL or "-" the bytes came from. The talks
// do not share data's memory.
func Parse(name string, data []byte) ([]*model.Talk, []model.Warning) {
	talks, warns := parse(sourceOf(name), bytes.Clone(data))
	return uniqueIDs(talks), warns
}

// parse decodes, sanitises and splits one file into talks with their
// metadata, blocks, images and base IDs. The talks may share data's memory:
// data must not change afterwards.
func parse(src source, data []byte) ([]*model.Talk, []model.Warning) {
	name := sanitizeField(src.name)
	var warns []model.Warning
	text, warn, ok := decodeClean(data)
	if warn != "" {
		warns = append(warns, model.Warning{File: name, Msg: warn})
	}
	if !ok {
		return nil, warns
	}
	if talks, tw, ok := parseTimed(src, name, text); ok {
		return talks, append(warns, tw...)
	}
	volume, secs, capped := talkSections(text, maxTalks(len(text)))
	if len(secs) == 0 {
		return nil, append(warns, model.Warning{File: name, Msg: msgNoTalks})
	}
	if capped > 0 {
		warns = append(warns, model.Warning{File: name, Line: capped, Msg: msgTooManyTalks})
	}
	base := sanitizeField(src.base)
	stem := strings.TrimSuffix(base, path.Ext(base))
	fileSlug := slug(stem)
	talks := make([]*model.Talk, len(secs))
	overs := make([]int, len(secs)) // where a talk's budget ran out
	one := func(k int) {
		s := secs[k]
		t := &model.Talk{File: name, Volume: volume, Line: max(s.headLine, 1), Heading: s.title}
		m := talkMeta(s.title, s.headLine > 0, base, len(secs) == 1)
		if m.Title == "" {
			m.Title = stem
		}
		setMeta(t, m)
		t.Blocks, t.Images, overs[k] = parseBody(s.body(text), s.bodyLine, src.img, talkBudget(s.end-s.start, len(secs)))
		t.ID = baseID(t, fileSlug, k+1, len(secs))
		talks[k] = t
	}
	if len(secs) == 1 || len(data) < parallelBytes {
		for k := range secs {
			one(k)
		}
	} else {
		var g errgroup.Group // a big volume: its talks in parallel
		g.SetLimit(runtime.GOMAXPROCS(0))
		for k := range secs {
			g.Go(func() error { one(k); return nil })
		}
		_ = g.Wait()
	}
	return talks, overWarnings(warns, name, overs)
}

// overWarnings adds to warns one warning, at the first talk whose budget
// ran out, counting the others (overs holds the lines, 0 for none); warns
// stay in line order.
func overWarnings(warns []model.Warning, name string, overs []int) []model.Warning {
	first, more := 0, 0
	for _, line := range overs {
		switch {
		case line == 0:
		case first == 0:
			first = line
		default:
			more++
		}
	}
	if first == 0 {
		return warns
	}
	msg := msgTooManyBlocks
	if more > 0 {
		msg += fmt.Sprintf(msgMoreTalks, more)
	}
	warns = append(warns, model.Warning{File: name, Line: first, Msg: msg})
	slices.SortStableFunc(warns, func(a, b model.Warning) int { return a.Line - b.Line })
	return warns
}

// setMeta copies the metadata into the talk.
func setMeta(t *model.Talk, m Meta) {
	t.Event, t.Forum, t.Part, t.Title = m.Event, m.Forum, m.Part, m.Title
	t.Speakers, t.Publisher, t.VideoID = m.Speakers, m.Publisher, m.VideoID
}
