package script

import "unicode"

// TraditionalShare is the share of a text's Han characters that must exist
// only in Traditional writing for Detect to call it Traditional. Simplified
// text has almost none (乾隆 and a few names); Traditional text about a
// quarter to a third of its characters.
const TraditionalShare = 0.1

// Script is a way of writing Chinese.
type Script int

// The scripts Detect tells apart.
const (
	// Unknown is a text with no Han character.
	Unknown Script = iota
	// Simplified is mainland writing (简体).
	Simplified
	// Traditional is Taiwan, Hong Kong and older writing (繁體).
	Traditional
)

// String is the script's English name.
func (s Script) String() string {
	switch s {
	case Simplified:
		return "Simplified"
	case Traditional:
		return "Traditional"
	}
	return "unknown"
}

// Counts are what Count finds in a text.
type Counts struct {
	// Han is the number of Han characters.
	Han int
	// Traditional is how many of them exist only in Traditional writing
	// (Simplify changes them).
	Traditional int
}

// Add adds o to c, for counting a talk block by block.
func (c *Counts) Add(o Counts) {
	c.Han += o.Han
	c.Traditional += o.Traditional
}

// Script is Traditional when at least TraditionalShare of the Han
// characters are Traditional only, Unknown when there is none, else
// Simplified.
func (c Counts) Script() Script {
	switch {
	case c.Han == 0:
		return Unknown
	case float64(c.Traditional) >= TraditionalShare*float64(c.Han):
		return Traditional
	}
	return Simplified
}

// Count counts the Han characters of s and the Traditional-only ones among
// them. The first call loads the t2s dictionaries.
func Count(s string) Counts {
	var c Counts
	t := simplifyTable()
	for _, r := range s {
		if !isHan(r) {
			continue
		}
		c.Han++
		if t.simplify(r) != r {
			c.Traditional++
		}
	}
	return c
}

// Detect is the script s is mostly written in.
func Detect(s string) Script { return Count(s).Script() }

// isHan reports whether r is a Han character, checking the main blocks
// before the Unicode tables.
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}
