package fetch

import (
	"container/list"
	"image"
	"sync"
)

// memCache keeps decoded images, the least recently used going first once
// their pixels pass max bytes.
type memCache struct {
	mu    sync.Mutex
	max   int64
	size  int64
	lru   *list.List // of *memEntry, most recent first
	byKey map[string]*list.Element
}

type memEntry struct {
	key  string
	img  image.Image
	cost int64
}

func newMemCache(max int64) *memCache {
	return &memCache{max: max, lru: list.New(), byKey: map[string]*list.Element{}}
}

// cost is about the memory the decoded image holds.
func cost(img image.Image) int64 {
	b := img.Bounds()
	return int64(b.Dx()) * int64(b.Dy()) * 4
}

func (m *memCache) get(key string) (image.Image, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e, ok := m.byKey[key]; ok {
		m.lru.MoveToFront(e)
		return e.Value.(*memEntry).img, true
	}
	return nil, false
}

func (m *memCache) put(key string, img image.Image) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.byKey[key]; ok {
		return
	}
	c := cost(img)
	m.byKey[key] = m.lru.PushFront(&memEntry{key, img, c})
	m.size += c
	for m.size > m.max && m.lru.Len() > 1 {
		old := m.lru.Remove(m.lru.Back()).(*memEntry)
		delete(m.byKey, old.key)
		m.size -= old.cost
	}
}
