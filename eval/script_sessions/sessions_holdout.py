"""Annotated sessions written in session 7 before any change to the step and sentence rules,
and kept out of tuning: only their split means are read (see build.py)."""

SESSIONS = {
    "holdout_vet_noshows": {
        "title": "Office hours: missed vaccination appointments at the clinic",
        "format": "office hours", "date": "2026-11-12", "start_time": "08:30",
        "facilitator": "Odile Fontaine",
        "cases": [{"case_id": "V-120", "title": "Puppy vaccination no-shows",
                   "problem": "One in five booked puppy vaccination slots is missed without "
                              "notice.",
                   "context": "Two-vet small animal clinic; bookings by phone.",
                   "tried": "A reminder call the day before.",
                   "outcome": "Staff had no time to make the calls.",
                   "submitted_by": "Rafael Quispe", "team": "Front desk",
                   "submitted_on": "2026-11-03"}],
        "cues": [
            ("Odile Fontaine", "other", "Morning. Rafael, you're first, go ahead."),
            ("Rafael Quispe", "present", "Right, so one in five puppy vaccination slots is "
             "just missed, no call, nothing, and the second dose then slips by weeks."),
            ("Odile Fontaine", "breakdown", "Why do you think they don't turn up?"),
            ("Rafael Quispe", "breakdown", "The booking is made six weeks ahead at the first "
             "visit, and owners simply forget, we tried calling the day before but the desk "
             "never has time."),
            ("Amara Osei", "pattern", "Sounds like the reminder has to go out without a "
             "person doing it: an automatic text two days ahead with a reply to confirm."),
            ("Rafael Quispe", "pattern", "Yes, and an unconfirmed slot gets offered to the "
             "waiting list."),
            ("Odile Fontaine", "applies", "Would that work for anything else you book far "
             "ahead?"),
            ("Rafael Quispe", "applies", "Dental cleanings, sure, but not emergencies, "
             "obviously."),
            ("Odile Fontaine", "capture", "So for the playbook: send an automatic reminder "
             "two days ahead and release unconfirmed slots to the waiting list."),
            ("Amara Osei", "capture", "I'll set up the text reminders in the booking system "
             "by Friday."),
            ("Rafael Quispe", "other", "Okay, that's me, thanks."),
            ("Odile Fontaine", "other", "Thanks, see you next week."),
        ],
        "recap": [
            ("One in five puppy vaccination slots is missed without notice, and the second "
             "dose then slips by weeks.", [1]),
            ("Slots are booked six weeks ahead, owners forget, and the desk has no time for "
             "reminder calls.", [3]),
            ("Send an automatic text two days ahead with a reply to confirm; offer unconfirmed "
             "slots to the waiting list.", [4, 5]),
            ("It also fits dental cleanings, not emergencies.", [7]),
            ("The playbook gets automatic reminders two days ahead and release of unconfirmed "
             "slots; Amara sets up the texts by Friday.", [8, 9]),
        ],
        "pattern": {"name": "Automate reminders and release unconfirmed slots",
                    "problem": "Appointments booked weeks ahead are missed without notice.",
                    "what_to_do": "Send an automatic reminder two days ahead with a reply to "
                                  "confirm, and offer unconfirmed slots to the waiting list.",
                    "applies_when": "Routine appointments booked far ahead, such as dental "
                                    "cleanings.",
                    "does_not_apply_when": "Emergencies."},
        "actions": [
            {"owner": "Amara Osei", "action": "set up the text reminders in the booking "
             "system", "due": "by Friday"},
        ],
    },
    "holdout_ferry_deckcrew": {
        "title": "Problem-solving jam: late ferry departures at the car deck",
        "format": "problem-solving jam", "date": "2026-11-17", "start_time": "14:00",
        "facilitator": "Sigrun Aasen",
        "cases": [{"case_id": "F-77", "title": "Evening ferry leaves ten minutes late",
                   "problem": "The 18:40 crossing departs ten to fifteen minutes late most "
                              "evenings.",
                   "context": "Island ferry, 90 cars, crew of six on the car deck.",
                   "tried": "Closing the ticket booth earlier.",
                   "outcome": "Queues moved to the road instead.",
                   "submitted_by": "Mikkel Dahl", "team": "Operations",
                   "submitted_on": "2026-11-10"}],
        "cues": [
            ("Sigrun Aasen", "other", "Let's get going, we have half an hour. Can you all "
             "hear me?"),
            ("Jonas Lind", "other", "Loud and clear."),
            ("Sigrun Aasen", "present", "Mikkel, tell us about the evening crossing."),
            ("Mikkel Dahl", "present", "The 18:40 leaves ten to fifteen minutes late most "
             "evenings, and the last bus on the island side doesn't wait, so commuters miss "
             "it."),
            ("Mikkel Dahl", "present", "We closed the ticket booth earlier, which only moved "
             "the queue onto the road."),
            ("Sigrun Aasen", "breakdown", "Where do the minutes actually go?"),
            ("Jonas Lind", "breakdown", "Mostly loading. The crew waves cars on in arrival "
             "order, so vans and caravans end up blocking the lanes and we reshuffle at the "
             "end."),
            ("Mikkel Dahl", "breakdown", "And half the crew is still on the previous "
             "unloading when boarding starts."),
            ("Jonas Lind", "pattern", "I think the lesson is to sort vehicles by size in the "
             "waiting area, before they reach the ramp, not on the deck."),
            ("Mikkel Dahl", "breakdown", "Actually, one more thing about the unloading: the "
             "tall vehicles always come off last because they went on last."),
            ("Sigrun Aasen", "applies", "Does that hold for the morning crossings too?"),
            ("Mikkel Dahl", "applies", "Mornings are mostly commuters in small cars, so "
             "probably not, but the summer weekends definitely."),
            ("Jonas Lind", "pattern", "So stage the lanes by vehicle size ahead of time and "
             "load the deck in a fixed order."),
            ("Sigrun Aasen", "capture", "Good, that's what we'll write up: stage waiting "
             "lanes by vehicle size before boarding and load in a fixed order."),
            ("Mikkel Dahl", "capture", "I'll paint the lane markings in the waiting area "
             "before the end of the month."),
            ("Sigrun Aasen", "capture", "Jonas, could you time the next five evening "
             "loadings so we have a baseline?"),
            ("Jonas Lind", "capture", "Yes, I'll do that."),
            ("Sigrun Aasen", "applies", "And let's check with the other route whether the "
             "freight ferry could use the same thing."),
            ("Sigrun Aasen", "other", "Okay, thanks everyone, that's time."),
        ],
        "recap": [
            ("The 18:40 crossing leaves ten to fifteen minutes late most evenings; closing "
             "the booth earlier moved the queue onto the road.", [3, 4]),
            ("Cars board in arrival order so large vehicles block lanes, and crew is still "
             "unloading when boarding starts.", [6, 7, 9]),
            ("Stage waiting lanes by vehicle size before the ramp and load the deck in a "
             "fixed order.", [8, 12]),
            ("It fits summer weekends and maybe the freight ferry, not the morning commuter "
             "crossings.", [11, 17]),
            ("The playbook gets staged lanes and a fixed loading order; Mikkel paints lane "
             "markings and Jonas times five loadings.", [13, 14, 15, 16]),
        ],
        "pattern": {"name": "Stage vehicles by size before boarding",
                    "problem": "Loading in arrival order leaves large vehicles blocking lanes "
                               "and delays departure.",
                    "what_to_do": "Stage waiting lanes by vehicle size before the ramp and "
                                  "load the deck in a fixed order.",
                    "applies_when": "Busy crossings with mixed vehicles, such as summer "
                                    "weekends.",
                    "does_not_apply_when": "Crossings of mostly small commuter cars."},
        "actions": [
            {"owner": "Mikkel Dahl", "action": "paint the lane markings in the waiting area",
             "due": "before the end of the month"},
            {"owner": "Jonas Lind", "action": "time the next five evening loadings",
             "due": None},
        ],
    },
    "holdout_translation_glossary": {
        "title": "Show-and-tell: a shared glossary for medical translations",
        "format": "show-and-tell", "date": "2026-11-19", "start_time": "11:00",
        "facilitator": "Beatriz Lemos",
        "cases": [{"case_id": "T-34", "title": "Terms translated differently across a "
                   "manual", "problem": "Reviewers sent back a device manual because one "
                   "term had four different translations.",
                   "context": "Freelance translators working on one long medical manual.",
                   "tried": "A style sheet sent by email.",
                   "outcome": "Nobody opened the latest version.",
                   "submitted_by": "Yuki Tanaka", "team": "Medical",
                   "submitted_on": "2026-11-12"}],
        "cues": [
            ("Beatriz Lemos", "other", "Hi all, Yuki is going to share her screen in a "
             "second."),
            ("Yuki Tanaka", "other", "Can you see it now? The big table?"),
            ("Beatriz Lemos", "other", "Yes, we see it."),
            ("Yuki Tanaka", "present", "So the client's reviewers rejected a 300-page device "
             "manual because one term, the pressure setting, had four different "
             "translations."),
            ("Yuki Tanaka", "present", "Five freelancers had split the chapters, and the "
             "style sheet we emailed round was out of date within a day."),
            ("Beatriz Lemos", "breakdown", "What made the style sheet fail?"),
            ("Yuki Tanaka", "breakdown", "It was a file, so everybody kept their own copy, "
             "and new terms were added by whoever found them without anyone approving."),
            ("Pavel Novak", "breakdown", "Also, the translation tool didn't flag "
             "anything, because the sheet wasn't connected to it."),
            ("Beatriz Lemos", "pattern", "So what's the general lesson here?"),
            ("Yuki Tanaka", "pattern", "Keep one live glossary inside the translation tool, "
             "with one person approving new terms before anyone uses them."),
            ("Beatriz Lemos", "applies", "Where would you use it next?"),
            ("Pavel Novak", "applies", "The legal contracts team has the same problem with "
             "defined terms; a two-page letter wouldn't need it."),
            ("Beatriz Lemos", "capture", "For the write-up: a single live glossary in the "
             "tool, one approver for new terms."),
            ("Pavel Novak", "capture", "I'll connect the glossary to the legal team's "
             "projects next week."),
            ("Yuki Tanaka", "capture", "And I'll write the approval steps by Monday."),
            ("Beatriz Lemos", "other", "Great demo, thank you Yuki."),
        ],
        "recap": [
            ("Reviewers rejected a 300-page device manual because one term had four "
             "translations; the emailed style sheet went out of date in a day.", [3, 4]),
            ("Everyone kept their own copy of the file, new terms went in unapproved, and "
             "the tool was not connected to it.", [6, 7]),
            ("Keep one live glossary inside the translation tool, with one person approving "
             "new terms before use.", [9]),
            ("The legal contracts team has the same problem with defined terms; short "
             "letters do not need it.", [11]),
            ("The playbook gets a single live glossary with one approver; Pavel connects it "
             "for the legal team and Yuki writes the approval steps.", [12, 13, 14]),
        ],
        "pattern": {"name": "Keep one live glossary with one approver",
                    "problem": "Long translations split across people use inconsistent "
                               "terms.",
                    "what_to_do": "Keep one live glossary inside the translation tool, with "
                                  "one person approving new terms.",
                    "applies_when": "Long documents split between several translators, such "
                                    "as contracts with defined terms.",
                    "does_not_apply_when": "Short documents such as a two-page letter."},
        "actions": [
            {"owner": "Pavel Novak", "action": "connect the glossary to the legal team's "
             "projects", "due": "next week"},
            {"owner": "Yuki Tanaka", "action": "write the approval steps", "due": "by Monday"},
        ],
    },
}
