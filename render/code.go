package render

import (
	"context"
	"math"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// Code blocks are laid out here, not by Glamour: Glamour builds a block's
// output by concatenating strings, which takes time in the square of its
// length (a 40,000-line block took 12.7 s), and for a block without a
// language it runs every lexer's analyser over the text to guess one
// (~4 ms a block). Here a block is lexed once, in one pass, with the lexer
// looked up once per language (a block without a known language is plain
// text, never guessed at), and coloured as Glamour colours code (see
// codeTheme in glamour.go). Glamour's layout is kept: each line indented
// by codeIndent, a tab as four spaces.
//
// chroma's lexers are slow (its Go lexer takes ~150 µs a line on the
// project's machine), so a block longer than maxHighlight is shown in the
// colour of code text without colouring its tokens: 10,000 lines would
// otherwise take 1.5 s.

// codeCheck is how many lines of code are made between looks at the
// context, so that an interrupt stops a long block quickly.
const codeCheck = 1024

// maxHighlight is the size, in bytes, up to which a block's tokens are
// coloured: about 500 lines, 80 ms at most.
const maxHighlight = 16 << 10

// maxLexers bounds the lexers remembered by language name, so that a file
// with thousands of made-up fence labels cannot grow the table for ever.
const maxLexers = 256

var (
	lexerMu sync.Mutex
	lexerOf = map[string]chroma.Lexer{} // lower-case language → lexer
	// getLexer finds the lexer for a language name; a test counts calls.
	getLexer = lexers.Get
)

// lexerFor is the lexer for code in language lang: chroma's lexer of that
// name, alias or file extension, or nil for plain text. It is not
// coalesced: chroma's coalescer joins a run of tokens of one type by
// concatenating strings, in time in the square of the run's length.
func lexerFor(lang string) chroma.Lexer {
	key := strings.ToLower(strings.TrimSpace(lang))
	lexerMu.Lock()
	defer lexerMu.Unlock()
	if l, ok := lexerOf[key]; ok {
		return l
	}
	var l chroma.Lexer
	if key != "" {
		l = getLexer(key)
	}
	if l == lexers.Fallback {
		l = nil
	}
	if len(lexerOf) < maxLexers {
		lexerOf[key] = l
	}
	return l
}

// codeLines lays out the code of a block in language lang as styled lines:
// coloured by theme (nil: no colours), each led by indent. It stops with
// ctx's error when ctx is done.
func codeLines(ctx context.Context, code, lang, indent string, theme map[chroma.TokenType]string) ([]*styledLine, error) {
	code = trimBlankLines(clean(strings.ReplaceAll(code, "\t", "    ")))
	if theme == nil {
		return plainCode(ctx, code, indent, "")
	}
	lexer := lexerFor(lang)
	if lexer == nil || len(code) > maxHighlight {
		return plainCode(ctx, code, indent, themeSeq(theme, chroma.Text))
	}
	it, err := lexer.Tokenise(nil, code)
	if err != nil {
		return plainCode(ctx, code, indent, "")
	}
	want := strings.Count(code, "\n") + 1
	out := make([]*styledLine, 0, want)
	var vis strings.Builder
	var esc []escape
	vis.WriteString(indent)
	size := 0 // bytes of code the tokens have covered
	flush := func() error {
		if len(out)%codeCheck == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		out = append(out, codeLine(vis.String(), esc))
		vis.Reset()
		vis.WriteString(indent)
		esc = nil
		return nil
	}
	for tok := it(); tok != chroma.EOF && len(out) < want; tok = it() {
		seq := themeSeq(theme, tok.Type)
		for part, rest := range splitLines(tok.Value) {
			if part != "" {
				size += len(part)
				if seq != "" {
					esc = append(esc, escape{pos: vis.Len(), seq: seq})
				}
				vis.WriteString(part)
				if seq != "" {
					esc = append(esc, escape{pos: vis.Len(), seq: "\x1b[0m"})
				}
			}
			if rest {
				size++
				if err := flush(); err != nil {
					return nil, err
				}
			}
		}
	}
	if len(out) < want {
		if err := flush(); err != nil {
			return nil, err
		}
	}
	if size < len(code) || len(out) != want { // the lexer lost text: show it plain
		return plainCode(ctx, code, indent, "")
	}
	return out, nil
}

// splitLines yields the pieces of s between line breaks, each with
// whether a line break follows it.
func splitLines(s string) func(func(string, bool) bool) {
	return func(yield func(string, bool) bool) {
		for {
			i := strings.IndexByte(s, '\n')
			if i < 0 {
				yield(s, false)
				return
			}
			if !yield(s[:i], true) {
				return
			}
			s = s[i+1:]
		}
	}
}

// themeSeq is the escape for a token of type tt, found as chroma's
// formatter finds it: by its type, subcategory, category, or as text.
func themeSeq(theme map[chroma.TokenType]string, tt chroma.TokenType) string {
	for _, t := range []chroma.TokenType{tt, tt.SubCategory(), tt.Category(), chroma.Text} {
		if seq, ok := theme[t]; ok {
			return seq
		}
	}
	return theme[chroma.Background]
}

// plainCode lays out code as plain text: in style seq (if not empty), as
// one token a line.
func plainCode(ctx context.Context, code, indent, seq string) ([]*styledLine, error) {
	lines := strings.Split(code, "\n")
	out := make([]*styledLine, len(lines))
	for k, l := range lines {
		if k%codeCheck == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		var esc []escape
		if seq != "" && l != "" {
			esc = []escape{{pos: len(indent), seq: seq}, {pos: len(indent) + len(l), seq: "\x1b[0m"}}
		}
		out[k] = codeLine(indent+l, esc)
	}
	return out, nil
}

// trimBlankLines drops the lines of nothing but spaces at either end of
// code, as Glamour does.
func trimBlankLines(code string) string {
	start, end := 0, len(code)
	for start < end {
		i := strings.IndexByte(code[start:end], '\n')
		if i < 0 || strings.Trim(code[start:start+i], " ") != "" {
			break
		}
		start += i + 1
	}
	for end > start {
		i := strings.LastIndexByte(code[start:end], '\n')
		if i < 0 || strings.Trim(code[start+i+1:end], " ") != "" {
			break
		}
		end = start + i
	}
	return code[start:end]
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
