package state

import "talks/model"

// ParaAt is the paragraph being read when block b is at the top of the
// pane: the first numbered block at or after b, or the talk's last
// paragraph when none follows.
func ParaAt(t *model.Talk, b int) int {
	for i := max(0, b); i < len(t.Blocks); i++ {
		if t.Blocks[i].Para > 0 {
			return t.Blocks[i].Para
		}
	}
	return t.Paragraphs()
}

// At is the position of t with block b at the top (-1: the header).
func At(t *model.Talk, b int) Pos {
	return Pos{Block: b, Para: ParaAt(t, b)}
}

// BlockIn is the block of t to put at the top for p: p.Block when it still
// leads to paragraph p.Para, else the block of p.Para (the talk's file
// changed), else p.Block if t has it, else -1 (the header).
func (p Pos) BlockIn(t *model.Talk) int {
	inRange := p.Block >= 0 && p.Block < len(t.Blocks)
	if p.Block < 0 || (inRange && ParaAt(t, p.Block) == p.Para) {
		return max(-1, p.Block)
	}
	if p.Para > 0 {
		if b := t.BlockOfPara(p.Para); b >= 0 {
			return b
		}
	}
	if inRange {
		return p.Block
	}
	return -1
}
