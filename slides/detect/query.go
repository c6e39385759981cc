package detect

import (
	"github.com/charmbracelet/x/ansi"
)

// KittyQueryID is the image id of the kitty graphics query; its reply
// names it.
const KittyQueryID = 31

// The queries, each answered by a reply the Detector reads.
const (
	// KittyQuery asks for kitty graphics: a 1×1 RGB image, query only
	// (a=q): a kitty-graphics terminal answers ESC _Gi=31;OK ESC \ and
	// stores nothing; others ignore it.
	KittyQuery = "\x1b_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\x1b\\"
	// VersionQuery is XTVERSION (CSI > q): the reply DCS > | name ST names
	// the terminal, e.g. "kitty(0.35.2)", "WezTerm 20240203", "iTerm2 3.5.4".
	VersionQuery = ansi.RequestNameVersion
	// CellSizeQuery asks the cell's pixel size (CSI 16 t); the reply is
	// CSI 6 ; height ; width t.
	CellSizeQuery = "\x1b[16t"
	// AttributesQuery is DA1 (CSI c). Every terminal answers it, and it is
	// sent last: terminals answer in order, so its reply closes the
	// others'. Attribute 4 in the reply is sixel.
	AttributesQuery = ansi.RequestPrimaryDeviceAttributes
)

// Query is the bytes to send once, out of band (tea.Raw), to learn what
// the terminal draws. Outside tmux: the kitty query, XTVERSION, the cell
// size and DA1. In tmux, tmux itself answers XTVERSION, the cell size and
// DA1 (with 4 when it draws sixel itself); the kitty query can only reach
// the outer terminal through passthrough, so it is sent, wrapped, only when
// env.Passthrough is on.
func Query(env Env) string {
	if !env.Tmux {
		return KittyQuery + VersionQuery + CellSizeQuery + AttributesQuery
	}
	q := VersionQuery + CellSizeQuery + AttributesQuery
	if env.Passthrough {
		q = ansi.TmuxPassthrough(KittyQuery) + q
	}
	return q
}
