package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"talks/loader"
	"talks/model"
)

// hostileTalk is a transcript full of what must never reach the terminal —
// clipboard writes (OSC 52), links (OSC 8, to javascript:), title changes
// (OSC 0), screen clears, DCS, C0 and C1 controls, DEL, bidi overrides,
// bells and backspaces — in the heading (event, title, speakers), a
// section heading, paragraphs, a list, a quote, code, image alt text and
// image targets. Every place also holds a word to find it by (攻击).
var hostileTalk = strings.Join([]string{
	"# 2031注入\x1b]0;pwned\x07大会-安全\u202e论坛 - P1：攻击\x1b[2J标题\u202e反向\u202c：圆桌：主持人：沈\u009b31m一\x07帆-嘉宾：Eve\x1b]52;c;ZXZpbA==\x07 Stone-林\x08晓 - 示例\x1b[5m社区 - BV1ab411c7de",
	"",
	"攻击第一段\x1b]52;c;cm0gLXJmIH4=\x07文字\x1b[2J\x1b[H，链接\x1b]8;;javascript:alert(1)\x1b\\点我\x1b]8;;\x1b\\完。",
	"",
	"攻击第二段\x1bP1$r0m\x1b\\有 DCS，\u009b31m C1 CSI，\u202e反向\u202c，\x07响铃\x08退格\x7f删除\x0c换页。",
	"",
	"## 攻击小节\x1b[31m红\x1b[0m\x1b]0;title\x1b\\",
	"",
	"- 攻击列表\x1b]52;p;eA==\x1b\\项",
	"- 第二项\u2066隔离\u2069\x1b[?1049h",
	"",
	"> 攻击引用\x1b[?1049h切屏\x1b[6n",
	"",
	"```",
	"攻击 code\x1b[1A\x1b[2K\x1b]8;;file:///etc/passwd\x07",
	"```",
	"",
	"![攻击图\x1b[5m闪\x1b]8;;javascript:x\x07](https://slides.example.com/a\x1b[31m.png)",
	"",
	"![alt\u202e](javascript:alert\x07;void)",
	"",
	"![本地\x1b]0;t\x07](/slides/b\x1b]52;c;eA==\x07.png)",
	"",
}, "\n") + strings.Repeat("\n攻击长段落，用来翻页。\x1b[31m\u009d0;t\u009c\n", 40)

// checkView checks the screen and the window title the app sets.
func checkView(t *testing.T, what string, v tea.View) {
	t.Helper()
	if err := checkTerminalOutput(v.Content); err != nil {
		t.Errorf("%s: %v", what, err)
	}
	if err := checkTerminalOutput(v.WindowTitle); err != nil || strings.ContainsRune(v.WindowTitle, '\n') {
		t.Errorf("%s: window title %q", what, v.WindowTitle)
	}
}

// hostileCorpus is hostileTalk as the loader reads it, from a file whose
// name is hostile too.
func hostileCorpus(t *testing.T) *model.Corpus {
	t.Helper()
	talks, warns := loader.Parse("注入\x1b]0;x\x07\u202e.md", []byte(hostileTalk))
	if len(talks) != 1 {
		t.Fatalf("%d talks, want 1", len(talks))
	}
	tk := talks[0]
	if len(tk.Images) == 0 || len(tk.Sections()) == 0 {
		t.Fatalf("the talk lacks parts to show: %d images, %d sections", len(tk.Images), len(tk.Sections()))
	}
	// A second talk, so that the app opens on the list.
	more, _ := loader.Parse("second.md", []byte("# 2031注入大会-安全论坛 - P2：第二个报告\x1b]0;x\x07：王五 - 示例社区 - BV1ab411c7de\n\n正文\x1b[2J。\n"))
	// A warning, so that the warnings screen has something to show.
	warns = append(warns, model.Warning{File: tk.File, Line: 3, Msg: "invented for the test"})
	return &model.Corpus{Talks: append(talks, more...), Warnings: warns}
}

// TestHostileTranscriptNeverReachesTerminal opens a transcript full of
// escape sequences on every screen that shows its text, and checks that
// the only escape sequences on screen are the app's own.
func TestHostileTranscriptNeverReachesTerminal(t *testing.T) {
	screens := []struct {
		name  string
		keys  []string
		typed string
		pages int    // further pages to check, one space each
		shows string // text of the transcript that must be on screen
		want  state
	}{
		{"list", nil, "", 0, "攻击", stateList},
		{"warnings", []string{"w"}, "", 0, "注入", stateWarnings},
		{"reader", []string{"enter"}, "", 60, "攻击", stateReader},
		{"images", []string{"enter", "i"}, "", 0, "javascript:alert;void", stateImages},
		{"outline", []string{"enter", "o"}, "", 0, "攻击小节", stateOutline},
		{"finder", []string{"ctrl+k"}, "攻击", 0, "攻击", stateFinder},
		{"finder_speakers", []string{"ctrl+k", "tab"}, "沈", 0, "沈一帆", stateFinder},
		{"search", []string{"ctrl+f"}, "攻击", 0, "攻击", stateSearch},
		{"find_in_talk", []string{"enter", "/"}, "攻击", 0, "攻击", stateReader},
		{"selection", []string{"enter", "v", "J", "J"}, "", 0, "攻击", stateReader},
		{"help", []string{"enter", "?"}, "", 0, "Moving", stateHelp},
	}
	for _, color := range []string{"", "NO_COLOR=1"} {
		for _, sc := range screens {
			t.Run(sc.name+color, func(t *testing.T) {
				d := newDriver(t, hostileCorpus(t), 80, 24, color)
				d.press(sc.keys...)
				d.typeText(sc.typed)
				if d.m.state != sc.want {
					t.Fatalf("state %v, want %v", d.m.state, sc.want)
				}
				if tk := d.m.reader.Talk(); tk != nil && !strings.Contains(tk.Title, "攻击") {
					t.Fatalf("the reader shows %q, not the hostile talk", tk.Title)
				}
				if v := d.view(); !strings.Contains(v, sc.shows) {
					t.Errorf("%q is not on screen:\n%s", sc.shows, v)
				}
				checkView(t, sc.name, d.m.View())
				for n := range sc.pages {
					d.press("space")
					checkView(t, fmt.Sprintf("%s page %d", sc.name, n+2), d.m.View())
				}
				if sc.pages > 0 && d.m.reader.Percent() != 100 {
					t.Errorf("the reader is at %d%%, not the end, after %d pages", d.m.reader.Percent(), sc.pages)
				}
			})
		}
	}
}

func TestSafeTitle(t *testing.T) {
	if got := safeTitle("标题\x1b]0;x\x07\u202e\u009b!"); got != "标题]0;x!" {
		t.Errorf("safeTitle = %q", got)
	}
}
