package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"talks/ui/bookmarks"
	"talks/ui/finder"
	"talks/ui/images"
	"talks/ui/list"
	"talks/ui/outline"
	"talks/ui/reader"
	"talks/ui/search"
)

// keyring is every key of the app: the root's own and its components',
// as the hint bar and the full help show them.
type keyring struct {
	App     KeyMap
	Marks   bookmarks.KeyMap
	Finder  finder.KeyMap
	Search  search.KeyMap
	Reader  reader.KeyMap
	List    list.KeyMap
	Outline outline.KeyMap
	Images  images.KeyMap
}

// keyring gathers the keys the app runs on now.
func (m Model) keyring() keyring {
	return keyring{App: m.keys, Marks: m.marks.KeyMap, Finder: m.finder.KeyMap, Search: m.search.KeyMap, Reader: m.reader.KeyMap,
		List: m.list.KeyMap, Outline: m.outline.KeyMap, Images: m.images.KeyMap}
}

// helpGroup is a titled group of bindings shown together in the full help.
type helpGroup struct {
	Title    string
	Bindings []key.Binding
}

// bindings is a help.KeyMap made of fixed lists.
type bindings struct {
	short []key.Binding
	full  [][]key.Binding
}

// ShortHelp is the hint bar's bindings.
func (b bindings) ShortHelp() []key.Binding { return b.short }

// FullHelp is the bindings in columns.
func (b bindings) FullHelp() [][]key.Binding { return b.full }

// shortHelp is the hint bar of a state: the few keys that matter there,
// most needed first, since a narrow bar cuts the tail.
func (r keyring) shortHelp(s state) []key.Binding {
	k, marks, rd, ls, ol, im := r.App, r.Marks, r.Reader, r.List, r.Outline, r.Images
	switch s {
	case stateReader:
		return []key.Binding{rd.PageDown, k.Help, k.Back, rd.FindInTalk, k.Finder, k.Outline, k.Images, k.Video, k.NextTalk}
	case stateOutline:
		return []key.Binding{ol.Select, k.Help, k.Back, ol.Down, ol.Up}
	case stateImages:
		return []key.Binding{im.Select, im.Copy, k.Back, k.Help, im.Down, im.Up}
	case stateFinder:
		return append(r.Finder.ShortHelp(), k.Search)
	case stateSearch:
		return append(r.Search.ShortHelp(), k.Finder)
	case stateHelp, stateWarnings:
		return []key.Binding{k.Back, k.ForceQuit, k.Down, k.Up}
	case stateSelect:
		return rd.SelectionHelp()
	case stateLoading:
		return []key.Binding{k.Quit}
	case stateNote:
		return marks.PromptHelp()
	case stateBookmarks:
		return []key.Binding{marks.Select, marks.Delete, k.Back, marks.Down, marks.Up}
	default:
		return []key.Binding{ls.Open, k.Help, k.Quit, k.FindInList, k.Search, k.Warnings, ls.Down, ls.Up}
	}
}

// helpFor is the help.KeyMap of state s: its hint bar, and every binding
// in columns.
func (r keyring) helpFor(s state) help.KeyMap {
	b := bindings{short: r.shortHelp(s)}
	for _, g := range r.fullHelp() {
		b.full = append(b.full, g.Bindings)
	}
	return b
}

// fullHelp is every binding, grouped by where it works.
func (r keyring) fullHelp() []helpGroup {
	k, marks, rd, ls := r.App, r.Marks, r.Reader, r.List
	return []helpGroup{
		{"Moving", k.NavKeyMap.Bindings()},
		{"Talk list", []key.Binding{ls.Open, k.Warnings, k.Quit}},
		{"Reading", append([]key.Binding{k.Outline, k.Images, k.Video, k.PrevTalk, k.NextTalk}, rd.FindHelp()...)},
		{"Finding", []key.Binding{k.Finder, k.FindInList, k.Search, r.Finder.Speakers, r.Finder.ResultDown, r.Finder.ResultUp, r.Finder.Close}},
		{"Outline and images", []key.Binding{r.Outline.Select, r.Images.Copy}},
		{"Bookmarks", []key.Binding{k.Bookmark, k.Bookmarks, marks.Delete, marks.NoteSave, marks.NoteCancel}},
		{"Quoting (reader)", rd.QuoteHelp()},
		{"Everywhere", []key.Binding{k.Help, k.Back, k.ForceQuit}},
	}
}

// hintState is the state whose keys the hint bar shows.
func (m Model) hintState() state {
	if m.state == stateReader && m.reader.Selecting() {
		return stateSelect
	}
	return m.state
}
