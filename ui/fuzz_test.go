package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"talks/loader"
	"talks/model"
)

// FuzzAppView builds the app on a corpus made from arbitrary transcript
// bytes, as the loader reads them, drives the list, the reader, the
// finder, search and the help at two sizes, and checks that every screen
// holds only printable text, SGR styles and OSC 8 links to http(s) or
// file URLs, and that the window title holds no control character.
func FuzzAppView(f *testing.F) {
	f.Add([]byte(hostileTalk))
	f.Add([]byte("# 2024北京智源大会-大模型产业技术 - P4：大模型训练方法论：黄文灏 - 智源社区 - BV1HM4m1U7bM\n\n第一段\u202e。\n\n![图](https://example.org/a\u2028.png)\n"))
	f.Add([]byte("# t\n\n\x1b]8;;javascript:alert(1)\x07x\x1b]8;;\x07 \u200e\u061c\u2029 \xff\xfe\r\n- [链接](file:///etc/passwd)\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		talks, warns := loader.Parse("fuzz.md", data)
		// A second talk, so that the app opens on the list.
		more, _ := loader.Parse("second.md", []byte("# 2031测试大会-论坛 - P2：第二个报告：王五 - 示例社区 - BV1ab411c7de\n\n正文。\n"))
		c := &model.Corpus{Talks: append(talks, more...), Warnings: warns}
		for _, size := range [][2]int{{80, 24}, {130, 30}} {
			d := newDriver(t, c, size[0], size[1])
			check := func(where string) {
				t.Helper()
				v := d.m.View()
				if err := checkTerminalOutput(v.Content); err != nil {
					t.Fatalf("%dx%d %s: %v", size[0], size[1], where, err)
				}
				if strings.ContainsFunc(v.WindowTitle, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
					t.Fatalf("%dx%d %s: window title %q", size[0], size[1], where, v.WindowTitle)
				}
			}
			check("list")
			d.press("enter")
			check("reader")
			for range 3 {
				d.press("space")
				check("reader, a page down")
			}
			d.press("v", "J")
			check("selection")
			d.press("esc", "i")
			check("images")
			d.press("q", "o")
			check("outline")
			d.press("q", "ctrl+k", "a")
			check("finder")
			d.press("tab")
			check("speakers")
			d.press("esc", "ctrl+f", "的")
			check("search")
			d.press("esc", "?")
			check("help")
			d.send(tea.WindowSizeMsg{Width: 40, Height: 12})
			check("help, resized")
		}
	})
}
