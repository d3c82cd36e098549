package advisor

import (
	"strconv"
	"strings"
)

// typography folds the variants people type into ASCII; a Replacer is
// immutable and safe for concurrent use once built.
var typography = strings.NewReplacer("’", "'", "‘", "'", "–", "-", "—", "-")

// normalizeText lower-cases, folds typographic variants and collapses
// white space. Step calls it once per turn.
func normalizeText(s string) string {
	return strings.Join(strings.Fields(typography.Replace(strings.ToLower(s))), " ")
}

// set fills one slot from a string value; hours parse as a number.
func (p *Profile) set(s Slot, v string) {
	switch s {
	case SlotProgramming:
		p.Programming = v
	case SlotML:
		p.ML = v
	case SlotGoal:
		p.Goal = v
	case SlotBudget:
		p.Budget = v
	case SlotHours:
		p.HoursPerWeek, _ = strconv.Atoi(v)
	case SlotStart:
		p.Start = v
	}
}

// value returns a slot's value as a string.
func (p Profile) value(s Slot) string {
	switch s {
	case SlotProgramming:
		return p.Programming
	case SlotML:
		return p.ML
	case SlotGoal:
		return p.Goal
	case SlotBudget:
		return p.Budget
	case SlotHours:
		if p.HoursPerWeek == 0 {
			return ""
		}
		return strconv.Itoa(p.HoursPerWeek)
	case SlotStart:
		return p.Start
	}
	return ""
}

// merge copies every filled slot of src into p and lists what changed.
func (p *Profile) merge(src Profile) (changed []Slot) {
	for _, s := range append(append([]Slot{}, Slots...), SlotStart) {
		if !src.Has(s) {
			continue
		}
		before := *p
		p.set(s, src.value(s))
		if !before.Equal(*p) || !before.Has(s) {
			changed = append(changed, s)
		}
	}
	return changed
}
