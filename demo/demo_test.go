package demo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	c := Load()
	if !c.Demo {
		t.Error("the demo corpus is not marked Demo")
	}
	if len(c.Warnings) > 0 {
		t.Errorf("warnings loading the demo: %v", c.Warnings)
	}
	if len(c.Talks) != 12 {
		t.Errorf("%d talks, want the 12 its README lists", len(c.Talks))
	}
	for _, tk := range c.Talks {
		if strings.Contains(tk.File, "README") {
			t.Errorf("the README was read as a talk: %s", tk.File)
		}
	}
}

func TestExtractImages(t *testing.T) {
	c := Load()
	dir := filepath.Join(t.TempDir(), "demo")
	ExtractImages(c, dir)
	n := 0
	for _, tk := range c.Talks {
		for _, img := range tk.Images {
			if strings.HasPrefix(img.Target, "http") {
				continue
			}
			n++
			if !strings.HasPrefix(img.Target, dir+string(filepath.Separator)) {
				t.Errorf("%s: image %d left at %q, not under the cache folder", tk.ID, img.N, img.Target)
				continue
			}
			fi, err := os.Stat(img.Target)
			if err != nil {
				t.Errorf("%s: %v", tk.ID, err)
				continue
			}
			if perm := fi.Mode().Perm(); perm&0o077 != 0 {
				t.Errorf("%s is readable by others (%v)", img.Target, perm)
			}
		}
	}
	if n != 3 {
		t.Errorf("%d local images extracted, want the note's 3", n)
	}
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm()&0o077 != 0 {
		t.Errorf("the folder is not the user's alone: %v %v", fi.Mode(), err)
	}
	// A second run finds the files in place and changes nothing.
	again := Load()
	ExtractImages(again, dir)
	for i, tk := range again.Talks {
		for j, img := range tk.Images {
			if img.Target != c.Talks[i].Images[j].Target {
				t.Errorf("second run moved %s image %d: %q", tk.ID, img.N, img.Target)
			}
		}
	}
}
