package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"talks/model"
)

// extractDemoImages copies the demo corpus's own images (embedded, so no
// viewer can open them where they are) into a folder of the system's
// temporary files, and points the talks' images there. The folder is the
// same on every run, so nothing piles up. A problem leaves an image as it
// was: opening it then fails with a message, as for any missing file.
func extractDemoImages(c *model.Corpus) {
	dir := filepath.Join(os.TempDir(), "talks-demo")
	for _, t := range c.Talks {
		for i := range t.Images {
			img := &t.Images[i]
			if !strings.HasPrefix(img.Target, demoRoot+"/") {
				continue
			}
			data, err := fs.ReadFile(demoFS, img.Target)
			if err != nil {
				continue
			}
			dst := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(img.Target, demoRoot+"/")))
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				continue
			}
			if old, err := os.ReadFile(dst); err != nil || string(old) != string(data) {
				if err := os.WriteFile(dst, data, 0o644); err != nil {
					continue
				}
			}
			img.Target = dst
		}
	}
}
