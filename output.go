package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// writeRecords prints one line per item: line(item) as text, or
// asJSON(item) as one JSON object (nil: the item itself). It returns the
// first write error, so a full disk fails the command.
func writeRecords[T any](w io.Writer, items []T, asJSON bool, toJSON func(T) any, line func(T) string) error {
	out := bufio.NewWriter(w)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		var err error
		switch {
		case !asJSON:
			_, err = fmt.Fprintln(out, line(it))
		case toJSON != nil:
			err = enc.Encode(toJSON(it))
		default:
			err = enc.Encode(it)
		}
		if err != nil {
			return err
		}
	}
	return out.Flush()
}
