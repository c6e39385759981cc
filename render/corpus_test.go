package render

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

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

// raggedBudget is the share of the corpus's wrapped lines outside the
// volume that may be ragged. A few cannot be helped under wrapcheck's
// measure: an opening bracket or quote glued to what follows ("（LLM）")
// after a line one or two cells short of the edge; and in small talks the
// few lines that take one cell of the right margin (a word that fits but
// for the space before it) move wrapcheck's idea of the right edge.
const raggedBudget = 0.004

// TestCorpusWrapRules renders every talk of the corpus at every width, in
// Plain and Dark style, and holds each page to wrapcheck's rules: no line
// too wide, none starting with closing or ending with opening punctuation,
// and no ragged line in the volume (within raggedBudget elsewhere).
func TestCorpusWrapRules(t *testing.T) {
	corpus := loadCorpus(t)
	ragged, wrapped := 0, 0 // outside the volume
	for _, st := range []Style{Plain, Dark} {
		r := New(Options{Style: st, Hyperlinks: true})
		for _, f := range corpus {
			volume := strings.HasSuffix(f.path, ".txt")
			for _, tk := range f.talks {
				for _, w := range widths {
					rep := wrapcheck(r.Page(tk, w).String(), w, f.source)
					if !volume {
						ragged += rep.Ragged
						wrapped += rep.Wrapped
						if rep.Ragged > 0 {
							t.Logf("%s %s width %d: ragged=%d of %d: %s", st, tk.ID, w, rep.Ragged, rep.Wrapped, rep.Shown[0])
						}
					}
					if rep.Over+rep.BadStart+rep.BadEnd > 0 || (volume && rep.Ragged > 0) {
						t.Errorf("%s %s %s width %d: over=%d badstart=%d badend=%d ragged=%d\n\t%s", st, filepath.Base(f.path), tk.ID, w,
							rep.Over, rep.BadStart, rep.BadEnd, rep.Ragged, strings.Join(rep.Shown[:min(3, len(rep.Shown))], "\n\t"))
					}
				}
			}
		}
	}
	t.Logf("outside the volume: ragged %d of %d wrapped lines", ragged, wrapped)
	if float64(ragged) > raggedBudget*float64(wrapped) {
		t.Errorf("outside the volume: ragged %d of %d wrapped lines, more than %.1f%%", ragged, wrapped, 100*raggedBudget)
	}
}

var summaryRE = regexp.MustCompile(`lines=(\d+) wrapped=(\d+) over=(\d+) badstart=(\d+) badend=(\d+) ragged=(\d+)`)

// TestWrapcheckScript runs the corpus tool itself on the rendered volume
// (its talks one after another, as `talks show` prints them) and checks
// that it reports zeros and agrees with the Go port of its rules.
func TestWrapcheckScript(t *testing.T) {
	script := filepath.Join(corpusDir, "..", "tools", "wrapcheck.py")
	volume := filepath.Join(corpusDir, "000_b2de72e1c3636c0f.txt")
	if _, err := os.Stat(volume); err != nil {
		t.Skip("render: ../shared/corpus not found")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("render: python3 not found")
	}
	if _, err := os.Stat(script); err != nil {
		t.Skip("render: ../shared/tools/wrapcheck.py not found")
	}
	data, err := os.ReadFile(volume)
	if err != nil {
		t.Fatal(err)
	}
	talks, _ := loader.Parse(filepath.Base(volume), data)
	r := New(Options{Style: Plain})
	for _, w := range widths {
		var out strings.Builder
		for _, tk := range talks {
			out.WriteString(r.Page(tk, w).String())
		}
		cmd := exec.Command("python3", script, "--width", fmt.Sprint(w), "--source", volume)
		cmd.Stdin = strings.NewReader(out.String())
		res, _ := cmd.Output() // exit status 1 means a rule is broken: the summary says which
		m := summaryRE.FindStringSubmatch(string(res))
		if m == nil {
			t.Fatalf("width %d: no summary from wrapcheck.py: %q", w, res)
		}
		rep := wrapcheck(out.String(), w, string(data))
		got := fmt.Sprintf("lines=%d wrapped=%d over=%d badstart=%d badend=%d ragged=%d", rep.Lines, rep.Wrapped, rep.Over, rep.BadStart, rep.BadEnd, rep.Ragged)
		if got != m[0] {
			t.Errorf("width %d: Go port says %s, wrapcheck.py says %s", w, got, m[0])
		}
		if m[3] != "0" || m[4] != "0" || m[5] != "0" || m[6] != "0" {
			t.Errorf("width %d: wrapcheck.py: %s", w, m[0])
		}
	}
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
					want := r.glamour(bl.Text)
					got := r.paragraph(bl.Text)
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
