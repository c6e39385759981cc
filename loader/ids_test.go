package loader

import (
	"context"
	"slices"
	"testing"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"MIT-6S087 GenAI 01", "mit-6s087-genai-01"},
		{"缓存 入门（上）", "缓存-入门-上"},
		{"--a__b--", "a-b"},
		{"Ünïcode Ωmega", "ünïcode-ωmega"},
		{"١٢٣ 🎓", "talk"},
		{"", "talk"},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIDs(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // in load order by name
		want  []string
	}{
		{"one talk: the file's slug", map[string]string{"a/Cache Notes.md": "# 缓存\n正文\n"}, []string{"cache-notes"}},
		{"several talks: numbered", map[string]string{"a/vol.md": "# 文集\n\n# 甲\n正文\n# 乙\n正文\n"}, []string{"vol-1", "vol-2"}},
		{
			"same name in two folders", map[string]string{"a/x.md": "# 甲\n", "b/x.md": "# 乙\n"},
			[]string{"x", "x-2"},
		},
		{
			"an exact copy is dropped", map[string]string{
				"a/2025示例大会-论坛 - P2：题目：林晓岚 - 示例社区 - BV1ab411c7de.md": "# 2025示例大会-论坛 - P2：题目：林晓岚 - 示例社区 - BV1ab411c7de\n\n第一段。\n",
				"b/2025示例大会-论坛---P2-题目-林晓岚---示例社区---BV1ab411c7de.md": "# 2025示例大会-论坛 - P2：题目：林晓岚 - 示例社区 - BV1ab411c7de\n\n第一段。\n",
			},
			[]string{"BV1ab411c7de-p2"},
		},
		{
			"a copy that differs is kept", map[string]string{
				"a/x.md": "# 2025示例大会-论坛 - P2：题目：林晓岚 - 示例社区 - BV1ab411c7de\n\n第一段。\n",
				"b/y.md": "# 2025示例大会-论坛 - P2：题目：林晓岚 - 示例社区 - BV1ab411c7de\n\n第一段，改过。\n",
			},
			[]string{"BV1ab411c7de-p2", "BV1ab411c7de-p2-2"},
		},
		{
			"a duplicate does not take a taken ID", map[string]string{"a/x.md": "# 甲\n", "b/x.md": "# 文集\n\n# 乙\n\n# 丙\n", "c/x.md": "# 丁\n"},
			[]string{"x", "x-1", "x-2", "x-3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			var names []string
			for name, body := range tt.files {
				names = append(names, name)
				writeTree(t, dir, name, []byte(body))
			}
			slices.Sort(names)
			var inputs []string
			for _, n := range names {
				inputs = append(inputs, dir+"/"+n)
			}
			c := Load(context.Background(), inputs, Options{})
			var ids []string
			for _, tk := range c.Talks {
				ids = append(ids, tk.ID)
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("IDs %q, want %q", ids, tt.want)
			}
		})
	}
}

func TestMetaFromFileName(t *testing.T) {
	const name = "2025北京智源大会-AI安全--BV14FNWzuEfo_p3-_note.md"
	tests := []struct {
		name, file, body string
		ids              []string
	}{
		{"single talk: the file name fills in", name, "# AI安全\n正文\n", []string{"BV14FNWzuEfo-p3"}},
		{"volume: the file name is not about each talk", name, "# 文集\n\n# 甲\n正文\n# 乙\n正文\n", []string{"2025北京智源大会-ai安全-bv14fnwzuefo-p3-note-1", "2025北京智源大会-ai安全-bv14fnwzuefo-p3-note-2"}},
		{"the heading wins", name, "# 2025测试大会-机器阅读 - P2：读长文档：林小溪 - 示例社区 - BV1Ab411c7De\n", []string{"BV1Ab411c7De-p2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			talks, _ := Parse(tt.file, []byte(tt.body))
			var ids []string
			for _, tk := range talks {
				ids = append(ids, tk.ID)
			}
			if !slices.Equal(ids, tt.ids) {
				t.Errorf("IDs %q, want %q", ids, tt.ids)
			}
		})
	}
}
