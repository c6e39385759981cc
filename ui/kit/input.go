package kit

import (
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// NewInput is a query line with a steady cursor (a blinking one would keep
// the program and the tests busy).
func NewInput(prompt, placeholder string) textinput.Model {
	in := textinput.New()
	in.Prompt = prompt
	in.Placeholder = placeholder
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	return in
}

// InputStyles are a query line's styles: the prompt while it has the
// focus, and the placeholder (and the prompt without the focus).
type InputStyles struct {
	// Prompt is the prompt while the line has the focus.
	Prompt lipgloss.Style
	// Faint is the placeholder, and the prompt without the focus.
	Faint lipgloss.Style
}

// InputStyles are the query line's styles of the palette.
func (p Styles) InputStyles() InputStyles { return InputStyles{Prompt: p.Title, Faint: p.Faint} }

// InputView is a query line w cells wide.
func InputView(in textinput.Model, w int, st InputStyles) string {
	s := in.Styles()
	s.Focused.Prompt = st.Prompt
	s.Blurred.Prompt = st.Faint
	s.Focused.Placeholder = st.Faint
	s.Blurred.Placeholder = st.Faint
	in.SetStyles(s)
	in.SetWidth(max(1, w-ansi.StringWidth(in.Prompt)-1))
	return FitLine(in.View(), w)
}
