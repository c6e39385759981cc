package model

import "sync"

// TalksByID finds talks by ID in a list of talks that grows, such as the
// talks of a load that streams them in, without going through the list
// each time. It keeps a map of the IDs of the talks it has seen and adds
// the ones appended since, whoever appended them; a list that was replaced
// or cut (another array, or other talks where it had seen some) is mapped
// again, and so is a list where a talk found has another ID now (a talk
// replaced in place is otherwise not noticed). The zero value is ready; it is safe for concurrent use, given the same list or a
// longer one of the same talks, while no one changes that list.
type TalksByID struct {
	mu   sync.RWMutex
	pos  map[string]int // the index of the first talk with each ID
	n    int            // talks[:n] are in pos
	head **Talk         // &talks[0] then: another array means another list
	last *Talk          // talks[n-1] then
}

// Find is the first talk of talks with this ID, or nil.
func (x *TalksByID) Find(talks []*Talk, id string) *Talk {
	x.mu.RLock()
	fresh := x.current(talks) && x.n == len(talks)
	i, ok := x.pos[id]
	x.mu.RUnlock()
	if fresh && !ok {
		return nil
	}
	if fresh && talks[i].ID == id {
		return talks[i]
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.current(talks) || fresh { // fresh here: a talk has another ID now
		x.pos, x.n = nil, 0
	}
	x.add(talks)
	if i, ok := x.pos[id]; ok {
		return talks[i]
	}
	return nil
}

// current reports whether talks begins with the talks in the map: the same
// array, as long, and the same talk last (a list cut and appended to).
func (x *TalksByID) current(talks []*Talk) bool {
	if x.n == 0 {
		return true
	}
	return len(talks) >= x.n && &talks[0] == x.head && talks[x.n-1] == x.last
}

// add maps the talks after the first x.n.
func (x *TalksByID) add(talks []*Talk) {
	if x.pos == nil {
		x.pos = make(map[string]int, len(talks))
	}
	for i := x.n; i < len(talks); i++ {
		if _, dup := x.pos[talks[i].ID]; !dup {
			x.pos[talks[i].ID] = i
		}
	}
	x.n = len(talks)
	if x.n > 0 {
		x.head, x.last = &talks[0], talks[x.n-1]
	}
}
