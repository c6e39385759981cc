package synth

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// readTree returns every file under dir by slash path relative to dir.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func writeTree(t *testing.T, size, seed int64) (Stats, map[string][]byte) {
	t.Helper()
	dir := t.TempDir()
	st, err := Write(dir, size, seed)
	if err != nil {
		t.Fatal(err)
	}
	return st, readTree(t, dir)
}

func TestWriteDeterministic(t *testing.T) {
	const size = 700 << 10
	st1, a := writeTree(t, size, 7)
	st2, b := writeTree(t, size, 7)
	if st1 != st2 {
		t.Errorf("stats differ: %+v vs %+v", st1, st2)
	}
	if len(a) != len(b) {
		t.Fatalf("%d files vs %d", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
	}
	_, c := writeTree(t, size, 8)
	same := 0
	for name, data := range c {
		if bytes.Equal(data, a[name]) {
			same++
		}
	}
	if same == len(c) {
		t.Errorf("seed 8 wrote the same %d files as seed 7", same)
	}
}

func TestWriteSize(t *testing.T) {
	tests := []struct {
		size int64
		seed int64
	}{
		{256 << 10, 1},
		{1 << 20, 2},
		{3 << 20, 3},
	}
	for _, tt := range tests {
		st, files := writeTree(t, tt.size, tt.seed)
		var total int64
		for _, data := range files {
			total += int64(len(data))
		}
		if total != st.Bytes || len(files) != st.Files {
			t.Errorf("size %d: Stats say %d bytes in %d files, disk has %d in %d", tt.size, st.Bytes, st.Files, total, len(files))
		}
		if dev := float64(total-tt.size) / float64(tt.size); dev < -0.05 || dev > 0.05 {
			t.Errorf("size %d seed %d: wrote %d bytes (%+.1f%%)", tt.size, tt.seed, total, 100*dev)
		}
	}
}

func TestWriteFiles(t *testing.T) {
	st, files := writeTree(t, 3<<20, 1)
	if st.Volumes == 0 || st.Duplicates == 0 || st.Talks <= st.Volumes {
		t.Errorf("want volumes, duplicates and single files: %+v", st)
	}
	repeated := regexp.MustCompile(`(?m)^(!\[\]\(http[^\n]+\))\n\n(!\[\]\(http[^\n]+\))$`)
	repeats := 0
	for name, data := range files {
		switch {
		case len(data) == 0:
			t.Errorf("%s: empty", name)
		case !utf8.Valid(data):
			t.Errorf("%s: not valid UTF-8", name)
		case !bytes.HasPrefix(data, []byte("# ")):
			t.Errorf("%s: does not start with a heading", name)
		case bytes.ContainsRune(data, '\r'):
			t.Errorf("%s: has a carriage return", name)
		}
		for _, m := range repeated.FindAllSubmatch(data, -1) {
			if bytes.Equal(m[1], m[2]) {
				repeats++
			}
		}
	}
	if repeats == 0 {
		t.Error("no image repeated right after itself")
	}
}

// TestSinglesAreTalks checks that a single file holds exactly Talk(n) and a
// volume holds its talks in order after its title heading.
func TestSinglesAreTalks(t *testing.T) {
	const seed = 5
	_, files := writeTree(t, 2<<20, seed)
	singles, volumes := 0, 0
	for n := 0; n < 16*groupSize; n++ {
		m := planTalk(n, seed)
		want := Talk(n, seed)
		if m.g.kind == kindVolume {
			name := ""
			for f := range files {
				if strings.HasSuffix(f, ".txt") && strings.Contains(string(files[f]), want) {
					name = f
				}
			}
			if name != "" {
				volumes++
			}
			continue
		}
		for _, name := range m.fileNames(seed) {
			data, ok := files[filepath.ToSlash(filepath.Join(folder(&m.g, &m), name))]
			if !ok {
				continue // past the size limit
			}
			singles++
			if string(data) != want {
				t.Errorf("talk %d: %s is not Talk(%d)", n, name, n)
			}
		}
	}
	if singles == 0 || volumes == 0 {
		t.Errorf("found %d single files and %d volume talks", singles, volumes)
	}
	for name, data := range files {
		if !strings.HasSuffix(name, ".txt") {
			continue
		}
		lines := strings.Split(string(data), "\n")
		if !regexp.MustCompile(`^# \S+ 20\d\d（[一二三四五六七八九十]）$`).MatchString(lines[0]) || !strings.HasPrefix(lines[4], "# ") {
			t.Errorf("%s: not a volume: %q, %q", name, lines[0], lines[4])
		}
	}
}

func TestDialects(t *testing.T) {
	tests := []struct {
		d    dialect
		want *regexp.Regexp
	}{
		{dColon, regexp.MustCompile(`^20\d\d\S+-.+ - P\d+：.+：[^：-]+ - \S+ - BV[0-9A-Za-z]{10}$`)},
		{dSemicolon, regexp.MustCompile(` - P\d+：[^;]+;[^;]+ - \S+ - BV`)},
		{dDash, regexp.MustCompile(` - P\d+：.+-[^-]+ - \S+ - BV`)},
		{dDoubleDash, regexp.MustCompile(` - P\d+：.+--[^-]+ - \S+ - BV`)},
		{dRole, regexp.MustCompile(`-(主持人|主讲嘉宾|对话嘉宾|提问嘉宾)：[^ ]+ - `)},
		{dRoundtable, regexp.MustCompile(`：圆桌讨论：主持人：[^-]+-嘉宾：[^-]+(-[^-]+){2,} - `)},
		{dEnglish, regexp.MustCompile(` - P\d+：[A-Z][a-z]+( [A-Za-z]+)+：[A-Z][a-z]+ [A-Z][a-z]+ - `)},
		{dSlug, regexp.MustCompile(`^20\d\d\S+---P\d+-\S+---\S+---BV[0-9A-Za-z]{10}$`)},
		{dP05, regexp.MustCompile(` - p0\d：`)},
		{dNoMeta, regexp.MustCompile(`^[^ -]+$`)},
		{dNote, regexp.MustCompile(`^\d+：`)},
	}
	seen := map[dialect]int{}
	for n := 0; n < 3000; n++ {
		m := planTalk(n, 1)
		seen[m.dialect]++
		for _, tt := range tests {
			if tt.d == m.dialect && !tt.want.MatchString(m.heading()) {
				t.Errorf("talk %d, dialect %d: heading %q does not match %s", n, m.dialect, m.heading(), tt.want)
			}
		}
		if m.dialect == dNoMeta {
			name := m.fileNames(1)[0]
			if !regexp.MustCompile(`^20\d\d\S+--BV[0-9A-Za-z]{10}_p\d+-_note\.md$`).MatchString(name) {
				t.Errorf("talk %d: file name %q carries no metadata", n, name)
			}
		}
	}
	for d := range numDialects {
		if seen[d] == 0 {
			t.Errorf("dialect %d never used in 3000 talks", d)
		}
	}
}

func TestParagraphs(t *testing.T) {
	checked := 0
	for n := 0; n < 400; n++ {
		m := planTalk(n, 3)
		if m.dialect == dNote || m.dialect == dNoMeta || m.dialect == dRoundtable || m.english {
			continue
		}
		lines := strings.Split(Talk(n, 3), "\n")
		for i, line := range lines[1:] {
			if line == "" || strings.HasPrefix(line, "![") {
				continue
			}
			checked++
			if k := utf8.RuneCountInString(line); k < 100 || k > 700 {
				t.Errorf("talk %d line %d: paragraph of %d runes", n, i+2, k)
			}
			if lines[i] != "" {
				t.Errorf("talk %d line %d: paragraph not preceded by a blank line", n, i+2)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no paragraphs checked")
	}
}

func TestTalkDeterministic(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 99, 1234} {
		a, b := Talk(n, 42), Talk(n, 42)
		if a != b {
			t.Errorf("Talk(%d, 42) differs between calls", n)
		}
		if a == Talk(n, 43) {
			t.Errorf("Talk(%d) is the same for seeds 42 and 43", n)
		}
		if !utf8.ValidString(a) || !strings.HasPrefix(a, "# ") || !strings.HasSuffix(a, "\n") {
			t.Errorf("Talk(%d, 42) is not a talk: %.80q", n, a)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	const size = 16 << 20
	dir := b.TempDir()
	var st Stats
	for b.Loop() {
		var err error
		if st, err = Write(dir, size, 1); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(st.Bytes)
	b.ReportMetric(float64(st.Talks), "talks/op")
}
