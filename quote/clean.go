package quote

import "talks/safetext"

// clean removes escape sequences, control characters and bidi overrides
// and isolates, keeping line breaks; a tab becomes a space. A quote is then
// safe to print and paste (see safetext.Clean).
func clean(s string) string { return safetext.Clean(s) }
