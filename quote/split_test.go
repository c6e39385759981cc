package quote

import (
	"slices"
	"testing"
	"unicode"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"whitespace", " \t\u3000 \n ", nil},
		{"no terminator", "没有句号的一句话", []string{"没有句号的一句话"}},
		{"chinese", "今天天气很好。我们去公园吧！你来吗？", []string{"今天天气很好。", "我们去公园吧！", "你来吗？"}},
		{"chinese ellipsis run", "他说……我不知道。", []string{"他说……", "我不知道。"}},
		{"question and exclamation run", "真的吗？！太好了。", []string{"真的吗？！", "太好了。"}},
		{"corner quote after full stop", "他说：「走吧。」然后离开了。", []string{"他说：「走吧。」", "然后离开了。"}},
		{"bracket after full stop", "（这是一条注释。）下一句。", []string{"（这是一条注释。）", "下一句。"}},
		{"curly quote after question", "她问：“你是谁？”我没回答。", []string{"她问：“你是谁？”", "我没回答。"}},
		{"leading ellipsis", "……所以我们决定出发。", []string{"……所以我们决定出发。"}},
		{"english", "This is one. This is two! Is this three? Yes", []string{"This is one.", "This is two!", "Is this three?", "Yes"}},
		{"english quote after stop", `He said "stop." Then he left.`, []string{`He said "stop."`, "Then he left."}},
		{"english bracket after stop", "(See below.) Next one.", []string{"(See below.)", "Next one."}},
		{"english ellipsis", "Wait... what?! OK.", []string{"Wait...", "what?!", "OK."}},
		{"no space after stop", "It ended.Next is glued", []string{"It ended.Next is glued"}},
		{"decimals", "The score rose from 3.5 to 4.25 points. Good.", []string{"The score rose from 3.5 to 4.25 points.", "Good."}},
		{"chinese decimals", "增长了3.5倍，版本v2.0发布了。很好。", []string{"增长了3.5倍，版本v2.0发布了。", "很好。"}},
		{"year before stop", "It was 2024. Then came more.", []string{"It was 2024.", "Then came more."}},
		{"e.g.", "Use a tool, e.g. a hammer. Done.", []string{"Use a tool, e.g. a hammer.", "Done."}},
		{"i.e. before capital", "One way, i.e. Python, works. Yes.", []string{"One way, i.e. Python, works.", "Yes."}},
		{"U.S. mid-sentence", "The U.S. market grew. Then it fell.", []string{"The U.S. market grew.", "Then it fell."}},
		{"U.S. ending a sentence", "We met in the U.S. The food was good.", []string{"We met in the U.S.", "The food was good."}},
		{"etc. mid-sentence", "Apples, pears, etc. and more. End.", []string{"Apples, pears, etc. and more.", "End."}},
		{"etc. ending a sentence", "Apples, pears, etc. The next one.", []string{"Apples, pears, etc.", "The next one."}},
		{"etc. before chinese", "Apples, pears, etc. 然后呢。", []string{"Apples, pears, etc.", "然后呢。"}},
		{"etc. at the end", "Apples, pears, etc.", []string{"Apples, pears, etc."}},
		{"titles", "Dr. Li spoke. Then Mr. Wang.", []string{"Dr. Li spoke.", "Then Mr. Wang."}},
		{"fig. before a number", "See Fig. 3 for details. Then go.", []string{"See Fig. 3 for details.", "Then go."}},
		{"no. as a word", "The answer is no. Fine.", []string{"The answer is no.", "Fine."}},
		{"initial", "J. Smith wrote it. Done.", []string{"J. Smith wrote it.", "Done."}},
		{"capital letter ending", "We take vitamin C. 然后休息。", []string{"We take vitamin C.", "然后休息。"}},
		{"mixed", "我们用了Python. Then we train it. 然后评估。", []string{"我们用了Python.", "Then we train it.", "然后评估。"}},
		{"ascii question before chinese", "真的吗?我觉得不是!好吧", []string{"真的吗?", "我觉得不是!", "好吧"}},
		{"ascii stop before chinese", "模型叫Yi.它很大。", []string{"模型叫Yi.它很大。"}},
		{"url", "See https://example.com/a.b?x=1 for more. Next.", []string{"See https://example.com/a.b?x=1 for more.", "Next."}},
		{"url with chinese path", "见https://zh.example.org/wiki/模型?版本=2 的说明。下一句。", []string{"见https://zh.example.org/wiki/模型?版本=2 的说明。", "下一句。"}},
		{"full stop after url", "Read https://example.com. Then stop.", []string{"Read https://example.com.", "Then stop."}},
		{"chinese stop after url", "链接是www.example.com/index.html。然后继续。", []string{"链接是www.example.com/index.html。", "然后继续。"}},
		{"leading and trailing spaces", "   Hello there.   World.  ", []string{"Hello there.", "World."}},
		{"line break", "第一行\n第二行。", []string{"第一行", "第二行。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.text)
			checkRanges(t, tt.text, got)
			if s := texts(tt.text, got); !slices.Equal(s, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, s, tt.want)
			}
		})
	}
}

// texts are the strings of text's rune ranges.
func texts(text string, ranges [][2]int) []string {
	r := []rune(text)
	var out []string
	for _, g := range ranges {
		out = append(out, string(r[g[0]:g[1]]))
	}
	return out
}

// checkRanges checks what Split promises of any text: ranges in order, not
// empty, not overlapping, with no white space at either end, covering every
// other rune.
func checkRanges(t *testing.T, text string, ranges [][2]int) {
	t.Helper()
	r := []rune(text)
	covered := make([]bool, len(r))
	prev := 0
	for _, g := range ranges {
		if g[0] < prev || g[1] <= g[0] || g[1] > len(r) {
			t.Fatalf("bad range %v after %d in %q (len %d)", g, prev, text, len(r))
		}
		if unicode.IsSpace(r[g[0]]) || unicode.IsSpace(r[g[1]-1]) {
			t.Errorf("range %v of %q starts or ends with a space", g, text)
		}
		for i := g[0]; i < g[1]; i++ {
			covered[i] = true
		}
		prev = g[1]
	}
	for i, c := range r {
		if !covered[i] && !unicode.IsSpace(c) {
			t.Errorf("rune %d (%q) of %q is in no sentence", i, c, text)
			return
		}
	}
}
