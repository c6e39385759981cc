package index

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"talks/model"
)

// A deterministic generator of invented talks with the shapes of real ones:
// event, forum, P<n>, a title of Chinese words with some English terms, one
// speaker or a roundtable with a host and guests, Chinese and English names,
// volumes, and (for full-text search) long paragraphs of mixed text.

var (
	genWords = strings.Fields("模型 训练 数据 智能 系统 学习 网络 语言 视觉 推理 安全 对齐 评测 开源 生成 " +
		"多模态 机器人 芯片 算力 医疗 金融 教育 科学 平台 方法 实践 进展 挑战 未来 应用 框架 优化 " +
		"分布式 检索 增强 知识 图谱 具身 自动驾驶 长文本 智能体 产业 基础 前沿 探索 理论 工具 评估")
	genTerms   = strings.Fields("Transformer Scaling Agent RLHF Diffusion Yi-Lite MoE RAG LoRA Benchmark Tokenizer GPU")
	genSurname = []rune("王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘")
	genGiven   = []rune("明华文杰晓伟芳娜敏静丽强磊军洋勇艳涛超浩皓闻琳婷雪飞鹏宇翔然欣怡嘉行")
	genFirst   = strings.Fields("Alice Bob Carol David Erin Frank Grace Henry Irene Jack Karen Leo Maria Nina Oscar Paul")
	genLast    = strings.Fields("Wong Baker Smith Chen Garcia Miller Davis Lopez Wilson Moore Taylor Clark Lewis Young")
	genFillers = strings.Fields("然后 就是 我们 这个 其实 那么 所以 大家 可以 看到 一个 非常 重要 的 问题 因为 如果 " +
		"我觉得 比如说 另外 最后 当然 这样 还是 已经 可能 需要 通过 进行 相关 工作")
	genEnglish = strings.Fields("the model is trained on large data and we see that scaling helps but alignment matters")
)

// genName is an invented person: mostly a Chinese name, sometimes English.
func genName(r *rand.Rand) string {
	if r.IntN(8) == 0 {
		return genFirst[r.IntN(len(genFirst))] + " " + genLast[r.IntN(len(genLast))]
	}
	name := []rune{genSurname[r.IntN(len(genSurname))], genGiven[r.IntN(len(genGiven))]}
	if r.IntN(3) > 0 {
		name = append(name, genGiven[r.IntN(len(genGiven))])
	}
	return string(name)
}

func genTitle(r *rand.Rand) string {
	var b strings.Builder
	for n := 2 + r.IntN(4); n > 0; n-- {
		b.WriteString(genWords[r.IntN(len(genWords))])
		if r.IntN(5) == 0 {
			b.WriteString(genTerms[r.IntN(len(genTerms))])
		}
		if n == 3 && r.IntN(3) == 0 {
			b.WriteString("：")
		}
	}
	return b.String()
}

// genTalks makes n talks (no body) deterministically.
func genTalks(n int) []*model.Talk {
	r := rand.New(rand.NewPCG(1, uint64(n)))
	people := make([]string, n/5+10)
	for i := range people {
		people[i] = genName(r)
	}
	talks := make([]*model.Talk, n)
	var event, forum, volume string
	part := 0
	for i := range talks {
		if part == 0 || r.IntN(8) == 0 {
			year := 2019 + r.IntN(8)
			switch r.IntN(3) {
			case 0:
				event = fmt.Sprintf("%d星河智能大会", year)
			case 1:
				event = fmt.Sprintf("Star Summit %d", year)
			default:
				event = fmt.Sprintf("%d云湖论坛", year)
			}
			forum = genWords[r.IntN(len(genWords))] + genWords[r.IntN(len(genWords))]
			volume = ""
			if r.IntN(3) == 0 {
				volume = fmt.Sprintf("星河文集 %d（%d）", year, 1+r.IntN(9))
			}
			part = 0
		}
		part++
		t := &model.Talk{
			ID:    fmt.Sprintf("BVgen%07d-p%d", i, part),
			Event: event, Forum: forum, Part: part, Volume: volume,
			Title: genTitle(r),
		}
		if r.IntN(8) == 0 {
			t.Title = "圆桌讨论：" + t.Title
			t.Speakers = append(t.Speakers, model.Speaker{Name: people[r.IntN(len(people))], Role: model.RoleHost})
			for g := 2 + r.IntN(3); g > 0; g-- {
				t.Speakers = append(t.Speakers, model.Speaker{Name: people[r.IntN(len(people))], Role: model.RoleGuest})
			}
		} else {
			t.Speakers = []model.Speaker{{Name: people[r.IntN(len(people))], Role: model.RoleSpeaker}}
		}
		talks[i] = t
	}
	return talks
}

// genParagraph is about size bytes of ASR-like mixed text, on one line.
func genParagraph(r *rand.Rand, size int) string {
	var b strings.Builder
	b.Grow(size + 64)
	for b.Len() < size {
		switch k := r.IntN(20); {
		case k < 12:
			b.WriteString(genFillers[r.IntN(len(genFillers))])
		case k < 17:
			b.WriteString(genWords[r.IntN(len(genWords))])
		case k < 18:
			b.WriteString(genTerms[r.IntN(len(genTerms))])
		case k < 19:
			b.WriteString(" " + genEnglish[r.IntN(len(genEnglish))] + " ")
		default:
			b.WriteString("，")
		}
	}
	b.WriteString("。")
	return b.String()
}

// genCorpus makes talks whose paragraphs add up to about total bytes.
func genCorpus(total int) []*model.Talk {
	r := rand.New(rand.NewPCG(2, uint64(total)))
	var talks []*model.Talk
	for i, size := 0, 0; size < total; i++ {
		t := &model.Talk{ID: fmt.Sprintf("BVtext%05d", i), Title: genTitle(r)}
		for p := 1; p <= 60 && size < total; p++ {
			text := genParagraph(r, 200+r.IntN(3000))
			t.Blocks = append(t.Blocks, model.Block{Kind: model.KindParagraph, Text: text, Para: p})
			size += len(text)
		}
		talks = append(talks, t)
	}
	return talks
}
