"""Annotated sessions written in session 11 by someone who had not read the step, recap,
pattern or action code, in domains none of the other sets use (two were also chosen, apart, for
``sessions_tune4.py``), run once before and once after session 11's changes. Six
scripted sessions of 18-23 cues (the facilitator names every step by number in one and some
steps in plain words in others, no step is named in others; the breakdown comes back after
the pattern; the case owner is not the first to speak; a participant, not the facilitator,
proposes the pattern in several), two longer scripted sessions (36-38 cues) with side talk
inside the steps, one of them going back to the pattern after the applies step, and four
sessions that do not follow the script, each with a linked case (a demo day, a team status
round that mentions its case in passing, office hours answering quick questions about two
cases without any pattern, a planning call)."""

SESSIONS = {
    "holdout6_hearing_aid_drawer": {
        "title": "Jam: new hearing aids left in the drawer",
        "format": "problem-solving jam", "date": "2026-11-24", "start_time": "09:30",
        "facilitator": "Hannah Okafor",
        "cases": [{"case_id": "HAC-4", "title": "First hearing aids stop being worn in week one",
                   "problem": "About a third of first-time hearing-aid users wear their aids "
                              "less than two hours a day by the six-week review; most "
                              "stopped in the first week.",
                   "context": "Community audiology clinic, about sixty first fittings a "
                              "month, mostly older adults.",
                   "tried": "A leaflet on getting used to new hearing aids, handed out at "
                            "the fitting.",
                   "outcome": "Data logging at the six-week review has not changed since "
                              "the leaflet.",
                   "submitted_by": "Tomás Herrera", "team": "Adult audiology",
                   "submitted_on": "2026-11-10"}],
        "cues": [
            ("Hannah Okafor", "other", "Morning everyone, can you all hear me okay? Gareth, "
             "you're a bit faint."),
            ("Gareth Pugh", "other", "Sorry, um, is that better? I'm on the front desk "
             "laptop."),
            ("Hannah Okafor", "other", "Much better. Right, we've got half an hour and one "
             "case, the one Tomás sent in about the new aids."),
            ("Hannah Okafor", "present", "So, step one, Tomás, present the case for us. Just "
             "what happened, in your own words."),
            ("Tomás Herrera", "present", "Okay. So we fit about sixty people a month with "
             "their first hearing aids. And at the six-week review, the data logging shows "
             "about a third of them wear them less than two hours a day."),
            ("Tomás Herrera", "present", "Most of them say the same thing. It whistles, or "
             "the café is, um, unbearable, so the aids go in the drawer in the first week."),
            ("Tomás Herrera", "present", "We give everyone the leaflet about getting used to "
             "them. It hasn't moved the number at all."),
            ("Hannah Okafor", "breakdown", "Thanks. Step two, let's break it down. What's "
             "going on in that first week?"),
            ("Mei Lin Zhao", "breakdown", "I mean, I think nobody talks to them between the "
             "fitting and the review. Six weeks is a long time when the thing is squealing "
             "in your ear."),
            ("Tomás Herrera", "breakdown", "And we set the gain to the full target on day "
             "one. For someone who hasn't heard the fridge hum for ten years, that's a "
             "shock."),
            ("Gareth Pugh", "breakdown", "From the desk side, they do ring, but they get a "
             "review slot six weeks out, so they just, they give up."),
            ("Hannah Okafor", "pattern", "Okay, step three, the pattern. If you had to put "
             "it in one line for another clinic, what is it?"),
            ("Mei Lin Zhao", "pattern", "Phone every new user in the first week, and start "
             "them below target and turn it up at the review, rather than all at once."),
            ("Tomás Herrera", "pattern", "Yeah. A week-one call and a gentler first setting. "
             "That's it for me."),
            ("Hannah Okafor", "applies", "Step four, where does it apply next, and where "
             "not?"),
            ("Tomás Herrera", "applies", "Any first fitting for an adult. Not the people "
             "who are upgrading, they're used to the sound already and the call would just "
             "annoy them."),
            ("Mei Lin Zhao", "applies", "Probably cochlear implant switch-ons too, but that "
             "team has its own rehab plan, so, um, leave them out for now."),
            ("Hannah Okafor", "capture", "And step five, capture. Who's doing what?"),
            ("Gareth Pugh", "capture", "I'll book a week-one phone slot with every new "
             "fitting from Monday."),
            ("Tomás Herrera", "capture", "And I'll write the lower starting setting into the "
             "fitting protocol before the team meeting on the twelfth."),
            ("Hannah Okafor", "other", "Lovely. Thanks all, that was a quick one."),
        ],
        "recap": [
            ("About a third of the sixty first-time hearing-aid users fitted each month wear "
             "them under two hours a day by the six-week review, despite the leaflet.",
             [4, 5, 6]),
            ("Nobody contacts new users between fitting and review, the aids start at full "
             "target gain, and callers are offered a review six weeks out.", [8, 9, 10]),
            ("Call every new user in the first week and start below target gain, raising it "
             "at the review.", [12, 13]),
            ("It applies to first fittings for adults, not to upgrades; cochlear implant "
             "switch-ons are left to their own rehab plan.", [15, 16]),
            ("Gareth books a week-one call with every new fitting from Monday; Tomás adds the "
             "lower starting setting to the fitting protocol by the twelfth.", [18, 19]),
        ],
        "pattern": {
            "name": "Call new hearing-aid users in week one",
            "problem": "First-time hearing-aid users give up on their aids in the first "
                       "week, long before anyone sees them at the six-week review.",
            "what_to_do": "Phone every new user in the first week, and start the aids below "
                          "target gain and turn them up at the review.",
            "applies_when": "Any first hearing-aid fitting for an adult.",
            "does_not_apply_when": "People upgrading their aids, who are used to the sound "
                                   "already.",
        },
        "actions": [
            {"owner": "Gareth Pugh", "action": "book a week-one phone slot with every new "
             "fitting", "due": "Monday"},
            {"owner": "Tomás Herrera", "action": "write the lower starting setting into the "
             "fitting protocol", "due": "the twelfth"},
        ],
    },

    "holdout6_mountain_rescue_kit": {
        "title": "Callout bags leaving the store with kit missing",
        "format": "problem-solving jam", "date": "2026-11-26", "start_time": "19:30",
        "facilitator": "Eilidh MacRae",
        "cases": [{"case_id": "MRT-12", "title": "Casualty bag missing kit on callouts",
                   "problem": "Twice in October the casualty bag went out on a callout "
                              "without kit that should have been in it.",
                   "context": "Volunteer mountain rescue team, about forty members, two "
                              "vehicles; the store is restocked by whoever is around after "
                              "a job.",
                   "tried": "A checklist taped to the store door.",
                   "outcome": "A vacuum mattress pump and a set of leg splints were missing; "
                              "one casualty waited twenty minutes on the ridge.",
                   "submitted_by": "Rhys Bowen", "team": "Kit and vehicles",
                   "submitted_on": "2026-11-02"}],
        "cues": [
            ("Eilidh MacRae", "other", "Evening all. Sorry, the hut wifi is rubbish, so if I "
             "freeze just carry on."),
            ("Sanna Lindqvist", "other", "We can hear you fine. Did everyone get off the hill "
             "okay on Sunday?"),
            ("Rhys Bowen", "other", "Yeah, soaked, but fine."),
            ("Eilidh MacRae", "present", "Rhys, you put in the one about the kit bags. Do you "
             "want to tell it?"),
            ("Rhys Bowen", "present", "Sure. So twice in October the casualty bag went out "
             "on a callout without stuff in it. The first time the vacuum mattress pump, "
             "the second time the leg splints."),
            ("Rhys Bowen", "present", "The second time the casualty waited about twenty "
             "minutes on the ridge while somebody ran back down to the vehicle. And we've "
             "got a checklist taped on the store door, for what that's worth."),
            ("Eilidh MacRae", "breakdown", "So how does a pump go missing from a bag that's "
             "meant to be packed?"),
            ("Dawit Alemu", "breakdown", "It's not sealed, that's the thing. We borrow bits "
             "for the Tuesday training and, um, they go back in whichever bag is nearest."),
            ("Sanna Lindqvist", "breakdown", "And nobody actually reads the door list. You're "
             "in the store at two in the morning, you grab the bag and go."),
            ("Rhys Bowen", "breakdown", "Plus restocking is whoever happens to be around. "
             "There isn't one person who owns it after a job."),
            ("Sanna Lindqvist", "pattern", "What worked in my old team was a tag. Once a "
             "bag's been checked it gets a numbered seal, and training kit comes from a "
             "separate training bag, never the callout one."),
            ("Eilidh MacRae", "pattern", "So, sealed callout bags, and training never "
             "touches them. That sounds like the thing to keep."),
            ("Dawit Alemu", "applies", "It'd work for the medical bag as well. Drugs "
             "especially, we've got the same borrowing problem there."),
            ("Rhys Bowen", "applies", "Not for the ropes though. The rope officer inspects "
             "them after every use anyway, it's a different system."),
            ("Eilidh MacRae", "capture", "Okay. Rhys, can you sort the seals?"),
            ("Rhys Bowen", "capture", "Yep, I'll order numbered seals this week and make up "
             "a separate training bag."),
            ("Dawit Alemu", "capture", "I'll do the drugs list for the medical bag, um, by "
             "the end of the month."),
            ("Eilidh MacRae", "other", "Brilliant. Right, anyone for the pub?"),
        ],
        "recap": [
            ("Twice in October the casualty bag went out missing kit, a vacuum mattress pump "
             "and leg splints; one casualty waited twenty minutes while someone fetched "
             "them.", [4, 5]),
            ("Kit borrowed for Tuesday training goes back into any bag, nobody reads the "
             "door checklist on a night callout, and nobody owns restocking after a job.",
             [7, 8, 9]),
            ("Close checked callout bags with numbered seals and take training kit from a "
             "separate bag.", [10, 11]),
            ("It applies to the medical bag and its drugs too, not to ropes, which the rope "
             "officer inspects after every use.", [12, 13]),
            ("Rhys orders numbered seals this week and makes up a training bag; Dawit writes "
             "the drugs list for the medical bag by the end of the month.", [15, 16]),
        ],
        "pattern": {
            "name": "Seal callout bags and train from separate kit",
            "problem": "Kit borrowed for training goes back into the wrong bag, so callout "
                       "bags leave the store with items missing.",
            "what_to_do": "Check each callout bag and close it with a numbered seal; take "
                          "training kit only from a separate training bag.",
            "applies_when": "Callout bags that training could borrow from, including the "
                            "medical bag and its drugs.",
            "does_not_apply_when": "Ropes and other kit that is already inspected after "
                                   "every use.",
        },
        "actions": [
            {"owner": "Rhys Bowen", "action": "order numbered seals and make up a separate "
             "training bag", "due": "this week"},
            {"owner": "Dawit Alemu", "action": "write the drugs list for the medical bag",
             "due": "the end of the month"},
        ],
    },

    "holdout6_seed_bank_germination": {
        "title": "Germination failures in well-dried accessions",
        "format": "problem-solving jam", "date": "2026-11-27", "start_time": "14:00",
        "facilitator": "Aroha Ngata",
        "cases": [{"case_id": "SBK-3", "title": "Dried accessions failing germination tests",
                   "problem": "Eleven of forty accessions fell below the seventy-five percent "
                              "germination threshold at their five-year test, although the "
                              "drying records say they reached fifteen percent humidity.",
                   "context": "Regional seed bank; seed dried in a drying room, then stored "
                              "at minus twenty degrees; duplicates sent to partner banks.",
                   "tried": "Retesting a sample of the failed accessions.",
                   "outcome": "The retests gave the same result; all eleven arrived in the "
                              "same week of 2021.",
                   "submitted_by": "Lukas Brandt", "team": "Collections",
                   "submitted_on": "2026-10-30"}],
        "cues": [
            ("Aroha Ngata", "other", "Kia ora everyone. Let's give it a minute for Femi, he "
             "said he's on the bus."),
            ("Priya Raman", "other", "While we wait, um, the new freezer alarm went off "
             "again at lunch. False alarm."),
            ("Femi Adeyemi", "other", "Hi, sorry, I'm here. The bus was rammed."),
            ("Aroha Ngata", "present", "No worries. Lukas, over to you for the case."),
            ("Lukas Brandt", "present", "Right. So we did the five-year germination tests "
             "on forty accessions in September, and eleven came out under our seventy-five "
             "percent threshold."),
            ("Lukas Brandt", "present", "The odd thing is, all eleven came in during the "
             "same week in 2021, and the drying records say they all reached fifteen percent "
             "humidity before they went in the freezer."),
            ("Aroha Ngata", "breakdown", "So what do we think went wrong?"),
            ("Priya Raman", "breakdown", "I retested three of them, same result. So it's "
             "not the test, it's the seed."),
            ("Lukas Brandt", "breakdown", "My guess is they sat too long at the collectors' "
             "end. They came from a, um, a big volunteer collecting weekend."),
            ("Aroha Ngata", "pattern", "Okay, so if that's it, what would the rule be?"),
            ("Femi Adeyemi", "pattern", "Maybe, um, don't accept a collection that's been "
             "in a bag for more than a few days before it reaches us?"),
            ("Lukas Brandt", "breakdown", "Hang on, actually, I've just pulled up the log. "
             "That week the drying room hygrometer was the one we sent back for calibration "
             "in November. It read low."),
            ("Priya Raman", "breakdown", "Oh. So they might never have got to fifteen "
             "percent. They just looked like it on paper."),
            ("Lukas Brandt", "breakdown", "Yeah, the record says fifteen but the meter was "
             "off by, I don't know, maybe eight points."),
            ("Aroha Ngata", "pattern", "Right, that changes it. So the lesson is more about "
             "the meter than the collectors?"),
            ("Priya Raman", "pattern", "Check the drying room hygrometer against a "
             "reference before every intake batch, and keep a small sample of each batch to "
             "test the moisture directly."),
            ("Aroha Ngata", "applies", "Where else would that matter?"),
            ("Lukas Brandt", "applies", "Anywhere a reading decides that seed is ready, so "
             "the drying room and the, um, the equilibrium checks at the cold store."),
            ("Femi Adeyemi", "applies", "And the partner banks we send duplicates to, they "
             "use the same meters."),
            ("Aroha Ngata", "capture", "Okay, let's get it written down. Who's taking "
             "what?"),
            ("Priya Raman", "capture", "I'll write the reference check into the intake "
             "procedure before the spring collecting season."),
            ("Lukas Brandt", "capture", "And I'll flag the eleven accessions for "
             "regeneration and email the partner banks about their meters this week."),
            ("Aroha Ngata", "other", "Great. Femi, hope the bus home is quieter."),
        ],
        "recap": [
            ("Eleven of forty accessions failed the five-year germination test; all arrived "
             "in the same 2021 week and were recorded as dried to fifteen percent humidity.",
             [4, 5]),
            ("Retests confirmed the failures; the drying room hygrometer used that week was "
             "later found to read low, so the seed may never have reached fifteen percent.",
             [7, 11, 12, 13]),
            ("Check the drying room hygrometer against a reference before each intake batch "
             "and test a sample of each batch for moisture directly.", [15]),
            ("It applies wherever a humidity reading decides that seed is ready: the drying "
             "room, the cold store checks and partner banks using the same meters.",
             [17, 18]),
            ("Priya adds the reference check to the intake procedure before spring "
             "collecting; Lukas flags the eleven accessions for regeneration and emails the "
             "partner banks this week.", [20, 21]),
        ],
        "pattern": {
            "name": "Check the hygrometer before each drying batch",
            "problem": "Seed recorded as dried to fifteen percent humidity failed its "
                       "germination test because the drying room hygrometer read low.",
            "what_to_do": "Check the drying room hygrometer against a reference before every "
                          "intake batch, and keep a sample of each batch to test its "
                          "moisture directly.",
            "applies_when": "Wherever a humidity reading decides that seed is ready, "
                            "including the cold store checks and partner banks using the "
                            "same meters.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Priya Raman", "action": "write the reference hygrometer check into "
             "the intake procedure", "due": "before the spring collecting season"},
            {"owner": "Lukas Brandt", "action": "flag the eleven accessions for regeneration "
             "and email the partner banks about their meters", "due": "this week"},
        ],
    },

    "holdout6_piano_tuning_schools": {
        "title": "Office hours: school pianos flat by half term",
        "format": "office hours", "date": "2026-12-01", "start_time": "16:00",
        "facilitator": "Bogdan Nowicki",
        "cases": [{"case_id": "PTN-8", "title": "School pianos out of tune within weeks",
                   "problem": "About half the school pianos tuned in August are flat again "
                              "by half term, and the tuning guarantee turns every complaint "
                              "into a free callback.",
                   "context": "Small piano tuning business, two tuners, about thirty school "
                              "pianos tuned each summer holiday; tunings guaranteed for "
                              "three months.",
                   "tried": "Retuning under the guarantee when the school complains.",
                   "outcome": "About forty unpaid callbacks last autumn and unhappy schools "
                              "before their winter concerts.",
                   "submitted_by": "Clara Fischer", "team": "Fischer Pianos",
                   "submitted_on": "2026-11-19"}],
        "cues": [
            ("Bogdan Nowicki", "other", "Hello, hello. Is it just the three of you today? "
             "Okay, nice and cosy."),
            ("Jamal Haddad", "present", "I'll start if that's alright, because I'm the one "
             "who keeps getting the calls. We tune about thirty school pianos in August, and "
             "by half term half of them are flat again."),
            ("Clara Fischer", "present", "Yeah, it's my case, Jamal's just closer to it. We "
             "guarantee the tuning for three months, so every callback is a free visit. It "
             "cost us about forty unpaid visits last autumn."),
            ("Jamal Haddad", "present", "And the schools are cross, because the carol "
             "concert sounds awful."),
            ("Bogdan Nowicki", "breakdown", "Okay, so let's dig into the why. What changes "
             "between August and half term?"),
            ("Jamal Haddad", "breakdown", "The heating. Schools switch it on in October and "
             "the halls go from damp to, like, desert dry. The soundboard shrinks and the "
             "pitch drops."),
            ("Clara Fischer", "breakdown", "We tune them in the summer holidays because "
             "that's when the halls are empty. So we're tuning in exactly the wrong "
             "conditions."),
            ("Kiri Walker", "breakdown", "Same with our church organs, honestly. And half "
             "the pianos are parked right next to a radiator."),
            ("Bogdan Nowicki", "pattern", "So what's the general move here?"),
            ("Kiri Walker", "pattern", "Tune when the room is how it'll be when it "
             "matters. For schools that means after the heating's been on for a couple of "
             "weeks, not in August."),
            ("Clara Fischer", "pattern", "And move the piano off the radiator wall while "
             "we're there. Tune in season, and fix the spot."),
            ("Bogdan Nowicki", "applies", "Does that work for all your customers?"),
            ("Clara Fischer", "applies", "All the schools and churches with seasonal "
             "heating, yes. Not the concert venues, they've got proper climate control, so "
             "August is fine there."),
            ("Bogdan Nowicki", "capture", "Great. So what are you going to change?"),
            ("Clara Fischer", "capture", "I'll write to every school before the summer and "
             "move their tuning to early November."),
            ("Jamal Haddad", "capture", "And I'll take humidity readings at each visit this "
             "term so we've got some numbers. Um, starting next week."),
            ("Bogdan Nowicki", "other", "Good luck with the carol concerts."),
            ("Clara Fischer", "other", "Ha, thanks, we'll need it."),
        ],
        "recap": [
            ("About half of the thirty school pianos tuned in August are flat by half term, "
             "and the three-month guarantee cost around forty unpaid callbacks last autumn.",
             [1, 2, 3]),
            ("Schools switch the heating on in October, drying the halls and dropping the "
             "pitch, while tuning happens in damp, empty summer halls, often beside "
             "radiators.", [5, 6, 7]),
            ("Tune when the room is as it will be when the piano matters, and move pianos "
             "away from radiators.", [9, 10]),
            ("It applies to schools and churches with seasonal heating, not to "
             "climate-controlled concert venues.", [12]),
            ("Clara writes to every school to move tuning to early November; Jamal records "
             "humidity at each visit from next week.", [14, 15]),
        ],
        "pattern": {
            "name": "Tune pianos in the conditions they are played",
            "problem": "Pianos tuned in damp, empty summer halls go flat once the heating "
                       "comes on, and guaranteed tunings turn into unpaid callbacks.",
            "what_to_do": "Tune after the heating has been on for a couple of weeks, and "
                          "move the piano away from radiators while there.",
            "applies_when": "Schools and churches with seasonal heating.",
            "does_not_apply_when": "Concert venues with climate control.",
        },
        "actions": [
            {"owner": "Clara Fischer", "action": "write to every school and move their "
             "tuning to early November", "due": "before the summer"},
            {"owner": "Jamal Haddad", "action": "take humidity readings at each visit this "
             "term", "due": "next week"},
        ],
    },

    "holdout6_escape_room_resets": {
        "title": "Rooms handed to the next group half reset",
        "format": "problem-solving jam", "date": "2026-12-03", "start_time": "10:15",
        "facilitator": "Killa Mamani",
        "cases": [{"case_id": "ERM-5", "title": "Escape rooms not reset between groups",
                   "problem": "Groups walk into rooms that were not fully reset: padlocks "
                              "left open, props missing, the final key still in its box.",
                   "context": "Escape room venue, six rooms, seventy-minute slots with "
                              "fifteen minutes between groups; game masters reset the rooms "
                              "and brief the next group.",
                   "tried": "A reset checklist on a clipboard by each door.",
                   "outcome": "Nine refunds in November, most of them on Saturdays.",
                   "submitted_by": "Oskar Nowak", "team": "Venue operations",
                   "submitted_on": "2026-11-29"}],
        "cues": [
            ("Killa Mamani", "other", "Hi everyone, thanks for coming in early. There's "
             "coffee in the back room if you want it."),
            ("Liam Byrne", "other", "Oh, nice one. Is it the good coffee or the, um, the "
             "machine stuff?"),
            ("Killa Mamani", "other", "The machine stuff, sorry. Oskar, do you want to kick "
             "us off?"),
            ("Oskar Nowak", "present", "Yeah. So in November we gave nine refunds because a "
             "group walked into a room that wasn't reset. Padlocks left open, a UV torch "
             "missing, once the final key was still in the box."),
            ("Oskar Nowak", "present", "We've got six rooms on seventy-minute slots with "
             "fifteen minutes between groups. There's a reset checklist on a clipboard by "
             "each door."),
            ("Killa Mamani", "breakdown", "Okay, and when does it go wrong? Is it certain "
             "times?"),
            ("Thandi Mokoena", "breakdown", "Saturdays, mostly. Game masters are running two "
             "rooms each, and if a group overruns we've got like five minutes to reset."),
            ("Oskar Nowak", "breakdown", "The checklist is forty lines long. Nobody's "
             "reading forty lines in five minutes, they just tick the lot."),
            ("Liam Byrne", "breakdown", "And the person resetting is the same one who has to "
             "brief the next group, so they're, I mean, they're rushing out to the lobby."),
            ("Killa Mamani", "pattern", "So what's the lesson if another venue asked?"),
            ("Thandi Mokoena", "pattern", "Have a second person do a thirty-second "
             "walk-through of the room before the door opens. Like a pre-flight check, just "
             "the five things that break the game."),
            ("Oskar Nowak", "pattern", "Yeah, a short final check by someone who didn't do "
             "the reset. I like that."),
            ("Killa Mamani", "applies", "Where would you use it?"),
            ("Liam Byrne", "applies", "Every room, on any day we're running back-to-back "
             "slots."),
            ("Oskar Nowak", "applies", "Not really the midweek private hires though, "
             "there's an hour between those, the full checklist works fine then."),
            ("Killa Mamani", "capture", "Right, what are we taking away?"),
            ("Thandi Mokoena", "capture", "I'll cut each room's list down to the five "
             "game-breaking items."),
            ("Oskar Nowak", "capture", "And I'll change the Saturday rota so there's a "
             "floater doing the walk-throughs, from the first weekend in January."),
            ("Killa Mamani", "other", "Perfect. Doors open in twenty minutes, let's go."),
        ],
        "recap": [
            ("Nine November refunds came from groups entering rooms that were not reset, "
             "with padlocks open, a torch missing or the final key left in its box.", [3, 4]),
            ("On Saturdays game masters run two rooms, overruns leave five minutes to reset, "
             "the forty-line checklist gets ticked unread, and the resetter also briefs the "
             "next group.", [6, 7, 8]),
            ("Before the door opens, a second person walks through the room checking the "
             "five game-breaking items.", [10, 11]),
            ("It applies to every room on days with back-to-back slots, not to midweek "
             "private hires with an hour between them.", [13, 14]),
            ("Thandi cuts each room's list to the five game-breaking items; Oskar adds a "
             "Saturday floater for walk-throughs from the first weekend in January.",
             [16, 17]),
        ],
        "pattern": {
            "name": "Second-person check before the next group",
            "problem": "Rooms reset in a hurry between back-to-back groups are handed over "
                       "with open padlocks and missing props.",
            "what_to_do": "Have someone who did not do the reset walk through the room in "
                          "thirty seconds before the door opens, checking the five items "
                          "that break the game.",
            "applies_when": "Every room on days with back-to-back slots.",
            "does_not_apply_when": "Private hires with an hour between groups.",
        },
        "actions": [
            {"owner": "Thandi Mokoena", "action": "cut each room's reset list down to the "
             "five game-breaking items", "due": None},
            {"owner": "Oskar Nowak", "action": "change the Saturday rota so a floater does "
             "the walk-throughs", "due": "the first weekend in January"},
        ],
    },

    "holdout6_chimney_sweep_noaccess": {
        "title": "Office hours: sweeps turning up to locked doors",
        "format": "office hours", "date": "2026-12-04", "start_time": "08:45",
        "facilitator": "Olusegun Bello",
        "cases": [{"case_id": "CSW-2", "title": "Booked sweeps finding no access",
                   "problem": "About one visit in eight, the sweep arrives and nobody is in "
                              "to open the door.",
                   "context": "Chimney sweeping co-operative, eleven sweeps; most visits are "
                              "booked by letting agents and landlords for annual safety "
                              "certificates.",
                   "tried": "A reminder text the day before, sent to whoever booked.",
                   "outcome": "Twelve percent of October visits had no access, each a lost "
                              "half day.",
                   "submitted_by": "Marta Wiśniewska", "team": "Bookings",
                   "submitted_on": "2026-11-21"}],
        "cues": [
            ("Olusegun Bello", "other", "Right, I think we're all here. Ayelet, are you on "
             "the train again?"),
            ("Ayelet Cohen", "other", "I am, so I'll stay on mute unless I'm talking."),
            ("Olusegun Bello", "present", "Fair enough. Marta, let's start with what "
             "happened, you brought the no-access one."),
            ("Marta Wiśniewska", "present", "Yes. So about one visit in eight, the sweep "
             "turns up and can't get in. In October that was, um, twelve percent of our "
             "visits, and each one is a wasted half day for a sweep."),
            ("Marta Wiśniewska", "present", "We do text a reminder the day before. But the "
             "text goes to whoever booked."),
            ("Olusegun Bello", "breakdown", "Let's pull that apart. Who's booking?"),
            ("Marta Wiśniewska", "breakdown", "Mostly letting agents and landlords, for the "
             "annual safety certificate. The tenant who has to be home often doesn't know "
             "at all."),
            ("Hemi Parata", "breakdown", "We had this with boiler services. The agent books, "
             "the reminder goes to the agent's inbox, and the tenant's at work."),
            ("Ayelet Cohen", "breakdown", "And, sorry, the, the agents book in bulk, so they "
             "pick dates without asking anyone."),
            ("Olusegun Bello", "pattern", "So what's the takeaway for the playbook?"),
            ("Hemi Parata", "pattern", "Confirm with the person who'll open the door, not "
             "the person who booked. Get the occupant's number at booking and text them to "
             "confirm the slot."),
            ("Olusegun Bello", "pattern", "Okay, so confirm with the occupant. Marta, does "
             "that ring true?"),
            ("Marta Wiśniewska", "pattern", "Yeah, and if the occupant doesn't confirm by the "
             "day before, we release the slot."),
            ("Olusegun Bello", "applies", "Where would this travel, do you think?"),
            ("Hemi Parata", "applies", "Any visit booked by one person where someone else "
             "lets you in. Gas checks, window cleaning inside flats, meter readings."),
            ("Olusegun Bello", "capture", "Lovely. Let's capture the next steps."),
            ("Marta Wiśniewska", "capture", "I'll add an occupant phone field to the booking "
             "form, and the agents have to fill it in. I'll get that live before "
             "Christmas."),
            ("Olusegun Bello", "capture", "And I'll share Hemi's boiler text template with "
             "the group."),
            ("Ayelet Cohen", "other", "This is my stop, bye all!"),
        ],
        "recap": [
            ("One visit in eight, twelve percent in October, finds no access and wastes half "
             "a sweep's day; the reminder text goes to whoever booked.", [3, 4]),
            ("Letting agents and landlords book in bulk for safety certificates without "
             "asking tenants, so reminders reach the agent while the tenant is at work.",
             [6, 7, 8]),
            ("Confirm the slot with the occupant who will open the door, and release it if "
             "they have not confirmed by the day before.", [10, 11, 12]),
            ("It applies to any visit booked by one person where someone else lets the "
             "visitor in, such as gas checks and meter readings.", [14]),
            ("Marta adds a required occupant phone field to the booking form before "
             "Christmas; Olusegun shares Hemi's boiler text template with the group.",
             [16, 17]),
        ],
        "pattern": {
            "name": "Confirm visits with the person at the door",
            "problem": "Visits booked by agents or landlords find nobody home because the "
                       "tenant was never told.",
            "what_to_do": "Take the occupant's number at booking, text them to confirm the "
                          "slot, and release the slot if they have not confirmed by the day "
                          "before.",
            "applies_when": "Any visit booked by one person where someone else has to let "
                            "the visitor in.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Marta Wiśniewska", "action": "add a required occupant phone field to "
             "the booking form", "due": "before Christmas"},
            {"owner": "Olusegun Bello", "action": "share Hemi's boiler text template with "
             "the group", "due": None},
        ],
    },

    "holdout6_archive_scanning_recalls": {
        "title": "Jam: scanned registers failing the vendor check",
        "format": "problem-solving jam", "date": "2026-11-25", "start_time": "13:30",
        "facilitator": "Siobhan Kearney",
        "cases": [{"case_id": "ARC-19", "title": "Scans rejected after the originals went back",
                   "problem": "The digitisation vendor rejects scanned parish register "
                              "volumes for missing or blurred pages after the originals have "
                              "gone back to the strongroom, so each one has to be recalled "
                              "and rescanned.",
                   "context": "County archive, about two hundred register volumes a year, "
                              "scanned by volunteers in three-hour shifts on an overhead "
                              "scanner; a volume needs a week to be released from the "
                              "strongroom.",
                   "tried": "Spot-checking one page in fifty before sending the files.",
                   "outcome": "Fourteen volumes recalled in the third quarter, about three "
                              "weeks lost.",
                   "submitted_by": "Nguyen Thi Lan", "team": "Digitisation",
                   "submitted_on": "2026-11-12"}],
        "cues": [
            ("Siobhan Kearney", "other", "Afternoon, everyone. Before we start, has anyone "
             "seen the strongroom key? It wasn't on the hook this morning."),
            ("Björn Halvorsen", "other", "It's with me, sorry. I'll bring it back after "
             "this."),
            ("Siobhan Kearney", "other", "Phew. Okay, this is a jam, so the usual: Lan's "
             "case first, then we pull it apart, find the lesson, work out where it goes, "
             "and write it up."),
            ("Siobhan Kearney", "present", "Lan, tell us what happened."),
            ("Nguyen Thi Lan", "present", "Okay, so. We're scanning the parish registers, "
             "about two hundred volumes this year, mostly volunteers on the overhead "
             "scanner."),
            ("Nguyen Thi Lan", "present", "Once a volume's done it goes back to the "
             "strongroom, and the files go to the vendor for quality checks. In the third "
             "quarter the vendor bounced fourteen volumes. Missing pages, blurred pages, a "
             "couple with the fold-outs not opened."),
            ("Nguyen Thi Lan", "present", "So we had to recall fourteen volumes, get Björn "
             "to check them again, rescan. We lost about three weeks."),
            ("Nguyen Thi Lan", "present", "We were already spot-checking one page in fifty "
             "before sending. That obviously didn't catch it."),
            ("Rachel Levi", "other", "Sorry, quick one, is that the Zeta scanner or the "
             "old one?"),
            ("Nguyen Thi Lan", "other", "The Zeta. The old one's in the basement with a "
             "dead lamp."),
            ("Rachel Levi", "other", "Okay, thanks, carry on."),
            ("Siobhan Kearney", "breakdown", "So let's break it down. Why do the problems "
             "only show up at the vendor?"),
            ("Nguyen Thi Lan", "breakdown", "Because the vendor check is the first time "
             "anyone looks at every page. Ours is a sample."),
            ("Abebe Tesfaye", "breakdown", "And, um, the volunteers work in three-hour "
             "shifts. A volume can be split between two people, and the second one doesn't "
             "know where the first stopped."),
            ("Björn Halvorsen", "breakdown", "From the conservation side, once it's back in "
             "the strongroom I need a week to release it again. Handling limits. So every "
             "recall is slow by design."),
            ("Rachel Levi", "breakdown", "The page count is in the catalogue, right? We "
             "could compare it against the number of image files automatically, it's a "
             "trivial script."),
            ("Nguyen Thi Lan", "breakdown", "The catalogue counts are, um, not always right. "
             "But they're right most of the time."),
            ("Abebe Tesfaye", "other", "Can I just say, the volunteers have been brilliant "
             "about this. They felt really bad about the recalls."),
            ("Siobhan Kearney", "other", "Yeah, definitely, this isn't about blame. Let's "
             "make sure they hear that."),
            ("Siobhan Kearney", "pattern", "Okay, so what's the pattern? What would we tell "
             "another archive?"),
            ("Björn Halvorsen", "pattern", "Don't let the original go back until the scan's "
             "been checked in full. Keep it on the trolley until the file check passes."),
            ("Rachel Levi", "pattern", "And make the full check cheap. A script compares "
             "the image count against the catalogue and flags blur, before a person "
             "looks."),
            ("Nguyen Thi Lan", "pattern", "So, check the whole volume before the original "
             "goes back. Machine first, then a person on whatever it flags."),
            ("Siobhan Kearney", "pattern", "That sounds like the pattern to me. Anyone "
             "disagree?"),
            ("Abebe Tesfaye", "other", "No, but, um, is the trolley going to be big "
             "enough? We've only got two."),
            ("Björn Halvorsen", "other", "I can find a third one. There's one in the "
             "conservation lab doing nothing."),
            ("Siobhan Kearney", "applies", "Right, where does this apply? Other "
             "collections?"),
            ("Nguyen Thi Lan", "applies", "Anything we digitise from originals that are slow "
             "to get back out. Registers, the estate maps, the council minutes."),
            ("Björn Halvorsen", "applies", "Not the microfilm conversions, though. The film "
             "stays on the reel in the reading room, there's no release delay, so a recall "
             "costs nothing."),
            ("Rachel Levi", "applies", "And the born-digital stuff obviously not, there's no "
             "original to send back."),
            ("Abebe Tesfaye", "other", "It's freezing in that strongroom, by the way. Could "
             "we get the heater looked at?"),
            ("Siobhan Kearney", "other", "I'll mention it to facilities. Okay, let's write "
             "it up."),
            ("Siobhan Kearney", "capture", "Who's taking what?"),
            ("Rachel Levi", "capture", "I'll write the page-count and blur script and have "
             "it running on the scan folder by the end of January."),
            ("Björn Halvorsen", "capture", "I'll move the third trolley over and write the "
             "hold rule into the handling procedure, um, next week."),
            ("Abebe Tesfaye", "capture", "I'll brief the volunteers at the next shift "
             "meeting, including a handover note between shifts."),
            ("Siobhan Kearney", "other", "Great work, thanks everyone. Björn, the key!"),
            ("Björn Halvorsen", "other", "Yes, yes, I'm going."),
        ],
        "recap": [
            ("The vendor rejected fourteen of about two hundred scanned register volumes in "
             "the third quarter for missing, blurred or unopened pages, costing three weeks "
             "of recalls despite one-in-fifty spot checks.", [4, 5, 6, 7]),
            ("The vendor's check is the first full look at every page, volumes split between "
             "volunteer shifts lose their place, and each strongroom recall takes a week.",
             [12, 13, 14, 15]),
            ("Keep the original out until the whole volume is checked: a script compares the "
             "image count with the catalogue and flags blur, then a person checks what it "
             "flags.", [20, 21, 22]),
            ("It applies to originals that are slow to release, such as registers, estate "
             "maps and council minutes, not to microfilm conversions or born-digital "
             "material.", [27, 28, 29]),
            ("Rachel runs the page-count and blur script by the end of January; Björn adds "
             "the hold rule and a third trolley next week; Abebe briefs the volunteers.",
             [33, 34, 35]),
        ],
        "pattern": {
            "name": "Check every page before originals go back",
            "problem": "Scanning faults are found only after the original has gone back to "
                       "the strongroom, so every fault means a slow recall.",
            "what_to_do": "Keep the original out until the whole scan has been checked: a "
                          "script compares the image count with the catalogue and flags "
                          "blur, and a person checks what it flags.",
            "applies_when": "Digitising originals that are slow to get back out, such as "
                            "registers, estate maps and council minutes.",
            "does_not_apply_when": "Microfilm conversions and born-digital material, where "
                                   "a recall costs nothing.",
        },
        "actions": [
            {"owner": "Rachel Levi", "action": "write the page-count and blur script and "
             "run it on the scan folder", "due": "the end of January"},
            {"owner": "Björn Halvorsen", "action": "move the third trolley over and write "
             "the hold rule into the handling procedure", "due": "next week"},
            {"owner": "Abebe Tesfaye", "action": "brief the volunteers, including a handover "
             "note between shifts", "due": "the next shift meeting"},
        ],
    },

    "holdout6_plant_nursery_irrigation": {
        "title": "The weekend glasshouse three dried out",
        "format": "problem-solving jam", "date": "2026-11-30", "start_time": "11:00",
        "facilitator": "Fatima Al-Sayed",
        "cases": [{"case_id": "NUR-6", "title": "Plug trays dried out over a hot weekend",
                   "problem": "The irrigation timer in one glasshouse stopped on a Friday "
                              "night and nobody noticed until Monday, so a whole house of "
                              "bedding plug trays wilted.",
                   "context": "Wholesale plant nursery, four glasshouses on automatic "
                              "irrigation timers; weekend staff run the shop and the potting "
                              "shed.",
                   "tried": "A grower's walk-round on Friday afternoons.",
                   "outcome": "About twenty-four hundred plug trays lost in June, roughly "
                              "nine thousand pounds of stock.",
                   "submitted_by": "Joe Whitfield", "team": "Growing",
                   "submitted_on": "2026-11-16"}],
        "cues": [
            ("Fatima Al-Sayed", "other", "Hi all, good to see everyone. Sigrún, welcome, "
             "you're joining from the Reykjavík growers' group, right?"),
            ("Sigrún Jónsdóttir", "other", "Yes, hello! We grow under lights mostly, so, um, "
             "your summer problems are a bit exotic for us."),
            ("Joe Whitfield", "other", "Ha, lucky you. It was thirty-one degrees in house "
             "three that Saturday."),
            ("Fatima Al-Sayed", "present", "Well, that's a nice lead in. Joe, tell us what "
             "happened."),
            ("Joe Whitfield", "present", "So, middle of June, hot weekend. The irrigation "
             "timer on glasshouse three stopped on Friday night. Flat battery, we found out "
             "later."),
            ("Joe Whitfield", "present", "Nobody noticed till Monday morning. Twenty-four "
             "hundred plug trays of bedding, all wilted, most of it dead. About nine thousand "
             "pounds of stock."),
            ("Joe Whitfield", "present", "The grower does a walk-round on Friday afternoon, "
             "and that was fine. Everything was wet."),
            ("Ana Lima", "present", "I was in on the Saturday, but only for the shop and the "
             "potting shed. I, I didn't go into three at all, it's not on the weekend "
             "list."),
            ("Fatima Al-Sayed", "breakdown", "Thanks both. Why did a flat battery become a "
             "nine-thousand-pound loss?"),
            ("Tevita Fifita", "breakdown", "The timers run on a backup battery when the mains "
             "blips. There was a short power cut on Friday night, the battery was dead, so "
             "it just reset to off."),
            ("Joe Whitfield", "breakdown", "And the timer shows no warning. The display looks "
             "the same whether it's programmed or not."),
            ("Ana Lima", "breakdown", "The weekend list is about watering the retail "
             "plants, not checking the glasshouses. So nobody was ever going to look."),
            ("Sigrún Jónsdóttir", "other", "Sorry, just, what sort of timers? We had some "
             "that beep when they lose the programme."),
            ("Tevita Fifita", "other", "Ours are the old Galcon ones. No beep. Very quiet, "
             "very cheap."),
            ("Sigrún Jónsdóttir", "other", "Ah. Yes. Cheap and quiet."),
            ("Joe Whitfield", "breakdown", "The other thing is, Friday's the check that "
             "matters least. It's Saturday and Sunday afternoon when the heat peaks."),
            ("Fatima Al-Sayed", "pattern", "So what would we write down as the lesson "
             "here?"),
            ("Sigrún Jónsdóttir", "pattern", "In our place, every automatic system has a "
             "check that doesn't trust the system. Someone looks at the plants, or a sensor "
             "does, at the hottest part of every day, weekends too."),
            ("Joe Whitfield", "pattern", "Yeah. Check the crop, not the timer. At peak heat, "
             "every day."),
            ("Fatima Al-Sayed", "applies", "Where else does that fit for you?"),
            ("Joe Whitfield", "applies", "All four glasshouses, obviously. And the misting in "
             "the propagation house, that's on a timer too."),
            ("Tevita Fifita", "applies", "The heating in winter. Same kind of controller, "
             "same battery."),
            ("Ana Lima", "applies", "Not the outdoor beds though, they're on the rain "
             "sensor, and, um, nobody waters those at the weekend anyway."),
            ("Ana Lima", "other", "Also, if I'm doing glasshouse checks, I need a key to "
             "three. It's locked on Saturdays."),
            ("Joe Whitfield", "other", "Fair, we'll sort you a key."),
            ("Fatima Al-Sayed", "pattern", "Coming back to the lesson for a second. Is it "
             "just look at the crop, or is there a sensor part too?"),
            ("Tevita Fifita", "pattern", "I'd add a moisture sensor in each house that "
             "texts whoever's on call if the trays dry out. Then the look is the backup, not "
             "the only check."),
            ("Joe Whitfield", "pattern", "So, a daily check at peak heat plus an alarm that "
             "doesn't depend on the timer. Both."),
            ("Sigrún Jónsdóttir", "pattern", "That's basically what we do, yes."),
            ("Fatima Al-Sayed", "capture", "Okay, so who does what?"),
            ("Tevita Fifita", "capture", "I'll replace the timer batteries in every house "
             "this week, and price up moisture alarms by the end of the month."),
            ("Joe Whitfield", "capture", "I'll put a two o'clock glasshouse check on the "
             "weekend list, starting this Saturday."),
            ("Fatima Al-Sayed", "other", "Great, thanks everyone. Sigrún, thanks for "
             "joining, that was really useful."),
            ("Sigrún Jónsdóttir", "other", "My pleasure. Come and visit in January, we'll "
             "show you the lights."),
            ("Joe Whitfield", "other", "Don't tempt me."),
            ("Fatima Al-Sayed", "other", "Right, I'll stop the recording there."),
        ],
        "recap": [
            ("On a hot June weekend the irrigation timer in glasshouse three stopped on "
             "Friday night, and twenty-four hundred plug trays, about nine thousand pounds of "
             "stock, wilted before Monday.", [4, 5, 6, 7]),
            ("A short power cut reset the timer to off because its backup battery was dead, "
             "the timer shows no warning, and the weekend list never includes the "
             "glasshouses.", [9, 10, 11, 15]),
            ("Check the crop, not the timer: look at it at peak heat every day, weekends "
             "included, and add a moisture alarm that does not depend on the timer.",
             [17, 18, 26, 27]),
            ("It applies to all four glasshouses, the propagation misting and the winter "
             "heating on the same controllers, not to outdoor beds on the rain sensor.",
             [20, 21, 22]),
            ("Tevita replaces the timer batteries this week and prices moisture alarms by "
             "the end of the month; Joe adds a two o'clock weekend glasshouse check from "
             "Saturday.", [30, 31]),
        ],
        "pattern": {
            "name": "Check the crop at peak heat daily",
            "problem": "Automatic irrigation failed silently over a weekend and nobody "
                       "looked at the crop until Monday.",
            "what_to_do": "Look at the crop at the hottest part of every day, weekends "
                          "included, and fit a moisture alarm that does not depend on the "
                          "timer.",
            "applies_when": "Any crop kept alive by an automatic timer or controller: "
                            "glasshouse irrigation, propagation misting and winter heating.",
            "does_not_apply_when": "Outdoor beds on the rain sensor that are not watered at "
                                   "weekends.",
        },
        "actions": [
            {"owner": "Tevita Fifita", "action": "replace the timer batteries in every "
             "house", "due": "this week"},
            {"owner": "Tevita Fifita", "action": "price up moisture alarms",
             "due": "the end of the month"},
            {"owner": "Joe Whitfield", "action": "put a two o'clock glasshouse check on the "
             "weekend list", "due": "this Saturday"},
        ],
    },

    "holdout6_trail_mapping_demo_day": {
        "title": "Trail mapping demo day",
        "format": "demo day", "date": "2026-12-02", "start_time": "15:00",
        "facilitator": "Marisol Dela Cruz",
        "cases": [{"case_id": "MAP-11", "title": "Trail reports pinned to the wrong place",
                   "problem": "Damage reports from the rangers' trail app landed on the "
                              "wrong trail, because the pin used the centre of the map on "
                              "screen, not the phone's position.",
                   "context": "National park trails team, about three hundred kilometres of "
                              "waymarked trails, rangers reporting from phones, much of the "
                              "park without signal.",
                   "tried": "Asking rangers to drag the pin to the right spot before "
                            "sending.",
                   "outcome": "Work crews were sent to the wrong trail several times in the "
                              "summer.",
                   "submitted_by": "Wiremu Tane", "team": "Park digital",
                   "submitted_on": "2026-09-08"}],
        "cues": [
            ("Marisol Dela Cruz", "other", "Welcome to demo day, everyone! We've got three "
             "demos, ten minutes each, and questions at the end of each one."),
            ("Marisol Dela Cruz", "other", "First up is Wiremu with the trail reporting "
             "app."),
            ("Wiremu Tane", "other", "Thanks. So, this is the new report screen. You drop a "
             "pin, take a photo, pick what's wrong, fallen tree, washout, whatever."),
            ("Wiremu Tane", "other", "The big change since last sprint: it now uses the "
             "phone's GPS fix instead of wherever the map happens to be centred. That was "
             "the wrong-location problem from MAP-11."),
            ("Wiremu Tane", "other", "Since we switched, um, the rangers have had zero "
             "reports land on the wrong trail, out of about a hundred and ten."),
            ("Kwame Asante", "other", "Does it work offline? Half the park has no signal."),
            ("Wiremu Tane", "other", "It queues the report and sends it when you're back in "
             "range. The location's stamped when you take the photo."),
            ("Marisol Dela Cruz", "other", "Great, thank you. Next is Yonatan with the "
             "printed map refresh."),
            ("Yonatan Mizrahi", "other", "So, the visitor centre maps. We've redrawn the "
             "north sector with the new bridge and the, the closed path by the quarry."),
            ("Yonatan Mizrahi", "other", "We printed two thousand, and the first run had the "
             "contour colours too pale. This is the second proof, which is much better, I "
             "think."),
            ("Chiara Russo", "other", "It's lovely. Are the parking symbols the same as on "
             "the signs now?"),
            ("Yonatan Mizrahi", "other", "Yes, we matched them to the sign set."),
            ("Marisol Dela Cruz", "other", "Last one, Chiara with the volunteer dashboard."),
            ("Chiara Russo", "other", "Quick one. This shows how many volunteer hours we "
             "logged per trail this year. The south loop's had more than the rest put "
             "together."),
            ("Chiara Russo", "other", "Next sprint I'll add the trail condition scores from "
             "Wiremu's reports, so we can see where the effort goes against where the "
             "damage is."),
            ("Marisol Dela Cruz", "other", "Brilliant, thanks all. Voting for the favourite "
             "demo is on the form in the chat, it closes at five."),
        ],
        "recap": [
            ("Wiremu showed the trail report screen, which now takes the phone's GPS fix; "
             "none of about a hundred and ten reports has landed on the wrong trail since.",
             [2, 3, 4]),
            ("Reports made without signal are queued and sent later, with the location "
             "stamped when the photo is taken.", [5, 6]),
            ("Yonatan showed the redrawn north sector visitor map with the new bridge and "
             "the closed quarry path; the second proof fixes the pale contours.", [8, 9]),
            ("The map's parking symbols now match the sign set.", [10, 11]),
            ("Chiara showed volunteer hours per trail, led by the south loop, and will add "
             "trail condition scores next sprint.", [13, 14]),
        ],
        "pattern": {
            "name": "Stamp field reports with the phone's position",
            "problem": "Trail damage reports landed on the wrong trail because the pin used "
                       "the centre of the map on screen.",
            "what_to_do": "Take the report's location from the phone's GPS fix when the "
                          "photo is taken, and queue reports made without signal.",
            "applies_when": "Field reports made from a phone, including where there is no "
                            "signal.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Chiara Russo", "action": "add the trail condition scores from the "
             "reports to the volunteer dashboard", "due": "next sprint"},
        ],
    },

    "holdout6_bridge_inspection_status": {
        "title": "Bridge inspections: weekly round",
        "format": "show-and-tell", "date": "2026-12-07", "start_time": "09:00",
        "facilitator": "Selamawit Bekele",
        "cases": [{"case_id": "BRI-6", "title": "Drone inspection photos unusable in low sun",
                   "problem": "Drone photos of bridge soffits and bearings came back too dark "
                              "or full of glare to assess, so inspections had to be flown "
                              "again.",
                   "context": "Bridge inspection team of a county highways department, "
                              "footbridges and small road bridges inspected by drone.",
                   "tried": "Raising the exposure in the drone settings.",
                   "outcome": "Five footbridges flown twice in October.",
                   "submitted_by": "Ewa Zielińska", "team": "Structures",
                   "submitted_on": "2026-10-27"}],
        "cues": [
            ("Selamawit Bekele", "other", "Okay, let's do the round. Quick updates, blockers, "
             "and we're done by half past."),
            ("Hamish Grant", "other", "Me first. The Carrick viaduct report is with the "
             "client, they've got until Friday to come back with comments."),
            ("Hamish Grant", "other", "Um, the only blocker is the access platform for the "
             "river pier. The hire firm's pushed it to the nineteenth."),
            ("Selamawit Bekele", "other", "Okay. Does that push the final report?"),
            ("Hamish Grant", "other", "By a week, probably. I'll let the client know."),
            ("Ewa Zielińska", "other", "Mine's the footbridge batch. Eleven done, four to "
             "go, all on schedule."),
            ("Ewa Zielińska", "other", "Oh, and the drone photos are fine now. That was the "
             "low sun thing from BRI-6, we've just been flying before ten and it's sorted "
             "itself."),
            ("Selamawit Bekele", "other", "Good to hear. Arjun?"),
            ("Arjun Pillai", "other", "I'm mostly on the new asset database. The import "
             "from the old spreadsheets is done, about, um, nine hundred structures."),
            ("Arjun Pillai", "other", "I need everyone to check their own bridges in it by "
             "the end of next week, there are some duplicate records."),
            ("Noa Ben-David", "other", "I'm on leave from Thursday, so I'll check mine "
             "tomorrow."),
            ("Noa Ben-David", "other", "Otherwise, the culvert survey's on hold until the "
             "water level drops. Nothing else from me."),
            ("Selamawit Bekele", "other", "Thanks. Anything else? No? Great, see you all "
             "next week."),
        ],
        "recap": [
            ("The Carrick viaduct report is with the client for comments until Friday.",
             [1]),
            ("The river pier access platform has moved to the nineteenth, which delays the "
             "final report by about a week; Hamish will tell the client.", [2, 3, 4]),
            ("Eleven of fifteen footbridges are inspected, on schedule, and drone photos are "
             "usable again since flights moved to before ten in the morning.", [5, 6]),
            ("About nine hundred structures are in the new asset database; everyone checks "
             "their own bridges for duplicates by the end of next week.", [8, 9, 10]),
            ("The culvert survey waits for the water level to drop.", [11]),
        ],
        "pattern": {
            "name": "Fly inspection drones before the low sun",
            "problem": "Drone photos of bridges taken in low sun were too dark or full of "
                       "glare to assess, so inspections were flown twice.",
            "what_to_do": "Fly drone inspections before ten in the morning.",
            "applies_when": "Drone photo inspections of bridges.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Hamish Grant", "action": "let the client know the final report slips "
             "by a week", "due": None},
            {"owner": "Noa Ben-David", "action": "check her bridges in the asset database "
             "for duplicates", "due": "tomorrow"},
        ],
    },

    "holdout6_driving_school_office_hours": {
        "title": "Office hours: driving instructors' questions",
        "format": "office hours", "date": "2026-12-08", "start_time": "12:30",
        "facilitator": "Lwazi Dlamini",
        "cases": [
            {"case_id": "DRS-3", "title": "Learners failing the test on big roundabouts",
             "problem": "Learners who pass our mock test fail the real driving test on the "
                        "multi-lane roundabouts near the test centre.",
             "context": "Driving school with nine instructors; mock tests are driven on the "
                        "quiet roundabouts near the office.",
             "tried": "An extra mock test before the real one.",
             "outcome": "Most fails since September were roundabout faults.",
             "submitted_by": "Paulina Kowalska", "team": "Instructors",
             "submitted_on": "2026-11-25"},
            {"case_id": "DRS-7", "title": "Lessons cancelled at short notice",
             "problem": "Learners cancel lessons on the morning of the lesson, leaving "
                        "instructors with unpaid gaps.",
             "context": "Driving school with nine instructors; lessons booked by phone "
                        "through the office.",
             "tried": "A cancellation fee that the office rarely charges.",
             "outcome": "About one lesson in ten cancelled on the day in November.",
             "submitted_by": "Tariq Mansour", "team": "Instructors",
             "submitted_on": "2026-12-01"},
        ],
        "cues": [
            ("Lwazi Dlamini", "other", "Hi both, it's open office hours, so just fire away. "
             "Who's first?"),
            ("Paulina Kowalska", "other", "Me, quick one on my roundabout case. Is there "
             "anything in the library already about mock tests? I don't want to reinvent "
             "it."),
            ("Lwazi Dlamini", "other", "There's a pattern from the swim teachers about, um, "
             "assessing in the real pool instead of the practice lane. Might be close. I'll "
             "send you the link."),
            ("Paulina Kowalska", "other", "Great. And should I put the test centre's fail "
             "sheets in the case, or is that too much detail?"),
            ("Lwazi Dlamini", "other", "Put a summary in. Like how many fails were "
             "roundabout faults, over what period. The sheets themselves can stay in your "
             "drive."),
            ("Paulina Kowalska", "other", "Okay, it's fourteen out of twenty-two since "
             "September. I'll add that."),
            ("Tariq Mansour", "other", "Mine's the cancellations one. Can I bring it to the "
             "jam on the ninth, or is that full?"),
            ("Lwazi Dlamini", "other", "The ninth has two cases already. The twenty-third "
             "is open, I'll pencil you in."),
            ("Tariq Mansour", "other", "The twenty-third works. Do I need slides?"),
            ("Lwazi Dlamini", "other", "No slides. Five minutes of what happened is plenty, "
             "the group does the rest."),
            ("Tariq Mansour", "other", "And, um, should I invite the office manager? She's "
             "the one who takes the cancellation calls."),
            ("Lwazi Dlamini", "other", "Yes, definitely, bring her. She'll know things you "
             "don't."),
            ("Lwazi Dlamini", "other", "Anything else? No? Okay, I'll send the link and the "
             "invite this afternoon."),
        ],
        "recap": [
            ("Paulina asked whether the library already holds a pattern on mock tests; "
             "Lwazi will send a related one on assessing in real conditions.", [1, 2]),
            ("Her roundabout case will summarise the fail sheets: fourteen of twenty-two "
             "fails since September were roundabout faults.", [3, 4, 5]),
            ("Tariq's cancellations case goes to the jam on the twenty-third, as the ninth "
             "already has two cases.", [6, 7, 8]),
            ("He will present five minutes of what happened, without slides.", [9]),
            ("He will bring the office manager, who takes the cancellation calls.",
             [10, 11]),
        ],
        "pattern": {
            "name": "Mock tests on the test centre's own roundabouts",
            "problem": "Learners who pass a mock test on quiet roundabouts fail the real "
                       "test on the multi-lane roundabouts near the test centre.",
            "what_to_do": "Assess learners in the conditions of the real test, on the "
                          "roundabouts near the test centre.",
            "applies_when": "Mock driving tests before the real test.",
            "does_not_apply_when": "Lessons for learners who are not yet ready for busy "
                                   "roads.",
        },
        "actions": [
            {"owner": "Lwazi Dlamini", "action": "send the link to the related pattern and "
             "the invite for the twenty-third", "due": "this afternoon"},
            {"owner": "Paulina Kowalska", "action": "add the summary of roundabout fails to "
             "her case", "due": None},
        ],
    },

    "holdout6_orienteering_race_planning": {
        "title": "Planning call: March regional orienteering race",
        "format": "problem-solving jam", "date": "2026-12-09", "start_time": "20:00",
        "facilitator": "Ingrid Solberg",
        "cases": [{"case_id": "ORI-2", "title": "Control markers missing on race day",
                   "problem": "At the autumn race three control markers, put out the evening "
                              "before, were gone by the time the first runners reached them.",
                   "context": "Orienteering club, races in a public forest used by dog "
                              "walkers; controls placed the evening before the race.",
                   "tried": "Tying the markers on more firmly.",
                   "outcome": "Two courses voided at the autumn race. At the school-grounds "
                              "event, locked overnight, nothing went missing.",
                   "submitted_by": "Kalani Akana", "team": "Event planning",
                   "submitted_on": "2026-10-14"}],
        "cues": [
            ("Ingrid Solberg", "other", "Okay, this is the planning call for the March "
             "regional. I've got the list, let's go through it."),
            ("Ingrid Solberg", "other", "Permissions first. Sipho, where are we with the "
             "landowners?"),
            ("Sipho Ndlovu", "other", "Forestry said yes for the sixteenth, in writing. The "
             "farm on the east side hasn't answered yet, I'll chase them on Monday."),
            ("Ingrid Solberg", "other", "Good. Courses. Huong?"),
            ("Tran Thi Huong", "other", "Six courses drafted, from white to black. The black "
             "one's about nine kilometres, which might be a bit long for March, honestly."),
            ("Dov Friedman", "other", "Nine's fine for black. They moan, but they love "
             "it."),
            ("Ingrid Solberg", "other", "Let's leave it at nine then. Controls. After last "
             "autumn, um, I want us to do it differently."),
            ("Kalani Akana", "other", "Yeah, that was the ORI-2 mess, three markers gone by "
             "the time the first runners got there. We're putting them out at dawn on race "
             "day this time, not the evening before."),
            ("Ingrid Solberg", "other", "And a control checker goes round after, before the "
             "first start. Kalani, can you do that?"),
            ("Kalani Akana", "other", "Sure, I'll need a bike though."),
            ("Ingrid Solberg", "other", "Fine. Entries open on the first of February. Dov, "
             "the website?"),
            ("Dov Friedman", "other", "I'll have the entry page up by the end of January. "
             "Same fees as last year?"),
            ("Ingrid Solberg", "other", "Same fees. Okay, next call on the twentieth, same "
             "time. Thanks all."),
        ],
        "recap": [
            ("Forestry approved the sixteenth in writing; Sipho chases the east-side farm "
             "on Monday.", [2]),
            ("Huong has drafted six courses from white to black, and the nine-kilometre "
             "black course stays.", [4, 5, 6]),
            ("After three markers went missing last autumn, controls go out at dawn on race "
             "day and a checker rides round before the first start.", [7, 8, 9]),
            ("Entries open on the first of February; Dov has the entry page up by the end "
             "of January at last year's fees.", [10, 11, 12]),
            ("The next planning call is on the twentieth.", [12]),
        ],
        "pattern": {
            "name": "Put out controls on race morning",
            "problem": "Control markers put out the evening before a race went missing "
                       "before the first runners reached them.",
            "what_to_do": "Put the controls out at dawn on race day and have a checker go "
                          "round them before the first start.",
            "applies_when": "Races on public land where people pass overnight.",
            "does_not_apply_when": "Events on grounds that are locked overnight.",
        },
        "actions": [
            {"owner": "Sipho Ndlovu", "action": "chase the east-side farm for permission",
             "due": "Monday"},
            {"owner": "Kalani Akana", "action": "check the controls by bike before the "
             "first start", "due": "race day"},
            {"owner": "Dov Friedman", "action": "put the entry page up", "due": "the end of "
             "January"},
        ],
    },
}
