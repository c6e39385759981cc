package render

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/sync/errgroup"

	"talks/loader"
	"talks/model"
)

const corpusDir = "../../shared/corpus"

// widths are the page widths the corpus is checked at.
var widths = []int{40, 60, 80, 100, 120}

// corpusFile is one transcript of the corpus with its talks.
type corpusFile struct {
	path, source string
	talks        []*model.Talk
}

// loadCorpus parses every transcript of the corpus, or skips the test.
func loadCorpus(tb testing.TB) []corpusFile {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	dev, _ := filepath.Glob(filepath.Join(corpusDir, "dev", "*.md"))
	files = append(files, dev...)
	if len(files) == 0 {
		tb.Skip("render: ../shared/corpus not found")
	}
	var out []corpusFile
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		talks, _ := loader.Parse(filepath.Base(f), data)
		out = append(out, corpusFile{path: f, source: string(data), talks: talks})
	}
	return out
}

// TestCorpusWrapRules renders every talk of the corpus at every width, in
// Plain and Dark style, and holds each page to wrapcheck's rules: no line
// too wide, none starting with closing or ending with opening punctuation,
// and none ragged.
func TestCorpusWrapRules(t *testing.T) {
	corpus := loadCorpus(t)
	pages := 0
	for _, st := range []Style{Plain, Dark} {
		r := New(Options{Style: st, Hyperlinks: true})
		for _, f := range corpus {
			for _, tk := range f.talks {
				for _, w := range widths {
					pages++
					rep := wrapcheck(r.Page(tk, w).String(), w, f.source)
					if !rep.ok() {
						t.Errorf("%s %s %s width %d: over=%d badstart=%d badend=%d ragged=%d\n\t%s", st, filepath.Base(f.path), tk.ID, w,
							rep.Over, rep.BadStart, rep.BadEnd, rep.Ragged, strings.Join(rep.Shown[:min(3, len(rep.Shown))], "\n\t"))
					}
				}
			}
		}
	}
	if pages == 0 {
		t.Error("no talk in the corpus")
	}
}

var summaryRE = regexp.MustCompile(`lines=(\d+) wrapped=(\d+) over=(\d+) badstart=(\d+) badend=(\d+) ragged=(\d+)`)

// TestWrapcheckScript runs the corpus tool itself on every talk of the
// corpus at every width, rendered as `talks show` prints it to a pipe
// (Plain style), and checks that it reports zeros and agrees with the Go
// port of its rules.
func TestWrapcheckScript(t *testing.T) {
	script := filepath.Join(corpusDir, "..", "tools", "wrapcheck.py")
	if testing.Short() {
		t.Skip("render: wrapcheck.py over the corpus is slow; TestCorpusWrapRules runs its Go port")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("render: python3 not found")
	}
	if _, err := os.Stat(script); err != nil {
		t.Skip("render: ../shared/tools/wrapcheck.py not found")
	}
	type job struct {
		f   corpusFile
		tk  *model.Talk
		w   int
		out string
	}
	var jobs []job
	r := New(Options{Style: Plain})
	for _, f := range loadCorpus(t) {
		for _, tk := range f.talks {
			for _, w := range widths {
				jobs = append(jobs, job{f, tk, w, r.Page(tk, w).String()})
			}
		}
	}
	if len(jobs) == 0 {
		t.Fatal("no talk in the corpus")
	}
	var g errgroup.Group
	g.SetLimit(max(runtime.GOMAXPROCS(0), 2))
	for _, j := range jobs {
		g.Go(func() error {
			cmd := exec.Command("python3", script, "--width", fmt.Sprint(j.w), "--source", j.f.path)
			cmd.Stdin = strings.NewReader(j.out)
			res, _ := cmd.Output() // exit status 1 means a rule is broken: the summary says which
			m := summaryRE.FindStringSubmatch(string(res))
			if m == nil {
				t.Errorf("%s width %d: no summary from wrapcheck.py: %q", j.tk.ID, j.w, res)
				return nil
			}
			rep := wrapcheck(j.out, j.w, j.f.source)
			got := fmt.Sprintf("lines=%d wrapped=%d over=%d badstart=%d badend=%d ragged=%d", rep.Lines, rep.Wrapped, rep.Over, rep.BadStart, rep.BadEnd, rep.Ragged)
			if got != m[0] {
				t.Errorf("%s width %d: Go port says %s, wrapcheck.py says %s", j.tk.ID, j.w, got, m[0])
			}
			if m[3] != "0" || m[4] != "0" || m[5] != "0" || m[6] != "0" {
				t.Errorf("%s width %d: wrapcheck.py: %s", j.tk.ID, j.w, m[0])
			}
			return nil
		})
	}
	g.Wait()
}

// TestPlainParagraphIsGlamour checks the shortcut for plain paragraphs:
// for every paragraph of the corpus it takes, the line it makes shows the
// text Glamour shows, in the styles Glamour uses (Glamour sometimes splits
// a paragraph in two spans of the same style).
func TestPlainParagraphIsGlamour(t *testing.T) {
	corpus := loadCorpus(t)
	for _, st := range []Style{Plain, Dark} {
		r := New(Options{Style: st})
		n := 0
		for _, f := range corpus {
			for _, tk := range f.talks {
				for _, bl := range tk.Blocks {
					if bl.Kind != model.KindParagraph || !plainParagraph(bl.Text) {
						continue
					}
					n++
					want := r.glam.render(bl.Text)
					got := r.glam.paragraph(bl.Text)
					if len(want) != 1 || ansi.Strip(got) != ansi.Strip(want[0]) || !sameStyles(got, want[0]) {
						t.Errorf("%s %s:%d: shortcut %q, Glamour %q", st, tk.ID, bl.Line, got, want)
					}
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no plain paragraph in the corpus", st)
		}
	}
}

var sgrRE = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// sameStyles says whether a and b use the same set of styles.
func sameStyles(a, b string) bool {
	set := func(s string) string {
		seen := map[string]bool{}
		for _, m := range sgrRE.FindAllString(s, -1) {
			seen[m] = true
		}
		var keys []string
		for k := range seen {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return strings.Join(keys, "")
	}
	return set(a) == set(b)
}
