package ui

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"talks/ui/bookmarks"
	"talks/ui/finder"
	"talks/ui/outline"
	"talks/ui/search"
)

// allBindings are the bindings of the app's keyring by path ("App.Quit",
// "Marks.NavKeyMap.Up"): the root's and every component's.
func allBindings() map[string]key.Binding {
	out := map[string]key.Binding{}
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		for i := range v.NumField() {
			f, name := v.Field(i), path+v.Type().Field(i).Name
			if b, ok := f.Interface().(key.Binding); ok {
				out[name] = b
			} else if f.Kind() == reflect.Struct {
				walk(name+".", f)
			}
		}
	}
	walk("", reflect.ValueOf(New(Options{}).keyring()))
	return out
}

// TestEveryKeyInHelp checks that every binding has help text and appears
// in the full help, so a key added later cannot be missing from `?`.
func TestEveryKeyInHelp(t *testing.T) {
	var shown []key.Binding
	for _, g := range New(Options{}).keyring().fullHelp() {
		shown = append(shown, g.Bindings...)
	}
	for name, b := range allBindings() {
		if b.Help().Key == "" || b.Help().Desc == "" {
			t.Errorf("%s has no help text", name)
		}
		in := slices.ContainsFunc(shown, func(s key.Binding) bool {
			return slices.Equal(s.Keys(), b.Keys()) && s.Help() == b.Help()
		})
		if !in {
			t.Errorf("%s (%s) is missing from the full help", name, b.Help().Key)
		}
	}
}

// TestStateNames checks that every state of the enum has its own name and
// that a value outside it still prints.
func TestStateNames(t *testing.T) {
	seen := map[string]state{}
	for s := stateLoading; s <= stateSelect; s++ {
		name := s.String()
		if name == "" || strings.HasPrefix(name, "state(") {
			t.Errorf("state %d has no name", int(s))
		}
		if o, dup := seen[name]; dup {
			t.Errorf("states %d and %d are both %q", int(o), int(s), name)
		}
		seen[name] = s
	}
	if len(seen) != len(stateNames) {
		t.Errorf("%d states, %d names", len(seen), len(stateNames))
	}
	// The components close with intent.Close{From: their name}: the names
	// must be the states'.
	for s, name := range map[state]string{stateFinder: finder.Name, stateSearch: search.Name,
		stateOutline: outline.Name, stateBookmarks: bookmarks.Name, stateNote: bookmarks.PromptName} {
		if s.String() != name {
			t.Errorf("state %v closes as %q", s, name)
		}
	}
	if got := (stateSelect + 1).String(); got != fmt.Sprintf("state(%d)", int(stateSelect)+1) {
		t.Errorf("a state past the enum prints %q", got)
	}
}
