package search

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/index"
	"talks/model"
	"talks/ui/intent"
)

// newSearch is a focused search screen at 80×20 over three invented talks,
// each of whose first paragraphs says 主持人.
func newSearch(t *testing.T) Model {
	t.Helper()
	var talks []*model.Talk
	for i, title := range []string{"开场致辞", "圆桌：智能体", "模型训练的方法"} {
		talks = append(talks, &model.Talk{ID: "BVs-p" + string(rune('1'+i)), Title: title, Blocks: []model.Block{
			{Kind: model.KindParagraph, Para: 1, Text: "主持人：欢迎。"},
			{Kind: model.KindParagraph, Para: 2, Text: "我们讨论模型训练的数据。"},
		}})
	}
	m := New()
	m.SetSize(80, 20)
	m.Focus()
	m.SetIndex(index.Build(talks))
	return m
}

// typed sends the keys of s and returns the commands Update gave, not run.
func typed(m Model, s string) (Model, []tea.Cmd) {
	var cmds []tea.Cmd
	for _, r := range s {
		var cmd tea.Cmd
		m, cmd = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		cmds = append(cmds, cmd)
	}
	return m, cmds
}

// deliver runs cmd and gives the screen the results it brings.
func deliver(m Model, cmd tea.Cmd) Model {
	if cmd == nil {
		return m
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			m = deliver(m, c)
		}
	case ResultsMsg:
		m, _ = m.Update(msg)
	}
	return m
}

// TestStaleDropped starts a search, types on before its result arrives,
// then delivers the old result late: it must not show.
func TestStaleDropped(t *testing.T) {
	m := newSearch(t)
	m, slow := typed(m, "模")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "searching…") {
		t.Errorf("no searching line while the search runs:\n%s", v)
	}
	m, cmds := typed(m, "型训练")
	m = deliver(m, cmds[len(cmds)-1])
	want, before := len(m.hits), m.View()
	if m.query != "模型训练" || want == 0 {
		t.Fatalf("query %q with %d hits, want 模型训练's", m.query, want)
	}
	m = deliver(m, slow[0]) // the first search ends late (or was cancelled)
	if m.query != "模型训练" || len(m.hits) != want || m.View() != before {
		t.Errorf("a stale result replaced the hits: query %q, %d hits", m.query, len(m.hits))
	}
}

// TestMoves moves between hits with the arrows and ctrl+n/ctrl+p,
// wrapping around; enter asks to open the hit under the cursor, esc to
// close.
func TestMoves(t *testing.T) {
	m := newSearch(t)
	m, cmds := typed(m, "主持人")
	m = deliver(m, cmds[len(cmds)-1])
	n := len(m.hits)
	if n < 2 {
		t.Fatalf("%d hits, want at least 2", n)
	}
	steps := []struct {
		key  tea.KeyPressMsg
		want int
	}{
		{tea.KeyPressMsg{Code: tea.KeyDown}, 1},
		{tea.KeyPressMsg{Code: 'p', Mod: tea.ModCtrl}, 0},
		{tea.KeyPressMsg{Code: tea.KeyUp}, n - 1},
		{tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl}, 0},
		{tea.KeyPressMsg{Code: tea.KeyDown}, 1},
	}
	for _, s := range steps {
		m, _ = m.Update(s.key)
		if m.cursor != s.want {
			t.Errorf("after %s cursor %d, want %d", s.key, m.cursor, s.want)
		}
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if got, ok := cmd().(intent.OpenHit); !ok || got.Hit != m.hits[1] || got.Query != "主持人" {
		t.Errorf("enter asks %v, want to open the second hit", got)
	}
	_, cmd = m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if got := cmd(); got != (intent.Close{From: Name}) {
		t.Errorf("esc asks %v, want to close", got)
	}
}
