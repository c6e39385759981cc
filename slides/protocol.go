package slides

import (
	"fmt"
	"strings"
)

// Protocol is a way of drawing an image in a terminal.
type Protocol int

// The protocols, from "draw nothing" to the best.
const (
	// None draws no image: the reader shows the numbered link only.
	None Protocol = iota
	// Blocks draws with the upper half block ▀, a 24-bit foreground colour
	// for the top pixel and a background colour for the bottom one: SGR
	// only, so it works in any true-colour terminal and in tmux.
	Blocks
	// Kitty is the kitty graphics protocol with Unicode placeholders: the
	// image is sent once out of band, and the text lines hold U+10EEEE
	// cells whose foreground colour names the image.
	Kitty
	// Sixel is DEC sixel graphics, drawn at the cursor.
	Sixel
	// ITerm is iTerm2's inline image protocol (OSC 1337 File=), drawn at
	// the cursor.
	ITerm
)

var protocolNames = [...]string{None: "none", Blocks: "blocks", Kitty: "kitty", Sixel: "sixel", ITerm: "iterm"}

// String is the protocol's name as the --images flag spells it.
func (p Protocol) String() string {
	if p < 0 || int(p) >= len(protocolNames) {
		return fmt.Sprintf("Protocol(%d)", int(p))
	}
	return protocolNames[p]
}

// Auto is the --images value that asks the terminal which protocol it has.
const Auto = "auto"

// ParseProtocol reads an --images value: auto, kitty, sixel, iterm, blocks
// or none (any case). auto is true for "auto", and p is then None: the
// caller runs detection.
func ParseProtocol(s string) (p Protocol, auto bool, err error) {
	name := strings.ToLower(strings.TrimSpace(s))
	if name == Auto {
		return None, true, nil
	}
	for i, n := range protocolNames {
		if n == name {
			return Protocol(i), false, nil
		}
	}
	return None, false, fmt.Errorf("unknown image protocol %q (want auto, kitty, sixel, iterm, blocks or none)", s)
}

// pixelBased says whether the protocol sends real pixels (and so should not
// enlarge an image past its own size).
func (p Protocol) pixelBased() bool {
	return p == Kitty || p == Sixel || p == ITerm
}
