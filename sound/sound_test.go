package sound

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"
)

func TestReadings(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want []string
	}{
		{'零', []string{"ling", "lian"}},
		{'行', []string{"xing", "hang", "heng"}},
		{'绿', []string{"lv", "lu"}},
		{'略', []string{"lve"}},
		{'萬', []string{"wan"}},
		{'嗯', []string{"n", "ng"}},
		{'a', nil},
		{'，', nil},
	} {
		if got := Readings(c.r); !slices.Equal(got, c.want) {
			t.Errorf("Readings(%q) = %q, want %q", c.r, got, c.want)
		}
	}
	if got := Readings('欸'); !slices.Contains(got, "e") || !slices.Contains(got, "ai") {
		t.Errorf("Readings(欸) = %q: ê̄ should be e", got)
	}
}

func TestCompile(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"零一万物", "[ling/lian] yi [wan/mo] wu"},
		{"lingyiwanwu", "ling yi wan wu"},
		{"ling yi wan wu", "ling yi wan wu"},
		{"LingYi WanWu", "ling yi wan wu"},
		{"líng'yī", "ling yi"},
		{"ling2yi1", "ling yi"},
		{"xian", "xian | xi an"},
		{"xi'an", "xi an"},
		{"lüe", "lve | lv e"},
		{"n", "n"},
		{"零yi", "[ling/lian] yi"},
	} {
		q, err := Compile(c.in)
		if err != nil {
			t.Errorf("Compile(%q): %v", c.in, err)
			continue
		}
		if got := q.String(); got != c.want {
			t.Errorf("Compile(%q) = %s, want %s", c.in, got, c.want)
		}
	}
	for _, in := range []string{"", "  ", "123", "，。"} {
		if _, err := Compile(in); !errors.Is(err, ErrEmpty) {
			t.Errorf("Compile(%q) = %v, want ErrEmpty", in, err)
		}
	}
	for _, in := range []string{"gpt", "ling qqq", "lingx"} {
		if _, err := Compile(in); err == nil || !strings.Contains(err.Error(), "not pinyin") {
			t.Errorf("Compile(%q) = %v, want a not-pinyin error", in, err)
		}
	}
}

func TestFindAll(t *testing.T) {
	for _, c := range []struct {
		query, text string
		want        []Match
	}{
		{"零一万物", "我们是灵异万物的员工，零一万物。", []Match{{9, 21, 3, 7}, {33, 45, 11, 15}}},
		{"lingyiwanwu", "灵异万物", []Match{{0, 12, 0, 4}}},
		{"ling yi wan wu", "靈異萬物", []Match{{0, 12, 0, 4}}}, // Traditional
		{"零一万物", "灵异，万物", nil},                             // punctuation breaks a match
		{"零一万物", "灵异 万物", nil},
		{"零一万物", "灵\xff异万物", nil},
		{"零一万物", "灵异万物\xff", []Match{{0, 12, 0, 4}}},
		{"银行", "银杏和银行", []Match{{0, 6, 0, 2}, {9, 15, 3, 5}}}, // 行 is also xing
		{"xian", "西安先", []Match{{0, 6, 0, 2}, {6, 9, 2, 3}}},
		{"yiyi", "一一一", []Match{{0, 6, 0, 2}}},
		{"Yi-Large", "易拉格", nil},
		{"大模型", "GPT 大模型 and 打魔性", []Match{{4, 13, 4, 7}, {18, 27, 12, 15}}},
		{"大模型", "", nil},
	} {
		q, err := Compile(c.query)
		if err != nil {
			if c.want != nil {
				t.Errorf("Compile(%q): %v", c.query, err)
			}
			continue
		}
		if got := q.FindAll(c.text, nil); !slices.Equal(got, c.want) {
			t.Errorf("%q in %q: %v, want %v", c.query, c.text, got, c.want)
		}
	}
}

func TestCorpusSearch(t *testing.T) {
	texts := []string{"今天请到灵异万物的黄先生", "没有", "零一万物，还有靈異萬物", "另一万物"}
	for range 100 {
		texts = append(texts, "模型训练")
	}
	c := NewCorpus(texts)
	q, err := Compile("零一万物")
	if err != nil {
		t.Fatal(err)
	}
	hits := c.Search(context.Background(), q, 0)
	want := []Hit{{0, Match{12, 24, 4, 8}}, {2, Match{0, 12, 0, 4}}, {2, Match{21, 33, 7, 11}}, {3, Match{0, 12, 0, 4}}}
	if !slices.Equal(hits, want) {
		t.Errorf("hits = %v, want %v", hits, want)
	}
	if got := c.Search(context.Background(), q, 2); !slices.Equal(got, want[:2]) {
		t.Errorf("limit 2: %v", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got := c.Search(ctx, q, 0); got != nil {
		t.Errorf("a cancelled search returned %v", got)
	}
	q, err = Compile("模型灵")
	if err != nil {
		t.Fatal(err)
	}
	if a := c.rarest(q).patterns[0].anchor; a != 2 {
		t.Errorf("in a corpus of 模型训练, the anchor of 模型灵 is position %d, not 灵's", a)
	}
}

// TestTonelessIsDecomposition: for every reading in go-pinyin's
// dictionary, toneless gives what canonical decomposition with the marks
// dropped gives (ü as v), and no reading is refused.
func TestTonelessIsDecomposition(t *testing.T) {
	for cp, value := range pinyin.PinyinDict {
		for _, reading := range strings.Split(value, ",") {
			want := decomposed(reading)
			if got := toneless(reading); got != want || got == "" {
				t.Errorf("%q: toneless(%q) = %q, decomposition gives %q", rune(cp), reading, got, want)
			}
		}
	}
}

// decomposed is reading in NFD with its marks dropped and ü written v.
func decomposed(reading string) string {
	var b []byte
	for _, r := range norm.NFD.String(reading) {
		switch {
		case r == 0x308 && len(b) > 0 && b[len(b)-1] == 'u':
			b[len(b)-1] = 'v'
		case unicode.Is(unicode.Mn, r):
		default:
			b = append(b, byte(unicode.ToLower(r)))
		}
	}
	return string(b)
}
