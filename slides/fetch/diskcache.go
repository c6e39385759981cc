package fetch

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"talks/atomicfile"
)

// cacheMagic starts every cache file; then the payload's length (8 bytes,
// big-endian), its SHA-256 (32 bytes) and the payload: a file that is
// short, long or altered in any byte is not trusted.
const cacheMagic = "talks-image-cache-1\n"

const headerLen = len(cacheMagic) + 8 + sha256.Size

// staleTemp is the age past which a temporary file left by a process that
// died while writing is removed.
const staleTemp = time.Hour

// diskCache keeps downloaded image files in one folder, one file per URL,
// named by the URL's SHA-256. Files are written to a temporary name and
// renamed into place, so another process sharing the folder sees a whole
// file or none; reads check length and checksum. The least recently used
// files (by modification time, touched on every hit) go once the folder
// holds more than max bytes.
type diskCache struct {
	dir string
	max int64
	mu  sync.Mutex // one eviction at a time in this process
}

// name is the cache file's name for a URL.
func (c *diskCache) name(url string) string {
	sum := sha256.Sum256([]byte(url))
	return hex.EncodeToString(sum[:])
}

func isCacheName(name string) bool {
	if len(name) != 2*sha256.Size {
		return false
	}
	_, err := hex.DecodeString(name)
	return err == nil
}

// get is the cached payload for url, or ok false. A file that fails its
// checks is removed, so that the next fetch rebuilds it.
func (c *diskCache) get(url string) (payload []byte, ok bool) {
	path := filepath.Join(c.dir, c.name(url))
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	payload, err = unwrapCacheFile(data)
	if err != nil {
		os.Remove(path)
		return nil, false
	}
	now := time.Now()
	os.Chtimes(path, now, now) // the access that keeps it in the cache
	return payload, true
}

// drop removes the cached file for url (its payload did not decode).
func (c *diskCache) drop(url string) {
	os.Remove(filepath.Join(c.dir, c.name(url)))
}

// put stores payload for url atomically, then evicts past the bound.
func (c *diskCache) put(url string, payload []byte) error {
	if err := os.MkdirAll(c.dir, 0o700); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(c.dir, c.name(url)), wrapCacheFile(payload), 0o600); err != nil {
		return err
	}
	return c.evict()
}

func wrapCacheFile(payload []byte) []byte {
	out := make([]byte, 0, headerLen+len(payload))
	out = append(out, cacheMagic...)
	out = binary.BigEndian.AppendUint64(out, uint64(len(payload)))
	sum := sha256.Sum256(payload)
	out = append(out, sum[:]...)
	return append(out, payload...)
}

var errBadCacheFile = errors.New("cache file damaged")

func unwrapCacheFile(data []byte) ([]byte, error) {
	if len(data) < headerLen || !bytes.HasPrefix(data, []byte(cacheMagic)) {
		return nil, errBadCacheFile
	}
	n := binary.BigEndian.Uint64(data[len(cacheMagic):])
	payload := data[headerLen:]
	if uint64(len(payload)) != n {
		return nil, errBadCacheFile
	}
	if sum := sha256.Sum256(payload); !bytes.Equal(sum[:], data[len(cacheMagic)+8:headerLen]) {
		return nil, errBadCacheFile
	}
	return payload, nil
}

type cacheEntry struct {
	path string
	size int64
	used time.Time
}

// evict removes the least recently used files until the folder holds at
// most max bytes, and temporary files left by dead writers. Another
// process may evict at the same time: a file already gone is skipped.
func (c *diskCache) evict() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	entries, err := os.ReadDir(c.dir)
	if err != nil {
		return err
	}
	var files []cacheEntry
	var total int64
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		path := filepath.Join(c.dir, e.Name())
		if !isCacheName(e.Name()) {
			if strings.HasPrefix(e.Name(), ".") && time.Since(info.ModTime()) > staleTemp {
				os.Remove(path) // atomicfile's temporary file, abandoned
			}
			continue
		}
		files = append(files, cacheEntry{path, info.Size(), info.ModTime()})
		total += info.Size()
	}
	slices.SortFunc(files, func(a, b cacheEntry) int { return a.used.Compare(b.used) })
	for _, f := range files {
		if total <= c.max {
			break
		}
		if err := os.Remove(f.path); err == nil || errors.Is(err, fs.ErrNotExist) {
			total -= f.size
		}
	}
	return nil
}
