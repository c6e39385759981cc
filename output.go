package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// recordWriter prints one line per item: line(item) as text, or
// asJSON(item) as one JSON object (toJSON nil: the item itself). It keeps
// the first write error, so a full disk fails the command.
type recordWriter[T any] struct {
	out    *bufio.Writer
	enc    *json.Encoder
	asJSON bool
	toJSON func(T) any
	line   func(T) string
	err    error
}

// newRecordWriter is a recordWriter on w.
func newRecordWriter[T any](w io.Writer, asJSON bool, toJSON func(T) any, line func(T) string) *recordWriter[T] {
	out := bufio.NewWriter(w)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	return &recordWriter[T]{out: out, enc: enc, asJSON: asJSON, toJSON: toJSON, line: line}
}

// write prints it, and reports whether every write so far succeeded.
func (r *recordWriter[T]) write(it T) bool {
	if r.err != nil {
		return false
	}
	switch {
	case !r.asJSON:
		_, r.err = fmt.Fprintln(r.out, r.line(it))
	case r.toJSON != nil:
		r.err = r.enc.Encode(r.toJSON(it))
	default:
		r.err = r.enc.Encode(it)
	}
	return r.err == nil
}

// flush writes out what is buffered and returns the first write error.
func (r *recordWriter[T]) flush() error {
	if r.err != nil {
		return r.err
	}
	return r.out.Flush()
}

// writeRecords prints items with a recordWriter.
func writeRecords[T any](w io.Writer, items []T, asJSON bool, toJSON func(T) any, line func(T) string) error {
	rw := newRecordWriter(w, asJSON, toJSON, line)
	for _, it := range items {
		if !rw.write(it) {
			break
		}
	}
	return rw.flush()
}
