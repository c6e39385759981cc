package main

// The tests that drive the real program in tmux; the harness is in
// tmux_session_test.go.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"talks/loader"
	"talks/quote"
	"talks/render"
)

// TestTerminalRead opens a talk of the volume in a real terminal at three
// sizes, reads, scrolls, opens help and quits, and checks that the shell's
// screen is back: alternate screen left, cursor shown.
func TestTerminalRead(t *testing.T) {
	needCorpus(t)
	for _, size := range []struct{ w, h int }{{100, 30}, {40, 15}, {200, 50}} {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			tm := startTerm(t, size.w, size.h, nil, corpusDir)
			tm.waitFor("P4")
			if tm.display("#{alternate_on}") != "1" {
				t.Error("the app is not in the alternate screen")
			}
			tm.keys("Enter")
			// The title (cut to the width at 40 columns) and the first paragraph.
			tm.waitFor("大模型训练方法论")
			first := tm.waitFor("还有谢谢")
			tm.keys("G")
			last := tm.waitFor("100%")
			if last == first {
				t.Error("G did not scroll")
			}
			tm.keys("?")
			tm.waitFor("Moving")
			// One key at a time: an escape followed at once by q reads as alt+q.
			tm.keys("Escape")
			tm.waitFor("¶")
			tm.keys("q")
			tm.waitFor("talks ·")
			tm.keys("q")
			tm.waitFor("EXITED 0")
			if tm.display("#{alternate_on}") != "0" {
				t.Error("alternate screen still on after quitting")
			}
			if tm.display("#{cursor_flag}") != "1" {
				t.Error("cursor hidden after quitting")
			}
		})
	}
}

// TestTerminalFinder opens the finder in a real terminal, types hwh and
// opens the first result: 黄文灏's talk.
func TestTerminalFinder(t *testing.T) {
	needCorpus(t)
	tm := startTerm(t, 100, 30, nil, corpusDir)
	tm.waitFor("P4")
	tm.keys("C-k")
	tm.waitFor("Find talks")
	tm.keys("h", "w", "h")
	tm.waitFor("find hwh")
	// The results follow the query (and the index) a moment later: wait
	// until the selected row is 黄文灏's talk.
	tm.waitUntil("the selected result to be 黄文灏's talk", func(s string) bool {
		for _, line := range strings.Split(s, "\n") {
			if strings.HasPrefix(line, "› ") {
				return strings.Contains(line, "黄文灏")
			}
		}
		return false
	})
	tm.keys("Enter")
	// The header's speaker line shows once the page is laid out.
	s := tm.waitFor("主讲 黄文灏")
	if !strings.Contains(s, "大模型训练方法论") {
		t.Errorf("the talk's title is not on screen:\n%s", s)
	}
	tm.keys("C-c")
	tm.waitFor("EXITED 0")
}

// paraShown is the paragraph the reader's status line shows ("¶ n/m"), or
// 0 when the screen has none.
func paraShown(screen string) int {
	i := strings.LastIndex(screen, "¶ ")
	if i < 0 {
		return 0
	}
	s := screen[i+len("¶ "):]
	j := strings.IndexByte(s, '/')
	if j < 0 {
		return 0
	}
	n, _ := strconv.Atoi(s[:j])
	return n
}

// firstText is the screen's first line that is not blank, trimmed.
func firstText(screen string) string {
	for _, l := range strings.Split(screen, "\n") {
		if s := strings.TrimSpace(l); s != "" {
			return s
		}
	}
	return ""
}

// TestTerminalBookmarkRestore reads a demo talk in a real terminal,
// scrolls, bookmarks the paragraph with a note and quits; started again on
// the same state folder, talks opens the same talk with the same paragraph
// at the top, and the bookmark is listed.
func TestTerminalBookmarkRestore(t *testing.T) {
	stateHome := t.TempDir()
	env := []string{"XDG_STATE_HOME=" + shellQuote(stateHome)}
	const w, h = 80, 15

	tm := startTerm(t, w, h, env)
	tm.waitFor("推理系统的工程取舍")
	tm.keys("j")
	tm.keys("Enter")
	tm.waitForPage()
	// Page down until a paragraph after the first is at the top.
	para := 1
	deadline := time.Now().Add(15 * time.Second)
	for para <= 1 {
		prev := tm.screen()
		tm.keys("Space")
		s := tm.screen()
		for ; s == prev; s = tm.screen() {
			if time.Now().After(deadline) {
				t.Fatalf("space did not scroll:\n%s", s)
			}
			time.Sleep(50 * time.Millisecond)
		}
		para = paraShown(s)
	}
	tm.keys("m")
	tm.waitFor("note:")
	tm.keys("-l", "kv cache")
	tm.waitFor("note: kv cache")
	tm.keys("Enter")
	before := tm.waitFor(fmt.Sprintf("bookmarked ¶ %d", para))
	tm.keys("q")
	tm.waitFor("talks ·")
	tm.keys("q")
	tm.waitFor("EXITED 0")
	if _, err := os.Stat(filepath.Join(stateHome, "talks", "state.json")); err != nil {
		t.Fatalf("no state saved: %v", err)
	}

	tm2 := startTerm(t, w, h, env)
	// The place is kept by paragraph: the paragraph that was at the top is
	// at the top again, from its first line, so the line that was at the
	// top is on screen again.
	after := tm2.waitFor(fmt.Sprintf("¶ %d/", para))
	deadline = time.Now().Add(15 * time.Second)
	for !strings.Contains(after, firstText(before)) {
		if time.Now().After(deadline) {
			t.Fatalf("after restart the top is\n%s\nnot the paragraph at the top before quitting:\n%s", after, before)
		}
		time.Sleep(50 * time.Millisecond)
		after = tm2.screen()
	}
	tm2.keys("'")
	tm2.waitFor("Bookmarks")
	tm2.waitFor(fmt.Sprintf("¶ %d · “kv cache”", para))
	tm2.keys("q")
	tm2.keys("q")
	tm2.keys("q")
	tm2.waitFor("EXITED 0")
}

// TestTerminalQuoteCopy is issue 6's "done when" in a real terminal: in
// the volume's P4 talk, two sentences of one paragraph that wrap over three
// screen lines are selected with v and j and copied with y; tmux, which
// takes OSC 52 with set-clipboard on, then holds exactly those sentences
// as a quote with the talk's citation.
func TestTerminalQuoteCopy(t *testing.T) {
	needCorpus(t)
	const w, h = 60, 20
	c := loader.Load(context.Background(), []string{corpusDir}, loader.Options{})
	talk := c.ByID("BV1HM4m1U7bM-p4")
	if talk == nil {
		t.Fatal("the volume's P4 talk BV1HM4m1U7bM-p4 is not in the corpus")
	}
	// The first two sentences of one paragraph that take three lines at
	// this width, and the page line where they start.
	sents := quote.Sentences(talk)
	page := render.New(render.Options{Style: render.Dark, Hyperlinks: true}).Page(talk, w) // as the app renders
	pick, top := -1, 0
	for i := 0; i+1 < len(sents) && pick < 0; i++ {
		a, b := sents[i], sents[i+1]
		if a.Block != b.Block {
			continue
		}
		places := page.Locate(a.Block)
		first, last := places[a.Start].Line, places[b.End-1].Line
		// v takes the first sentence that starts on the top line or below.
		alone := i == 0 || places[sents[i-1].Start].Line < first || sents[i-1].Block != a.Block
		if last-first == 2 && alone {
			pick, top = i, first
		}
	}
	t.Logf("sentences %d and %d (¶%d) from page line %d", pick, pick+1, sents[pick].Para, top)
	if pick < 0 {
		t.Fatalf("no two sentences of one paragraph of %s take three lines at width %d", talk.ID, w)
	}
	want := quote.Markdown(talk, quote.Text(talk, sents[pick:pick+2]))
	const cite = "> — 黄文灏，《大模型训练方法论及Yi-Large的实践》，2024北京智源大会 · 大模型产业技术 · P4，https://www.bilibili.com/video/BV1HM4m1U7bM?p=4"
	if !strings.HasSuffix(want, "\n>\n"+cite) {
		t.Fatalf("the expected quote does not end with the citation:\n%s", want)
	}

	env := []string{"XDG_STATE_HOME=" + shellQuote(t.TempDir())}
	tm := startTerm(t, w, h, env, corpusDir)
	// tmux makes a paste buffer of what an application copies with OSC 52.
	tm.tmux("set-option", "-g", "set-clipboard", "on")
	tm.waitFor("P4")
	tm.keys("Enter")
	tm.waitForPage()
	// Scroll the first sentence's line to the top, one line at a time.
	down := make([]string, top)
	for i := range down {
		down[i] = "j"
	}
	if len(down) > 0 {
		tm.keys(down...)
	}
	para := sents[pick].Para
	tm.keys("v")
	tm.waitFor(fmt.Sprintf("1 sentence · ¶%d ", para))
	tm.keys("j")
	tm.waitFor(fmt.Sprintf("2 sentences · ¶%d ", para))
	tm.keys("y")
	tm.waitFor("copied 2 sentences with the citation")
	deadline := time.Now().Add(15 * time.Second)
	for strings.TrimSpace(tm.tmux("list-buffers")) == "" {
		if time.Now().After(deadline) {
			t.Fatal("tmux has no paste buffer: the OSC 52 copy did not arrive")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if got := tm.tmux("show-buffer"); got != want {
		t.Errorf("tmux buffer\n%s\nwant\n%s", got, want)
	}
	tm.keys("C-c")
	tm.waitFor("EXITED 0")
}

// TestTerminalStdinIsTerminal: `talks -` in a terminal would read the keys
// the app needs as a transcript and never quit; it says so instead.
func TestTerminalStdinIsTerminal(t *testing.T) {
	tm := startTerm(t, 100, 10, nil, "-")
	tm.waitFor("pipe a transcript in")
	tm.waitFor("EXITED 2")
}
