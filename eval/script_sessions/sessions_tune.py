"""Annotated sessions used to tune the drafter (see build.py)."""

SESSIONS = {
    "tune_hotel_turnover": {
        "title": "Problem-solving jam: rooms not ready at check-in",
        "format": "problem-solving jam", "date": "2026-11-20", "start_time": "10:00",
        "facilitator": "Ilse Brandt",
        "cases": [{"case_id": "H-310", "title": "Guests waiting for rooms on busy Saturdays",
                   "problem": "On busy Saturdays a third of arriving guests waited over an "
                              "hour for a room that housekeeping had not released.",
                   "context": "City hotel, 140 rooms, paper room boards at the front desk.",
                   "tried": "Two extra housekeepers on Saturdays.",
                   "outcome": "Waits got shorter but complaints stayed.",
                   "submitted_by": "Dario Conti", "team": "Front office",
                   "submitted_on": "2026-11-14"}],
        "cues": [
            ("Ilse Brandt", "other", "Good morning, let's give people a moment to join."),
            ("Dario Conti", "other", "Morning Ilse."),
            ("Ilse Brandt", "present", "Dario brought us the one about guests waiting for "
             "rooms. The floor is yours, Dario."),
            ("Dario Conti", "present", "On busy Saturdays about a third of our arrivals "
             "waited more than an hour in the lobby for their room."),
            ("Dario Conti", "present", "We added two housekeepers on Saturdays and the waits "
             "got shorter, but the complaints did not go down."),
            ("Ilse Brandt", "breakdown", "I'd like to go through that Saturday hour by hour, "
             "from the first checkout onwards."),
            ("Dario Conti", "breakdown", "Checkouts pile up between ten and eleven, and the "
             "cleaners finish most rooms by one."),
            ("Mei Tan", "breakdown", "But the desk only learns a room is clean when the "
             "supervisor walks the paper board down, which is around three."),
            ("Dario Conti", "breakdown", "So rooms sat clean and empty for two hours while "
             "guests sat in the lobby."),
            ("Ilse Brandt", "pattern", "If we had to boil this down to one thing other "
             "hotels should learn from it, what would that be?"),
            ("Mei Tan", "pattern", "A finished job is only done when the next person in "
             "line can see it, the moment it is finished."),
            ("Dario Conti", "pattern", "Yes, the handoff signal matters more than adding "
             "hands."),
            ("Ilse Brandt", "applies", "I wonder which other departments run into the same "
             "trap."),
            ("Mei Tan", "applies", "Maintenance is the same: repaired rooms stay blocked "
             "until someone updates the list at the end of the shift."),
            ("Dario Conti", "applies", "The restaurant is different, the pass already shows "
             "the servers every finished plate."),
            ("Ilse Brandt", "capture", "Let's settle the line that goes into our shared "
             "practices: make finished work visible to the next team the moment it is "
             "finished."),
            ("Ilse Brandt", "capture", "Mei, can you set up the room status on the "
             "housekeepers' phones by the end of the month?"),
            ("Mei Tan", "capture", "Sure, I'll set it up by the end of the month."),
            ("Ilse Brandt", "other", "Thanks, everyone. Same time next month."),
        ],
        "recap": [
            ("On busy Saturdays a third of arriving guests waited over an hour, and two extra "
             "housekeepers did not stop the complaints.", [3, 4]),
            ("Rooms were clean by one, but the desk only learned it when the paper board came "
             "down at three, so clean rooms sat empty for two hours.", [6, 7, 8]),
            ("Work is only done when the next person in line can see it is finished; the "
             "handoff signal matters more than more hands.", [10, 11]),
            ("Maintenance has the same trap with repaired rooms; the restaurant does not, "
             "because the pass shows every finished plate.", [13, 14]),
            ("The practice: make finished work visible to the next team at once; Mei sets up "
             "room status on the housekeepers' phones by the end of the month.", [15, 16, 17]),
        ],
        "pattern": {"name": "Make finished work visible to the next team",
                    "problem": "Finished work waits because the next team cannot see it is "
                               "done.",
                    "what_to_do": "Signal each finished job to the next team the moment it "
                                  "is finished.",
                    "applies_when": "A team waits on another's finished work, such as "
                                    "repaired rooms in maintenance.",
                    "does_not_apply_when": "The finished work is already in sight, as at a "
                                           "restaurant pass."},
        "actions": [
            {"owner": "Mei Tan", "action": "set up the room status on the housekeepers' "
                                           "phones", "due": "by the end of the month"},
        ],
    },
    "tune_nursing_handover": {
        "title": "Problem-solving jam: medication changes lost at shift handover",
        "format": "problem-solving jam", "date": "2026-09-03", "start_time": "07:30",
        "facilitator": "Maren Holt",
        "cases": [{"case_id": "N-101", "title": "Dose change missed between night and day shift",
                   "problem": "A dose change made at 3am was not passed on at the 7am handover "
                              "and the day nurse gave the old dose.",
                   "context": "Surgical ward, 28 beds, verbal handover at the nurses' station.",
                   "tried": "Reminder e-mails about handover discipline.",
                   "outcome": "Near miss reported; no harm.", "submitted_by": "Joel Park",
                   "team": "Ward 4B", "submitted_on": "2026-08-28"}],
        "cues": [
            ("Maren Holt", "other", "Morning everyone, can you all hear me? Good."),
            ("Joel Park", "other", "Yep, loud and clear."),
            ("Maren Holt", "other", "Quick reminder of how we run these: we present the case, "
             "break down what happened, find the pattern, say where it applies and then "
             "capture it in the playbook."),
            ("Maren Holt", "present", "So, um, today's case is Joel's, the dose change that "
             "got lost between the night and the day shift. Joel, over to you."),
            ("Joel Park", "present", "Thanks. So at, at about 3am the registrar changed the "
             "heparin dose for a post-op patient in bed twelve."),
            ("Joel Park", "present", "The night nurse wrote it in the chart but at the 7am "
             "handover it, it just didn't come up, and the day nurse gave the old dose at "
             "eight."),
            ("Priya Nair", "present", "Mm-hm."),
            ("Joel Park", "present", "Pharmacy caught it on their round, so no harm, but it "
             "was a near miss."),
            ("Maren Holt", "breakdown", "Okay, let's break it down. What actually happened at "
             "the handover?"),
            ("Priya Nair", "breakdown", "Handover is verbal, at the station, and we go bed by "
             "bed from memory, um, from our own notes really."),
            ("Joel Park", "breakdown", "And the night nurse had eleven patients, so the change "
             "at 3am was, you know, one line in her head among a lot of others."),
            ("Priya Nair", "breakdown", "Nobody looks at the chart during handover, the chart "
             "is in the room and we're at the desk."),
            ("Maren Holt", "pattern", "So what's the pattern here?"),
            ("Priya Nair", "pattern", "I think the pattern is that anything that changed "
             "overnight has to be read out from the chart, not from memory."),
            ("Joel Park", "pattern", "Yeah, a changes-since-last-handover list, read at the "
             "bedside with the chart open."),
            ("Maren Holt", "applies", "Where else would this apply?"),
            ("Priya Nair", "applies", "It applies to the ICU step-down transfers too, they "
             "lose diet changes the, the same way."),
            ("Joel Park", "applies", "It wouldn't apply in theatre, they already have the "
             "WHO checklist for that."),
            ("Maren Holt", "capture", "Great. For the playbook, then: at every handover, read "
             "the changes since the last handover from the chart at the bedside."),
            ("Maren Holt", "capture", "Joel, can you draft the bedside changes list by "
             "Friday?"),
            ("Joel Park", "capture", "Sure, I'll draft it by Friday and try it on 4B next "
             "week."),
            ("Priya Nair", "capture", "I'll ask pharmacy to send the overnight changes report "
             "to the ward before seven."),
            ("Maren Holt", "other", "Thanks everyone, see you next month."),
        ],
        "recap": [
            ("At the 7am handover a 3am heparin dose change was not passed on and the day "
             "nurse gave the old dose; pharmacy caught it.", [4, 5, 7]),
            ("Handover is verbal at the desk from memory, the night nurse had eleven patients "
             "and nobody looks at the chart.", [9, 10, 11]),
            ("Anything that changed overnight is read out from the chart at the bedside, not "
             "from memory.", [13, 14]),
            ("It applies to ICU step-down transfers, which lose diet changes the same way, "
             "but not to theatre, which has the WHO checklist.", [16, 17]),
            ("The playbook gets a bedside changes-since-last-handover list; Joel drafts it by "
             "Friday and pilots it on 4B.", [18, 19, 20]),
        ],
        "pattern": {"name": "Read overnight changes from the chart at handover",
                    "problem": "Changes made overnight are lost at a verbal handover.",
                    "what_to_do": "Read the changes since the last handover from the chart "
                                  "at the bedside.",
                    "applies_when": "Any handover between shifts or units, such as ICU "
                                    "step-down transfers.",
                    "does_not_apply_when": "Theatre, which already uses the WHO checklist."},
        "actions": [
            {"owner": "Joel Park", "action": "draft the bedside changes list", "due": "Friday"},
            {"owner": "Joel Park", "action": "try the list on 4B", "due": "next week"},
            {"owner": "Priya Nair", "action": "ask pharmacy to send the overnight changes "
                                              "report to the ward", "due": "before seven"},
        ],
    },
    "tune_warehouse_picking": {
        "title": "Office hours: pick errors on the new mezzanine",
        "format": "office hours", "date": "2026-09-10", "start_time": "14:00",
        "facilitator": "Tomas Reyes",
        "cases": [{"case_id": "W-220", "title": "Pick errors doubled after moving fast movers",
                   "problem": "After fast-moving items moved to the mezzanine, wrong-item "
                              "picks doubled.",
                   "context": "Distribution centre, two shifts, handheld scanners.",
                   "tried": "Retraining pickers.", "outcome": "Errors still high.",
                   "submitted_by": "Aisha Bello", "team": "Outbound",
                   "submitted_on": "2026-09-01"}],
        "cues": [
            ("Tomas Reyes", "other", "Hi all, give people a minute to join."),
            ("Aisha Bello", "other", "Hi Tomas."),
            ("Tomas Reyes", "present", "Okay, Aisha, tell us about your case."),
            ("Aisha Bello", "present", "So in August we moved the fast movers, the top two "
             "hundred SKUs, up to the mezzanine to cut walking."),
            ("Aisha Bello", "present", "And since then wrong-item picks have, um, basically "
             "doubled, from about four per thousand lines to nine."),
            ("Tomas Reyes", "breakdown", "What happened when you looked into it?"),
            ("Aisha Bello", "breakdown", "The, the locations up there are half-width bins, so "
             "similar items sit right next to each other."),
            ("Kofi Mensah", "breakdown", "And the scanners only check the location barcode, "
             "not the item, so a picker can take from the neighbouring bin and it still "
             "confirms."),
            ("Aisha Bello", "breakdown", "We retrained everyone in September and it didn't "
             "move the number at all."),
            ("Kofi Mensah", "pattern", "The lesson for me is that when you make picking "
             "faster you have to make the check stronger at the same time."),
            ("Tomas Reyes", "pattern", "Right, so the pattern would be: scan the item, not "
             "just the location, whenever look-alike items share a bay."),
            ("Aisha Bello", "breakdown", "Actually, one more thing about what happened, the "
             "labels on the mezzanine are at knee height, which doesn't help."),
            ("Tomas Reyes", "pattern", "Good point, so the pattern still holds, the check has "
             "to catch what the layout makes easy to get wrong."),
            ("Tomas Reyes", "applies", "Who else could use this?"),
            ("Kofi Mensah", "applies", "It would work for the returns area as well, same "
             "half-width bins there."),
            ("Tomas Reyes", "capture", "Let's write it up for the playbook as item-level "
             "scanning for look-alike slots."),
            ("Kofi Mensah", "capture", "I'll check with IT whether the scanners can do item "
             "scans by the end of the month."),
            ("Aisha Bello", "capture", "And I'll re-slot the look-alike items apart next "
             "week."),
            ("Tomas Reyes", "other", "Perfect, thanks everyone, bye."),
        ],
        "recap": [
            ("Moving the top two hundred SKUs to the mezzanine doubled wrong-item picks from "
             "four to nine per thousand lines.", [3, 4]),
            ("Half-width bins put look-alike items side by side, scanners check only the "
             "location, labels sit at knee height, and retraining did not help.",
             [6, 7, 8, 11]),
            ("When picking gets faster the check must get stronger: scan the item, not just "
             "the location, where look-alike items share a bay.", [9, 10, 12]),
            ("It also applies to the returns area, which has the same half-width bins.", [14]),
            ("The playbook gets item-level scanning for look-alike slots; Kofi checks scanner "
             "support with IT and Aisha re-slots look-alike items.", [15, 16, 17]),
        ],
        "pattern": {"name": "Scan the item where look-alikes share a bay",
                    "problem": "Wrong-item picks rise when fast movers share small bins.",
                    "what_to_do": "Scan the item, not only the location, for look-alike "
                                  "items.",
                    "applies_when": "Half-width bins and look-alike items, such as returns.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Kofi Mensah", "action": "check with IT whether the scanners can do "
                                               "item scans", "due": "end of the month"},
            {"owner": "Aisha Bello", "action": "re-slot the look-alike items apart",
             "due": "next week"},
        ],
    },
    "tune_school_demo_day": {
        "title": "Demo day: three timetabling tools",
        "format": "demo day", "date": "2026-09-24", "start_time": "16:00",
        "facilitator": "Grace Okafor",
        "cases": [{"case_id": "S-310", "title": "Cover lessons planned on paper",
                   "problem": "Cover for absent teachers is planned on paper every morning.",
                   "context": "Secondary school, 80 staff.", "tried": "A shared spreadsheet.",
                   "outcome": "Spreadsheet abandoned.", "submitted_by": "Ruth Adeyemi",
                   "team": "Timetabling", "submitted_on": "2026-09-15"}],
        "cues": [
            ("Grace Okafor", "other", "Welcome to demo day, everyone. We have three short "
             "demos and then questions."),
            ("Ruth Adeyemi", "other", "First up is me, I'll share my screen."),
            ("Ruth Adeyemi", "other", "This is the cover planner we built in, um, in the "
             "spring; absences come in from the phone line and it suggests free teachers."),
            ("Ruth Adeyemi", "other", "It cut the morning cover planning from forty minutes "
             "to about ten."),
            ("Ben Carter", "other", "Does it know about, about part-time staff?"),
            ("Ruth Adeyemi", "other", "Yes, their days are in the staff table."),
            ("Ben Carter", "other", "Next is mine, the room swap board, it shows every room "
             "change for the day on the staffroom screen."),
            ("Ben Carter", "other", "Since September nobody has turned up to a locked lab, "
             "which used to happen weekly."),
            ("Lina Haddad", "other", "And the last one is the exam invigilation rota, it "
             "balances invigilation hours across departments."),
            ("Lina Haddad", "other", "Heads of department stopped arguing about fairness "
             "because they can see the totals."),
            ("Grace Okafor", "other", "Questions? Ben, you had one for Lina."),
            ("Ben Carter", "other", "Can the rota import the exam timetable directly?"),
            ("Lina Haddad", "other", "Not yet, we paste it in; I'll look at an import over "
             "half term."),
            ("Grace Okafor", "other", "Lovely. Thanks all, that's time."),
        ],
        "recap": [
            ("Demo day showed three timetabling tools: a cover planner, a room swap board and "
             "an invigilation rota.", [0, 2, 6, 8]),
            ("The cover planner takes absences from the phone line, suggests free teachers "
             "and cut morning planning from forty to ten minutes.", [2, 3]),
            ("The room swap board shows every room change on the staffroom screen; nobody "
             "has found a locked lab since September.", [6, 7]),
            ("The invigilation rota balances hours across departments, ending arguments "
             "about fairness.", [8, 9]),
            ("The rota cannot import the exam timetable yet; Lina will look at an import over "
             "half term.", [11, 12]),
        ],
        "pattern": {"name": "Show workload totals to end fairness disputes",
                    "problem": "Departments argue about invigilation fairness.",
                    "what_to_do": "Balance the hours and show everyone the totals.",
                    "applies_when": "Shared duties spread across departments.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Lina Haddad", "action": "look at an import of the exam timetable",
             "due": "over half term"},
        ],
    },
    "tune_oncall_postmortem": {
        "title": "Problem-solving jam: paged at 3am for a full disk nobody owned",
        "format": "problem-solving jam", "date": "2026-10-01", "start_time": "10:00",
        "facilitator": "Dev Malik",
        "cases": [{"case_id": "O-404", "title": "Unowned alert woke the wrong team",
                   "problem": "A disk-full alert on a shared log server paged the payments "
                              "on-call, who did not own it.",
                   "context": "Shared logging cluster, five teams write to it.",
                   "tried": "Deleting old logs by hand.", "outcome": "Recurred twice.",
                   "submitted_by": "Sofia Lind", "team": "Payments SRE",
                   "submitted_on": "2026-09-25"}],
        "cues": [
            ("Dev Malik", "other", "Hey folks, we're recording. Let's get going."),
            ("Dev Malik", "present", "Sofia, do you want to present the case?"),
            ("Sofia Lind", "present", "Yeah. So last Tuesday at 3am I got paged for a disk "
             "full on log-store-2, which isn't even ours."),
            ("Sofia Lind", "present", "It's the shared logging box, five teams write to it, "
             "and the alert routes to whoever set it up first, which was, which was us in "
             "2023."),
            ("Dev Malik", "breakdown", "So what happened that night?"),
            ("Sofia Lind", "breakdown", "I deleted old logs by hand to get it under ninety "
             "percent and went back to bed."),
            ("Omar Haddad", "breakdown", "The real cause was the search team's debug logging, "
             "they turned it on for a test and, and forgot it."),
            ("Sofia Lind", "breakdown", "And it happened twice more after that, same box, "
             "same thing."),
            ("Dev Malik", "pattern", "What's the lesson we can take away?"),
            ("Omar Haddad", "pattern", "Every alert needs an owner who can actually fix the "
             "cause, not whoever created it."),
            ("Sofia Lind", "pattern", "And shared resources need per-team quotas so one team "
             "can't fill the disk for everyone."),
            ("Dev Malik", "applies", "Where else does this apply?"),
            ("Omar Haddad", "applies", "The shared Kafka cluster, definitely, and probably "
             "the CI runners."),
            ("Sofia Lind", "applies", "It doesn't apply to things one team owns end to end, "
             "there the owner is obvious."),
            ("Dev Malik", "capture", "Okay, for the playbook: route every alert to the team "
             "that can fix its cause, and give shared resources quotas."),
            ("Omar Haddad", "capture", "I'll add an owner label to all alerts on the logging "
             "cluster by next Wednesday."),
            ("Dev Malik", "capture", "Sofia, could you set up per-team quotas on log-store "
             "this sprint?"),
            ("Sofia Lind", "capture", "Yep, will do."),
            ("Dev Malik", "other", "Thanks both, have a good one."),
        ],
        "recap": [
            ("A disk-full alert on the shared log-store-2 paged the payments on-call at 3am, "
             "because alerts route to whoever set them up.", [2, 3]),
            ("Sofia deleted logs by hand; the cause was the search team's forgotten debug "
             "logging, and it recurred twice.", [5, 6, 7]),
            ("Every alert needs an owner who can fix its cause, and shared resources need "
             "per-team quotas.", [9, 10]),
            ("It applies to the shared Kafka cluster and CI runners, not to systems one team "
             "owns end to end.", [12, 13]),
            ("The playbook routes alerts to the team that can fix the cause; Omar adds owner "
             "labels and Sofia sets quotas.", [14, 15, 16]),
        ],
        "pattern": {"name": "Route each alert to the team that can fix it",
                    "problem": "Alerts on shared resources page whoever set them up.",
                    "what_to_do": "Give every alert an owner who can fix its cause and give "
                                  "shared resources per-team quotas.",
                    "applies_when": "Shared clusters such as Kafka or CI runners.",
                    "does_not_apply_when": "Systems one team owns end to end."},
        "actions": [
            {"owner": "Omar Haddad", "action": "add an owner label to all alerts on the "
                                               "logging cluster", "due": "next Wednesday"},
            {"owner": "Sofia Lind", "action": "set up per-team quotas on log-store",
             "due": "this sprint"},
        ],
    },
}

# Second tuning round (issue 11): cue wording the first four sessions do not use, a
# participant who drifts ahead, and a return to an earlier step.
SESSIONS["tune_bakery_waste"] = {
    "title": "Problem-solving jam: end-of-day bread waste at the market stalls",
    "format": "problem-solving jam", "date": "2026-10-06", "start_time": "16:00",
    "facilitator": "Ines Moreau",
    "cases": [{"case_id": "B-310", "title": "A third of the sourdough goes unsold on weekdays",
               "problem": "The three market stalls throw away about a third of the sourdough "
                          "baked for weekdays.",
               "context": "Bake quantities are set once a season from weekend sales.",
               "tried": "Discounting after 5pm.", "outcome": "Waste fell a little, margin fell "
               "more.", "submitted_by": "Karim Said", "team": "Market stalls",
               "submitted_on": "2026-09-29"}],
    "cues": [
        ("Ines Moreau", "other", "Hello hello, give it a second for people to join."),
        ("Karim Said", "other", "I'm here."),
        ("Ines Moreau", "present", "Karim, can you give us the background on the sourdough "
         "problem?"),
        ("Karim Said", "present", "Sure. On weekdays we throw away about a third of the "
         "sourdough at the three market stalls."),
        ("Karim Said", "present", "The bake quantities are set once a season, and they were "
         "set from weekend sales."),
        ("Lena Vogt", "present", "Yeah."),
        ("Karim Said", "present", "We tried discounting after five, and waste fell a bit but "
         "the margin fell more."),
        ("Ines Moreau", "breakdown", "Okay, let's unpack that. How did we end up baking for a "
         "Saturday on a Tuesday?"),
        ("Lena Vogt", "breakdown", "Nobody owns the weekday numbers. The head baker plans "
         "once in spring and the stalls just take what arrives."),
        ("Karim Said", "breakdown", "And the stall staff see the leftovers but they never "
         "send the counts back to the bakery."),
        ("Lena Vogt", "breakdown", "So the bakery never learns, it keeps baking the same "
         "amount every week."),
        ("Ines Moreau", "pattern", "What's the bigger lesson here, beyond bread?"),
        ("Lena Vogt", "pattern", "I'd say plans made once drift away from demand unless the "
         "people who see the leftovers feed the numbers back every week."),
        ("Karim Said", "breakdown", "Sorry, going back to what happened for a second, the "
         "stall tablets can't even record leftovers, there's no field for it."),
        ("Ines Moreau", "pattern", "Good point. So the lesson is a weekly feedback loop from "
         "the stalls to the baker."),
        ("Ines Moreau", "applies", "Who else could use this?"),
        ("Lena Vogt", "applies", "The cafe has the same thing with pastries, and the "
         "catering side too."),
        ("Karim Said", "applies", "Not for the wedding cakes though, those are made to "
         "order."),
        ("Ines Moreau", "capture", "Let's get this down. For the playbook: stalls send "
         "leftover counts to the baker every Friday and the weekday bake is reset from them."),
        ("Ines Moreau", "capture", "Karim, can you add a leftovers field to the stall tablets "
         "by next Wednesday?"),
        ("Karim Said", "capture", "Yes, I'll add it by Wednesday."),
        ("Lena Vogt", "capture", "I'll set up the Friday count sheet with the head baker."),
        ("Ines Moreau", "other", "Great, thanks both, bye for now."),
    ],
    "recap": [
        ("The three market stalls throw away about a third of the weekday sourdough; "
         "discounting after five cut margin more than waste.", [3, 4, 6]),
        ("Nobody owns the weekday numbers, stall staff never send leftover counts back, and "
         "the tablets cannot record them.", [8, 9, 10, 13]),
        ("Plans made once drift from demand unless the people who see the leftovers feed the "
         "numbers back every week.", [12, 14]),
        ("It applies to the cafe's pastries and to catering, not to wedding cakes made to "
         "order.", [16, 17]),
        ("Stalls send leftover counts every Friday; Karim adds a leftovers field to the "
         "tablets by Wednesday and Lena sets up the count sheet.", [18, 19, 20, 21]),
    ],
    "pattern": {"name": "Feed leftover counts back to the baker weekly",
                "problem": "Bake quantities set once a season drift from weekday demand.",
                "what_to_do": "Stalls send leftover counts every Friday and the weekday "
                              "bake is reset from them.",
                "applies_when": "Any product made ahead in fixed quantities, such as "
                                "pastries or catering.",
                "does_not_apply_when": "Made-to-order products such as wedding cakes."},
    "actions": [
        {"owner": "Karim Said", "action": "add a leftovers field to the stall tablets",
         "due": "by next Wednesday"},
        {"owner": "Lena Vogt", "action": "set up the Friday count sheet with the head baker",
         "due": None},
    ],
}

SESSIONS["tune_library_outreach"] = {
    "title": "Office hours: teen workshops nobody signs up for",
    "format": "office hours", "date": "2026-10-13", "start_time": "11:00",
    "facilitator": "Arjun Mehta",
    "cases": [{"case_id": "L-045", "title": "Teen coding workshops get two sign-ups",
               "problem": "The branch library's teen coding workshops get two sign-ups a "
                          "month.",
               "context": "Workshops run on weekday mornings and are advertised on the "
                          "library website.",
               "tried": "Posters in the library.", "outcome": "No change.",
               "submitted_by": "Maya Lindqvist", "team": "Branch libraries",
               "submitted_on": "2026-10-05"}],
    "cues": [
        ("Arjun Mehta", "other", "Morning, we're recording. We've got one case today."),
        ("Arjun Mehta", "present", "Maya, what's the situation with the teen workshops?"),
        ("Maya Lindqvist", "present", "Our teen coding workshops get about two sign-ups a "
         "month, and we have room for sixteen."),
        ("Maya Lindqvist", "present", "They run on weekday mornings and we advertise them on "
         "the library website and with posters inside the library."),
        ("Arjun Mehta", "breakdown", "And why do you think it isn't landing? What did you "
         "find when you looked into it?"),
        ("Maya Lindqvist", "breakdown", "Weekday mornings are school hours, so the teens "
         "who would come are in class."),
        ("Sam Okoro", "breakdown", "And teens don't read the library website. The posters "
         "only reach people already in the building."),
        ("Maya Lindqvist", "breakdown", "We picked the time because the room was free, not "
         "because anyone asked the teens."),
        ("Sam Okoro", "pattern", "My takeaway here is to ask the audience when and where "
         "before you schedule anything."),
        ("Arjun Mehta", "pattern", "What would you tell another branch to do differently?"),
        ("Maya Lindqvist", "pattern", "Run a two-question poll in the schools first, best "
         "day and best channel, and book the room after."),
        ("Arjun Mehta", "applies", "Is there anywhere this wouldn't work?"),
        ("Sam Okoro", "applies", "It wouldn't apply to the toddler rhyme time, the parents "
         "already tell us at the desk."),
        ("Maya Lindqvist", "applies", "It would also work for the job-seeker sessions, "
         "same problem with timing."),
        ("Arjun Mehta", "capture", "So, next steps? Who takes what?"),
        ("Maya Lindqvist", "capture", "I'll send the two-question poll to the two secondary "
         "schools this week."),
        ("Sam Okoro", "capture", "And I'll write it up for the pattern library once we have "
         "the results."),
        ("Arjun Mehta", "other", "Perfect, that's all for today. Take care."),
    ],
    "recap": [
        ("The branch's teen coding workshops get about two sign-ups a month for sixteen "
         "places; they run on weekday mornings and are advertised online and on posters.",
         [2, 3]),
        ("Weekday mornings are school hours, teens do not read the library website, and the "
         "time was picked because the room was free.", [5, 6, 7]),
        ("Ask the audience when and where before scheduling: a two-question poll in the "
         "schools first, then book the room.", [8, 10]),
        ("It also works for the job-seeker sessions, not for toddler rhyme time.", [12, 13]),
        ("Maya sends the poll to two secondary schools this week; Sam writes it up for the "
         "pattern library after the results.", [15, 16]),
    ],
    "pattern": {"name": "Poll the audience before scheduling a session",
                "problem": "Sessions scheduled around room availability miss their audience.",
                "what_to_do": "Run a two-question poll (best day, best channel) and book the "
                              "room afterwards.",
                "applies_when": "Programmes for a group whose schedule differs from staff's, "
                                "such as teens or job seekers.",
                "does_not_apply_when": "Audiences who already tell staff directly, such as "
                                       "parents at rhyme time."},
    "actions": [
        {"owner": "Maya Lindqvist", "action": "send the two-question poll to the two "
                                              "secondary schools", "due": "this week"},
        {"owner": "Sam Okoro", "action": "write it up for the pattern library",
         "due": "once we have the results"},
    ],
}

# Added in session 8 for the sequence step assignment, before it was written: facilitators
# who word every step their own way, a participant who drifts ahead, a step that returns,
# and an ordinary meeting that does not follow the script.
SESSIONS["tune_garage_comebacks"] = {
    "title": "Problem-solving jam: cars coming back after brake jobs",
    "format": "problem-solving jam", "date": "2026-11-21", "start_time": "17:30",
    "facilitator": "Rhys Morgan",
    "cases": [{"case_id": "G-44", "title": "Brake jobs returning within a month",
               "problem": "One brake job in ten comes back within a month with a squeal or "
                          "a soft pedal.",
               "context": "Independent garage, four mechanics, two bays for brakes.",
               "tried": "A road test after every brake job.",
               "outcome": "Road tests were skipped on busy days.",
               "submitted_by": "Aisha Bello", "team": "Workshop",
               "submitted_on": "2026-11-14"}],
    "cues": [
        ("Rhys Morgan", "other", "Evening both, grab a tea if you haven't."),
        ("Aisha Bello", "other", "Got one, cheers."),
        ("Rhys Morgan", "present", "Aisha, you sent in the brake comebacks. Go for it."),
        ("Aisha Bello", "present", "So about one brake job in ten comes back inside a month, "
         "squealing or with a soft pedal, and we redo it for free."),
        ("Aisha Bello", "present", "We started road testing every car after a brake job, "
         "but on a busy Friday nobody has twenty minutes for a drive."),
        ("Rhys Morgan", "breakdown", "What do the cars that come back have in common?"),
        ("Aisha Bello", "breakdown", "Nearly all of them were done late in the day, by "
         "whoever was free, and the bleed was done by one person pumping and watching at "
         "the same time."),
        ("Tom Fischer", "breakdown", "And the torque wrench lives in the other bay, so "
         "people go by feel on the caliper bolts when they're rushed."),
        ("Tom Fischer", "pattern", "Honestly I think the fix isn't more testing at the end, "
         "it's making the critical steps impossible to skip while you do the job."),
        ("Rhys Morgan", "pattern", "Say more, what does that look like in a sentence?"),
        ("Tom Fischer", "pattern", "Put the tool and the second pair of hands where the "
         "risky step happens, instead of checking afterwards."),
        ("Aisha Bello", "breakdown", "Oh, and the comebacks were never logged against who "
         "did the job, so nobody noticed it was always the late shift."),
        ("Rhys Morgan", "applies", "Would the same thinking help with the tyre fitting or "
         "the clutch work?"),
        ("Tom Fischer", "applies", "Wheel nuts, definitely, same torque problem. Oil "
         "changes no, nothing there is that critical."),
        ("Rhys Morgan", "capture", "Okay, let's get that down so the other branches see "
         "it: tool at the bay, two people for the bleed, and log comebacks by mechanic."),
        ("Tom Fischer", "capture", "I'll buy a second torque wrench for bay two this week."),
        ("Aisha Bello", "capture", "And I'll add a mechanic column to the comeback log by "
         "Monday."),
        ("Rhys Morgan", "other", "Brilliant, thanks both, see you next month."),
    ],
    "recap": [
        ("One brake job in ten comes back within a month, and road tests get skipped on busy "
         "days.", [3, 4]),
        ("Returns were late-day jobs with a one-person bleed and caliper bolts done by feel "
         "because the torque wrench was in the other bay; comebacks were never logged by "
         "mechanic.", [6, 7, 11]),
        ("Put the tool and a second pair of hands where the risky step happens instead of "
         "checking afterwards.", [8, 10]),
        ("It fits wheel nuts, not oil changes.", [13]),
        ("The note is a tool at the bay, two people for the bleed and comebacks logged by "
         "mechanic; Tom buys a torque wrench and Aisha adds a mechanic column.",
         [14, 15, 16]),
    ],
    "pattern": {"name": "Put the tool where the risky step happens",
                "problem": "Critical steps are skipped under time pressure and a final "
                           "check gets dropped too.",
                "what_to_do": "Put the tool and a second pair of hands at the risky step "
                              "instead of checking afterwards.",
                "applies_when": "Safety-critical steps done under time pressure, such as "
                                "wheel nuts.",
                "does_not_apply_when": "Routine jobs with nothing critical, such as oil "
                                       "changes."},
    "actions": [
        {"owner": "Tom Fischer", "action": "buy a second torque wrench for bay two",
         "due": "this week"},
        {"owner": "Aisha Bello", "action": "add a mechanic column to the comeback log",
         "due": "by Monday"},
    ],
}
SESSIONS["tune_newsroom_corrections"] = {
    "title": "Office hours: corrections that reach readers days late",
    "format": "office hours", "date": "2026-11-22", "start_time": "15:00",
    "facilitator": "Elena Petrova",
    "cases": [{"case_id": "N-9", "title": "Corrections published days after the error",
               "problem": "Corrections to online stories take three days on average.",
               "context": "Regional newsroom, web and print desks.",
               "tried": "A corrections email address.",
               "outcome": "The inbox is read once a week.",
               "submitted_by": "Jakub Nowak", "team": "Web desk",
               "submitted_on": "2026-11-15"}],
    "cues": [
        ("Elena Petrova", "other", "Hello, hello. Jakub, Marta, can you hear me okay?"),
        ("Marta Silva", "other", "Yes, fine."),
        ("Jakub Nowak", "present", "Shall I just start? Our corrections take three days on "
         "average to appear on a story, and by then the wrong version has been shared "
         "thousands of times."),
        ("Jakub Nowak", "present", "We set up a corrections address, but it's read once a "
         "week."),
        ("Elena Petrova", "breakdown", "Where does a reader's complaint go, from the moment "
         "they send it?"),
        ("Jakub Nowak", "breakdown", "Into that inbox, then the desk editor forwards it to "
         "the reporter, who checks, and then it waits for the print editor to agree the "
         "wording."),
        ("Marta Silva", "breakdown", "The print editor only signs off on Thursdays, because "
         "that's when the weekly edition closes."),
        ("Elena Petrova", "pattern", "So what would you tell another newsroom, if they "
         "asked you tomorrow?"),
        ("Marta Silva", "pattern", "Don't tie the fast channel to the slow channel's "
         "approval. The web fix goes out as soon as the reporter confirms, print follows."),
        ("Elena Petrova", "applies", "Are there other things that wait on print like that?"),
        ("Jakub Nowak", "applies", "Updates to live stories do, yes. Obituaries are "
         "different, the family has to approve those anyway."),
        ("Marta Silva", "capture", "I'd like it in our guidelines: web corrections go live "
         "on the reporter's confirmation, print picks them up on Thursday."),
        ("Elena Petrova", "capture", "Agreed. Who's taking that on?"),
        ("Marta Silva", "capture", "I'll draft the guideline change by Friday."),
        ("Jakub Nowak", "capture", "And I'll route the corrections address to the duty "
         "editor's phone tomorrow."),
        ("Elena Petrova", "other", "Lovely. Take care, both."),
    ],
    "recap": [
        ("Corrections take three days to appear online, and the corrections inbox is read "
         "once a week.", [2, 3]),
        ("Complaints pass from the inbox to the desk editor and reporter, then wait for the "
         "print editor, who signs off only on Thursdays.", [5, 6]),
        ("Do not tie the fast channel to the slow channel's approval: the web fix goes out "
         "on the reporter's confirmation.", [8]),
        ("It fits updates to live stories, not obituaries, which families approve.", [10]),
        ("The guidelines get web corrections on confirmation; Marta drafts the change and "
         "Jakub routes the address to the duty editor.", [11, 13, 14]),
    ],
    "pattern": {"name": "Do not tie the fast channel to slow approval",
                "problem": "Web corrections wait for the weekly print sign-off.",
                "what_to_do": "Publish the web correction once the reporter confirms and "
                              "let print follow.",
                "applies_when": "Fast channels waiting on a slower channel, such as live "
                                "story updates.",
                "does_not_apply_when": "Content that needs outside approval anyway, such as "
                                       "obituaries."},
    "actions": [
        {"owner": "Marta Silva", "action": "draft the guideline change", "due": "by Friday"},
        {"owner": "Jakub Nowak", "action": "route the corrections address to the duty "
         "editor's phone", "due": "tomorrow"},
    ],
}
SESSIONS["tune_choir_committee_meeting"] = {
    "title": "Office hours: spring concert committee",
    "format": "office hours", "date": "2026-11-23", "start_time": "19:00",
    "facilitator": "Gwen Harris",
    "cases": [],
    "cues": [
        ("Gwen Harris", "other", "Hi all, thanks for joining, let's run through the spring "
         "concert."),
        ("Olu Adebayo", "other", "Evening."),
        ("Gwen Harris", "other", "Venue first. Olu, what happened with the church hall "
         "booking?"),
        ("Olu Adebayo", "other", "It's confirmed for the twelfth of April, but we only get "
         "the hall from four, so the rehearsal has to be short."),
        ("Gwen Harris", "other", "Fine. Tickets?"),
        ("Priti Shah", "other", "The ticket page goes live on Monday, and we kept the price "
         "at twelve pounds, eight for students."),
        ("Olu Adebayo", "other", "Why did the printer quote go up, by the way?"),
        ("Priti Shah", "other", "Paper costs, apparently. I'll ask the other print shop for "
         "a quote before Friday."),
        ("Gwen Harris", "other", "And the programme, we still need the soloists' bios."),
        ("Olu Adebayo", "other", "I'll chase the soloists for their bios this week."),
        ("Gwen Harris", "other", "Great. Anything else? No? Then that's it, bye all."),
    ],
    "recap": [
        ("The committee went through the spring concert: venue, tickets, printing and the "
         "programme.", [0, 2, 4, 8]),
        ("The church hall is confirmed for 12 April, from four, so the rehearsal is short.",
         [3]),
        ("The ticket page goes live on Monday at twelve pounds, eight for students.", [5]),
        ("The printer's quote went up with paper costs; Priti asks another shop for a "
         "quote.", [6, 7]),
        ("The programme still needs the soloists' bios; Olu chases them this week.", [8, 9]),
    ],
    "pattern": {"name": "Get a second print quote",
                "problem": "The printer's quote went up.",
                "what_to_do": "Ask another print shop for a quote.",
                "applies_when": "Printing for concerts.",
                "does_not_apply_when": None},
    "actions": [
        {"owner": "Priti Shah", "action": "ask the other print shop for a quote",
         "due": "before Friday"},
        {"owner": "Olu Adebayo", "action": "chase the soloists for their bios",
         "due": "this week"},
    ],
}
SESSIONS["tune_bike_repairs_short"] = {
    "title": "Office hours: bikes waiting for parts",
    "format": "office hours", "date": "2026-11-24", "start_time": "12:30",
    "facilitator": "Leon Braun",
    "cases": [{"case_id": "BK-2", "title": "Repairs stuck waiting for parts",
               "problem": "Half the bikes in the shop wait more than a week for a part.",
               "context": "Community bike workshop run by volunteers.",
               "tried": "Ordering parts on the day the bike comes in.",
               "outcome": "Parts still took a week to arrive.",
               "submitted_by": "Zofia Wrobel", "team": "Workshop",
               "submitted_on": "2026-11-18"}],
    "cues": [
        ("Leon Braun", "other", "Hiya. Just the two of us today, so let's keep it short."),
        ("Zofia Wrobel", "present", "Half the bikes in the workshop sit for more than a week "
         "waiting for one part, usually a chain or brake pads."),
        ("Leon Braun", "breakdown", "Where does the week go?"),
        ("Zofia Wrobel", "breakdown", "We only order when the bike is on the stand, and the "
         "wholesaler delivers once a week, on Fridays."),
        ("Leon Braun", "pattern", "What would you tell a new workshop, in one line?"),
        ("Zofia Wrobel", "pattern", "Keep the ten parts you use most on the shelf, and order "
         "them back as soon as one goes."),
        ("Leon Braun", "applies", "Any part where that's a bad idea?"),
        ("Zofia Wrobel", "applies", "Wheels and frames, they're too big and too varied to "
         "keep in stock."),
        ("Leon Braun", "capture", "Fine. Can you make the list of the ten parts?"),
        ("Zofia Wrobel", "capture", "Yes, I'll make the list by Saturday."),
        ("Leon Braun", "other", "Cheers, see you."),
    ],
    "recap": [
        ("Half the bikes wait more than a week for a part, usually a chain or brake pads.",
         [1]),
        ("Parts are ordered only when the bike is on the stand, and the wholesaler delivers "
         "on Fridays.", [3]),
        ("Keep the ten most used parts on the shelf and reorder as soon as one goes.", [5]),
        ("Not for wheels and frames, which are too big and varied to stock.", [7]),
        ("Zofia makes the list of the ten parts by Saturday.", [8, 9]),
    ],
    "pattern": {"name": "Keep the most used parts on the shelf",
                "problem": "Repairs wait a week for common parts.",
                "what_to_do": "Stock the ten most used parts and reorder as soon as one "
                              "goes.",
                "applies_when": "Small, common parts.",
                "does_not_apply_when": "Bulky or varied parts such as wheels and frames."},
    "actions": [
        {"owner": "Zofia Wrobel", "action": "make the list of the ten parts",
         "due": "by Saturday"},
    ],
}
SESSIONS["tune_print_queue_short"] = {
    "title": "Office hours: the print room queue",
    "format": "office hours", "date": "2026-11-25", "start_time": "13:00",
    "facilitator": "Chidi Okeke",
    "cases": [{"case_id": "PR-5", "title": "Print jobs lost in the queue",
               "problem": "Urgent print jobs wait behind large batch jobs.",
               "context": "University print room, two machines.",
               "tried": "Asking people to mark jobs urgent.",
               "outcome": "Everything was marked urgent.",
               "submitted_by": "Hedda Berg", "team": "Print room",
               "submitted_on": "2026-11-19"}],
    "cues": [
        ("Chidi Okeke", "other", "Afternoon Hedda, afternoon Tariq."),
        ("Chidi Okeke", "present", "Hedda, yours first."),
        ("Hedda Berg", "present", "Exam papers keep getting stuck behind thousand-page "
         "course packs, and last week one arrived twenty minutes before the exam."),
        ("Hedda Berg", "present", "We let people tick an urgent box, and now everything is "
         "ticked urgent."),
        ("Chidi Okeke", "breakdown", "So how does the queue decide what prints next?"),
        ("Tariq Aziz", "breakdown", "First come, first served, on both machines, and "
         "nobody can move a job once it's in."),
        ("Tariq Aziz", "pattern", "I'd say keep one machine for short jobs only, then "
         "nothing small ever waits behind something huge."),
        ("Chidi Okeke", "applies", "Would the copy shop downstairs want the same?"),
        ("Hedda Berg", "applies", "They only do walk-in jobs, so no, their queue is short "
         "anyway."),
        ("Chidi Okeke", "capture", "Right, who sets it up?"),
        ("Tariq Aziz", "capture", "I'll split the machines by job size on Monday."),
        ("Chidi Okeke", "other", "Thanks, both."),
    ],
    "recap": [
        ("Exam papers get stuck behind course packs, and the urgent box is ticked for "
         "everything.", [2, 3]),
        ("The queue is first come, first served on both machines, and jobs cannot be "
         "moved.", [5]),
        ("Keep one machine for short jobs so nothing small waits behind something huge.",
         [6]),
        ("Not for the walk-in copy shop, whose queue is short anyway.", [8]),
        ("Tariq splits the machines by job size on Monday.", [9, 10]),
    ],
    "pattern": {"name": "Keep a lane for short jobs",
                "problem": "Short urgent jobs wait behind long batch jobs.",
                "what_to_do": "Keep one machine for short jobs only.",
                "applies_when": "Shared queues with a mix of long and short jobs.",
                "does_not_apply_when": "Walk-in queues that are short anyway."},
    "actions": [
        {"owner": "Tariq Aziz", "action": "split the machines by job size",
         "due": "on Monday"},
    ],
}
SESSIONS["tune_lab_standup_meeting"] = {
    "title": "Office hours: weekly lab stand-up",
    "format": "office hours", "date": "2026-11-26", "start_time": "09:30",
    "facilitator": "Anika Roy",
    "cases": [],
    "cues": [
        ("Anika Roy", "other", "Morning, quick round, what's everyone on?"),
        ("Ben Ito", "other", "Still running the stability samples, week three of six."),
        ("Anika Roy", "other", "Any problems with the chamber?"),
        ("Ben Ito", "other", "It tripped once on Sunday, the logger shows it was off for an "
         "hour, I've noted it."),
        ("Carla Ruiz", "other", "I'm writing up the calibration report, it should be done "
         "by Thursday."),
        ("Anika Roy", "other", "Good. Why did the solvent order get cancelled?"),
        ("Carla Ruiz", "other", "The supplier changed the catalogue number, I'll reorder it "
         "today."),
        ("Anika Roy", "other", "Okay, thanks all."),
    ],
    "recap": [
        ("The weekly stand-up covered the stability samples, the calibration report and the "
         "solvent order.", [1, 4, 5]),
        ("Stability samples are in week three of six.", [1]),
        ("The chamber tripped once on Sunday and was off for an hour; it is noted.", [3]),
        ("The calibration report should be done by Thursday.", [4]),
        ("The solvent order was cancelled after a catalogue change; Carla reorders today.",
         [5, 6]),
    ],
    "pattern": {"name": "Check catalogue numbers before ordering",
                "problem": "An order was cancelled after a catalogue change.",
                "what_to_do": "Check the catalogue number when reordering.",
                "applies_when": "Repeat orders.",
                "does_not_apply_when": None},
    "actions": [
        {"owner": "Carla Ruiz", "action": "reorder the solvent", "due": "today"},
    ],
}
# Session 9 (pattern helper): the applies step with a negation said in passing, a denial
# that there is any limit, a limit stated as "not worth it", and a limit given as a "no"
# answer; written to tune "does not apply when" on.
SESSIONS["tune_dental_reminders"] = {
    "title": "Office hours: missed dental check-ups",
    "format": "office hours", "date": "2026-12-01", "start_time": "08:30",
    "facilitator": "Nadia Rahman",
    "cases": [{"case_id": "DN-4", "title": "Patients miss their six-month check-up",
               "problem": "A quarter of booked check-ups are missed without notice.",
               "context": "Three-chair practice, bookings made six months ahead.",
               "tried": "A reminder letter a month before.",
               "outcome": "No change in missed appointments.",
               "submitted_by": "Owen Price", "team": "Reception",
               "submitted_on": "2026-11-25"}],
    "cues": [
        ("Nadia Rahman", "other", "Morning Owen, morning Beth."),
        ("Owen Price", "present", "About a quarter of our six-month check-ups are simply "
         "missed, nobody calls to cancel."),
        ("Owen Price", "present", "We send a letter a month before and it made no "
         "difference at all."),
        ("Nadia Rahman", "breakdown", "What happens between booking and the day?"),
        ("Beth Conway", "breakdown", "Nothing, really. The booking is made six months ahead "
         "and by then people have forgotten it or their shifts have changed."),
        ("Nadia Rahman", "pattern", "So what would you tell another practice?"),
        ("Beth Conway", "pattern", "Text the patient two days before and let them move the "
         "slot with one reply."),
        ("Nadia Rahman", "applies", "Where else could that help?"),
        ("Owen Price", "applies", "The hygienist appointments too, those patients never "
         "read the letters either."),
        ("Beth Conway", "applies", "And the orthodontic follow-ups, the parents don't keep "
         "the cards we give them."),
        ("Nadia Rahman", "capture", "Good. Owen, can you set up the two-day text by the "
         "end of next week?"),
        ("Owen Price", "capture", "Yes, I'll have it running by the end of next week."),
        ("Nadia Rahman", "other", "Thanks both."),
    ],
    "recap": [
        ("A quarter of six-month check-ups are missed without notice, and a reminder letter "
         "made no difference.", [1, 2]),
        ("Bookings are made six months ahead, so people forget them or their shifts "
         "change.", [4]),
        ("Text the patient two days before and let them move the slot with one reply.", [6]),
        ("The same applies to hygienist appointments and orthodontic follow-ups.", [8, 9]),
        ("Owen sets up the two-day text by the end of next week.", [10, 11]),
    ],
    "pattern": {"name": "Text a reminder two days before",
                "problem": "Appointments booked far ahead are forgotten.",
                "what_to_do": "Text the patient two days before and let them move the slot "
                              "with one reply.",
                "applies_when": "Appointments booked weeks or months ahead, such as "
                                "hygienist visits or orthodontic follow-ups.",
                "does_not_apply_when": None},
    "actions": [
        {"owner": "Owen Price", "action": "set up the two-day text",
         "due": "by the end of next week"},
    ],
}
SESSIONS["tune_costume_repairs"] = {
    "title": "Problem-solving jam: costumes not ready for the dress rehearsal",
    "format": "problem-solving jam", "date": "2026-12-02", "start_time": "14:00",
    "facilitator": "Ruth Adler",
    "cases": [{"case_id": "TC-8", "title": "Costume repairs pile up before dress rehearsal",
               "problem": "Repairs reported after each performance are found only on the "
                          "day of the next one.",
               "context": "Repertory theatre, four shows running in rotation.",
               "tried": "A repair book in the wardrobe room.",
               "outcome": "Actors rarely write in it.",
               "submitted_by": "Felix Gray", "team": "Wardrobe",
               "submitted_on": "2026-11-26"}],
    "cues": [
        ("Ruth Adler", "other", "Let's start, we have half an hour."),
        ("Ruth Adler", "present", "Felix, tell us about the costumes."),
        ("Felix Gray", "present", "Torn hems and lost buttons get reported on the day of "
         "the next performance, and we sew in a panic an hour before curtain."),
        ("Ruth Adler", "breakdown", "Why do they come in so late?"),
        ("Felix Gray", "breakdown", "There is a repair book in the wardrobe room, but the "
         "actors leave by the stage door and never pass it."),
        ("Ana Sousa", "breakdown", "So the damage is noticed at once and written down days "
         "later, if ever."),
        ("Ruth Adler", "pattern", "What is the general lesson here?"),
        ("Ana Sousa", "pattern", "Put the repair tag on the rail where the costume comes "
         "off, so the report happens at the moment the damage is seen."),
        ("Ruth Adler", "applies", "Would it work for the props as well?"),
        ("Felix Gray", "applies", "Props, yes, they come off stage the same way."),
        ("Ana Sousa", "applies", "For the hired costumes it's not worth it, the hire "
         "company checks and mends them on return anyway."),
        ("Ruth Adler", "capture", "Ana, can you hang tags on the rails before Thursday's "
         "show?"),
        ("Ana Sousa", "capture", "I will, before Thursday."),
        ("Ruth Adler", "other", "Thank you all."),
    ],
    "recap": [
        ("Costume damage is reported on the day of the next show, and repairs are done in a "
         "panic before curtain.", [2]),
        ("The repair book is in the wardrobe room, which actors never pass, so damage is "
         "written down days late.", [4, 5]),
        ("Put the repair tag on the rail where the costume comes off, so damage is reported "
         "when it is seen.", [7]),
        ("It works for props too, but not for hired costumes, which the hire company "
         "mends.", [9, 10]),
        ("Ana hangs tags on the rails before Thursday's show.", [11, 12]),
    ],
    "pattern": {"name": "Report damage where the item comes off",
                "problem": "Damage is noticed at once but reported days later.",
                "what_to_do": "Put the repair tag on the rail where the costume comes off.",
                "applies_when": "Items that come back after each use, such as costumes or "
                                "props.",
                "does_not_apply_when": "Hired items the owner checks and mends on return."},
    "actions": [
        {"owner": "Ana Sousa", "action": "hang tags on the rails",
         "due": "before Thursday's show"},
    ],
}
SESSIONS["tune_courier_depot"] = {
    "title": "Office hours: parcels loaded on the wrong van",
    "format": "office hours", "date": "2026-12-03", "start_time": "06:45",
    "facilitator": "Gary Holt",
    "cases": [{"case_id": "CD-3", "title": "Parcels loaded on the wrong van",
               "problem": "About thirty parcels a day go out on the wrong van.",
               "context": "Regional courier depot, twelve vans, loading from 5am.",
               "tried": "A second person checking the vans before departure.",
               "outcome": "Checks were skipped when loading ran late.",
               "submitted_by": "Irina Popescu", "team": "Loading",
               "submitted_on": "2026-11-27"}],
    "cues": [
        ("Gary Holt", "other", "Right, let's get going before the vans do."),
        ("Irina Popescu", "present", "Every day about thirty parcels leave on the wrong "
         "van and come back the next morning."),
        ("Gary Holt", "breakdown", "Walk me through the loading."),
        ("Irina Popescu", "breakdown", "The route number is printed small on the label, and "
         "at five in the morning the loaders read it from a metre away."),
        ("Marek Novak", "breakdown", "The final check before the vans leave gets skipped "
         "whenever loading runs late, which is most days."),
        ("Gary Holt", "pattern", "What's the one thing to take away?"),
        ("Marek Novak", "pattern", "Colour the label by route, so a wrong parcel stands out "
         "on the shelf before it is loaded."),
        ("Gary Holt", "applies", "Is there anywhere this wouldn't work?"),
        ("Irina Popescu", "applies", "Not that I can think of, every van runs fixed routes."),
        ("Marek Novak", "applies", "It would help the returns cage too, I'm not sure why "
         "we never did it there."),
        ("Gary Holt", "capture", "Marek, can you order coloured labels this week?"),
        ("Marek Novak", "capture", "Yes, I'll order them this week."),
        ("Gary Holt", "other", "Cheers."),
    ],
    "recap": [
        ("About thirty parcels a day leave on the wrong van.", [1]),
        ("The route number is printed small, and the final check is skipped when loading "
         "runs late.", [3, 4]),
        ("Colour the label by route so a wrong parcel stands out before loading.", [6]),
        ("No limit was found; the returns cage could use it too.", [8, 9]),
        ("Marek orders coloured labels this week.", [10, 11]),
    ],
    "pattern": {"name": "Colour labels by route",
                "problem": "Parcels are loaded on the wrong van when labels are hard to "
                           "read.",
                "what_to_do": "Colour the label by route so a wrong parcel stands out "
                              "before loading.",
                "applies_when": "Sorting into fixed routes or areas, such as vans or the "
                                "returns cage.",
                "does_not_apply_when": None},
    "actions": [
        {"owner": "Marek Novak", "action": "order coloured labels", "due": "this week"},
    ],
}
SESSIONS["tune_canteen_allergens"] = {
    "title": "Problem-solving jam: allergen questions at the canteen till",
    "format": "problem-solving jam", "date": "2026-12-04", "start_time": "11:00",
    "facilitator": "Helen Marsh",
    "cases": [{"case_id": "SC-6", "title": "Allergen questions hold up the lunch queue",
               "problem": "Staff at the till cannot answer allergen questions, so pupils "
                          "wait while someone asks the kitchen.",
               "context": "Secondary school canteen, 600 lunches a day.",
               "tried": "A printed allergen folder at the till.",
               "outcome": "Nobody finds the right page in time.",
               "submitted_by": "Kwame Boateng", "team": "Catering",
               "submitted_on": "2026-11-28"}],
    "cues": [
        ("Helen Marsh", "other", "Hello everyone, thanks for coming."),
        ("Helen Marsh", "present", "Kwame, over to you."),
        ("Kwame Boateng", "present", "When a pupil asks what is in a dish, the till staff "
         "have to go and ask the kitchen, and the whole queue stops."),
        ("Helen Marsh", "breakdown", "And the folder you put at the till?"),
        ("Kwame Boateng", "breakdown", "It's forty pages, sorted by supplier, and the menu "
         "changes every week."),
        ("Lucy Ward", "breakdown", "So the answer exists, it's just not where the question "
         "is asked."),
        ("Helen Marsh", "pattern", "How would you put that for the playbook?"),
        ("Lucy Ward", "pattern", "Put the allergens on the dish label itself, written when "
         "the dish is made."),
        ("Helen Marsh", "applies", "Would the staff café upstairs want the same?"),
        ("Kwame Boateng", "applies", "No, they only sell packaged sandwiches, the labels "
         "already list everything."),
        ("Lucy Ward", "applies", "The sixth-form snack bar would, they make food on site "
         "too."),
        ("Helen Marsh", "capture", "Lucy, can you draft the label template by Monday?"),
        ("Lucy Ward", "capture", "Sure, by Monday."),
        ("Helen Marsh", "other", "Great, thanks."),
    ],
    "recap": [
        ("Till staff cannot answer allergen questions, so the queue stops while they ask "
         "the kitchen.", [2]),
        ("The allergen folder is forty pages sorted by supplier and the menu changes weekly, "
         "so the answer is not where the question is asked.", [4, 5]),
        ("Put the allergens on the dish label itself, written when the dish is made.", [7]),
        ("The sixth-form snack bar could use it; the staff café sells packaged food that is "
         "already labelled.", [9, 10]),
        ("Lucy drafts the label template by Monday.", [11, 12]),
    ],
    "pattern": {"name": "Label allergens on the dish itself",
                "problem": "The allergen answer is not where the question is asked.",
                "what_to_do": "Put the allergens on the dish label, written when the dish "
                              "is made.",
                "applies_when": "Food made on site, such as a snack bar.",
                "does_not_apply_when": "Packaged food whose labels already list "
                                       "allergens."},
    "actions": [
        {"owner": "Lucy Ward", "action": "draft the label template", "due": "by Monday"},
    ],
}
