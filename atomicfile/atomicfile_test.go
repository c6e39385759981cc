package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f")
	if err := WriteFile(p, []byte("one"), 0o600); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("new file has %v, want 0600", fi.Mode().Perm())
	}
	if err := os.Chmod(p, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("two"), 0o600); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	fi, _ := os.Stat(p)
	if string(b) != "two" || fi.Mode().Perm() != 0o640 {
		t.Errorf("got %q %v, want \"two\" with the old file's 0640", b, fi.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
}

func TestMidWriteLeavesTheOldFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f")
	if err := WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	var during string
	err := Write(p, []byte("a new, longer text"), 0o600, func() {
		b, _ := os.ReadFile(p)
		during = string(b)
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Name() != "f" && !strings.HasPrefix(e.Name(), TempPrefix+"f.tmp-") {
				t.Errorf("temporary file %q is not named as documented", e.Name())
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if during != "old" {
		t.Errorf("halfway through, the file read %q, want the old one", during)
	}
}

func TestWriteFailsCleanly(t *testing.T) {
	p := filepath.Join(t.TempDir(), "missing-folder", "f")
	if err := WriteFile(p, []byte("x"), 0o600); err == nil {
		t.Error("writing into a missing folder did not fail")
	}
}
