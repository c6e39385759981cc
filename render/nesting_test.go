package render

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"talks/model"
	"talks/safetext"
)

// deepList is a list of n items, each nested in the one before.
func deepList(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("  ", i) + "- 第" + string(rune('0'+i%10)) + "层\n")
	}
	return b.String() + strings.Repeat("  ", n) + "- 最深处的一句话"
}

// deepQuote is a quote nested n levels deep.
func deepQuote(n int) string { return strings.Repeat(">", n) + " 最深处的一句话" }

// deepBlocks are blocks nested far too deep for Glamour.
var deepBlocks = []struct {
	name string
	bl   model.Block
}{
	{"quote-5000", model.Block{Kind: model.KindQuote, Text: deepQuote(5000)}},
	{"quote-spaced-5000", model.Block{Kind: model.KindQuote, Text: strings.Repeat("> ", 5000) + "最深处的一句话"}},
	{"list-3000", model.Block{Kind: model.KindList, Text: deepList(3000)}},
	{"mixed-2000", model.Block{Kind: model.KindList, Text: strings.Repeat("- > 1. ", 2000) + "最深处的一句话"}},
	{"paragraph-quote-5000", model.Block{Kind: model.KindParagraph, Text: deepQuote(5000)}},
}

// TestDeepNesting lays out lists and quotes nested thousands of levels
// deep: they must come out (the deadline is a hang guard, far above the
// time they take), keep their deepest text and fit the width.
func TestDeepNesting(t *testing.T) {
	for _, tt := range deepBlocks {
		t.Run(tt.name, func(t *testing.T) {
			tk := &model.Talk{ID: "deep", Blocks: []model.Block{tt.bl}}
			done := make(chan string, 1)
			go func() { done <- New(Options{Style: Dark}).Page(tk, 60).String() }()
			var out string
			select {
			case out = <-done:
			case <-time.After(2 * time.Minute):
				t.Fatal("rendering did not end")
			}
			plain := ansi.Strip(out)
			if !strings.Contains(strings.Join(strings.Fields(plain), ""), "最深处的一句话") {
				t.Errorf("the deepest text is lost")
			}
			for l := range strings.SplitSeq(plain, "\n") {
				if w := safetext.Width(l); w > 60 {
					t.Errorf("line %q is %d cells", l, w)
				}
			}
		})
	}
}

// TestNesting checks the nesting bound that decides what Glamour gets:
// never below the real depth, and shallow blocks still go to Glamour.
func TestNesting(t *testing.T) {
	tests := []struct {
		line string
		min  int // the real depth
		max  int
	}{
		{"plain text", 0, 0},
		{"- item", 1, 1},
		{"    - item", 1, 3},
		{"> > > quote", 3, 3},
		{">>>quote", 3, 3},
		{"- > 1. 2) + * x", 6, 6},
		{"-not a marker", 0, 0},
		{"12345678901. too long a number", 0, 0},
		{"\t\t- item", 1, 5},
		{strings.Repeat("  ", 20) + "- item", 21, 21},
	}
	for _, tt := range tests {
		if got := nesting(tt.line); got < tt.min || got > tt.max {
			t.Errorf("nesting(%q) = %d, want %d..%d", tt.line, got, tt.min, tt.max)
		}
	}
	if tooDeep(deepList(maxNesting-2)) || tooDeep(deepQuote(maxNesting)) {
		t.Error("a list or quote nested within the limit is sent away from Glamour")
	}
	if !tooDeep(deepList(maxNesting)) || !tooDeep(deepQuote(maxNesting+1)) {
		t.Error("a list or quote nested beyond the limit goes to Glamour")
	}
}
