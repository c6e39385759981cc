package fetch

import (
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/adrg/xdg"
	"golang.org/x/sync/singleflight"

	"talks/slides"
)

// Options configure a Fetcher; zero fields take the defaults.
type Options struct {
	// Dir is the on-disk cache folder (DefaultDir()); "" keeps no disk
	// cache.
	Dir string
	// MaxCacheBytes bounds the disk cache (default 256 MiB).
	MaxCacheBytes int64
	// MaxMemoryBytes bounds the decoded images kept in memory (default
	// 256 MiB, about 30 full-HD slides).
	MaxMemoryBytes int64
	// Timeout bounds one remote fetch (default 20 s).
	Timeout time.Duration
	// Limits bound one image's bytes and pixels (slides.DefaultLimits).
	Limits slides.Limits
	// Client does the HTTP requests (default: http.DefaultClient's
	// transport; the context carries the timeout).
	Client *http.Client
}

// DefaultDir is the image cache folder: $XDG_CACHE_HOME/talks/images
// (~/.cache/talks/images by default), read from the environment as it is
// now.
func DefaultDir() string {
	xdg.Reload()
	return filepath.Join(xdg.CacheHome, "talks", "images")
}

// Fetcher loads images by target (an http(s) URL or a local path), decodes
// them within limits and keeps them: decoded in memory, remote files on
// disk, so a second run needs no network. It is safe for concurrent use;
// call Get from a tea.Cmd, never from Update or View.
type Fetcher struct {
	opts   Options
	disk   *diskCache
	mem    *memCache
	flight singleflight.Group
}

// New is a Fetcher with the given options.
func New(o Options) *Fetcher {
	if o.MaxCacheBytes <= 0 {
		o.MaxCacheBytes = 256 << 20
	}
	if o.MaxMemoryBytes <= 0 {
		o.MaxMemoryBytes = 256 << 20
	}
	if o.Timeout <= 0 {
		o.Timeout = 20 * time.Second
	}
	if o.Limits.MaxBytes <= 0 {
		o.Limits.MaxBytes = slides.DefaultLimits.MaxBytes
	}
	if o.Limits.MaxPixels <= 0 {
		o.Limits.MaxPixels = slides.DefaultLimits.MaxPixels
	}
	if o.Client == nil {
		o.Client = http.DefaultClient
	}
	f := &Fetcher{opts: o, mem: newMemCache(o.MaxMemoryBytes)}
	if o.Dir != "" {
		f.disk = &diskCache{dir: o.Dir, max: o.MaxCacheBytes}
	}
	return f
}

// Get is the decoded image at target. Concurrent calls for one target share
// one fetch. The error's one-word reason (slides.Reason) can show next to
// the link: timeout, too-large, not-image, corrupt, missing, network,
// bad-url, http-404…
func (f *Fetcher) Get(ctx context.Context, target string) (image.Image, error) {
	if img, ok := f.mem.get(target); ok {
		return img, nil
	}
	v, err, _ := f.flight.Do(target, func() (any, error) {
		img, err := f.load(ctx, target)
		if err == nil {
			f.mem.put(target, img)
		}
		return img, err
	})
	if err != nil {
		return nil, err
	}
	return v.(image.Image), nil
}

// load reads target from its file, the disk cache or the network.
func (f *Fetcher) load(ctx context.Context, target string) (image.Image, error) {
	u, err := url.Parse(target)
	switch {
	case err == nil && (strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) && u.Host != "":
		return f.loadRemote(ctx, target)
	case err == nil && strings.EqualFold(u.Scheme, "file"):
		return f.loadFile(u.Path)
	case err == nil && u.Scheme != "" && len(u.Scheme) > 1: // a one-letter scheme is a Windows drive
		return nil, slides.Fail(slides.ReasonBadURL, fmt.Errorf("%s: not an http(s) URL or a local path", target))
	}
	return f.loadFile(target)
}

// loadFile reads and decodes a local image file.
func (f *Fetcher) loadFile(path string) (image.Image, error) {
	file, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, slides.Fail(slides.ReasonMissing, err)
		}
		return nil, err
	}
	defer file.Close()
	if info, err := file.Stat(); err == nil && (!info.Mode().IsRegular() || info.Size() > f.opts.Limits.MaxBytes) {
		if !info.Mode().IsRegular() {
			return nil, slides.Fail(slides.ReasonNotImage, fmt.Errorf("%s is not a regular file", path))
		}
		return nil, slides.Fail(slides.ReasonTooLarge, fmt.Errorf("%s has %d bytes", path, info.Size()))
	}
	return slides.Decode(file, f.opts.Limits)
}

// loadRemote is the cached copy of url, or a download of it.
func (f *Fetcher) loadRemote(ctx context.Context, url string) (image.Image, error) {
	if f.disk != nil {
		if data, ok := f.disk.get(url); ok {
			img, err := slides.DecodeBytes(data, f.opts.Limits)
			if err == nil {
				return img, nil
			}
			f.disk.drop(url) // checksummed but undecodable: limits changed; fetch anew
		}
	}
	data, err := f.download(ctx, url)
	if err != nil {
		return nil, err
	}
	img, err := slides.DecodeBytes(data, f.opts.Limits)
	if err != nil {
		return nil, err
	}
	if f.disk != nil {
		f.disk.put(url, data) // a cache that cannot be written costs a refetch, nothing more
	}
	return img, nil
}

// sniffLen is how many bytes http.DetectContentType looks at.
const sniffLen = 512

// download GETs url within the timeout and the byte limit, and refuses a
// body that does not sniff as an image before reading the rest.
func (f *Fetcher) download(ctx context.Context, url string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, slides.Fail(slides.ReasonBadURL, err)
	}
	req.Header.Set("Accept", "image/png,image/jpeg,image/gif,image/webp")
	resp, err := f.opts.Client.Do(req)
	if err != nil {
		return nil, netFailure(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, slides.Fail(slides.HTTPReason(resp.StatusCode), fmt.Errorf("%s: %s", url, resp.Status))
	}
	max := f.opts.Limits.MaxBytes
	if resp.ContentLength > max {
		return nil, slides.Fail(slides.ReasonTooLarge, fmt.Errorf("%s: %d bytes", url, resp.ContentLength))
	}
	head := make([]byte, sniffLen)
	n, err := io.ReadFull(resp.Body, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, netFailure(ctx, err)
	}
	head = head[:n]
	if kind := http.DetectContentType(head); !strings.HasPrefix(kind, "image/") {
		return nil, slides.Fail(slides.ReasonNotImage, fmt.Errorf("%s: %s", url, kind))
	}
	rest, err := io.ReadAll(io.LimitReader(resp.Body, max+1-int64(n)))
	if err != nil {
		return nil, netFailure(ctx, err)
	}
	data := append(head, rest...)
	if int64(len(data)) > max {
		return nil, slides.Fail(slides.ReasonTooLarge, fmt.Errorf("%s: more than %d bytes", url, max))
	}
	return data, nil
}

// netFailure gives a transport error its reason: timeout when the fetch's
// deadline passed or the connection timed out, network otherwise.
func netFailure(ctx context.Context, err error) error {
	var ne net.Error
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return slides.Fail(slides.ReasonTimeout, err)
	}
	if errors.Is(err, context.Canceled) {
		return err
	}
	return slides.Fail(slides.ReasonNetwork, err)
}
