package slides

import (
	"image"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

func TestHalfBlocksGolden(t *testing.T) {
	golden.RequireEqual(t, strings.Join(HalfBlocks(tinyImage()), "\n"))
}

// TestHalfBlocksRoundTrip reads the colours back out of the SGR sequences
// and checks each cell shows its two pixels.
func TestHalfBlocksRoundTrip(t *testing.T) {
	img := Scale(slideImage(640, 360, 3), 71, 40)
	lines := HalfBlocks(img)
	if len(lines) != 20 {
		t.Fatalf("%d lines, want 20", len(lines))
	}
	for y, line := range lines {
		if w := ansi.StringWidth(line); w != 71 {
			t.Fatalf("line %d is %d cells wide, want 71", y, w)
		}
		cells := readHalfBlocks(t, line)
		for x, c := range cells {
			top, bottom := pixelAt(img, x, 2*y), pixelAt(img, x, 2*y+1)
			if c.glyph != upperHalf || c.fg != top || c.bg != bottom {
				t.Fatalf("cell %d,%d = %+v, want ▀ %v over %v", x, y, c, top, bottom)
			}
		}
	}
}

func TestHalfBlocksOddHeight(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 2, 3))
	fill(img, img.Bounds(), rgbaOf(10, 20, 30))
	lines := HalfBlocks(img)
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	last := readHalfBlocks(t, lines[1])
	if last[0].bg.ok || !last[0].fg.ok {
		t.Errorf("the last line's missing bottom pixel should be the default background: %+v", last[0])
	}
}

type parsedCell struct {
	glyph  string
	fg, bg rgb
}

var sgrOrGlyph = regexp.MustCompile(`\x1b\[([0-9;]*)m|[^\x1b]`)

// readHalfBlocks parses a half-block line into its cells' colours.
func readHalfBlocks(t *testing.T, line string) []parsedCell {
	t.Helper()
	var cells []parsedCell
	var cur parsedCell
	for _, m := range sgrOrGlyph.FindAllStringSubmatch(line, -1) {
		if !strings.HasPrefix(m[0], "\x1b") {
			cur.glyph = m[0]
			cells = append(cells, cur)
			continue
		}
		ps := strings.Split(m[1], ";")
		for i := 0; i < len(ps); i++ {
			switch ps[i] {
			case "0":
				cur = parsedCell{}
			case "39":
				cur.fg = rgb{}
			case "49":
				cur.bg = rgb{}
			case "38", "48":
				if i+4 >= len(ps) || ps[i+1] != "2" {
					t.Fatalf("bad colour in %q", m[0])
				}
				c := rgb{atoi(t, ps[i+2]), atoi(t, ps[i+3]), atoi(t, ps[i+4]), true}
				if ps[i] == "38" {
					cur.fg = c
				} else {
					cur.bg = c
				}
				i += 4
			default:
				t.Fatalf("unexpected SGR %q", m[0])
			}
		}
	}
	return cells
}

func atoi(t *testing.T, s string) uint8 {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 255 {
		t.Fatalf("bad colour component %q", s)
	}
	return uint8(n)
}
