package synth

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// Stats counts what Write wrote.
type Stats struct {
	// Files is the number of files written, volumes included.
	Files int
	// Volumes is the number of volume files (a title heading and several talks).
	Volumes int
	// Talks is the number of distinct talks written.
	Talks int
	// Duplicates is the number of talks also written under a second file name.
	Duplicates int
	// Images is the number of image lines, repeats included.
	Images int
	// Bytes is the total size of the files written.
	Bytes int64
}

// Write writes a deterministic synthetic corpus of about size bytes under dir (volumes and single files), seeded by seed.
//
// Talk n of the corpus is Talk(n, seed); groups of consecutive talks are
// written as one volume file, as single files (a few of them twice, under
// both naming styles), or as numbered notes, in folders named for their
// event or series. The total lands within half a talk of size. Existing
// files with the same names are overwritten.
func Write(dir string, size int64, seed int64) (Stats, error) {
	w := writer{dir: dir, size: size, seed: seed, dirs: map[string]bool{}}
	for g := 0; w.st.Bytes < w.size; g++ {
		gr := planGroup(g, seed)
		var err error
		if gr.kind == kindVolume {
			err = w.volume(g, &gr)
		} else {
			err = w.singles(g, &gr)
		}
		if err != nil {
			return w.st, err
		}
	}
	return w.st, nil
}

// writer holds the state of one Write call.
type writer struct {
	dir  string
	size int64
	seed int64
	st   Stats
	dirs map[string]bool
	buf  []byte
}

// fits reports whether adding n bytes leaves the total closer to the target
// than stopping now.
func (w *writer) fits(n int) bool {
	over := w.st.Bytes + int64(n) - w.size
	return over <= 0 || over < w.size-w.st.Bytes
}

// folder is where group gr's files go, relative to dir.
func folder(gr *group, m *meta) string {
	if gr.kind == kindNotes {
		return filepath.Join("notes", gr.series)
	}
	return m.eventName()
}

// volume writes group g as one volume file, as many of its talks as fit.
func (w *writer) volume(g int, gr *group) error {
	first := planTalk(g*groupSize, w.seed)
	w.buf = fmt.Appendf(w.buf[:0], "# %s %d（%s）\n\n\n\n", gr.event.name, gr.year, cnNumber[g%len(cnNumber)])
	talks, images := 0, 0
	for i := range groupSize {
		start := len(w.buf)
		if i > 0 {
			w.buf = append(w.buf, "\n\n\n"...)
		}
		m := planTalk(g*groupSize+i, w.seed)
		w.buf = appendTalk(w.buf, &m, w.seed)
		if !w.fits(len(w.buf)) && i > 0 {
			w.buf = w.buf[:start]
			break
		}
		talks++
		images += bytes.Count(w.buf[start:], []byte("\n![]("))
	}
	name := fmt.Sprintf("%03d_%016x.txt", g, rng(w.seed, saltFile, g).Uint64())
	if err := w.write(folder(gr, &first), name, w.buf); err != nil {
		return err
	}
	w.st.Volumes++
	w.st.Talks += talks
	w.st.Images += images
	return nil
}

// singles writes each talk of group g to its own file (or two).
func (w *writer) singles(g int, gr *group) error {
	for i := range groupSize {
		m := planTalk(g*groupSize+i, w.seed)
		w.buf = appendTalk(w.buf[:0], &m, w.seed)
		names := m.fileNames(w.seed)
		for k, name := range names {
			if w.st.Bytes >= w.size || !w.fits(len(w.buf)) {
				return nil
			}
			if err := w.write(folder(gr, &m), name, w.buf); err != nil {
				return err
			}
			if k == 0 {
				w.st.Talks++
				w.st.Images += bytes.Count(w.buf, []byte("\n![]("))
			} else {
				w.st.Duplicates++
			}
		}
	}
	return nil
}

// write writes one file under dir/sub and counts it.
func (w *writer) write(sub, name string, data []byte) error {
	d := filepath.Join(w.dir, sub)
	if !w.dirs[d] {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("synth: %w", err)
		}
		w.dirs[d] = true
	}
	if err := os.WriteFile(filepath.Join(d, name), data, 0o644); err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	w.st.Files++
	w.st.Bytes += int64(len(data))
	return nil
}
