package loader

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// fetch gets a URL's body: at most max bytes, within timeout. Once the
// answer's headers are in, the body's size (max when the answer does not
// say) is reserved in budget; release gives it back and is never nil.
func fetch(ctx context.Context, client *http.Client, rawURL string, timeout time.Duration, max int64, budget *inflight) (data []byte, release func(), err error) {
	release = func() {}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, release, errors.New("bad URL")
	}
	req.Header.Set("User-Agent", "talks")
	resp, err := client.Do(req)
	if err != nil {
		return nil, release, netErr(ctx, err, timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, release, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > max {
		return nil, release, errTooLarge(max)
	}
	size, first := max+1, 512 // the answer does not say
	if resp.ContentLength >= 0 {
		size, first = resp.ContentLength+1, int(resp.ContentLength)+1
	}
	if release, err = budget.reserve(ctx, size); err != nil {
		return nil, release, netErr(ctx, err, timeout)
	}
	data, err = readSized(resp.Body, max, first)
	if err != nil {
		var tl errTooLarge
		if errors.As(err, &tl) {
			return nil, release, err
		}
		return nil, release, netErr(ctx, err, timeout)
	}
	return data, release, nil
}

// netErr says in a few words why a request failed, without the URL (the
// warning names it already).
func netErr(ctx context.Context, err error, timeout time.Duration) error {
	var ue *url.Error
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.As(err, &ue) && ue.Timeout():
		return fmt.Errorf("no answer within %s", timeout)
	case errors.Is(ctx.Err(), context.Canceled):
		return errors.New("cancelled")
	case ue != nil:
		return ue.Err
	}
	return err
}
