package render

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"talks/model"
	"talks/safetext"
)

// clean makes text that came from a transcript safe to print (see
// safetext.Clean).
func clean(s string) string { return safetext.Clean(s) }

// link renders label as a link to target: styled like Glamour's link text,
// an OSC 8 hyperlink when the options ask for one and the target allows.
// In Plain style, or when no hyperlink is made but showTarget asks for it,
// the target follows on a line of its own, indented under the label (on
// the label's line it would often fit only but for the space before it).
func (r *Renderer) link(label, target string, showTarget bool) []string {
	u, linkable := safetext.LinkTarget(target)
	label, target = clean(label), clean(target)
	if r.opts.Style == Plain {
		if target == "" {
			return []string{margin + label}
		}
		return []string{margin + label, margin + "  " + target}
	}
	text := linkStyle(r.opts.Style).Render(label)
	if linkable && r.opts.Hyperlinks {
		return []string{margin + xansi.SetHyperlink(u) + text + xansi.ResetHyperlink()}
	}
	if showTarget && target != "" {
		return []string{margin + text, margin + "  " + target}
	}
	return []string{margin + text}
}

// imageLine is the line that stands for image n of t: "▣ 图 N alt".
func (r *Renderer) imageLine(t *model.Talk, n int) []string {
	if n < 1 || n > len(t.Images) {
		return r.link(fmt.Sprintf("▣ 图 %d", n), "", false)
	}
	img := t.Images[n-1]
	label := fmt.Sprintf("▣ 图 %d", img.N)
	if alt := strings.TrimSpace(img.Alt); alt != "" {
		label += " " + alt
	}
	return r.link(label, img.Target, false)
}

// videoLine is the header's lines with the talk's video link, if any.
func (r *Renderer) videoLine(t *model.Talk) []string {
	u := t.VideoURL()
	if u == "" {
		return nil
	}
	label := "▶ 视频 " + t.VideoID
	if p := t.PartLabel(); p != "" {
		label += " " + p
	}
	return r.link(label, u, true)
}

// sourceLine is the header's line that says where the talk comes from:
// "⌂ file:line", dimmed where there is colour. It is never wrapped: a long
// path loses its start ("⌂ …corpus/talk.md:12"), so that it stays one line
// well inside the text column.
func (r *Renderer) sourceLine(t *model.Talk, width int) string {
	label := clean(fmt.Sprintf("%s:%d", t.File, t.Line))
	if room := max(width-8, 8) - 2; safetext.Width(label) > room {
		label = "…" + xansi.TruncateLeft(label, safetext.Width(label)-room+1, "")
	}
	label = "⌂ " + label
	if r.opts.Style == Plain {
		return margin + label
	}
	return margin + lipgloss.NewStyle().Faint(true).Render(label)
}
