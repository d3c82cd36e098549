package advisor

// Step is the interview state machine (being written).
func (a *Advisor) Step(s Session, in Input) (Session, Reply) {
	s.Turns++
	s.UpdatedAt = in.Now
	return s, Reply{Kind: KindHelp, Text: "certpath is being built."}
}
