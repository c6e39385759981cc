package outline

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"talks/model"
	"talks/ui/intent"
	"talks/ui/uitest"
)

// TestOutline: the cursor starts on the section being read; enter asks to
// show the talk at the section under the cursor, and closes when the talk
// has none.
func TestOutline(t *testing.T) {
	talk := uitest.LongTalk()
	secs := talk.Sections()
	m := New(talk, secs[2]+1) // inside the third section (细节 Details)
	m.SetSize(60, 12)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "›   细节 Details") || !strings.Contains(v, "enter: go to section") {
		t.Errorf("the cursor is not on the section being read:\n%s", v)
	}
	m, _ = m.Update(uitest.KeyPress("j"))
	_, cmd := m.Update(uitest.KeyPress("enter"))
	msgs := uitest.Messages(cmd)
	if len(msgs) != 1 || msgs[0] != (intent.OpenTalk{Talk: talk, Block: secs[3]}) {
		t.Errorf("enter: %v, want to open at block %d", msgs, secs[3])
	}
	bare := New(&model.Talk{Title: "无小节"}, -1)
	bare.SetSize(60, 12)
	if _, cmd := bare.Update(uitest.KeyPress("enter")); len(uitest.Messages(cmd)) != 1 || uitest.Messages(cmd)[0] != (intent.Close{From: Name}) {
		t.Errorf("enter with no sections: %v, want to close", uitest.Messages(cmd))
	}
	if v := ansi.Strip(bare.View()); !strings.Contains(v, "This talk has no sections.") {
		t.Errorf("no sections:\n%s", v)
	}
}
