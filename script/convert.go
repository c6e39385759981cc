package script

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// ToSimplified converts s to Simplified Chinese phrase by phrase (OpenCC
// t2s). The result has as many runes as s. The first call loads the t2s
// dictionaries.
func ToSimplified(s string) (string, error) {
	cc, err := t2s()
	if err != nil {
		return s, fmt.Errorf("script: t2s dictionaries: %w", err)
	}
	return convert(cc, s)
}

// ToTraditional converts s to Traditional Chinese phrase by phrase (OpenCC
// s2t). The result has as many runes as s. The first call loads the s2t
// dictionaries (about 170 ms and 8.5 MB).
func ToTraditional(s string) (string, error) {
	cc, err := s2t()
	if err != nil {
		return s, fmt.Errorf("script: s2t dictionaries: %w", err)
	}
	return convert(cc, s)
}

// convert hands cc the runs of s that hold a Han character, and keeps the
// rest (ASCII, which no dictionary entry contains, and invalid bytes) as it
// is. A result whose
// length in runes differs from the run's is refused: positions depend on it.
func convert(cc *opencc.OpenCC, s string) (string, error) {
	var b strings.Builder
	i, done := 0, 0
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError && n == 1 {
				break // invalid bytes stay as they are
			}
			j += n
		}
		if j == i {
			i++
			continue
		}
		run := s[i:j]
		if hasHan(run) {
			out, err := cc.Convert(run)
			if err != nil {
				return s, fmt.Errorf("script: %w", err)
			}
			if out != run {
				if utf8.RuneCountInString(out) != utf8.RuneCountInString(run) {
					return s, fmt.Errorf("script: %q became %q, of another length", run, out)
				}
				if b.Len() == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[done:i])
				b.WriteString(out)
				done = j
			}
		}
		i = j
	}
	if done == 0 {
		return s, nil
	}
	b.WriteString(s[done:])
	return b.String(), nil
}

// hasHan reports whether s holds a character of the CJK blocks (U+2E80 on).
func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 {
			return true
		}
	}
	return false
}
