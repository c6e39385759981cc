package bookmarks

import "talks/ui/kit"

// Styles are what the bookmark list draws with: a picker's title, cursor
// row and status line.
type Styles struct {
	// Picker is the picker's styles.
	Picker kit.PickerStyles
}

// DefaultStyles are the styles for a dark or a light background.
func DefaultStyles(isDark bool) Styles { return StylesFrom(kit.DefaultStyles(isDark)) }

// StylesFrom takes the list's styles from the app's palette.
func StylesFrom(p kit.Styles) Styles { return Styles{Picker: p.PickerStyles()} }
