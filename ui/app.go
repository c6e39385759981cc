// Package ui is the reading app: a Bubble Tea program whose root model
// routes messages to the screen shown and composes the layout. The
// screens are components in their own packages: the talk list (ui/list,
// filled as a streamed load brings talks in), the reading pane (ui/reader:
// the page rendered by package render, search in the talk, quoting), the
// outline and image list (ui/outline, ui/images), the fuzzy finder over
// titles and speakers (ui/finder, pinyin too), full-text search
// (ui/search) and bookmarks with notes (ui/bookmarks). They ask the root
// through the messages of ui/intent; the root keeps the reading positions
// (package state), the full help and the loading warnings.
package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"
	"talks/index"
	"talks/model"
	talkstate "talks/state"
	"talks/ui/bookmarks"
	"talks/ui/finder"
	"talks/ui/images"
	"talks/ui/kit"
	"talks/ui/list"
	"talks/ui/outline"
	"talks/ui/reader"
	"talks/ui/search"
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

// Model is the app's root model.
type Model struct {
	opts   Options
	keys   KeyMap
	styles kit.Styles
	state  state
	// from is the screen each screen goes back to.
	from [numStates]state

	width, height int
	isDark        bool
	noColor       bool

	corpus *model.Corpus
	// ix is the finder's and search's index, nil until built.
	ix *index.Index
	// loading is the news of a load that streams its talks.
	loading loadProgress

	list     list.Model
	reader   reader.Model
	outline  outline.Model
	images   images.Model
	finder   finder.Model
	search   search.Model
	marks    bookmarks.Model  // the bookmark list
	note     bookmarks.Prompt // the prompt of a new bookmark's note
	help     kit.TextView
	warnings kit.TextView
	flash    string // a one-off message for the status line

	// places keeps where talks were left; quitAnyway is set once a save
	// on the way out failed and said so.
	places     places
	quitAnyway bool

	open     func(target string) error
	copyText func(s string) error
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
		list:     list.New(nil),
		reader:   reader.New(),
		outline:  outline.Model{KeyMap: outline.DefaultKeyMap()},
		images:   images.Model{KeyMap: images.DefaultKeyMap()},
		finder:   finder.New(),
		search:   search.New(),
		marks:    bookmarks.New(opts.State),
		places:   places{store: opts.State, seen: map[*model.Talk]int{}},
		open:     openTarget,
		copyText: systemClipboard,
	}
}

// loadedMsg carries the loaded corpus.
type loadedMsg struct{ corpus *model.Corpus }

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
