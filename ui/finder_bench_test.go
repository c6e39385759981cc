package ui

import (
	"fmt"
	"testing"

	"talks/model"
)

// manyTalks is n invented talks shaped like the fixture: Chinese and
// English titles, forums and speakers from small lists.
func manyTalks(n int) *model.Corpus {
	names := []string{"黄文灏", "林晓", "周明", "陈一", "Alice Wang", "王芳", "赵磊", "Bob Li", "李亚州", "Carol Wu"}
	topics := []string{"大模型的预训练", "智能体的记忆与规划", "开源模型的生态与治理", "Scaling Laws in Practice", "多模态理解", "强化学习与推理"}
	forums := []string{"基础模型论坛", "智能体论坛", "Open Source Forum", "多模态论坛"}
	c := &model.Corpus{}
	for i := range n {
		c.Talks = append(c.Talks, build(talkSpec{
			ID: fmt.Sprintf("BVgen%06d-p%d", i/8, i%8+1), Volume: fmt.Sprintf("测试大会 %d", 2000+i/400),
			Event: fmt.Sprintf("%d测试大会", 2000+i/400), Forum: forums[i/8%len(forums)], Part: i%8 + 1,
			Title:    fmt.Sprintf("%s：第%d讲", topics[i%len(topics)], i),
			Speakers: []model.Speaker{{Name: names[i%len(names)], Role: model.RoleSpeaker}, {Name: names[(i/3)%len(names)], Role: model.RoleGuest}},
			Blocks:   []model.Block{para(filler(i))},
		}))
	}
	return c
}

// finderKeys are words typed a letter at a time and cleared with ctrl+u,
// more queries than the index remembers.
func finderKeys() []string {
	var keys []string
	for _, w := range []string{"hwh", "dmx", "huangwen", "zhiti", "scal", "open we", "kaiyuan", "qiang", "lin", "预训练"} {
		for _, r := range w {
			keys = append(keys, string(r))
		}
		keys = append(keys, "ctrl+u")
	}
	return keys
}

// BenchmarkFinderKeystroke measures one key typed in the finder over
// 10,000 talks: the query ranked (its command run at once) and the screen
// drawn, as the user sees it.
func BenchmarkFinderKeystroke(b *testing.B) {
	d := newDriver(b, manyTalks(10000), 100, 30)
	d.press("ctrl+k")
	keys := finderKeys()
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		d.press(keys[n%len(keys)])
		_ = d.m.View()
		n++
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(n)/1000, "ms/key")
}

// BenchmarkFinderKeyUpdate measures what a key typed in the finder costs
// the program's loop, which nothing else runs in meanwhile: Update and the
// screen drawn, the ranking left to its command (not run here, as the
// program runs it beside the loop). Compare BenchmarkFinderKeystroke.
func BenchmarkFinderKeyUpdate(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("talks=%d", n), func(b *testing.B) {
			d := newDriver(b, manyTalks(n), 100, 30)
			d.press("ctrl+k")
			keys := finderKeys()
			b.ReportAllocs()
			b.ResetTimer()
			i := 0
			for b.Loop() {
				next, _ := d.m.Update(keyPress(keys[i%len(keys)]))
				d.m = next.(Model)
				_ = d.m.View()
				i++
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(i)/1000, "µs/key")
		})
	}
}
