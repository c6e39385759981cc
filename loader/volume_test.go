package loader

import (
	"slices"
	"testing"
)

func TestVolumes(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		volume   string
		headings []string // each talk's heading; "" for text before the first
		lines    []int
	}{
		{"one heading, one talk", "# 只有一个\n\n正文。\n", "", []string{"只有一个"}, []int{1}},
		{"lone heading", "# 只有标题\n", "", []string{"只有标题"}, []int{1}},
		{"volume title then talks", "# 文集\n\n\n# 甲\n正文。\n# 乙\n正文。\n", "文集", []string{"甲", "乙"}, []int{4, 6}},
		{"first heading with a body is a talk", "# 甲\n正文。\n# 乙\n正文。\n", "", []string{"甲", "乙"}, []int{1, 3}},
		{"two headings, no bodies", "# 文集\n# 甲\n", "文集", []string{"甲"}, []int{2}},
		{"text before the first heading", "开场。\n# 甲\n正文。\n", "", []string{"", "甲"}, []int{1, 2}},
		{"# in a fence is text", "# 甲\n```sh\n# 注释\n```\n~~~~\n# 也是注释\n~~~~\n", "", []string{"甲"}, []int{1}},
		{"# in an unclosed fence is text", "# 甲\n```\n# 注释\n", "", []string{"甲"}, []int{1}},
		{"## is a section, #tag is text", "# 甲\n## 小节\n#话题\n", "", []string{"甲"}, []int{1}},
		{"closing hashes and indent", "   # 甲 ##\n正文。\n", "", []string{"甲"}, []int{1}},
		{"indented 4 is not a heading", "# 甲\n    # 代码\n", "", []string{"甲"}, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			talks, _ := Parse("v.md", []byte(tt.in))
			var heads []string
			var lines []int
			for _, tk := range talks {
				heads = append(heads, tk.Heading)
				lines = append(lines, tk.Line)
				if tk.Volume != tt.volume {
					t.Errorf("%q: volume %q, want %q", tk.Heading, tk.Volume, tt.volume)
				}
			}
			if !slices.Equal(heads, tt.headings) || !slices.Equal(lines, tt.lines) {
				t.Errorf("headings %q at %v, want %q at %v", heads, lines, tt.headings, tt.lines)
			}
		})
	}
}

func TestVolumeFixture(t *testing.T) {
	talks, warns := Parse("testdata/volume.md", loadFixture(t, "volume.md"))
	if len(warns) > 0 {
		t.Errorf("warnings: %v", warns)
	}
	type got struct {
		id     string
		volume string
		line   int
		images int
		blocks string
	}
	want := []got{
		{"BV1Ab411c7De-p2", "测试文集 2025（一）", 4, 2, "paragraph image paragraph image"},
		{"BV1Ab411c7De-p3", "测试文集 2025（一）", 17, 1, "paragraph image"},
		{"BV1Ab411c7De-p4", "测试文集 2025（一）", 24, 0, "paragraph paragraph"},
	}
	if len(talks) != len(want) {
		t.Fatalf("%d talks, want %d", len(talks), len(want))
	}
	for i, tk := range talks {
		g := got{tk.ID, tk.Volume, tk.Line, len(tk.Images), blockKinds(tk.Blocks)}
		if g != want[i] {
			t.Errorf("talk %d: %+v, want %+v", i+1, g, want[i])
		}
	}
}
