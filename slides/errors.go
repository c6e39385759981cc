package slides

import (
	"context"
	"errors"
	"os"
	"strconv"
)

// The one-word reasons an image is not drawn, short enough to show next to
// its link.
const (
	ReasonTimeout  = "timeout"   // the fetch took longer than allowed
	ReasonTooLarge = "too-large" // too many bytes, or a header declaring too many pixels
	ReasonNotImage = "not-image" // the bytes are no PNG, JPEG, GIF or WebP
	ReasonCorrupt  = "corrupt"   // an image header, but the pixels do not decode
	ReasonMissing  = "missing"   // no such local file
	ReasonNetwork  = "network"   // the host could not be reached
	ReasonBadURL   = "bad-url"   // neither an http(s) URL nor a local path
	ReasonError    = "error"     // anything else
)

// HTTPReason is the reason for an HTTP status other than 200: "http-404".
func HTTPReason(status int) string {
	return "http-" + strconv.Itoa(status)
}

// Error is an image that could not be had, with its one-word reason.
type Error struct {
	Reason string
	Err    error
}

// Error says the reason and the cause.
func (e *Error) Error() string {
	if e.Err == nil {
		return e.Reason
	}
	return e.Reason + ": " + e.Err.Error()
}

// Unwrap is the cause.
func (e *Error) Unwrap() error { return e.Err }

// Fail is an *Error with the given reason and cause.
func Fail(reason string, err error) error {
	return &Error{Reason: reason, Err: err}
}

// Reason is the one-word reason for err: "" for nil, the reason of the
// first *Error in its chain, "timeout" for a deadline, "missing" for a file
// that does not exist, and "error" for anything else.
func Reason(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	switch {
	case errors.As(err, &e):
		return e.Reason
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded):
		return ReasonTimeout
	case errors.Is(err, os.ErrNotExist):
		return ReasonMissing
	}
	return ReasonError
}
