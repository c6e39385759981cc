package ui

import (
	"fmt"

	"talks/index"
	"talks/ui/kit"
)

// The speaker view is the finder's second mode (tab): every person once,
// filtered by the query, with how many talks they are in; Enter lists
// their talks (the finder's third mode) and Enter on one opens it.

// personLine is a person's name and how many talks they are in.
func personLine(p *index.Person) string {
	return fmt.Sprintf("%s  (%s)", p.Name, kit.Plural(len(p.Talks), "talk"))
}

// appearanceLine is one talk of a person: its P<n>, its title and the
// person's role in it.
func appearanceLine(a index.Appearance) string {
	s := kit.TitleOf(a.Talk)
	if p := a.Talk.PartLabel(); p != "" {
		s = p + " " + s
	}
	if r := a.Role.Label(); r != "" {
		s += "  · " + r
	}
	if g := kit.GroupOf(a.Talk); g != kit.OtherTalks {
		s += "  · " + g
	}
	return s
}
