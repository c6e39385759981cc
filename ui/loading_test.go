package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/model"
	"talks/ui/kit"
)

// TestStreamedList checks that the list shows the talks loaded so far with
// a progress line, grows as more arrive with the cursor staying on its
// talk, and loses the progress line when the corpus is in.
func TestStreamedList(t *testing.T) {
	c := testCorpus()
	round := c.Talks[0]
	d := &driver{t: t, m: New(Options{Source: "test corpus"})}
	d.resize(100, 30)
	steps := []struct {
		name      string
		msg       tea.Msg
		keys      []string
		state     state
		want, not []string
	}{
		{"progress before talks", streamMsg{progress: true, files: 1}, nil, stateLoading,
			[]string{"Loading test corpus… · loading: 1 file, 0 talks…"}, []string{"开场致辞"}},
		{"first talks", streamMsg{talks: c.Talks[:2]}, nil, stateList,
			[]string{"开场致辞", "圆桌：智能体何时真正有用", "1/2 talks · loading: 1 file, 2 talks…"}, []string{"智能体的记忆与规划", "读书笔记"}},
		{"progress", streamMsg{progress: true, files: 3, count: 2}, []string{"j"}, stateList,
			[]string{"2/2 talks · loading: 3 files, 2 talks…"}, nil},
		{"more talks", streamMsg{talks: c.Talks[2:]}, nil, stateList,
			[]string{"智能体的记忆与规划", "读书笔记：注意力机制", "3/6 talks · loading: 3 files, 6 talks…"}, nil},
		{"loaded", loadedMsg{corpus: c}, nil, stateList,
			[]string{"3/6 talks", "⚠ 2 warnings (w)"}, []string{"loading:"}},
		{"news after the corpus", streamMsg{talks: c.Talks[:1], progress: true, files: 1, count: 1}, nil, stateList,
			[]string{"3/6 talks"}, []string{"loading:", "1/1"}},
	}
	for _, s := range steps {
		d.send(s.msg)
		d.press(s.keys...)
		v := d.view()
		checkFits(t, v, 100, 30)
		if d.m.state != s.state {
			t.Errorf("%s: state %v, want %v", s.name, d.m.state, s.state)
		}
		for _, w := range s.want {
			if !strings.Contains(v, w) {
				t.Errorf("%s: screen lacks %q:\n%s", s.name, w, v)
			}
		}
		for _, w := range s.not {
			if strings.Contains(v, w) {
				t.Errorf("%s: screen shows %q:\n%s", s.name, w, v)
			}
		}
		if s.keys != nil && d.m.list.Selected() != round {
			t.Fatalf("%s: cursor on %q, want the round table", s.name, kit.TitleOf(d.m.list.Selected()))
		}
	}
	if d.m.list.Selected() != round || d.m.corpus != c {
		t.Errorf("after loading: cursor on %q, corpus %p; want the round table and %p", kit.TitleOf(d.m.list.Selected()), d.m.corpus, c)
	}
}

// TestLoadStream runs a whole streamed load through the app's commands.
func TestLoadStream(t *testing.T) {
	c := testCorpus()
	tests := []struct {
		name    string
		batches [][]*model.Talk
		state   state
	}{
		{"batches", [][]*model.Talk{c.Talks[:1], c.Talks[1:4], c.Talks[4:]}, stateList},
		{"one talk opens", [][]*model.Talk{c.Talks[2:3]}, stateReader},
		{"nothing", nil, stateList},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := &model.Corpus{Warnings: c.Warnings}
			for _, b := range tt.batches {
				want.Talks = append(want.Talks, b...)
			}
			load := func(_ context.Context, onTalks func([]*model.Talk), progress func(int, int)) *model.Corpus {
				n := 0
				for i, b := range tt.batches {
					onTalks(b)
					n += len(b)
					progress(i+1, n)
				}
				return want
			}
			d := &driver{t: t, m: New(Options{Source: "test corpus", LoadStream: load})}
			d.resize(100, 30)
			d.run(d.m.Init())
			v := d.view()
			if d.m.corpus != want || d.m.state != tt.state || d.m.list.Len() != len(want.Talks) {
				t.Errorf("state %v, %d talks listed, corpus %p; want %v, %d, %p", d.m.state, d.m.list.Len(), d.m.corpus, tt.state, len(want.Talks), want)
			}
			if strings.Contains(v, "loading") {
				t.Errorf("progress line left after loading:\n%s", v)
			}
		})
	}
}

// TestStreamedListGrowsByQuarter checks that the list is built again only
// when the talks have grown by a quarter, while the counts follow every
// batch, and that the loaded corpus lists every talk.
func TestStreamedListGrowsByQuarter(t *testing.T) {
	var talks []*model.Talk
	for i := range 11 {
		talks = append(talks, build(talkSpec{ID: fmt.Sprintf("t%d", i), Event: "2030测试大会", Part: i + 1, Title: fmt.Sprintf("第%d讲", i+1)}))
	}
	d := &driver{t: t, m: New(Options{Source: "test corpus"})}
	d.resize(100, 30)
	steps := []struct {
		batch       []*model.Talk
		listed, all int
	}{
		{talks[:8], 8, 8},
		{talks[8:9], 8, 9},    // 1 more than 8: under a quarter
		{talks[9:10], 10, 10}, // 2 more than 8: a quarter
		{talks[10:11], 10, 11},
	}
	for i, s := range steps {
		d.send(streamMsg{talks: s.batch})
		if n := d.m.list.Len(); n != s.listed {
			t.Errorf("batch %d: %d talks listed, want %d", i, n, s.listed)
		}
		if v := d.view(); !strings.Contains(v, fmt.Sprintf("%d talks…", s.all)) {
			t.Errorf("batch %d: status lacks %d talks:\n%s", i, s.all, v)
		}
	}
	d.send(loadedMsg{corpus: &model.Corpus{Talks: talks}})
	if n := d.m.list.Len(); n != len(talks) {
		t.Errorf("loaded: %d talks listed, want %d", n, len(talks))
	}
}

// TestStreamLoadConcurrent runs a load beside the app as the program does:
// the list shows the first talks while the load waits, then every talk.
func TestStreamLoadConcurrent(t *testing.T) {
	c := testCorpus()
	gate := make(chan struct{})
	load := func(_ context.Context, onTalks func([]*model.Talk), progress func(int, int)) *model.Corpus {
		onTalks(c.Talks[:2])
		progress(1, 2)
		<-gate
		onTalks(c.Talks[2:])
		progress(2, len(c.Talks))
		return c
	}
	d := &driver{t: t, m: New(Options{Source: "test corpus", LoadStream: load})}
	d.resize(100, 30)
	cmds, ok := streamLoad(context.Background(), load)().(tea.BatchMsg)
	if !ok || len(cmds) != 2 {
		t.Fatalf("streamLoad gives %T, want a batch of two commands", cmds)
	}
	loaded := make(chan tea.Msg, 1)
	go func() { loaded <- cmds[0]() }()
	update := func(msg tea.Msg) {
		next, _ := d.m.Update(msg)
		d.m = next.(Model)
	}
	msg := cmds[1]()
	update(msg)
	for d.m.list.Len() < 2 { // the first news may be the talks without the counts
		msg = msg.(streamMsg).next()
		update(msg)
	}
	if v := d.view(); d.m.state != stateList || !strings.Contains(v, "loading:") || strings.Contains(v, "读书笔记") {
		t.Errorf("first talks: state %v, screen:\n%s", d.m.state, v)
	}
	close(gate)
	for msg = msg.(streamMsg).next(); msg != nil; msg = msg.(streamMsg).next() {
		update(msg)
	}
	update(<-loaded)
	if v := d.view(); d.m.corpus != c || d.m.list.Len() != len(c.Talks) || strings.Contains(v, "loading:") {
		t.Errorf("loaded: %d talks listed, corpus %p (want %p), screen:\n%s", d.m.list.Len(), d.m.corpus, c, v)
	}
}

// TestLoading checks the screen before the corpus arrives, the demo line
// and a corpus of one talk, which opens at once.
func TestLoading(t *testing.T) {
	m := New(Options{Source: "demo corpus", Demo: true})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 60, Height: 10})
	if v := ansi.Strip(next.(Model).View().Content); !strings.Contains(v, "Loading demo corpus…") {
		t.Errorf("loading screen:\n%s", v)
	}
	if v := next.(Model).View(); !v.AltScreen || v.MouseMode != tea.MouseModeCellMotion {
		t.Error("the view must ask for the alternate screen and the mouse")
	}
	if _, cmd := next.Update(keyPress("q")); cmd == nil || cmd() != tea.Quit() {
		t.Error("q while loading should quit")
	}
	next, _ = next.Update(loadedMsg{corpus: testCorpus()})
	if v := ansi.Strip(next.(Model).View().Content); !strings.Contains(v, "demo corpus — run `talks PATH` to open your own files") {
		t.Errorf("no demo line:\n%s", v)
	}

	one := &model.Corpus{Talks: []*model.Talk{longTalk()}}
	d := newDriver(t, one, 80, 20)
	if d.m.state != stateReader {
		t.Errorf("a corpus of one talk should open it; state %v", d.m.state)
	}

	d = newDriver(t, &model.Corpus{}, 80, 20)
	if v := d.view(); !strings.Contains(v, "No talks found.") {
		t.Errorf("empty corpus:\n%s", v)
	}
	d.press("enter", "j", "w", "G")
}
