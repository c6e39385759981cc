package loader

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// fetch gets a URL's body: at most max bytes, within timeout.
func fetch(ctx context.Context, client *http.Client, rawURL string, timeout time.Duration, max int64) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, errors.New("bad URL")
	}
	req.Header.Set("User-Agent", "talks")
	resp, err := client.Do(req)
	if err != nil {
		return nil, netErr(ctx, err, timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > max {
		return nil, errTooLarge(max)
	}
	data, err := readAll(resp.Body, max)
	if err != nil {
		var tl errTooLarge
		if errors.As(err, &tl) {
			return nil, err
		}
		return nil, netErr(ctx, err, timeout)
	}
	return data, nil
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
