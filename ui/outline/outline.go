// Package outline is the list of a talk's sections (## headings and
// deeper, indented by level), with the cursor on the one being read;
// enter asks the root to show the talk at the section chosen.
package outline

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"talks/model"
	"talks/ui/intent"
	"talks/ui/kit"
)

// Name is the outline's name in the intents it sends.
const Name = "outline"

// hint is the status line's text when there is no message.
const hint = "enter: go to section"

// KeyMap is the outline's keys: moving, and enter to go.
type KeyMap struct {
	kit.NavKeyMap
	// Select goes to the section under the cursor.
	Select key.Binding
}

// DefaultKeyMap is less/vim moves and enter.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NavKeyMap: kit.DefaultNavKeyMap(),
		Select:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go/open")),
	}
}

// ShortHelp is the outline's keys for the hint bar.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Select, k.Down, k.Up} }

// FullHelp is every key of the outline.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Select}, k.NavKeyMap.Bindings()}
}

// Styles are what the outline draws with: a picker's.
type Styles struct {
	// Picker is the picker's styles.
	Picker kit.PickerStyles
}

// StylesFrom takes the outline's styles from the app's palette.
func StylesFrom(p kit.Styles) Styles { return Styles{Picker: p.PickerStyles()} }

// Model is the outline of one talk.
type Model struct {
	// KeyMap is the outline's keys.
	KeyMap KeyMap
	// Flash, when set, is shown in the status line instead of the hint.
	Flash string

	talk          *model.Talk
	picker        kit.Picker
	blocks        []int // blocks[i] is the index in Talk.Blocks of item i
	width, height int
	styles        Styles
}

// New lists t's sections with the cursor on the one being read (the last
// section starting at or before block top).
func New(t *model.Talk, top int) Model {
	m := Model{
		KeyMap: DefaultKeyMap(),
		talk:   t,
		picker: kit.Picker{Title: "Outline · " + kit.TitleOf(t), Empty: "This talk has no sections."},
		styles: StylesFrom(kit.DefaultStyles(true)),
	}
	for _, b := range t.Sections() {
		bl := t.Blocks[b]
		indent := strings.Repeat("  ", max(0, bl.Level-2))
		m.picker.Items = append(m.picker.Items, indent+bl.Text)
		m.blocks = append(m.blocks, b)
		if b <= top {
			m.picker.Cursor = len(m.picker.Items) - 1
		}
	}
	return m
}

// SetSize sets the pane's size.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// SetStyles sets the styles.
func (m *Model) SetStyles(st Styles) { m.styles = st }

// Update handles the moves and enter, which asks to show the talk at the
// section under the cursor (or, with no sections, to close).
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.KeyMap.Select) {
		if len(m.blocks) == 0 {
			return m, intent.Cmd(intent.Close{From: Name})
		}
		return m, intent.Cmd(intent.OpenTalk{Talk: m.talk, Block: m.blocks[m.picker.Cursor]})
	}
	m.picker = m.picker.Update(msg, m.KeyMap.NavKeyMap, m.height)
	return m, nil
}

// View is the outline, as large as SetSize said.
func (m Model) View() string {
	status := hint
	if m.Flash != "" {
		status = m.Flash
	}
	return strings.Join(m.picker.View(m.width, m.height, status, m.styles.Picker), "\n")
}
