package render

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/glamour/v2"

	"talks/loader"
	"talks/model"
)

const screen = 24 // lines on a screen in the benchmarks

// benchDoc is a document to open: a talk and the Markdown it came from.
type benchDoc struct {
	name string
	talk *model.Talk
	md   string
}

// benchDocs are the volume's largest talk (the P7 roundtable) and the whole
// volume opened as one document, or a skip when the corpus is absent.
func benchDocs(b *testing.B) []benchDoc {
	path := filepath.Join(corpusDir, "000_b2de72e1c3636c0f.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skip("render: ../shared/corpus not found")
	}
	talks, _ := loader.Parse(filepath.Base(path), data)
	lines := strings.Split(string(data), "\n")
	// the largest talk, with its source lines
	big, bigMD := talks[0], ""
	for i, t := range talks {
		end := len(lines)
		if i+1 < len(talks) {
			end = talks[i+1].Line - 1
		}
		md := strings.Join(lines[t.Line-1:end], "\n")
		if len(md) > len(bigMD) {
			big, bigMD = t, md
		}
	}
	// the volume as one talk: each talk's heading, then its blocks
	all := &model.Talk{ID: "volume", Title: talks[0].Volume}
	for _, t := range talks {
		all.Blocks = append(all.Blocks, model.Block{Kind: model.KindHeading, Level: 2, Text: t.Heading})
		for _, bl := range t.Blocks {
			if bl.Kind == model.KindImage {
				bl.Image += len(all.Images)
			}
			all.Blocks = append(all.Blocks, bl)
		}
		all.Images = append(all.Images, t.Images...)
	}
	return []benchDoc{{"P7", big, bigMD}, {"volume", all, string(data)}}
}

// BenchmarkFirstScreen is the time from opening a document to its first
// screen at 80 columns: with a fresh Renderer (nothing cached), and with
// Glamour rendering the whole Markdown as glow does.
func BenchmarkFirstScreen(b *testing.B) {
	for _, d := range benchDocs(b) {
		b.Run(d.name+"/talks", func(b *testing.B) {
			var out []string
			for b.Loop() {
				p := New(Options{Style: Dark}).Page(d.talk, 80)
				out = p.Lines(0, screen)
			}
			b.ReportMetric(float64(len(strings.Join(out, "\n"))), "B/screen")
		})
		b.Run(d.name+"/talks+Len", func(b *testing.B) {
			for b.Loop() {
				p := New(Options{Style: Dark}).Page(d.talk, 80)
				p.Lines(0, screen)
				p.Len()
			}
		})
		b.Run(d.name+"/glamour", func(b *testing.B) {
			var out string
			for b.Loop() {
				tr, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
				if err != nil {
					b.Fatal(err)
				}
				if out, err = tr.Render(d.md); err != nil {
					b.Fatal(err)
				}
			}
			ls := strings.SplitN(out, "\n", screen+1)
			b.ReportMetric(float64(len(strings.Join(ls[:min(screen, len(ls))], "\n"))), "B/screen")
			b.ReportMetric(float64(len(out)), "B/doc")
		})
	}
}

// BenchmarkScroll is the cost of scrolling one screen down at 80 columns,
// rendering each block the first time it comes into view (a new Renderer
// starts over at the end of the document).
func BenchmarkScroll(b *testing.B) {
	for _, d := range benchDocs(b) {
		b.Run(d.name, func(b *testing.B) {
			p := New(Options{Style: Dark}).Page(d.talk, 80)
			n, top := p.Len(), 0
			for b.Loop() {
				top += screen
				if top+screen > n {
					b.StopTimer()
					p, top = New(Options{Style: Dark}).Page(d.talk, 80), 0
					b.StartTimer()
				}
				p.Lines(top, top+screen)
			}
		})
	}
}

// BenchmarkResize is the cost of a resize: laying the open document out at
// a new width, finding the paragraph that was at the top, and showing the
// screen from there.
func BenchmarkResize(b *testing.B) {
	for _, d := range benchDocs(b) {
		b.Run(d.name, func(b *testing.B) {
			r := New(Options{Style: Dark})
			p := r.Page(d.talk, 80)
			top := p.Len() / 2
			w := 80
			for b.Loop() {
				block := p.BlockAt(top)
				w = 60 + (w-59)%60 // 60..119, a new width each time
				p = r.Page(d.talk, w)
				top = p.LineOf(block)
				p.Lines(top, top+screen)
				p.Len()
			}
		})
	}
}

// BenchmarkDeepNesting is the time to lay out a block nested thousands of
// levels deep (see TestDeepNesting) at 80 columns, from a fresh Renderer.
func BenchmarkDeepNesting(b *testing.B) {
	for _, tt := range deepBlocks {
		b.Run(tt.name, func(b *testing.B) {
			tk := &model.Talk{ID: "deep", Blocks: []model.Block{tt.bl}}
			n := 0
			for b.Loop() {
				n = New(Options{Style: Dark}).Page(tk, 80).Len()
			}
			b.ReportMetric(float64(n), "lines")
		})
	}
}

// BenchmarkCodeBlock is `talks show -w 80` of a talk that is one fenced
// block of code, at 10,000 and 100,000 lines (to show the cost is linear),
// with no language and as Go, styled and plain; and, for comparison,
// Glamour rendering the same block at 2,500 and 5,000 lines (its cost grows
// with the square of the length). ms/10k-lines is the figure the target
// (≤ 50 ms) is about; cpu-ms/10k-lines is the processor time it took (on
// every core), which other jobs on the machine change less.
func BenchmarkCodeBlock(b *testing.B) {
	const line = "\tresult := compute(input, 42) // 计算结果\n"
	for _, n := range []int{10000, 100000} {
		for _, lang := range []string{"", "go"} {
			for _, st := range []Style{Dark, Plain} {
				code := strings.Repeat(line, n)
				tk := &model.Talk{ID: "code", Blocks: []model.Block{{Kind: model.KindCode, Lang: lang, Text: code}}}
				b.Run(fmt.Sprintf("talks/%d/%s/%s", n, langName(lang), st), func(b *testing.B) {
					cpu := cpuTime()
					for b.Loop() {
						if err := New(Options{Style: st, Hyperlinks: true}).Page(tk, 80).Render(context.Background(), io.Discard); err != nil {
							b.Fatal(err)
						}
					}
					per := float64(n) / 10000 * float64(b.N)
					b.ReportMetric(float64(b.Elapsed().Milliseconds())/per, "ms/10k-lines")
					b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/per, "cpu-ms/10k-lines")
				})
			}
		}
	}
	for _, n := range []int{2500, 5000} {
		md := "```\n" + strings.Repeat(line, n) + "```"
		b.Run(fmt.Sprintf("glamour/%d", n), func(b *testing.B) {
			for b.Loop() {
				tr, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := tr.Render(md); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(n)*10000, "ms/10k-lines")
		})
	}
}

// langName names a code block's language in a benchmark's name.
func langName(lang string) string {
	if lang == "" {
		return "unlabeled"
	}
	return lang
}
