package loader

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"talks/model"
)

// wantVideoID is what a video id must look like.
var wantVideoID = regexp.MustCompile(`^BV[0-9A-Za-z]{10}$`)

// checkMeta checks what must hold for the metadata m read from any input
// src: text fields are trimmed pieces of src, the part is small and
// non-negative, the video id is well-formed, and every speaker has a name
// and a known role.
func checkMeta(t *testing.T, src string, m Meta) {
	t.Helper()
	for field, v := range map[string]string{"Event": m.Event, "Forum": m.Forum, "Title": m.Title, "Publisher": m.Publisher} {
		if v != strings.TrimFunc(v, isSpace) {
			t.Errorf("%q: %s %q is not trimmed", src, field, v)
		}
		if !strings.Contains(src, v) {
			t.Errorf("%q: %s %q is not in the input", src, field, v)
		}
	}
	if m.Part < 0 || m.Part > 9999 {
		t.Errorf("%q: part %d out of range", src, m.Part)
	}
	if m.VideoID != "" && !wantVideoID.MatchString(m.VideoID) {
		t.Errorf("%q: bad video id %q", src, m.VideoID)
	}
	for _, s := range m.Speakers {
		if s.Name == "" || s.Name != strings.TrimFunc(s.Name, isSpace) || !utf8.ValidString(s.Name) {
			t.Errorf("%q: bad speaker name %q", src, s.Name)
		}
		switch s.Role {
		case model.RoleSpeaker, model.RoleHost, model.RoleGuest, model.RoleQuestioner:
		default:
			t.Errorf("%q: speaker %q has role %q", src, s.Name, s.Role)
		}
	}
}

// FuzzParseHeading feeds headings and file names to both parsers: they must
// not panic and must return sound metadata (checkMeta).
func FuzzParseHeading(f *testing.F) {
	for _, tc := range headingCases {
		f.Add(tc.heading)
	}
	for _, tc := range fileNameCases {
		f.Add(tc.name)
	}
	for _, tc := range dialectCases {
		f.Add(tc.heading)
	}
	for _, tc := range fileDialectCases {
		f.Add(tc.name)
	}
	f.Add("P1：" + strings.Repeat("（", 50) + "：王五")
	f.Add(strings.Repeat("-- ", 100) + "BV1HM4m1U7bM")
	f.Fuzz(func(t *testing.T, s string) {
		checkMeta(t, s, ParseHeading(s))
		checkMeta(t, s, ParseFileName(s))
	})
}
