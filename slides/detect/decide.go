package detect

import (
	"strings"

	"github.com/charmbracelet/colorprofile"

	"talks/slides"
)

// Env is what the app knows of its session without asking the terminal.
type Env struct {
	// Tmux is true when TMUX is set: the app runs inside tmux.
	Tmux bool
	// Passthrough is true when tmux's allow-passthrough is on (see
	// TmuxPassthrough); only then are sequences wrapped for the outer
	// terminal.
	Passthrough bool
	// Colors is the colour profile the app's output keeps (Bubble Tea's
	// tea.ColorProfileMsg). Kitty ids travel in a 256-colour foreground and
	// half-blocks in colours, so below ANSI256 neither is used; zero
	// (Unknown) is taken as TrueColor.
	Colors colorprofile.Profile
}

// Choice is the protocol to draw with and how.
type Choice struct {
	Protocol slides.Protocol
	// Passthrough wraps kitty's out-of-band sequences for tmux.
	Passthrough bool
	// CellWidth and CellHeight are the cell's pixels, 0 when the terminal
	// did not say.
	CellWidth, CellHeight int
	// Why says in a few words what decided it, for a debug line.
	Why string
}

// noPlaceholders are terminals (by the start of their XTVERSION name) that
// answer the kitty query OK but do not draw Unicode placeholders: WezTerm
// draws a U=1 placement at the cursor and shows U+10EEEE as tofu.
var noPlaceholders = []string{"wezterm"}

// itermNames are the terminals (by the start of their XTVERSION name) that
// draw OSC 1337 File= inline images: iTerm2 itself and WezTerm.
var itermNames = []string{"iterm2", "wezterm"}

// Decide picks the protocol from the terminal's replies: kitty (with
// placeholders) > sixel > iTerm2 > half-blocks > none. Nothing is guessed
// from environment variables: kitty needs the OK reply to the kitty query,
// sixel attribute 4 in DA1, iTerm2 an XTVERSION name of a terminal that has
// it. In tmux: kitty only through passthrough (its reply proves it reached
// a kitty terminal), sixel when tmux itself says 4 (tmux built with sixel
// draws it in the pane), iTerm2 never (positions would be the outer
// terminal's), else half-blocks, which tmux shows as any text.
func Decide(f Facts, env Env) Choice {
	c := Choice{CellWidth: f.CellWidth, CellHeight: f.CellHeight}
	colors := env.Colors
	if colors == colorprofile.Unknown {
		colors = colorprofile.TrueColor
	}
	coloured := colors >= colorprofile.ANSI256
	name := strings.ToLower(f.Version)
	switch {
	case f.Kitty && coloured && env.Tmux && env.Passthrough:
		c.Protocol, c.Passthrough, c.Why = slides.Kitty, true, "kitty graphics reply through tmux passthrough"
	case f.Kitty && coloured && !env.Tmux && !hasPrefix(name, noPlaceholders):
		c.Protocol, c.Why = slides.Kitty, "kitty graphics reply"
	case f.Sixel():
		c.Protocol, c.Why = slides.Sixel, "sixel in the device attributes"
	case !env.Tmux && hasPrefix(name, itermNames):
		c.Protocol, c.Why = slides.ITerm, "terminal "+f.Version+" draws OSC 1337 images"
	case coloured:
		c.Protocol, c.Why = slides.Blocks, "no graphics protocol answered"
	default:
		c.Protocol, c.Why = slides.None, "fewer than 256 colours"
	}
	return c
}

func hasPrefix(name string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}
