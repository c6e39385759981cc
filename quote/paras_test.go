package quote

import (
	"strings"
	"testing"

	"talks/model"
)

func TestParseParas(t *testing.T) {
	talk := fixtureTalk() // paragraphs 1 to 5
	tests := []struct {
		spec     string
		from, to int
		err      string // a part of the error, "" when none is wanted
	}{
		{"3", 3, 3, ""},
		{"1", 1, 1, ""},
		{"5", 5, 5, ""},
		{"2-4", 2, 4, ""},
		{" 2 - 4 ", 2, 4, ""},
		{"2–4", 2, 4, ""},
		{"4-4", 4, 4, ""},
		{"0", 0, 0, `paragraphs "0": paragraphs are numbered from 1`},
		{"0-2", 0, 0, "numbered from 1"},
		{"5-3", 0, 0, `paragraphs "5-3": the range runs backwards (5 is after 3)`},
		{"x", 0, 0, `paragraphs "x": want a paragraph number N or a range N-M`},
		{"", 0, 0, "want a paragraph number"},
		{"2-", 0, 0, "want a paragraph number"},
		{"-2", 0, 0, "want a paragraph number"},
		{"1-2-3", 0, 0, "want a paragraph number"},
		{"+2", 0, 0, "want a paragraph number"},
		{"6", 0, 0, `paragraphs "6": talk BV1xx411c7mD-p3 has only 5 paragraphs`},
		{"3-9", 0, 0, "has only 5 paragraphs"},
		{"99999999999999999999", 0, 0, "want a paragraph number"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			from, to, err := ParseParas(tt.spec, talk)
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("ParseParas(%q): %v", tt.spec, err)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Fatalf("ParseParas(%q) error = %v, want one with %q", tt.spec, err, tt.err)
			case from != tt.from || to != tt.to:
				t.Errorf("ParseParas(%q) = %d, %d, want %d, %d", tt.spec, from, to, tt.from, tt.to)
			}
		})
	}
}

func TestParseParasNoParagraphs(t *testing.T) {
	talk := &model.Talk{ID: "empty-talk", Blocks: []model.Block{{Kind: model.KindImage, Image: 1}}}
	_, _, err := ParseParas("1", talk)
	if err == nil || err.Error() != `paragraphs "1": talk empty-talk has no paragraphs` {
		t.Errorf("ParseParas on a talk without paragraphs: %v", err)
	}
}
