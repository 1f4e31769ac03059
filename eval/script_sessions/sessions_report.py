"""Annotated sessions written after tuning and only measured (see build.py)."""

SESSIONS = {
    "report_municipal_permits": {
        "title": "Office hours: building permits stuck at the fire review",
        "format": "office hours", "date": "2026-10-08", "start_time": "09:00",
        "facilitator": "Hanna Berg",
        "cases": [{"case_id": "M-501", "title": "Permits wait weeks for fire review",
                   "problem": "Residential permits wait three weeks on average for the fire "
                              "service review.",
                   "context": "City planning office; fire review done by the regional "
                              "fire service.",
                   "tried": "Weekly reminder calls.", "outcome": "No change.",
                   "submitted_by": "Luis Ortega", "team": "Permits",
                   "submitted_on": "2026-10-01"}],
        "cues": [
            ("Hanna Berg", "other", "Good morning, I think we're all here. Can everyone see "
             "the slides?"),
            ("Luis Ortega", "other", "Yes."),
            ("Hanna Berg", "present", "Great. Luis, walk us through the case."),
            ("Luis Ortega", "present", "Okay so, um, residential building permits are waiting "
             "on average three weeks just for the fire service review."),
            ("Luis Ortega", "present", "The whole permit should take four weeks, so the fire "
             "review is most of it, and applicants are, are furious."),
            ("Hanna Berg", "breakdown", "And what went wrong, as far as you can tell?"),
            ("Luis Ortega", "breakdown", "We send every file to the fire service, even a "
             "garden shed, so their queue is full of things that don't need them."),
            ("Marta Silva", "breakdown", "I used to work there, and they read each file "
             "from the top, there's no, no triage on their side either."),
            ("Luis Ortega", "breakdown", "We tried weekly reminder calls and honestly it just "
             "annoyed them."),
            ("Hanna Berg", "pattern", "So what would you say the pattern is?"),
            ("Marta Silva", "pattern", "Only send the reviewer what needs the reviewer: agree "
             "written criteria for which files go to fire review at all."),
            ("Luis Ortega", "pattern", "Yeah, triage before the handoff, not after."),
            ("Hanna Berg", "applies", "Where else might that work?"),
            ("Marta Silva", "applies", "Heritage review has exactly the same queue problem, "
             "so I'd try it there next."),
            ("Luis Ortega", "applies", "Not for commercial kitchens though, those always "
             "need fire review."),
            ("Hanna Berg", "capture", "Okay, what goes into the playbook: agree written "
             "triage criteria with the reviewing agency before files are sent."),
            ("Luis Ortega", "capture", "I'll draft the criteria with the fire service by the "
             "end of next month."),
            ("Hanna Berg", "capture", "Marta, can you share the heritage queue numbers "
             "before the next session?"),
            ("Marta Silva", "capture", "Sure."),
            ("Hanna Berg", "other", "Thank you both, bye for now."),
        ],
        "recap": [
            ("Residential permits wait three weeks on average for the fire service review, "
             "most of the four-week permit time.", [3, 4]),
            ("Every file, even a garden shed, goes to the fire service, which does no triage; "
             "reminder calls only annoyed them.", [6, 7, 8]),
            ("Only send the reviewer what needs the reviewer: agree written criteria for "
             "which files go to fire review.", [10, 11]),
            ("Heritage review has the same queue problem and is next; commercial kitchens "
             "always need fire review.", [13, 14]),
            ("The playbook gets written triage criteria agreed with the reviewing agency; "
             "Luis drafts them and Marta shares heritage numbers.", [15, 16, 17]),
        ],
        "pattern": {"name": "Agree triage criteria before handing files off",
                    "problem": "Permits wait weeks because every file goes to the fire "
                               "review.",
                    "what_to_do": "Agree written criteria for which files need the reviewer.",
                    "applies_when": "Queues at an outside reviewer, such as heritage review.",
                    "does_not_apply_when": "Commercial kitchens, which always need fire "
                                           "review."},
        "actions": [
            {"owner": "Luis Ortega", "action": "draft the criteria with the fire service",
             "due": "end of next month"},
            {"owner": "Marta Silva", "action": "share the heritage queue numbers",
             "due": "before the next session"},
        ],
    },
    "report_lab_safety": {
        "title": "Problem-solving jam: fume hood sash left open overnight",
        "format": "problem-solving jam", "date": "2026-10-15", "start_time": "13:00",
        "facilitator": "Ines Duarte",
        "cases": [{"case_id": "L-610", "title": "Sashes left open after late experiments",
                   "problem": "Fume hood sashes are found open most mornings in the "
                              "chemistry teaching lab.",
                   "context": "Teaching lab, 12 hoods, evening classes.",
                   "tried": "Signs on every hood.", "outcome": "Still open three mornings a "
                   "week.", "submitted_by": "Peter Walsh", "team": "Lab services",
                   "submitted_on": "2026-10-09"}],
        "cues": [
            ("Ines Duarte", "other", "Hello hello, okay, we're recording."),
            ("Ines Duarte", "other", "Same format as always: case, breakdown, pattern, where "
             "it applies, and what we capture."),
            ("Ines Duarte", "present", "Peter, over to you for the case."),
            ("Peter Walsh", "present", "So in the teaching lab we find fume hood sashes wide "
             "open most mornings, it's twelve hoods and usually three or four are open."),
            ("Peter Walsh", "present", "Open sashes waste a lot of energy and the, the alarm "
             "only sounds if the airflow drops, not if the sash is up."),
            ("Ines Duarte", "breakdown", "Let's break that down. What happens at the end of an "
             "evening class?"),
            ("Peter Walsh", "breakdown", "The demonstrator is last out and they're, you know, "
             "tidying forty students out of the room."),
            ("Grace Lee", "breakdown", "And the signs we put up, nobody reads them after the "
             "first week."),
            ("Ines Duarte", "pattern", "Okay, so what's the pattern?"),
            ("Grace Lee", "pattern", "Make the last person's check part of locking up, a "
             "closing checklist at the door rather than signs at the hood."),
            ("Peter Walsh", "breakdown", "Sorry, going back to what happened, the evening "
             "demonstrators are agency staff, they never got the lab induction."),
            ("Ines Duarte", "pattern", "That strengthens it, the closing check has to work "
             "for someone who was never inducted."),
            ("Ines Duarte", "applies", "Where else does it apply?"),
            ("Grace Lee", "applies", "The cold rooms, doors get propped open in the same "
             "way."),
            ("Ines Duarte", "capture", "So for the playbook: a closing checklist at the exit "
             "that a non-inducted person can follow."),
            ("Peter Walsh", "capture", "I'll put the checklist up by the door by Monday."),
            ("Grace Lee", "capture", "I'm going to ask the agency to add the lab induction "
             "for evening staff."),
            ("Ines Duarte", "other", "Lovely, thanks everyone."),
        ],
        "recap": [
            ("Three or four of twelve fume hood sashes are found open most mornings, and the "
             "alarm does not catch a raised sash.", [3, 4]),
            ("The demonstrator leaves last while clearing forty students, signs go unread, "
             "and the evening staff never had the induction.", [6, 7, 10]),
            ("Make the last person's check part of locking up: a closing checklist at the "
             "door that works without an induction.", [9, 11]),
            ("It applies to the cold rooms, whose doors get propped open the same way.",
             [13]),
            ("The playbook gets a closing checklist at the exit; Peter puts it up and Grace "
             "asks the agency for inductions.", [14, 15, 16]),
        ],
        "pattern": {"name": "Put the safety check in the closing routine",
                    "problem": "Fume hood sashes are left open after evening classes.",
                    "what_to_do": "Use a closing checklist at the exit that someone without "
                                  "an induction can follow.",
                    "applies_when": "Shared rooms closed by the last person out, such as "
                                    "cold rooms.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Peter Walsh", "action": "put the checklist up by the door",
             "due": "Monday"},
            {"owner": "Grace Lee", "action": "ask the agency to add the lab induction for "
                                             "evening staff", "due": None},
        ],
    },
    "report_retail_returns": {
        "title": "Show-and-tell: the returns desk that stopped refunding twice",
        "format": "show-and-tell", "date": "2026-10-22", "start_time": "11:00",
        "facilitator": "Noor Aziz",
        "cases": [{"case_id": "R-702", "title": "Double refunds on online returns",
                   "problem": "Online orders returned in store were sometimes refunded "
                              "twice.",
                   "context": "Forty stores, returns desk and web team.",
                   "tried": "Manual check of refunds each week.",
                   "outcome": "Fixed with a shared return status.",
                   "submitted_by": "Carla Mendes", "team": "Store operations",
                   "submitted_on": "2026-10-12"}],
        "cues": [
            ("Noor Aziz", "other", "Hi everyone, welcome to show-and-tell."),
            ("Noor Aziz", "present", "Carla is presenting her case today, go ahead Carla."),
            ("Carla Mendes", "present", "Thanks. So, online orders returned in a store were "
             "sometimes refunded twice, once at the till and once by the web team."),
            ("Carla Mendes", "present", "About, about one in fifty store returns, which came "
             "to around eight thousand pounds a quarter."),
            ("Noor Aziz", "breakdown", "What was actually going on?"),
            ("Carla Mendes", "breakdown", "The till refunds straight away, but the parcel "
             "also goes back to the warehouse, and the warehouse scan triggers the web "
             "refund."),
            ("Jon Price", "breakdown", "Neither system could see the other's refund, that was "
             "the gap."),
            ("Carla Mendes", "breakdown", "So we added one return status that both systems "
             "read and the second refund is blocked."),
            ("Jon Price", "pattern", "I'd say the takeaway is one shared status for an event "
             "that two systems can act on."),
            ("Noor Aziz", "pattern", "Yes, and the status has to be checked before paying, "
             "not reconciled after."),
            ("Jon Price", "applies", "This would also work for exchanges, same two-system "
             "problem there."),
            ("Noor Aziz", "applies", "And gift card top-ups probably."),
            ("Noor Aziz", "capture", "Let's capture that in the playbook as check one shared "
             "status before any refund."),
            ("Jon Price", "capture", "I'll write up the exchange case for the next "
             "show-and-tell."),
            ("Noor Aziz", "other", "Thanks Carla, great demo. Bye all."),
        ],
        "recap": [
            ("Online orders returned in store were sometimes refunded twice, about one in "
             "fifty returns and eight thousand pounds a quarter.", [2, 3]),
            ("The till refunded at once and the warehouse scan triggered a web refund; "
             "neither system saw the other's refund until a shared status was added.",
             [5, 6, 7]),
            ("Keep one shared status for an event two systems can act on, and check it before "
             "paying rather than reconciling after.", [8, 9]),
            ("It would also work for exchanges and probably gift card top-ups.", [10, 11]),
            ("The playbook gets: check one shared status before any refund; Jon writes up the "
             "exchange case.", [12, 13]),
        ],
        "pattern": {"name": "Check one shared status before any refund",
                    "problem": "Two systems each refund the same return.",
                    "what_to_do": "Keep one shared status that both systems read and check "
                                  "it before paying.",
                    "applies_when": "Events two systems act on, such as exchanges or gift "
                                    "card top-ups.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Jon Price", "action": "write up the exchange case",
             "due": "the next show-and-tell"},
        ],
    },
    "report_callcentre_weekly": {
        "title": "Office hours: call-centre QA weekly",
        "format": "office hours", "date": "2026-10-29", "start_time": "15:00",
        "facilitator": "Rosa Kim",
        "cases": [{"case_id": "C-803", "title": "QA scores vary by reviewer",
                   "problem": "The same call gets very different QA scores from different "
                              "reviewers.",
                   "context": "Call centre, 120 agents, four QA reviewers.",
                   "tried": "A scoring guide.", "outcome": "Open.",
                   "submitted_by": "Rosa Kim", "team": "Quality",
                   "submitted_on": "2026-10-20"}],
        "cues": [
            ("Rosa Kim", "other", "Okay, hi, this is just our regular weekly, no big case "
             "today."),
            ("Sam Ito", "other", "Hi."),
            ("Rosa Kim", "other", "First item, the calibration session: last week the four "
             "reviewers scored the same ten calls and were up to, um, twenty points apart."),
            ("Sam Ito", "other", "Most of the spread was on the empathy item, the, the "
             "compliance items were close."),
            ("Rosa Kim", "other", "Second item, the new hires start on the twelfth, so we "
             "need the shadowing rota."),
            ("Sam Ito", "other", "I'll send the shadowing rota by Thursday."),
            ("Rosa Kim", "other", "Third, the dashboard is still showing last month's "
             "numbers, IT says the feed broke."),
            ("Sam Ito", "other", "Yeah, Priya from IT is on it, she thinks it'll be fixed "
             "this week."),
            ("Rosa Kim", "other", "And I'll book the next calibration session for the "
             "nineteenth."),
            ("Rosa Kim", "other", "That's it, thanks Sam."),
        ],
        "recap": [
            ("The weekly covered calibration, new-hire shadowing and the broken QA "
             "dashboard.", [2, 4, 6]),
            ("Four reviewers scoring the same ten calls were up to twenty points apart, "
             "mostly on the empathy item.", [2, 3]),
            ("New hires start on the twelfth and need a shadowing rota.", [4]),
            ("The dashboard shows last month's numbers because the feed broke; IT expects a "
             "fix this week.", [6, 7]),
            ("Sam sends the shadowing rota by Thursday and Rosa books the next calibration "
             "for the nineteenth.", [5, 8]),
        ],
        "pattern": {"name": "Calibrate reviewers on the same calls",
                    "problem": "QA scores differ by reviewer.",
                    "what_to_do": "Have reviewers score the same calls and compare.",
                    "applies_when": "Several reviewers score the same kind of work.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Sam Ito", "action": "send the shadowing rota", "due": "Thursday"},
            {"owner": "Rosa Kim", "action": "book the next calibration session",
             "due": "the nineteenth"},
        ],
    },
    "report_school_timetable": {
        "title": "Problem-solving jam: parents' evening slots double-booked",
        "format": "problem-solving jam", "date": "2026-11-05", "start_time": "17:00",
        "facilitator": "Ola Nowak",
        "cases": [{"case_id": "S-905", "title": "Parents booked into overlapping slots",
                   "problem": "Parents with two children were booked into overlapping "
                              "slots at parents' evening.",
                   "context": "Primary school, online booking form.",
                   "tried": "Office staff fixed clashes by phone.",
                   "outcome": "Forty phone calls the day before.",
                   "submitted_by": "Femi Adebayo", "team": "School office",
                   "submitted_on": "2026-10-30"}],
        "cues": [
            ("Ola Nowak", "other", "Right, evening all, thanks for staying late."),
            ("Ola Nowak", "present", "The case tonight is Femi's, parents' evening. Femi?"),
            ("Femi Adebayo", "present", "Yes, so parents with two or more children kept "
             "getting booked into overlapping slots with different teachers."),
            ("Femi Adebayo", "present", "The office made forty phone calls the day before to "
             "untangle it."),
            ("Ola Nowak", "breakdown", "Why did that happen?"),
            ("Femi Adebayo", "breakdown", "The booking form treats each child as a separate "
             "booking, so it never sees that it's the same parent."),
            ("Kasia Zielinska", "breakdown", "And siblings' teachers are in different "
             "corridors, so even back-to-back slots don't, don't really work."),
            ("Ola Nowak", "pattern", "What's the general rule we'd take from this?"),
            ("Kasia Zielinska", "pattern", "Book around the family, not the pupil: one "
             "booking per parent that holds all their children's slots."),
            ("Femi Adebayo", "pattern", "With a gap of five minutes between slots for "
             "walking."),
            ("Ola Nowak", "applies", "Where else does that apply?"),
            ("Kasia Zielinska", "applies", "The vaccination consent forms, they go out per "
             "pupil as well and parents sign three times."),
            ("Ola Nowak", "capture", "So, for the playbook: book per family with walking "
             "gaps."),
            ("Femi Adebayo", "capture", "I'll ask the booking provider about family bookings "
             "this week."),
            ("Ola Nowak", "capture", "Kasia, could you map the corridors for the gap times by "
             "next Friday?"),
            ("Kasia Zielinska", "capture", "Will do."),
            ("Ola Nowak", "other", "Great, thanks both, good night."),
        ],
        "recap": [
            ("Parents with several children were booked into overlapping slots, and the "
             "office made forty phone calls to untangle it.", [2, 3]),
            ("The form books each child separately, so it never sees the same parent, and "
             "siblings' teachers are in different corridors.", [5, 6]),
            ("Book around the family, not the pupil: one booking per parent holding all their "
             "children's slots with five-minute gaps.", [8, 9]),
            ("It applies to vaccination consent forms, which also go out per pupil.", [11]),
            ("The playbook gets per-family booking with walking gaps; Femi asks the provider "
             "and Kasia maps the corridors.", [12, 13, 14]),
        ],
        "pattern": {"name": "Book around the family, not the pupil",
                    "problem": "Parents of siblings are booked into overlapping slots.",
                    "what_to_do": "One booking per parent holding all their children's "
                                  "slots, with walking gaps.",
                    "applies_when": "Anything sent per pupil that parents handle per family.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Femi Adebayo", "action": "ask the booking provider about family "
                                                "bookings", "due": "this week"},
            {"owner": "Kasia Zielinska", "action": "map the corridors for the gap times",
             "due": "next Friday"},
        ],
    },
}
