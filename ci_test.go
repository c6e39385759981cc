package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCIFuzzesEveryTarget checks that .ci/run fuzzes every fuzz target of
// the module, so that none runs only its seeds.
func TestCIFuzzesEveryTarget(t *testing.T) {
	ci, err := os.ReadFile(".ci/run")
	if err != nil {
		t.Fatal(err)
	}
	fuzzRE := regexp.MustCompile(`(?m)^func (Fuzz\w+)\(`)
	found := 0
	err = filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range fuzzRE.FindAllStringSubmatch(string(src), -1) {
			found++
			pkg := "./" + filepath.ToSlash(filepath.Dir(path))
			if !regexp.MustCompile(`(?m)^fuzz ` + m[1] + ` ` + regexp.QuoteMeta(pkg) + `$`).Match(ci) {
				t.Errorf("%s (%s) is not fuzzed by .ci/run: add \"fuzz %s %s\"", m[1], path, m[1], pkg)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found == 0 {
		t.Fatal("no fuzz target found")
	}
}
