package mdtext

import (
	"fmt"
	"testing"
)

func TestListMarker(t *testing.T) {
	tests := []struct {
		in   string
		want Marker
		ok   bool
	}{
		{"- 项", Marker{Len: 1, Bullet: '-'}, true},
		{"*\t项", Marker{Len: 1, Bullet: '*'}, true},
		{"+", Marker{Len: 1, Bullet: '+'}, true},
		{"1. 第一项", Marker{Len: 2, Number: "1", Delim: '.'}, true},
		{"12) 项", Marker{Len: 3, Number: "12", Delim: ')'}, true},
		{"123456789. 九位", Marker{Len: 10, Number: "123456789", Delim: '.'}, true},
		{"1234567890. 十位", Marker{}, false},
		{"1.5 倍", Marker{}, false},
		{"2024年", Marker{}, false},
		{"-1", Marker{}, false},
		{"**粗体**", Marker{}, false},
		{"1.", Marker{Len: 2, Number: "1", Delim: '.'}, true},
		{"", Marker{}, false},
	}
	for _, tt := range tests {
		got, ok := ListMarker(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ListMarker(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestJoinSpace(t *testing.T) {
	tests := []struct {
		prev, next rune
		want       bool
	}{
		{'中', '文', false},
		{'中', 'E', true},
		{'d', '中', true},
		{'，', 'E', false},
		{'d', '（', false},
		{'a', 'b', true},
		{'か', 'な', false},
		{'한', '글', false},
		{'Ａ', '中', false},
	}
	for _, tt := range tests {
		if got := JoinSpace(tt.prev, tt.next); got != tt.want {
			t.Errorf("JoinSpace(%q, %q) = %v, want %v", tt.prev, tt.next, got, tt.want)
		}
	}
}

func TestURLs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"见https://example.org/a?b=1，然后", "[https://example.org/a?b=1]"},
		{"HTTP://Example.org/X.", "[HTTP://Example.org/X]"},
		{"访问www.example.com，了解", "[www.example.com]"},
		{"见https://zh.example.org/wiki/模型?版本=2 的说明。", "[https://zh.example.org/wiki/模型?版本=2]"},
		{"网址https://a.example/x。", "[https://a.example/x]"},
		{"(see http://a.example/x).", "[http://a.example/x]"},
		{"“https://a.example/引号”", "[https://a.example/引号]"},
		{"（https://a.example/x）和👍", "[https://a.example/x]"},
		{"https://zh.example.org/wiki/Café 和 http://b.example", "[https://zh.example.org/wiki/Café http://b.example]"},
		{"xhttp://a.example 2www.b.example", "[]"},
		{"http:// www. https://", "[]"},
		{"two http://a.example http://b.example/", "[http://a.example http://b.example/]"},
		{"no url here", "[]"},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range URLs(tt.in) {
			got = append(got, tt.in[sp[0]:sp[1]])
		}
		if s := fmt.Sprint(got); s != tt.want {
			t.Errorf("URLs(%q) = %s, want %s", tt.in, s, tt.want)
		}
	}
}
