package ui

import (
	"reflect"
	"slices"
	"testing"

	"charm.land/bubbles/v2/key"
)

// allBindings are the KeyMap's bindings by field name.
func allBindings(k KeyMap) map[string]key.Binding {
	out := map[string]key.Binding{}
	v := reflect.ValueOf(k)
	for i := range v.NumField() {
		if b, ok := v.Field(i).Interface().(key.Binding); ok {
			out[v.Type().Field(i).Name] = b
		}
	}
	return out
}

// TestEveryKeyInHelp checks that every binding has help text and appears
// in the full help, so a key added later cannot be missing from `?`.
func TestEveryKeyInHelp(t *testing.T) {
	k := DefaultKeyMap()
	var shown []key.Binding
	for _, g := range k.fullHelp() {
		shown = append(shown, g.Bindings...)
	}
	for name, b := range allBindings(k) {
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
