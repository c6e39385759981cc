package loader

import (
	"context"
	"io/fs"
	"net/url"
	"path"
)

// The files beside a transcript (yt-dlp's "Title [ID].info.json") are read
// wherever the transcript is: a local folder (sidecarOf), an fs.FS such as
// the demo corpus, or beside a URL. Package timed asks for one only when
// the transcript's name carries a video id in brackets, so a URL of any
// other name costs no second request.

// fsSidecar reads a file of dir in fsys by base name, at most maxSidecar
// bytes.
func fsSidecar(fsys fs.FS, dir string) func(string) ([]byte, bool) {
	return func(base string) ([]byte, bool) {
		if base != path.Base(base) || base == ".." {
			return nil, false
		}
		name := path.Join(dir, base)
		if fi, err := fs.Stat(fsys, name); err != nil || !fi.Mode().IsRegular() || fi.Size() > maxSidecar {
			return nil, false
		}
		data, err := fs.ReadFile(fsys, name)
		return data, err == nil && len(data) <= maxSidecar
	}
}

// urlSidecar fetches a file beside the URL u by base name, at most
// maxSidecar bytes, within the timeout of u's own fetch. Its bytes are not
// counted in the budget of the inputs: the transcript that asks holds its
// share already, and waiting for more could wait for ever.
func urlSidecar(ctx context.Context, u *url.URL, opts Options) func(string) ([]byte, bool) {
	return func(base string) ([]byte, bool) {
		if base != path.Base(base) || base == ".." {
			return nil, false
		}
		side := u.ResolveReference(&url.URL{Path: "./" + base})
		data, release, err := fetch(ctx, opts.HTTPClient, side.String(), opts.Timeout, maxSidecar, newInflight(maxSidecar+1))
		release()
		return data, err == nil
	}
}

// jobSource is the source of a job's bytes: sourceOf its name, with the
// files beside a URL fetched from beside it.
func jobSource(ctx context.Context, j job, opts Options) source {
	src := sourceOf(j.name)
	if j.kind == jobURL && src.img.url != nil {
		src.sidecar = urlSidecar(ctx, src.img.url, opts)
	}
	return src
}
