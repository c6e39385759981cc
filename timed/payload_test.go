package timed

import (
	"slices"
	"testing"
)

func TestPayload(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		voice string
		spans []span
		carry string
		words bool
	}{
		{"plain", []string{"one", "two"}, "", []span{{"", "one\ntwo", false}}, "", false},
		{"inherited voice", []string{"more"}, "Ann", []span{{"Ann", "more", false}}, "Ann", false},
		{"voice with class, tags, entities", []string{"<v.loud Bo  Chen><i>Hi</i> &amp; &lt;b&gt; &#233;&nbsp;x"}, "",
			[]span{{"Bo Chen", "Hi & <b> é x", false}}, "Bo Chen", false},
		{"two voices in a line", []string{"<v Ann>Hi.</v> <v Bo>Hello."}, "",
			[]span{{"Ann", "Hi.", false}, {"Bo", "Hello.", false}}, "Bo", false},
		{"closed voice does not carry", []string{"<v Ann>Hi.</v>"}, "Bo", []span{{"Ann", "Hi.", false}}, "Ann", false},
		{"voice over lines", []string{"<v Ann>one", "two"}, "", []span{{"Ann", "one\ntwo", false}}, "Ann", false},
		{"word times", []string{"we<00:00:00.320><c> are</c><00:00:00.640><c> here</c>"}, "",
			[]span{{"", "we are here", false}}, "", true},
		{"speaker turns", []string{">> Who is next?", ">> Me."}, "",
			[]span{{"", "Who is next?", true}, {"", "Me.", true}}, "", false},
		{"lone angle bracket", []string{"a < b and c>d"}, "", []span{{"", "a < b and c>d", false}}, "", false},
		{"only tags", []string{"<c></c>", " "}, "", nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans, carry, words := payload(tt.lines, tt.voice, nil)
			if !slices.Equal(spans, tt.spans) || carry != tt.carry || words != tt.words {
				t.Errorf("payload = %+v, %q, %v; want %+v, %q, %v", spans, carry, words, tt.spans, tt.carry, tt.words)
			}
		})
	}
}

func TestASSTags(t *testing.T) {
	for in, want := range map[string]string{
		`{\an8}Top line`:    "Top line",
		`a{\i1}b{\i0}c`:     "abc",
		`{\unclosed text`:   `{\unclosed text`,
		`{not a tag} stays`: `{not a tag} stays`,
	} {
		if got := assTags(in); got != want {
			t.Errorf("assTags(%q) = %q, want %q", in, got, want)
		}
	}
}
