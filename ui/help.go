package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"github.com/charmbracelet/x/ansi"
	"talks/model"
	"talks/ui/kit"
)

// hintBar is the one-line help of state s, w cells wide, made by the help
// bubble from the state's bindings.
func hintBar(k keyring, s state, w int, st kit.Styles) string {
	h := help.New()
	h.Styles = st.Help
	h.SetWidth(w)
	return kit.FitLine(h.View(k.helpFor(s)), w)
}

// buildText lays out the full help and the warnings for the screen's width
// and styles: on resize and restyle, and when a corpus comes in (resize
// follows), never per key or frame.
func (m *Model) buildText() {
	m.help.SetLines(helpLines(m.keyring(), m.width, m.styles))
	m.warnings.SetLines(warningLines(m.corpusWarnings(), m.opts.Source, m.width, m.styles))
}

// corpusWarnings are the problems met while loading, none before the
// corpus is in.
func (m Model) corpusWarnings() []model.Warning {
	if m.corpus == nil {
		return nil
	}
	return m.corpus.Warnings
}

// warningLines are the problems met loading source, wrapped to w cells.
func warningLines(ws []model.Warning, source string, w int, st kit.Styles) []string {
	lines := []string{st.Title.Render(kit.Ellipsis(fmt.Sprintf("%s while loading %s", kit.Plural(len(ws), "problem"), source), w))}
	for _, x := range ws {
		wrapped := ansi.Wrap(x.Error(), max(1, w-2), "")
		for i, s := range strings.Split(wrapped, "\n") {
			prefix := "  "
			if i == 0 {
				prefix = st.Warning.Render("⚠ ")
			}
			lines = append(lines, prefix+s)
		}
	}
	return lines
}

// helpLines is the full help for a screen w cells wide: every group of
// bindings under its title, in two columns when they fit.
func helpLines(k keyring, w int, st kit.Styles) []string {
	groups := k.fullHelp()
	keyW := 0
	for _, g := range groups {
		for _, b := range g.Bindings {
			keyW = max(keyW, ansi.StringWidth(b.Help().Key))
		}
	}
	var cols [][]string
	var col []string
	colW := 0
	for _, g := range groups {
		block := []string{st.Title.Render(g.Title)}
		for _, b := range g.Bindings {
			if !b.Enabled() {
				continue
			}
			line := "  " + st.Help.FullKey.Render(fmt.Sprintf("%-*s", keyW, b.Help().Key)) +
				"  " + st.Help.FullDesc.Render(b.Help().Desc)
			colW = max(colW, ansi.StringWidth(line))
			block = append(block, line)
		}
		col = append(col, block...)
		col = append(col, "")
		cols = append(cols, col)
		col = nil
	}
	// cols holds one block per group; flow them into one or two columns.
	var all []string
	for _, c := range cols {
		all = append(all, c...)
	}
	const gap = 4
	if 2*colW+gap > w {
		return all
	}
	// Split between groups where the taller column is shortest.
	best, split, n := len(all), 0, 0
	for i, c := range cols {
		n += len(c)
		if h := max(n, len(all)-n); h < best {
			best, split = h, i+1
		}
	}
	var left, right []string
	for i, c := range cols {
		if i < split {
			left = append(left, c...)
		} else {
			right = append(right, c...)
		}
	}
	return kit.JoinColumns(kit.FitBlock(left, colW+gap, max(len(left), len(right))), right, "")
}
