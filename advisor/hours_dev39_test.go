package advisor

import "testing"

// TestHoursDev39 reads hours per week as dev39's learners wrote them
// (2026-11-30), each phrasing with other words for the same thing, and
// near misses that must keep their old reading. It sends each message
// as the answer to the hours question (answerTo).
func TestHoursDev39(t *testing.T) {
	a := newTestAdvisor(t)
	for _, tt := range []struct{ msg, want string }{
		// "except <day>" leaves that day out of every night (bb015,
		// bb021, bb029), in the learner's language.
		{"tiap malem abis tutup bisa belajar 1 jam, kecuali Senin soalnya libur ke supplier", "6"},
		{"1 jam tiap malam kecuali Jumat", "6"},
		{"3andi wa2et ba3d ma sakker el mahal, se3a kel lele ella l a7ad", "6"},
		{"se3a kel lele ella l jom3a", "6"},
		{"after close can do 1 hour, except Monday, Monday shop close i rest", "6"},
		{"1 hour every night except monday", "6"},
		{"1 Stunde jeden Abend außer Sonntag", "6"},
		{"1 heure chaque soir sauf le dimanche", "6"},
		{"una hora cada noche excepto los domingos", "6"},
		{"un'ora ogni sera tranne la domenica", "6"},
		// (near misses: an amount a week, or with nothing daily about it)
		{"I can do 5 hours a week except in december", "5"},
		{"10 hours a week, except monday", "10"},
		{"2 hours on saturday, except when I work", "2"},
		{"saturday is busy, 3 hours", "3"},
		{"weekends 3 hours, except this weekend", "3"},
		// "every second weekend ... sat n ... sun": half the weeks, both
		// days (bb010).
		{"i'm off every second weekend, 4 hrs on the sat n 4 on the sun of those", "4"},
		{"off every second weekend, 4 hrs on the sat and 4 on the sun", "4"},
		{"every other weekend 3 hrs on the sat n 3 on the sun", "3"},
		// Both weekend days named: the amount is each day's (bb011), as
		// "3 hours Saturday and Sunday morning" already was.
		{"sabato e domenica 2 ore", "4"},
		{"sábado y domingo 3 horas", "6"},
		{"samedi et dimanche 2 heures", "4"},
		{"saturday and sunday 2 hours", "4"},
		{"weekends 2 hours", "2"},
		{"the weekend 5 hours", "5"},
		// Rosters of weeks on and off: the amount of the weeks named,
		// over the cycle (bb006, bb025, bb044).
		{"roster's 2 weeks on 1 week off, 12 hr shifts, so on my week off i reckon 3 hrs a day", "7"},
		{"3 weeks on 1 week off, on my week off 4 hours a day", "7"},
		{"2 tygodnie w trasie, tydzień w domu. w trasie nic, w domu 3 godziny dziennie", "7"},
		{"3 weeks at camp, 1 week home, at home 4 hrs a day", "7"},
		{"2 weeks away, 2 weeks home, at home 2 hours a day", "7"},
		{"I work 2 weeks, then 1 week free. In free week 2 hours every day", "5"},
		{"2 weeks on 1 week off, 2 hours a day", "14"},
		// Days on, then days off (bb030).
		{"I work 2 days, then 2 days off, in days off 3 hours each", "11"},
		{"I work 4 days, then 4 days off, on my days off 2 hours each", "7"},
		// Day ranges: Dutch "t/m" (bb032), postpositions (Korean 부터 ...
		// 까지, Banglish "theke": bb045, bb054), Czech "a" is "and"
		// (bb059), Spanish and Portuguese "a" stays "to".
		{"'s winters 's avonds, ma t/m do, anderhalf uur", "6"},
		{"ma t/m vr 1 uur", "5"},
		{"di t/m do 2 uur", "6"},
		{"새벽 경매가 4시라서 밤엔 힘들고, 월요일부터 토요일까지 오후에 1시간씩 할 수 있어요", "6"},
		{"월요일부터 금요일까지 2시간씩", "10"},
		{"office 9-7 tai raate 1 ghonta, shonibar theke brihoshpotibar. shukrobar 4 ghonta", "10"},
		{"shonibar theke brihoshpotibar 1 ghonta", "6"},
		{"Sat to Thu 1 ghonta, Friday 4", "10"},
		{"úterý a čtvrtek večer 2 hodiny", "4"},
		{"pondělí a středa 2 hodiny", "4"},
		{"lunes a viernes 1 hora", "5"},
		{"segunda a sexta 1 hora", "5"},
		// Hindi day names in Devanagari (bb039).
		{"रविवार को 2 घंटे और बुधवार को 1 घंटा", "3"},
		{"शनिवार को 3 घंटे", "3"},
		// Days that can't (bb036).
		{"weekdays after work boleh 1 hour, weekend tak boleh sebab anak-anak (4 and 6)", "5"},
		{"weekdays 1 hour, weekend tak boleh", "5"},
		{"weekdays 1 hour, weekends can't, kids", "5"},
		{"weekends can't do more than 2 hours", "2"},
		// Work hours said before "so" are why, not the amount (bb054);
		// other work before "so" still keeps the amount out (dev9's
		// w002 is asked again).
		{"I work 9 to 5 so evenings 2 hours", "14"},
		{"office from 8 to 4 so at night 1 hour", "7"},
		{"I work 40 hours a week so maybe 5 hours", ""},
		{"I work three 12s a week so maybe 6 hours on my days off", ""},
		// A number of days after "but only" counts days, not a new
		// amount (dev72's ci043 read 25).
		{"1 hour, but only 5 days in week, not every day", "5"},
		{"2 hrs a day, no wait, more like 1", "7"},
		// The amount for now, said after the later one (dev73's cj025).
		{"got called back to a job in march so i'll drop to like 3 hrs a week from then. for now 6 is fine", "6"},
		{"3 hrs a week for now", "3"},
		// A count of weekday mornings, not every weekday (dev74).
		{"Two weekday mornings, 2 hrs each", "4"},
		{"weekday mornings 2 hrs", "10"},
	} {
		if got := answerTo(a, SlotHours, tt.msg).Profile.value(SlotHours); got != tt.want {
			t.Errorf("%q to the hours question: hours = %q, want %q", tt.msg, got, tt.want)
		}
	}
	// A correction's cue comes before its number: "2 chhote bhai" (two
	// little brothers) before "zyada time nahi" (not much time) is no
	// new figure (bb003); "no, 5-6 is more honest" is.
	for _, tt := range []struct{ msg, want string }{
		{"ghar pe 2 chhote bhai bhi hain padhne wale, isliye zyada time nahi", "8"},
		{"my 2 kids are small, so not much time, no", "8"},
		{"no, 5-6 is more honest", "6"},
	} {
		s, _ := run(a, Session{}, "weekdays 1 hour and sunday 3 hours")
		s.Asking, s.Asked = SlotML, map[Slot]int{SlotML: 1}
		next, _ := a.Step(s, Input{Text: tt.msg, Now: convNow})
		if got := next.Profile.value(SlotHours); got != tt.want {
			t.Errorf("%q after 8 hours, to the ML question: hours = %q, want %q", tt.msg, got, tt.want)
		}
	}
}
