// Package demo is the demo corpus that ships inside the talks binary:
// invented talks (see corpus/README.md) that `talks` opens when it is given
// no path, so that a first run shows every feature without any files.
package demo

import (
	"bytes"
	"embed"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"talks/loader"
	"talks/model"
)

// files is the demo corpus: every transcript and image under corpus/.
//
//go:embed corpus
var files embed.FS

// FS is the demo corpus as a file system whose root holds its transcripts.
func FS() fs.FS {
	sub, err := fs.Sub(files, "corpus")
	if err != nil {
		panic(err) // "corpus" is a valid, embedded path
	}
	return sub
}

// Load reads the demo corpus. Its talks' files and relative images are
// paths inside FS; the corpus is marked Demo.
func Load() *model.Corpus { return loader.LoadFS(FS(), ".") }

// ExtractImages copies the demo's own images (embedded, so no viewer can
// open them where they are) into dir, and points the talks' images there.
// The folder is made for the user alone (0700), and a file already there
// is replaced only when it differs, so nothing piles up across runs. A
// problem leaves an image as it was: opening it then fails with a message,
// as for any missing file.
func ExtractImages(c *model.Corpus, dir string) {
	fsys := FS()
	for _, t := range c.Talks {
		for i := range t.Images {
			img := &t.Images[i]
			if !fs.ValidPath(img.Target) {
				continue // a URL, or not a path inside the demo
			}
			data, err := fs.ReadFile(fsys, img.Target)
			if err != nil {
				continue
			}
			dst := filepath.Join(dir, filepath.FromSlash(path.Clean(img.Target)))
			if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
				continue
			}
			if old, err := os.ReadFile(dst); err != nil || !bytes.Equal(old, data) {
				if err := os.WriteFile(dst, data, 0o600); err != nil {
					continue
				}
			}
			img.Target = dst
		}
	}
}
