package loader

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestLoadURL(t *testing.T) {
	big := strings.Repeat("长", 2000)
	mux := http.NewServeMux()
	mux.HandleFunc("/docs/talk.md", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("# 网上的报告\n\n![](img/s1.png)\n"))
	})
	mux.HandleFunc("/big.md", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(big)) // with a Content-Length
	})
	mux.HandleFunc("/stream.md", func(w http.ResponseWriter, r *http.Request) {
		for range 20 { // chunked: no Content-Length
			w.Write([]byte(big[:600]))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/slow.md", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	mux.HandleFunc("/escape.md", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name  string
		path  string
		talks int
		warn  string
	}{
		{"ok", "/docs/talk.md", 1, ""},
		{"404", "/missing.md", 0, "HTTP 404 Not Found"},
		{"other status", "/escape.md", 0, "HTTP 418 I'm a teapot"},
		{"too big", "/big.md", 0, "larger than 4 KiB, skipped"},
		{"too big, no length", "/stream.md", 0, "larger than 4 KiB, skipped"},
		{"timeout", "/slow.md", 0, "no answer within 50ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := srv.URL + tt.path
			c := Load(context.Background(), []string{u}, Options{Timeout: 50 * time.Millisecond, MaxBytes: 4 << 10})
			if len(c.Talks) != tt.talks {
				t.Fatalf("%d talks, want %d (warnings %v)", len(c.Talks), tt.talks, c.Warnings)
			}
			var want []string
			if tt.warn != "" {
				want = []string{u + ": " + tt.warn}
			}
			var got []string
			for _, w := range c.Warnings {
				got = append(got, w.Error())
			}
			if !slices.Equal(got, want) {
				t.Errorf("warnings %q, want %q", got, want)
			}
			if tt.talks == 0 {
				return
			}
			tk := c.Talks[0]
			if tk.File != u || tk.Title != "网上的报告" || tk.ID != "talk" {
				t.Errorf("talk file %q title %q id %q", tk.File, tk.Title, tk.ID)
			}
			if got, want := tk.Images[0].Target, srv.URL+"/docs/img/s1.png"; got != want {
				t.Errorf("image %q, want %q", got, want)
			}
		})
	}
}

func TestLoadURLRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL + "/gone.md"
	srv.Close()
	c := Load(context.Background(), []string{u}, Options{})
	if len(c.Warnings) != 1 || !strings.HasPrefix(c.Warnings[0].Error(), u+": ") || strings.Count(c.Warnings[0].Error(), u) != 1 {
		t.Errorf("warnings %v: want one naming the URL once", c.Warnings)
	}
}
