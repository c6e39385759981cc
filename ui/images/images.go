// Package images is the list of a talk's images ("图 n", the alt text and
// the target), with the cursor on the first slide still to come; enter
// asks the root to open the image, c to copy its link.
package images

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/model"
	"talks/ui/intent"
	"talks/ui/kit"
)

// hint is the status line's text when there is no message.
const hint = "enter: open · c: copy link"

// KeyMap is the image list's keys: moving, enter to open, c to copy.
type KeyMap struct {
	kit.NavKeyMap
	// Select opens the image under the cursor.
	Select key.Binding
	// Copy copies its link.
	Copy key.Binding
}

// DefaultKeyMap is less/vim moves, enter and c.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NavKeyMap: kit.DefaultNavKeyMap(),
		Select:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go/open")),
		Copy:      key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy link")),
	}
}

// ShortHelp is the image list's keys for the hint bar.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Select, k.Copy, k.Down, k.Up} }

// FullHelp is every key of the image list.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Select, k.Copy}, k.NavKeyMap.Bindings()}
}

// Styles are what the image list draws with: a picker's.
type Styles struct {
	// Picker is the picker's styles.
	Picker kit.PickerStyles
}

// StylesFrom takes the image list's styles from the app's palette.
func StylesFrom(p kit.Styles) Styles { return Styles{Picker: p.PickerStyles()} }

// Model is the image list of one talk.
type Model struct {
	// KeyMap is the image list's keys.
	KeyMap KeyMap
	// Flash, when set, is shown in the status line instead of the hint.
	Flash string

	picker        kit.Picker
	images        []model.Image
	width, height int
	styles        Styles
}

// New lists t's images with the cursor on the first one at or after block
// top (the first slide still to come).
func New(t *model.Talk, top int) Model {
	m := Model{
		KeyMap: DefaultKeyMap(),
		picker: kit.Picker{Title: "Images · " + kit.TitleOf(t), Empty: "This talk has no images."},
		images: t.Images,
		styles: StylesFrom(kit.DefaultStyles(true)),
	}
	m.picker.Items = m.items(kit.Far)
	m.picker.Cursor = -1
	for i := max(0, top); i < len(t.Blocks); i++ {
		if b := t.Blocks[i]; b.Kind == model.KindImage && b.Image >= 1 && b.Image <= len(t.Images) {
			m.picker.Cursor = b.Image - 1
			break
		}
	}
	if m.picker.Cursor < 0 {
		m.picker.Cursor = max(0, len(t.Images)-1)
	}
	return m
}

// SetSize sets the pane's size.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// SetStyles sets the styles.
func (m *Model) SetStyles(st Styles) { m.styles = st }

// Label is the short name the text gives an image, "图 3".
func Label(img model.Image) string { return fmt.Sprintf("图 %d", img.N) }

// Update handles the moves, enter (which asks to open the image under the
// cursor) and c (which asks to copy its link).
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && len(m.images) > 0 {
		img := m.images[m.picker.Cursor]
		switch {
		case key.Matches(k, m.KeyMap.Select):
			return m, intent.Cmd(intent.OpenURL{What: Label(img), Target: img.Target})
		case key.Matches(k, m.KeyMap.Copy):
			return m, intent.Cmd(intent.Copy{Kind: intent.Link, Text: img.Target, Done: "copied the link of " + Label(img)})
		}
	}
	m.picker = m.picker.Update(msg, m.KeyMap.NavKeyMap, m.height)
	return m, nil
}

// View is the image list, as large as SetSize said.
func (m Model) View() string {
	status := hint
	if m.Flash != "" {
		status = m.Flash
	}
	p := m.picker
	p.Items = m.items(m.width)
	return strings.Join(p.View(m.width, m.height, status, m.styles.Picker), "\n")
}

// items are the list's items for a pane w cells wide: "图 n", the alt text,
// and the target, cut on the left (its file name is what tells images
// apart) to fit.
func (m Model) items(w int) []string {
	labelW := 0
	for _, img := range m.images {
		labelW = max(labelW, ansi.StringWidth(Label(img)))
	}
	out := make([]string, len(m.images))
	for i, img := range m.images {
		label := Label(img)
		s := label + strings.Repeat(" ", labelW-ansi.StringWidth(label)+2)
		if img.Alt != "" {
			s += img.Alt + "  "
		}
		room := w - 2 - ansi.StringWidth(s) // the picker indents by 2
		target := img.Target
		if tw := ansi.StringWidth(target); tw > room && room > 1 {
			target = ansi.TruncateLeft(target, tw-room+1, "…")
		}
		out[i] = s + target
	}
	return out
}
