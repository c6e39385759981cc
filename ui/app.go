// Package ui is the reading app: a Bubble Tea program with a talk list
// (filled as a streamed load brings talks in), a reading pane rendered by
// package render with find-in-talk, an outline and an image list, a fuzzy
// finder over titles and speakers (pinyin too), full-text search over every
// talk, quoting (selecting sentences and copying them with their citation),
// bookmarks with notes and remembered reading positions kept by package
// state, the loading warnings and full help.
package ui

import (
	"context"
	"fmt"

	"talks/index"
	"talks/model"
	"talks/render"
	talkstate "talks/state"
	"talks/ui/bookmarks"
	"talks/ui/finder"
	"talks/ui/images"
	"talks/ui/intent"
	"talks/ui/kit"
	"talks/ui/list"
	"talks/ui/outline"
	"talks/ui/reader"
	"talks/ui/search"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Options say what the app reads.
type Options struct {
	// Load loads the corpus; it runs inside a command, never in Update.
	Load func(ctx context.Context) *model.Corpus
	// Source says what is being read, such as "demo corpus" or the paths.
	Source string
	// Demo shows a line saying the demo corpus is open and how to open
	// one's own files.
	Demo bool
	// LoadStream, when set, is used instead of Load: the list shows the
	// talks as they come in, with the files and talks so far in the status
	// line, until the corpus is loaded.
	LoadStream LoadStreamFunc
	// State keeps reading positions, the last talk and bookmarks across
	// sessions; nil keeps nothing.
	State *talkstate.Store
	// StateWarning is a one-line problem met opening State (a broken file
	// moved aside), shown in the status line at start.
	StateWarning string
	// Context, when set, is the parent of the load's context; nil means
	// context.Background. Quitting the app cancels the load either way.
	Context context.Context
}

// state is the screen the app is on; it routes keys to a sub-model.
type state int

const (
	stateLoading   state = iota // the corpus is loading
	stateList                   // the talk list has the focus
	stateReader                 // a talk is being read
	stateOutline                // the open talk's sections
	stateImages                 // the open talk's images
	stateHelp                   // full help
	stateWarnings               // problems met while loading
	stateFinder                 // the fuzzy finder over talks and speakers
	stateSearch                 // full-text search over every talk
	stateNote                   // typing a new bookmark's note
	stateBookmarks              // the list of all bookmarks
	// stateSelect is only the hint bar's: sentences are being selected in
	// the reader, which keeps the focus (see hintState).
	stateSelect
)

// stateNames are the states' names, in the enum's order.
var stateNames = [...]string{"loading", "list", "reader", "outline", "images", "help",
	"warnings", "finder", "search", "note", "bookmarks", "select"}

// String is the state's name, such as "reader", for test failures and logs.
func (s state) String() string {
	if s >= 0 && int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("state(%d)", int(s))
}

// wideWidth is the terminal width from which the list and the reader are
// shown side by side.
const wideWidth = 120

// loadedMsg carries the loaded corpus.
type loadedMsg struct{ corpus *model.Corpus }

// Model is the app's root model.
type Model struct {
	opts   Options
	keys   KeyMap
	styles kit.Styles
	state  state
	back   state // the state help returns to

	width, height int
	isDark        bool
	noColor       bool

	corpus   *model.Corpus
	list     list.Model
	reader   reader.Model
	outline  outline.Model
	images   images.Model
	help     kit.TextView
	warnings kit.TextView
	flash    string // a one-off message for the status line
	// ix is the finder's and search's index, nil until built.
	ix     *index.Index
	finder finder.Model
	// finderFrom is the screen the finder returns to.
	finderFrom state
	search     search.Model
	// searchFrom is the screen the search screen returns to.
	searchFrom state
	// seen is the block each talk read in this session had at the top.
	seen map[*model.Talk]int
	// marks is the bookmark list, note the prompt of a new bookmark's note.
	marks bookmarks.Model
	note  bookmarks.Prompt
	// marksFrom is the screen the bookmark list returns to.
	marksFrom state
	// quitAnyway is set once a save on the way out failed and said so.
	quitAnyway bool

	open     func(target string) error
	copyText func(s string) error
	// loading is the news of a load that streams its talks.
	loading loadProgress
	// ctx is the load's context; cancel ends it when the app quits.
	ctx    context.Context
	cancel context.CancelFunc
}

// New returns the app, ready to be run by tea.NewProgram.
func New(opts Options) Model {
	parent := opts.Context
	if parent == nil {
		parent = context.Background()
	}
	ctx, cancel := context.WithCancel(parent)
	return Model{
		ctx:      ctx,
		cancel:   cancel,
		opts:     opts,
		keys:     DefaultKeyMap(),
		styles:   kit.DefaultStyles(true),
		isDark:   true,
		reader:   reader.New(),
		list:     list.New(nil),
		outline:  outline.Model{KeyMap: outline.DefaultKeyMap()},
		images:   images.Model{KeyMap: images.DefaultKeyMap()},
		finder:   finder.New(),
		marks:    bookmarks.New(opts.State),
		search:   search.New(),
		seen:     map[*model.Talk]int{},
		open:     openTarget,
		copyText: systemClipboard,
	}
}

// Init loads the corpus and asks the terminal for its background colour.
func (m Model) Init() tea.Cmd {
	if m.opts.LoadStream != nil {
		return tea.Batch(streamLoad(m.ctx, m.opts.LoadStream), tea.RequestBackgroundColor)
	}
	load, ctx := m.opts.Load, m.ctx
	return tea.Batch(func() tea.Msg {
		var c *model.Corpus
		if load != nil {
			c = load(ctx)
		}
		if c == nil {
			c = &model.Corpus{}
		}
		return loadedMsg{corpus: c}
	}, tea.RequestBackgroundColor)
}

// Update handles a message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(0, msg.Width), max(0, msg.Height)
		return m, m.resize()
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		return m, m.restyle()
	case tea.EnvMsg:
		m.noColor = msg.Getenv("NO_COLOR") != ""
		return m, m.restyle()
	case streamMsg:
		return m, m.streamed(msg)
	case loadedMsg:
		return m, tea.Batch(m.loaded(msg.corpus), buildIndex(msg.corpus.Talks))
	case indexedMsg:
		return m, m.indexed(msg.ix)
	case finder.ResultsMsg:
		var cmd tea.Cmd
		m.finder, cmd = m.finder.Update(msg)
		return m, cmd
	case search.ResultsMsg:
		var cmd tea.Cmd
		m.search, cmd = m.search.Update(msg)
		return m, cmd
	case intent.Copy:
		return m, copyCmd(m.copyText, msg)
	case intent.OpenURL:
		return m, openCmd(m.open, msg.What, msg.Target)
	case intent.OpenHit:
		return m, m.openHit(msg)
	case reader.PageMsg:
		var cmd tea.Cmd
		m.reader, cmd = m.reader.Update(msg)
		return m, cmd
	case openedMsg:
		if msg.err != nil {
			m.flash = fmt.Sprintf("cannot open %s: %v", msg.what, msg.err)
		} else {
			m.flash = "opened " + msg.what
		}
		return m, nil
	case copiedMsg:
		m.flash = msg.status()
		return m, nil
	case savedMsg:
		return m, m.saved(msg)
	case intent.OpenTalk:
		return m, m.openTalkAt(msg.Talk, msg.Block)
	case intent.Flash:
		m.flash = msg.Text
		return m, nil
	case intent.Save:
		return m, m.saveState()
	case intent.Close:
		if msg.From == m.state.String() {
			m.state = m.backFrom(m.state)
		}
		return m, nil
	case tea.QuitMsg:
		// The program ends on a QuitMsg without handing it on; one that
		// reaches Update (from a parent model) still ends the load.
		if m.cancel != nil {
			m.cancel()
		}
		return m, nil
	case tea.KeyPressMsg:
		m.flash = ""
		if key.Matches(msg, m.keys.ForceQuit) {
			return m, m.quit(true)
		}
		return m.updateKey(msg)
	case tea.MouseWheelMsg:
		return m.updateWheel(msg)
	case tea.MouseClickMsg:
		if m.state == stateReader && !m.overList(msg.Mouse()) {
			m.reader, _ = m.reader.Update(tea.MouseClickMsg(m.inReader(msg.Mouse())))
			return m, nil
		}
		return m.updateClick(msg)
	case tea.MouseMotionMsg:
		if m.state == stateReader {
			m.reader, _ = m.reader.Update(tea.MouseMotionMsg(m.inReader(msg.Mouse())))
		}
		return m, nil
	case tea.MouseReleaseMsg: // a drag ends wherever the button comes up
		m.reader, _ = m.reader.Update(tea.MouseReleaseMsg(m.inReader(msg.Mouse())))
		return m, nil
	}
	return m, nil
}

// loaded takes in the corpus and shows the list, or the talk open when
// talks last quit (or the talk, when there is only one).
func (m *Model) loaded(c *model.Corpus) tea.Cmd {
	if m.loading.running {
		return m.finishStream(c)
	}
	m.corpus = c
	m.list = m.list.Reset(c.Talks)
	m.keys.Warnings.SetEnabled(len(c.Warnings) > 0)
	m.warnings.GotoTop()
	m.state = stateList
	m.flash = m.opts.StateWarning
	cmd := tea.Batch(m.resize(), m.preview())
	if t := m.lastTalk(); t != nil {
		return tea.Batch(cmd, m.openTalk(t))
	}
	if len(c.Talks) == 1 {
		return tea.Batch(cmd, m.openTalk(c.Talks[0]))
	}
	return cmd
}

// restyle rebuilds the styles after the background or NO_COLOR changed.
func (m *Model) restyle() tea.Cmd {
	if m.noColor {
		m.styles = kit.PlainStyles()
	} else {
		m.styles = kit.DefaultStyles(m.isDark)
	}
	m.marks.SetStyles(bookmarks.StylesFrom(m.styles))
	m.finder.SetStyles(finder.StylesFrom(m.styles))
	m.search.SetStyles(search.StylesFrom(m.styles))
	m.list.SetStyles(list.StylesFrom(m.styles))
	m.outline.SetStyles(outline.StylesFrom(m.styles))
	m.images.SetStyles(images.StylesFrom(m.styles))
	m.buildText()
	return m.reader.SetStyles(reader.StylesFrom(m.styles, m.pageStyle()))
}

// pageStyle is the render style for the terminal.
func (m Model) pageStyle() render.Style {
	switch {
	case m.noColor:
		return render.Plain
	case m.isDark:
		return render.Dark
	}
	return render.Light
}

// resize lays the panes out again for the terminal's size.
func (m *Model) resize() tea.Cmd {
	l := m.layout()
	m.list.SetSize(l.listW, l.listRows)
	m.outline.SetSize(l.readW, l.paneH)
	m.images.SetSize(l.readW, l.paneH)
	m.buildText()
	m.marks.SetSize(l.readW, l.paneH)
	m.finder.SetSize(m.width, l.paneH)
	m.search.SetSize(m.width, l.paneH)
	return m.reader.SetSize(l.readW, l.paneH)
}

// openTalk shows t in the reader, gives it the focus and puts the list's
// cursor on it; the reading state is saved.
func (m *Model) openTalk(t *model.Talk) tea.Cmd {
	m.list.Select(t)
	m.state = stateReader
	cmd := m.show(t)
	m.markOpened(t)
	return tea.Batch(cmd, m.saveState())
}

// openTalkAt opens t with block at the top (intent.Resume: where it was
// left).
func (m *Model) openTalkAt(t *model.Talk, block int) tea.Cmd {
	cmd := m.openTalk(t)
	if block != intent.Resume {
		m.reader.Jump(block)
	}
	return cmd
}

// backFrom is the screen that s goes back to when it closes.
func (m Model) backFrom(s state) state {
	switch s {
	case stateBookmarks:
		return m.marksFrom
	case stateFinder:
		return m.finderFrom
	case stateSearch:
		return m.searchFrom
	case stateNote, stateOutline, stateImages:
		return stateReader
	}
	return stateList
}

// show puts t in the reading pane where it was last left (in this session,
// else as the reading state has it), remembering where the talk it
// replaces was left.
func (m *Model) show(t *model.Talk) tea.Cmd {
	if t == nil {
		return nil
	}
	if cur := m.reader.Talk(); cur != nil && cur != t {
		m.seen[cur] = m.reader.TopBlock()
		m.remember(cur, m.reader.PlaceBlock())
	}
	b, ok := m.seen[t]
	if !ok {
		b = m.savedBlock(t)
	}
	return m.reader.Show(t, b)
}
