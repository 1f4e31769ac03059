"""Annotated sessions written blind in session 15 by someone who had read neither the product
code nor its tests (nothing under assistant/ or tests/, and no evaluation script), before that
session's changes, in work domains none of the other sets use: a lighthouse heritage trust, an
organ builder, a sail loft, a rope access crew, a falconry centre, a glassblowing studio, a
recording studio, a dry-stone walling team, a thatching firm, a coffee roastery, a dog grooming
salon and a violin workshop. Six scripted sessions of 17-22 cues (the facilitator numbers every
step in one, names the steps in plain words of their own in two and names none in the other
three; a check-in round of one word each opens one; one starts by looking back at last month's
case before today's, cues annotated as other; a participant jumps ahead to the remedy during
the breakdown in one, a cue annotated as pattern, and the facilitator pulls the group back to
the breakdown; the breakdown comes back after the pattern in another; the case owner is not
the first to tell the case in three; a participant, not the facilitator, sums up the
breakdown and moves the group on to the pattern in one), two longer scripted sessions of 35
and 33 cues with side talk inside the steps (a crackling headset and a frozen video, someone
parked in a lay-by for signal, a late joiner from the dentist and another returning a trailer,
both caught up by the facilitator, jokes, a weekend rota reminder and a van rota change), where
the breakdown and then the pattern come back after the applies step in one and the pattern
comes back after the applies step in the other, and four sessions of 14-16 cues that do not
follow the script (all cues "other"), each with a linked case: a demo day, a Monday status
round that closes its case in passing, office hours with questions about writing up a case,
and a year's look back held in a slot booked as a jam. Every session has two to four action
items said aloud, most with a due date in varied words, some asked of a person by someone
else."""

SESSIONS = {
    "holdout10_lighthouse_stair_queues": {
        "title": "Tower climbs overrunning at the lighthouse",
        "format": "problem-solving jam", "date": "2027-05-11", "start_time": "10:15",
        "facilitator": "Sigrún Hauksdóttir",
        "cases": [{"case_id": "H10-LHT-1", "title": "Timed tower climbs running over",
                   "problem": "Between May and August the 11:00 and 14:00 tower climbs overran "
                              "by up to forty minutes and about three hundred visitors with "
                              "timed tickets were turned away at the gate.",
                   "context": "Volunteer-run heritage trust opening a nineteenth-century "
                              "lighthouse to the public; one narrow spiral stair of 137 steps "
                              "and room for twelve visitors on the lantern gallery.",
                   "tried": "Selling eighteen tickets per climb instead of twenty-four.",
                   "outcome": "Overruns shorter but takings down by about a fifth; visitors "
                              "still waiting at the gate on Bank Holidays.",
                   "submitted_by": "Tamati Walker", "team": "Visitor experience",
                   "submitted_on": "2027-04-29"}],
        "cues": [
            ("Sigrún Hauksdóttir", "other", "Can everyone hear me? The wind's rattling the "
             "shutters here, so I've shut the window."),
            ("Eleni Papadaki", "other", "Loud and clear. Is this the one about the stair?"),
            ("Sigrún Hauksdóttir", "other", "It is. We'll take it in five steps and I'll call "
             "out the numbers as we go."),
            ("Sigrún Hauksdóttir", "present", "Step one, the case. Tamati, it's yours."),
            ("Tamati Walker", "present", "Through the summer our eleven o'clock and two o'clock "
             "climbs ran over, sometimes by forty minutes. By August we'd turned away about "
             "three hundred people who had timed tickets."),
            ("Tamati Walker", "present", "We cut the tickets per climb from twenty-four to "
             "eighteen. The overruns shrank, but so did the takings, by about a fifth, and on "
             "Bank Holidays we still had people queuing at the gate."),
            ("Sigrún Hauksdóttir", "breakdown", "Step two. Why does a climb take longer than "
             "its slot?"),
            ("Duc Anh Vo", "breakdown", "It's the stair. There's one spiral, one way up and "
             "down, so the group coming down has to wait on the landings for the group going "
             "up."),
            ("Eleni Papadaki", "breakdown", "And the guide's talk at the top has grown. The "
             "volunteers love the lens story and it's twenty minutes now, not ten."),
            ("Tamati Walker", "breakdown", "Plus nobody times the descent. The next group is "
             "sent up the moment the ticket desk says so, not when the stair is clear."),
            ("Sigrún Hauksdóttir", "pattern", "Step three. What do we take away from that?"),
            ("Eleni Papadaki", "pattern", "A single stair is the bottleneck, so the slot is set "
             "by the stair, not by the ticket. Nobody goes up until the last group is at the "
             "bottom."),
            ("Duc Anh Vo", "pattern", "And the talk at the top is capped, with the long version "
             "told downstairs in the keeper's cottage."),
            ("Sigrún Hauksdóttir", "applies", "Step four. Where else could that work, and where "
             "wouldn't it?"),
            ("Tamati Walker", "applies", "The bell tower at the chapel is the same, one stair. "
             "It doesn't fit the museum rooms, people drift round those at their own pace."),
            ("Sigrún Hauksdóttir", "capture", "Step five, who does what?"),
            ("Duc Anh Vo", "capture", "I'll fit a radio on the gallery so the guide can call "
             "down when the stair is clear. It'll be working before the half-term rush."),
            ("Eleni Papadaki", "capture", "I'll rewrite the guides' notes so the top talk is "
             "ten minutes, and send them to the volunteers by the 14th."),
            ("Sigrún Hauksdóttir", "other", "Good. Mind the wind on your way out."),
        ],
        "recap": [
            ("The summer tower climbs overran by up to forty minutes and about three hundred "
             "ticket holders were turned away; cutting tickets per climb shortened overruns but "
             "cost a fifth of the takings.",
             [4, 5]),
            ("One spiral stair serves both directions so groups wait on the landings, the "
             "guide's talk at the top has doubled to twenty minutes, and the next group is sent "
             "up by the ticket desk rather than when the stair is clear.",
             [7, 8, 9]),
            ("The single stair sets the slot: nobody goes up until the last group is down, and "
             "the talk at the top is capped with the long version told in the keeper's cottage.",
             [11, 12]),
            ("It applies to the chapel bell tower, not to the museum rooms.",
             [14]),
            ("Duc Anh fits a radio on the gallery before the half-term rush; Eleni rewrites the "
             "guides' notes for a ten-minute talk and sends them to the volunteers by the 14th.",
             [16, 17]),
        ],
        "pattern": {
            "name": "Let the stair set the slot",
            "problem": "Tours up a single narrow stair overrun and turn visitors away when "
                       "groups are sent up on the ticket time while the stair is still busy.",
            "what_to_do": "Send the next group up only when the last one is down, and cap the "
                          "talk at the top, telling the long version at ground level.",
            "applies_when": "Tours that use one stair or passage in both directions, such as "
                            "towers and bell lofts.",
            "does_not_apply_when": "Rooms visitors walk round freely at their own pace.",
        },
        "actions": [
            {"owner": "Duc Anh Vo", "action": "fit a radio on the lantern gallery so the guide "
             "can call down when the stair is clear", "due": "before the half-term rush"},
            {"owner": "Eleni Papadaki", "action": "rewrite the guides' notes for a ten-minute "
             "talk at the top and send them to the volunteers", "due": "the 14th"},
        ],
    },

    "holdout10_organ_builder_ciphers": {
        "title": "Restored organs ciphering in their first winter",
        "format": "problem-solving jam", "date": "2027-05-13", "start_time": "14:30",
        "facilitator": "Agnieszka Wróbel",
        "cases": [{"case_id": "H10-ORG-2", "title": "Ciphers after the church heating comes on",
                   "problem": "Three of the five organs restored last year developed ciphering "
                              "notes in their first winter; each needed a return visit of two "
                              "days.",
                   "context": "Small organ-building workshop restoring and tuning pipe organs in "
                              "village churches; oak slider soundboards are restored in the "
                              "workshop and refitted on site.",
                   "tried": "Re-bedding the sliders on the first return visit.",
                   "outcome": "The ciphers came back after the next cold spell; six days on site "
                              "unpaid.",
                   "submitted_by": "Kenji Ota", "team": "Restoration",
                   "submitted_on": "2027-04-30"}],
        "cues": [
            ("Agnieszka Wróbel", "other", "Afternoon. The kettle's on in the voicing room if "
             "anyone wants one after."),
            ("Agnieszka Wróbel", "present", "Let's start with what went wrong, told plainly. "
             "Kenji, it's yours, but Folasade was at two of the visits."),
            ("Folasade Adeyemi", "present", "I'll set the scene. Three of the five organs we "
             "restored last year started ciphering in their first winter, notes sounding with "
             "nobody touching a key."),
            ("Kenji Ota", "present", "Each one meant two days back on site. We re-bedded the "
             "sliders the first time round, and after the next cold snap the ciphers came "
             "straight back. That's six days nobody paid for."),
            ("Agnieszka Wróbel", "breakdown", "Now let's pull it apart. What was going on "
             "inside those soundboards?"),
            ("Rasmus Kask", "breakdown", "The oak shrank. We restore in the workshop at about "
             "fifty-five percent humidity, and those churches drop to thirty when the heating "
             "blasts on for Sunday morning."),
            ("Kenji Ota", "breakdown", "So the table splits and wind leaks from one channel "
             "into the next. That's your cipher."),
            ("Folasade Adeyemi", "breakdown", "And all three have new fan heaters. The two that "
             "didn't cipher still have the old pipes under the pews that stay warm all week."),
            ("Rasmus Kask", "breakdown", "We never asked about heating when we quoted. Access, "
             "the loft, the tower stairs, never the heating."),
            ("Agnieszka Wróbel", "pattern", "So what's the lesson we'd hand on to another "
             "workshop?"),
            ("Kenji Ota", "pattern", "Know the building's winter before you build for it. Log "
             "the humidity in the church for a season, and let the restored wood settle in the "
             "conditions it will live in."),
            ("Folasade Adeyemi", "pattern", "And the parish gets written advice to heat slowly, "
             "a few degrees an hour, not full blast an hour before the service."),
            ("Agnieszka Wróbel", "applies", "Where does that hold, and where would it be "
             "overkill?"),
            ("Rasmus Kask", "applies", "Any wooden action going into a church or hall that's "
             "heated now and then. Not the chamber organs for the conservatoire, they live in a "
             "climate-controlled room."),
            ("Agnieszka Wróbel", "capture", "Let's pin down who does what."),
            ("Kenji Ota", "capture", "I'll order six humidity loggers and put them in the three "
             "churches before the end of the month."),
            ("Agnieszka Wróbel", "capture", "Folasade, can you draft the heating letter for the "
             "parishes?"),
            ("Folasade Adeyemi", "capture", "Yes. I'll have it to you by next Tuesday and you "
             "can send it to them."),
            ("Agnieszka Wróbel", "other", "Thanks. Biscuits are in the tin by the lathe."),
        ],
        "recap": [
            ("Three of the five organs restored last year ciphered in their first winter; "
             "re-bedding the sliders did not last past the next cold snap, and six days on site "
             "went unpaid.",
             [2, 3]),
            ("The oak restored at fifty-five percent humidity shrank when fan heaters dropped "
             "the churches to thirty, splitting the tables so wind leaked between channels; the "
             "two organs with steady pipe heating were fine, and heating was never asked about "
             "at quoting.",
             [5, 6, 7, 8]),
            ("Know the building's winter first: log the church's humidity for a season, let the "
             "restored wood settle in it, and advise the parish in writing to heat slowly.",
             [10, 11]),
            ("It applies to any wooden action going into an occasionally heated church or hall, "
             "not to chamber organs kept in a climate-controlled room.",
             [13]),
            ("Kenji orders six humidity loggers and places them in the three churches before the "
             "end of the month; Folasade drafts the heating letter for the parishes by next "
             "Tuesday.",
             [15, 16, 17]),
        ],
        "pattern": {
            "name": "Know the building's winter before restoring for it",
            "problem": "Wooden soundboards restored in a steady workshop climate split when a "
                       "church is heated fast from cold, and notes cipher.",
            "what_to_do": "Log the building's humidity for a season before refitting, let the "
                          "restored wood settle in those conditions, and give the parish written "
                          "advice to heat slowly.",
            "applies_when": "Wooden instruments and actions going into churches or halls heated "
                            "only now and then.",
            "does_not_apply_when": "Instruments kept in a climate-controlled room.",
        },
        "actions": [
            {"owner": "Kenji Ota", "action": "order six humidity loggers and put them in the "
             "three churches", "due": "end of the month"},
            {"owner": "Folasade Adeyemi", "action": "draft the heating letter for the parishes",
             "due": "next Tuesday"},
        ],
    },

    "holdout10_sail_loft_race_week": {
        "title": "Race sails not back in time for Saturday",
        "format": "problem-solving jam", "date": "2027-09-14", "start_time": "17:45",
        "facilitator": "Kavitha Raman",
        "cases": [{"case_id": "H10-SAL-3", "title": "Repaired sails missing race weekends",
                   "problem": "Over the summer eleven racing sails dropped off for repair on a "
                              "Monday were not ready for the club's Saturday races; four crews "
                              "raced on borrowed sails and one took its work elsewhere.",
                   "context": "Two-person sail loft beside a yacht club repairing and recutting "
                              "sails; owners leave sails in a drop bin at the club bar with a "
                              "paper tag.",
                   "tried": "Working Friday evenings in race weeks.",
                   "outcome": "Seven of the eleven finished late on the Friday; four still "
                              "missed the race.",
                   "submitted_by": "Cathal Ó Murchú", "team": "Loft",
                   "submitted_on": "2027-09-02"}],
        "cues": [
            ("Kavitha Raman", "other", "Right, we've got forty minutes before the tide brings "
             "the dinghies in, so let's crack on."),
            ("Kavitha Raman", "present", "First I'd like the story as it happened, no fixing "
             "yet. Cathal?"),
            ("Cathal Ó Murchú", "present", "This summer eleven race sails came in on a Monday "
             "for repair and weren't ready for the Saturday. Four crews raced on borrowed "
             "sails, and the Ryans took their business across the bay."),
            ("Cathal Ó Murchú", "present", "We tried staying late on Fridays in race weeks. We "
             "got seven of them done, only just, and the other four still missed."),
            ("Kavitha Raman", "breakdown", "Good. Now I want to understand how a Monday sail "
             "turns into a Saturday miss."),
            ("Widline Joseph", "breakdown", "The drop bin at the club bar. Sails go in with a "
             "paper tag, and we only empty it on Wednesday when we're over there anyway."),
            ("Bence Halász", "breakdown", "So two days gone before we've even unrolled it. And "
             "half the tags say 'usual fix' or nothing at all, so I'm ringing round to find out "
             "what they want."),
            ("Cathal Ó Murchú", "breakdown", "Then they all land on the floor at once, "
             "Wednesday afternoon. The loft floor only takes two mainsails at a time."),
            ("Widline Joseph", "breakdown", "So in short: the sail sits two days in a bin, we "
             "lose another day on phone calls, and everything hits the floor together. I think "
             "we've got it, shall we go to what we'd do differently?"),
            ("Kavitha Raman", "pattern", "Yes, please. What's the rule?"),
            ("Bence Halász", "pattern", "The repair clock starts when the owner hands the sail "
             "over, so in race weeks we collect every day, and no tag is accepted without a "
             "photo of the damage and a phone number."),
            ("Cathal Ó Murchú", "pattern", "And we book floor slots in the order sails arrive, "
             "and tell people their slot when we collect."),
            ("Kavitha Raman", "applies", "Where would we use that beyond race sails? And is "
             "there anywhere it doesn't fit?"),
            ("Widline Joseph", "applies", "Boat covers and sprayhoods, same bin. Winter storage "
             "work, though, there's no rush, so no need for a daily pick-up."),
            ("Kavitha Raman", "capture", "Okay, let's write down who takes what."),
            ("Bence Halász", "capture", "I'll make a new tag with a photo box and a phone "
             "number, printed by the 1st of next month."),
            ("Cathal Ó Murchú", "capture", "I'll ring the Ryans tomorrow morning and tell them "
             "what's changed. Might win them back."),
            ("Kavitha Raman", "other", "Good luck with that. Tide's turning, off you go."),
        ],
        "recap": [
            ("Eleven race sails left for repair on a Monday missed the Saturday races this "
             "summer, four crews borrowed sails and one customer left; late Fridays saved seven "
             "of them.",
             [2, 3]),
            ("Sails wait two days in the club drop bin until the Wednesday collection, vague "
             "tags cost a day of phone calls, and everything reaches a floor that takes two "
             "mainsails at once on the same afternoon.",
             [5, 6, 7, 8]),
            ("The repair clock starts at hand-over: collect daily in race weeks, accept no tag "
             "without a damage photo and phone number, and book floor slots in order of arrival.",
             [10, 11]),
            ("It applies to boat covers and sprayhoods from the same bin, not to winter storage "
             "work.",
             [13]),
            ("Bence prints a new tag with a photo box and phone number by the 1st of next month; "
             "Cathal rings the Ryans tomorrow morning to tell them what has changed.",
             [15, 16]),
        ],
        "pattern": {
            "name": "Start the repair clock at hand-over",
            "problem": "Repairs left in a drop box with vague tags lose days before work starts "
                       "and then all arrive at once, so deadlines are missed.",
            "what_to_do": "Collect daily when deadlines are tight, refuse tags without a photo "
                          "of the damage and a phone number, and book work slots in order of "
                          "arrival.",
            "applies_when": "Repairs with a fixed event deadline handed in through a drop point.",
            "does_not_apply_when": "Off-season work with no deadline.",
        },
        "actions": [
            {"owner": "Bence Halász", "action": "make and print a new repair tag with a photo "
             "box and a phone number", "due": "the 1st of next month"},
            {"owner": "Cathal Ó Murchú", "action": "ring the Ryans and tell them what has "
             "changed", "due": "tomorrow morning"},
        ],
    },

    "holdout10_rope_access_loose_anchors": {
        "title": "Roof anchors found loose on day two",
        "format": "problem-solving jam", "date": "2027-05-20", "start_time": "07:30",
        "facilitator": "Aroha Ngata",
        "cases": [{"case_id": "H10-RPA-4", "title": "Anchors loose on the second morning",
                   "problem": "On two tower-block jobs in April the crew found roof anchors "
                              "loose on the second morning after using them the day before; work "
                              "stopped for a day on each job.",
                   "context": "Rope access crew resealing windows and inspecting façades on "
                              "high-rise flats; temporary anchors are rigged on roof plant and "
                              "parapets by the first pair up and left rigged overnight.",
                   "tried": "A second person checking and signing off each anchor on day one.",
                   "outcome": "Both anchors had been checked and signed; they were still found "
                              "loose next morning.",
                   "submitted_by": "Taras Melnyk", "team": "High-rise crew",
                   "submitted_on": "2027-05-03"}],
        "cues": [
            ("Aroha Ngata", "other", "Hi all. Meron, you're the last in, grab a seat."),
            ("Meron Tesfaye", "other", "Sorry, parking at the yard is murder today."),
            ("Aroha Ngata", "present", "So. The anchors at the two tower blocks."),
            ("Kerem Aksoy", "present", "I was on the second one, so I'll start. We came up on "
             "day two and the anchor on the lift motor room was loose, you could turn it by "
             "hand."),
            ("Taras Melnyk", "present", "Same on the first job in April. Both times we stopped "
             "for a day. And both times the anchor had been checked and signed off by two of us "
             "the day before."),
            ("Aroha Ngata", "breakdown", "What changed between the signing and the morning?"),
            ("Taras Melnyk", "breakdown", "Overnight the roofers came through. They're not "
             "ours, they're on the block's own contract, and they shifted our slings to get "
             "their barrows past."),
            ("Meron Tesfaye", "breakdown", "And we leave everything rigged overnight to save an "
             "hour in the morning. Nobody checks again, because the sheet says it's been "
             "checked."),
            ("Kerem Aksoy", "pattern", "Honestly, the fix is simple: anything left up overnight "
             "gets checked again before the first person goes over the edge, every morning, "
             "whoever signed what."),
            ("Aroha Ngata", "breakdown", "Hold that, Kerem. Meron, do we even know who else "
             "goes on those roofs?"),
            ("Meron Tesfaye", "breakdown", "No. The building manager keeps a list, but we've "
             "never asked for it."),
            ("Taras Melnyk", "pattern", "Then Kerem's right, and we add one thing: find out who "
             "else has roof access, and tag our anchors so nobody moves them."),
            ("Aroha Ngata", "applies", "Where would that matter again?"),
            ("Kerem Aksoy", "applies", "Bridges with maintenance gangs on them, the stadium "
             "roof. Not the one-day survey jobs where we rig and strip the same day."),
            ("Aroha Ngata", "capture", "Who's on what, then?"),
            ("Taras Melnyk", "capture", "I'll put the morning recheck in the method statement "
             "and brief the crews before Monday's job."),
            ("Aroha Ngata", "capture", "Meron, could you ask the building managers for their "
             "roof access lists?"),
            ("Meron Tesfaye", "capture", "Will do. I'll email them all this week."),
            ("Aroha Ngata", "other", "Lovely. Safe climbing, everyone."),
        ],
        "recap": [
            ("On two tower-block jobs in April a roof anchor was found loose on the second "
             "morning, stopping work for a day, although two people had checked and signed it "
             "the day before.",
             [3, 4]),
            ("Roofers on the block's own contract moved the slings overnight, the crew leaves "
             "anchors rigged overnight without rechecking because the sheet says they were "
             "checked, and nobody has asked who else has roof access.",
             [6, 7, 9, 10]),
            ("Recheck anything left rigged overnight every morning before the first person goes "
             "over the edge, find out who else uses the roof, and tag the anchors so nobody "
             "moves them.",
             [8, 11]),
            ("It applies to bridges with maintenance gangs and the stadium roof, not to one-day "
             "jobs rigged and stripped the same day.",
             [13]),
            ("Taras adds the morning recheck to the method statement and briefs the crews before "
             "Monday's job; Meron asks the building managers for their roof access lists this "
             "week.",
             [15, 16, 17]),
        ],
        "pattern": {
            "name": "Recheck overnight rigging every morning",
            "problem": "Anchors left rigged overnight are moved by other trades on the roof, and "
                       "a sign-off from the day before hides it.",
            "what_to_do": "Recheck every anchor left up overnight before anyone goes over the "
                          "edge, learn who else has roof access, and tag the anchors so they are "
                          "left alone.",
            "applies_when": "Multi-day work at height where other contractors share the roof or "
                            "structure.",
            "does_not_apply_when": "Jobs rigged and stripped on the same day.",
        },
        "actions": [
            {"owner": "Taras Melnyk", "action": "add the morning recheck to the method statement "
             "and brief the crews", "due": "before Monday's job"},
            {"owner": "Meron Tesfaye", "action": "ask the building managers for their roof "
             "access lists", "due": "this week"},
        ],
    },

    "holdout10_falconry_afternoon_refusals": {
        "title": "Birds not returning at afternoon displays",
        "format": "problem-solving jam", "date": "2027-07-06", "start_time": "08:15",
        "facilitator": "Haruka Moriyama",
        "cases": [{"case_id": "H10-FAL-5", "title": "Refusals at the 3pm flying display",
                   "problem": "Through June the Harris hawks and the barn owl refused to return "
                              "to the glove at nine of the twenty-four afternoon displays, and "
                              "twice a bird flew off into the woods.",
                   "context": "Falconry centre with twenty-two birds of prey and two public "
                              "flying displays a day, at 11:30 and 15:00; birds are weighed each "
                              "morning by the keeper on duty.",
                   "tried": "Flying birds in the afternoon that had not flown in the morning.",
                   "outcome": "Fewer refusals; both birds that flew off were only recovered the "
                              "next day.",
                   "submitted_by": "Wayra Quispe", "team": "Keepers",
                   "submitted_on": "2027-07-01"}],
        "cues": [
            ("Haruka Moriyama", "other", "Before we start, a quick round. One word for how your "
             "week's been. Stavros?"),
            ("Stavros Kouris", "other", "Feathery."),
            ("Liis Tamm", "other", "Damp. The mews roof is leaking again."),
            ("Adebayo Ogunleye", "other", "Busy, but good."),
            ("Wayra Quispe", "other", "Tired. Two birds in the woods in one month will do that "
             "to you."),
            ("Haruka Moriyama", "present", "Which is where we are today. Wayra."),
            ("Wayra Quispe", "present", "In June the hawks and the barn owl wouldn't come back "
             "to the glove at nine of our twenty-four afternoon shows. Twice a bird went off "
             "into the woods and we only got it back the next day."),
            ("Wayra Quispe", "present", "We tried flying fresh birds in the afternoon, ones "
             "that hadn't done the morning show. Fewer refusals, but it didn't stop it."),
            ("Haruka Moriyama", "breakdown", "What's different about a bird at three o'clock?"),
            ("Liis Tamm", "breakdown", "The weight. We weigh them at eight and that sets how "
             "much they're fed. By three, on a hot day, they've drunk and sat in the shade, and "
             "they're just not hungry enough to bother."),
            ("Adebayo Ogunleye", "breakdown", "And the crowd's bigger in the afternoon. More "
             "noise, kids running along the fence."),
            ("Stavros Kouris", "pattern", "So you fly a bird on its weight at the time it "
             "flies, not on a number from the morning."),
            ("Wayra Quispe", "pattern", "Yes. Weigh before every display, and if it's over its "
             "flying weight it sits that one out."),
            ("Haruka Moriyama", "breakdown", "Before we settle that: Adebayo, the noise. Did "
             "the two that flew off go during the loud bit?"),
            ("Adebayo Ogunleye", "breakdown", "Both times a school group was banging on the "
             "fence. So it's weight and noise together."),
            ("Liis Tamm", "pattern", "Then add it: a quiet rule along the fence while a bird is "
             "up."),
            ("Haruka Moriyama", "applies", "Where else would that make sense, and where not?"),
            ("Stavros Kouris", "applies", "The owl evenings we do for weddings, those are late, "
             "so weigh before them too. Not the young hawks at hack, they fly free all day and "
             "we don't call them down."),
            ("Haruka Moriyama", "capture", "Okay, let's get names on things."),
            ("Liis Tamm", "capture", "I'll move the scales to the display field so we can weigh "
             "out there, starting tomorrow morning."),
            ("Adebayo Ogunleye", "capture", "I'll make two signs for the fence and tell school "
             "group leaders about the quiet rule when they book."),
            ("Haruka Moriyama", "other", "Thanks, all. And someone ring about that roof."),
        ],
        "recap": [
            ("In June the hawks and barn owl refused the glove at nine of twenty-four afternoon "
             "displays and twice a bird flew off overnight; flying fresh birds in the afternoon "
             "helped but did not stop it.",
             [6, 7]),
            ("Birds are weighed and fed by an eight o'clock weight, so by three on a hot day "
             "they are not hungry enough, and both fly-offs came while a school group was "
             "banging on the fence.",
             [9, 10, 13, 14]),
            ("Fly a bird on its weight at the time it flies: weigh before every display, rest "
             "any bird over its flying weight, and keep quiet along the fence while a bird is "
             "up.",
             [11, 12, 15]),
            ("It applies to the late owl evenings for weddings, not to young hawks flying free "
             "at hack.",
             [17]),
            ("Liis moves the scales to the display field from tomorrow morning; Adebayo makes "
             "two fence signs and tells school group leaders about the quiet rule when they "
             "book.",
             [19, 20]),
        ],
        "pattern": {
            "name": "Weigh before every flight",
            "problem": "Birds fed by a morning weight are not keen enough to return by the "
                       "afternoon, and crowd noise tips them into flying off.",
            "what_to_do": "Weigh each bird just before it flies, rest any bird over its flying "
                          "weight, and keep the crowd quiet while a bird is up.",
            "applies_when": "Birds flown to the glove in public displays later in the day.",
            "does_not_apply_when": "Young birds flying free at hack that are not called down.",
        },
        "actions": [
            {"owner": "Liis Tamm", "action": "move the scales to the display field so birds are "
             "weighed there", "due": "tomorrow morning"},
            {"owner": "Adebayo Ogunleye", "action": "make two signs for the fence", "due": None},
            {"owner": "Adebayo Ogunleye", "action": "tell school group leaders about the quiet "
             "rule when they book", "due": None},
        ],
    },

    "holdout10_glassblowing_thick_bases": {
        "title": "Vases cracking on customers' shelves",
        "format": "problem-solving jam", "date": "2027-06-08", "start_time": "16:00",
        "facilitator": "Rania Haddad",
        "cases": [{"case_id": "H10-GLS-6", "title": "Pieces cracking days after sale",
                   "problem": "Between February and April fourteen vases and bowls cracked in "
                              "customers' homes within a week of sale; every one was refunded or "
                              "replaced.",
                   "context": "Glassblowing studio with a public gallery; finished pieces cool "
                              "overnight in one annealing kiln shared by three glassblowers.",
                   "tried": "Lengthening the annealing cycle by two hours in March.",
                   "outcome": "The thick-based pieces still cracked.",
                   "submitted_by": "Inês Carvalho", "team": "Hot shop",
                   "submitted_on": "2027-05-21"}],
        "cues": [
            ("Rania Haddad", "other", "Before today's case, a quick look back at last month's. "
             "Ji-hoon, the burner settings, did the new schedule stick?"),
            ("Ji-hoon Baek", "other", "It did. April's gas bill is down by about a tenth and "
             "nobody's complained of a cold glory hole."),
            ("Rania Haddad", "other", "Good, that one's closed then. On to the cracking vases."),
            ("Senthil Murugan", "present", "I sold half of them, so let me start. Since "
             "February fourteen pieces have cracked in people's houses, all inside a week. We "
             "refunded or replaced every one."),
            ("Inês Carvalho", "present", "It's my case because most were mine. We made the kiln "
             "cycle two hours longer in March, and the thick ones still cracked."),
            ("Rania Haddad", "breakdown", "What do the fourteen have in common?"),
            ("Inês Carvalho", "breakdown", "They're heavy-bottomed. The base is three or four "
             "times the wall, so the middle of the base cools slower than the outside."),
            ("Ji-hoon Baek", "breakdown", "And they go into the kiln wherever there's room. The "
             "thick ones near the door end up by the gap in the seal, where it's coldest."),
            ("Senthil Murugan", "breakdown", "Also we open the kiln at eight for the gallery, "
             "before it's fully down. Everyone wants their piece on the shelf when the doors "
             "open."),
            ("Rania Haddad", "pattern", "So what would you say to a studio down the road?"),
            ("Inês Carvalho", "pattern", "Anneal for the thickest part of the piece, not the "
             "average. Thick pieces go at the back, and the kiln stays shut until it reads room "
             "temperature."),
            ("Rania Haddad", "applies", "Does that go for everything you make?"),
            ("Ji-hoon Baek", "applies", "Paperweights for sure, and the cast panels. The thin "
             "wine glasses don't need it, they're fine on the short cycle."),
            ("Rania Haddad", "capture", "Who's taking it forward?"),
            ("Ji-hoon Baek", "capture", "I'll fix the door seal this weekend."),
            ("Inês Carvalho", "capture", "And I'll write a thickness chart and pin it on the "
             "kiln by the end of the month."),
            ("Rania Haddad", "other", "Lovely, thanks both."),
        ],
        "recap": [
            ("Since February fourteen pieces cracked in customers' homes within a week and were "
             "refunded or replaced; two extra hours of annealing did not save the thick ones.",
             [3, 4]),
            ("The cracked pieces have bases three or four times the wall, which cool slower in "
             "the middle; they sit by the cold gap in the door seal, and the kiln is opened at "
             "eight for the gallery before it has cooled.",
             [6, 7, 8]),
            ("Anneal for the thickest part of the piece, put thick pieces at the back, and keep "
             "the kiln shut until it reads room temperature.",
             [10]),
            ("It applies to paperweights and cast panels, not to thin wine glasses on the short "
             "cycle.",
             [12]),
            ("Ji-hoon fixes the door seal this weekend; Inês writes a thickness chart and pins "
             "it on the kiln by the end of the month.",
             [14, 15]),
        ],
        "pattern": {
            "name": "Anneal for the thickest part",
            "problem": "Glass with thick bases cracks days after sale when it is annealed on an "
                       "average cycle, cooled by a cold spot or taken out early.",
            "what_to_do": "Set the annealing cycle by the thickest part of the piece, place "
                          "thick pieces away from the door, and keep the kiln shut until it "
                          "reaches room temperature.",
            "applies_when": "Heavy or uneven pieces such as thick-based vases, paperweights and "
                            "cast panels.",
            "does_not_apply_when": "Thin, even pieces such as wine glasses.",
        },
        "actions": [
            {"owner": "Ji-hoon Baek", "action": "fix the annealing kiln's door seal",
             "due": "this weekend"},
            {"owner": "Inês Carvalho", "action": "write a thickness chart and pin it on the kiln",
             "due": "end of the month"},
        ],
    },

    "holdout10_recording_studio_lost_takes": {
        "title": "Approved takes missing at the mix",
        "format": "problem-solving jam", "date": "2027-06-10", "start_time": "11:00",
        "facilitator": "Shirin Farahani",
        "cases": [{"case_id": "H10-REC-7", "title": "Client takes overwritten before mixing",
                   "problem": "Four times since January a band came back to mix and the takes "
                              "they had approved were missing or recorded over; two sessions "
                              "were re-recorded at the studio's cost.",
                   "context": "Recording studio with two rooms and three engineers; sessions are "
                              "saved on each room's computer and copied by hand to a shared "
                              "backup drive at the end of the day.",
                   "tried": "A note on the desk reminding engineers to copy sessions before "
                            "leaving.",
                   "outcome": "One more loss in March; about £1,800 of studio time given away.",
                   "submitted_by": "Jean-Robert Pierre-Louis", "team": "Engineering",
                   "submitted_on": "2027-05-31"}],
        "cues": [
            ("Shirin Farahani", "other", "Hi everyone, can you hear me? My headphones are doing "
             "something odd."),
            ("Zsófia Kertész", "other", "You're crackling a bit, but we've got you."),
            ("Shirin Farahani", "other", "Okay, I'll live with it. Killa's running late, she's "
             "at the dentist, she'll join when she can."),
            ("Shirin Farahani", "present", "Jean-Robert, tell us what happened with the lost "
             "takes."),
            ("Jean-Robert Pierre-Louis", "present", "Since January four bands have come back to "
             "mix and the takes they'd picked weren't there. Either gone, or somebody had "
             "recorded over them."),
            ("Jean-Robert Pierre-Louis", "present", "Twice we re-recorded for free. All in, "
             "that's about eighteen hundred pounds of studio time."),
            ("Anan Chaiyaporn", "present", "And the desk note, 'copy your session before you "
             "leave', didn't stop it. We lost one more in March after it went up."),
            ("Shirin Farahani", "breakdown", "So where do the files actually live between "
             "tracking day and mix day?"),
            ("Zsófia Kertész", "breakdown", "On the room computer. The copy to the shared drive "
             "is by hand, at the end of the day, if you remember."),
            ("Jean-Robert Pierre-Louis", "breakdown", "And the room computers are shared. The "
             "next engineer opens the template, it's called Session One, saves, and it's "
             "overwritten whatever was called Session One before."),
            ("Shirin Farahani", "other", "Sorry, you froze there for me. Session One and then "
             "what?"),
            ("Jean-Robert Pierre-Louis", "other", "Can you hear me now? I'll switch my video "
             "off."),
            ("Shirin Farahani", "other", "Better, go on."),
            ("Jean-Robert Pierre-Louis", "breakdown", "The template saves under the same name "
             "every time. So if someone forgot to rename, the next person writes straight over "
             "it."),
            ("Anan Chaiyaporn", "breakdown", "And nobody marks which takes the band chose. It's "
             "in the engineer's head, or on a sticky note on the screen."),
            ("Killa Mamani", "other", "Hi, sorry, I'm here. My face is numb, so excuse me if I "
             "dribble."),
            ("Anan Chaiyaporn", "other", "As long as it's not on the desk."),
            ("Shirin Farahani", "other", "Welcome, Killa. Short version: takes get overwritten "
             "because the template saves under one name and copying is by hand."),
            ("Killa Mamani", "breakdown", "Oh, that's the rental room too. Last week a producer "
             "brought his own laptop and left with the only copy."),
            ("Shirin Farahani", "pattern", "So what would we say we do from now on, in a line "
             "or two?"),
            ("Zsófia Kertész", "pattern", "A session is named and backed up the moment it's "
             "created, not at the end of the day. Band, date, room, automatically."),
            ("Jean-Robert Pierre-Louis", "pattern", "And the chosen takes are marked in the "
             "session itself, with a colour, before the band leaves."),
            ("Shirin Farahani", "applies", "Where does that matter? Anywhere it doesn't?"),
            ("Killa Mamani", "applies", "The podcast bookings, definitely. Rehearsal hire, no, "
             "nothing gets recorded there."),
            ("Anan Chaiyaporn", "breakdown", "Can I go back a step? The backup drive's been "
             "full since February. Even when people did copy, some of it never arrived."),
            ("Zsófia Kertész", "breakdown", "Oh. So part of the March loss was that."),
            ("Shirin Farahani", "pattern", "Then that goes into the rule as well: the backup "
             "gets checked, not just run."),
            ("Anan Chaiyaporn", "other", "While I remember, the weekend rota is on the kitchen "
             "door, so please put your names down by Friday."),
            ("Killa Mamani", "other", "Noted."),
            ("Shirin Farahani", "capture", "Thanks. Right, actions."),
            ("Zsófia Kertész", "capture", "I'll set the template to name and back up each "
             "session when it's created, by next Friday."),
            ("Anan Chaiyaporn", "capture", "I'll order a bigger backup drive today and set up a "
             "weekly check on it."),
            ("Shirin Farahani", "capture", "Jean-Robert, will you write to the four bands and "
             "tell them what we've changed?"),
            ("Jean-Robert Pierre-Louis", "capture", "Yes, I'll send it to them before the end "
             "of the month."),
            ("Shirin Farahani", "other", "Great. And Killa, go and get some soup."),
        ],
        "recap": [
            ("Since January four bands came back to mix to find their approved takes missing or "
             "recorded over; two sessions were re-recorded free, about £1,800 of studio time, "
             "and a desk reminder did not stop a loss in March.",
             [4, 5, 6]),
            ("Sessions stay on shared room computers until copied by hand, the template saves "
             "under the same name every time so the next engineer writes over it, chosen takes "
             "are not marked, a producer left with the only copy, and the backup drive has been "
             "full since February.",
             [8, 9, 13, 14, 18, 24, 25]),
            ("Name and back up each session automatically when it is created, mark the chosen "
             "takes in the session before the band leaves, and check the backup rather than just "
             "running it.",
             [20, 21, 26]),
            ("It applies to podcast bookings, not to rehearsal hire where nothing is recorded.",
             [23]),
            ("Zsófia sets the template to name and back up sessions by next Friday; Anan orders "
             "a bigger backup drive today with a weekly check; Jean-Robert writes to the four "
             "bands before the end of the month.",
             [30, 31, 32, 33]),
        ],
        "pattern": {
            "name": "Back up a session the moment it exists",
            "problem": "Recording sessions kept on shared computers under a default name and "
                       "copied by hand at the end of the day are overwritten or lost before the "
                       "mix.",
            "what_to_do": "Name and back up each session automatically when it is created, mark "
                          "the chosen takes inside the session before the client leaves, and "
                          "check that the backup actually holds the files.",
            "applies_when": "Any paid recording on shared studio machines, including podcasts.",
            "does_not_apply_when": "Rehearsal hire where nothing is recorded.",
        },
        "actions": [
            {"owner": "Zsófia Kertész", "action": "set the session template to name and back up "
             "each session when it is created", "due": "next Friday"},
            {"owner": "Anan Chaiyaporn", "action": "order a bigger backup drive and set up a "
             "weekly check on it", "due": "today"},
            {"owner": "Jean-Robert Pierre-Louis", "action": "write to the four bands and tell "
             "them what has changed", "due": "end of the month"},
        ],
    },

    "holdout10_drystone_slumped_walls": {
        "title": "Rebuilt field walls slumping after winter",
        "format": "problem-solving jam", "date": "2027-06-15", "start_time": "07:00",
        "facilitator": "Nino Beridze",
        "cases": [{"case_id": "H10-DSW-8", "title": "New wall stretches bulging after frost",
                   "problem": "Five stretches of field wall rebuilt last summer bulged or "
                              "slumped after the first winter; the estate asked for them to be "
                              "redone at no cost.",
                   "context": "Dry-stone walling team of five rebuilding field walls on an "
                              "upland estate; stone from the fallen wall is reused and topped up "
                              "from a local quarry.",
                   "tried": "Rebuilding the worst sections in January with bigger throughstones.",
                   "outcome": "Two of the rebuilt sections bulged again by March.",
                   "submitted_by": "Ilmari Virtanen", "team": "Estate walls",
                   "submitted_on": "2027-06-01"}],
        "cues": [
            ("Nino Beridze", "other", "Morning. Marek, is that you in the car?"),
            ("Marek Zieliński", "other", "In the lay-by above the farm, it's the only place "
             "with signal. If I go quiet, blame the hill."),
            ("Nino Beridze", "other", "Fine. Keoni said he'd be late, he's dropping the trailer "
             "back."),
            ("Nino Beridze", "present", "Ilmari, the slumping walls."),
            ("Ilmari Virtanen", "present", "Five stretches we rebuilt last summer on the estate "
             "have bulged or slumped over the winter. The estate wants them redone, free."),
            ("Ilmari Virtanen", "present", "We already redid the worst bits in January with "
             "bigger throughstones. Two of those have bulged again."),
            ("Nino Beridze", "breakdown", "Talk me through how those stretches were built. Same "
             "as usual?"),
            ("Thanh Huong Pham", "breakdown", "Not quite. The fallen stone wasn't enough, so we "
             "topped up from the quarry. Quarry stone is rounder, and it went into the "
             "hearting, the fill in the middle."),
            ("Amina Bello", "breakdown", "Round hearting rolls. Once the frost gets in, it "
             "settles and pushes the faces out."),
            ("Marek Zieliński", "other", "Sorry, you cut out for a bit. Something about the "
             "quarry?"),
            ("Nino Beridze", "other", "Quarry stone in the middle. Amina says it rolls. Carry "
             "on, Amina."),
            ("Amina Bello", "breakdown", "And those five are all on the slope by the beck, "
             "where the ground stays wet. The footings went onto soil, not down to the firm "
             "stuff."),
            ("Ilmari Virtanen", "breakdown", "Because we were racing to finish before lambing. "
             "We skipped digging deeper on the wet bits."),
            ("Keoni Kahananui", "other", "Hiya, sorry, the trailer took ages. Where are we?"),
            ("Nino Beridze", "other", "Hi Keoni. The slumped walls: round quarry stone in the "
             "hearting and shallow footings on wet ground."),
            ("Keoni Kahananui", "breakdown", "Makes sense. The one I did by the gate was dug "
             "deep and it's bone straight."),
            ("Nino Beridze", "pattern", "So what's the one thing we'd teach a new waller from "
             "this?"),
            ("Thanh Huong Pham", "pattern", "Hearting is packed by hand with angular stone, "
             "never tipped in. If we're short of the right stone, we stop and order it rather "
             "than fill with round."),
            ("Ilmari Virtanen", "pattern", "And on wet ground the footings go down to firm "
             "subsoil, however long it takes."),
            ("Amina Bello", "other", "So basically what my grandad said every Sunday. Should've "
             "listened to him."),
            ("Keoni Kahananui", "other", "Your grandad would've charged the estate double."),
            ("Nino Beridze", "applies", "Where does it hold? And where doesn't it?"),
            ("Marek Zieliński", "applies", "All the field walls and the sheep folds. Not the "
             "garden walls at the hall, those are mortared, that's a different job."),
            ("Thanh Huong Pham", "applies", "And the retaining walls along the lane even more "
             "so, they carry the weight of the bank."),
            ("Ilmari Virtanen", "pattern", "Going back to the rule, one more bit: the ganger "
             "checks the hearting every metre before the next course goes on. That's what slips "
             "when we're racing."),
            ("Nino Beridze", "pattern", "Good, that goes in."),
            ("Marek Zieliński", "other", "Quick one before I lose you: the van rota's changed, "
             "I'm on Mondays and Amina's on Thursdays from now on."),
            ("Nino Beridze", "capture", "Noted. Actions, then."),
            ("Ilmari Virtanen", "capture", "I'll walk the five stretches with the estate "
             "manager and agree the rebuild with him by the 20th."),
            ("Nino Beridze", "capture", "Amina, can you get a quote for angular hearting stone "
             "from the other quarry?"),
            ("Amina Bello", "capture", "Yes, I'll ring them tomorrow morning."),
            ("Thanh Huong Pham", "capture", "I'll write the hearting check into the job sheet "
             "before the next estate job starts."),
            ("Nino Beridze", "other", "Great. Marek, go home before your battery dies."),
        ],
        "recap": [
            ("Five stretches of wall rebuilt last summer bulged or slumped over the winter and "
             "the estate wants them redone free; two sections rebuilt in January with bigger "
             "throughstones bulged again.",
             [4, 5]),
            ("Round quarry stone used to top up the hearting rolled and settled with the frost, "
             "pushing the faces out, and on the wet slope by the beck the footings were left "
             "shallow in the rush before lambing; a deep-dug stretch stayed straight.",
             [7, 8, 11, 12, 15]),
            ("Pack the hearting by hand with angular stone and stop to order more rather than "
             "fill with round, take footings on wet ground down to firm subsoil, and have the "
             "ganger check the hearting every metre before the next course.",
             [17, 18, 24, 25]),
            ("It applies to field walls, sheep folds and especially retaining walls along the "
             "lane, not to the mortared garden walls at the hall.",
             [22, 23]),
            ("Ilmari walks the five stretches with the estate manager and agrees the rebuild by "
             "the 20th; Amina rings the other quarry for a quote tomorrow morning; Thanh Huong "
             "adds the hearting check to the job sheet before the next estate job.",
             [28, 29, 30, 31]),
        ],
        "pattern": {
            "name": "Hearting by hand, footings to firm ground",
            "problem": "Dry-stone walls filled with round stone or set on shallow footings in "
                       "wet ground settle with frost and bulge after one winter.",
            "what_to_do": "Pack the hearting by hand with angular stone, order more rather than "
                          "fill with round stone, dig footings on wet ground down to firm "
                          "subsoil, and check the hearting every metre before the next course.",
            "applies_when": "Dry-stone field walls, folds and retaining walls.",
            "does_not_apply_when": "Mortared walls.",
        },
        "actions": [
            {"owner": "Ilmari Virtanen", "action": "walk the five stretches with the estate "
             "manager and agree the rebuild", "due": "the 20th"},
            {"owner": "Amina Bello", "action": "get a quote for angular hearting stone from the "
             "other quarry", "due": "tomorrow morning"},
            {"owner": "Thanh Huong Pham", "action": "write the hearting check into the job sheet",
             "due": "before the next estate job starts"},
        ],
    },

    "holdout10_thatching_demo_day": {
        "title": "Thatchers' demo day",
        "format": "demo day", "date": "2027-06-17", "start_time": "15:30",
        "facilitator": "Youssef Benali",
        "cases": [{"case_id": "H10-THA-9", "title": "Sedge ridges failing at five years",
                   "problem": "Six reed roofs thatched in the last three years needed their "
                              "sedge ridges replaced after four or five years instead of ten or "
                              "more.",
                   "context": "Thatching firm of four working on cottages across two counties; "
                              "sedge ridges are fixed with hazel spars and liggers.",
                   "tried": "Using more spars per metre of ridge.",
                   "outcome": "No change; two ridges slipped last winter.",
                   "submitted_by": "Síofra Ní Bhriain", "team": "Roofs",
                   "submitted_on": "2027-03-09"}],
        "cues": [
            ("Youssef Benali", "other", "Welcome, it's demo day. Three of us are showing things "
             "we've tried on site, about ten minutes each."),
            ("Síofra Ní Bhriain", "other", "I'll go first. These are the stainless ridge pins "
             "we tried on the Mill Lane cottage instead of hazel spars."),
            ("Síofra Ní Bhriain", "other", "It's our ridge case from the spring, ridges giving "
             "out at five years. The pins don't rot, so the ridge stays tight. Eighteen months "
             "in and nothing has moved."),
            ("Dawit Bekele", "other", "Do the conservation officers accept them? Listed "
             "buildings can be fussy."),
            ("Síofra Ní Bhriain", "other", "The one for Mill Lane did. I'll ask the district "
             "officer next week whether they're allowed on listed roofs in general."),
            ("Youssef Benali", "other", "Thanks. Dawit, you're up."),
            ("Dawit Bekele", "other", "This is the reed sorting frame. You drop a bundle in and "
             "the short stuff falls out of the bottom. Sorting by hand took two of us a whole "
             "morning; this takes one person an hour."),
            ("Oksana Hrytsenko", "other", "Where did you get the mesh?"),
            ("Dawit Bekele", "other", "An old sieve from the builders' merchant. I'll draw it "
             "up so anyone can build one, by the end of the month."),
            ("Youssef Benali", "other", "Oksana, last one."),
            ("Oksana Hrytsenko", "other", "Netting. On the roofs near the woods we've switched "
             "to a heavier gauge of wire over the coat, because the squirrels chewed through "
             "the light one."),
            ("Youssef Benali", "other", "Has it stopped them?"),
            ("Oksana Hrytsenko", "other", "So far. It's dearer, about forty pounds more a roof, "
             "so I'll add it to the quote sheet as an option before the audit."),
            ("Youssef Benali", "other", "Brilliant. Thanks, all, the tea's in the barn."),
        ],
        "recap": [
            ("Síofra showed the stainless ridge pins used instead of hazel spars on the Mill "
             "Lane cottage for the ridge case; they do not rot and the ridge has not moved in "
             "eighteen months.",
             [1, 2]),
            ("The conservation officer accepted them for Mill Lane, and Síofra asks the district "
             "officer next week whether they are allowed on listed roofs generally.",
             [3, 4]),
            ("Dawit showed a reed sorting frame made from an old sieve that lets short reed fall "
             "out, cutting sorting from two people for a morning to one person for an hour; he "
             "draws it up by the end of the month.",
             [6, 7, 8]),
            ("Oksana showed the heavier wire netting now used on roofs near woods, which has "
             "stopped the squirrels so far.",
             [10, 11]),
            ("It costs about forty pounds more a roof, and Oksana adds it to the quote sheet as "
             "an option before the audit.",
             [12]),
        ],
        "pattern": {
            "name": "Fix ridges with fixings that outlast them",
            "problem": "Sedge ridges fixed with hazel spars fail after four or five years as the "
                       "spars rot, and adding more spars does not help.",
            "what_to_do": "Fix ridges with stainless pins that do not rot, after checking that "
                          "the conservation officer accepts them.",
            "applies_when": "Sedge ridges on reed roofs.",
            "does_not_apply_when": "Listed roofs where the conservation officer requires hazel "
                                   "spars.",
        },
        "actions": [
            {"owner": "Síofra Ní Bhriain", "action": "ask the district conservation officer "
             "whether stainless ridge pins are allowed on listed roofs", "due": "next week"},
            {"owner": "Dawit Bekele", "action": "draw up the reed sorting frame so anyone can "
             "build one", "due": "end of the month"},
            {"owner": "Oksana Hrytsenko", "action": "add the heavier netting to the quote sheet "
             "as an option", "due": "before the audit"},
        ],
    },

    "holdout10_roastery_monday_round": {
        "title": "Roastery Monday round",
        "format": "show-and-tell", "date": "2027-06-21", "start_time": "08:00",
        "facilitator": "Pilar Ortúzar",
        "cases": [{"case_id": "H10-COF-10", "title": "Wholesale beans arriving flat",
                   "problem": "Three cafés complained in February that beans arrived flat; "
                              "wholesale bags were packed up to ten days before dispatch.",
                   "context": "Small coffee roastery supplying twenty cafés and an online shop; "
                              "roasting on Tuesdays and Thursdays and packing the same day.",
                   "tried": "Printing the roast date on every label.",
                   "outcome": "The cafés could see the age, and the complaints continued.",
                   "submitted_by": "Tiago Figueiredo", "team": "Wholesale",
                   "submitted_on": "2027-02-26"}],
        "cues": [
            ("Pilar Ortúzar", "other", "Monday round. A quick one from everyone, then back to "
             "work. Kaveh?"),
            ("Kaveh Rostami", "other", "Green beans: the Ethiopian lot lands on Wednesday, and "
             "the Brazil is held at the port for another two weeks."),
            ("Pilar Ortúzar", "other", "Will we run out of the house blend?"),
            ("Kaveh Rostami", "other", "We've got ten days' worth. I'll ring the importer "
             "tomorrow morning and chase it."),
            ("Maricel Dizon", "other", "Online shop. Orders are up about a fifth since the "
             "subscription page went live, and returns are almost nil."),
            ("Tiago Figueiredo", "other", "Wholesale. Since we went to roast-to-order for the "
             "cafés, the flat bean complaints have stopped, so I think that case from February "
             "can be closed. Nobody's waited more than three days for a bag."),
            ("Pilar Ortúzar", "other", "Great. Can you write a line on it for the case file, "
             "Tiago?"),
            ("Tiago Figueiredo", "other", "Yes, by Friday."),
            ("Aigerim Nurlanova", "other", "Roaster. The afterburner service is due. The "
             "engineer can come on the 15th, but that means no roasting that Thursday."),
            ("Pilar Ortúzar", "other", "Then we roast double on the Tuesday before. Aigerim, "
             "can you tell the cafés?"),
            ("Aigerim Nurlanova", "other", "Yes. I'll roast double that Tuesday, and I'll email "
             "the cafés this afternoon."),
            ("Maricel Dizon", "other", "One thing: the new compostable bags tear at the valve. "
             "I've already sent photos to the supplier."),
            ("Pilar Ortúzar", "other", "Good, that's in hand then."),
            ("Pilar Ortúzar", "other", "That's us. Thanks, everyone."),
        ],
        "recap": [
            ("The Ethiopian green beans land on Wednesday and the Brazil is held at the port for "
             "two more weeks, leaving ten days of house blend; Kaveh chases the importer "
             "tomorrow morning.",
             [1, 2, 3]),
            ("Online orders are up about a fifth since the subscription page went live, with "
             "almost no returns.",
             [4]),
            ("Roast-to-order for the cafés has stopped the flat bean complaints, no café waits "
             "more than three days, and Tiago writes a closing line for the case file by Friday.",
             [5, 6, 7]),
            ("The afterburner service on the 15th stops that Thursday's roast, so Aigerim roasts "
             "double the Tuesday before and emails the cafés this afternoon.",
             [8, 9, 10]),
            ("The new compostable bags tear at the valve, and Maricel has sent photos to the "
             "supplier.",
             [11, 12]),
        ],
        "pattern": {
            "name": "Roast wholesale to order",
            "problem": "Wholesale coffee packed days ahead of dispatch arrives flat, and "
                       "printing the roast date only shows the age.",
            "what_to_do": "Roast wholesale orders to order so no café waits more than three days "
                          "from roast to delivery.",
            "applies_when": "Regular wholesale coffee orders to cafés.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Kaveh Rostami", "action": "ring the importer to chase the Brazil beans",
             "due": "tomorrow morning"},
            {"owner": "Tiago Figueiredo", "action": "write a line on the flat beans case for the "
             "case file", "due": "Friday"},
            {"owner": "Aigerim Nurlanova", "action": "roast double on the Tuesday before the "
             "afterburner service", "due": "the Tuesday before the 15th"},
            {"owner": "Aigerim Nurlanova", "action": "email the cafés about the missed roast day",
             "due": "this afternoon"},
        ],
    },

    "holdout10_grooming_office_hours": {
        "title": "Salon office hours",
        "format": "office hours", "date": "2027-06-22", "start_time": "13:00",
        "facilitator": "Nattaya Srisuk",
        "cases": [{"case_id": "H10-DOG-11", "title": "Clipper rash on double-coated dogs",
                   "problem": "In spring five owners reported red clipper rash on their dogs "
                              "after a summer cut, mostly double-coated breeds; two asked the "
                              "salon to pay vet bills.",
                   "context": "Dog grooming salon with three groomers and about sixty dogs a "
                              "week; clipper blades are swapped when a groomer notices they are "
                              "dull.",
                   "tried": "Switching to a gentler shampoo.",
                   "outcome": "One more complaint; £210 of vet bills paid.",
                   "submitted_by": "Ioana Dumitrescu", "team": "Grooming",
                   "submitted_on": "2027-06-12"}],
        "cues": [
            ("Nattaya Srisuk", "other", "Office hours, so bring anything. I'm here for half an "
             "hour."),
            ("Ioana Dumitrescu", "other", "Can I ask about the clipper rash case? I've written "
             "the problem, but I'm not sure what goes under 'tried'."),
            ("Nattaya Srisuk", "other", "What you did before you understood it. You changed the "
             "shampoo, so that goes there, and then what happened after."),
            ("Ioana Dumitrescu", "other", "One more complaint, and we paid two hundred and ten "
             "pounds in vet bills. Do I put the money in?"),
            ("Nattaya Srisuk", "other", "Yes, the figure helps. And say how many dogs a week, "
             "so people know the size of the place."),
            ("Ioana Dumitrescu", "other", "Okay. I'll finish it and send it over by Thursday."),
            ("Luana Bezerra", "other", "Different question. The hand-stripping course in Leeds, "
             "does the salon pay or do I?"),
            ("Nattaya Srisuk", "other", "The salon pays if it's on your plan. Is it?"),
            ("Luana Bezerra", "other", "Not yet."),
            ("Nattaya Srisuk", "other", "Then I'll add it to your plan today and book the place "
             "for you."),
            ("Dilnoza Karimova", "other", "Mine's quick. The blade log sheet we talked about, "
             "where should it hang?"),
            ("Nattaya Srisuk", "other", "By the sharpening box, so you see it when you swap a "
             "blade. Can you put it up tomorrow, Dilnoza?"),
            ("Dilnoza Karimova", "other", "Yes, first thing."),
            ("Nattaya Srisuk", "other", "Good. That's everyone, but I'm here till half past "
             "anyway."),
        ],
        "recap": [
            ("Ioana asked what goes under 'tried' in the clipper rash case: the change of "
             "shampoo, and what happened after it.",
             [1, 2]),
            ("The one further complaint and the £210 of vet bills go in, with the number of dogs "
             "a week; Ioana sends the case over by Thursday.",
             [3, 4, 5]),
            ("The salon pays for Luana's hand-stripping course in Leeds once it is on her plan, "
             "and Nattaya adds it and books the place today.",
             [6, 7, 8, 9]),
            ("The blade log sheet hangs by the sharpening box, where it is seen when a blade is "
             "swapped.",
             [10, 11]),
            ("Dilnoza puts it up first thing tomorrow.",
             [11, 12]),
        ],
        "pattern": {
            "name": "Swap clipper blades on a log, not a feeling",
            "problem": "Clipper blades changed only when a groomer notices they are dull run hot "
                       "and leave clipper rash on close-cut double coats.",
            "what_to_do": "Log blade use by the sharpening box and swap blades on a fixed count "
                          "of dogs, checking blade heat during long clips.",
            "applies_when": "Close clipping, especially of double-coated breeds.",
            "does_not_apply_when": "Scissor-only trims and hand-stripping.",
        },
        "actions": [
            {"owner": "Ioana Dumitrescu", "action": "finish the clipper rash case write-up and "
             "send it over", "due": "Thursday"},
            {"owner": "Nattaya Srisuk", "action": "add the hand-stripping course to Luana's plan "
             "and book the place for her", "due": "today"},
            {"owner": "Dilnoza Karimova", "action": "put up the blade log sheet by the "
             "sharpening box", "due": "tomorrow first thing"},
        ],
    },

    "holdout10_luthier_year_review": {
        "title": "Jam: shipping cracks (used for the year's look back)",
        "format": "problem-solving jam", "date": "2027-06-24", "start_time": "18:00",
        "facilitator": "Kjartan Einarsson",
        "cases": [{"case_id": "H10-LUT-12", "title": "Violins arriving abroad with cracked tops",
                   "problem": "Four violins shipped abroad last winter arrived with cracked "
                              "tops; each was repaired at the workshop's cost and shipped twice.",
                   "context": "Violin-making and repair workshop of three; instruments are "
                              "shipped strung up to pitch in hard cases by courier.",
                   "tried": "Thicker foam lining in the cases.",
                   "outcome": "One more cracked top in January; about €3,000 in repairs and "
                              "freight.",
                   "submitted_by": "Yasmin Fathy", "team": "Workshop",
                   "submitted_on": "2027-01-30"}],
        "cues": [
            ("Kjartan Einarsson", "other", "This was booked as a jam, but since we're all here "
             "let's use it to look back on the year instead. What went well?"),
            ("Anahit Sargsyan", "other", "The exhibition in Cremona. Two commissions came out "
             "of it, and the viola's sold."),
            ("Yasmin Fathy", "other", "Repairs. We got the waiting list down from nine weeks to "
             "five."),
            ("Elif Yıldız", "other", "And the new varnish room. No more dust in the finish."),
            ("Kjartan Einarsson", "other", "What didn't go so well?"),
            ("Yasmin Fathy", "other", "Shipping, obviously, the cracked tops. Since we started "
             "slackening the strings and packing a humidifier nothing has cracked, not since "
             "February, but it cost us."),
            ("Anahit Sargsyan", "other", "And the website. Half the enquiries still come by "
             "phone because the form doesn't work on mobiles."),
            ("Elif Yıldız", "other", "I'd add the bow rehair backlog over Christmas. The "
             "students all came at once."),
            ("Kjartan Einarsson", "other", "Okay. What do we want for next year?"),
            ("Anahit Sargsyan", "other", "Proper booking slots for student rehairs in December, "
             "before term ends."),
            ("Elif Yıldız", "other", "I'll set those up and put a notice in the music schools "
             "by the end of November."),
            ("Kjartan Einarsson", "other", "And the website?"),
            ("Yasmin Fathy", "other", "My nephew builds sites. I'll ask him to look at the form "
             "next week."),
            ("Kjartan Einarsson", "other", "Good. Anahit, can you write the shipping steps down "
             "for whoever packs?"),
            ("Anahit Sargsyan", "other", "Yes, before the next export. There's a cello going to "
             "Oslo."),
            ("Kjartan Einarsson", "other", "Thanks. Same time next year."),
        ],
        "recap": [
            ("The year went well for the Cremona exhibition, with two commissions and the viola "
             "sold, the repair wait cut from nine weeks to five, and the dust-free varnish room.",
             [1, 2, 3]),
            ("It went less well for the cracked tops in shipping, stopped since February by "
             "slackening strings and packing a humidifier, the website form that fails on "
             "mobiles, and the rehair backlog at Christmas.",
             [5, 6, 7]),
            ("Elif sets up December booking slots for student rehairs and puts a notice in the "
             "music schools by the end of November.",
             [9, 10]),
            ("Yasmin asks her nephew to look at the website form next week.",
             [11, 12]),
            ("Anahit writes down the shipping steps for whoever packs before the next export, a "
             "cello to Oslo.",
             [13, 14]),
        ],
        "pattern": {
            "name": "Slacken and humidify before shipping",
            "problem": "Violins shipped abroad at full string tension in dry winter freight "
                       "crack their tops, and thicker case foam does not prevent it.",
            "what_to_do": "Slacken the strings and pack a humidifier in the case before "
                          "shipping, following written packing steps.",
            "applies_when": "String instruments sent by courier, especially in winter.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Elif Yıldız", "action": "set up December booking slots for student "
             "rehairs and put a notice in the music schools", "due": "end of November"},
            {"owner": "Yasmin Fathy", "action": "ask her nephew to look at the website enquiry "
             "form", "due": "next week"},
            {"owner": "Anahit Sargsyan", "action": "write down the shipping steps for whoever "
             "packs", "due": "before the next export"},
        ],
    },
}
