//go:build unix

package loader

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"talks/model"
)

// loadPeak loads inputs and returns the corpus and by how much the heap
// grew at most meanwhile.
func loadPeak(inputs []string, opts Options) (*model.Corpus, int64) {
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	stop := peakHeap()
	c := Load(context.Background(), inputs, opts)
	return c, int64(stop()) - int64(base.HeapAlloc)
}

// TestCappedURLsMemory loads eight URLs at once, each a little over the
// size cap: they take turns within Options.MaxTotalBytes instead of each
// holding a buffer of the cap, and each is reported too large.
func TestCappedURLsMemory(t *testing.T) {
	const capBytes = 8 << 20
	chunk := strings.Repeat("长", 1<<14)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for sent := 0; sent <= capBytes; sent += len(chunk) { // no Content-Length
			if _, err := w.Write([]byte(chunk)); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	var inputs []string
	for i := range 8 {
		inputs = append(inputs, fmt.Sprintf("%s/%d.md", srv.URL, i))
	}
	opts := Options{Workers: 8, MaxBytes: capBytes}
	c, grown := loadPeak(inputs, opts)
	total := opts.withDefaults().MaxTotalBytes
	t.Logf("8 URLs of %d MiB: heap grew by at most %.1f MB", capBytes>>20, float64(grown)/1e6)
	if limit := faultMemFactor*total + faultMemSlack; grown > limit {
		t.Errorf("the heap grew by %d bytes (limit %d: %d times the %d bytes read at once)", grown, limit, faultMemFactor, total)
	}
	if len(c.Warnings) != 8 {
		t.Fatalf("warnings %v, want 8", c.Warnings)
	}
	for _, w := range c.Warnings {
		if !strings.Contains(w.Msg, "larger than 8 MiB") {
			t.Errorf("warning %q, want too large", w.Error())
		}
	}
}
