package images

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"talks/ui/intent"
	"talks/ui/uitest"
)

// TestImages: the cursor starts on the first slide at or after the block
// read; enter asks to open it, c to copy its link; a narrow pane cuts the
// targets on the left.
func TestImages(t *testing.T) {
	talk := uitest.LongTalk() // 图 1 near the start, then one slide per section
	m := New(talk, talk.Sections()[1])
	m.SetSize(80, 12)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "› 图 3  /data/slides/s2.png") {
		t.Errorf("the cursor is not on the next slide:\n%s", v)
	}
	_, cmd := m.Update(uitest.KeyPress("enter"))
	if got := uitest.Messages(cmd); len(got) != 1 || got[0] != (intent.OpenURL{What: "图 3", Target: "/data/slides/s2.png"}) {
		t.Errorf("enter: %v", got)
	}
	m, _ = m.Update(uitest.KeyPress("g"))
	_, cmd = m.Update(uitest.KeyPress("c"))
	want := intent.Copy{Kind: intent.Link, Text: "https://example.org/slides/a1.png", Done: "copied the link of 图 1"}
	if got := uitest.Messages(cmd); len(got) != 1 || got[0] != want {
		t.Errorf("c: %v, want %v", got, want)
	}
	m.SetSize(20, 12)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "图 1  …ides/a1.png") {
		t.Errorf("a narrow pane does not cut the target on the left:\n%s", v)
	}
}
