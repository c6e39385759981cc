package timed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// spaceJoin stands in for the loader's join in this package's tests, which
// check where paragraphs break and what they hold; how Chinese and Latin
// lines join is the loader's rule, tested through loader.Parse
// (loader_test.go).
func spaceJoin(lines []string) string {
	var parts []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}

// testdataSidecar reads sidecars from testdata.
func testdataSidecar(base string) ([]byte, bool) {
	data, err := os.ReadFile(filepath.Join("testdata", base))
	return data, err == nil
}

// parseFixture parses a file of testdata.
func parseFixture(t testing.TB, name string) Result {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return Parse("testdata/"+name, string(data), Options{Sidecar: testdataSidecar, Join: spaceJoin})
}
