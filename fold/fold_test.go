package fold

import (
	"testing"
	"unicode/utf8"
)

func TestKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"边缘", "边缘"},
		{"邊緣", "边缘"},
		{"機器學習", "机器学习"},
		{"頭髮與發展", "头发与发展"},
		{"GPT-4", "gpt4"},
		{"ＧＰＴ－４", "gpt4"},
		{"KV-Cache", "kvcache"},
		{"kv cache", "kvcache"},
		{"K V · c a c h e", "kvcache"},
		{"1㎏", "1kg"},
		{"café", "cafe"},
		{"cafe\u0301", "cafe"},
		{"Lǐ Wénhào", "liwenhao"},
		{"Straße", "strasse"},
		{"ﬁne", "fine"},
		{"①𝐀", "1a"},
		{"가", "\u1100\u1161"},
		{"が", "か"},
		{"⼀", "一"},
		{"我觉得，比如说。", "我觉得比如说"},
		{"Yi-Large的實踐", "yilarge的实践"},
		{"C++ & C#", "c++c"},
		{"", ""},
		{"，。！？  \t\n", ""},
		{"a\xffb\xe7\x99", "ab"},
		{"\u200bx\ufeff", "x"},
	} {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMapSource(t *testing.T) {
	for _, c := range []struct {
		in         string
		i, j       int
		start, end int
	}{
		{"ＧＰＴ－４", 0, 4, 0, 15},
		{"ＧＰＴ－４", 3, 4, 12, 15},
		{"1㎏", 1, 2, 1, 4}, // the k of ㎏: all of ㎏
		{"1㎏", 2, 3, 1, 4},
		{"cafe\u0301!", 3, 4, 3, 6}, // e with its accent
		{"KV-Cache", 1, 3, 1, 4},    // v and C, with the hyphen between
		{"邊緣", 3, 6, 3, 6},
	} {
		m := Map(c.in)
		if m.Folded != Key(c.in) {
			t.Errorf("Map(%q).Folded = %q, Key = %q", c.in, m.Folded, Key(c.in))
		}
		if s, e := m.Source(c.i, c.j); s != c.start || e != c.end {
			t.Errorf("Map(%q).Source(%d, %d) = %d, %d; want %d, %d", c.in, c.i, c.j, s, e, c.start, c.end)
		}
	}
}

func TestSourcePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Source(0, 0) did not panic")
		}
	}()
	Map("ab").Source(0, 0)
}

func TestRunes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"邊緣計算 · ＧＰＴ－４", "边缘计算 · gpt-4"},
		{"KV-Cache，1㎏", "kv-cache,1㎏"},
		{"Lǐ", "li"},
		{"plain", "plain"},
		{"a\xffb", "a\xffb"},
		{"", ""},
	} {
		got := Runes(c.in)
		if got != c.want {
			t.Errorf("Runes(%q) = %q, want %q", c.in, got, c.want)
		}
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(c.in) {
			t.Errorf("Runes(%q) has another number of runes", c.in)
		}
	}
}
