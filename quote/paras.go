package quote

import (
	"fmt"
	"strconv"
	"strings"

	"talks/model"
)

// ParseParas reads "12" or "12-14" into a paragraph range, checked against the talk.
// Paragraphs are numbered from 1 as in the reading pane's gutter; an en dash
// ("12–14") is read as a hyphen. Errors name the talk and say what is wrong.
func ParseParas(s string, t *model.Talk) (from, to int, err error) {
	spec := strings.TrimSpace(s)
	a, b, isRange := strings.Cut(strings.ReplaceAll(spec, "–", "-"), "-")
	if from, err = paraNumber(a); err == nil {
		to = from
		if isRange {
			to, err = paraNumber(b)
		}
	}
	if err != nil {
		return 0, 0, fmt.Errorf("paragraphs %q: %w", s, err)
	}
	if from > to {
		return 0, 0, fmt.Errorf("paragraphs %q: the range runs backwards (%d is after %d)", s, from, to)
	}
	last := lastPara(t)
	if last == 0 {
		return 0, 0, &RangeError{fmt.Sprintf("paragraphs %q: talk %s has no paragraphs", s, t.ID)}
	}
	if to > last {
		return 0, 0, &RangeError{fmt.Sprintf("paragraphs %q: talk %s has only %d paragraphs", s, t.ID, last)}
	}
	return from, to, nil
}

// RangeError is ParseParas's error for well-formed paragraphs that the
// talk does not have, as against a malformed PARAS.
type RangeError struct{ msg string }

// Error says which paragraphs the talk lacks.
func (e *RangeError) Error() string { return e.msg }

// paraNumber reads one paragraph number.
func paraNumber(s string) (int, error) {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	switch {
	case s == "" || err != nil || strings.HasPrefix(s, "+"):
		return 0, fmt.Errorf("want a paragraph number N or a range N-M")
	case n < 1:
		return 0, fmt.Errorf("paragraphs are numbered from 1")
	}
	return n, nil
}

// lastPara is the highest paragraph number in the talk.
func lastPara(t *model.Talk) int {
	last := 0
	for i := range t.Blocks {
		last = max(last, t.Blocks[i].Para)
	}
	return last
}
