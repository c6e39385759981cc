package render

import (
	"fmt"
	"math"
	"strings"

	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"github.com/alecthomas/chroma/v2"
)

// This file is the adapter to Glamour: everything render knows about how
// Glamour lays out and styles Markdown is here, and glamour_test.go pins it
// to the Glamour version in go.mod.

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

// palette256 is chroma's terminal256 palette: the xterm colours by index,
// those of 0–15 that the 6×6×6 cube or the grey ramp repeats left out.
var palette256 = func() []chroma.Colour {
	p := make([]chroma.Colour, 256)
	for i, hex := range []string{1: "#800000", 2: "#008000", 3: "#808000", 4: "#000080", 5: "#800080", 6: "#008080", 7: "#c0c0c0"} {
		if hex != "" {
			p[i] = chroma.MustParseColour(hex)
		}
	}
	levels := []int{0, 0x5f, 0x87, 0xaf, 0xd7, 0xff}
	for i := range 216 {
		p[16+i] = chroma.NewColour(uint8(levels[i/36]), uint8(levels[i/6%6]), uint8(levels[i%6]))
	}
	for i := range 24 {
		v := uint8(8 + 10*i)
		p[232+i] = chroma.NewColour(v, v, v)
	}
	return p
}()

// nearest256 is the index of the palette colour nearest c, by chroma's
// distance; the lowest index of equally near ones.
func nearest256(c chroma.Colour) int {
	best, dist := 16, math.MaxFloat64
	for i, p := range palette256 {
		if !p.IsSet() {
			continue
		}
		if d := p.Distance(c); d < dist {
			best, dist = i, d
		}
	}
	return best
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
