package index

import (
	"context"
	"slices"
	"strings"

	"talks/model"
)

// Person is someone who speaks in at least one talk, in any role.
type Person struct {
	// Name is the person's name as the talks write it.
	Name string `json:"name"`
	// Talks are the talks the person is in, in talk order, each once.
	Talks []Appearance `json:"talks"`
}

// Appearance is one talk a person is in and the role they have in it.
type Appearance struct {
	// Talk is the talk.
	Talk *model.Talk `json:"-"`
	// ID is the talk's ID.
	ID string `json:"id"`
	// Role is the person's (first) role in the talk.
	Role model.Role `json:"role"`
}

// PersonMatch is a person the speaker finder found, with the runes of the
// name to highlight.
type PersonMatch struct {
	// Person is the person found.
	Person *Person `json:"person"`
	// Positions are the rune indexes into Person.Name of the matched
	// characters, in increasing order.
	Positions []int `json:"positions"`
	// Score ranks the match: higher is better.
	Score int `json:"score"`
}

// Speakers lists every person once with their talks: the people in most
// talks first, then in the order they first appear.
func (ix *Index) Speakers() []Person { return ix.people }

// FindSpeakers ranks the people whose name matches query as Find does
// (pinyin and initials too), best first, at most limit of them (all when
// limit <= 0). An empty query returns them in Speakers order.
func (ix *Index) FindSpeakers(query string, limit int) []PersonMatch {
	ms, _, _ := ix.FindSpeakersContext(context.Background(), query, limit)
	return ms
}

// FindSpeakersContext is FindSpeakers for a caller that may give up, as
// FindContext is Find's: the matches, how many people match in all, and
// nil; or, when ctx is done first, nil, 0 and ctx's error.
func (ix *Index) FindSpeakersContext(ctx context.Context, query string, limit int) (matches []PersonMatch, total int, err error) {
	rs, total, err := ix.names.find(ctx, query, limit)
	if err != nil {
		return nil, 0, err
	}
	out := make([]PersonMatch, len(rs))
	for i, r := range rs {
		out[i] = PersonMatch{Person: &ix.people[r.id], Positions: r.pos, Score: r.score}
	}
	return out, total, nil
}

// collectPeople gathers the people of the talks, one Person per name.
func collectPeople(talks []*model.Talk) []Person {
	var people []Person
	byName := map[string]int{}
	for _, t := range talks {
		for _, s := range t.Speakers {
			name := strings.TrimSpace(s.Name)
			if name == "" {
				continue
			}
			i, ok := byName[name]
			if !ok {
				i = len(people)
				byName[name] = i
				people = append(people, Person{Name: name})
			}
			p := &people[i]
			if n := len(p.Talks); n > 0 && p.Talks[n-1].Talk == t {
				continue
			}
			p.Talks = append(p.Talks, Appearance{Talk: t, ID: t.ID, Role: s.Role})
		}
	}
	slices.SortStableFunc(people, func(a, b Person) int { return len(b.Talks) - len(a.Talks) })
	return people
}
