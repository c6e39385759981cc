// Command gencorpus writes a deterministic synthetic transcript corpus for
// benchmarks and scale tests:
//
//	go run ./tools/gencorpus -size 100MB -out DIR [-seed 1]
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"talks/synth"
)

func main() {
	size := flag.String("size", "100MB", "corpus size: bytes, or a number with KB, MB or GB (powers of 1024)")
	out := flag.String("out", "", "folder to write the corpus into (required)")
	seed := flag.Int64("seed", 1, "seed: the same seed gives the same bytes")
	flag.Parse()
	n, err := parseSize(*size)
	if err != nil || *out == "" || flag.NArg() > 0 {
		if err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
		}
		flag.Usage()
		os.Exit(2)
	}
	start := time.Now()
	st, err := synth.Write(*out, n, *seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d bytes, %d files (%d volumes), %d talks (%d duplicated), %d images in %v\n",
		*out, st.Bytes, st.Files, st.Volumes, st.Talks, st.Duplicates, st.Images, time.Since(start).Round(time.Millisecond))
}

// parseSize reads "100MB", "1.5GB", "512KB" or a plain number of bytes.
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := 1.0
	for _, u := range []struct {
		suffix string
		mult   float64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSuffix(t, u.suffix), u.mult
			break
		}
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(t), 64)
	if err != nil || f <= 0 {
		return 0, fmt.Errorf("bad size %q: want a positive number of bytes, KB, MB or GB", s)
	}
	return int64(f * mult), nil
}
