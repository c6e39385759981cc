package detect

import (
	"context"
	"os/exec"
	"strings"
)

// InTmux says whether the session runs inside tmux: TMUX is set (getenv is
// os.Getenv, or a test's). This is a fact about the session, not a guess
// about the terminal's graphics.
func InTmux(getenv func(string) string) bool {
	return getenv("TMUX") != ""
}

// TmuxPassthrough reads `tmux show -gv allow-passthrough` from the tmux the
// session runs in and says whether passthrough is on ("on" or "all"). It
// only reads the option, never sets it: a user who has not enabled it gets
// half-blocks or sixel, not a changed tmux.
func TmuxPassthrough(ctx context.Context) (bool, error) {
	out, err := exec.CommandContext(ctx, "tmux", "show", "-gv", "allow-passthrough").Output()
	if err != nil {
		return false, err
	}
	return PassthroughOn(string(out)), nil
}

// PassthroughOn reads the value of allow-passthrough as tmux prints it.
func PassthroughOn(value string) bool {
	switch strings.TrimSpace(value) {
	case "on", "all":
		return true
	}
	return false
}
