package synth

import "unicode/utf8"

// pool is a fixed list of words with their lengths in runes, read-only after
// package initialisation.
type pool struct {
	words []string
	runes []int
}

func newPool(words ...string) pool {
	p := pool{words: words, runes: make([]int, len(words))}
	for i, w := range words {
		p.runes[i] = utf8.RuneCountInString(w)
	}
	return p
}

// The word pools below are invented for this generator.
var (
	zhWords = newPool(
		"模型", "系统", "数据", "训练", "推理", "评测", "架构", "算力", "显存", "集群",
		"参数", "精度", "延迟", "吞吐", "调度", "缓存", "向量", "索引", "检索", "生成",
		"对齐", "安全", "隐私", "授权", "社区", "开源", "平台", "工具", "框架", "接口",
		"用户", "场景", "业务", "客户", "团队", "产品", "成本", "效率", "质量", "规模",
		"我们", "大家", "这个", "那个", "其实", "然后", "就是", "所以", "但是", "因为",
		"如果", "可能", "非常", "比较", "已经", "还是", "一些", "这样", "那么", "包括",
		"实际上", "也就是说", "换句话说", "从这个角度", "另一方面", "总的来说", "某种程度上",
		"大模型", "小模型", "多模态", "长上下文", "强化学习", "监督微调", "知识蒸馏", "混合专家",
		"注意力", "位置编码", "分词器", "损失函数", "学习率", "梯度", "采样", "解码", "量化", "剪枝",
		"数据清洗", "去重", "过滤", "标注", "合成数据", "预训练", "后训练", "指令数据", "偏好数据",
		"边缘设备", "云端", "机房", "芯片", "带宽", "网络", "存储", "内存", "硬盘", "功耗",
		"稳定性", "可观测性", "容错", "回滚", "灰度", "上线", "监控", "告警", "日志", "指标",
		"实验", "结果", "曲线", "分布", "基线", "消融", "对比", "提升", "下降", "收敛",
		"问题", "方法", "思路", "方向", "挑战", "机会", "经验", "教训", "共识", "分歧",
		"今天", "去年", "明年", "过去一年", "这两年", "未来", "现在", "之前", "之后", "最近",
		"一个", "两个", "几个", "很多", "大部分", "少数", "每一个", "所有的", "整个", "同时",
		"理解", "推动", "探索", "验证", "优化", "设计", "实现", "部署", "维护", "迭代",
		"研究院", "实验室", "高校", "企业", "初创公司", "工作组", "开发者", "研究者", "工程师", "同学",
		"呃", "啊", "嗯", "对", "好", "那", "哎", "嗯对",
	)
	twWords = newPool(
		"模型", "系統", "資料", "訓練", "推論", "評測", "架構", "算力", "記憶體", "叢集",
		"參數", "精度", "延遲", "吞吐量", "排程", "快取", "向量", "索引", "檢索", "生成",
		"我們", "大家", "這個", "那個", "其實", "然後", "就是", "所以", "但是", "因為",
		"如果", "可能", "非常", "比較", "已經", "還是", "一些", "這樣", "那麼", "包括",
		"裝置", "語音", "助理", "使用者", "體驗", "網路", "雲端", "車用", "家用", "離線",
		"團隊", "產品", "成本", "效率", "品質", "規模", "問題", "方法", "經驗", "挑戰",
		"實驗", "結果", "分佈", "對比", "提升", "下降", "設計", "實作", "部署", "維護",
		"開源", "社群", "平台", "工具", "框架", "介面", "授權", "隱私", "安全", "對齊",
	)
	enWords = newPool(
		"model", "system", "data", "training", "inference", "benchmark", "pipeline", "latency",
		"throughput", "cache", "token", "batch", "kernel", "cluster", "scaling", "alignment",
		"agent", "retrieval", "embedding", "attention", "decoder", "encoder", "baseline", "dataset",
		"GPU", "CPU", "NPU", "API", "SDK", "LLM", "RAG", "MoE", "KV-Cache", "FP8", "INT4",
		"open source", "fine-tuning", "pre-training", "post-training", "prompt", "reward", "policy",
		"paper", "demo", "roadmap", "trade-off", "feedback", "workflow", "serving", "edge",
		"OK", "sorry", "yes", "right", "so", "actually", "basically", "anyway",
	)
	enProse = newPool(
		"the", "a", "we", "you", "they", "it", "this", "that", "and", "but", "so", "because",
		"is", "are", "was", "were", "have", "has", "can", "will", "would", "should", "might",
		"really", "very", "quite", "actually", "basically", "maybe", "probably", "always", "never",
		"model", "models", "system", "data", "memory", "device", "devices", "users", "team",
		"problem", "question", "answer", "result", "results", "number", "time", "cost", "budget",
		"small", "large", "fast", "slow", "cheap", "expensive", "simple", "hard", "different",
		"train", "run", "ship", "measure", "update", "load", "serve", "test", "build", "learn",
		"first", "second", "third", "last", "next", "every", "some", "many", "few", "most",
		"in", "on", "at", "for", "with", "from", "into", "about", "after", "before", "of", "to",
		"latency", "throughput", "benchmark", "cluster", "kernel", "cache", "update", "field",
	)
	fillers   = newPool("呃", "啊", "嗯", "对", "就是", "然后", "那个", "这个", "其实", "OK")
	abbrevs   = newPool("e.g.", "i.e.", "U.S.", "etc.", "vs.", "Dr.", "No.", "a.k.a.")
	surnames  = []string{"林", "周", "陈", "赵", "宋", "许", "何", "韩", "郑", "孙", "吴", "王", "李", "张", "刘", "杨", "黄", "徐", "朱", "马", "胡", "郭", "罗", "高", "梁", "谢", "唐", "冯", "董", "萧", "程", "曹", "袁", "邓", "傅", "沈", "曾", "彭", "吕", "苏"}
	givens    = []string{"晓岚", "明远", "思远", "一鸣", "佳音", "文博", "建国", "露", "雅婷", "佳琪", "子涵", "浩然", "若溪", "知行", "安然", "景行", "书瑶", "清扬", "墨", "川", "一帆", "星河", "慕白", "听雨", "南乔", "以宁", "亦舟", "嘉禾", "诗涵", "泽宇", "可欣", "天佑", "梓萱", "俊杰", "雨桐", "博文", "凯", "琳", "宁", "航"}
	latinFirs = []string{"Maria", "Jonas", "Elena", "Tomas", "Priya", "Lucas", "Ingrid", "Mateo", "Sofia", "Daniel", "Amara", "Henrik", "Chloe", "Rafael", "Noor", "Felix"}
	latinLast = []string{"Keller", "Novak", "Lindqvist", "Moreau", "Okafor", "Brennan", "Castillo", "Haddad", "Ivanova", "Fischer", "Tanaka", "Silva", "Duarte", "Kowalski", "Bauer", "Reyes"}
	events    = []event{
		{"示例峰会", "示例社区"}, {"星河技术大会", "星河社区"}, {"青禾AI大会", "青禾开发者"},
		{"云杉开发者大会", "云杉社区"}, {"远山智能论坛", "远山学院"}, {"晨曦数据大会", "晨曦数据"},
	}
	forums = []string{
		"智能系统", "数据与开源", "安全与对齐", "多模态模型", "推理与部署", "具身智能", "AI for Science",
		"大模型产业技术", "边缘计算", "智慧医疗：影像、功能与仿真", "开发者工具", "评测与基准", "语音与对话",
	}
	topics = []string{
		"推理系统", "训练框架", "数据治理", "模型评测", "长上下文", "向量检索", "边缘部署", "语音助理",
		"代码生成", "多模态理解", "智能体", "合成数据", "模型压缩", "安全评测", "开源社区", "算力调度",
	}
	aspects = []string{
		"工程取舍", "实践与思考", "最新进展", "设计原则", "踩坑记录", "若干问题", "机遇与挑战",
		"方法论", "系统设计", "规模化之路", "评测方法", "落地经验",
	}
	enTitleA = []string{"Serving", "Scaling", "Evaluating", "Compressing", "Aligning", "Debugging", "Rethinking", "Measuring"}
	enTitleB = []string{"Small Models", "Long Contexts", "Open Datasets", "Speech Agents", "Vision Encoders", "Retrieval Pipelines", "Sparse Experts"}
	enTitleC = []string{"at the Edge", "in Production", "on a Budget", "Across Languages", "for Science", "Without Regret", "at Scale"}
	cnNumber = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	codeLang = []string{"python", "bash", "go", "yaml", ""}
)

// event is a conference series and the community that publishes its videos.
type event struct {
	name      string
	publisher string
}
