"""Annotated sessions written in session 9 before anyone on the step work read or changed
the step assignment, in domains and wording none of the other sessions use, and kept out of
tuning: the current code was run on them once before any change and once at the end, and
only their split mean is read (see build.py). Cues are said in new words, participants jump
ahead to the pattern before the facilitator asks, a step comes back after a later one,
sessions run from eight cues to twenty-six, and two sessions (a demo day and an ordinary
board meeting) do not follow the script at all."""

SESSIONS = {
    "holdout3_dairy_parlour": {
        "title": "Problem-solving jam: mastitis cases after the new milking rota",
        "format": "problem-solving jam", "date": "2026-12-01", "start_time": "14:00",
        "facilitator": "Brigid Nolan",
        "cases": [{"case_id": "DY-4", "title": "Udder infections up since the relief rota",
                   "problem": "Clinical mastitis cases doubled in the three months after "
                              "relief milkers started covering weekends.",
                   "context": "Family dairy farm in a producer co-op, 180 cows, "
                              "herringbone parlour.",
                   "tried": "A laminated milking routine on the parlour wall.",
                   "outcome": "Cases stayed high; the sheet is splashed and unread.",
                   "submitted_by": "Eamon Walsh", "team": "Co-op herd health group",
                   "submitted_on": "2026-11-26"}],
        "cues": [
            ("Brigid Nolan", "other", "Are we all on? I can hear a tractor somewhere, that'll "
             "be you, Eamon."),
            ("Eamon Walsh", "other", "Sorry, I'm in the yard. I'll go inside."),
            ("Brigid Nolan", "other", "Grand. Eamon sent in the one about the infections, "
             "so the floor is his."),
            ("Eamon Walsh", "present", "So since August we've had relief milkers doing "
             "Saturdays and Sundays, and our clinical mastitis cases went from about four a "
             "month to nine."),
            ("Eamon Walsh", "present", "Each case is a week of milk down the drain and "
             "antibiotics, and two cows we've had to cull."),
            ("Eamon Walsh", "present", "We stuck a laminated routine up in the parlour but "
             "honestly nobody reads it, it's covered in muck by Sunday."),
            ("Brigid Nolan", "breakdown", "Walk me through a Sunday morning. Who turns up, "
             "what do they see first, what do they do?"),
            ("Eamon Walsh", "breakdown", "The relief lad comes at five, he's milked on three "
             "other farms that week. He does what he does everywhere, which is fine mostly, "
             "but he doesn't know our pre-dip routine or which cows are on treatment."),
            ("Orla Byrne", "breakdown", "The treated cows, are they marked at all?"),
            ("Eamon Walsh", "breakdown", "Red spray on the leg, when someone remembers. It "
             "wears off in two days."),
            ("Orla Byrne", "pattern", "See, on ours we found the routine has to be shown, "
             "not written. The relief milker does one milking beside you before he ever "
             "does one alone."),
            ("Brigid Nolan", "breakdown", "Hang on to that, Orla, it's a good one. Before we "
             "get there, Eamon, the cluster, is it dipped between cows?"),
            ("Eamon Walsh", "breakdown", "On weekdays yes. At weekends I'd say no, because "
             "the flush tank was never shown to him."),
            ("Declan Fahy", "breakdown", "And he's paid by the milking, not the hour, so "
             "anything that slows him down gets dropped first."),
            ("Brigid Nolan", "pattern", "Okay. Orla, go back to what you said. If the co-op "
             "newsletter had one line on this, what would it be?"),
            ("Orla Byrne", "pattern", "Before a relief milker works alone, he milks once "
             "alongside the regular milker, and the treated cows are marked so they can't be "
             "missed."),
            ("Declan Fahy", "pattern", "And pay that first shadow milking, otherwise nobody "
             "will come for it."),
            ("Brigid Nolan", "applies", "Where would that fall down? Does it matter how big "
             "the herd is?"),
            ("Declan Fahy", "applies", "For a robot-milked herd it's beside the point, the "
             "relief person never touches a cluster. It's for parlours."),
            ("Eamon Walsh", "applies", "And it helps most where the relief changes every few "
             "weeks, like ours, through the agency."),
            ("Orla Byrne", "breakdown", "Actually, one thing I meant to ask earlier, is the "
             "bulk tank count up as well, or only the clinical cases?"),
            ("Eamon Walsh", "breakdown", "Cell count's up too, from about one-fifty to "
             "two-forty."),
            ("Brigid Nolan", "capture", "Let's get it down for the herd health notes then: "
             "one paid shadow milking before working alone, leg bands instead of spray for "
             "treated cows, and the cluster flush shown on day one."),
            ("Eamon Walsh", "capture", "I'll order coloured leg bands this week and book the "
             "relief lad for a shadow milking on the twelfth."),
            ("Orla Byrne", "capture", "I'll send Eamon the one-page induction we use, "
             "tonight."),
            ("Brigid Nolan", "other", "Lovely. Mind yourselves on the roads, it's icy."),
        ],
        "recap": [
            ("Clinical mastitis cases rose from about four to nine a month after relief "
             "milkers started covering weekends, and a laminated routine went unread.",
             [3, 4, 5]),
            ("The relief milker does not know the pre-dip routine, the flush or the treated "
             "cows, whose spray marks wear off; he is paid per milking, and the cell count "
             "rose too.", [7, 9, 12, 13, 20, 21]),
            ("Before a relief milker works alone, he milks once alongside the regular "
             "milker, paid, and treated cows are clearly marked.", [10, 15, 16]),
            ("It fits parlours whose relief staff change often, not robot-milked herds.",
             [18, 19]),
            ("The herd health notes get the shadow milking, leg bands and the flush; Eamon "
             "orders leg bands and books a shadow milking, and Orla sends her induction "
             "page.", [22, 23, 24]),
        ],
        "pattern": {"name": "Shadow one milking before milking alone",
                    "problem": "Relief milkers skip a farm's routine and miss treated cows.",
                    "what_to_do": "Before a relief milker works alone, he milks once "
                                  "alongside the regular milker, and the treated cows are "
                                  "marked so they can't be missed.",
                    "applies_when": "Parlour herds whose relief milkers change every few "
                                    "weeks.",
                    "does_not_apply_when": "Robot-milked herds, where the relief person "
                                           "never touches a cluster."},
        "actions": [
            {"owner": "Eamon Walsh", "action": "order coloured leg bands", "due": "this week"},
            {"owner": "Eamon Walsh", "action": "book the relief milker for a shadow milking",
             "due": "on the twelfth"},
            {"owner": "Orla Byrne", "action": "send Eamon the one-page induction",
             "due": "tonight"},
        ],
    },
    "holdout3_legal_aid_hearings": {
        "title": "Office hours: tenants missing their hearing dates",
        "format": "office hours", "date": "2026-12-02", "start_time": "12:30",
        "facilitator": "Amara Nwosu",
        "cases": [{"case_id": "LA-21", "title": "Hearing notices sent to old addresses",
                   "problem": "Tenants facing eviction miss tribunal hearings because the "
                              "notice goes to the address on the lease.",
                   "context": "Walk-in legal aid clinic, volunteer caseworkers.",
                   "tried": "Asking clients to tell the tribunal themselves.",
                   "outcome": "Three clients lost by default this quarter.",
                   "submitted_by": "Henrik Solberg", "team": "Housing desk",
                   "submitted_on": "2026-11-30"}],
        "cues": [
            ("Henrik Solberg", "present", "Quick one. Three of our tenants lost eviction "
             "cases by default this quarter because they never saw the hearing notice; it "
             "went to the flat they'd already been pushed out of."),
            ("Amara Nwosu", "breakdown", "At intake, what address do you take down?"),
            ("Henrik Solberg", "breakdown", "Whatever's on the lease, because that's what the "
             "form asks for. Nobody asks where they're sleeping this week."),
            ("Amara Nwosu", "pattern", "So the lesson is roughly: ask where the person can "
             "actually be reached, and tell the court that, on day one?"),
            ("Henrik Solberg", "pattern", "Yes. Record a contact the client really checks, "
             "a phone or a relative, and file it with the tribunal at the first visit."),
            ("Amara Nwosu", "applies", "Would that be the same for the debt clients?"),
            ("Henrik Solberg", "applies", "Debt letters go by email mostly, so less so. It's "
             "anyone who's just moved or is about to."),
            ("Henrik Solberg", "capture", "I'll add a 'where can we reach you' box to the "
             "intake form before Monday's session."),
        ],
        "recap": [
            ("Three tenants lost eviction cases by default this quarter because the hearing "
             "notice went to a flat they had left.", [0]),
            ("Intake records the lease address because the form asks for it; nobody asks "
             "where the client is staying.", [1, 2]),
            ("Record a contact the client really checks and file it with the tribunal at "
             "the first visit.", [3, 4]),
            ("It matters for anyone who has just moved or is about to, less for debt "
             "clients reached by email.", [6]),
            ("Henrik adds a 'where can we reach you' box to the intake form before Monday.",
             [7]),
        ],
        "pattern": {"name": "File a reachable contact at the first visit",
                    "problem": "Clients miss hearings because notices go to an old address.",
                    "what_to_do": "Record a contact the client really checks, a phone or a "
                                  "relative, and file it with the tribunal at the first "
                                  "visit.",
                    "applies_when": "Clients who have just moved or are about to.",
                    "does_not_apply_when": "Clients whose letters come by email."},
        "actions": [
            {"owner": "Henrik Solberg", "action": "add a 'where can we reach you' box to the "
             "intake form", "due": "before Monday's session"},
        ],
    },
    "holdout3_theatre_props": {
        "title": "Show-and-tell: the photo preset that ended missing props",
        "format": "show-and-tell", "date": "2026-12-02", "start_time": "17:30",
        "facilitator": "Yusuf Demir",
        "cases": [{"case_id": "TH-9", "title": "Props missing at the top of act two",
                   "problem": "Props were missing or in the wrong place at the start of act "
                              "two about once a week.",
                   "context": "Touring theatre company, three venues a week, crew of five.",
                   "tried": "A written preset list per scene.",
                   "outcome": "Replaced by a photo preset; no misses in six weeks.",
                   "submitted_by": "Colette Marchand", "team": "Stage management",
                   "submitted_on": "2026-11-28"}],
        "cues": [
            ("Yusuf Demir", "other", "Evening, everyone. Colette's going to show us "
             "something from the tour."),
            ("Colette Marchand", "other", "Can you all see the slide? The one with the "
             "table?"),
            ("Yusuf Demir", "other", "Yep."),
            ("Colette Marchand", "present", "So on tour we change venue three times a week, "
             "and about once a week something wasn't where the actor reached for it at the "
             "top of act two. A letter, a teacup, once a whole chair."),
            ("Colette Marchand", "present", "We had a written preset list, forty lines long. "
             "What we do now is this: a photo of every props table and every setting, taken "
             "on opening night, printed and taped to the table."),
            ("Colette Marchand", "present", "Six weeks, eighteen venues, not one miss."),
            ("Ama Owusu", "breakdown", "Why did the list fail, though? Forty lines isn't "
             "that many."),
            ("Colette Marchand", "breakdown", "Because in the interval you've got twelve "
             "minutes and a new crew member from the venue, and you read a list top to "
             "bottom, but you compare a photo in one glance."),
            ("Piotr Zielinski", "breakdown", "And a list says 'teacup, stage left', it doesn't "
             "say which way the handle points, which the actor needs."),
            ("Yusuf Demir", "pattern", "If a company we've never met asked you what to copy "
             "from this, what's the bit to keep?"),
            ("Colette Marchand", "pattern", "Check a setting against a picture of it done "
             "right, not against a description of it."),
            ("Ama Owusu", "applies", "Would it work for the quick changes in the wings, the "
             "costume rail?"),
            ("Colette Marchand", "applies", "We tried that, it's worse, because costumes "
             "hang and the photo doesn't show what's underneath. It's for things that sit "
             "on a surface."),
            ("Piotr Zielinski", "applies", "Sound desks too, we photograph the fader "
             "positions at the interval."),
            ("Yusuf Demir", "capture", "Colette, could you put two of your photos and a line "
             "on how you take them into the stage managers' wiki?"),
            ("Colette Marchand", "capture", "Sure, I'll do it after Friday's get-out."),
            ("Yusuf Demir", "other", "Brilliant. Thanks, all."),
        ],
        "recap": [
            ("A touring company missed a prop at the top of act two about once a week; a "
             "photo preset taped to each table replaced the written list and ended the "
             "misses.", [3, 4, 5]),
            ("A list is read line by line in a short interval by a new crew, and it does not "
             "show orientation; a photo is compared at a glance.", [7, 8]),
            ("Check a setting against a picture of it done right, not a description of it.",
             [9, 10]),
            ("It works for things on a surface, such as props tables and sound desks, not "
             "for hanging costumes.", [12, 13]),
            ("Colette puts two photos and a note on taking them into the stage managers' "
             "wiki after Friday's get-out.", [14, 15]),
        ],
        "pattern": {"name": "Check settings against a photo",
                    "problem": "Props are missing or misplaced when a scene starts.",
                    "what_to_do": "Check a setting against a picture of it done right, not "
                                  "against a description of it.",
                    "applies_when": "Things that sit on a surface, like props tables or a "
                                    "sound desk.",
                    "does_not_apply_when": "Hanging costumes, where the photo does not show "
                                           "what is underneath."},
        "actions": [
            {"owner": "Colette Marchand", "action": "put two photos and a note on how to "
             "take them into the stage managers' wiki", "due": "after Friday's get-out"},
        ],
    },
    "holdout3_turbine_climbs": {
        "title": "Office hours: wasted climbs on the wind farm",
        "format": "office hours", "date": "2026-12-03", "start_time": "07:30",
        "facilitator": "Ingrid Halvorsen",
        "cases": [{"case_id": "WT-17", "title": "Technicians climb without the right part",
                   "problem": "One climb in five ends at the nacelle without the part or "
                              "tool the fault needed.",
                   "context": "Onshore wind farm, 42 turbines, two-person climbing teams.",
                   "tried": "A bigger standard tool bag.",
                   "outcome": "Bags too heavy; wasted climbs unchanged.",
                   "submitted_by": "Mateo Ruiz", "team": "Field service",
                   "submitted_on": "2026-11-29"}],
        "cues": [
            ("Ingrid Halvorsen", "other", "Morning. Coffee in hand? Let's go. Mateo, you "
             "had the climbing one."),
            ("Mateo Ruiz", "present", "Right. On the north site one climb in five, we get up "
             "eighty metres and find we haven't got the part, or the right torque tool, for "
             "the fault."),
            ("Mateo Ruiz", "present", "That's forty minutes up and down, and in winter the "
             "weather window often closes before the second climb."),
            ("Mateo Ruiz", "present", "We tried packing a bigger standard bag. It got so "
             "heavy the lads started leaving half of it at the bottom."),
            ("Ingrid Halvorsen", "breakdown", "Where does the decision about what goes up get "
             "made? At the base, in the van, the night before?"),
            ("Mateo Ruiz", "breakdown", "At the base, from the alarm code on the tablet. The "
             "alarm code says 'pitch fault', which could be six different things."),
            ("Nkechi Obi", "breakdown", "Does anyone look at the turbine's own logs before "
             "they go?"),
            ("Mateo Ruiz", "breakdown", "The control room can, but they're not asked. The "
             "ticket just goes to whoever is nearest."),
            ("Lars Eriksen", "pattern", "We had this on the coast. What fixed it was a "
             "ten-minute call with the control room before the climb, they read the logs "
             "and tell you which of the six it is."),
            ("Ingrid Halvorsen", "pattern", "So stated for anyone: before you climb, find "
             "out what's actually wrong from the people who can see the data?"),
            ("Lars Eriksen", "pattern", "Pretty much. Diagnose from the ground, then pack "
             "for the diagnosis, not for every fault."),
            ("Ingrid Halvorsen", "applies", "Is that true everywhere? Offshore it's a boat "
             "ride, not a climb."),
            ("Lars Eriksen", "applies", "Offshore it matters even more, a wasted trip is a "
             "day. The only place it doesn't help is a brand-new turbine with no logs yet."),
            ("Nkechi Obi", "applies", "Or when the comms link is down, which is half the "
             "reason you're climbing."),
            ("Mateo Ruiz", "breakdown", "Mind, there's another piece to it. The torque tools "
             "are signed out at the main depot, so even if we knew, we couldn't get one "
             "in time."),
            ("Nkechi Obi", "breakdown", "How far is the depot?"),
            ("Mateo Ruiz", "breakdown", "An hour and a half each way."),
            ("Lars Eriksen", "pattern", "Then part of it is keeping the tools the diagnosis "
             "usually asks for at the site, not the depot."),
            ("Ingrid Halvorsen", "applies", "And for the small sites with three turbines, "
             "would you still keep a set there?"),
            ("Mateo Ruiz", "applies", "Probably not, a shared set in the van would do."),
            ("Ingrid Halvorsen", "other", "Nkechi, before I forget, is the safety refresher "
             "still on for Thursday?"),
            ("Nkechi Obi", "other", "Yes, nine o'clock in the portacabin."),
            ("Ingrid Halvorsen", "capture", "Okay, so for the field service notes: a call "
             "with the control room before every corrective climb, pack for what they "
             "find, and torque tools kept on site for the big farms."),
            ("Mateo Ruiz", "capture", "I'll set up the pre-climb call with the control room "
             "supervisor and trial it on the north site from next Monday."),
            ("Lars Eriksen", "capture", "I'll send Mateo our call checklist today."),
            ("Ingrid Halvorsen", "other", "Good stuff. Stay safe up there."),
        ],
        "recap": [
            ("One climb in five on the north site finds the part or torque tool missing, "
             "costing forty minutes and often the weather window; a bigger bag was left at "
             "the bottom.", [1, 2, 3]),
            ("The kit is chosen from a vague alarm code, nobody asks the control room to "
             "read the logs, and the torque tools sit at a depot an hour and a half away.",
             [5, 7, 14, 16]),
            ("Diagnose from the ground with the control room before climbing, pack for the "
             "diagnosis, and keep the usual tools on site.", [8, 9, 10, 17]),
            ("It helps onshore and offshore, but not on new turbines without logs or when "
             "the comms link is down; small sites can share a set in the van.",
             [12, 13, 19]),
            ("The field service notes get the pre-climb call and on-site tools; Mateo trials "
             "the call on the north site from Monday and Lars sends his checklist.",
             [22, 23, 24]),
        ],
        "pattern": {"name": "Diagnose from the ground before climbing",
                    "problem": "Technicians reach the nacelle without the part or tool the "
                               "fault needs.",
                    "what_to_do": "Diagnose from the ground with the control room, then "
                                  "pack for the diagnosis, not for every fault.",
                    "applies_when": "Corrective climbs on turbines with readable logs, "
                                    "onshore or offshore.",
                    "does_not_apply_when": "A brand-new turbine with no logs yet, or when "
                                           "the comms link is down."},
        "actions": [
            {"owner": "Mateo Ruiz", "action": "set up the pre-climb call with the control "
             "room supervisor and trial it on the north site", "due": "from next Monday"},
            {"owner": "Lars Eriksen", "action": "send Mateo the call checklist",
             "due": "today"},
        ],
    },
    "holdout3_parks_demo_day": {
        "title": "Demo day: tools from the parks department",
        "format": "demo day", "date": "2026-12-03", "start_time": "15:00",
        "facilitator": "Rosa Delgado",
        "cases": [],
        "cues": [
            ("Rosa Delgado", "other", "Hi all, welcome to the parks demo afternoon. Three "
             "teams, five minutes each, questions at the end."),
            ("Femi Adeyemi", "other", "I'm up first. This is the tree survey app the "
             "arborists have been using since spring."),
            ("Femi Adeyemi", "other", "You tap the tree on the map, pick a condition, take a "
             "photo, and it drops into the work queue for the crews."),
            ("Femi Adeyemi", "other", "The problem before was paper forms typed in weeks "
             "later. Now a dangerous limb is in the queue the same day."),
            ("Hugo Lambert", "other", "What happens with no signal, in the woods?"),
            ("Femi Adeyemi", "other", "It stores them and syncs when you're back in range."),
            ("Sienna Clarke", "other", "Next, the bench and bin QR codes. Each one has a "
             "sticker, the public scans it and reports damage or an overflowing bin."),
            ("Sienna Clarke", "other", "We got three hundred reports in October, mostly "
             "bins, and emptying rounds moved to where the reports cluster."),
            ("Rosa Delgado", "other", "What worked, do you think, in getting people to "
             "scan?"),
            ("Sienna Clarke", "other", "Honestly the sticker saying 'full bin? tell us' "
             "rather than a logo."),
            ("Hugo Lambert", "other", "Last one is me: soil moisture sensors on the three "
             "big lawns, so the sprinklers only run when the ground is dry."),
            ("Hugo Lambert", "other", "Water use down about a third since June compared to "
             "last summer."),
            ("Femi Adeyemi", "other", "Could the sensors feed the same map as the trees?"),
            ("Hugo Lambert", "other", "That's the plan. I'll talk to your developer about "
             "it next week."),
            ("Rosa Delgado", "other", "Great. I'll put the recordings on the intranet "
             "tomorrow. Thanks, everyone."),
        ],
        "recap": [
            ("Three parks teams showed a tree survey app, QR codes on benches and bins, and "
             "soil moisture sensors.", [0, 1, 6, 10]),
            ("The tree app puts a photo and condition into the crews' queue the same day "
             "and works without signal.", [2, 3, 5]),
            ("The public sent three hundred QR reports in October, mostly bins, and "
             "emptying rounds moved to match.", [7, 9]),
            ("Moisture sensors on three lawns cut water use by about a third.", [10, 11]),
            ("Hugo talks to the app developer about feeding sensors into the map; Rosa "
             "posts the recordings.", [13, 14]),
        ],
        "pattern": {"name": "Let the public report with a plain-language sticker",
                    "problem": "Park teams learn about damage and full bins late.",
                    "what_to_do": "Put a QR sticker with a plain request on each bench and "
                                  "bin.",
                    "applies_when": "Park assets the public passes every day.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Hugo Lambert", "action": "talk to the tree app developer about "
             "feeding the sensors into the map", "due": "next week"},
            {"owner": "Rosa Delgado", "action": "put the recordings on the intranet",
             "due": "tomorrow"},
        ],
    },
    "holdout3_coop_board_meeting": {
        "title": "Office hours: housing co-op board, December",
        "format": "office hours", "date": "2026-12-04", "start_time": "19:00",
        "facilitator": "Walter Brandt",
        "cases": [],
        "cues": [
            ("Walter Brandt", "other", "Okay, it's seven, let's start. Apologies from "
             "Gita."),
            ("Walter Brandt", "other", "Minutes from November, any corrections? No? Then "
             "they're approved."),
            ("Lena Vogel", "other", "Treasurer's bit: the reserve fund is at forty-one "
             "thousand, a bit under plan because of the roof repair."),
            ("Walter Brandt", "other", "The problem is the boiler in block B then, can we "
             "still afford to replace it in spring?"),
            ("Lena Vogel", "other", "If the quote stays under twenty thousand, yes."),
            ("Kofi Asante", "other", "I got two quotes, eighteen and twenty-three. The "
             "cheaper one can't start until April."),
            ("Walter Brandt", "other", "April is fine. Let's go with the cheaper one unless "
             "anyone objects."),
            ("Lena Vogel", "other", "No objection."),
            ("Kofi Asante", "other", "Also the bike shed lock broke again. What we learned "
             "last time is the cheap locks don't last a winter."),
            ("Walter Brandt", "other", "Buy a proper one, then. Kofi, can you sort that?"),
            ("Kofi Asante", "other", "I'll order it this week."),
            ("Lena Vogel", "other", "Last thing, the garden day. Let's write down a date: "
             "the fourteenth of March."),
            ("Walter Brandt", "other", "Fine by me. I'll put it in the newsletter. Anything "
             "else? Then we close at seven twenty."),
        ],
        "recap": [
            ("The November minutes were approved and the reserve fund stands at forty-one "
             "thousand, under plan after the roof repair.", [1, 2]),
            ("Block B's boiler can be replaced in spring if the quote stays under twenty "
             "thousand.", [3, 4]),
            ("The board chose the cheaper of two boiler quotes, eighteen thousand, starting "
             "in April.", [5, 6, 7]),
            ("The bike shed lock broke again; Kofi orders a sturdier one this week.",
             [8, 9, 10]),
            ("The garden day is on the fourteenth of March and goes in the newsletter.",
             [11, 12]),
        ],
        "pattern": {"name": "Buy locks that last a winter",
                    "problem": "Cheap shed locks break within a season.",
                    "what_to_do": "Buy a sturdier lock instead of the cheapest one.",
                    "applies_when": "Outdoor locks on shared sheds.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Kofi Asante", "action": "order a proper bike shed lock",
             "due": "this week"},
            {"owner": "Walter Brandt", "action": "put the garden day in the newsletter",
             "due": None},
        ],
    },
    "holdout3_ski_school_short": {
        "title": "Problem-solving jam: lost children at the ski school meeting point",
        "format": "problem-solving jam", "date": "2026-12-04", "start_time": "16:45",
        "facilitator": "Nils Aberg",
        "cases": [{"case_id": "SK-3", "title": "Children collected from the wrong group",
                   "problem": "Twice this season a child was handed to the wrong adult at "
                              "the end-of-lesson pick-up.",
                   "context": "Ski school, 200 children a day, one shared meeting point.",
                   "tried": "Louder announcements at pick-up time.",
                   "outcome": "The crowd got bigger and noisier.",
                   "submitted_by": "Chiara Rossi", "team": "Kids' classes",
                   "submitted_on": "2026-12-01"}],
        "cues": [
            ("Nils Aberg", "other", "Short one before the evening lessons. Chiara?"),
            ("Chiara Rossi", "present", "Twice this season a kid went home with the wrong "
             "grown-up, well, the right family's friend but not who was on the list. At "
             "four o'clock two hundred children come down to one meeting point and it's "
             "chaos."),
            ("Chiara Rossi", "breakdown", "The instructors know the kids, but not the "
             "parents, and the parents all wear the same helmets and goggles, so nobody "
             "can check a face."),
            ("Jonas Weber", "pattern", "Honestly, the handover has to be proved by something "
             "the adult carries, not by the instructor recognising them. A tag with a "
             "number matching the child's bib."),
            ("Nils Aberg", "applies", "Does that hold for the private lessons too, the "
             "one-to-ones?"),
            ("Chiara Rossi", "applies", "No, there the instructor meets the parent in the "
             "morning. It's the group classes."),
            ("Nils Aberg", "capture", "Good. Chiara, could you get numbered tags printed to "
             "match the bibs before the Christmas week?"),
            ("Chiara Rossi", "capture", "Yes, I'll ask the print shop tomorrow."),
        ],
        "recap": [
            ("Twice this season a child was handed to the wrong adult when two hundred "
             "children come to one meeting point at four.", [1]),
            ("Instructors know the children but not the parents, who cannot be recognised "
             "in helmets and goggles.", [2]),
            ("Prove the handover with a numbered tag the adult carries, matching the "
             "child's bib.", [3]),
            ("It is for group classes, not private lessons where the instructor meets the "
             "parent.", [4, 5]),
            ("Chiara orders numbered tags matching the bibs before Christmas week.", [6, 7]),
        ],
        "pattern": {"name": "Prove the pick-up with a matching tag",
                    "problem": "Children are handed to the wrong adult at a crowded "
                               "pick-up.",
                    "what_to_do": "Give the adult a tag with a number matching the child's "
                                  "bib and check it at handover.",
                    "applies_when": "Group classes with a shared pick-up point.",
                    "does_not_apply_when": "Private lessons where the instructor meets the "
                                           "parent in the morning."},
        "actions": [
            {"owner": "Chiara Rossi", "action": "get numbered tags printed to match the "
             "bibs", "due": "before the Christmas week"},
        ],
    },
}
