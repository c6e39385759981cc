package fetch

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"talks/slides"
)

// pngOf is a w×h PNG filled with c.
func pngOf(t testing.TB, w, h int, c color.RGBA) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// server serves files by path and counts the requests for each.
type server struct {
	*httptest.Server
	mu    sync.Mutex
	files map[string][]byte
	hits  map[string]int
}

func newServer(t *testing.T, files map[string][]byte) *server {
	s := &server{files: files, hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		data, ok := s.files[r.URL.Path]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		if strings.HasPrefix(r.URL.Path, "/stream") { // no Content-Length: chunked
			w.Write(data[:len(data)/2])
			w.(http.Flusher).Flush()
			data = data[len(data)/2:]
		}
		w.Write(data)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) hitsOf(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func TestSecondRunNeedsNoNetwork(t *testing.T) {
	dir := t.TempDir()
	s := newServer(t, map[string][]byte{"/a.png": pngOf(t, 40, 30, color.RGBA{200, 0, 0, 255})})
	url := s.URL + "/a.png"
	img, err := New(Options{Dir: dir}).Get(context.Background(), url)
	if err != nil || img.Bounds().Dx() != 40 {
		t.Fatalf("first fetch: %v, %v", img, err)
	}
	s.Close() // the second run has no network at all
	img, err = New(Options{Dir: dir}).Get(context.Background(), url)
	if err != nil || img.Bounds().Dx() != 40 {
		t.Fatalf("second run: %v, %v", img, err)
	}
	if r, _, _, _ := img.At(0, 0).RGBA(); r>>8 != 200 {
		t.Errorf("cached image has other pixels")
	}
	if n := s.hitsOf("/a.png"); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}

func TestMemoryCacheAndSharedFetch(t *testing.T) {
	s := newServer(t, map[string][]byte{"/a.png": pngOf(t, 8, 8, color.RGBA{0, 0, 255, 255})})
	f := New(Options{}) // no disk cache
	var wg sync.WaitGroup
	var failures atomic.Int32
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.Get(context.Background(), s.URL+"/a.png"); err != nil {
				failures.Add(1)
			}
		}()
	}
	wg.Wait()
	f.Get(context.Background(), s.URL+"/a.png")
	if failures.Load() != 0 || s.hitsOf("/a.png") != 1 {
		t.Errorf("%d failures, %d requests; want 0 and 1", failures.Load(), s.hitsOf("/a.png"))
	}
}

func TestEvictionBySize(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{}
	for i, name := range []string{"/a.png", "/b.png", "/c.png"} {
		files[name] = pngOf(t, 64, 64, color.RGBA{uint8(i * 80), 10, 10, 255})
	}
	one := int64(len(files["/a.png"]) + headerLen)
	s := newServer(t, files)
	get := func(name string) {
		t.Helper()
		if _, err := New(Options{Dir: dir, MaxCacheBytes: 2*one + one/2}).Get(context.Background(), s.URL+name); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond) // modification times apart
	}
	get("/a.png") // the cache has room for two files
	get("/b.png")
	get("/a.png") // a is used again, from the disk cache: b is now the oldest
	get("/c.png") // evicts b
	if s.hitsOf("/a.png") != 1 {
		t.Errorf("a was fetched %d times, want once", s.hitsOf("/a.png"))
	}
	cache := &diskCache{dir: dir}
	for name, want := range map[string]bool{"/a.png": true, "/b.png": false, "/c.png": true} {
		_, err := os.Stat(filepath.Join(dir, cache.name(s.URL+name)))
		if got := err == nil; got != want {
			t.Errorf("%s cached %v, want %v", name, got, want)
		}
	}
	var total int64
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		total += info.Size()
	}
	if total > 2*one+one/2 {
		t.Errorf("cache holds %d bytes, more than its bound %d", total, 2*one+one/2)
	}
}

func TestCorruptCacheFileIsRebuilt(t *testing.T) {
	dir := t.TempDir()
	s := newServer(t, map[string][]byte{"/a.png": pngOf(t, 16, 16, color.RGBA{0, 200, 0, 255})})
	url := s.URL + "/a.png"
	if _, err := New(Options{Dir: dir}).Get(context.Background(), url); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, (&diskCache{}).name(url))
	good, _ := os.ReadFile(path)
	damages := map[string][]byte{
		"truncated":   good[:len(good)-10],
		"a byte flip": append(append(append([]byte{}, good[:headerLen+20]...), good[headerLen+20]^0xff), good[headerLen+21:]...),
		"garbage":     []byte("not a cache file at all"),
		"empty":       nil,
	}
	want := 1
	for name, bad := range damages {
		if err := os.WriteFile(path, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		img, err := New(Options{Dir: dir}).Get(context.Background(), url)
		want++
		if err != nil || img.Bounds().Dx() != 16 {
			t.Fatalf("%s: %v, %v", name, img, err)
		}
		if got := s.hitsOf("/a.png"); got != want {
			t.Errorf("%s: %d requests, want %d (the damaged file refetched)", name, got, want)
		}
		if again, _ := os.ReadFile(path); !bytes.Equal(again, good) {
			t.Errorf("%s: the cache file was not rebuilt", name)
		}
	}
}

func TestFetchReasons(t *testing.T) {
	big := bytes.Repeat([]byte{0}, 4096)
	copy(big, pngOf(t, 8, 8, color.RGBA{1, 2, 3, 255}))
	s := newServer(t, map[string][]byte{
		"/page.png":   []byte("<!DOCTYPE html><html><body>Not here</body></html>"),
		"/big.png":    big,
		"/stream.png": big,
	})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer slow.Close()
	dir := t.TempDir()
	f := New(Options{Dir: dir, Timeout: 100 * time.Millisecond, Limits: slides.Limits{MaxBytes: 1000}})
	for target, want := range map[string]string{
		s.URL + "/page.png":               slides.ReasonNotImage,
		s.URL + "/big.png":                slides.ReasonTooLarge,
		s.URL + "/none.png":               "http-404",
		slow.URL + "/slow.png":            slides.ReasonTimeout,
		"ftp://host/a.png":                slides.ReasonBadURL,
		filepath.Join(dir, "no-such.png"): slides.ReasonMissing,
	} {
		img, err := f.Get(context.Background(), target)
		if img != nil || slides.Reason(err) != want {
			t.Errorf("%s: reason %q (%v), want %q", target, slides.Reason(err), err, want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a failed fetch left %d files in the cache", len(entries))
	}
}

func TestLocalFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "slide.png")
	os.WriteFile(path, pngOf(t, 12, 9, color.RGBA{9, 9, 9, 255}), 0o600)
	os.WriteFile(filepath.Join(dir, "notes.png"), []byte("just text, named .png"), 0o600)
	f := New(Options{})
	for _, target := range []string{path, "file://" + path} {
		if img, err := f.Get(context.Background(), target); err != nil || img.Bounds().Dy() != 9 {
			t.Errorf("%s: %v, %v", target, img, err)
		}
	}
	if _, err := f.Get(context.Background(), filepath.Join(dir, "notes.png")); slides.Reason(err) != slides.ReasonNotImage {
		t.Errorf("a text file: %v", err)
	}
	if _, err := New(Options{Limits: slides.Limits{MaxBytes: 10}}).Get(context.Background(), path); slides.Reason(err) != slides.ReasonTooLarge {
		t.Errorf("a file over the byte limit: %v", err)
	}
	if _, err := f.Get(context.Background(), dir); slides.Reason(err) != slides.ReasonNotImage {
		t.Errorf("a folder: %v", err)
	}
}

// TestTwoProcessesShareTheCache: two fetchers on one folder, as two runs of
// the app would be, fetching the same images at once.
func TestTwoProcessesShareTheCache(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{}
	for i := range 6 {
		files["/"+string(rune('a'+i))+".png"] = pngOf(t, 32, 32, color.RGBA{uint8(40 * i), 0, 0, 255})
	}
	s := newServer(t, files)
	one := int64(len(files["/a.png"]) + headerLen)
	var wg sync.WaitGroup
	errs := make(chan error, 12)
	for range 2 {
		f := New(Options{Dir: dir, MaxCacheBytes: 4 * one})
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range files {
				if _, err := f.Get(context.Background(), s.URL+name); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue // a temporary file of a write in flight elsewhere
		}
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		if _, err := unwrapCacheFile(data); err != nil {
			t.Errorf("%s: %v", e.Name(), err)
		}
	}
}
