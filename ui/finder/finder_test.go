package finder

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/index"
	"talks/model"
	"talks/ui/intent"
)

// talks are three invented talks: one by 黄文灏, a roundtable he joins,
// and one in English.
func talks() []*model.Talk {
	mk := func(id, title string, part int, sp ...model.Speaker) *model.Talk {
		return &model.Talk{ID: id, Title: title, Part: part, Event: "2030测试大会", Forum: "基础模型论坛", Speakers: sp,
			Blocks: []model.Block{{Kind: model.KindParagraph, Para: 1, Text: "正文。"}}}
	}
	hwh := model.Speaker{Name: "黄文灏", Role: model.RoleSpeaker}
	return []*model.Talk{
		mk("BVx-p1", "Open Weights, Open Questions", 1, model.Speaker{Name: "Bob Li", Role: model.RoleSpeaker}),
		mk("BVx-p2", "大模型的预训练：数据与算力", 2, hwh),
		mk("BVx-p3", "圆桌：开放与安全", 3, model.Speaker{Name: "周明", Role: model.RoleHost}, model.Speaker{Name: "黄文灏", Role: model.RoleGuest}),
	}
}

// newFinder is a focused finder at 80×20 with the index of talks, its
// first ranking (of the empty query) done.
func newFinder(t *testing.T) Model {
	t.Helper()
	m := New()
	m.SetSize(80, 20)
	m.Focus()
	m = run(t, m, m.SetIndex(index.Build(talks())))
	if m.count() != 3 {
		t.Fatalf("%d results for the empty query, want 3", m.count())
	}
	return m
}

// run runs cmd and gives the finder the messages it brings, as the
// program would.
func run(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	for _, msg := range messages(cmd) {
		m, _ = m.Update(msg)
	}
	return m
}

// messages runs cmd and gathers its messages, batches unpacked.
func messages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, messages(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// typed sends the keys of s one by one and returns the finder and the
// commands Update gave, none of them run.
func typed(m Model, s string) (Model, []tea.Cmd) {
	var cmds []tea.Cmd
	for _, r := range s {
		var cmd tea.Cmd
		m, cmd = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		cmds = append(cmds, cmd)
	}
	return m, cmds
}

// firstRow is the text of the first result on screen.
func firstRow(m Model) string {
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	return strings.TrimSpace(lines[2])
}

// TestRankingInCommand: a key does not rank in Update; the results shown
// stay until the ranking's command comes back with the new ones.
func TestRankingInCommand(t *testing.T) {
	m := newFinder(t)
	before := firstRow(m)
	m, cmds := typed(m, "hwh")
	if got := firstRow(m); got != before || m.res.query != "" {
		t.Errorf("after typing, before the ranking came back: first row %q (query %q), want the old %q", got, m.res.query, before)
	}
	m = run(t, m, cmds[len(cmds)-1])
	if got := firstRow(m); !strings.Contains(got, "大模型的预训练") || m.res.query != "hwh" {
		t.Errorf("after the ranking: first row %q, query %q; want 黄文灏's talk for hwh", got, m.res.query)
	}
}

// TestStaleRankingDropped: a ranking that comes back after a newer one was
// started is dropped, and the one under way is cancelled by the next key.
func TestStaleRankingDropped(t *testing.T) {
	m := newFinder(t)
	m, first := typed(m, "o")
	early := messages(first[0]) // "o" ranked, not yet delivered
	m, next := typed(m, "p")
	if msgs := messages(first[0]); len(msgs) != 0 {
		t.Errorf("the ranking of o still ran to the end after p was typed: %v", msgs)
	}
	m = run(t, m, next[0])
	want := m.res
	for _, msg := range early {
		m, _ = m.Update(msg)
	}
	if m.res.query != "op" || len(m.res.talks) != len(want.talks) {
		t.Errorf("a stale ranking replaced the results: query %q, %d talks", m.res.query, len(m.res.talks))
	}
}

// TestEnterActsOnQueryTyped: Enter, or a move, right after typing acts on
// the results of the query typed, though those of an older query are on
// screen; the late ranking then changes nothing.
func TestEnterActsOnQueryTyped(t *testing.T) {
	m := newFinder(t)
	m, cmds := typed(m, "hwh")
	m2, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	msgs := messages(cmd)
	if len(msgs) != 1 || msgs[0].(intent.OpenTalk).Talk.ID != "BVx-p2" {
		t.Fatalf("enter right after hwh: %v, want to open BVx-p2", msgs)
	}
	if got := run(t, m2, cmds[2]); got.res.query != "hwh" || got.cursor != 0 {
		t.Errorf("the late ranking moved the results: query %q cursor %d", got.res.query, got.cursor)
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	if t2 := m.selected(); t2 == nil || t2.ID != "BVx-p3" {
		t.Errorf("down right after hwh selects %v, want the roundtable BVx-p3", t2)
	}
}

// TestTabBackAndForth: tab twice before the speakers' ranking came back
// leaves the talks on screen, and that ranking is dropped.
func TestTabBackAndForth(t *testing.T) {
	m := newFinder(t)
	tab := tea.KeyPressMsg{Code: tea.KeyTab}
	m, speakers := m.Update(tab)
	m, back := m.Update(tab)
	m = run(t, m, speakers)
	m = run(t, m, back)
	if m.shown() != findTalks || m.count() != 3 || !strings.HasPrefix(ansi.Strip(m.View()), "Find talks") {
		t.Errorf("after tab tab: mode %v, %d results:\n%s", m.shown(), m.count(), ansi.Strip(m.View()))
	}
}

// TestSpeakersAndPerson: tab lists the speakers, enter a person's talks,
// esc goes back to the speakers with the cursor where it was, and esc
// again closes the finder.
func TestSpeakersAndPerson(t *testing.T) {
	m := newFinder(t)
	m = run(t, m, func() tea.Cmd { var c tea.Cmd; m, c = m.Update(tea.KeyPressMsg{Code: tea.KeyTab}); return c }())
	m, cmds := typed(m, "hwh")
	m = run(t, m, cmds[2])
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Talks of 黄文灏") || !strings.Contains(v, "P3 圆桌：开放与安全  · 嘉宾") {
		t.Errorf("a person's talks:\n%s", v)
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if v := ansi.Strip(m.View()); !strings.Contains(v, "› 黄文灏  (2 talks)") {
		t.Errorf("esc from a person's talks:\n%s", v)
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if msgs := messages(cmd); len(msgs) != 1 || msgs[0] != (intent.Close{From: Name}) {
		t.Errorf("esc from the speakers: %v, want to close", msgs)
	}
}
