package index

import (
	"testing"

	"talks/model"
)

func TestSpeakers(t *testing.T) {
	people := Build(fixtureTalks()).Speakers()
	byName := map[string]Person{}
	for _, p := range people {
		if _, dup := byName[p.Name]; dup {
			t.Errorf("%s is listed twice", p.Name)
		}
		byName[p.Name] = p
	}
	tests := []struct {
		name  string
		talks []string
		roles []model.Role
	}{
		{"黄闻皓", []string{"BVfix0001-p4", "BVfix0001-p7"}, []model.Role{model.RoleSpeaker, model.RoleGuest}},
		{"Alice Wong", []string{"BVfix0002-p2", "how-we-hire"}, []model.Role{model.RoleSpeaker, model.RoleSpeaker}},
		{"周琳", []string{"BVfix0001-p7"}, []model.Role{model.RoleHost}},
		{"Tom Baker", []string{"BVfix0001-p7"}, []model.Role{model.RoleGuest}},
	}
	for _, tt := range tests {
		p, ok := byName[tt.name]
		if !ok {
			t.Errorf("%s is not listed", tt.name)
			continue
		}
		if len(p.Talks) != len(tt.talks) {
			t.Errorf("%s: %d talks, want %d", tt.name, len(p.Talks), len(tt.talks))
			continue
		}
		for i, a := range p.Talks {
			if a.ID != tt.talks[i] || a.Role != tt.roles[i] || a.Talk.ID != a.ID {
				t.Errorf("%s talk %d = %s as %s, want %s as %s", tt.name, i, a.ID, a.Role, tt.talks[i], tt.roles[i])
			}
		}
	}
	if len(people) != 6 {
		t.Errorf("%d people, want 6", len(people))
	}
	if n := len(people[0].Talks); n != 2 {
		t.Errorf("first person %s has %d talks; the people in most talks come first", people[0].Name, n)
	}
}

func TestFindSpeakers(t *testing.T) {
	ix := Build(fixtureTalks())
	tests := []struct{ query, want, highlight string }{
		{"hwh", "黄闻皓", "黄闻皓"},
		{"zhang", "张行", "张"},
		{"zhanghang", "张行", "张行"},
		{"wong", "Alice Wong", "Wong"},
		{"琳", "周琳", "琳"},
	}
	for _, tt := range tests {
		got := ix.FindSpeakers(tt.query, 1)
		if len(got) != 1 || got[0].Person.Name != tt.want {
			t.Errorf("FindSpeakers(%q) = %v, want %s first", tt.query, got, tt.want)
			continue
		}
		if h := highlighted(got[0].Person.Name, got[0].Positions); h != tt.highlight {
			t.Errorf("FindSpeakers(%q) highlights %q, want %q", tt.query, h, tt.highlight)
		}
	}
}
