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

// collectPeople gathers the people of the talks, one Person per name (the
// people in most talks first, then in the order they first appear), and
// for each talk the people in it, as indexes into people. It goes through
// the speakers twice with flat arrays: one allocation per array, not one
// per person or talk, so its cost stays linear when the heap is large.
func collectPeople(talks []*model.Talk) ([]Person, [][]int32) {
	type seen struct {
		id   int32 // the person, in order of first appearance
		talk int32
		role model.Role
	}
	byName := map[string]int32{}
	var names []string
	var count []int32          // appearances of each person
	var lastTalk []*model.Talk // each person's last talk: a talk counts once
	var lastAt []int32         // where each person was last seen in talks
	var apps []seen            // every appearance, in talk order
	inTalk := make([]int32, 0, len(talks))
	ends := make([]int32, len(talks)) // inTalk[ends[i-1]:ends[i]] are talk i's
	for ti, t := range talks {
		for _, s := range t.Speakers {
			name := strings.TrimSpace(s.Name)
			if name == "" {
				continue
			}
			id, ok := byName[name]
			if !ok {
				id = int32(len(names))
				byName[name] = id
				names = append(names, name)
				count, lastTalk, lastAt = append(count, 0), append(lastTalk, nil), append(lastAt, -1)
			}
			if lastAt[id] != int32(ti) {
				lastAt[id] = int32(ti)
				inTalk = append(inTalk, id)
			}
			if lastTalk[id] != t {
				lastTalk[id] = t
				count[id]++
				apps = append(apps, seen{id: id, talk: int32(ti), role: s.Role})
			}
		}
		ends[ti] = int32(len(inTalk))
	}
	// Most talks first, ties in order of first appearance.
	order := make([]int32, len(names))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if count[a] != count[b] {
			return int(count[b] - count[a])
		}
		return int(a - b)
	})
	rank := make([]int32, len(names))
	people := make([]Person, len(names))
	all := make([]Appearance, len(apps))
	next := make([]int32, len(names)) // where each person's next appearance goes in all
	at := int32(0)
	for r, id := range order {
		rank[id] = int32(r)
		next[id] = at
		people[r] = Person{Name: names[id], Talks: all[at : at+count[id] : at+count[id]]}
		at += count[id]
	}
	for _, a := range apps {
		t := talks[a.talk]
		all[next[a.id]] = Appearance{Talk: t, ID: t.ID, Role: a.role}
		next[a.id]++
	}
	of := make([][]int32, len(talks))
	for i := range inTalk {
		inTalk[i] = rank[inTalk[i]]
	}
	for ti := range talks {
		lo := int32(0)
		if ti > 0 {
			lo = ends[ti-1]
		}
		if hi := ends[ti]; hi > lo {
			of[ti] = inTalk[lo:hi:hi]
		}
	}
	return people, of
}
