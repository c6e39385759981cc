package render

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	"github.com/alecthomas/chroma/v2"
	xansi "github.com/charmbracelet/x/ansi"
)

// This file is the adapter to Glamour: everything render knows about how
// Glamour lays out and styles Markdown is here (its margins, the
// decorations it puts before a line's text, which paragraphs it shows as
// they are, how it styles a paragraph, a link and code), and
// glamour_test.go pins it to the Glamour version in go.mod, so that an
// upgrade that changes any of it fails loudly.

// margin is Glamour's document margin: what leads every line.
const margin = "  "

// rightMargin is the right margin Glamour keeps, as wide as its left one,
// on a page wide enough (minRightMargin cells or more).
const (
	rightMargin    = 2
	minRightMargin = 20
)

// avail is the room for text on a line of a page width cells wide.
func avail(width int) int {
	if width >= minRightMargin {
		return width - rightMargin
	}
	return max(width, 1)
}

// glamourAdapter renders Markdown with Glamour in one style, word wrap
// off. It is safe for use by several goroutines.
type glamourAdapter struct {
	style Style

	mu       sync.Mutex // guards tr: a TermRenderer is not safe for concurrent use
	tr       *glamour.TermRenderer
	err      error
	paraOpen string // what Glamour writes before and after a paragraph's text
	paraEnd  string
}

func newGlamour(st Style) *glamourAdapter { return &glamourAdapter{style: st} }

// render renders Markdown and returns its lines, blank lines at either end
// removed; Markdown Glamour fails on is shown as it is.
func (g *glamourAdapter) render(md string) []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := g.init(); err != nil {
		return strings.Split(md, "\n")
	}
	out, err := g.tr.Render(md)
	if err != nil {
		return strings.Split(md, "\n")
	}
	return trimBlank(strings.Split(out, "\n"))
}

// paragraph is the line Glamour would make of a paragraph of plain text
// (see plainParagraph), without asking it.
func (g *glamourAdapter) paragraph(text string) string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := g.init(); err != nil {
		return margin + text
	}
	return g.paraOpen + text + g.paraEnd
}

// probe is the paragraph init renders to learn how Glamour styles one.
const probe = "PROBE"

// init makes the TermRenderer and learns how it styles a paragraph; g.mu
// must be held.
func (g *glamourAdapter) init() error {
	if g.tr != nil || g.err != nil {
		return g.err
	}
	g.tr, g.err = glamour.NewTermRenderer(glamour.WithStandardStyle(string(g.style)), glamour.WithWordWrap(0))
	if g.err != nil {
		return g.err
	}
	out, err := g.tr.Render(probe)
	if err != nil {
		g.tr, g.err = nil, err
		return err
	}
	for _, l := range strings.Split(out, "\n") {
		if i := strings.Index(l, probe); i >= 0 {
			g.paraOpen, g.paraEnd = l[:i], l[i+len(probe):]
		}
	}
	return nil
}

// trimBlank drops the lines with nothing visible at the start and end.
func trimBlank(lines []string) []string {
	blank := func(s string) bool { return strings.TrimSpace(xansi.Strip(s)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// decorationRE matches what Glamour puts before a line's text: the margin,
// quote bars, and a list item's bullet, number or task box.
var decorationRE = regexp.MustCompile(`^( *(?:[│|┃] +)*)((?:[•◦▪‣*+-]|\d+\.|\[[ x✓]\]) +)?`)

// decoration is the length of what Glamour put before the text of line vis
// (visible text), and of the part of it that leads the line's continuation
// lines: the margin and quote bars, not a list marker.
func decoration(vis string) (prefix, keep int) {
	m := decorationRE.FindStringSubmatchIndex(vis)
	return m[1], m[3]
}

// emojiRE matches Glamour's emoji shortcodes (":smile:").
var emojiRE = regexp.MustCompile(`:[a-z0-9_+-]+:`)

// plainParagraph says whether Glamour would show paragraph text exactly as
// it is: no markup, no entity, no autolink, no emoji, no leading marker and
// no runs of spaces. Such a paragraph is laid out without Glamour, from the
// style Glamour gives any paragraph (see glamourAdapter.paragraph);
// glamour_test.go and a corpus test check this against Glamour.
func plainParagraph(s string) bool {
	if s == "" || strings.ContainsAny(s, "\\`*_[]<>&~|\t\n\r") || strings.Contains(s, "  ") ||
		strings.Contains(s, "://") || strings.Contains(s, "www.") || strings.Contains(s, "@") ||
		s[0] == ' ' || s[len(s)-1] == ' ' || emojiRE.MatchString(s) {
		return false
	}
	switch s[0] {
	case '#', '-', '+', '=', '>', '!':
		return false
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i == 0 || i == len(s) || (s[i] != '.' && s[i] != ')')
}

// maxNesting is how deeply a block's lists and quotes may nest and still go
// to Glamour, whose nested writers take time and memory far more than in
// proportion to the depth (a list nested 400 levels took seconds, 3000
// never finished). A block nested deeper is shown as plain text.
const maxNesting = 16

// escapeMarkdown backslash-escapes the ASCII punctuation Markdown could read
// as markup, so that s renders as the text it is; '&' is written "&amp;"
// (Glamour shows a backslash before it, and decodes what follows it).
func escapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
			continue
		case strings.ContainsRune("\\`*_[]<>#!~|{}()+-.:@", r):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// linkStyle is how Glamour styles a link's text in style st.
func linkStyle(st Style) lipgloss.Style {
	s := lipgloss.NewStyle()
	if st == Plain {
		return s
	}
	c := glamourConfig(st).LinkText
	if c.Color != nil {
		s = s.Foreground(lipgloss.Color(*c.Color))
	}
	if c.Bold != nil {
		s = s.Bold(*c.Bold)
	}
	return s
}

// glamourConfig is Glamour's style configuration for st.
func glamourConfig(st Style) *ansi.StyleConfig {
	if c, ok := styles.DefaultStyles[string(st)]; ok {
		return c
	}
	return &styles.NoTTYStyleConfig
}

// codeIndent is what leads each line of a code block, as Glamour indents
// it: the document's margin, then the code block's.
func codeIndent(st Style) string {
	c := glamourConfig(st)
	n := uint(0)
	if c.Document.Margin != nil {
		n += *c.Document.Margin
	}
	if c.CodeBlock.Margin != nil {
		n += *c.CodeBlock.Margin
	}
	return strings.Repeat(" ", int(n))
}

// codeTheme is the escape that starts a token of each type in a code block
// of style st, as Glamour's code blocks colour them (its chroma settings
// through chroma's terminal256 formatter), or nil for a style without
// colours. Two differences: Glamour registers its chroma style once, under
// one name, for whichever style renders code first (so in a Light renderer
// made after a Dark one, code has the Dark colours), where here each style
// has its own; and chroma picks among equally near palette colours at
// random (its palette is a map), where here the lowest index wins.
func codeTheme(st Style) map[chroma.TokenType]string {
	cfg := glamourConfig(st).CodeBlock.Chroma
	if cfg == nil {
		return nil
	}
	style, err := chroma.NewStyle("talks-"+string(st), chroma.StyleEntries{
		chroma.Text:                chromaStyle(cfg.Text),
		chroma.Error:               chromaStyle(cfg.Error),
		chroma.Comment:             chromaStyle(cfg.Comment),
		chroma.CommentPreproc:      chromaStyle(cfg.CommentPreproc),
		chroma.Keyword:             chromaStyle(cfg.Keyword),
		chroma.KeywordReserved:     chromaStyle(cfg.KeywordReserved),
		chroma.KeywordNamespace:    chromaStyle(cfg.KeywordNamespace),
		chroma.KeywordType:         chromaStyle(cfg.KeywordType),
		chroma.Operator:            chromaStyle(cfg.Operator),
		chroma.Punctuation:         chromaStyle(cfg.Punctuation),
		chroma.Name:                chromaStyle(cfg.Name),
		chroma.NameBuiltin:         chromaStyle(cfg.NameBuiltin),
		chroma.NameTag:             chromaStyle(cfg.NameTag),
		chroma.NameAttribute:       chromaStyle(cfg.NameAttribute),
		chroma.NameClass:           chromaStyle(cfg.NameClass),
		chroma.NameConstant:        chromaStyle(cfg.NameConstant),
		chroma.NameDecorator:       chromaStyle(cfg.NameDecorator),
		chroma.NameException:       chromaStyle(cfg.NameException),
		chroma.NameFunction:        chromaStyle(cfg.NameFunction),
		chroma.NameOther:           chromaStyle(cfg.NameOther),
		chroma.Literal:             chromaStyle(cfg.Literal),
		chroma.LiteralNumber:       chromaStyle(cfg.LiteralNumber),
		chroma.LiteralDate:         chromaStyle(cfg.LiteralDate),
		chroma.LiteralString:       chromaStyle(cfg.LiteralString),
		chroma.LiteralStringEscape: chromaStyle(cfg.LiteralStringEscape),
		chroma.GenericDeleted:      chromaStyle(cfg.GenericDeleted),
		chroma.GenericEmph:         chromaStyle(cfg.GenericEmph),
		chroma.GenericInserted:     chromaStyle(cfg.GenericInserted),
		chroma.GenericStrong:       chromaStyle(cfg.GenericStrong),
		chroma.GenericSubheading:   chromaStyle(cfg.GenericSubheading),
		chroma.Background:          chromaStyle(cfg.Background),
	})
	if err != nil {
		return nil
	}
	// As the formatter does, tokens do not take the background's colour.
	b := style.Builder()
	bg := b.Get(chroma.Background)
	bg.Background, bg.NoInherit = 0, true
	b.AddEntry(chroma.Background, bg)
	if style, err = b.Build(); err != nil {
		return nil
	}
	theme := map[chroma.TokenType]string{}
	for _, tt := range style.Types() {
		e := style.Get(tt)
		var seq strings.Builder
		if e.Bold == chroma.Yes {
			seq.WriteString("\x1b[1m")
		}
		if e.Underline == chroma.Yes {
			seq.WriteString("\x1b[4m")
		}
		if e.Italic == chroma.Yes {
			seq.WriteString("\x1b[3m")
		}
		if e.Colour.IsSet() {
			fmt.Fprintf(&seq, "\x1b[38;5;%dm", nearest256(e.Colour))
		}
		if e.Background.IsSet() {
			fmt.Fprintf(&seq, "\x1b[48;5;%dm", nearest256(e.Background))
		}
		theme[tt] = seq.String()
	}
	return theme
}

// chromaStyle is Glamour's translation of a style primitive to a chroma
// style entry.
func chromaStyle(st ansi.StylePrimitive) string {
	var parts []string
	if st.Color != nil {
		parts = append(parts, *st.Color)
	}
	if st.BackgroundColor != nil {
		parts = append(parts, "bg:"+*st.BackgroundColor)
	}
	if st.Italic != nil && *st.Italic {
		parts = append(parts, "italic")
	}
	if st.Bold != nil && *st.Bold {
		parts = append(parts, "bold")
	}
	if st.Underline != nil && *st.Underline {
		parts = append(parts, "underline")
	}
	return strings.Join(parts, " ")
}
