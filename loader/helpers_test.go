package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"talks/model"
)

// unsafeRune is a character that must never leave the loader: ESC, other
// C0 controls but tab and line feed, DEL, C1 controls, bidi embeddings,
// overrides and isolates.
func unsafeRune(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r <= 0x9f) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// checkSafe fails when any text the loader produced holds an unsafe
// character.
func checkSafe(tb testing.TB, talks []*model.Talk, warns []model.Warning) {
	tb.Helper()
	check := func(what, s string) {
		if i := strings.IndexFunc(s, unsafeRune); i >= 0 {
			tb.Errorf("%s holds %U: %q", what, []rune(s[i:])[0], s)
		}
	}
	for _, t := range talks {
		for _, s := range []string{t.ID, t.Title, t.Heading, t.Event, t.Forum, t.Publisher, t.VideoID, t.Volume, t.File} {
			check("talk field", s)
		}
		for _, sp := range t.Speakers {
			check("speaker", sp.Name)
		}
		for _, b := range t.Blocks {
			check(b.Kind.String(), b.Text)
			check("code language", b.Lang)
		}
		for _, im := range t.Images {
			check("image", im.Alt+im.Target)
		}
	}
	for _, w := range warns {
		check("warning", w.Error())
	}
}

// loadFixture reads a file of testdata.
func loadFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// writeTree creates a file (and its folders) under dir.
func writeTree(tb testing.TB, dir, name string, data []byte) string {
	tb.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

// warnMsgs are the warnings' messages.
func warnMsgs(warns []model.Warning) []string {
	out := make([]string, len(warns))
	for i, w := range warns {
		out[i] = w.Msg
	}
	return out
}

// blockKinds are the blocks' kinds, as names.
func blockKinds(blocks []model.Block) string {
	var s []string
	for _, b := range blocks {
		s = append(s, b.Kind.String())
	}
	return strings.Join(s, " ")
}
