"""More tuning sessions, written in session 9 to exercise failure modes of the step
assignment suspected from how facilitators really talk (kept for tuning: ``tune_*``):
cues said in words no cue list holds, a participant jumping ahead to the pattern while the
breakdown is still going, a step coming back after a later one, a very short session with
no greeting and no stock phrase, a show-and-tell opening with screen-sharing chatter, and
an ordinary meeting whose words sound like the script's ("the problem is", "what we
learned", "let's note that") but which never follows it."""

SESSIONS = {
    "tune_salon_rebookings_short": {
        "title": "Office hours: clients who never rebook",
        "format": "office hours", "date": "2026-11-20", "start_time": "10:00",
        "facilitator": "Bea Lindgren",
        "cases": [{"case_id": "HS-2", "title": "Clients do not book their next cut",
                   "problem": "Half of first-time clients never come back for a second "
                              "appointment.",
                   "context": "Two-chair hair salon, online booking.",
                   "tried": "A discount code by email a month later.",
                   "outcome": "Hardly anyone used the code.",
                   "submitted_by": "Tariq Hassan", "team": "Front desk",
                   "submitted_on": "2026-11-18"}],
        "cues": [
            ("Tariq Hassan", "present", "So half our first-timers never come back, and the "
             "discount code we email a month later gets used by almost nobody."),
            ("Bea Lindgren", "breakdown", "When does the client decide whether they come "
             "back? Is it at the till, or at home weeks later?"),
            ("Tariq Hassan", "breakdown", "At the till, really. They pay, we say see you "
             "soon, and by the time the email lands they've gone somewhere nearer work."),
            ("Mira Kovac", "pattern", "So ask for the next booking while they're still in "
             "the chair, not a month later by email."),
            ("Bea Lindgren", "applies", "Is that for every client, or only the new ones?"),
            ("Tariq Hassan", "applies", "Colour clients already book ahead because the "
             "timing matters to them. It's the cuts."),
            ("Bea Lindgren", "capture", "Tariq, want to try it for a month and tell us the "
             "numbers?"),
            ("Tariq Hassan", "capture", "Yes, I'll start Monday and report back at the end "
             "of January."),
        ],
        "recap": [
            ("Half of first-time clients never come back, and an emailed discount code is "
             "hardly used.", [0]),
            ("Clients decide at the till, and by the time the email arrives they have gone "
             "elsewhere.", [1, 2]),
            ("Ask for the next booking while the client is still in the chair.", [3]),
            ("It is for cuts, not colour clients who already book ahead.", [4, 5]),
            ("Tariq tries it for a month from Monday and reports back at the end of "
             "January.", [6, 7]),
        ],
        "pattern": {"name": "Book the next visit in the chair",
                    "problem": "First-time clients do not come back.",
                    "what_to_do": "Ask for the next booking while the client is still in "
                                  "the chair.",
                    "applies_when": "Clients who do not already book ahead.",
                    "does_not_apply_when": "Colour clients who already book ahead."},
        "actions": [
            {"owner": "Tariq Hassan", "action": "try booking in the chair for a month and "
             "report the numbers", "due": "end of January"},
        ],
    },
    "tune_recycling_contamination": {
        "title": "Problem-solving jam: contaminated loads at the sorting plant",
        "format": "problem-solving jam", "date": "2026-11-21", "start_time": "13:30",
        "facilitator": "Gustavo Pereira",
        "cases": [{"case_id": "RC-7", "title": "Whole loads rejected for contamination",
                   "problem": "One paper load in six is rejected by the mill for "
                              "contamination.",
                   "context": "Municipal recycling plant, kerbside collection, two lines.",
                   "tried": "Extra pickers on the paper line.",
                   "outcome": "Rejections unchanged.",
                   "submitted_by": "Ilse de Vries", "team": "Sorting line",
                   "submitted_on": "2026-11-15"}],
        "cues": [
            ("Gustavo Pereira", "other", "Hello hello. Ilse, I think you've got the paper "
             "one?"),
            ("Ilse de Vries", "present", "Yes. One paper bale in six comes back from the mill "
             "as contaminated, and each rejected load costs us the haulage twice plus a "
             "fine."),
            ("Ilse de Vries", "present", "We put two more pickers on the paper line in "
             "October and the rejections didn't move at all."),
            ("Gustavo Pereira", "breakdown", "Paint me the picture. What's in the bales the "
             "mill sends back?"),
            ("Ilse de Vries", "breakdown", "Mostly greasy pizza boxes and shredded paper in "
             "plastic bags. The pickers can't see inside the bags at that belt speed."),
            ("Kenji Mori", "breakdown", "And the bags come from two routes, the ones with "
             "the new flats, where the leaflet never went out."),
            ("Kenji Mori", "pattern", "Honestly, you can't pick your way out of it at the "
             "plant. It has to be stopped at the kerb."),
            ("Gustavo Pereira", "breakdown", "Let's not jump yet. Ilse, does the crew on "
             "those routes see what goes in the truck?"),
            ("Ilse de Vries", "breakdown", "They could, they tip the bins by hand there, but "
             "nobody's told them to look or what to do if they see it."),
            ("Gustavo Pereira", "pattern", "Right, now Kenji's point. Boil it down for us, "
             "what would you tell another plant?"),
            ("Kenji Mori", "pattern", "Catch contamination where it's put in, not where "
             "it's sorted: the collection crew tags a bad bin and leaves it, with a note "
             "saying why."),
            ("Gustavo Pereira", "applies", "Who else is fighting this? Does it carry over "
             "to glass?"),
            ("Ilse de Vries", "applies", "Glass is collected by a contractor with automated "
             "arms, nobody sees inside, so no. Paper and cans, yes."),
            ("Kenji Mori", "breakdown", "One thing I forgot: the tag we had before was a "
             "red sticker with no words, people thought it meant the bin was broken."),
            ("Gustavo Pereira", "applies", "So for the automated trucks it's off, but any "
             "route where the crew touches the bins, it works?"),
            ("Ilse de Vries", "applies", "Yes, that's about two thirds of our routes."),
            ("Gustavo Pereira", "capture", "Okay, let's pin it down for the plant notes: "
             "tag and leave bad bins on hand-tipped routes, a tag with words on it, and a "
             "leaflet for the new flats."),
            ("Kenji Mori", "capture", "I'll get the worded tags printed by the end of the "
             "month."),
            ("Ilse de Vries", "capture", "And I'll ask the council to send the leaflet to "
             "the new flats next week."),
            ("Gustavo Pereira", "other", "Cheers both, that was a good one."),
        ],
        "recap": [
            ("One paper bale in six is rejected by the mill as contaminated, and two more "
             "pickers did not change that.", [1, 2]),
            ("The contamination is greasy boxes and bagged shredding from two routes that "
             "never got the leaflet, and the crews were never told to look; the old tag "
             "had no words.", [4, 5, 8, 13]),
            ("Catch contamination where it is put in: the crew tags and leaves a bad bin "
             "with a note saying why.", [6, 10]),
            ("It works on routes where the crew tips bins by hand, not automated glass "
             "collection.", [12, 14, 15]),
            ("The plant notes get tag-and-leave with worded tags; Kenji prints the tags "
             "and Ilse asks the council for the leaflet.", [16, 17, 18]),
        ],
        "pattern": {"name": "Catch contamination at the kerb",
                    "problem": "Contaminated loads are rejected after sorting.",
                    "what_to_do": "The collection crew tags a bad bin and leaves it, with a "
                                  "note saying why.",
                    "applies_when": "Routes where the crew tips bins by hand.",
                    "does_not_apply_when": "Automated collection where nobody sees inside "
                                           "the bin."},
        "actions": [
            {"owner": "Kenji Mori", "action": "get the worded tags printed",
             "due": "by the end of the month"},
            {"owner": "Ilse de Vries", "action": "ask the council to send the leaflet to "
             "the new flats", "due": "next week"},
        ],
    },
    "tune_makerspace_show": {
        "title": "Show-and-tell: the booking rule that ended laser cutter queues",
        "format": "show-and-tell", "date": "2026-11-22", "start_time": "19:00",
        "facilitator": "Odile Martin",
        "cases": [{"case_id": "MK-5", "title": "Laser cutter queues on club nights",
                   "problem": "Members waited up to two hours for the laser cutter on club "
                              "nights.",
                   "context": "Community makerspace, one laser cutter, 90 members.",
                   "tried": "Thirty-minute slots on a paper sheet.",
                   "outcome": "Replaced by a file check before booking; waits under 20 "
                              "minutes.",
                   "submitted_by": "Rhys Morgan", "team": "Workshop stewards",
                   "submitted_on": "2026-11-19"}],
        "cues": [
            ("Odile Martin", "other", "Evening! Rhys, the screen's yours."),
            ("Rhys Morgan", "other", "One sec... is it showing the spreadsheet or my "
             "desktop?"),
            ("Odile Martin", "other", "Spreadsheet."),
            ("Rhys Morgan", "present", "Good. So on club nights people were waiting up to "
             "two hours for the laser. Now it's under twenty minutes, and all we changed "
             "was one rule: you can only book a slot once a steward has opened your file."),
            ("Rhys Morgan", "present", "Here's the sheet: name, file checked yes or no, "
             "slot. No tick, no slot."),
            ("Anneli Koskinen", "breakdown", "Why did the waits get so long before? Were "
             "the jobs just big?"),
            ("Rhys Morgan", "breakdown", "No, most of the slot went on fixing files at the "
             "machine, wrong line colours, text not converted. The job itself took five "
             "minutes."),
            ("Odile Martin", "pattern", "So if you had to hand this to another space in one "
             "line?"),
            ("Rhys Morgan", "pattern", "Get the prep checked before anyone queues for the "
             "scarce machine, not at it."),
            ("Anneli Koskinen", "applies", "We've got the same fight over the 3D printers. "
             "Would it carry over?"),
            ("Rhys Morgan", "applies", "Less, prints run for hours so the prep is a small "
             "part. It's for machines where the job is short and the fiddling is long."),
            ("Odile Martin", "capture", "Could you drop the sheet into the stewards' shared "
             "folder so other nights can copy it?"),
            ("Rhys Morgan", "capture", "Will do, tonight."),
            ("Odile Martin", "other", "Thanks Rhys. Right, pizza."),
        ],
        "recap": [
            ("Laser cutter waits on club nights fell from two hours to under twenty minutes "
             "once a steward had to check a file before a slot could be booked.", [3, 4]),
            ("Most of each slot went on fixing files at the machine, not cutting.", [5, 6]),
            ("Get the prep checked before anyone queues for the scarce machine.", [7, 8]),
            ("It suits machines with short jobs and long prep, less the 3D printers.",
             [9, 10]),
            ("Rhys puts the booking sheet in the stewards' shared folder tonight.",
             [11, 12]),
        ],
        "pattern": {"name": "Check the prep before the queue",
                    "problem": "Members wait hours for a scarce machine.",
                    "what_to_do": "Get the prep checked before anyone queues for the scarce "
                                  "machine, not at it.",
                    "applies_when": "Machines where the job is short and the prep is long.",
                    "does_not_apply_when": "Machines with long jobs, such as 3D printers."},
        "actions": [
            {"owner": "Rhys Morgan", "action": "put the booking sheet into the stewards' "
             "shared folder", "due": "tonight"},
        ],
    },
    "tune_allotment_committee_meeting": {
        "title": "Office hours: allotment society committee",
        "format": "office hours", "date": "2026-11-23", "start_time": "18:30",
        "facilitator": "Derek Holm",
        "cases": [],
        "cues": [
            ("Derek Holm", "other", "Let's begin, we've got a short list tonight."),
            ("Derek Holm", "other", "First, the water. The problem is the main tap on the "
             "east side is leaking again."),
            ("Sunita Patel", "other", "I had a plumber look, it's the valve, about ninety "
             "pounds to replace."),
            ("Derek Holm", "other", "Fine, go ahead with that. Next, the waiting list."),
            ("Marek Nowak", "other", "Twenty-three names now. Two plots will come free in "
             "January if the tenants don't renew."),
            ("Sunita Patel", "other", "What we learned last year is people on the list "
             "lose interest if we don't write to them, so can we send a note this time?"),
            ("Derek Holm", "other", "Yes, let's note that. Marek, will you write to them?"),
            ("Marek Nowak", "other", "I'll send it out before Christmas."),
            ("Derek Holm", "other", "And the seed swap, is the hall booked?"),
            ("Sunita Patel", "other", "Booked for the second Saturday in February."),
            ("Derek Holm", "other", "Good, that's it then. Thanks all, mind the frost."),
        ],
        "recap": [
            ("The east side main tap is leaking again; a new valve costs about ninety "
             "pounds and goes ahead.", [1, 2, 3]),
            ("The waiting list has twenty-three names and two plots may come free in "
             "January.", [4]),
            ("People on the list lose interest without a letter, so they will get one.",
             [5, 6]),
            ("Marek writes to the waiting list before Christmas.", [6, 7]),
            ("The seed swap hall is booked for the second Saturday in February.", [8, 9]),
        ],
        "pattern": {"name": "Write to the waiting list every year",
                    "problem": "People on a waiting list lose interest.",
                    "what_to_do": "Send everyone on the list a note each year.",
                    "applies_when": "Long waiting lists.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Sunita Patel", "action": "get the valve on the east tap replaced",
             "due": None},
            {"owner": "Marek Nowak", "action": "write to the waiting list",
             "due": "before Christmas"},
        ],
    },
}
