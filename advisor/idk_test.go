package advisor

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// "no idea" to the budget question is not "free": certpath says what the
// choices cost and asks again. A bare "yes" to the programming question
// is some programming, not a living.
func TestDontKnowAndBareYes(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "backend dev, no ML, mlops, 5h")
	next, r := a.Step(s, Input{Text: "no idea", Now: convNow})
	if next.Profile.Budget != "" || r.Question == nil || r.Question.Slot != SlotBudget || !strings.Contains(r.Text, "$49") {
		t.Errorf("'no idea' to the budget: budget %q, reply %q; want it unset, the prices and the budget question", next.Profile.Budget, r.Text)
	}
	s, _ = a.Step(Session{}, Input{Text: "start", Now: convNow})
	next, _ = a.Step(s, Input{Text: "yes", Now: convNow})
	if next.Profile.Programming != ProgrammingSome {
		t.Errorf("'yes' to the programming question: %q, want some", next.Profile.Programming)
	}
}

// With a plan, "how long will it take?" and "what will it cost me?" are
// about the plan; a question naming something else is not.
func TestQuestionsAboutThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "backend dev, never touched ML, want to do MLOps, 6 hours a week, company pays")
	if s.Plan == nil {
		t.Fatal("no plan")
	}
	for q, want := range map[string]string{
		"how long will it take?":       fmt.Sprintf("%d weeks", s.Plan.TotalWeeks),
		"when will I finish?":          s.Plan.End,
		"how much will it cost me?":    s.Plan.CostNote,
		"how much does coursera cost?": "$49",
	} {
		if got := a.AskIn(s, q).Text; !strings.Contains(got, want) {
			t.Errorf("%q answered %q, want it to say %q", q, got, want)
		}
	}
	if got := a.AskIn(s, "how much does coursera cost?").Text; strings.Contains(got, "Your plan") {
		t.Errorf("a question about Coursera's price answered with the plan: %q", got)
	}
}

// Messages a stranger typed into certpath chat (2026-11-29), read right.
// answerTo is the session after msg, sent as the first answer to the
// question about asking.
// answerCase is a message said to a question and the value it should
// leave in the profile.
type answerCase struct {
	asking Slot
	msg    string
	slot   Slot
	want   string
}

// checkAnswers says each case's message to its question and checks the
// value it leaves.
func checkAnswers(t *testing.T, a *Advisor, cases []answerCase) {
	t.Helper()
	for _, tt := range cases {
		if got := answerTo(a, tt.asking, tt.msg).Profile.value(tt.slot); got != tt.want {
			t.Errorf("%q to the %s question: %s = %q, want %q", tt.msg, tt.asking, tt.slot, got, tt.want)
		}
	}
}

func answerTo(a *Advisor, asking Slot, msg string) Session {
	next, _ := a.Step(Session{Asking: asking, Asked: map[Slot]int{asking: 1}}, Input{Text: msg, Now: convNow})
	return next
}

func TestStrangersMessages(t *testing.T) {
	a := newTestAdvisor(t)
	checkAnswers(t, a, []answerCase{
		{SlotML, "ml?? nope never", SlotML, MLNone},
		{SlotML, "nope never", SlotML, MLNone},
		{SlotHours, "like 3-4 hrs on my days off, i work 3x12s", SlotHours, "14"},
		{SlotHours, "I work 6 days, 3 hours on my day off", SlotHours, "3"},
		// Found in dev3: the object of "coding" is a model, so this is
		// about ML, and programming stays unsaid.
		{SlotML, "i only watched conceptual videos, no coding of models yet", SlotProgramming, ""},
		{SlotML, "i only watched conceptual videos, no coding of models yet", SlotML, MLCoursework},
		// Who pays and how much, right after the budget question
		// (dev4 and dev5, 2026-11-29).
		{SlotBudget, "Bosch reimburses", SlotBudget, BudgetPaid},
		{SlotBudget, "the bank will refund after I complete", SlotBudget, BudgetPaid},
		{SlotBudget, "company coursera license", SlotBudget, BudgetPaid},
		{SlotBudget, "i can swing like 50 a month", SlotBudget, BudgetPaid},
		{SlotBudget, "we'd pay, it's fine", SlotBudget, BudgetPaid},
		{SlotBudget, "pas d'argent mais je veux le certificat, donc aide financière", SlotBudget, BudgetAid},
		{SlotBudget, "my employer has a tuition benefit, 5k a year", SlotBudget, BudgetPaid},
		{SlotBudget, "nobody pays", SlotBudget, ""},
		// A job named while ML is asked does not undo the "no ML" said
		// before; "and after data scientist" is the next step, a goal.
		{SlotML, "I want become data analyst, and after data scientist", SlotGoal, GoalDataScientist},
		{SlotBudget, "the subscription is 49 a month right?", SlotBudget, ""},
		// Times of day make a range: 1.5 h on 5 weekdays.
		{SlotHours, "weekdays 21:00-22:30", SlotHours, "8"},
		{SlotHours, "Saturday 14:00-18:00", SlotHours, "4"},
		// Schedules as dev4 and dev5 wrote them (2026-11-29).
		{SlotHours, "weekdays 1 hour, weekend 3-3 hours", SlotHours, "11"},
		// Hours as dev6 wrote them in Czech, Swahili (the unit first) and
		// German ("Di und Do", "je"), and a count with a word between it
		// and its days (2026-11-29).
		{SlotHours, "čas: 2 hodiny v úterý a ve čtvrtek, plus 3 hodiny v sobotu", SlotHours, "7"},
		{SlotHours, "Saa 2 kila usiku", SlotHours, "14"},
		{SlotHours, "Zeit: Di und Do abends je 1,5 Std., samstags 2 Std.", SlotHours, "5"},
		{SlotHours, "realistically my two non-shift weekdays, 90 min each", SlotHours, "3"},
		// Other languages' "and" between days and amounts, and German's
		// "unter der Woche" (dev7).
		{SlotHours, "los sábados 2 horas y los miércoles 1", SlotHours, "3"},
		{SlotHours, "nel weekend, 2 ore sabato e 2 domenica", SlotHours, "4"},
		{SlotHours, "unter der Woche abends 1 Std, samstags 3", SlotHours, "8"},
		{SlotBudget, "ich fange ab dem 18.01. an", SlotStart, "2027-01-18"},
		// dev8 (2026-11-29): no job is no work hours; a period taken
		// back; Japanese day names without 日; a future course is not
		// coursework; "don't know programming"; a campus's Coursera
		// access "for free" is paid by the campus; "the 2nd week".
		{SlotHours, "4 hours daily because I don't have job now", SlotHours, "28"},
		// Rotations (dev6, dev7, dev8): days off in an average week, an
		// even rotation with nothing in one half, kinds of week, a cycle
		// longer than a week, a routine before bed is daily.
		{SlotHours, "24 on 48 off, on my off days i can do 1.5 hrs", SlotHours, "7"},
		{SlotHours, "pracuję 24/48, w wolne dni godzinka", SlotHours, "5"},
		{SlotHours, "i work 14 on 14 off, 3 hours every day off", SlotHours, "11"},
		{SlotHours, "shifts are 2 days, 2 nights, 4 off. in 4 off days 2 hours each", SlotHours, "7"},
		{SlotHours, "in port i can do 2 hours a day, underway nothing. we're doing 2 weeks in, 2 weeks out for a while", SlotHours, "7"},
		{SlotHours, "on site no time. in my 14 days off I can study 3 hours every day", SlotHours, "11"},
		{SlotHours, "off weeks 2 hrs a day, on weeks maybe 30 min before bed on the vessel", SlotHours, "9"},
		{SlotHours, "mes semaines off j'peux faire 10h, les semaines de travail 2h max", SlotHours, "6"},
		// A rotation counted in nights (a stranger, 2026-11-30): the
		// nights at work are not days of study.
		{SlotHours, "3 nights on 4 off, on my days off maybe 2 hrs each", SlotHours, "8"},
		{SlotHours, "4 nights on, 3 off. 2 hours on my off days", SlotHours, "6"},
		// A day's session and an everyday one (dev21, dev28): "and"
		// adds them, "but" puts that day's amount instead; "after my
		// employer sleep" says when; a range ends the first amount's
		// days; "no forget it" takes an amount back.
		{SlotHours, "Sunday is my only day off so I can study Sunday 4 hours, and every night 30 mins after my employer sleep.", SlotHours, "8"},
		{SlotHours, "I can study Sunday morning 3 hours and 30 minutes every night after my son sleeps", SlotHours, "7"},
		{SlotHours, "2 hours a day but on saturday 4", SlotHours, "16"},
		{SlotHours, "weekdays I can watch on the matatu 40 min... no forget it, too noisy. evenings 1 hr Mon-Thu and Saturday 4hrs", SlotHours, "8"},
		// Russian "час" alone is an hour (dev17); hours "total" over a
		// span said after "it's" (dev8).
		{SlotHours, "по будням час вечером, в выходные по 3 часа", SlotHours, "11"},
		{SlotHours, "21 час в неделю", SlotHours, "21"},
		{SlotHours, "this semester I can give maybe 45 hours total, it's 15 weeks", SlotHours, "3"},
		// Every other weekend holds for the day joined to it (dev5,
		// dev7); a count of days off is not hours (dev8); days counted
		// in the clause before "90 min each" (dev6); a time of day
		// before days with no unit (dev20).
		{SlotHours, "weekdays i'm fried. every other weekend i have the kids at their mom's, i could do 4 hrs sat and 4 sun those weekends", SlotHours, "4"},
		{SlotHours, "my off days is 2 per week, 3 hours each", SlotHours, "6"},
		{SlotHours, "I do three long days (13 hrs) a week, so realistically my two non-shift weekdays, 90 min each", SlotHours, "3"},
		{SlotHours, "8 to 9 on my 4 non-shift days", SlotHours, "4"},
		{SlotHours, "1 hr every weekday morning before work + 2-3 on saturday", SlotHours, "8"},
		// dev29: an everyday amount that says so adds to a day's without
		// "and"; a roster of mornings and afternoons; "weds"; Russian
		// "часа полтора" (the unit first says "about"); Japanese "ずつ".
		{SlotHours, "every night 1 hour, Sunday 4 hours", SlotHours, "11"},
		{SlotHours, "Roster is 2 mornings, 2 afternoons, 2 nights, then 4 off. On the 4 days off I can do about 3 hours each.", SlotHours, "8"},
		{SlotHours, "tues and weds evenings 2 hrs each, plus sunday morning 2", SlotHours, "6"},
		{SlotHours, "по будням вечером часа полтора, в выходные по 3 часа", SlotHours, "14"},
		{SlotHours, "минут 30 каждый день", SlotHours, "4"},
		{SlotHours, "平日の夜に30分、土日は2時間ずつくらいです", SlotHours, "7"},
		// dev29: "coding bilkul nahi aati", German "noch nie"; a work
		// audit is no free audit; "ML: nothing at all" is not a budget.
		{SlotProgramming, "…technician hoon, coding bilkul nahi aati", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "arbeite mit DATEV und Excel, programmiert hab ich noch nie", SlotProgramming, ProgrammingNone},
		{SlotHours, "i start after my batch record audit, jan 11", SlotBudget, ""},
		{SlotProgramming, "I'm strong in Excel and did a bit of SQL in a certificate course years back, about 2015. ML: nothing at all.", SlotBudget, ""},
		// dev29: a 12x36 plantão (12 hours on, 36 off: every other day
		// off); a 7x7 roster's week off is half the weeks; a gap in the
		// day is no goal.
		{SlotHours, "umas 2 horas nas folgas, plantão 12x36", SlotHours, "7"},
		{SlotHours, "7x7 roster, on my week off 2 hrs a day", SlotHours, "7"},
		{SlotHours, "split shifts so i get a gap midday, about 1 hr, 5 days a week", SlotGoal, ""},
		// A role said with a wish, answering the ML question, is the
		// goal, not experience (dev4, dev28, dev29).
		{SlotML, "ML engineer, i want to build AI products", SlotML, ""},
		{SlotML, "ML engineer, i want to build AI products", SlotGoal, GoalMLEngineer},
		{SlotML, "data analyst banna hai, phir data scientist", SlotML, ""},
		{SlotML, "Ziel: ML Engineer", SlotGoal, GoalMLEngineer},
		{SlotProgramming, "Hallo, ich bin Softwareentwickler (Java) in München", SlotProgramming, ProgrammingProfessional},
		// Built following a tutorial is coursework; "scratch that, it
		// was the tutorial notebook" takes a build back; "mereka"
		// (they) built it (dev3, dev7, dev10).
		{SlotML, "I made a little RL agent following the unity ml-agents tutorial", SlotML, MLCoursework},
		{SlotML, "ML: i built a flood model... scratch that, it was the tutorial notebook from a workshop, their data", SlotML, MLCoursework},
		{SlotML, "mau pindah ke tim ML di kantor, mereka bikin model rekomendasi", SlotML, ""},
		// Fortran decades ago is none, unless something later is said;
		// macros only recorded are none (dev12, dev17, dev26, dev8).
		{SlotProgramming, "Retired civil engineer in Adelaide. Fortran at university in the 70s and a fair bit of Excel since, nothing else.", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "55, mechanical engineer, laid off in October after 30 years in turbines. Fortran in the 90s, MATLAB at work until about 2018", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "programming no, excel macros I only record, never write", SlotProgramming, ProgrammingNone},
		// "as a kid" is the learner, younger (tune t068).
		{SlotProgramming, "17, high school senior. did scratch as a kid and now python basics", SlotProgramming, ProgrammingSome},
		// dev30: "ML: basically none", "ML never also", Malay "takde".
		{SlotML, "ML: basically none, i've called a couple of APIs", SlotML, MLNone},
		{SlotML, "ML never also", SlotML, MLNone},
		{SlotML, "ML takde", SlotML, MLNone},
		// dev30: a start day is no study day; "X and Y off, 4 hour each
		// day" are those days; "48 on, 96 off" counts hours; "most
		// weeks that's 4 days off" says a week's; audit as a field.
		{SlotHours, "I can study weekdays 1 hour in the morning before work and Saturday 2 hours, and I want to start next Monday.", SlotHours, "7"},
		{SlotHours, "Friday and Saturday off, 4 hour each day", SlotHours, "8"},
		{SlotHours, "We run 48 on, 96 off and my station does 20-some calls a shift in summer. On my 4 days off I can put in about 3 hours each.", SlotHours, "14"},
		{SlotHours, "I work 48/96, so most weeks that's 4 days off. I'll do 1.5 hours on each day off", SlotHours, "6"},
		{SlotGoal, "I want to use ML for audit analytics, like finding unusual journal entries, I will stay in audit.", SlotBudget, ""},
		// dev30: a model owned end to end and paged for is production;
		// the day after exams finish is the start.
		{SlotML, "I own our churn model end to end: I retrained it, containerized it, and it's scored nightly in production, and I get paged when it breaks.", SlotML, MLProduction},
		{SlotHours, "my exams finish on December 20, after that 4 hours every day", SlotStart, "2026-12-21"},
		// Weekdays and weekends in other languages (dev11, dev18, dev27):
		// Chinese "补充一下" is no "one"; Turkish "3'er" is 3 each;
		// shifts counted a week are work days; Vietnamese "thứ 2, 4, 6".
		{SlotHours, "补充一下：工作日每天晚上可以学1个小时，周末每天3个小时。", SlotHours, "11"},
		{SlotHours, "hafta içi her akşam 1 saat, hafta sonu 3'er saat", SlotHours, "11"},
		{SlotHours, "Trabajo turnos de 12 horas, 3 por semana, y en mis días libres puedo 2 horas cada día", SlotHours, "8"},
		{SlotHours, "Tối thứ 2, 4, 6 mỗi tối 2 tiếng", SlotHours, "6"},
		// Budgets in other word orders: Turkish "finansal yardım lazım",
		// Chinese "我自己付钱" (dev18, dev11).
		{SlotBudget, "dolar çok pahalı, finansal yardım lazım", SlotBudget, BudgetAid},
		{SlotHours, "公司不报销，我自己付钱。", SlotBudget, BudgetPaid},
		// Goals in French, Japanese, Korean (dev27).
		{SlotGoal, "je veux juste comprendre assez l'AI pour bosser avec les data scientists, pas devenir dev", SlotGoal, GoalLiteracy},
		{SlotGoal, "AIを使った行政サービスの導入を検討する立場なので、仕組みを理解したいです", SlotGoal, GoalLiteracy},
		// Polish "w" is "in", not a week; a class named for beginners is
		// coursework (dev27).
		{SlotHours, "Po 45 minut w dni robocze", SlotHours, "4"},
		{SlotML, "ML pernah ikut kelas Dicoding Machine Learning Pemula, udah lulus", SlotML, MLCoursework},
		{SlotProgramming, "السلام عليكم، أنا مهندس برمجيات في الرياض، أكتب Java و Python من ٦ سنوات", SlotProgramming, ProgrammingProfessional},
		// Hinglish "mein" is "in", not German "my" (dev24, dev27).
		{SlotProgramming, "Main TCS mein Java developer hoon, 4 saal ho gaye", SlotProgramming, ProgrammingProfessional},
		// dev31: "once the wee ones are down" says when, not how often;
		// "a couple" after an amount is 2; "so honestly only weekends"
		// takes the commute back; "most evenings" of a power cut.
		{SlotHours, "evenings once the wee ones are down, an hour, mon to thu", SlotHours, "4"},
		{SlotHours, "I start tomorrow! 1 hour every night once my toddler's asleep", SlotHours, "7"},
		{SlotHours, "an hour mon to fri and a couple on sunday", SlotHours, "7"},
		{SlotHours, "Weekdays I'm on the bus 1.5 hrs each way so honestly only weekends, 4 hrs each day", SlotHours, "8"},
		{SlotHours, "ZESA cuts power most evenings so Saturdays at the library, 5 hours", SlotHours, "5"},
		{SlotGoal, "ok just understanding it, i'm staying a musician", SlotGoal, GoalLiteracy},
		{SlotGoal, "hmm no, scratch that, i'd rather stay an adjuster and use ML on our claims and yield data", SlotGoal, GoalFillGap},
		{SlotProgramming, "a bit of Python for a treatment planning audit", SlotBudget, ""},
		// An Argentine 6x2 roster with its "francos" (days off) (dev31).
		{SlotHours, "Trabajo 6x2, seis días y dos francos, y en los francos le puedo meter 4 horas cada día", SlotHours, "7"},
		{SlotHours, "I do 3x12s, on my days off 2 hours", SlotHours, "8"},
		// Polish days after "od", "do", "w" and "i" between them (dev31).
		{SlotHours, "godzina od poniedziałku do czwartku i w sobotę 2 godziny", SlotHours, "6"},
		{SlotHours, "split shift so I'm free 3 to 5 most days, 6 days a week", SlotHours, "12"},
		// German "verstehen, wie KI funktioniert" (a comma before the
		// complement); Indonesian "bantuan finansial" (dev16, dev18, dev27).
		{SlotGoal, "Ich will einfach verstehen, wie KI funktioniert, unsere Firma führt gerade ein KI-Tool für die Tourenplanung ein", SlotGoal, GoalLiteracy},
		{SlotBudget, "bantuan finansial", SlotBudget, BudgetAid},
		{SlotHours, "winter break starts the 19th, I'll start then", SlotStart, "2026-12-19"},
		{SlotHours, "打算1月6日开始，每周6小时左右", SlotStart, "2027-01-06"},
		// Tagalog as typed (a stranger): "walang budget", "bago shift".
		{SlotBudget, "libre sana, walang budget", SlotBudget, BudgetFree},
		{SlotHours, "mga 1 hour bago shift, mon to fri", SlotHours, "5"},
		{SlotHours, "Dělám na směny, 4 dny práce a 4 volna. Ve volné dny 2 hodiny", SlotHours, "7"},
		{SlotHours, "I work 6 days, Friday is my only off day. I can give Friday 4 hours and 30 minutes every night after work on the 6 work days", SlotHours, "7"},
		{SlotHours, "mining engineer, FIFO out of perth on an 8/6 roster (8 days on site, 6 at home). on site i'm cooked after 12s so nothing there. home days maybe 2 hrs a day", SlotHours, "6"},
		// "SE" in capitals is a software engineer; a medical coder codes
		// diagnoses (dev4, dev14, dev15, dev24).
		{SlotProgramming, "SE, Java 4 years", SlotProgramming, ProgrammingProfessional},
		{SlotProgramming, "hi, asking for my mom, she's 52, a medical coder, knows some SQL from work", SlotProgramming, ProgrammingSome},
		// A hardware engineer's Python scripts for test automation are
		// some programming; "QA automation" is still a title (dev4, dev13).
		{SlotProgramming, "Hello, I'm Taiwanese, hardware engineer in Hsinchu, I write Python scripts for test automation", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "QA automation, selenium + java", SlotProgramming, ProgrammingProfessional},
		// Arabizi "3omry ma katabt code" (dev24); "may" stays a month
		// when "ma" is a word the lexicon reads (dev6).
		{SlotProgramming, "ana sha8al accountant fe sherka fe Cairo, ba3raf Excel bas, 3omry ma katabt code", SlotProgramming, ProgrammingNone},
		{SlotHours, "season runs to end of april, i'd start may 3rd", SlotStart, "2027-05-03"},
		// Strangers in the review: "turnos de 12 horas, 3 por semana"
		// alone says no study hours; "会社に残りながら" is staying, not
		// "company pays".
		{SlotProgramming, "Olá! Sou enfermeira em Porto, faço turnos de 12 horas, 3 por semana", SlotHours, ""},
		{SlotGoal, "会社に残りながら、売上予測にMLを使いたいです", SlotBudget, ""},
		// dev32: an amount said "a week" is the week's, whatever days
		// came before; "building ..." after the job wanted describes it.
		{SlotHours, "weeknights an hour, more on weekends, call it 8 a week", SlotHours, "8"},
		{SlotGoal, "ML engineer, building the AI features end to end", SlotML, ""},
		{SlotML, "I'm building models for churn at work", SlotML, MLBuiltModels},
		// dev32: "hora y media" with no article; research "en IA".
		{SlotHours, "hora y media de lunes a viernes", SlotHours, "8"},
		{SlotHours, "hour and a half monday to friday", SlotHours, "8"},
		{SlotGoal, "maestría e investigación en IA para la salud", SlotGoal, GoalResearch},
		// dev32: an amount "before each shift" counts each shift worked
		// (a roster's days on); "one evening" is one day.
		{SlotHours, "4 nights on 3 off. i'd do 2 hrs before each shift and 4 on one of my days off", SlotHours, "12"},
		{SlotHours, "i work 3x12s, an hour after each shift", SlotHours, "3"},
		{SlotHours, "sunday arvo 2 hrs and one evening midweek for an hour", SlotHours, "3"},
		{SlotHours, "one evening a week 2 hours", SlotHours, "2"},
		// dev32: days of a length are shifts, "the 4 other days" are four.
		{SlotHours, "Je fais des journées de 12h, 3 par semaine, donc les 4 autres jours je peux faire 1h par jour", SlotHours, "4"},
		{SlotHours, "12h days, 3 a week, so the 4 other days I can do 1h a day", SlotHours, "4"},
		// dev32: "and i'd like to understand how it works" after a
		// clause about others is the learner's; "want to actually
		// understand".
		{SlotBudget, "they're trialling some AI triage stuff in the control room and i'd like to understand how it works. staying a call handler", SlotGoal, GoalLiteracy},
		{SlotGoal, "we're starting AI workshops for patrons and i want to actually understand it before i teach it. staying a librarian", SlotGoal, GoalLiteracy},
		// dev32: "made the Kaggle Intro to Machine Learning course" took
		// a course.
		{SlotML, "In ML I made the Kaggle Intro to Machine Learning course.", SlotML, MLCoursework},
		// Hindi "koi" (any) dropped: "ML ka koi experience nahi hai".
		{SlotML, "ML ka koi experience nahi hai", SlotML, MLNone},
		// dev7: a count of days in brackets after them.
		{SlotHours, "kids in bed by 7:30, so 8 to 9 on my non-shift days (4)", SlotHours, "4"},
		{SlotHours, "i study on my days off (3), 2 hours each", SlotHours, "6"},
		// dev20: "1.5 of that" is the part of the free time studied.
		{SlotHours, "between splits i've got about 3 hrs in the middle of the day, i'd do 1.5 of that on this, 4 days a week", SlotHours, "6"},
		// dev33: days kept free, a day already left out, days after "so".
		{SlotHours, "2 hrs mon to thu evenings, keeping weekends free. i'll start on the 4th of january", SlotHours, "8"},
		{SlotHours, "weeknights 2 hrs but not fridays, friday is lime 😂", SlotHours, "8"},
		{SlotHours, "Weekdays I come home at 8 pm so only weekend, Saturday 5 hours and Sunday 3", SlotHours, "8"},
		{SlotHours, "straight days 7 to 3:30 mon-fri, so evenings 2 hrs mon to thu. starting dec 1st", SlotHours, "8"},
		{SlotHours, "i work 11pm to 7am, 5 nights, so after i wake up maybe 1 hr on those days", SlotHours, "5"},
		// dev33: a day said after the amount with what they do then; the
		// weekend's days with another named; Danish "timer", Russian
		// plural day names.
		{SlotHours, "Weekdays after office 1 hour, Saturday 4 hours, Sunday I go to temple with family.", SlotHours, "9"},
		{SlotHours, "mondays and thursdays i finish early, 2h each", SlotHours, "4"},
		{SlotHours, "I work four 10s Monday to Thursday, so Friday, Saturday and Sunday I can do 3 hours each.", SlotHours, "9"},
		{SlotHours, "bel weekend, jom3a w sabt, 3 sa3at kel yom", SlotHours, "6"},
		{SlotHours, "Jeg kan læse 2 timer tirsdag og torsdag aften og 3 timer om søndagen.", SlotHours, "7"},
		{SlotHours, "По воскресеньям 3 часа и в среду вечером час", SlotHours, "4"},
		// A rotation's two phases at their own daily rates, averaged
		// over the cycle (dev28, dev32, dev33).
		{SlotHours, "14/14 rotation. at site 1 hr every night, at home 3 hrs a day", SlotHours, "14"},
		{SlotHours, "3 on 3 off. offshore it's 12s so nothing, onshore i can do 2 hrs a day", SlotHours, "7"},
		{SlotHours, "14 days at mine, 14 days home. at mine 1 hour every night, at home 2 hours", SlotHours, "11"},
		{SlotHours, "roster is 8 on 6 off. on site maybe an hour after shift, at home 2 hrs a day", SlotHours, "10"},
		// dev33: Czech, and days off counted over two weeks.
		{SlotProgramming, "jsem policista, programovat vůbec neumím", SlotProgramming, ProgrammingNone},
		{SlotGoal, "chci jen pochopit, jak AI funguje, od policie neodcházím", SlotGoal, GoalLiteracy},
		{SlotHours, "slouží se dvanáctky, krátký a dlouhý týden, takže za dva týdny mám 7 dní volna. v ty dny 2 hodiny", SlotHours, "7"},
		{SlotHours, "so every two weeks i have 7 days off. on those days 2 hours", SlotHours, "7"},
		// dev33: "ML not yet" at the end; a business of one's own; a
		// couple of lessons are lessons; a master's then research.
		{SlotProgramming, "diamond sorter in gabs. did a python short course last year, ML not yet", SlotML, MLNone},
		{SlotHours, "hang on no, scratch that. i just want it for my own business, predicting bookings so i can plan staff", SlotGoal, GoalFillGap},
		{SlotML, "the first couple of fast.ai lessons", SlotML, MLCoursework},
		{SlotGoal, "masters and research in Antarctic science", SlotGoal, GoalResearch},
		// dev32: a fortnightly day's amount "plus" a weekly one.
		{SlotHours, "every second Friday off, I can do 5 hrs on those, plus 2 hrs every Sunday", SlotHours, "5"},
		// A stranger in Spanish (2026-11-30): "nunca he programado" (never
		// have I programmed); "the other days" are the days not worked.
		{SlotProgramming, "nunca he programado", SlotProgramming, ProgrammingNone},
		{SlotHours, "trabajo 3 noches por semana, los otros días puedo 1 hora", SlotHours, "4"},
		{SlotHours, "i work 3 nights a week, the other days i can do 1 hour", SlotHours, "4"},
		// Hinglish strangers (2026-11-30): "ML bhi nahi", "company paisa
		// degi"; a data analyst wanted is the data-science track, asked.
		{SlotML, "ML bhi nahi", SlotML, MLNone},
		{SlotGoal, "company paisa degi", SlotBudget, BudgetPaid},
		{SlotGoal, "i want to become a data analyst", SlotGoal, ""},
		// dev34: "a couple of evenings", a day said before a hedged
		// amount, "two lunch hours a week plus Sunday morning".
		{SlotHours, "a couple of evenings a week, 2 hrs each", SlotHours, "4"},
		{SlotHours, "an hour on weekdays and a longer session Saturday, like 3", SlotHours, "8"},
		{SlotHours, "Two lunch hours a week plus Sunday morning, 2 hrs", SlotHours, "4"},
		// dev34: teaching it is understanding it; "only Excel" is no
		// goal; articles read are no ML; Greek "δεν ξέρω, μόνο Excel".
		{SlotGoal, "teach an intro AI unit to my students properly, I'm staying in teaching", SlotGoal, GoalLiteracy},
		{SlotGoal, "I want to teach my sixth formers how ML is used with satellite data. staying a teacher", SlotGoal, GoalLiteracy},
		{SlotGoal, "Προγραμματισμό δεν ξέρω, μόνο Excel", SlotProgramming, ProgrammingNone},
		{SlotGoal, "only Excel", SlotGoal, ""},
		{SlotML, "ML: i've read a couple of articles about LLMs", SlotML, MLNone},
		// dev34: "written some MATLAB", "R for most of our analysis".
		{SlotProgramming, "got it, thanks. i'm the lab manager in a neuroscience lab at UAB, R for most of our analysis and i've written some MATLAB for the behavior rigs", SlotProgramming, ProgrammingSome},
		// A bit of PLC ladder logic is some programming (dev31's
		// convention), whatever "no real programming" says after it.
		{SlotProgramming, "Bit of PLC ladder logic, no real programming.", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "bit of PLC, ladder logic on the lines. nothing else", SlotProgramming, ProgrammingSome},
		// dev24: SQL queries written, "otherwise no programming".
		{SlotProgramming, "Ik schrijf wel SQL-queries voor onze rapportages, verder geen programmeren", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "i write sql queries for our reports, no other programming", SlotProgramming, ProgrammingSome},
		// Rotations said as "4 days work 2 days off" and "2 and 1
		// roster" (weeks); Indonesian "cuma" (only); Arabizi "kel youm".
		{SlotHours, "shift work, 4 days work 2 days off. in off days 3 hours each", SlotHours, "7"},
		{SlotHours, "2 and 1 roster. on site i'm cooked but maybe 30 min a night, on my week home 3 hrs a day", SlotHours, "9"},
		{SlotHours, "Waktuku cuma Sabtu, sekitar 4 jam.", SlotHours, "4"},
		{SlotHours, "kel youm sa3a ba3d el shoghol", SlotHours, "7"},
		// dev27: "1日3時間" is 3 hours a day; 休日 are days off.
		{SlotHours, "平日は1時間、休日は1日3時間くらい勉強できます。", SlotHours, "11"},
		{SlotHours, "1日2時間", SlotHours, "14"},
		// dev19: "ML ainda não"; 6x1 with the day off and "the other
		// days" (the six worked).
		{SlotML, "ML ainda não", SlotML, MLNone},
		{SlotHours, "trabalho 6x1, então na minha folga 3 horas e nos outros dias 1 hora depois do serviço", SlotHours, "9"},
		{SlotHours, "i work 6x1, on my day off 3 hours and the other days 1 hour after work", SlotHours, "9"},
		// dev35: improving forecasts with ML (German word order), a
		// business of their own at the end, "gabi-gabi", a clinic that
		// covers herds; "sales forecast" is no sales job.
		{SlotGoal, "Absatzprognosen mit ML verbessern, ich bleibe aber im Controlling", SlotGoal, GoalFillGap},
		{SlotGoal, "quiero usar machine learning para pronosticar la demanda de mi categoría, no me voy a cambiar de pega", SlotGoal, GoalFillGap},
		{SlotHours, "Mga 2 oras po gabi-gabi", SlotHours, "14"},
		{SlotGoal, "our clinic covers about 150 herds", SlotBudget, ""},
		{SlotML, "ML I have a bit: I made a sales forecast model with ML.NET, it runs on our server in production and I retrain it every month", SlotGoal, ""},
		// "wala po budget" (no budget) and "free if possible" are free;
		// "no budget limit" is not (dev4, dev17).
		{SlotBudget, "wala po budget, free lang po", SlotBudget, BudgetFree},
		{SlotBudget, "free if possible", SlotBudget, BudgetFree},
		{SlotBudget, "no budget limit, the company pays", SlotBudget, BudgetPaid},
		// dev5: a script hacked together is some programming; using a
		// colleague's script is not.
		{SlotML, "well ok that's not true, i hacked together a python script that pulls our WMS exports and emails a report every morning", SlotProgramming, ProgrammingSome},
		{SlotML, "i use a python script my colleague wrote", SlotProgramming, ""},
		// dev6: a fair bit of Perl, "nothing since about 2015" (lapsed:
		// some; "fortran in the 70s, nothing since" stays none, dev13).
		{SlotProgramming, "I wrote a fair bit of Perl and SQL for our traffic reports back in the day, nothing since about 2015.", SlotProgramming, ProgrammingSome},
		// dev5: "plus" opens the second amount's days.
		{SlotHours, "lunch breaks, 30 min, plus my off fridays (every other friday, 9/80) i can do 4 hrs", SlotHours, "5"},
		// dev29, dev6: "i'd rather ... use ML on our own claims data" is a
		// wish; a data science immersive done is coursework.
		{SlotHours, "hmm no actually, i'd rather stay in actuarial and use ML on our own claims data", SlotML, ""},
		{SlotML, "ML: did the general assembly data science immersive last year, the 12 week one", SlotML, MLCoursework},
		// A stranger (ICU nurse) in certpath chat: "three 12s a week" are
		// the days worked; "just wanna get what its doing" is literacy.
		{SlotHours, "three 12s a week, so maybe 2h on my days off", SlotHours, "8"},
		{SlotGoal, "not leaving nursing, just wanna get what its doing", SlotGoal, GoalLiteracy},
		// "the DLS" is the Deep Learning Specialization.
		{SlotML, "have not built models, did half of the DLS on coursera", SlotML, MLCoursework},
		// A French accountant in certpath chat: "en ML je n'ai jamais rien
		// fait" is no ML; automating forecasts at one's firm fills a gap.
		{SlotML, "en ML je n'ai jamais rien fait", SlotML, MLNone},
		{SlotGoal, "je voudrais automatiser des prévisions de trésorerie dans mon cabinet, je reste comptable", SlotGoal, GoalFillGap},
		// An Indonesian teacher in certpath chat: "belum pernah coding sama
		// sekali", "gratis aja".
		{SlotProgramming, "saya belum pernah coding sama sekali", SlotProgramming, ProgrammingNone},
		{SlotBudget, "gratis aja", SlotBudget, BudgetFree},
		// A Russian accountant in certpath chat: machine learning in its
		// cases, "не занимался" (did not do), "знаю" (know).
		{SlotML, "машинным обучением не занимался", SlotML, MLNone},
		{SlotProgramming, "немного знаю Excel и SQL", SlotProgramming, ProgrammingSome},
		// A stranger in certpath chat: a night shift's clock range beside
		// the study amount is the shift (it read 37 h/week); a range alone
		// is still study time.
		{SlotHours, "nights 10pm-6am 4 days, so like 1h before my shift", SlotHours, "4"},
		{SlotHours, "saturdays 9am-5pm i can study", SlotHours, "8"},
		// A product manager in certpath chat: working closer with the ML
		// team, not becoming an engineer, is literacy.
		{SlotGoal, "want to work closer w/ our ML team, not become an engineer", SlotGoal, GoalLiteracy},
		// "ai for my job" is what the learner wants ML for, not ML they
		// do at work (a nurse tried in certpath chat, 2026-11-30).
		{SlotGoal, "understand ai for my job as a nurse", SlotML, ""},
		{SlotGoal, "understand ai for my job as a nurse", SlotGoal, GoalLiteracy},
		{SlotML, "a couple of ml projects at work", SlotML, MLBuiltModels},
		// dev36 (2026-11-30): a half working day is no amount; Italian
		// "dal lunedì al giovedì" and "due ore"; a Japanese clause about
		// weekday overtime keeps "weekdays" out of the weekend's hours.
		{SlotHours, "Weekdays after work 1 hour, and Saturday is half day so 2 hours in the afternoon.", SlotHours, "7"},
		{SlotHours, "la sera un'ora, dal lunedì al giovedì, e il sabato mattina due ore", SlotHours, "6"},
		{SlotHours, "平日は残業が多いので、土日に3時間ずつ", SlotHours, "6"},
		{SlotHours, "the fee is due in 2 hours", SlotHours, "2"},
		// dev37: a shift's length listed after "I work shift" is work;
		// "weekends 2 each" is 2 on each weekend day.
		{SlotHours, "I work shift, 6 days, 8 hours. Free time maybe 1 hour each day after work", SlotHours, "6"},
		{SlotHours, "1 hr/day weekdays, + weekends 2 each", SlotHours, "9"},
		{SlotHours, "weekdays 1 hr, weekends 2 each", SlotHours, "9"},
		{SlotHours, "I telework Mondays and Fridays so no commute those days, 1.5 hrs each, plus an hour on Sunday.", SlotHours, "4"},
		// dev37: alternate Fridays off halve only the Fridays; a "5 on 2
		// off" roster has 5 shifts a week.
		{SlotHours, "fridays off every other week, 4 hrs on those + 1 hr tues n thurs", SlotHours, "4"},
		{SlotHours, "roster is 5 on 2 off, i can do 1 hr after each shift and 3 hrs on each day off", SlotHours, "11"},
		// Two weeks away and two (or four) at home; a free course taken
		// is no budget (dev36, dev37).
		{SlotHours, "2 weeks out, 4 weeks home. home i can do 2 hrs a day, offshore nothing", SlotHours, "9"},
		{SlotHours, "I'm out in the park 2 weeks and home 2 weeks, nothing in the park, but at home I do 2 hours a day.", SlotHours, "7"},
		{SlotProgramming, "I learnt some Python from a free course", SlotBudget, ""},
		{SlotBudget, "only a free course please", SlotBudget, BudgetFree},
		// Half an hour said "fél óra", "half hour"; Polish ML coursework.
		{SlotHours, "hétköznap esténként fél óra", SlotHours, "3"},
		{SlotHours, "weekdays half hour", SlotHours, "3"},
		{SlotProgramming, "Miałam przedmiot uczenie maszynowe, laborki w sklearn", SlotML, MLCoursework},
		{SlotProgramming, "je ne programme pas", SlotProgramming, ProgrammingNone},
		// Auditing as the job is no free budget; a school board pays
		// (dev36, dev37).
		{SlotProgramming, "chartered accountant, we audit around 35 companies a year", SlotBudget, ""},
		{SlotBudget, "i'll just audit the courses", SlotBudget, BudgetFree},
		{SlotBudget, "oh wait, the school board said they'd pay 👍", SlotBudget, BudgetPaid},
		// dev36, dev37: a model put in production by the learner;
		// teaching an ML unit to seniors; "SQL a bit" with "no proper
		// coding" is some.
		{SlotML, "ML: our data team made the credit scoring model, I put it in production and I support it", SlotML, MLProduction},
		{SlotGoal, "ok. i want to teach an intro ML unit to my seniors, staying a teacher", SlotGoal, GoalLiteracy},
		{SlotProgramming, "SQL a bit for pulling season ticket reports, no proper coding", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "just excel, no proper coding", SlotProgramming, ProgrammingNone},
		// A payer's missing budget is no payment (a stranger in certpath
		// chat, 2026-11-30, was read as "can pay").
		{SlotBudget, "company has no training budget so free", SlotBudget, BudgetFree},
		{SlotBudget, "company has no training budget", SlotBudget, ""},
		{SlotBudget, "my company has a training budget for this", SlotBudget, BudgetPaid},
		{SlotML, "ML tampoco", SlotML, MLNone},
		{SlotML, "ML neither", SlotML, MLNone},
		// The plan starts now: the amount for now, not the one for after
		// January (dev37).
		{SlotHours, "peak season now so 2 hrs/wk, after jan like 8", SlotHours, "2"},
		{SlotHours, "2 hrs a week now, in summer 10", SlotHours, "2"},
		{SlotHours, "weekdays 1 hr now, weekends 3", SlotHours, "8"},
		{SlotHours, "2 godziny przez 5 dni co drugi tydzień", SlotHours, "5"},
		{SlotHours, "every other week 2 hours for 5 days", SlotHours, "5"},
		{SlotProgramming, "Programming sijui kabisa", SlotProgramming, ProgrammingNone},
		{SlotML, "ML pia sijawahi", SlotML, MLNone},
		// A German and a Portuguese learner (noticed in certpath chat,
		// 2026-11-30): "auch" is glossed, and "nicht" reads "not" now
		// that no pattern holds the German word itself.
		{SlotML, "ML auch nicht", SlotML, MLNone},
		{SlotBudget, "de graça por favor", SlotBudget, BudgetFree},
		{SlotBudget, "gratis por favor", SlotBudget, BudgetFree},
		// dev38: goals for one's own shop in the learner's language, "due
		// sere" (two evenings), a small range after a clause with its own
		// amount, a payer's word reported.
		{SlotGoal, "je voudrais prévoir quels livres commander pour ma librairie", SlotGoal, GoalFillGap},
		{SlotGoal, "quero prever quanto vou vender por dia pra não desperdiçar comida, é pro meu negócio", SlotGoal, GoalFillGap},
		{SlotGoal, "Ich möchte vorhersagen, wann die Schiffe ankommen, ich bleibe im Terminal.", SlotGoal, GoalFillGap},
		{SlotHours, "due sere a settimana, un'ora ciascuna", SlotHours, "2"},
		{SlotHours, "an hour on weeknights, 2-3 on sunday", SlotHours, "8"},
		{SlotBudget, "the doctors said they'll pay", SlotBudget, BudgetPaid},
		{SlotBudget, "gratis per favore", SlotBudget, BudgetFree},
		// dev39: the topic said first ("Programming I never did"), "not
		// know" in Swahili, Vietnamese, Cantonese and Japanese order, a
		// goal of understanding in Portugal's Portuguese, "vorhersagen",
		// Korean "I'll pay", Lebanese Arabizi "I'll pay if worth it", a
		// model running in a pipeline the learner maintains, Portuguese
		// "duas ... cada".
		{SlotProgramming, "Programming I never did, I only use phone and Telegram", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "coding sijui kitu, Excel tu", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "Em không biết lập trình, chỉ dùng Excel với MISA thôi.", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "coding 完全唔識, 淨係識 Excel", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "プログラミングは全くできません", SlotProgramming, ProgrammingNone},
		{SlotML, "ML 都冇", SlotML, MLNone},
		{SlotGoal, "o lar vai usar um sistema de IA para prever quedas e eu quero perceber como funciona. continuo enfermeira", SlotGoal, GoalLiteracy},
		{SlotGoal, "I want to become a data analyst and after that a data scientist", SlotGoal, GoalDataScientist},
		{SlotBudget, "제가 낼게요", SlotBudget, BudgetPaid},
		{SlotBudget, "ana bedfa3 iza worth it", SlotBudget, BudgetPaid},
		{SlotML, "built a demand forecasting model in lightgbm, it runs in our airflow pipeline n i maintain it", SlotML, MLProduction},
		{SlotHours, "duas noites por semana, hora e meia cada", SlotHours, "3"},
		{SlotHours, "cada dos días, 2 horas", SlotHours, "7"},
		{SlotGoal, "Tenho dois modelos de score de crédito em produção, eu mesmo faço o retreino e o monitoramento", SlotML, MLProduction},
		// dev40: "know zero", "never learn", an analytics engineer, German
		// order "ML in meinem Job anwenden", a wish that ends its clause,
		// Romanian order, bare amounts after days, a day's amount
		// corrected, the parts of the day worked before "so".
		{SlotProgramming, "i'm 52, run a family christmas tree farm. i know zero programming. ML zero.", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "I never learn programming", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "analytics engineer at a grocery chain in dayton, dbt python n airflow, 4 yrs", SlotProgramming, ProgrammingProfessional},
		{SlotGoal, "Goal: ML in meinem Job anwenden, predictive maintenance für unsere Kunden, ich bleib aber PM.", SlotGoal, GoalFillGap},
		{SlotGoal, "ich möchte einfach verstehen, was KI ist, ich bleibe Uhrmacher", SlotGoal, GoalLiteracy},
		{SlotGoal, "vreau să prezic recolta pentru ferma noastră, rămân la fermă", SlotGoal, GoalFillGap},
		{SlotHours, "weekends only, sat 3 sun 3", SlotHours, "6"},
		{SlotHours, "mon 2 wed 2", SlotHours, "4"},
		{SlotHours, "3 hrs tue, 3 hrs thu.. wait no, 2 on thu", SlotHours, "5"},
		// dev41: a day's amount corrected with the day before it, in
		// Tagalog too; an added day in its own sentence; a clock time
		// after "after"; rosters said as work and rest, 2-2-3, boat
		// and off time; "only sat n sun".
		{SlotHours, "Monday, Wednesday 2 hours, Saturday 4 hours. Sorry, Saturday 3 hours", SlotHours, "7"},
		{SlotHours, "Mon to Fri after work 1 hour, Sunday 3 hours. Ay wait, Sunday 2 lang pala", SlotHours, "7"},
		{SlotHours, "mon/wed 1.5 hrs, sat 3. actually make that 4 on sat", SlotHours, "7"},
		{SlotHours, "weekdays 1 hr, weekends 3 each day. actually make that weekends 2 each", SlotHours, "9"},
		{SlotHours, "1 hr tue, 1 hr thu, 2 on sat. oh and sunday 1", SlotHours, "5"},
		{SlotHours, "Monday to Saturday 1 hour after 9 pm, Sunday 3 hours", SlotHours, "9"},
		{SlotHours, "I work 7 days and rest 7 days. In the rest week 3 hours per day", SlotHours, "11"},
		{SlotHours, "i'm on a 2-2-3 rotation, 2 hrs on each day off", SlotHours, "7"},
		{SlotHours, "we do 28 days on, 14 off. on the boat i can do like 1 hr a day, off time more like 2 a day", SlotHours, "9"},
		{SlotHours, "one week days one week nights. day weeks 1 hr every weeknight, night weeks only sat n sun 2 hrs each", SlotHours, "5"},
		{SlotHours, "kel yom sa3a, bas el a7ad la2", SlotHours, "6"},
		// dev41: one prediction for their workplace is the goal; a plan
		// of roles is a goal, not a job held.
		{SlotGoal, "predict frost damage n harvest size for the orchard", SlotGoal, GoalFillGap},
		{SlotGoal, "want to understand ML well enough to predict when ferments stick, for the winery, staying in wine", SlotGoal, GoalFillGap},
		{SlotGoal, "I want to know which customers can not pay back, for my work, I stay", SlotGoal, GoalFillGap},
		{SlotML, "data analyst first then data scientist", SlotML, ""},
		{SlotML, "data analyst first then data scientist", SlotGoal, GoalDataScientist},
		{SlotBudget, "free then", SlotBudget, BudgetFree},
		// dev42: a case's length is work; "weekdays I am too tired"; a
		// total per week in French; a course "de Python" is about code;
		// a price of something else is only a guess; a school subject
		// is no job; a question that names courses is no answer.
		{SlotProgramming, "cases run 4-6 hrs each. i work 4 10s so 3 days off, 3 hrs on each", SlotHours, "9"},
		{SlotHours, "I have 2 hours on Saturday and Sunday each, weekdays I am too tired", SlotHours, "4"},
		{SlotHours, "Je peux y consacrer 5 heures par semaine, le mercredi soir et le week-end", SlotHours, "5"},
		{SlotProgramming, "Programación casi nada, hice un curso de Python en la facu hace como 10 años", SlotML, ""},
		{SlotBudget, "two little ones and nursery is £340 a month", SlotBudget, ""},
		{SlotProgramming, "bit of python from year 12 software dev", SlotProgramming, ProgrammingSome},
		{SlotML, "ma i corsi sono solo in inglese?", SlotML, ""},
		{SlotGoal, "vorrei solo capire cos'è l'intelligenza artificiale, resto soffiatore", SlotGoal, GoalLiteracy},
		// dev43: learners around the world. Indonesian "Minggu" is
		// Sunday before an amount; Hindi "1 se 2"; Egyptian "sa3a w
		// nos"; Russian and Ukrainian day ranges and "раза"; Turkish
		// "3 akşam"; Italian "volte"; every day but a day of rest;
		// "only Excel" in Arabic, Vietnamese and Mandarin; a course
		// about code in the sentence; a course made is a course done;
		// one prediction wanted, in Japanese and Sheng order; a model
		// that runs every night.
		{SlotHours, "Waktu belajar: Sabtu 4 jam, Minggu 2 jam", SlotHours, "6"},
		{SlotHours, "2 jam per minggu", SlotHours, "2"},
		{SlotHours, "roz 1 se 2 ghante, Sunday off", SlotHours, "9"},
		{SlotHours, "kol yom sa3a w nos ma3ada el gom3a", SlotHours, "9"},
		{SlotHours, "по вечерам два раза в неделю по полтора часа", SlotHours, "3"},
		{SlotHours, "з понеділка по суботу по пів години, а в неділю дві години", SlotHours, "5"},
		{SlotHours, "Haftada 3 akşam 2'şer saat", SlotHours, "6"},
		{SlotHours, "la sera, tre volte a settimana, un'ora e mezza", SlotHours, "5"},
		{SlotHours, "After my shift every day I can study 1 hour, but Sunday I rest", SlotHours, "6"},
		{SlotHours, "weekdays 1 jam pas lunch, literally tiap hari kerja", SlotHours, "5"},
		{SlotHours, "shift ghoomti hai, ek hafta din, ek hafta raat. din wale hafte roz 1 ghanta, raat wale hafte sirf Sunday ko 3 ghante", SlotHours, "5"},
		{SlotProgramming, "برمجة: مفيش خالص، Excel بس", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "em chỉ biết Excel thôi", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "编程：完全不会，只会用Excel", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "不会编程", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "不会编程", SlotGoal, ""},
		{SlotProgramming, "un peu de Python, j'ai suivi un cours au cégep", SlotML, ""},
		{SlotML, "Z ML zrobiłam kurs Elements of AI", SlotML, MLCoursework},
		{SlotML, "ML : aucune expérience", SlotML, MLNone},
		{SlotML, "ML nunca vi", SlotML, MLNone},
		{SlotML, "ML: ho fatto un modello che prevede la resa delle distillazioni, gira ogni notte sul server e lo mantengo io", SlotML, MLProduction},
		{SlotGoal, "引越し件数を予測したい、会社は辞めません", SlotGoal, GoalFillGap},
		{SlotGoal, "引越し件数を予測したい、会社は辞めません", SlotBudget, ""},
		{SlotGoal, "nataka ku-predict bei ya samaki kila wiki, for my business, sitabadilisha kazi", SlotGoal, GoalFillGap},
		// Arabizi words that open with a digit stay whole ("3ndi", "7aga");
		// Darija "ghir ... la" is except; Swahili numbers after "saa".
		{SlotHours, "3ndi 2 swaye3 kol nhar mn ba3d lkhedma, ghir nhar l7ed la", SlotHours, "12"},
		{SlotProgramming, "coding ma3rftch, ghir Excel", SlotProgramming, ProgrammingNone},
		{SlotHours, "3hrs a day", SlotHours, "21"},
		{SlotHours, "jioni saa moja kila siku", SlotHours, "7"},
		{SlotHours, "weekdays saa moja kila usiku, Jumamosi masaa matatu", SlotHours, "8"},
		// dev44: people who change things. "no actually MLOps" corrects
		// toward MLOps; a date of a budget or a season is no start; a
		// course of Python is some programming; what somebody else
		// keeps running is not the learner's ML; Taglish and Vietnamese
		// goals.
		{SlotGoal, "I want to be an ML engineer... no actually MLOps", SlotGoal, GoalMLOps},
		{SlotBudget, "ah they just said no, there's no budget this year. free only", SlotStart, ""},
		{SlotHours, "ah Moment, ab Dezember ist Hochsaison in der Fabrik, dann nur 3 Stunden", SlotStart, ""},
		{SlotHours, "from jan 4, 5 hrs a week", SlotStart, "2027-01-04"},
		{SlotML, "wait, i did a course of python last year, so a little", SlotProgramming, ProgrammingSome},
		{SlotGoal, "mlops, somebody's gotta keep the sensor models running", SlotML, ""},
		{SlotGoal, "ay wait, hindi pala. gusto ko lang maintindihan yung AI, di ako aalis sa resort", SlotGoal, GoalLiteracy},
		{SlotGoal, "à không, em muốn dự đoán năng suất sầu riêng cho vườn, em vẫn làm ở vườn", SlotGoal, GoalFillGap},
		{SlotGoal, "i want to predict sales for the company as a data scientist", SlotGoal, GoalDataScientist},
		{SlotHours, "i work afternoons so mornings 9-11 mon-thu", SlotHours, "8"},
		{SlotHours, "i work nights so mornings 2 hrs", SlotHours, "14"},
		// Strangers in certpath chat at the end of the sixth session:
		// days off counted apart ("tengo 3 libres por semana"), Hinglish
		// "ML kabhi nahi kiya", "apne firm ke liye sales predict".
		{SlotHours, "los días libres 2 horas, tengo 3 libres por semana", SlotHours, "6"},
		{SlotML, "ML kabhi nahi kiya", SlotML, MLNone},
		{SlotGoal, "mujhe apne firm ke liye sales predict karna hai, job nahi chhodunga", SlotGoal, GoalFillGap},
		// Seventh session: amounts before their days with no unit; a
		// correction naming an earlier day; "no wait" is no day refused.
		{SlotHours, "2 on tue 2 on thu", SlotHours, "4"},
		{SlotHours, "3 hrs sat, 2 hrs sun, no wait 4 on sat", SlotHours, "6"},
		{SlotHours, "3 hrs tue, 3 hrs thu.. wait no, 2 on thu", SlotHours, "5"},
		// dev41: a day's amount corrected with the day before it, in
		// Tagalog too; an added day in its own sentence; a clock time
		// after "after"; rosters said as work and rest, 2-2-3, boat
		// and off time; "only sat n sun".
		{SlotHours, "Monday, Wednesday 2 hours, Saturday 4 hours. Sorry, Saturday 3 hours", SlotHours, "7"},
		{SlotHours, "Mon to Fri after work 1 hour, Sunday 3 hours. Ay wait, Sunday 2 lang pala", SlotHours, "7"},
		{SlotHours, "mon/wed 1.5 hrs, sat 3. actually make that 4 on sat", SlotHours, "7"},
		{SlotHours, "weekdays 1 hr, weekends 3 each day. actually make that weekends 2 each", SlotHours, "9"},
		{SlotHours, "1 hr tue, 1 hr thu, 2 on sat. oh and sunday 1", SlotHours, "5"},
		{SlotHours, "Monday to Saturday 1 hour after 9 pm, Sunday 3 hours", SlotHours, "9"},
		{SlotHours, "I work 7 days and rest 7 days. In the rest week 3 hours per day", SlotHours, "11"},
		{SlotHours, "i'm on a 2-2-3 rotation, 2 hrs on each day off", SlotHours, "7"},
		{SlotHours, "we do 28 days on, 14 off. on the boat i can do like 1 hr a day, off time more like 2 a day", SlotHours, "9"},
		{SlotHours, "one week days one week nights. day weeks 1 hr every weeknight, night weeks only sat n sun 2 hrs each", SlotHours, "5"},
		{SlotHours, "kel yom sa3a, bas el a7ad la2", SlotHours, "6"},
		// dev41: one prediction for their workplace is the goal; a plan
		// of roles is a goal, not a job held.
		{SlotGoal, "predict frost damage n harvest size for the orchard", SlotGoal, GoalFillGap},
		{SlotGoal, "want to understand ML well enough to predict when ferments stick, for the winery, staying in wine", SlotGoal, GoalFillGap},
		{SlotGoal, "I want to know which customers can not pay back, for my work, I stay", SlotGoal, GoalFillGap},
		{SlotML, "data analyst first then data scientist", SlotML, ""},
		{SlotML, "data analyst first then data scientist", SlotGoal, GoalDataScientist},
		{SlotBudget, "free then", SlotBudget, BudgetFree},
		// dev42: a case's length is work; "weekdays I am too tired"; a
		// total per week in French; a course "de Python" is about code;
		// a price of something else is only a guess; a school subject
		// is no job; a question that names courses is no answer.
		{SlotProgramming, "cases run 4-6 hrs each. i work 4 10s so 3 days off, 3 hrs on each", SlotHours, "9"},
		{SlotHours, "I have 2 hours on Saturday and Sunday each, weekdays I am too tired", SlotHours, "4"},
		{SlotHours, "Je peux y consacrer 5 heures par semaine, le mercredi soir et le week-end", SlotHours, "5"},
		{SlotProgramming, "Programación casi nada, hice un curso de Python en la facu hace como 10 años", SlotML, ""},
		{SlotBudget, "two little ones and nursery is £340 a month", SlotBudget, ""},
		{SlotProgramming, "bit of python from year 12 software dev", SlotProgramming, ProgrammingSome},
		{SlotML, "ma i corsi sono solo in inglese?", SlotML, ""},
		{SlotGoal, "vorrei solo capire cos'è l'intelligenza artificiale, resto soffiatore", SlotGoal, GoalLiteracy},
		// dev43: learners around the world. Indonesian "Minggu" is
		// Sunday before an amount; Hindi "1 se 2"; Egyptian "sa3a w
		// nos"; Russian and Ukrainian day ranges and "раза"; Turkish
		// "3 akşam"; Italian "volte"; every day but a day of rest;
		// "only Excel" in Arabic, Vietnamese and Mandarin; a course
		// about code in the sentence; a course made is a course done;
		// one prediction wanted, in Japanese and Sheng order; a model
		// that runs every night.
		{SlotHours, "Waktu belajar: Sabtu 4 jam, Minggu 2 jam", SlotHours, "6"},
		{SlotHours, "2 jam per minggu", SlotHours, "2"},
		{SlotHours, "roz 1 se 2 ghante, Sunday off", SlotHours, "9"},
		{SlotHours, "kol yom sa3a w nos ma3ada el gom3a", SlotHours, "9"},
		{SlotHours, "по вечерам два раза в неделю по полтора часа", SlotHours, "3"},
		{SlotHours, "з понеділка по суботу по пів години, а в неділю дві години", SlotHours, "5"},
		{SlotHours, "Haftada 3 akşam 2'şer saat", SlotHours, "6"},
		{SlotHours, "la sera, tre volte a settimana, un'ora e mezza", SlotHours, "5"},
		{SlotHours, "After my shift every day I can study 1 hour, but Sunday I rest", SlotHours, "6"},
		{SlotHours, "weekdays 1 jam pas lunch, literally tiap hari kerja", SlotHours, "5"},
		{SlotHours, "shift ghoomti hai, ek hafta din, ek hafta raat. din wale hafte roz 1 ghanta, raat wale hafte sirf Sunday ko 3 ghante", SlotHours, "5"},
		{SlotProgramming, "برمجة: مفيش خالص، Excel بس", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "em chỉ biết Excel thôi", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "编程：完全不会，只会用Excel", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "不会编程", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "不会编程", SlotGoal, ""},
		{SlotProgramming, "un peu de Python, j'ai suivi un cours au cégep", SlotML, ""},
		{SlotML, "Z ML zrobiłam kurs Elements of AI", SlotML, MLCoursework},
		{SlotML, "ML : aucune expérience", SlotML, MLNone},
		{SlotML, "ML nunca vi", SlotML, MLNone},
		{SlotML, "ML: ho fatto un modello che prevede la resa delle distillazioni, gira ogni notte sul server e lo mantengo io", SlotML, MLProduction},
		{SlotGoal, "引越し件数を予測したい、会社は辞めません", SlotGoal, GoalFillGap},
		{SlotGoal, "引越し件数を予測したい、会社は辞めません", SlotBudget, ""},
		{SlotGoal, "nataka ku-predict bei ya samaki kila wiki, for my business, sitabadilisha kazi", SlotGoal, GoalFillGap},
		// Arabizi words that open with a digit stay whole ("3ndi", "7aga");
		// Darija "ghir ... la" is except; Swahili numbers after "saa".
		{SlotHours, "3ndi 2 swaye3 kol nhar mn ba3d lkhedma, ghir nhar l7ed la", SlotHours, "12"},
		{SlotProgramming, "coding ma3rftch, ghir Excel", SlotProgramming, ProgrammingNone},
		{SlotHours, "3hrs a day", SlotHours, "21"},
		{SlotHours, "jioni saa moja kila siku", SlotHours, "7"},
		{SlotHours, "weekdays saa moja kila usiku, Jumamosi masaa matatu", SlotHours, "8"},
		// dev44: people who change things. "no actually MLOps" corrects
		// toward MLOps; a date of a budget or a season is no start; a
		// course of Python is some programming; what somebody else
		// keeps running is not the learner's ML; Taglish and Vietnamese
		// goals.
		{SlotGoal, "I want to be an ML engineer... no actually MLOps", SlotGoal, GoalMLOps},
		{SlotBudget, "ah they just said no, there's no budget this year. free only", SlotStart, ""},
		{SlotHours, "ah Moment, ab Dezember ist Hochsaison in der Fabrik, dann nur 3 Stunden", SlotStart, ""},
		{SlotHours, "from jan 4, 5 hrs a week", SlotStart, "2027-01-04"},
		{SlotML, "wait, i did a course of python last year, so a little", SlotProgramming, ProgrammingSome},
		{SlotGoal, "mlops, somebody's gotta keep the sensor models running", SlotML, ""},
		{SlotGoal, "ay wait, hindi pala. gusto ko lang maintindihan yung AI, di ako aalis sa resort", SlotGoal, GoalLiteracy},
		{SlotGoal, "à không, em muốn dự đoán năng suất sầu riêng cho vườn, em vẫn làm ở vườn", SlotGoal, GoalFillGap},
		{SlotGoal, "i want to predict sales for the company as a data scientist", SlotGoal, GoalDataScientist},
		// "I pay" in the learners' languages (es, it, pt, fr, de, tr):
		// "pago yo" was a guess to confirm, "pago" meant two things.
		{SlotBudget, "pago yo", SlotBudget, BudgetPaid},
		{SlotBudget, "yo pago", SlotBudget, BudgetPaid},
		{SlotBudget, "Pago io", SlotBudget, BudgetPaid},
		{SlotBudget, "eu pago", SlotBudget, BudgetPaid},
		{SlotBudget, "je paie", SlotBudget, BudgetPaid},
		{SlotBudget, "ich zahle selbst", SlotBudget, BudgetPaid},
		{SlotBudget, "ben öderim", SlotBudget, BudgetPaid},
		// dev45: Turkish, Korean, Taiwanese Mandarin; the machines one
		// programs; years of a language spent at school.
		{SlotProgramming, "programlama bilmiyorum", SlotProgramming, ProgrammingNone},
		{SlotML, "makine öğrenmesi de yok", SlotML, MLNone},
		{SlotProgramming, "PLC programlıyorum, başka kod bilmiyorum", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "I program PLCs, I don't know other code", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "코딩은 해 본 적 없고, 머신러닝도 모릅니다", SlotML, MLNone},
		{SlotBudget, "비용은 자비로 내겠습니다", SlotBudget, BudgetPaid},
		{SlotProgramming, "程式？完全沒寫過", SlotProgramming, ProgrammingNone},
		{SlotML, "機器學習也沒有", SlotML, MLNone},
		{SlotGoal, "想用資料預測魚塭的收成，繼續養魚", SlotGoal, GoalFillGap},
		{SlotGoal, "want to use data to predict the harvest of the fish farm, keep farming fish", SlotGoal, GoalFillGap},
		{SlotProgramming, "i have a comp sci diploma, did 2 years of java at school", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "5 years of python at work", SlotProgramming, ProgrammingProfessional},
		// Thai, segmented like Chinese (it has no spaces between words).
		{SlotProgramming, "coding ไม่เป็นเลยครับ", SlotProgramming, ProgrammingNone},
		{SlotML, "ML ก็ไม่เคย", SlotML, MLNone},
		{SlotHours, "วันธรรมดาวันละชั่วโมง เสาร์อาทิตย์วันละ 3 ชั่วโมง", SlotHours, "11"},
		{SlotHours, "เวลาว่างมีวันอาทิตย์ 4 ชั่วโมง กับคืนวันพุธอีก 1 ชั่วโมง", SlotHours, "5"},
		{SlotBudget, "บริษัทออกค่าเรียนให้ครับ", SlotBudget, BudgetPaid},
		// Dutch (dev39, dev44); HR in capitals is who pays, not an hour.
		{SlotProgramming, "programmeren: nee, alleen Excel", SlotProgramming, ProgrammingNone},
		{SlotML, "ML: nee", SlotML, MLNone},
		{SlotML, "ML ook niet", SlotML, MLNone},
		{SlotBudget, "o wacht, mijn baas zegt net dat de zaak betaalt!", SlotBudget, BudgetPaid},
		{SlotBudget, "talked to HR, they'll reimburse it", SlotBudget, BudgetPaid},
		{SlotBudget, "talked to HR, they'll reimburse it", SlotProgramming, ""},
		// Turkish (dev42, dev44): "no actually MLOps" in one long post.
		{SlotProgramming, "Biraz C ve Python biliyorum.", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "Makine öğrenmesi hiç bilmiyorum.", SlotML, MLNone},
		{SlotProgramming, "ML mühendisi olmak istiyorum... yok aslında MLOps daha çok ilgimi çekiyor, sistem tarafı.", SlotGoal, GoalMLOps},
		// Arabic and Bengali with the object first (dev46).
		{SlotProgramming, "برمجة لأ خالص", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "البرمجة ما أعرفها", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "برمجة؟ ولا إشي", SlotProgramming, ProgrammingNone},
		{SlotML, "ولا تعلم الآلة", SlotML, MLNone},
		{SlotProgramming, "প্রোগ্রামিং জানি না", SlotProgramming, ProgrammingNone},
		{SlotML, "মেশিন লার্নিংও না", SlotML, MLNone},
		{SlotGoal, "ML no sir", SlotML, MLNone},
		// Russian, Persian, Denglisch, Dutch, Vietnamese goals (dev46).
		{SlotGoal, "хочу прогнозировать, какие партии уйдут в брак по цвету, для нашего цеха. работу менять не собираюсь", SlotGoal, GoalFillGap},
		{SlotGoal, "فقط می‌خوام بفهمم هوش مصنوعی چیه، کارگاهمو ول نمی‌کنم", SlotGoal, GoalLiteracy},
		{SlotGoal, "Ich will das Sales Forecasting für unseren Store verbessern, also die Abverkäufe predicten. Job wechsel ich nicht", SlotGoal, GoalFillGap},
		{SlotGoal, "Ik wil graag voorspellen hoeveel paling we per week moeten inkopen, voor de rokerij, ik blijf hier werken.", SlotGoal, GoalFillGap},
		{SlotProgramming, "lập trình: chưa bao giờ", SlotProgramming, ProgrammingNone},
		{SlotML, "ML cũng chưa", SlotML, MLNone},
		{SlotML, "Programming no lah", SlotProgramming, ProgrammingNone},
		// Dates written the European and the Thai way, money said
		// sideways, Tamil, Ukrainian, Gulf Arabizi (dev46).
		{SlotHours, "Ah, und ich möchte am 04.01.2027 anfangen", SlotStart, "2027-01-04"},
		{SlotStart, "start 15.01.2027", SlotStart, "2027-01-15"},
		{SlotStart, "เริ่ม 4 ม.ค. 2570", SlotStart, "2027-01-04"},
		{SlotHours, "bikin 6 jam aja deh, bulan depan lebih santai", SlotHours, "6"},
		{SlotBudget, "don't have much money, is there a scholarship?", SlotBudget, BudgetAid},
		{SlotBudget, "مش معايا فلوس كتير، فيه منحة؟", SlotBudget, BudgetAid},
		{SlotBudget, "Грошей небагато, чи є фінансова допомога?", SlotBudget, BudgetAid},
		{SlotBudget, "adfa3 men jaibi, ma fi mushkila", SlotBudget, BudgetPaid},
		{SlotBudget, "கம்பெனி பணம் கட்டும், மேனேஜர் சொல்லிட்டார்", SlotBudget, BudgetPaid},
		{SlotProgramming, "புரோகிராமிங் தெரியாது", SlotProgramming, ProgrammingNone},
		{SlotGoal, "விபத்துகளை முன்கூட்டியே கணிக்க வேண்டும், வேலை மாற மாட்டேன்", SlotGoal, GoalFillGap},
		// Hinglish, Singlish, Greek (dev46).
		{SlotML, "ML ka bhi kuch nahi pata.", SlotML, MLNone},
		{SlotML, "ML bhi nahi pata", SlotML, MLNone},
		{SlotGoal, "Mujhe bas ye samajhna hai ki AI kya hai, factory nahi chhodni.", SlotGoal, GoalLiteracy},
		{SlotBudget, "free chalega", SlotBudget, BudgetFree},
		{SlotML, "ML never touch before.", SlotML, MLNone},
		{SlotBudget, "can use SkillsFuture credits or not? if cannot I pay myself lor", SlotBudget, BudgetPaid},
		{SlotBudget, "never i will pay", SlotBudget, ""},
		{SlotML, "Ούτε μηχανική μάθηση", SlotML, MLNone},
		{SlotGoal, "Συγγνώμη, το ξανασκέφτηκα: τελικά θέλω μόνο να καταλάβω τι είναι η τεχνητή νοημοσύνη, μένω στη δουλειά μου", SlotGoal, GoalLiteracy},
		// The object first in second-language English; "not done" with
		// no plan is an answer, not "undo" (dev26, dev46).
		{SlotProgramming, "Machine learning I did not study.", SlotML, MLNone},
		{SlotProgramming, "ML I have not done.", SlotML, MLNone},
		{SlotML, "not done", SlotML, MLNone},
		{SlotProgramming, "coding no sé nada, pero hice el ML crash course de google hace un año", SlotProgramming, ProgrammingNone},
		// Hinglish "but no yaar" takes the first goal back; "but no real
		// programming" stays a negation, not a correction; Vietnamese
		// years and months (dev43, dev44).
		{SlotGoal, "pehle socha data scientist banunga, but nahi yaar, bas fees defaulters predict karna hai institute ke liye, job nahi chhodunga.", SlotGoal, GoalFillGap},
		{SlotProgramming, "I write SQL queries for checking the data, but no real programming", SlotProgramming, ProgrammingSome},
		{SlotStart, "Mình bắt đầu từ ngày 4 tháng 1 năm sau", SlotStart, "2027-01-04"},
		{SlotProgramming, "lập trình viên Java ở một công ty phần mềm ở Quy Nhơn, 7 năm kinh nghiệm", SlotProgramming, ProgrammingProfessional},
		// dev47: a wish said with "keen"; colleagues in the plural.
		{SlotProgramming, "no ML. keen to get into ML engineering, like building actual models that run in apps.", SlotML, MLNone},
		{SlotProgramming, "i do some SQL and excel power query. i want to understand ML enough to know what our trading desk's modelers and devs are talking about", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "im one of the devs", SlotProgramming, ProgrammingProfessional},
		// A French stranger (eighth session).
		{SlotML, "ML non plus", SlotML, MLNone},
		// Strangers, eighth session: "lil", Excel with an accounting tool.
		{SlotProgramming, "ok so just excel and a lil sql at work", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "I use only Excel and 1C", SlotProgramming, ProgrammingNone},
		// dev48 (second-language English, German, Hinglish).
		{SlotBudget, "Money is problem for me, is free option?", SlotBudget, BudgetAid},
		{SlotBudget, "money is not a problem", SlotBudget, BudgetPaid},
		{SlotProgramming, "In school I made a little of C language but it was 20 years ago, now nothing", SlotProgramming, ProgrammingNone},
		{SlotGoal, "mujhe predict karna hai ki kis din kitni maala bikegi, festival ke time, apne business ke liye. business nahi chhodna", SlotGoal, GoalFillGap},
		{SlotHours, "Daily 1 hour after office I can give, Sunday holiday", SlotHours, "6"},
		{SlotProgramming, "Program no", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "Programmieren: gar nicht", SlotProgramming, ProgrammingNone},
		{SlotML, "AI and machine learning I don't know, only news", SlotML, MLNone},
		{SlotML, "designing screens for models I don't understand", SlotML, ""},
		// What the clause after a wished role says goes on with the wish,
		// unless it says what was done (dev48).
		{SlotProgramming, "ML I do Andrew Ng's course on bilibili, half. I want to do MLOps, deploy and keep model running, I like engineering.", SlotML, MLCoursework},
		{SlotProgramming, "i want to be an ml engineer, built a few models last year", SlotML, MLBuiltModels},
		{SlotProgramming, "I want to move to MLOps, I keep models running in prod already", SlotML, MLProduction},
		// dev49: what a schedule comes to ("so ~5"), code long ago and
		// none since, Taglish staying in the job.
		{SlotHours, "Lunch hour most weekdays, so ~5 hrs", SlotHours, "5"},
		{SlotHours, "I work evenings and weekends with concerts, so I say 6 hours in week average", SlotHours, "6"},
		{SlotHours, "we're closed mondays so 3 hrs mondays and like an hour tuesday morning", SlotHours, "4"},
		{SlotHours, "Unter der Woche abends je eine Stunde, am Wochenende insgesamt 3 Stunden", SlotHours, "8"},
		{SlotProgramming, "did a cert IV in IT back in 2006 (some java), haven't touched code since", SlotProgramming, ProgrammingNone},
		// "About X, ..." labels the answer that follows.
		{SlotProgramming, "About machine learning, none", SlotML, MLNone},
		// "an hour, 3 on a saturday": the 3 is Saturday's; "hour, 3" is
		// no Swahili "saa 3" (the unit first) across a comma (dev49).
		{SlotHours, "weekday evenings an hour, 3 on a saturday", SlotHours, "8"},
		{SlotHours, "weekday evenings an hour, maybe 3 on a saturday", SlotHours, "8"},
		// Ninth session, a stranger in certpath chat: "cant really pay"
		// was "can pay" (from "really pay"); "About X, I have no
		// experience" with its subject.
		{SlotBudget, "cant really pay rn tbh", SlotBudget, BudgetAid},
		{SlotBudget, "I can't really pay right now", SlotBudget, BudgetAid},
		{SlotProgramming, "About machine learning, I have no experience.", SlotML, MLNone},
		// The negation before "can" as the gloss gives it: Spanish,
		// Portuguese, Italian, German, French.
		{SlotBudget, "no puedo pagar", SlotBudget, BudgetAid},
		{SlotBudget, "não posso pagar", SlotBudget, BudgetAid},
		{SlotBudget, "non posso pagare", SlotBudget, BudgetAid},
		{SlotBudget, "ich kann nicht zahlen", SlotBudget, BudgetAid},
		{SlotBudget, "je ne peux pas payer", SlotBudget, BudgetAid},
		{SlotBudget, "yo puedo pagar", SlotBudget, BudgetPaid},
		// dev50 (ninth session): "3 day in week" counts days; what a
		// schedule is put down as ("call it 6") is the week's; a payer of
		// the learner's workplace ("the shop will cover it"); "rather X
		// than Y" turns Y down; "research eventually"; a scholarship that
		// pays; a model deployed and monitored in production.
		{SlotHours, "Morning 2 hour, 3 day in week", SlotHours, "6"},
		{SlotHours, "an hour a day, most days, call it 6", SlotHours, "6"},
		{SlotHours, "time: maybe 30 hours a month? it depends on the week, so call it 30 a month", SlotHours, "7"},
		{SlotML, "oh mate my boss just said the shop will cover it, so paid now", SlotBudget, BudgetPaid},
		{SlotGoal, "hmm actually thinking about it more i'd rather go data scientist than ML engineer", SlotGoal, GoalDataScientist},
		{SlotGoal, "research eventually, like ML for horticulture, maybe a masters", SlotGoal, GoalResearch},
		{SlotBudget, "update: got a scholarship thing from the growers' association, they'll pay", SlotBudget, BudgetPaid},
		{SlotML, "I was on the team that deployed and monitored the fraud-scoring model in production, though I never built the models myself", SlotML, MLProduction},
		// A stranger (ninth session): "broke student so free stuff" is
		// free (what it comes to, after "so"; it was asked which fit);
		// Kaggle's Titanic done is coursework.
		{SlotBudget, "broke student so free stuff", SlotBudget, BudgetFree},
		{SlotML, "python/java from classes, did a kaggle titanic thing", SlotML, MLCoursework},
		{SlotProgramming, "salam, I am engineer in oil company in Baku. I write python for my work every day.", SlotProgramming, ProgrammingProfessional},
		// Tenth session, a stranger in certpath chat: a payer who might
		// pay is a guess to confirm, not the budget; "boss said yes"
		// settles it; "neural net vids" are videos about ML.
		{SlotBudget, "school might pay? not sure yet", SlotBudget, ""},
		{SlotBudget, "employer might cover it, haven't asked yet", SlotBudget, ""},
		{SlotBudget, "ok boss said yes", SlotBudget, BudgetPaid},
		{SlotML, "ML? i mean i watched 3blue1brown neural net vids does that count", SlotML, MLCoursework},
		// dev52: knowing AI itself, or enough not to be left behind, is
		// understanding it; staying in the job says no more than that.
		{SlotGoal, "i'd love to actually understand what she's on about, i'm not changing jobs at my age", SlotGoal, GoalLiteracy},
		{SlotGoal, "honestly i just want to know enough about AI to not get left behind, i'm staying in restaurants", SlotGoal, GoalLiteracy},
		{SlotGoal, "Ok. I want to know AI only for me, I stay at the market", SlotGoal, GoalLiteracy},
		// What they did, said not to count (dev52); "don't count that"
		// about hours on a plane says nothing about ML (dev3).
		{SlotML, "i tried a chatbot tutorial but that's not really ML experience lol", SlotML, MLNone},
		{SlotML, "that is ML experience right?", SlotML, ""},
		{SlotHours, "1 hour Tuesday and 1 hour Thursday. I fly monthly and might read on the plane but don't count that", SlotML, ""},
		// A payer passing on who pays (dev53); a refusal passed on is not.
		{SlotBudget, "my boss just said the trust would cover it actually", SlotBudget, BudgetPaid},
		{SlotBudget, "my boss said the company would never pay for it", SlotBudget, ""},
		{SlotML, "ML: i've switched on GA4's predictive audiences but that's google's model not mine", SlotML, MLNone},
		// dev54, typed on a phone: a figure taken back for the next one;
		// "this month" in another clause is when, not per month; typos.
		{SlotHours, "7, no wait, 5", SlotHours, "5"},
		{SlotHours, "6, no, 4 hours, night shifts this month", SlotHours, "4"},
		{SlotGoal, "just want to undrestand it, not changing jobs", SlotGoal, GoalLiteracy},
		{SlotStart, "ill start in january, the 4th", SlotStart, "2027-01-04"},
		{SlotBudget, "free because I cannot pay with card from Turkmenistan", SlotBudget, BudgetFree},
		{SlotML, "built a recommender at my old job it was in production actually", SlotML, MLProduction},
		// dev54: an option weighed and turned down; a payer's yes passed on.
		{SlotGoal, "research? nah. data scientist, that's the job i want", SlotGoal, GoalDataScientist},
		{SlotBudget, "free, no wait, the estate might pay... yeah they said they'd pay", SlotBudget, BudgetPaid},
		// A case weighed is not their hours (a stranger, tenth session).
		{SlotHours, "what if i only have 2 hrs some weeks?", SlotHours, ""},
		{SlotHours, "is 3h a week enough?", SlotHours, "3"},
		// "since" opening a reason is no "since 2019" (a stranger, tenth
		// session: the role was read as their job).
		{SlotGoal, "honestly not sure, maybe mlops since im already on the ops side?", SlotGoal, GoalMLOps},
		{SlotGoal, "data scientist since 2019", SlotGoal, ""},
		// The week's total said last (a stranger, tenth session: 5 and
		// 56); a part of the week's total stays that part's.
		{SlotHours, "school nights maybe an hour, more on weekends, say 8 total", SlotHours, "8"},
		{SlotHours, "weeknights an hour, weekends more, call it 8", SlotHours, "8"},
		{SlotHours, "weekday nights 1 hour, weekend 3 hours total", SlotHours, "8"},
		// A stranger, tenth session: building AI tools is the engineer's
		// goal; "nada on ML" is none.
		{SlotGoal, "id like to make AI tools for designers someday, like build stuff", SlotGoal, GoalMLEngineer},
		{SlotML, "nada on ML", SlotML, MLNone},
		// Eleventh session (dev55, dev56): understanding it for their own
		// sake beats "staying in X"; a closing "tbh" is no correction;
		// models their team runs in production; hedged "free".
		{SlotGoal, "just to understand it for myself, staying in the bar trade", SlotGoal, GoalLiteracy},
		{SlotGoal, "for my own interest, staying in mas", SlotGoal, GoalLiteracy},
		{SlotGoal, "just understanding it tbh, so i can explain it to my year 12s. i'm staying in teaching", SlotGoal, GoalLiteracy},
		{SlotGoal, "just for my own understanding, i'm staying an OT", SlotGoal, GoalLiteracy},
		{SlotGoal, "I want to know AI for my work, I will remain in extension", SlotGoal, GoalLiteracy},
		{SlotGoal, "i want to use AI for my work, staying in my role", SlotGoal, GoalFillGap},
		{SlotML, "i built a model for milk fat prediction that we use in production now actually", SlotML, MLProduction},
		{SlotBudget, "more or less free, might pay for one cert", SlotBudget, BudgetFree},
		{SlotBudget, "pretty much free lol", SlotBudget, BudgetFree},
		{SlotProgramming, "Programming ndilibe, ML palibe", SlotML, MLNone},
		{SlotProgramming, "programming: tåya'", SlotProgramming, ProgrammingNone},
		// "daily" said of work, in another clause, is no study rate (a
		// stranger, eleventh session: 70 h for "10 hrs").
		{SlotProgramming, "python at work daily, im a backend dev, no ml, ml engineer, 10 hrs, paid", SlotHours, "10"},
		{SlotHours, "15-20 hours, I work nights so days are free", SlotHours, "18"},
		{SlotHours, "1 hr, daily", SlotHours, "7"},
		// dev57: "what is cheaper?" asks, it needs no aid; "I finish it
		// last year" (second-language past) finished the course.
		{SlotBudget, "Budget I don't know, what is cheaper?", SlotBudget, ""},
		{SlotBudget, "i need something cheaper", SlotBudget, BudgetAid},
		{SlotML, "ML: only Machine Learning for All on Coursera, I finish it last year", SlotML, MLCoursework},
		// "more" adds a day's amount to the week's (a stranger, eleventh
		// session, got 2); "more like" still corrects.
		{SlotHours, "4 hrs a week and 2 more on sundays", SlotHours, "6"},
		{SlotHours, "3 hrs a week, sundays more like 5", SlotHours, "5"},
		// "free" chosen, then a question about aid: free (a stranger,
		// eleventh session, was asked which of the two); want of money
		// with an aid question still wants aid.
		{SlotBudget, "free, but is financial aid hard to get?", SlotBudget, BudgetFree},
		{SlotBudget, "broke college student, is there financial aid?", SlotBudget, BudgetAid},
		{SlotProgramming, "wats this bot do", SlotProgramming, ""},
		// dev58, dev59: getting what AI is and understanding AI tools are
		// literacy; a budget that is frozen pays nothing. (One prediction
		// of their own, "I'd like to predict sap yield ...", is a gap to
		// fill, asked as a check: dev58 bu016.)
		{SlotGoal, "honestly just want to get what all this AI stuff is, not switching careers", SlotGoal, GoalLiteracy},
		{SlotGoal, "for myself, to understand the AI retina screening stuff. staying an optom", SlotGoal, GoalLiteracy},
		{"", "actually scratch that, my manager says the training budget is frozen till Q2. free then", SlotBudget, BudgetFree},
		// With nothing asked, "one course?" is about the plan, not an
		// answer (dev58 after the plan: ML coursework, a gap to fill).
		{"", "lol that's it? one course?", SlotML, ""},
		{"", "only one course? ok good", SlotGoal, ""},
		{"", "maybe 5 hrs weekly?", SlotHours, "5"},
		// Years without code are none (dev59); months are a guess of some.
		{SlotProgramming, "a bit of python back then, but i haven't coded in 4 years", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "I learn a little R in my master, I don't use since 5 years", SlotProgramming, ProgrammingNone},
		// dev59: a language used most days for work is some, beside "not
		// a software dev"; a random forest tried on their own data is a
		// model built.
		{"", "energy analyst at an offshore wind developer in aberdeen. python most days for our yield assessments but i'm not a software dev.", SlotProgramming, ProgrammingSome},
		{SlotML, "I tried a random forest in R on our survey data once, just testing, it was never used.", SlotML, MLBuiltModels},
		{SlotML, "i tried a course on regression in python", SlotML, MLCoursework},
		// Jamaican Patois, Scots, Limburgish (dev58, dev59).
		{SlotProgramming, "Mi nuh know nuh programming", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "nae programmin", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "Ich kin e bitje Python", SlotProgramming, ProgrammingSome},
		{SlotHours, "8 oer in de week", SlotHours, "8"},
		// A first message, nothing asked: "want to ... research
		// someday??" is a hedged wish, not a question; an AP CS class
		// under way is some programming (a stranger, eleventh session).
		{"", "heyo im 17, in high school, taking AP CS A (java). never done ML. want to get into AI research someday??", SlotGoal, GoalResearch},
		{"", "heyo im 17, in high school, taking AP CS A (java). never done ML.", SlotProgramming, ProgrammingSome},
		// Second-language first posts (a stranger, eleventh session).
		{"", "Machine learning I have no idea", SlotML, MLNone},
		{"", "I cannot pay, please suggest free", SlotBudget, BudgetFree},
		{"", "3 heures par semaine, gratuit svp", SlotBudget, BudgetFree},
		// dev60, dev61: trickling facts and corrections.
		{"", "start jan 4. wait no jan 11, holiday shifts", SlotStart, "2027-01-11"},
		{"", "start jan 4. wait no, start jan 11", SlotStart, "2027-01-11"},
		{SlotML, "wait, forgot, i finished the UW machine learning: regression course on coursera in august. so not none", SlotML, MLCoursework},
		{"", "for me it's about understanding it, not changing careers", SlotGoal, GoalLiteracy},
		{"", "mostly curious tbh, staying a locksmith", SlotGoal, GoalLiteracy},
		{"", "I know some Java and Python but not used since 4 years", SlotProgramming, ProgrammingNone},
		{"", "python daily for drillhole data, not a dev tho", SlotProgramming, ProgrammingSome},
		{"", "I did Python at UNZA and I still use it small for my route sheets", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "Programming: did C++ in my polytechnic diploma, haven't used it since", SlotProgramming, ProgrammingNone},
		// A school that gives access pays (dev61); Sabah Malay and
		// Martinican none (dev60).
		{"", "my poly gives us coursera for free so that's sorted", SlotBudget, BudgetPaid},
		{"", "Programming tiada, ML pun tiada bah", SlotProgramming, ProgrammingNone},
		{"", "Mwen pa konnèt pwogramasyon. ML pies", SlotML, MLNone},
		// Typos fixed before a "-y" suffix is cut ("mony" was "mon",
		// Monday); apologies after the answer.
		{SlotBudget, "no mony sorry", SlotBudget, BudgetFree},
		{SlotProgramming, "i hav some pyhton expirience from colege", SlotProgramming, ProgrammingSome},
		{SlotML, "no machin lerning", SlotML, MLNone},
		{SlotGoal, "wnat to be data scintist", SlotGoal, GoalDataScientist},
		// dev62, dev63: "3 hours in a week" is a rate, not a start in a
		// week; an average already averaged; dialects' "programmà".
		{SlotHours, "3 hours in a week", SlotStart, ""},
		{"", "roster is 2 weeks on 1 off so i reckon 6 hrs a week avg", SlotHours, "6"},
		{"", "I learned Java and SQL but I don't use them since 5 years", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "Programmà? Niente proprio", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "Programmâ no, mai. Ma i corsi son in italian?", SlotProgramming, ProgrammingNone},
		// dev64: models of their own for something, never used for real;
		// Kölsch "och nit".
		{SlotML, "ML: some random forests for habitat maps, never used for anything real", SlotML, MLBuiltModels},
		{SlotML, "ML och nit", SlotML, MLNone},
		{SlotML, "some courses on regression for beginners", SlotML, MLCoursework},
		{SlotProgramming, "Programmieren: nein", SlotProgramming, ProgrammingNone},
		// Twelfth session's strangers: years away after a school
		// course, "no clue what that even is" about ML.
		{"", "im a bus driver lol, did a bit of pyhton in school ages ago, havent coded in like 6 years", SlotProgramming, ProgrammingNone},
		{"", "eng manager, used to write java, haven't coded in 4 yrs", SlotProgramming, ProgrammingProfessional},
		{SlotML, "ml? no clue what that even is tbh", SlotML, MLNone},
		{"", "no idea what machine learning even is", SlotML, MLNone},
		// dev65, dev66: a living in code outlasts years away; years away
		// said first outweigh a degree's python; Excel alone is none.
		{"", "i was a .NET dev for 4 yrs before i burned out, havent coded since 2021", SlotProgramming, ProgrammingProfessional},
		{"", "programmed COBOL at a bank for 30 years, retired 2019", SlotProgramming, ProgrammingProfessional},
		{"", "havent coded in like 6 years, did some python for my marine bio degree at varsity", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "what counts as programming? i edit audio in reaper all day lol", SlotProgramming, ""},
		{SlotProgramming, "python and bash every day", SlotProgramming, ProgrammingProfessional},
		{SlotBudget, "free... wait actually my skillsfuture credit can cover it, so paid", SlotBudget, BudgetPaid},
		{SlotProgramming, "excel and sql", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "Uso Excel todo el día y SQL básico para sacar reportes del ERP", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "Programmiera? Noi, nia gmacht", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "Programmeern? Nooit gedoan", SlotProgramming, ProgrammingNone},
		{SlotML, "ML neida", SlotML, MLNone},
		{SlotBudget, "Je paie moi-même, pas de souci", SlotBudget, BudgetPaid},
		// Twelfth session's teacher: the school year's hours after the
		// summer's, PD money, using it in class (an age is no hours).
		{SlotHours, "summer break i could do a lot more, school year maybe 3", SlotHours, "3"},
		{SlotHours, "My company is 996, so only Sunday afternoon, 4 hours", SlotHours, "4"},
		{SlotHours, "coding: none. real estate agent in Phoenix, 45", SlotHours, ""},
		{SlotBudget, "my district has PD money", SlotBudget, BudgetPaid},
		{SlotGoal, "just use it in class, i teach math", SlotGoal, GoalLiteracy},
		// A Spanish-speaking stranger, twelfth session.
		{SlotBudget, "gratis porfa", SlotBudget, BudgetFree},
		{SlotBudget, "solo lo gratis", SlotBudget, BudgetFree},
		// dev68's voice-typed posts: the greeted are not the subject, a
		// "no" before a new "I" is about what it negated; "ML au net".
		{"", "hello everyone I just want to understand what this AI is all about", SlotGoal, GoalLiteracy},
		{"", "I've never done any programming and no machine learning I just want to understand what this AI is all about", SlotGoal, GoalLiteracy},
		{"", "hi everyone I did a little Python in college and I still use it to sort my echo measurements", SlotProgramming, ProgrammingSome},
		{SlotML, "ML au net", SlotML, MLNone},
		{SlotML, "ML aa net", SlotML, MLNone},
		{"", "I want to predict how full we'll be on long weekends and Diwali so we can plan staff, I'm keeping the business.", SlotGoal, GoalFillGap},
		{SlotML, "no sir", SlotML, MLNone},
		{SlotGoal, "data scientist bro", SlotGoal, GoalDataScientist},
		{"", "just want to get my head round this AI stuff, i'm staying a saddler", SlotGoal, GoalLiteracy},
		{SlotBudget, "the cooncil says they'll pey fer thon coorse efter aa, so it's paid", SlotBudget, BudgetPaid},
		// "my job" answers the programming question only on its own.
		{SlotProgramming, "talep tahmini için ML kullanmak istiyorum, işimi değiştirmeyeceğim", SlotProgramming, ""},
		// Working days in Portuguese and Spanish (a stranger, 2026-11-30).
		{SlotHours, "2 horas por dia nos dias úteis", SlotHours, "10"},
		{SlotHours, "2 horas por dia em dias de semana", SlotHours, "10"},
		{SlotHours, "1 hora los días laborables y 3 el sábado", SlotHours, "8"},
		// dev11's long intros: a cycle's days off, a 28/28 rotation with
		// nothing on it, a range settled after "let's be honest", and
		// another thing started in February.
		{SlotHours, "I work 4 on 4 off, 12 hour shifts, and on my 4 days off I can do 3 hours each", SlotHours, "11"},
		{SlotHours, "My work is rotation 28/28: on rotation I have no time at all, at home I can do 2 hours every day", SlotHours, "7"},
		{SlotHours, "Time-wise somewhere between 5 and 10 hours a week, but let's be honest, 5.", SlotHours, "5"},
		{SlotBudget, "I'm 17, starting a science degree at UNSW in Feb", SlotStart, ""},
		{SlotProgramming, "4th-year physics PhD here. I write Python every day for my plasma simulations", SlotProgramming, ProgrammingSome},
		// dev11: a wage is no study time; gigs are work; Catalan and
		// Malay schedules.
		{SlotHours, "the call centre pays €13 an hour so I'll need financial aid, I can do 15 hours a week", SlotHours, "15"},
		{SlotHours, "Gigs are Thursday to Saturday nights, so Monday to Wednesday I can do 2 hours each.", SlotHours, "6"},
		{SlotHours, "work week is Sunday to Thursday, evenings 1 hour, and Friday 4 hours", SlotHours, "9"},
		{SlotHours, "Puc dedicar-hi dues hores els dissabtes al matí.", SlotHours, "2"},
		{SlotHours, "fri sat sun off, i can do 3 hrs each of those days", SlotHours, "9"},
		// Hand tests 2026-11-29: "each (of those)" after days said to be
		// off is each of them; a learner who barely uses a computer.
		{SlotHours, "i work 4 tens so fri-sun off, maybe 2 hrs each of those", SlotHours, "6"},
		{SlotHours, "weekdays are busy, sat and sun off, 3 hrs each", SlotHours, "6"},
		{SlotHours, "sundays off, 2 hours each", SlotHours, "2"},
		{SlotProgramming, "drives trucks, never touched a computer much", SlotProgramming, ProgrammingNone},
		// dev16 / dev17: a kind of week is no unit; a weekend said not
		// to count leaves the weekdays; "weekend nothing"; the amount a
		// learner asks to plan with wins over the seasons before it.
		{SlotHours, "I can learn 1 hour every day, also in the night shift week, in the afternoon", SlotHours, "7"},
		{SlotHours, "I have 2 hours per day but not in the weekend", SlotHours, "10"},
		{SlotHours, "doordeweeks 's avonds een uur, in het weekend niks", SlotHours, "5"},
		{SlotHours, "10 hrs a week over winter break, then like 4 once spring semester starts. plan for 4 i guess", SlotHours, "4"},
		{SlotHours, "4 hrs a week, plan for 2 weeks off at xmas", SlotHours, "4"},
		// A payer that won't is not the learner's budget; a negation does
		// not reach across "so".
		{SlotBudget, "the paper won't pay so i'll pay myself", SlotBudget, BudgetPaid},
		{SlotBudget, "my boss wont pay, so free", SlotBudget, BudgetFree},
		{SlotBudget, "i won't pay for certificates", SlotBudget, BudgetFree},
		// dev16 / dev17: recorded macros; no background in programming
		// (English, Egyptian Arabic); Japanese and Korean non-coders and
		// payers.
		{SlotProgramming, "quickbooks + excel, i've recorded a few macros but never written one", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "i don't have any background in programming", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "معنديش أي خلفية في البرمجة", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "プログラミングはしたことがありません", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "코딩은 전혀 못 해요", SlotProgramming, ProgrammingNone},
		{SlotBudget, "費用は事務所が出してくれます", SlotBudget, BudgetPaid},
		{SlotBudget, "병원에서 교육비 지원 받을 수 있어요", SlotBudget, BudgetPaid},
		{SlotBudget, "الشركة هتدفع", SlotBudget, BudgetPaid},
		// dev16 / dev17 ML: ML Kit is a library; a statistical learning
		// course; "the ML part" of a track; "never train"; pipelines that
		// retrain; models on their own data. Stats languages daily.
		{SlotML, "i shipped ML Kit text recognition in our app but never trained anything myself", SlotML, MLNone},
		{SlotML, "took stanford's statistical learning course on edX last year", SlotML, MLCoursework},
		{SlotML, "I did the 3MTT data science track, the ML part at the end", SlotML, MLCoursework},
		{SlotML, "i integrate TensorFlow Lite model from google into app, never train", SlotML, MLNone},
		{SlotML, "I maintain the Kubeflow pipelines that retrain our recommendation model every night", SlotML, MLProduction},
		{SlotML, "I ran lasso and random forest nowcasts on our own GDP data for a working paper", SlotML, MLBuiltModels},
		{SlotProgramming, "economist at a central bank. Stata and R every day", SlotProgramming, ProgrammingSome},
		// Hours: even rotations with a slash; weeks with nothing in
		// them; "one week in four" is no amount; Arabic and Indonesian.
		{SlotHours, "i work 7 on / 7 off. on my off week ~2 hrs a day, on week nothing", SlotHours, "7"},
		{SlotHours, "6 hrs a week normally, nothing on my on-call weeks (1 week in 4)", SlotHours, "5"},
		// 2026-11-29 strangers: "the on week" is a kind of week; a day's
		// amount followed by "nothing on weekends" or "none on sundays"
		// leaves those days out rather than undoing "a day".
		{SlotHours, "7 on / 7 off rotation lol, on my off week like 2h a day, nothing on the on week", SlotHours, "7"},
		{SlotHours, "2 hours a day, nothing on weekends", SlotHours, "10"},
		{SlotHours, "an hour a day, none on sundays", SlotHours, "6"},
		{SlotHours, "1 hour a day, no sundays", SlotHours, "6"},
		{SlotProgramming, "ya some", SlotProgramming, ProgrammingSome},
		{SlotML, "yeah a bit", SlotML, MLCoursework},
		{SlotProgramming, "used to code in uni, been a PM for 5 years", SlotProgramming, ProgrammingSome},
		{SlotML, "i don't build models but i maintain the api that serves our credit scoring model in prod, and i'm on call for it", SlotML, MLProduction},
		{SlotML, "I'm on call for our ML platform's model serving cluster and own its canary deploys, though I've never trained a model myself", SlotML, MLProduction},
		{SlotProgramming, "python at work, no ml yet", SlotML, MLNone},
		{SlotML, "machine learning nothing yet, only some youtube videos", SlotML, MLCoursework},
		{SlotML, "microsoft's ML for beginners, most of it", SlotML, MLCoursework},
		{SlotML, "My plan is to stay in informatics but build early-warning models on our own ward data", SlotML, ""},
		{SlotProgramming, "so now I build reports from our EHR - lots of SQL, some Power BI", SlotProgramming, ProgrammingSome},
		{SlotHours, "8 days on 6 off. on site nothing, home days 2 hrs a day", SlotHours, "6"},
		{SlotHours, "14 on 14 off. never touched ML. on hitch i'm done, 12 hr days. on my 14 off i could do 2 hrs a day", SlotHours, "7"},
		{SlotML, "i'm not sure. i think ML engineer? building AI stuff sounds cool", SlotML, ""},
		{SlotBudget, "the university project budget pays", SlotML, ""},
		{SlotProgramming, "Test engineer at an automotive supplier, 11 years. I write Python scripts to crunch our test-bench data and a bit of MATLAB, but I'm not a developer.", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "python at work", SlotProgramming, ProgrammingSome},
		{SlotGoal, "understand it well enough to teach an AI unit next year, not switching careers", SlotGoal, GoalLiteracy},
		{SlotGoal, "data scientist in pharma R&D is the dream... hmm actually no, i like the lab. i want to stay and use ML on our own assay data", SlotGoal, GoalFillGap},
		{SlotGoal, "I did Elements of AI last year out of curiosity. What I'd like is to use ML on our own patient outcome data to predict who's likely to drop out - for our clinic, I'm not changing careers.", SlotGoal, GoalFillGap},
		{SlotGoal, "predict sales for my own shop", SlotGoal, GoalFillGap},
		{SlotHours, "6 hours, well maybe 5", SlotHours, "5"},
		{SlotHours, "I can do 1 hour every evening after work.", SlotHours, "7"},
		{SlotHours, "I work three 12h shifts a week, on my free days I can study 2 hours", SlotHours, "8"},
		{SlotHours, "2 weeks on 1 off. on site nothing, off week 2 hrs a day", SlotHours, "5"},
		{SlotHours, "3 weeks away 1 week home, at home 3 hrs a day, away nothing", SlotHours, "5"},
		{SlotML, "first few chapters of ISLR", SlotML, MLCoursework},
		{SlotML, "ML i know little from youtube, never train a model", SlotML, MLCoursework},
		{SlotML, "I built our lead scoring model and deployed it myself, it runs nightly in airflow and I maintain it", SlotML, MLProduction},
		{SlotBudget, "financial aid if possible, my parents already pay my college fees", SlotBudget, BudgetAid},
		{SlotBudget, "ok i checked, amazon's career choice covers it", SlotBudget, BudgetPaid},
		{SlotHours, "hafta içi every evening 1 hour, weekend is for family", SlotHours, "5"},
		{SlotHours, "In weekdays 2 hours, on weekends I rest", SlotHours, "10"},
		{SlotHours, "Unter der Woche abends je eine Stunde, am Wochenende insgesamt 3 Stunden", SlotHours, "8"},
		{SlotHours, "Tre sere a settimana, un'ora e mezza ciascuna", SlotHours, "5"},
		{SlotHours, "По будням по часу, в выходные по 3 часа", SlotHours, "11"},
		{SlotHours, "平日は夜1時間、土日は各2時間くらいです", SlotHours, "9"},
		{SlotHours, "bel weekend, jom3a w sabt, 3 sa3at kel yom", SlotHours, "6"},
		{SlotProgramming, "I am hardware test engineer in Shenzhen, I write Python scripts to parse test logs", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "بستخدم Excel و AutoCAD بس، عمري ما كتبت كود", SlotProgramming, ProgrammingNone},
		{SlotML, "ML udah ikut kelas Machine Learning Pemula di Dicoding sampai lulus", SlotML, MLCoursework},
		{SlotML, "3amalt model la recommendations bel shighl w el team bista3mlo", SlotML, MLBuiltModels},
		{SlotBudget, "Mein Arbeitgeber übernimmt die Kosten", SlotBudget, BudgetPaid},
		{SlotProgramming, "Python nur ein bisschen, für Auswertungen von Messdaten", SlotProgramming, ProgrammingSome},
		{SlotBudget, "cheap as possible pls, pesos 🙃", SlotBudget, BudgetFree},
		{SlotBudget, "GI bill", SlotBudget, BudgetPaid},
		{SlotBudget, "i have skillsfuture credits, can use those", SlotBudget, BudgetPaid},
		{SlotGoal, "understand the AI that predicts compressor trips", SlotGoal, GoalLiteracy},
		{SlotGoal, "i wanna get how it actually works", SlotGoal, GoalLiteracy},
		{SlotML, "My granddaughter is studying AI at college", SlotML, ""},
		{SlotProgramming, "I've never really coded, the most I did was record a few Excel macros", SlotProgramming, ProgrammingNone},
		{SlotHours, "3 hrs on each of my days off, i get 2 a week", SlotHours, "6"},
		{SlotHours, "i work 7 days then 7 off. in my off week 2 hrs a day", SlotHours, "7"},
		{SlotHours, "week on week off, on my off week 3 hrs a day", SlotHours, "11"},
		{SlotProgramming, "can i do this on my phone? i don't always have my laptop at work", SlotProgramming, ""},
		{SlotProgramming, "pipelines in python every day", SlotProgramming, ProgrammingProfessional},
		{SlotHours, "Từ thứ 2 đến thứ 6 mỗi tối 1 tiếng, chủ nhật 3 tiếng", SlotHours, "8"},
		{SlotGoal, "I want to understand how these image models actually work so I stay relevant as a designer, I'm not switching careers", SlotGoal, GoalLiteracy},
		{SlotHours, "We work 6 days a week, I can study 1 hour after duty each day", SlotHours, "6"},
		{SlotHours, "FIFO 2 weeks on 1 off, on site nothing, on my week off like 3 hrs a day", SlotHours, "7"},
		{SlotHours, "tuesday and thursday evening 2 hours each, sometimes sunday", SlotHours, "4"},
		{SlotML, "followed a magenta tutorial once and trained a tiny melody model", SlotML, MLCoursework},
		{SlotStart, "I'd start when the kids go back on the 6th of January", SlotStart, "2027-01-06"},
		// (the school's date after "once" is when they start; dev50)
		{SlotStart, "oh i'll start once school goes back, 2nd of feb", SlotStart, "2027-02-02"},
		{SlotProgramming, "je ne sais pas programmer", SlotProgramming, ProgrammingNone},
		{SlotML, "pas de ML", SlotML, MLNone},
		{SlotHours, "like 2-3 hrs on weekdays, weekends are for my part time job", SlotHours, "13"},
		{SlotGoal, "quero virar cientista de dados", SlotGoal, GoalDataScientist},
		{SlotGoal, "quiero ser científico de datos", SlotGoal, GoalDataScientist},
		{SlotProgramming, "coding nahi aati", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "programmieren kann ich nicht", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "cuma pakai Excel, gak bisa coding", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "بشتغل على Excel بس، ما بعرف برمجة", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "kỹ sư phần mềm Python", SlotProgramming, ProgrammingProfessional},
		{SlotProgramming, "后端开发，主要写Go，五年了", SlotProgramming, ProgrammingProfessional},
		{SlotGoal, "predict which heifers will breed back and what to cull, for our own place", SlotGoal, GoalFillGap},
		{SlotGoal, "I want to predict the barge delays on the river, for my company, not change job", SlotGoal, GoalFillGap},
		{SlotGoal, "predict nightly prices for my apartments", SlotGoal, GoalFillGap},
		{SlotHours, "2 hours most afternoons", SlotHours, "10"},
		{SlotML, "No machine learning, just what I read in the papers", SlotML, MLNone},
		{SlotProgramming, "i did scratch in primary and now a bit of python from youtube", SlotProgramming, ProgrammingSome},
		{SlotML, "Hice un modelo de random forest para predecir piezas defectuosas, lo usamos en las juntas semanales", SlotML, MLBuiltModels},
		{SlotML, "自分でLightGBMのモデルを作りました", SlotML, MLBuiltModels},
		{SlotML, "I did a machine learning course of Platzi", SlotML, MLCoursework},
		{SlotHours, "Consigo 1 hora por dia, menos domingo", SlotHours, "6"},
		{SlotHours, "je peux faire 4 h par jour en semaine", SlotHours, "20"},
		{SlotHours, "Mezz'ora in pausa pranzo dal lunedì al venerdì", SlotHours, "3"},
		{SlotHours, "每天晚上一个半小时左右", SlotHours, "11"},
		{SlotHours, "sa3teen kol yom, ma3ada el gom3a", SlotHours, "12"},
		{SlotHours, "1h chaque soir de semaine, pis 3h le samedi", SlotHours, "8"},
		{SlotHours, "We work Monday to Friday, so Saturday and Sunday 3 hours each", SlotHours, "6"},
		{SlotHours, "i have about 2 free hours every evening", SlotHours, "14"},
		{SlotHours, "rotating shifts, we work 6 days. on morning weeks i can do 2 hrs after work, on evening weeks only 1 hr before my shift", SlotHours, "9"},
		{SlotHours, "i work night shift, so before my shift 1 hour every day", SlotHours, "7"},
		{SlotHours, "Estate life is 6 days a week and Sunday is my only off day, so I can do 4 hours on Sundays plus maybe an hour on Wednesday nights.", SlotHours, "5"},
		{SlotProgramming, "i do all our reports in excel, pivot tables etc, nada de código", SlotProgramming, ProgrammingNone},
		{SlotHours, "like an hour a day, maybe more on weekends", SlotHours, "7"},
		{SlotHours, "20 min a day on the bus, both ways", SlotHours, "5"},
		{SlotHours, "2h a day on weekdays, none on saturday, 4h on sunday", SlotHours, "14"},
		{SlotHours, "8 hrs a week, one week in four i travel", SlotHours, "8"},
		{SlotHours, "ساعتين في الأسبوع", SlotHours, "2"},
		{SlotHours, "sehari 2 jam, senin-jumat", SlotHours, "10"},
		// A season that starts is no start date; the job they want
		// building models is no ML of theirs.
		{SlotHours, "maybe 3 hours in the week, the high season is starting so in december less", SlotStart, ""},
		{SlotGoal, "ML engineer, somewhere actually building models not prompts", SlotML, ""},
		{SlotProgramming, "postdoc in a systems neuro lab. python daily for calcium imaging analysis", SlotProgramming, ProgrammingSome},
		{SlotGoal, "goal: do ML properly in my research, probably move toward comp neuro", SlotGoal, GoalResearch},
		{SlotGoal, "I want to do master in health data science and after that research", SlotGoal, GoalResearch},
		{SlotGoal, "data scientist first, eventually ML engineer", SlotGoal, GoalMLEngineer},
		{SlotProgramming, "i run a small shopify store. no real coding, i tweak the liquid theme files sometimes w/ google", SlotProgramming, ProgrammingSome},
		{SlotML, "ML udah pernah ambil mata kuliah machine learning di kampus, tugasnya pakai sklearn", SlotML, MLCoursework},
		{SlotHours, "time: mornings before work 6-7, and sundays a couple hours when the baby naps", SlotHours, "7"},
		{SlotML, "i followed a youtube tutorial and made a digit classifier with tensorflow", SlotML, MLCoursework},
		{SlotML, "Обучал градиентный бустинг для скоринга, модель используется в отделе рисков", SlotML, MLBuiltModels},
		{SlotML, "Makine öğrenmesi: kendi yaptığım bir churn modeli var, pazarlama ekibi her ay kullanıyor", SlotML, MLBuiltModels},
		// dev18: "in the week ... each evening" is the weekdays (but "6
		// hours in the week" a week's); French "du lundi au jeudi";
		// Vietnamese "trừ chủ nhật".
		{SlotHours, "In the week 1 hour each evening, weekend nothing", SlotHours, "5"},
		{SlotHours, "I use R and Stata every day for our household surveys. I can study 6 hours in the week.", SlotHours, "6"},
		{SlotHours, "le soir 1h du lundi au jeudi, et 3h le samedi", SlotHours, "7"},
		{SlotHours, "mỗi tối 1 tiếng, trừ chủ nhật", SlotHours, "6"},
		{SlotProgramming, "ux researcher at a fintech here. R for survey analysis (tidyverse, a bit of lme4), no python yet", SlotProgramming, ProgrammingSome},
		{SlotML, "i post-edit MT all day but never trained anything outside the course", SlotML, MLCoursework},
		{SlotML, "i built the feature pipeline our fraud model reads from and i'm on call for its nightly batch scoring job", SlotML, MLProduction},
		{SlotGoal, "goal: keep doing that kind of thing at the mine but properly. not looking to leave", SlotGoal, GoalFillGap},
		{SlotGoal, "want to use my own yield data to figure out seeding rates by zone. ML for my farm basically", SlotGoal, GoalFillGap},
		{SlotML, "I took a grad ML course this fall, we implemented SVMs and backprop from scratch in the homework", SlotML, MLCoursework},
		{SlotGoal, "Хочу перейти в ML-инженеры", SlotGoal, GoalMLEngineer},
		{SlotProgramming, "Ciao! Faccio la personal trainer a Torino, niente programmazione", SlotProgramming, ProgrammingNone},
		{SlotGoal, "mình muốn dùng ML để dự báo hư hỏng mặt đường cho công ty, vẫn làm kỹ sư", SlotGoal, GoalFillGap},
		// dev19: "except the weekend", "working days", videos seen,
		// pipelines that retrain, forecasts with ML where they stay.
		{SlotHours, "Each evening 1h30 except the weekend", SlotHours, "8"},
		{SlotHours, "2 hours every day except weekends", SlotHours, "10"},
		{SlotHours, "In working days 1 hour, in the weekend 4 hours", SlotHours, "9"},
		{SlotHours, "my workday is 9 hours, i study 1 hour after", SlotHours, "5"},
		{SlotML, "ML nothing, only I have seen the videos of 3blue1brown on neural networks", SlotML, MLCoursework},
		{SlotML, "I maintain the pipelines that retrain our demand model every week and deploy it", SlotML, MLProduction},
		{SlotGoal, "I want to make our cost forecasts with ML, I stay controller", SlotGoal, GoalFillGap},
		{SlotGoal, "I want to predict beet yield for our cooperative, I will stay here", SlotGoal, GoalFillGap},
		// dev20: "in January, the first Monday"; half at sea, half at
		// home; "make it 6"; research at an agency.
		{SlotBudget, "And I'd start in January, the first Monday.", SlotStart, "2027-01-04"},
		{SlotHours, "it works out about half at sea half at home. at sea nothing, at home 2 hrs a day", SlotHours, "7"},
		{SlotHours, "Actually scratch the 10, I'm picking up bar shifts on weekends till Christmas. Make it 6.", SlotHours, "6"},
		{SlotGoal, "i'd like to do ML for fisheries science, like research at DFO one day", SlotGoal, GoalResearch},
		{SlotGoal, "I'm not looking to become a data scientist, I want to use ML in the practice", SlotGoal, GoalFillGap},
		{SlotHours, "rest days all over the shop. 2 hours on each of my rest days, and I get 2 rest days a week", SlotHours, "4"},
		{SlotHours, "2 weeks on the boat, 2 weeks home. On the boat there's no chance, 12-hour shifts then sleep. At home I could do 3 hours a day.", SlotHours, "11"},
		// dev19 in learners' own languages.
		{SlotBudget, "preciso de auxílio financeiro", SlotBudget, BudgetAid},
		{SlotBudget, "l'hôpital prend en charge", SlotBudget, BudgetPaid},
		{SlotBudget, "自費で払います", SlotBudget, BudgetPaid},
		{SlotProgramming, "hiç kod yazmadım", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "沒寫過程式", SlotProgramming, ProgrammingNone},
		{SlotHours, "ساعتين كل يوم ما عدا الجمعة", SlotHours, "12"},
		{SlotHours, "روزی ۲ ساعت", SlotHours, "14"},
		{SlotHours, "一週大概4小時", SlotHours, "4"},
		{SlotHours, "W tygodniu po 2 godziny dziennie, w weekend nic", SlotHours, "10"},
		{SlotProgramming, "Привіт! Я Python-розробниця в Києві, 3 роки бекенд на Django", SlotProgramming, ProgrammingProfessional},
		{SlotBudget, "مش هقدر أدفع بالدولار، في مساعدة مالية؟", SlotBudget, BudgetAid},
		{SlotBudget, "Em là sinh viên, không có tiền, có hỗ trợ tài chính không ạ?", SlotBudget, BudgetAid},
		{SlotBudget, "醫院會補助學費", SlotBudget, BudgetPaid},
		{SlotML, "ML thì em có học môn Học máy trên trường, làm bài tập bằng sklearn", SlotML, MLCoursework},
		{SlotML, "My objective is to go in MLOps, deploy the models in production", SlotML, ""},
		{SlotHours, "want to do a part-time PhD eventually, research on model fairness", SlotML, ""},
		{SlotProgramming, "I write my own SQL against our data warehouse but no Python", SlotProgramming, ProgrammingSome},
		{SlotHours, "2 hrs a day Monday through Saturday, route's done by 3", SlotHours, "12"},
		{SlotHours, "We do 28 days offshore, 28 days onshore. Offshore the internet is terrible so I can only study onshore, about 2 hours a day.", SlotHours, "7"},
		{SlotML, "Em đã học hết khóa Machine Learning của Andrew Ng", SlotML, MLCoursework},
		{SlotHours, "'s Avonds een uurtje, van maandag tot donderdag", SlotHours, "4"},
		{SlotBudget, "Ok I just looked at my calendar for the next two months and 5 is more honest. Let's say 5.", SlotHours, "5"},
		{SlotML, "I finish the 3MTT data science track this year, so I know small small about machine learning but I never build anything on my own.", SlotML, MLCoursework},
		{SlotBudget, "Oh ya, saya mula 1 Disember.", SlotStart, "2026-12-01"},
		// Goals: more ML where they are, said in English, French and
		// Polish.
		{SlotGoal, "I want to continue in R&D but with more ML, I don't want change company", SlotGoal, GoalFillGap},
		{SlotGoal, "chcę wykorzystać ML do przewidywania wad na linii, zostaję w swojej pracy", SlotGoal, GoalFillGap},
		{SlotProgramming, "honestly not great with computers", SlotProgramming, ProgrammingNone},
		// dev12: "every saturday and sunday" is each day; Arabic "an
		// hour every day"; a negated payer; the day after a date named
		// before "start after that"; "1.5 hour" is no date.
		{SlotHours, "3 hrs every saturday and sunday", SlotHours, "6"},
		{SlotHours, "ساعة كل يوم", SlotHours, "7"},
		{SlotBudget, "the school not pay, I want free", SlotBudget, BudgetFree},
		{SlotBudget, "exams end on 12 December, I'll start after that", SlotStart, "2026-12-13"},
		{SlotBudget, "I can study 1.5 hour everyday", SlotStart, ""},
		// dev12 and dev13: a payer who "just said they'd pay", a start
		// "once finals are done on the 17th", a 7x7 rotation, Turkish,
		// Japanese, Chinese and Swedish phrasings.
		{SlotBudget, "scratch that last one, the clinic just said they'd pay for it 🙌", SlotBudget, BudgetPaid},
		{SlotBudget, "i can start once finals are done on the 17th", SlotStart, "2026-12-18"},
		{SlotHours, "Mining engineer in Antofagasta, 7x7 shift. on my 7 days off 2 hours a day, nothing at the mine", SlotHours, "7"},
		{SlotHours, "I work 3x12s, on my days off 2 hours", SlotHours, "8"},
		{SlotBudget, "1 Ocak'tan itibaren başlıyorum", SlotStart, "2027-01-01"},
		{SlotML, "想转机器学习工程师", SlotGoal, GoalMLEngineer},
		// dev12/dev13: "only saturday", a program finished is no model
		// built, a Python course's weeks are no ML, Korean, a thesis.
		{SlotHours, "office is sunday to friday so only saturday is free, 5 hours", SlotHours, "5"},
		// Found by hand in certpath chat (2026-11-29): the message's last
		// words are its days off; CS50P is a programming course.
		{SlotHours, "forklift guy, 4 on 4 off. 2 hrs each of my off days", SlotHours, "7"},
		{SlotProgramming, "forklift guy, 4 on 4 off. did cs50p up to week 6, no ML", SlotProgramming, ProgrammingSome},
		// dev7-dev13: "none, just excel"; a course title's "in Python"
		// says nothing of their programming; a field's job market is not
		// their job.
		{SlotProgramming, "ok then none, just excel", SlotProgramming, ProgrammingNone},
		// dev15: "no python yet" beside "only SQL"; staying a nurse;
		// never touching the models; using a team's pretrained models; a
		// start after "finals end dec 16".
		{SlotProgramming, "financial analyst in charlotte, only SQL so far, no python yet", SlotProgramming, ProgrammingSome},
		{SlotML, "i build the feature tables the DS team trains on, never touch the models", SlotML, MLNone},
		// dev14: developers in Portuguese, Turkish and Persian; the UW
		// pair "w/ certs" and "and Regression too"; Russian weekdays.
		{SlotProgramming, "Olá! Sou engenheiro informático no Porto, programo em C# há 6 anos", SlotProgramming, ProgrammingProfessional},
		{SlotProgramming, "Merhaba, İstanbul'da bir bankada backend geliştiriciyim, 4 yıldır Java yazıyorum", SlotProgramming, ProgrammingProfessional},
		{SlotProgramming, "سلام، من برنامه‌نویس اندرویدم تو شیراز، ۵ ساله با کاتلین کار می‌کنم", SlotProgramming, ProgrammingProfessional},
		{SlotHours, "по 2 часа по будням", SlotHours, "10"},
		{SlotProgramming, "मैं इंदौर के एक सरकारी स्कूल में गणित पढ़ाता हूँ। प्रोग्रामिंग नहीं आती", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "Programmieren: nix", SlotProgramming, ProgrammingNone},
		{SlotHours, "an meinen 4 freien Tagen je 1,5 Stunden", SlotHours, "6"},
		{SlotHours, "un paio d'ore a settimana", SlotHours, "2"},
		{SlotHours, "평일 저녁에 1시간씩, 주말엔 쉬고요", SlotHours, "5"},
		{SlotHours, "เสาร์อาทิตย์ วันละ 3 ชั่วโมง", SlotHours, "6"},
		{SlotProgramming, "I read a couple of books on ML", SlotML, MLCoursework},
		{SlotGoal, "I want to use more ML in my work, I will stay in the company", SlotGoal, GoalFillGap},
		{SlotBudget, "ok i'll do 7 then", SlotHours, "7"},
		{SlotBudget, "i can do 3 courses", SlotHours, ""},
		{SlotML, "we use huggingface pretrained models for sentiment in our app, never trained one myself", SlotML, MLNone},
		{SlotBudget, "i can start after finals end dec 16", SlotStart, "2026-12-17"},
		{SlotProgramming, "I finished Applied Machine Learning in Python from University of Michigan, with certificate", SlotProgramming, ""},
		{SlotProgramming, "what i actually want is ML engineer, the web dev market is brutal rn", SlotProgramming, ""},
		{SlotML, "I made the Machine Learning Specialization from Andrew Ng on Coursera, all 3 courses", SlotML, MLCoursework},
		{SlotML, "forklift op, 4 on 4 off nights. did cs50p (harvard's python one) up to week 6 on my off days", SlotML, ""},
		{SlotML, "머신러닝도 처음이에요", SlotML, MLNone},
		{SlotML, "did the unity ml-agents tutorial once, that's my ML", SlotML, MLCoursework},
		{SlotGoal, "want to use ML properly in the rest of my thesis", SlotGoal, GoalResearch},
		{SlotBudget, "Hej! Jag jobbar som backendutvecklare i Göteborg, Python och Go", SlotProgramming, ProgrammingProfessional},
		{SlotHours, "Saya boleh belajar 3 jam setiap malam, Isnin sampai Khamis.", SlotHours, "12"},
		{SlotGoal, "I want to understand what's behind them so I can push back. No desire to become a data scientist at 50.", SlotGoal, GoalLiteracy},
		{SlotBudget, "broke college student 💀 is there financial aid", SlotBudget, BudgetAid},
		// dev8: an amount a week with exam days off stays a week's; "my
		// off days is 2"; Indonesian "tanggal 14"; "plan for ..., 4".
		{SlotHours, "seminggu 6 jam, pas UAS libur dulu", SlotHours, "6"},
		// Other scripts' digits and dev9's languages (2026-11-29).
		{SlotHours, "۲ ساعت در هفته", SlotHours, "2"},
		{SlotHours, "প্রতিদিন ১ ঘণ্টা", SlotHours, "7"},
		{SlotHours, "हर शाम डेढ़ घंटा", SlotHours, "11"},
		{SlotHours, "vikendom po 2 sata svaki dan", SlotHours, "4"},
		{SlotHours, "mỗi tối em học được khoảng 1 tiếng", SlotHours, "7"},
		{SlotBudget, "mulai tanggal 14", SlotStart, "2026-12-14"},
		{SlotBudget, "budget: whatever's cheapest", SlotBudget, BudgetFree},
		// "Can't pay" alone leans to aid (the phrasebook's convention);
		// with "only free" it is free, and "only free content" is money,
		// not time (dev4, dev6, dev9).
		{SlotBudget, "can't pay rn", SlotBudget, BudgetAid},
		// dev9: busy weekdays leave the weekend; a day after a vaguer
		// date; "free for now"; a role one studies is not a job.
		{SlotHours, "a couple hours a day on weekends, weekdays are packed", SlotHours, "4"},
		{SlotBudget, "starting in the new year, jan 4th", SlotStart, "2027-01-04"},
		{SlotBudget, "free for now, student budget", SlotBudget, BudgetFree},
		// dev9: models kept alive in production; a list's numbers are
		// not amounts; "5/week" is per week.
		{SlotML, "I built PD models in SAS for IFRS9, they're in production and I recalibrate them every quarter", SlotML, MLProduction},
		{SlotML, "I built a delivery-delay classifier for ops and I retrain and redeploy it every month on our airflow", SlotML, MLProduction},
		{SlotHours, "Answers in order:\n1. Programming: SAS and some SQL at work\n2. ML: none\n4. Hours: 5/week\n5. Budget: department training budget", SlotHours, "5"},
		{SlotHours, "2h/day", SlotHours, "14"},
		// Goals in subject-object-verb order ("X become want"), a
		// forked notebook taken down with "but I just", Ukrainian
		// money words (dev9, 2026-11-29).
		{SlotML, "मैं डेटा साइंटिस्ट बनना चाहता हूँ", SlotGoal, GoalDataScientist},
		{SlotML, "veri bilimci olmak istiyorum", SlotGoal, GoalDataScientist},
		{SlotML, "želim jednog dana biti ML inženjer", SlotGoal, GoalMLEngineer},
		{SlotML, "well, I did one kaggle comp. but I just forked a public notebook and changed some params", SlotML, MLCoursework},
		{SlotBudget, "ой, роботодавець сказав, що оплатить сертифікат", SlotBudget, BudgetPaid},
		// Keeping systems running with scripts is some; writing code
		// every day is a living; a bare architect designs buildings
		// (dev3, tune, dev10, dev11).
		{SlotProgramming, "sysadmin at a school district, a few powershell scripts", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "linux sysadmin, I write python and bash for automation every day", SlotProgramming, ProgrammingProfessional},
		{SlotProgramming, "enterprise architect for ~15 years, Java mostly", SlotProgramming, ProgrammingProfessional},
		// A pretrained library with "no training from us" is no ML (dev3).
		{SlotML, "my graduation project was face recognition attendance system, but we used the pre-trained face_recognition library, no training from us", SlotML, MLNone},
		// Andrew Ng's course by its title is not the UW pair (dev8).
		{SlotML, "I did 'Supervised Machine Learning: Regression and Classification' on Coursera last spring, got the certificate", SlotML, MLCoursework},
		{SlotProgramming, "i was system engineer student in venezuela but not finish i know java and sql from university", SlotProgramming, ProgrammingSome},
		{SlotBudget, "because of sanctions I can't pay with card, only free content for me", SlotBudget, BudgetFree},
		{SlotBudget, "with the lira crisis I can't pay anything, only free please", SlotBudget, BudgetFree},
		{SlotHours, "oh wait I meant 3 hours a DAY, not a week lol", SlotHours, "21"},
		{SlotHours, "平日は夜30分、土曜に2時間くらいです", SlotHours, "5"},
		{SlotML, "ML none yet, the ML elective is next semester", SlotML, MLNone},
		{SlotProgramming, "I don't know programming", SlotProgramming, ProgrammingNone},
		{SlotBudget, "my campus give us Coursera access for free", SlotBudget, BudgetPaid},
		{SlotBudget, "I'd like to start the 2nd week of january", SlotStart, "2027-01-11"},
		{SlotHours, "weekday 1 jam tiap malam, sabtu minggu masing-masing 3 jam", SlotHours, "11"},
		{SlotHours, "entre semana 2 horas diarias, los fines de semana descanso", SlotHours, "10"},
		{SlotHours, "dienstags und donnerstags abends 1,5 Std., samstags 2 Std.", SlotHours, "5"},
		{SlotHours, "mwf 1.5 hrs after the gym", SlotHours, "5"},
		{SlotHours, "weekday 1 hour weekend 2 hour each", SlotHours, "9"},
		{SlotHours, "only Saturday 14:00-18:00, weekday 996 no time", SlotHours, "4"},
		{SlotHours, "weekdays are impossible. every other weekend i get a saturday free, 4 hrs", SlotHours, "2"},
		{SlotHours, "weeknights after the kids are down, 8:30 to 10, mon-thu", SlotHours, "6"},
		{SlotHours, "office is Saturday to Thursday 9 to 7. Friday off, so Friday 5 hours and other days 1 hour after office", SlotHours, "11"},
		{SlotHours, "3 hrs a week realistically, 2 toddlers", SlotHours, "3"},
		{SlotHours, "30 min lunch and 30 min after bedtime, weekdays", SlotHours, "5"},
		{SlotHours, "an hour before work most days + like 3 on sundays", SlotHours, "8"},
		{SlotHours, "i get 7 days off every 2 weeks, i'd do 2 hrs on each", SlotHours, "7"},
		{SlotHours, "so like 3 of my days off, 2 hrs each", SlotHours, "6"},
		{SlotHours, "i'd say 4 off days a week on average, 1.5 hrs each", SlotHours, "6"},
		{SlotHours, "m-th 1 hr before standup", SlotHours, "4"},
		{SlotHours, "entre 6 y 8 horas a la semana", SlotHours, "7"},
		{SlotHours, "8h a week. actually make that 5, we just had a baby lol", SlotHours, "5"},
		// A menu pick in words (dev6).
		{SlotML, "option 1", SlotML, MLNone},
		{SlotGoal, "#3", SlotGoal, GoalMLEngineer},
		{SlotBudget, "the 2nd one", SlotBudget, BudgetPaid},
		{SlotHours, "2 hours, 5 days", SlotHours, "10"},
		{SlotHours, "after work 1 hour, 6 days in the week", SlotHours, "6"},
		{SlotHours, "1h 30 a day", SlotHours, "11"},
		{SlotHours, "- job: sous chef in belfast, 60hr weeks", SlotHours, ""},
		// A course about a language is programming, not ML; lab work on
		// regression is ML coursework; other languages' word order (dev6).
		{SlotML, "I did python course from freeCodeCamp, I have the certificate", SlotML, ""},
		{SlotML, "en ML on a fait des TP de régression et de classification en cours, c'est tout", SlotML, MLCoursework},
		{SlotProgramming, "Προγραμματισμό δεν έχω κάνει ποτέ", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "en ole koskaan koodannut", SlotProgramming, ProgrammingNone},
		// Programming as dev4 and dev5 said it (2026-11-29).
		{SlotProgramming, "no sé programar nada, solo Excel", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "je ne code pas du tout", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "small biz owner (bakery 🥐). i can barely excel lol", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "I am SQA engineer in Islamabad, automation with selenium java, 3 years", SlotProgramming, ProgrammingProfessional},
		{SlotProgramming, "I'm working as SAP ABAP consultant in Infosys since 6 years, coding in ABAP daily", SlotProgramming, ProgrammingProfessional},
		{SlotProgramming, "eng manager, used to write java, haven't coded in 4 yrs", SlotProgramming, ProgrammingProfessional},
		{SlotProgramming, "i'm a line cook + doordash. no coding, i did like half of a khan academy JS thing once", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "i do a bit of python at work, mostly scripts", SlotProgramming, ProgrammingSome},
		// Start dates as dev4 and dev5 wrote them (Now is Monday
		// 2026-11-30).
		{SlotBudget, "will start from 15/01", SlotStart, "2027-01-15"},
		{SlotBudget, "desde el 15/12, cuando termino los finales", SlotStart, "2026-12-15"},
		{SlotBudget, "finals end dec 18 so i'd start monday the 21st", SlotStart, "2026-12-21"},
		{SlotBudget, "start monday the 11th (jan)", SlotStart, "2027-01-11"},
		{SlotBudget, "start 12/14?", SlotStart, "2026-12-14"},
		{SlotBudget, "oh and can you start it jan 4", SlotStart, "2027-01-04"},
		{SlotBudget, "I worked there from march 2019", SlotStart, ""},
		{SlotBudget, "does the next session start on monday?", SlotStart, ""},
		// Both could be the month: in English the sooner of the two, in
		// another language day first (dev8, 2026-11-29).
		{SlotBudget, "start 05/06", SlotStart, "2027-05-06"},
		{SlotBudget, "starting 1/4 after the holidays", SlotStart, "2027-01-04"},
		{SlotBudget, "começo no dia 4/1", SlotStart, "2027-01-04"},
		{SlotBudget, "2nd week of january", SlotStart, "2027-01-11"},
		{SlotBudget, "od początku przyszłego miesiąca", SlotStart, "2026-12-01"},
		{SlotBudget, "I'll start after my exams on the 18th", SlotStart, "2026-12-19"},
		{SlotBudget, "He'd start after his exams, January 11", SlotStart, "2027-01-11"},
		// A year of study is not years of experience (dev8).
		{SlotProgramming, "3rd year engineering student at UNZA in Lusaka. I only have my phone", SlotProgramming, ProgrammingSome},
		// ML for one's own research is research (dev8).
		{SlotGoal, "I want to bring ML into my research, EEG classification for my dissertation", SlotGoal, GoalResearch},
		{SlotGoal, "I want to use ML in my job at the lab", SlotGoal, GoalFillGap},
		// Dates as dev6 wrote them: a week of a month, a later day that
		// refines it, a second date about something else, and the
		// ordinal dot of most of Europe (2026-11-29).
		{SlotBudget, "first week of jan, say the 4th", SlotStart, "2027-01-04"},
		{SlotBudget, "second week of january works", SlotStart, "2027-01-11"},
		{SlotBudget, "scratch that, jan 11, december is code freeze chaos", SlotStart, "2027-01-11"},
		{SlotBudget, "jeg starter fra 4. januar", SlotStart, "2027-01-04"},
		{SlotBudget, "budget is 0. i'm broke", SlotBudget, BudgetFree},
		// Named schemes spent or claimed are a payer (dev6).
		{SlotBudget, "i'll use my skillsfuture credits for it", SlotBudget, BudgetPaid},
		{SlotBudget, "company can claim HRDF for this one", SlotBudget, BudgetPaid},
		// ML experience as dev4 and dev5 said it (2026-11-29).
		{SlotML, "ML: hice un par de modelos de churn en el trabajo con scikit-learn, marketing los usa cada mes", SlotML, MLBuiltModels},
		{SlotML, "ML: logistic regression for readmissions in R, i built it and our quality team uses it monthly", SlotML, MLBuiltModels},
		{SlotML, "we have a demand forecasting model, I own its serving and the retraining pipeline in prod", SlotML, MLProduction},
		{SlotML, "pernah ikut bootcamp ML dari Dicoding, lulus", SlotML, MLCoursework},
		{SlotML, "ml: bits in a stats module (lasso, cross validation), homework only", SlotML, MLCoursework},
		{SlotML, "ML: ran a kmeans segmentation from a medium tutorial, copied most of it", SlotML, MLCoursework},
		// Literacy and gaps as dev6 said them.
		{SlotGoal, "curious", SlotGoal, GoalLiteracy},
		{SlotGoal, "we just bought an AI retinal screening camera and I want to know how far to trust it", SlotGoal, GoalLiteracy},
		{SlotGoal, "our teens use AI for everything and I want to be able to explain honestly how it works", SlotGoal, GoalLiteracy},
		{SlotGoal, "I want to go deeper so I can guide our teachers on AI, not to build anything", SlotGoal, GoalLiteracy},
		{SlotGoal, "I want to predict which cows are heading for mastitis from our parlor data, myself", SlotGoal, GoalFillGap},
		{SlotGoal, "I want to understand it well enough to teach a short ML unit. I'm not leaving teaching", SlotGoal, GoalLiteracy},
		// The answer to "what do you want ML for?" is the want.
		{SlotGoal, "add ML features in my current job", SlotGoal, GoalFillGap},
		{SlotGoal, "improve model validation in my analyst job", SlotGoal, GoalFillGap},
	})
	// With a plan, "ok so where do i start" is answered by its first
	// step (2026-12-01; it was the whole plan again, just above).
	planned, _ := run(a, Session{}, "some python, no ML, data scientist, 5 hours a week, free")
	if _, r := a.Step(planned, Input{Text: "ok so where do i start", Now: convNow}); !strings.HasPrefix(r.Text, "Start with Machine Learning: Regression (step 1 of your plan)") {
		t.Errorf("'ok so where do i start' after the plan: %v %q, want its first step", r.Kind, r.Text)
	}
	// A question about audit mode while the budget is asked is answered,
	// not taken for "free".
	s, _ := run(a, Session{}, "backend dev, never touched ML, want to do MLOps, 6 hours a week")
	next, r := a.Step(s, Input{Text: "wait whats audit mode mean", Now: convNow})
	if next.Profile.Budget != "" || r.Answer == nil {
		t.Errorf("'wait whats audit mode mean': budget %q, reply %q; want no budget and an answer", next.Profile.Budget, r.Text)
	}
}

// An amount of hours that does not fit, said again after three asks, is
// not asked about a fourth time: the nearest amount that fits is used and
// said (found with fresh3's counts, 2026-11-29).
func TestHoursThatDoNotFitAreNotAskedAFourthTime(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Profile: Profile{Programming: ProgrammingSome, ML: MLNone, Goal: GoalDataScientist, Budget: BudgetFree}}
	s = asking(s, SlotHours)
	s.Asked = map[Slot]int{SlotHours: 3}
	next, r := a.Step(s, Input{Text: "100 hours a week", Now: convNow})
	if next.Asked[SlotHours] > 3 {
		t.Errorf("hours asked %d times; reply %q", next.Asked[SlotHours], r.Text)
	}
	if next.Profile.HoursPerWeek != MaxHours || !strings.Contains(r.Text, "nearest") {
		t.Errorf("hours %d, reply %q: want %d and a word on why", next.Profile.HoursPerWeek, r.Text, MaxHours)
	}
	// Under the limit it is asked again, with the range.
	s.Asked = map[Slot]int{SlotHours: 1}
	if next, r := a.Step(s, Input{Text: "100 hours a week", Now: convNow}); next.Profile.HoursPerWeek != 0 || r.Question == nil || r.Question.Slot != SlotHours {
		t.Errorf("first time: hours %d, reply %q: want the question again", next.Profile.HoursPerWeek, r.Text)
	}
}

// A reply no pattern reads, close to replies learners gave to the same
// question, is asked about with yes/no, not taken, and not re-asked blind.
func TestUnreadReplyCloseToExamplesIsConfirmed(t *testing.T) {
	a := newTestAdvisor(t)
	s := asking(Session{}, SlotBudget)
	s.Asked = map[Slot]int{SlotBudget: 1}
	g, ok := a.answers().guess(tokenize("the company covers the cost of the certificate fee", a.nlu), []Slot{SlotBudget}, -1)
	if !ok || g.Value != BudgetPaid {
		t.Fatalf("guess = %+v, %v; want paid", g, ok)
	}
	// Through Step: a reply the patterns miss becomes a yes/no question.
	for _, msg := range []string{"zxcv qwer", "the weather is nice"} {
		if _, ok := a.answers().guess(tokenize(msg, a.nlu), []Slot{SlotBudget}, -1); ok {
			t.Errorf("%q: a guess from nothing", msg)
		}
	}
	// A bare "yes" to "how far have you got with ML?" is not guessed at.
	ml := asking(Session{}, SlotML)
	ml.Asked = map[Slot]int{SlotML: 1}
	if next, r := a.Step(ml, Input{Text: "yes", Now: convNow}); next.Pending != nil {
		t.Errorf(`"yes" to the ML question: a guess was asked: %q`, r.Text)
	}
	next, r := a.Step(s, Input{Text: "the company covers the cost of the certificate fee", Now: convNow})
	if next.Profile.Budget == "" && (next.Pending == nil || next.Pending.Kind != PendingConfirm) {
		t.Errorf("reply %q: want the budget read or a yes/no about it", r.Text)
	}
}

// A job title implies a background, but never undoes what the learner
// said outright before: "no ML" stays none when "data scientist" comes
// later (found in dev6, 2026-11-29).
func TestImpliedFactsDoNotUndoStatedOnes(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "only basic HTML from school, 10 years ago")
	s, _ = run(a, s, "no ML")
	if s.Profile.ML != MLNone || s.Profile.Programming != ProgrammingNone {
		t.Fatalf("setup: %+v", s.Profile)
	}
	s, _ = run(a, s, "ok data scientist then, i like the figuring-things-out part more")
	if s.Profile.ML != MLNone || s.Profile.Programming != ProgrammingNone || s.Profile.Goal != GoalDataScientist {
		t.Errorf("profile %+v: want no ML, no programming, goal data scientist", s.Profile)
	}
}

// A plan asked for someone else takes their facts, not the writer's
// (dev4 and dev6, 2026-11-29), and the session remembers it.
func TestPlanForSomeoneElse(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "Hi, asking for my son, he's 17. The plan is for him, not me")
	if !s.ForOther {
		t.Fatal("the session should know the plan is for someone else")
	}
	s, _ = run(a, s, "He's been coding Python and C since about 4th grade",
		"ML: he trained an object detector (YOLO) for the robot himself. I'm a software architect but I stay out of it",
		"I'll pay for it")
	if s.Profile.Programming == ProgrammingProfessional || s.Profile.Budget != BudgetPaid {
		t.Errorf("profile %+v: the father's job is not the son's programming; who pays is the father's to say", s.Profile)
	}
	// Stored and read back, it still knows.
	data, err := a.EncodeSession(s)
	if err != nil {
		t.Fatal(err)
	}
	back, err := a.DecodeSession(data)
	if err != nil || !back.ForOther {
		t.Errorf("stored session lost ForOther: %v %+v", err, back.ForOther)
	}
}

// Days said in a later message than the amount are read with it (dev5's
// "i can do 2 hours" / "on sat and sun, each day i mean", 2026-11-29); a
// message with other words that look like days ("c'est mon CPF qui
// paie": French "mon") changes nothing, and the session keeps the words
// through a store.
func TestDaysSaidAfterTheAmount(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "paralegal, no code", "ml nope", "data scientist eventually", "i can do 2 hours")
	if s.Profile.HoursPerWeek != 2 {
		t.Fatalf("setup: hours %d, want 2", s.Profile.HoursPerWeek)
	}
	data, err := a.EncodeSession(s)
	if err != nil {
		t.Fatal(err)
	}
	if s, err = a.DecodeSession(data); err != nil || s.HoursSaid != "i can do 2 hours" {
		t.Fatalf("stored session: %v, hours said %q", err, s.HoursSaid)
	}
	s, _ = run(a, s, "on sat and sun, each day i mean")
	if s.Profile.HoursPerWeek != 4 {
		t.Errorf("hours %d after the days, want 4 (2 on each of two days)", s.Profile.HoursPerWeek)
	}
	s, _ = run(a, s, "c'est mon CPF qui paie")
	if s.Profile.HoursPerWeek != 4 {
		t.Errorf("hours %d, want 4 kept", s.Profile.HoursPerWeek)
	}
}

// A rotation named in one message counts for hours given for "my off
// days" later (dev7's firefighter, 2026-11-29), unless the learner says
// how many days off a week (dev5's).
func TestRotationNamedEarlier(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "yo. firefighter in halifax, 24 on 48 off", "did a python night course last winter so... some", "ml: none", "data scientist", "on my off days i can do 1.5 hrs. on shift never, we get slammed")
	if s.Profile.HoursPerWeek != 7 {
		t.Errorf("hours %d, want 7 (1.5 h on 4.67 days off a week)", s.Profile.HoursPerWeek)
	}
	s, _ = run(a, Session{}, "firefighter/EMT, 24 on 48 off. no code", "ml none", "data scientist", "i'd say 4 off days a week on average, 1.5 hrs each")
	if s.Profile.HoursPerWeek != 6 {
		t.Errorf("hours %d, want 6 (the 4 days off a week they said)", s.Profile.HoursPerWeek)
	}
}

// Finished courses are the ones said finished, also when the message
// opens with "finished" like the done command (dev8, 2026-11-29): "both UW
// ones" are done, the Michigan one "half way through" is not; Andrew
// Ng's "Supervised Machine Learning: Regression and Classification" marks
// nothing done.
func TestFinishedCoursesAsSaid(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "data analyst at a health NGO in Kampala, SQL and python",
		"finished both UW ones, regression and classification, with the certs. half way through the Michigan one")
	if got := strings.Join(s.Profile.Completed, ","); got != "ml-regression,ml-classification" {
		t.Errorf("completed %q, want the two UW courses only", got)
	}
	s, _ = run(a, Session{}, "I did 'Supervised Machine Learning: Regression and Classification' on Coursera last spring, got the certificate")
	if len(s.Profile.Completed) != 0 || s.Profile.ML != MLCoursework {
		t.Errorf("completed %v, ML %q: want nothing done and ML coursework", s.Profile.Completed, s.Profile.ML)
	}
}

// Finished courses said loosely (dev14, 2026-11-29): "w/ certs" after the
// UW pair, and "and Regression too" after a finished course.
func TestFinishedCoursesLoosely(t *testing.T) {
	n := testNLU(t)
	for msg, want := range map[string]string{
		"both UW courses (regression + classification) w/ certs, halfway through the michigan one":                       "ml-regression,ml-classification",
		"I finished Machine Learning: Classification from University of Washington with certificate, and Regression too": "ml-classification,ml-regression",
	} {
		if got := strings.Join(n.understand(msg, SlotML, convNow).Completed, ","); got != want {
			t.Errorf("%q: completed %q, want %q", msg, got, want)
		}
	}
}

// Hours said as an addition in a later message add to the earlier ones
// (dev21's dispatcher, 2026-11-29); a plain new amount replaces them.
func TestHoursAddedLater(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "dispatcher, excel only", "ml zero", "use it in my own company", "evenings 1 hour, monday to thursday")
	if s.Profile.HoursPerWeek != 4 {
		t.Fatalf("setup: hours %d, want 4", s.Profile.HoursPerWeek)
	}
	added, _ := run(a, s, "oh and sunday 2 hours also")
	if added.Profile.HoursPerWeek != 6 {
		t.Errorf("'oh and sunday 2 hours also': hours %d, want 6 (4 + 2)", added.Profile.HoursPerWeek)
	}
	replaced, _ := run(a, s, "actually make it 3 hours a week")
	if replaced.Profile.HoursPerWeek != 3 {
		t.Errorf("'actually make it 3 hours a week': hours %d, want 3", replaced.Profile.HoursPerWeek)
	}
}

// A guess the learner said no to is not offered or assumed again (dev18's
// warehouse admin, 2026-11-29: "no" to "some programming?", then "cuma
// Excel" guessed some again and it was assumed). Since 2026-11-30 "cuma"
// reads "only", so "cuma pakai Excel" is no programming outright; the
// setup says "pakai Excel" (uses Excel), still a guess.
func TestDeniedGuessStaysDenied(t *testing.T) {
	a := newTestAdvisor(t)
	// (A sysadmin's scripts are the guess here: Excel alone is guessed as
	// none since the twelfth session.)
	s, r := run(a, Session{}, "Halo kak, aku sysadmin di Bekasi")
	if s.Pending == nil || s.Pending.Kind != PendingConfirm || s.Pending.Value != ProgrammingSome {
		t.Fatalf("setup: want a yes/no about some programming, got %q", r.Text)
	}
	s, _ = run(a, s, "no")
	if s.Denied[SlotProgramming] != ProgrammingSome {
		t.Fatalf("denied %v, want some programming recorded", s.Denied)
	}
	for i := 0; i < 3 && !s.Profile.Has(SlotProgramming); i++ {
		var r Reply
		s, r = run(a, s, "cuma Excel")
		if s.Pending != nil && s.Pending.Kind == PendingConfirm && s.Pending.Slot == SlotProgramming && s.Pending.Value == ProgrammingSome {
			t.Fatalf("some programming offered again after a no: %q", r.Text)
		}
	}
	if s.Profile.Programming == ProgrammingSome {
		t.Errorf("programming %q after 'no' to some, want anything but some", s.Profile.Programming)
	}
	data, err := a.EncodeSession(s)
	if err != nil {
		t.Fatal(err)
	}
	back, err := a.DecodeSession(data)
	if err != nil || back.Denied[SlotProgramming] != ProgrammingSome {
		t.Errorf("stored and read back: %v, denied %v", err, back.Denied)
	}
}

// Saying no to a guess does not change the caller's session: Step copies
// what it remembers as denied before it adds to it.
func TestDenyKeepsCallersSession(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Asking: SlotProgramming, Pending: &Pending{Kind: PendingConfirm, Slot: SlotProgramming, Value: ProgrammingSome},
		Denied: map[Slot]string{SlotML: MLBuiltModels}}
	next, _ := a.Step(s, Input{Text: "no", Now: convNow})
	if next.Denied[SlotProgramming] != ProgrammingSome {
		t.Fatalf("denied %v, want some programming added", next.Denied)
	}
	if len(s.Denied) != 1 || s.Denied[SlotProgramming] != "" {
		t.Errorf("the caller's session changed: denied %v", s.Denied)
	}
}

// Staying in one's job, said in another language's word order (dev29, a
// stranger in Portuguese), is a guess of filling a gap, confirmed in plain
// words.
func TestStayingInOtherWordOrders(t *testing.T) {
	a := newTestAdvisor(t)
	for _, msg := range []string{
		"会社に残りながら、売上予測にMLを使いたいです",
		"Je voudrais prévoir les ruptures de stock de ma pharmacie avec du ML, je reste pharmacienne",
		"회사 계속 다니면서 수율 데이터에 ML 적용해보고 싶어요",
		"预测原材料价格和交期，继续做采购",
		"talep tahmini için ML kullanmak istiyorum, işimi değiştirmeyeceğim",
		"quero usar ML para prever atrasos nos pagamentos dos meus clientes, continuo contador",
	} {
		s := Session{Asking: SlotGoal, Asked: map[Slot]int{SlotGoal: 1}}
		next, r := a.Step(s, Input{Text: msg, Now: convNow})
		if next.Profile.Goal == GoalFillGap && strings.HasPrefix(msg, "预测") {
			// "predict raw material prices and lead times, keep doing
			// purchasing": the one task said first is the goal outright
			// (seventh session), no check needed.
			continue
		}
		if next.Profile.Goal != "" || !strings.Contains(r.Text, "fill one specific gap") {
			t.Errorf("%q: goal %q, reply %q; want a check about filling a gap", msg, next.Profile.Goal, r.Text)
		}
		yes, _ := a.Step(next, Input{Text: "yes", Now: convNow})
		if yes.Profile.Goal != GoalFillGap {
			t.Errorf("%q, then yes: goal %q, want fill_gap", msg, yes.Profile.Goal)
		}
	}
}

// A job title after a yes/no about the ML slot is no answer to it: it is
// read as the goal, not as experience (dev30 as020).
func TestJobTitleAfterAYesNoIsTheGoal(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Profile: Profile{Programming: ProgrammingNone}, Asking: SlotML, Asked: map[Slot]int{SlotML: 1}, Pending: &Pending{Kind: PendingConfirm, Slot: SlotML, Value: MLNone}}
	next, _ := a.Step(s, Input{Text: "ok la, data scientist, marketing analytics side", Now: convNow})
	if next.Profile.ML != "" && next.Profile.ML != MLNone || next.Profile.Goal != GoalDataScientist {
		t.Errorf("'ok la, data scientist' after the ML check: ml %q goal %q; want no experience read and the goal data scientist", next.Profile.ML, next.Profile.Goal)
	}
}

// Two ways of saying a command in one clause are still the command:
// "ignore all that and start over please" after a child's message (dev33
// av050), "hola hola" a greeting.
func TestCommandSaidTwice(t *testing.T) {
	a := newTestAdvisor(t)
	for _, c := range []struct{ msg, want string }{
		{"omg sorry my daughter was typing. ignore all that and start over please", "restart"},
		{"ignore all that and start over", "restart"},
		{"start over please", "restart"},
	} {
		if f := a.nlu.understand(c.msg, SlotML, today); f.Command != c.want {
			t.Errorf("%q: command %q, want %q", c.msg, f.Command, c.want)
		}
	}
	s, _ := a.Step(Session{}, Input{Text: "im 10 and i like minecraft, 5 hours a week", Now: today})
	s, r := a.Step(s, Input{Text: "omg sorry my daughter was typing. ignore all that and start over please", Now: today})
	if s.Profile.Has(SlotHours) || !strings.Contains(r.Text, "Starting over") {
		t.Errorf("after the restart: profile %+v, reply %q", s.Profile, r.Text)
	}
}

// "I want to become a data analyst" is not one of the goals; certpath asks
// whether the data-science track is meant instead of letting it pass.
func TestDataAnalystGoalIsAsked(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Asking: SlotGoal, Profile: Profile{Programming: ProgrammingNone, ML: MLNone}}
	for _, msg := range []string{"i want to become a data analyst", "data analyst banna hai, phir dekhte hain"} {
		_, r := a.Step(s, Input{Text: msg, Now: today})
		if !strings.Contains(r.Text, "data science") {
			t.Errorf("%q: reply %q, want a question about the data-science track", msg, r.Text)
		}
	}
}

// "hey can u help me pick a cert" right after the welcome is answered as
// help, not with "Hi again!".
func TestHelpRightAfterWelcome(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := a.Step(Session{}, Input{Text: "", Now: today})
	_, r := a.Step(s, Input{Text: "hey can u help me pick a cert", Now: today})
	if strings.Contains(r.Text, "Hi again") || !strings.Contains(r.Text, "Happy to help") || !strings.Contains(r.Text, "How much programming") {
		t.Errorf("reply %q", r.Text)
	}
}

// "actually scratch the hours, more like 8" after the plan changes the
// hours (it was a "Did you mean"); "my budget is more like 50 a month" is
// no hours.
func TestScratchTheHoursMoreLike(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Profile: Profile{Programming: ProgrammingSome, ML: MLCoursework, Goal: GoalDataScientist, HoursPerWeek: 5, Budget: BudgetFree}}
	s, _ = a.Step(s, Input{Text: "plan", Now: today})
	s2, r := a.Step(s, Input{Text: "actually scratch the hours, more like 8", Now: today})
	if s2.Profile.HoursPerWeek != 8 {
		t.Errorf("hours %d, reply %q", s2.Profile.HoursPerWeek, r.Text)
	}
	if f := a.nlu.understand("my budget is more like 50 a month", "", today); f.has(SlotHours) || !f.has(SlotBudget) {
		t.Errorf("'my budget is more like 50 a month' read %+v, want a budget and no hours", f.Facts)
	}
}

// Issue 13: "the per-course 20–40 hours said third when the question was
// about one course". Asked about one course, the answer opens with it and
// says it once.
func TestOneCourseDurationFirst(t *testing.T) {
	a := newTestAdvisor(t)
	for _, q := range []string{"how long is each course?", "how lng is 1 course", "how many hours is a course"} {
		ans := a.Ask(q)
		if !ans.Answered || !strings.HasPrefix(ans.Text, "One course takes 20–40 hours") || strings.Count(ans.Text, "20–40") != 1 {
			t.Errorf("%q: %q", q, ans.Text)
		}
	}
	if ans := a.Ask("how long is a specialization"); strings.HasPrefix(ans.Text, "One course") {
		t.Errorf("a specialization's duration opened with one course: %q", ans.Text)
	}
}

// A hedged reply with a question mark ("idk tbh, something with data?")
// to the goal question is a reply not understood, asked again with the
// options; a clearly off-topic question still gets "I can't answer that".
func TestHedgedReplyIsNoQuestion(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Asking: SlotGoal, Profile: Profile{Programming: ProgrammingSome, ML: MLNone}}
	_, r := a.Step(s, Input{Text: "idk tbh, something with data?", Now: today})
	if strings.Contains(r.Text, "can't answer") || !strings.Contains(r.Text, "What do you want ML for?") {
		t.Errorf("hedged reply: %q", r.Text)
	}
	_, r = a.Step(s, Input{Text: "whats the weather in paris?", Now: today})
	if !strings.Contains(r.Text, "can't answer") {
		t.Errorf("off-topic question: %q", r.Text)
	}
}

// A greeting in the learner's language is a greeting, not a message
// certpath failed to read (dev36, dev37: "Cześć", "Assalomu alaykum").
func TestGreetingsInOtherLanguages(t *testing.T) {
	a := newTestAdvisor(t)
	// Greetings holding a word for day, afternoon or night, which the
	// gloss reads first (tenth session: "Bon dia!", "bom dia", "Buenos
	// días" got "Sorry, I didn't catch that" in nine tunable sets).
	for _, msg := range []string{"Cześć", "Assalomu alaykum", "Jambo!", "Xin chào", "Szia", "kia ora", "oi", "hi", "yo whats good",
		"Bon dia!", "bom dia", "Buenos días", "buenas tardes", "Bona tarda", "Guten Tag", "Guten Abend zusammen", "Dzień dobry", "Buongiorno a tutti"} {
		_, r := run(a, Session{}, msg)
		if strings.Contains(r.Text, "didn't catch") || r.Question == nil || r.Question.Slot != SlotProgramming {
			t.Errorf("%q: %q, want a greeting and the first question", msg, r.Text)
		}
	}
	// The words such greetings share keep their meaning elsewhere:
	// "jeden Abend eine halbe Stunde" (every evening half an hour, dev42)
	// and Catalan "Dues hores dimarts i dues dijous" (two hours Tuesday
	// and two Thursday, dev51).
	for msg, want := range map[string]int{"jeden Abend eine halbe Stunde": 4, "Dues hores dimarts i dues dijous": 4} {
		if s := answerTo(a, SlotHours, msg); s.Profile.HoursPerWeek != want {
			t.Errorf("%q: %d h/week, want %d", msg, s.Profile.HoursPerWeek, want)
		}
	}
	// The word for day inside a greeting stays a day for the hours:
	// Croatian "svaki dan" (every day).
	f := a.nlu.understand("vikendom po 2 sata svaki dan", SlotHours, convNow)
	got := ""
	for _, x := range f.Facts {
		if x.Slot == SlotHours {
			got = x.Value
		}
	}
	if got != "4" {
		t.Errorf("'vikendom po 2 sata svaki dan': %+v, want 4 h", f.Facts)
	}
}

// A question about the interview question gets what it means and the
// question again, not "I can't answer that" (41 of the tunable
// conversations ask one: "wdym by programming? like excel?", "what
// counts as ML experience?", "does R count as programming?").
func TestQuestionsAboutTheQuestion(t *testing.T) {
	a := newTestAdvisor(t)
	for _, tt := range []struct {
		msgs []string
		slot Slot
		want string
	}{
		{[]string{"hi", "wdym by programming? like excel?"}, SlotProgramming, "By programming I mean"},
		{[]string{"hi", "what counts as coding lol"}, SlotProgramming, "By programming I mean"},
		{[]string{"hi", "no coding", "does using chatgpt every day count as ML experience?"}, SlotML, "By ML experience I mean"},
		{[]string{"hi", "no coding", "ML? what does that even mean"}, SlotML, "By ML experience I mean"},
		{[]string{"hi", "no coding", "none", "what do you mean by goal?"}, SlotGoal, "I mean what you want machine learning for"},
		{[]string{"hi", "no coding", "none", "data scientist", "8", "what do you mean by budget?"}, SlotBudget, "$49–$79"},
	} {
		s, r := run(a, Session{}, tt.msgs...)
		if !strings.Contains(r.Text, tt.want) || s.Asking != tt.slot || r.Question == nil || r.Question.Slot != tt.slot {
			t.Errorf("%q: %q (asking %q), want %q and the %s question", tt.msgs, r.Text, s.Asking, tt.want, tt.slot)
		}
	}
	// An answer with a hedge answers: "I write some SQL queries, if that
	// counts"; "the drone software does stand counts" asks nothing.
	for _, msgs := range [][]string{
		{"hi", "well, I write some SQL queries in our HRIS reports, if that counts"},
		{"hi", "no coding", "the drone software does stand counts with AI, i don't build anything"},
	} {
		_, r := run(a, Session{}, msgs...)
		if strings.Contains(r.Text, "I mean") {
			t.Errorf("%q got an explanation: %q", msgs, r.Text)
		}
	}
	// After the explanation, "none then, unless excel counts lol" is none.
	s, _ := run(a, Session{}, "hi", "wdym by programming? like excel?", "none then, unless excel counts lol")
	if s.Profile.Programming != ProgrammingNone {
		t.Errorf("programming %q, want none", s.Profile.Programming)
	}
}

// "none then" to "you haven't done any ML yet, right?" agrees (a bus
// mechanic tried in certpath chat during review: it was read as "no" and
// ML coursework was assumed at the end).
func TestNoneAgreesWithANoneCheck(t *testing.T) {
	a := newTestAdvisor(t)
	// ("ML no idea what that is" was the guess here; since the twelfth
	// session it reads no ML outright.)
	s, r := run(a, Session{}, "bus mechanic in glasgow", "none", "ML? heard of it")
	if s.Pending == nil || s.Pending.Kind != PendingConfirm || s.Pending.Value != MLNone {
		t.Fatalf("no ML check pending after %q", r.Text)
	}
	s, _ = run(a, s, "none then")
	if s.Profile.ML != MLNone {
		t.Errorf("ml %q, want none", s.Profile.ML)
	}
}

// A hello or "how are you?" in the middle of a question is answered in
// kind and is not a try at the question: the learner who then tells
// their job hears "Thanks, good to know", not "Let me put it another
// way" (a stranger, seventh session).
func TestGreetingsAreNotTries(t *testing.T) {
	a := newTestAdvisor(t)
	for _, msgs := range [][]string{
		{"hey there", "yo", "i run a bakery in leeds"},
		{"hi all", "how are you?", "i run a bakery in leeds"},
		{"good morning!", "whats up", "i run a bakery in leeds"},
		// A job and where, said without "I" (tenth session: 77 tunable
		// intros like these got "Sorry, I didn't catch that", and "clerk
		// at a customs broker in el paso" the financial-aid answer).
		{"hey there", "yo", "clerk at a customs broker in el paso"},
		// "hello sir", "good morning madam" (a stranger, 2026-12-01, and
		// ten tunable conversations got "Sorry, I didn't catch that").
		{"hello sir", "good morning madam", "i run a bakery in leeds"},
		// A greeting and where from (fifty tunable conversations got
		// "Sorry, I didn't catch that", 2026-12-01).
		{"hello from lagos!", "Salam aleykum all", "i run a bakery in leeds"},
		{"Namaste from Mustang 🙏", "vanakkam everyone 🙏", "i run a bakery in leeds"},
	} {
		s := Session{Key: Key{Platform: "test", User: "greet"}}
		var r Reply
		for i, m := range msgs {
			s, r = a.Step(s, Input{Text: m, Now: convNow})
			if i == 0 && (r.Question == nil || r.Question.Slot != SlotProgramming || strings.Contains(r.Text, "didn't catch")) {
				t.Errorf("%q: want a greeting and the programming question, got %q", m, r.Text)
			}
			// The second hello is answered with the question's one line,
			// not its options again (dev45: the harness saw the question
			// four times).
			if i == 1 && (r.Question != nil || !strings.HasSuffix(r.Text, "How much programming have you done?") || strings.Contains(r.Text, "didn't catch")) {
				t.Errorf("%q: want a greeting and the question's line, got %q", m, r.Text)
			}
			if m == "how are you?" && !strings.HasPrefix(r.Text, "Doing well") {
				t.Errorf("%q: want small talk answered in kind, got %q", m, r.Text)
			}
		}
		if !strings.HasPrefix(r.Text, "Thanks, good to know.") {
			t.Errorf("%v: the job told after greetings got %q", msgs, r.Text)
		}
		if s.Asked[SlotProgramming] != 2 {
			t.Errorf("%v: programming counted as asked %d times, want 2 (greetings do not count)", msgs, s.Asked[SlotProgramming])
		}
	}
	// Small talk with a real question: the question is answered.
	_, r := a.Step(Session{}, Input{Text: "hi, how are you? what does the certificate cost?", Now: convNow})
	if r.Answer == nil || !r.Answer.Answered {
		t.Errorf("a question after small talk: got %q", r.Text)
	}
}

// A correction that keeps only some days of an earlier schedule takes the
// earlier amounts of those days (dev44), and Polish "w tygodniu" opening
// a clause is the weekdays, after an amount a week (dev41).
func TestKeptDaysOfAnEarlierSchedule(t *testing.T) {
	a := newTestAdvisor(t)
	for _, tt := range []struct {
		msgs []string
		want int
	}{
		{[]string{"tue n thu 2 hrs, sat 3", "wait no, saturdays i've got my kid, just tue n thu"}, 4},
		{[]string{"weekdays 1h, saturday 3h", "actually only saturday"}, 3},
		{[]string{"W tygodniu godzinę wieczorem, a w sobotę 3 godziny"}, 8},
		{[]string{"2 godziny w tygodniu, więcej nie dam rady"}, 2},
		// The days not worked: the week of "4 days a week" is the work's;
		// "the other days" of "3 night shifts" are four.
		{[]string{"i work 4 days a week, 1 hour on my days off"}, 3},
		{[]string{"I work 3 night shifts, 2 hrs on the other days"}, 8},
	} {
		s := Session{Key: Key{Platform: "test", User: "days"}, Asking: SlotHours, Asked: map[Slot]int{SlotHours: 1},
			Profile: Profile{Programming: ProgrammingNone, ML: MLNone, Goal: GoalLiteracy}}
		for _, m := range tt.msgs {
			s, _ = a.Step(s, Input{Text: m, Now: convNow})
		}
		if s.Profile.HoursPerWeek != tt.want {
			t.Errorf("%q: %d h/week, want %d", tt.msgs, s.Profile.HoursPerWeek, tt.want)
		}
	}
}

// "how's it going" in the ways people type it, and in their languages,
// is small talk answered in kind, not a question to decline (the eighth
// session's first stranger: "hows it going" got "I can't answer that").
func TestSmallTalkInTheirWords(t *testing.T) {
	a := newTestAdvisor(t)
	for _, m := range []string{"hows it going", "how's it going?", "hows everything", "wassup", "how r u all doing",
		"Hey! how's everyone doing?", "hola, que tal?", "¿Qué tal?", "salut ça va?", "hallo, wie gehts?", "apa kabar",
		"oi, tudo bem?", "kaise ho", "merhaba nasılsın", "ازيكم يا جماعة", "مرحبا، كيفكم؟", "নমস্কার, কেমন আছেন সবাই?", "大家好，你好吗？", "ciao come stai", "привет, как дела?", "hoe gaat het", "Cześć, jak się masz?"} {
		_, r := a.Step(Session{}, Input{Text: m, Now: convNow})
		if !strings.HasPrefix(r.Text, "Doing well") || r.Question == nil || r.Question.Slot != SlotProgramming {
			t.Errorf("%q: want small talk answered and the first question, got %q", m, r.Text)
		}
	}
	for _, m := range []string{"hoi allemaal", "Selam herkese", "iyi akşamlar herkese", "Selamlar, herkese hayırlı sabahlar", "السلام عليكم", "مرحبا"} {
		_, r := a.Step(Session{}, Input{Text: m, Now: convNow})
		if !strings.HasPrefix(r.Text, "Hi!") || r.Question == nil || r.Question.Slot != SlotProgramming {
			t.Errorf("%q: want the welcome, got %q", m, r.Text)
		}
	}
	// Inside an answer the same words stay words: "como" and "ça va"
	// mean other things in a sentence.
	checkAnswers(t, a, []answerCase{
		{SlotProgramming, "ok, como estas? nunca programé", SlotProgramming, ProgrammingNone},
		{SlotHours, "ça va, 5h par semaine", SlotHours, "5"},
	})
}

// "ok thanks" to a yes/no says yes; a bare "thanks" says neither, and the
// yes/no stays open instead of the open question coming back ("ok
// gracias" dropped "you can pay, right?").
func TestThanksToAYesNo(t *testing.T) {
	a := newTestAdvisor(t)
	guess := func() Session {
		s := Session{Key: Key{Platform: "test", User: "thanks"}}
		for _, m := range []string{"hi", "i use excel a lot"} {
			s, _ = a.Step(s, Input{Text: m, Now: convNow})
		}
		if s.Pending == nil || s.Pending.Kind != PendingConfirm {
			t.Fatalf("no yes/no pending after the excel reply: %+v", s.Pending)
		}
		return s
	}
	// (Excel alone is guessed as no programming since the twelfth
	// session: the sets record it so.)
	for _, m := range []string{"ok thanks", "ok gracias", "alright cheers"} {
		s, _ := a.Step(guess(), Input{Text: m, Now: convNow})
		if s.Profile.Programming != ProgrammingNone {
			t.Errorf("%q to the yes/no: programming %q, want the guess (none)", m, s.Profile.Programming)
		}
	}
	for _, m := range []string{"merci beaucoup!", "muchas gracias", "grazie mille"} {
		s, r := a.Step(guess(), Input{Text: m, Now: convNow})
		if s.Pending == nil || !strings.Contains(r.Text, "Just to check") {
			t.Errorf("%q to the yes/no: reply %q; want the yes/no again", m, r.Text)
		}
	}
	s, r := a.Step(guess(), Input{Text: "thanks", Now: convNow})
	if s.Profile.Programming != "" || s.Pending == nil || !strings.Contains(r.Text, "Just to check") {
		t.Errorf("bare thanks to the yes/no: programming %q, reply %q; want the yes/no again", s.Profile.Programming, r.Text)
	}
	s, _ = a.Step(s, Input{Text: "yes", Now: convNow})
	if s.Profile.Programming != ProgrammingNone {
		t.Errorf("yes after thanks: programming %q", s.Profile.Programming)
	}
}

// "ok" or "so" while a question is open is taken in, not an answer ("ok"
// is not "yes, I can pay") and not a try; twice at most, so a learner
// who only says "hmm" still gets a plan. "none" to "you've done some
// programming, right?" answers it (dev41).
func TestAcknowledgementsAndNoneToAGuess(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Asking: SlotBudget, Asked: map[Slot]int{SlotBudget: 1}}
	for i, m := range []string{"ok", "so", "ok"} {
		next, r := a.Step(s, Input{Text: m, Now: convNow})
		if next.Profile.Budget != "" {
			t.Fatalf("%q recorded budget %q", m, next.Profile.Budget)
		}
		if i < 2 && (next.Tries != 0 || !strings.Contains(r.Text, "what can you spend") || r.Question != nil || (m == "so") != strings.HasPrefix(r.Text, "No rush.")) {
			t.Errorf("%q: tries %d, reply %q; want a nudge that is no try", m, next.Tries, r.Text)
		}
		if i == 2 && next.Tries != 1 {
			t.Errorf("third %q: tries %d, want it counted", m, next.Tries)
		}
		s = next
	}
	s = Session{Asking: SlotProgramming, Asked: map[Slot]int{SlotProgramming: 1},
		Pending: &Pending{Kind: PendingConfirm, Slot: SlotProgramming, Value: ProgrammingSome}}
	next, _ := a.Step(s, Input{Text: "none", Now: convNow})
	if next.Profile.Programming != ProgrammingNone || next.Asking != SlotML {
		t.Errorf("none to a guess: programming %q, asking %q; want none and the ML question", next.Profile.Programming, next.Asking)
	}
}

// "thanks!" or "ok" after the plan is a closing, answered in kind, not a
// question declined with "I can't answer that" (a stranger in certpath
// chat, seventh session); "ok" as a first message starts the interview.
func TestClosingsAfterThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Key: Key{Platform: "test", User: "closing"}}
	for _, m := range []string{"hi", "none", "none", "data scientist", "5", "free"} {
		s, _ = a.Step(s, Input{Text: m, Now: convNow})
	}
	if !s.Profile.Complete() {
		t.Fatalf("profile not complete: %+v", s.Profile)
	}
	for m, want := range map[string]string{"thanks!": "You're welcome", "thank you so much 🙏": "You're welcome", "gracias!": "You're welcome", "ok": "Great.", "great, thanks a lot": "You're welcome"} {
		next, r := a.Step(s, Input{Text: m, Now: convNow})
		if !strings.HasPrefix(r.Text, want) || !reflect.DeepEqual(next.Profile, s.Profile) {
			t.Errorf("%q after the plan: %q, want %q and the profile kept", m, r.Text, want)
		}
	}
	if _, r := a.Step(Session{}, Input{Text: "ok", Now: convNow}); r.Question == nil || r.Question.Slot != SlotProgramming {
		t.Errorf(`"ok" first: %q, want the interview's first question`, r.Text)
	}
	// A thank-you with a question is the question.
	if _, r := a.Step(s, Input{Text: "thanks! how long does one course take?", Now: convNow}); r.Answer == nil || !r.Answer.Answered {
		t.Errorf("thanks and a question: %q", r.Text)
	}
}

// Spanish, Italian and Portuguese "dura" (glossed "lasts") is about
// duration: "¿cuánto dura un curso?" was declined (a stranger in certpath
// chat, seventh session); now duration is answered or offered first.
func TestLastsIsDuration(t *testing.T) {
	a := newTestAdvisor(t)
	ans := a.Ask("¿cuánto dura un curso?")
	if !(ans.Answered && acceptable(ans.Topic, []string{"duration"}) || len(ans.Clarify) > 0 && ans.Clarify[0] == "duration") {
		t.Errorf("¿cuánto dura un curso?: answered %v topic %q, offered %v; want duration", ans.Answered, ans.Topic, ans.Clarify)
	}
}

// After the plan, a change said in passing is applied: "hmm make that 3,
// work got busy", "owner just said the farm will cover it, so paid"; a
// course of the six finished turns "no ML" into coursework; "Sorry, also
// Sunday 3 hours" adds to the weekdays (dev44).
func TestChangesAfterThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	plan := func(msgs ...string) Session {
		s := Session{Key: Key{Platform: "test", User: "changes"}}
		for _, m := range msgs {
			s, _ = a.Step(s, Input{Text: m, Now: convNow})
		}
		return s
	}
	if s := plan("hi", "none", "none", "data scientist", "5 hrs a week", "free", "hmm make that 3, work got busy"); s.Profile.HoursPerWeek != 3 {
		t.Errorf("make that 3 after the plan: %d h", s.Profile.HoursPerWeek)
	}
	if s := plan("hi", "none", "none", "data scientist", "5 hrs a week", "free", "owner just said the farm will cover it, so paid"); s.Profile.Budget != BudgetPaid {
		t.Errorf("the farm will cover it after the plan: budget %q", s.Profile.Budget)
	}
	if s := plan("hi", "some python", "no ML", "research", "6 hrs a week", "financial aid", "oh i already did the Regression one last year, the UW one on coursera"); s.Profile.ML != MLCoursework || !s.Profile.HasCompleted("ml-regression") {
		t.Errorf("a course done after no ML: ml %q, done %v", s.Profile.ML, s.Profile.Completed)
	}
	if s := plan("hi", "some python", "no ML", "data scientist", "Weekdays 1 hour", "Sorry, also Sunday 3 hours"); s.Profile.HoursPerWeek != 8 {
		t.Errorf("sorry, also Sunday 3 hours: %d h, want 8", s.Profile.HoursPerWeek)
	}
}

// After the plan a statement that changes nothing is taken in ("yeah they
// said yes"), a question off the topic is still declined, and "nvm
// restart, ..." starts over (strangers, eighth session).
func TestAfterThePlanStatements(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Key: Key{Platform: "test", User: "after"}}
	for _, m := range []string{"hi", "never coded", "no ML", "literacy", "5h", "free"} {
		s, _ = a.Step(s, Input{Text: m, Now: convNow})
	}
	if !hasPlan(s) {
		t.Fatal("no plan")
	}
	_, r := a.Step(s, Input{Text: "yeah they said yes", Now: convNow})
	if !strings.HasPrefix(r.Text, "Noted.") {
		t.Errorf("statement after the plan: %q", r.Text)
	}
	_, r = a.Step(s, Input{Text: "what's the weather like", Now: convNow})
	if !strings.HasPrefix(r.Text, "I can't answer that") {
		t.Errorf("off-topic question after the plan: %q", r.Text)
	}
	next, r := a.Step(s, Input{Text: "nvm restart, i typed that way too fast", Now: convNow})
	if next.Profile.Complete() || !strings.Contains(r.Text, "Starting over") {
		t.Errorf("nvm restart: %q", r.Text)
	}
}

// "python and a bit of matlab for our monitoring data, not a dev" is some
// programming, even beside a role that implies a living in code (dev70).
func TestLanguageForOurData(t *testing.T) {
	a := newTestAdvisor(t)
	for _, msg := range []string{
		"geotech engineer at a mine, slope stability. python and a bit of matlab for our monitoring data, not a dev. i retrain the vendor's model every month",
		"biochemist at a biotech in san diego, python for our plate reader data",
	} {
		if next, _ := run(a, Session{}, msg); next.Profile.Programming != ProgrammingSome {
			t.Errorf("%q: programming %q, want some", msg, next.Profile.Programming)
		}
	}
}

// "on the job" is where they work, not who pays; a certificate asked
// about is not a course finished (dev71).
func TestOnTheJobAndCertificateAsked(t *testing.T) {
	a := newTestAdvisor(t)
	if next, _ := run(a, Session{}, "i do PLC ladder logic on the job, not a software guy. ML none"); next.Profile.Budget != "" {
		t.Errorf("on the job: budget %q", next.Profile.Budget)
	}
	next, _ := run(a, Session{}, "line supervisor, excel only, no coding, ML none. whatever's cheapest. is the ML for all one worth paying for the certificate?")
	if len(next.Profile.Completed) > 0 || next.Profile.ML != MLNone {
		t.Errorf("certificate asked: completed %v, ml %q", next.Profile.Completed, next.Profile.ML)
	}
}

// "ok thanks, that helps" after the plan closes (dev71 got "Did you mean"
// about financial aid for "helps").
func TestThanksThatHelps(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, data scientist, 5 hrs a week, free")
	wantReply(t, a, s, "ok thanks, that helps", "You're welcome")
}

// Indonesian "jam" is an hour beside a number; "a jam and preserves stall"
// is English (dev71 read 1 h a week).
func TestJamIsAnHourOnlyByANumber(t *testing.T) {
	a := newTestAdvisor(t)
	if next, _ := run(a, Session{}, "i run a jam and preserves stall at salamanca market in hobart"); next.Profile.HoursPerWeek != 0 {
		t.Errorf("jam stall: %d h/week", next.Profile.HoursPerWeek)
	}
	if got := answerTo(a, SlotHours, "saya bisa 2 jam seminggu").Profile.HoursPerWeek; got != 2 {
		t.Errorf("2 jam seminggu: %d", got)
	}
}
