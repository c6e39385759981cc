package loader

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"talks/model"
)

const (
	// DefaultTimeout is how long a URL may take when Options.Timeout is 0.
	DefaultTimeout = 15 * time.Second
	// DefaultMaxBytes is the size cap when Options.MaxBytes is 0.
	DefaultMaxBytes = 64 << 20
)

// Options tune Load.
type Options struct {
	Stdin      io.Reader     // for "-"
	HTTPClient *http.Client  // nil: a client with Timeout
	Timeout    time.Duration // per URL, default 15s
	MaxBytes   int64         // per file or URL, default 64 MiB
}

// withDefaults fills the zero fields of o.
func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: o.Timeout}
	}
	return o
}

// job is one thing to read: a file, a URL or standard input, or only a
// warning met while listing the inputs (kept in its place in the order).
type job struct {
	kind jobKind
	name string
	warn *model.Warning
}

// jobKind says how a job is read.
type jobKind int

const (
	jobFile jobKind = iota
	jobURL
	jobStdin
	jobWarning
)

// result is what one job gave.
type result struct {
	talks []*model.Talk
	warns []model.Warning
}

// Load reads every input (file, folder, "-", http(s):// URL) into one
// Corpus: files in parallel, talks and warnings in input order (a folder's
// files sorted by path), IDs made unique in that order. A bad input gives a
// warning and the rest still loads.
func Load(ctx context.Context, inputs []string, opts Options) *model.Corpus {
	opts = opts.withDefaults()
	l := newLister()
	for _, in := range inputs {
		l.input(in)
	}
	results := make([]result, len(l.jobs))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, j := range l.jobs {
		g.Go(func() error {
			results[i] = run(ctx, j, opts)
			return nil
		})
	}
	_ = g.Wait() // jobs report problems as warnings, never as errors
	return assemble(results)
}

// assemble joins results in order and makes the IDs unique.
func assemble(results []result) *model.Corpus {
	c := &model.Corpus{}
	for _, r := range results {
		c.Talks = append(c.Talks, r.talks...)
		c.Warnings = append(c.Warnings, r.warns...)
	}
	uniqueIDs(c.Talks)
	return c
}

// run reads and parses one job; a panic becomes a warning.
func run(ctx context.Context, j job, opts Options) (r result) {
	if j.kind == jobWarning {
		return result{warns: []model.Warning{*j.warn}}
	}
	defer func() {
		if p := recover(); p != nil {
			r = result{warns: []model.Warning{warning(j.name, fmt.Sprintf("internal error: %v", p))}}
		}
	}()
	var (
		data []byte
		err  error
	)
	switch j.kind {
	case jobURL:
		data, err = fetch(ctx, opts.HTTPClient, j.name, opts.Timeout, opts.MaxBytes)
	case jobStdin:
		data, err = readStdin(opts.Stdin, opts.MaxBytes)
	default:
		data, err = readFile(j.name, opts.MaxBytes)
	}
	if err != nil {
		return result{warns: []model.Warning{warning(j.name, err.Error())}}
	}
	talks, warns := parse(sourceOf(j.name), data)
	return result{talks: talks, warns: warns}
}

// warning is a whole-file warning, made safe to print.
func warning(file, msg string) model.Warning {
	return model.Warning{File: sanitizeLine(file), Msg: sanitizeLine(msg)}
}

// isURL is true for an http:// or https:// input.
func isURL(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}
