package detect

import (
	"context"
	"io"
	"time"
)

// Timeout is how long to wait for the terminal's replies: a terminal that
// answers at all answers DA1 within a few milliseconds, even over ssh; past
// it the Choice is made from what came (half-blocks when nothing did).
const Timeout = 1500 * time.Millisecond

// TmuxGrace is how long to wait, in tmux with passthrough, for the outer
// terminal's kitty reply after tmux's own DA1: tmux answers DA1 at once
// and passes the outer reply on later.
const TmuxGrace = 300 * time.Millisecond

// Exchange asks the terminal outside Bubble Tea (for `talks show`): it
// writes Query to w and reads replies from r until Done, ctx ends or
// Timeout passes (when ctx has no earlier deadline). The
// caller puts the terminal in raw mode first (x/term.MakeRaw on its file
// descriptor) and restores it after, and only when both are a terminal.
// The read runs in a goroutine that stays blocked on r if the terminal
// never answers; that is fine for a command that exits next.
func Exchange(ctx context.Context, r io.Reader, w io.Writer, env Env) (Choice, error) {
	d := New(env)
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	if _, err := io.WriteString(w, d.Query()); err != nil {
		return d.Choice(), err
	}
	chunks := make(chan []byte, 8)
	go func() {
		defer close(chunks)
		for {
			buf := make([]byte, 256)
			n, err := r.Read(buf)
			if n > 0 {
				chunks <- buf[:n]
			}
			if err != nil {
				return
			}
		}
	}()
	var grace <-chan time.Time
	for !d.Done() {
		if grace == nil && env.Tmux && env.Passthrough && d.Facts().Answered {
			grace = time.After(TmuxGrace)
		}
		select {
		case b, ok := <-chunks:
			if !ok {
				d.Expire()
				continue
			}
			d.Feed(b)
		case <-grace:
			d.Expire()
		case <-ctx.Done():
			d.Expire()
		}
	}
	return d.Choice(), nil
}
