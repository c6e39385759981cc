package loader

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

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
	// MaxTotalBytes bounds the bytes of the inputs read and parsed at
	// once, by all workers together (see inflight); 0 means twice
	// MaxBytes, and it is never below MaxBytes.
	MaxTotalBytes int64
	// Workers is how many inputs are read and parsed at once; 0 means one
	// per core.
	Workers int
	// Progress, when set, is told the files read and the talks loaded so
	// far as loading goes: at most every ProgressEvery, and once at the end
	// with the totals. It is called on the goroutine running Load.
	Progress func(files, talks int)
	// OnTalks, when set, receives the talks as they are loaded, in load
	// order and with their final IDs, in batches: the first as soon as
	// there is one, then at most every ProgressEvery, the last before Load
	// returns. The batches end to end are Corpus.Talks. It is called on the
	// goroutine running Load, before Progress.
	OnTalks func([]*model.Talk)
}

// ProgressEvery is the least time between two calls of Options.Progress or
// Options.OnTalks while loading.
const ProgressEvery = 50 * time.Millisecond

// withDefaults fills the zero fields of o.
func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxTotalBytes <= 0 {
		o.MaxTotalBytes = 2 * o.MaxBytes
	}
	o.MaxTotalBytes = max(o.MaxTotalBytes, o.MaxBytes+1)
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: o.Timeout}
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}

// job is one thing to read: a file, a URL or standard input, or only a
// warning met while listing the inputs (kept in its place in the order).
type job struct {
	kind jobKind
	name string
	warn *model.Warning
	// inDir says the file was found in a folder (not named): JSON in it
	// that is no transcript is counted, not reported (see folderSkips).
	inDir bool
	// skips, on a folder's summary (a jobWarning after its files), is what
	// the walk skipped; the warning is made once the files are in.
	skips *dirSkips
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
// warning and the rest still loads. Once ctx is done, inputs not yet read
// are left out.
func Load(ctx context.Context, inputs []string, opts Options) *model.Corpus {
	opts = opts.withDefaults()
	l := newLister()
	for _, in := range inputs {
		l.input(in)
	}
	jobs := l.jobs
	budget := newInflight(opts.MaxTotalBytes)
	results := make([]result, len(jobs))
	done := make(chan int, len(jobs))
	var next atomic.Int64
	for range min(opts.Workers, len(jobs)) {
		go func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(jobs) {
					return
				}
				if ctx.Err() == nil || jobs[i].kind == jobWarning {
					results[i] = run(ctx, jobs[i], opts, budget)
				}
				done <- i
			}
		}()
	}
	a := newAssembler(opts)
	var skips folderSkips
	ready := make([]bool, len(jobs))
	for range jobs {
		i := <-done
		ready[i] = true
		if jobs[i].kind != jobWarning {
			a.files++
		}
		for a.next < len(jobs) && ready[a.next] {
			a.take(skips.filter(jobs[a.next], results[a.next]))
			results[a.next] = result{} // the assembler holds it now
			a.next++
		}
		a.report(false)
	}
	a.report(true)
	return a.c
}

// assemble joins results in order and makes the IDs unique.
func assemble(results []result) *model.Corpus {
	a := newAssembler(Options{})
	for _, r := range results {
		a.take(r)
	}
	return a.c
}

// run reads and parses one job, within the bytes budget lets it have at
// once; a panic becomes a warning.
func run(ctx context.Context, j job, opts Options, budget *inflight) (r result) {
	if j.kind == jobWarning {
		return result{warns: []model.Warning{*j.warn}}
	}
	defer func() {
		if p := recover(); p != nil {
			r = result{warns: []model.Warning{warning(j.name, fmt.Sprintf("internal error: %v", p))}}
		}
	}()
	var (
		data    []byte
		err     error
		release func()
	)
	switch j.kind {
	case jobURL:
		data, release, err = fetch(ctx, opts.HTTPClient, j.name, opts.Timeout, opts.MaxBytes, budget)
	case jobStdin:
		if release, err = budget.reserve(ctx, opts.MaxBytes+1); err == nil {
			data, err = readStdin(ctx, opts.Stdin, opts.MaxBytes)
		}
	default:
		if release, err = budget.reserve(ctx, fileSize(j.name, opts.MaxBytes)); err == nil {
			data, err = readFile(ctx, j.name, opts.MaxBytes)
		}
	}
	defer release()
	if err != nil {
		return result{warns: []model.Warning{warning(j.name, err.Error())}}
	}
	talks, warns := parse(jobSource(ctx, j, opts), data)
	return result{talks: talks, warns: warns}
}

// warning is a whole-file warning, made safe to print.
func warning(file, msg string) model.Warning {
	return model.Warning{File: sanitizeField(file), Msg: sanitizeField(msg)}
}

// isURL is true for an http:// or https:// input.
func isURL(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}
