package sound

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestCorpusAgreesWithFindAll: on 2 MB of synthetic transcripts with ASR
// variants of a name put in, the corpus search (its index skipping texts)
// finds exactly what FindAll finds text by text, the variants included,
// and the index does skip texts.
func TestCorpusAgreesWithFindAll(t *testing.T) {
	texts := synthBlocks(2 << 20)
	variants := []string{"灵异万物", "零一万物", "靈異萬物", "另一万物", "灵异，万物"}
	for i := 0; i < len(texts); i += 97 {
		v := variants[i/97%len(variants)]
		at := len(texts[i]) / 2
		for at > 0 && texts[i][at]&0xC0 == 0x80 {
			at--
		}
		texts[i] = texts[i][:at] + "，" + v + "，" + texts[i][at:]
	}
	c := NewCorpus(texts)
	for _, qs := range []string{"零一万物", "lingyiwanwu", "模型训练", "xian", "shuju", "黄文灏"} {
		q, err := Compile(qs)
		if err != nil {
			t.Fatal(err)
		}
		var want []Hit
		for i, s := range texts {
			for _, m := range q.FindAll(s, nil) {
				want = append(want, Hit{Text: i, Match: m})
			}
		}
		got := c.Search(context.Background(), q, 0)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: the corpus finds %d hits, FindAll %d", qs, len(got), len(want))
		}
		if qs == "零一万物" {
			injected := 0
			for i := 0; i < len(texts); i += 97 {
				if !strings.Contains(texts[i], "，万物") {
					injected++
				}
			}
			if len(got) < injected {
				t.Errorf("零一万物: %d hits for %d variants put in", len(got), injected)
			}
		}
		skipped := 0
		masks := c.masks(c.rarest(q))
		for i := range texts {
			if !c.mayHold(i, masks) {
				skipped++
			}
		}
		if qs == "黄文灏" && skipped == 0 {
			t.Errorf("%s: the index skipped no text", qs)
		}
	}
}
