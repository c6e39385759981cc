// Package detect asks the terminal which image protocol it draws, and
// decides.
//
// The app sends Query once, out of band, and reads the replies: the kitty
// graphics query (a 1×1 image with a=q; a kitty-graphics terminal answers
// OK), XTVERSION (the terminal's name), the cell's pixel size (CSI 16 t),
// and DA1 last, which every terminal answers and in order, so its reply
// closes the others. Decide then picks kitty > sixel (DA1 attribute 4) >
// iTerm2 (an XTVERSION name of a terminal that draws OSC 1337 images) >
// half-blocks, from replies only, never from environment variables.
//
// In tmux (TMUX set), tmux answers DA1 and XTVERSION itself, and the kitty
// query reaches the outer terminal only through DCS passthrough, which is
// used only when the user enabled allow-passthrough (TmuxPassthrough reads
// it, never sets it); tmux answers DA1 before the outer reply comes back,
// so the wait there ends on the kitty reply or a short grace.
//
// In a Bubble Tea v2 program: return tea.Raw(d.Query()) from Init, pass
// every message to d.Observe (it takes uv.KittyGraphicsEvent,
// uv.PrimaryDeviceAttributesEvent, uv.CellSizeEvent and
// tea.TerminalVersionMsg), and arm a tea.Tick of Timeout (TmuxGrace after
// DA1 in tmux) that calls d.Expire; once d.Done, d.Choice is the protocol.
// Outside Bubble Tea (talks show), Exchange does the same on a terminal in
// raw mode.
package detect
