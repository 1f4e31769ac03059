"""Annotated sessions written at the end of session 10, after the short-session step work was
merged, by someone who had not read the step code, in domains none of the other sets use,
and run once before and once after session 11's changes. Seven short scripted sessions (the
facilitator names each step in plain
words in some, no step is named in others; a participant jumps to the remedy before the
breakdown is done; the breakdown comes back after the pattern; the case owner is not the
first to speak after the facilitator; the facilitator is silent after the opening), three
short sessions with one linked case that do not follow the script (a check-in that restates
the case's problem before moving to status, a demo day, a planning call), and two medium
scripted sessions where a step comes back after a later one."""

SESSIONS = {
    "holdout5_rail_points_heaters": {
        "title": "Office hours: points heaters left off before the frost",
        "format": "office hours", "date": "2026-11-23", "start_time": "10:00",
        "facilitator": "Ngozi Eze",
        "cases": [{"case_id": "RS-3", "title": "Points heaters found off on frosty nights",
                   "problem": "Points heaters at a junction were found switched off during "
                              "the first frosts, so the points froze and trains were "
                              "delayed.",
                   "context": "Regional rail maintenance depot, about forty sets of points "
                              "with electric heaters, night-shift signalling technicians.",
                   "tried": "A reminder email in October to set all heaters back to "
                            "automatic.",
                   "outcome": "Two points failures in November, both with the heater left "
                              "on manual after the summer test.",
                   "submitted_by": "Piotr Kowalczyk", "team": "Signalling maintenance",
                   "submitted_on": "2026-11-18"}],
        "cues": [
            ("Ngozi Eze", "other", "Hi both. We'll take Piotr's case today, the one about "
             "the points heaters."),
            ("Aisling Brennan", "present", "Can I jump in first, because I was the one called "
             "out on the fourteenth. The points at Hartwell junction wouldn't move at all, "
             "and the heater box was stone cold."),
            ("Piotr Kowalczyk", "present", "Yeah, that's it. We look after about forty sets "
             "of points on that stretch, all with heaters that are supposed to come on by "
             "themselves when it gets cold."),
            ("Piotr Kowalczyk", "present", "I emailed everybody in October to put them back "
             "to automatic. We still had two failures in November, and both times the "
             "heater was sitting on manual, switched off."),
            ("Ngozi Eze", "breakdown", "Okay, thanks. Now let's break down why it happened. "
             "How did they end up on manual?"),
            ("Piotr Kowalczyk", "breakdown", "Summer testing. The contractor tests every "
             "heater in July and has to flick it to manual to do it. The test sheet never "
             "asks them to flick it back."),
            ("Aisling Brennan", "breakdown", "And from the van you can't see it. The switch is "
             "inside the cabinet, you'd have to open up every single one."),
            ("Ngozi Eze", "pattern", "Right, so if another depot asked what to take away "
             "from this, what do we tell them?"),
            ("Aisling Brennan", "pattern", "Whoever changes a setting to test something puts "
             "it back before they sign the test off, and the sheet has a line for it."),
            ("Ngozi Eze", "applies", "Where does that fit, and where doesn't it?"),
            ("Piotr Kowalczyk", "applies", "Anything seasonal that gets tested out of season, "
             "heaters, drainage pumps. Not the kit that's monitored remotely, because the "
             "control room sees what mode it's in anyway."),
            ("Ngozi Eze", "capture", "Last step, writing it up. Piotr, could you get that "
             "line onto the contractor's test sheet?"),
            ("Piotr Kowalczyk", "capture", "I'll send the contractor the new sheet by Friday, "
             "and we'll go round and check all forty cabinets next week."),
            ("Ngozi Eze", "other", "Great, thanks both. Keep warm out there."),
        ],
        "recap": [
            ("At Hartwell junction the points failed twice in November because their heaters "
             "were left on manual and switched off, despite an October reminder email.",
             [1, 2, 3]),
            ("The contractor switches heaters to manual for the summer test, the test sheet "
             "never asks to switch them back, and the switch is hidden in the cabinet.",
             [4, 5, 6]),
            ("Whoever changes a setting for a test puts it back before signing the test off, "
             "with a line on the sheet for it.", [7, 8]),
            ("It fits seasonal kit tested out of season, not kit the control room monitors "
             "remotely.", [9, 10]),
            ("Piotr sends the contractor the new sheet by Friday and all forty cabinets are "
             "checked next week.", [11, 12]),
        ],
        "pattern": {"name": "Put it back before you sign the test off",
                    "problem": "Kit left in test mode after out-of-season testing fails "
                               "when the season comes.",
                    "what_to_do": "Whoever changes a setting to test something puts it back "
                                  "before signing the test off, and the test sheet has a "
                                  "line for it.",
                    "applies_when": "Seasonal equipment tested out of season, such as points "
                                    "heaters or drainage pumps.",
                    "does_not_apply_when": "Remotely monitored kit whose mode the control "
                                           "room can see."},
        "actions": [
            {"owner": "Piotr Kowalczyk", "action": "send the contractor the new test sheet",
             "due": "by Friday"},
            {"owner": "Piotr Kowalczyk", "action": "check all forty heater cabinets",
             "due": "next week"},
        ],
    },
    "holdout5_school_bus_stop": {
        "title": "Problem-solving jam: children waiting at a dropped bus stop",
        "format": "problem-solving jam", "date": "2026-11-24", "start_time": "08:30",
        "facilitator": "Hana Sato",
        "cases": [{"case_id": "SB-8", "title": "Children waiting at a stop the bus no "
                                              "longer uses",
                   "problem": "After the September route change the bus no longer called at "
                              "the Mill Lane stop, and four children waited there forty "
                              "minutes in the rain, twice.",
                   "context": "Council school transport team, 23 contracted bus routes, "
                              "routes redrawn every summer.",
                   "tried": "Letters to parents with the new timetable in August.",
                   "outcome": "Two families never got the letter and one driver still had "
                              "the old route card.",
                   "submitted_by": "Marcus Okafor", "team": "School transport",
                   "submitted_on": "2026-11-19"}],
        "cues": [
            ("Hana Sato", "other", "Morning, all. Marcus, this one's yours."),
            ("Marcus Okafor", "present", "Right. In September we redrew route fourteen and "
             "took out the Mill Lane stop. Twice in the first fortnight four kids stood "
             "there for forty minutes in the rain."),
            ("Marcus Okafor", "present", "We'd posted letters with the new times in August. "
             "Two families say they never got one, and one of the drivers was still using "
             "last year's card."),
            ("Leila Haddad", "breakdown", "Who actually gets told when a stop comes off? "
             "Parents, the driver, anyone else?"),
            ("Marcus Okafor", "breakdown", "Parents by post, the bus company by email. The "
             "company is meant to pass it on to drivers, but the card in the cab only gets "
             "printed once a year."),
            ("Bjorn Eriksen", "breakdown", "And the stop itself tells you nothing. A kid "
             "turns up, the pole's still there, and the timetable on it is last year's."),
            ("Hana Sato", "pattern", "If you could only change one thing before January, "
             "what would it be?"),
            ("Leila Haddad", "pattern", "When a stop is taken off a route, a notice goes up "
             "on the stop itself for a few weeks, on top of the letters."),
            ("Bjorn Eriksen", "applies", "That works for the village stops with a pole. For "
             "the estate pickups where it's just a street corner, you'd need the school to "
             "text the parents instead."),
            ("Marcus Okafor", "capture", "I'll put that in our route change checklist, a "
             "notice at the stop plus texts through the schools, before the January "
             "changes."),
            ("Hana Sato", "capture", "And I'll ask the bus company to reprint the cab cards "
             "every time a route changes. I'll do that this week."),
            ("Hana Sato", "other", "That's our time. Thanks, everyone."),
        ],
        "recap": [
            ("After route fourteen dropped the Mill Lane stop in September, four children "
             "waited forty minutes in the rain twice; two families missed the August letter "
             "and a driver had the old card.", [1, 2]),
            ("Parents are told by post and the bus company by email, the cab cards are "
             "printed once a year, and the stop itself still shows last year's timetable.",
             [3, 4, 5]),
            ("When a stop is taken off a route, a notice goes on the stop itself for a few "
             "weeks as well as the letters.", [6, 7]),
            ("It fits stops with a pole; for street-corner pickups the school texts the "
             "parents instead.", [8]),
            ("Marcus adds the stop notice and school texts to the route change checklist "
             "before January; Hana asks the bus company to reprint cab cards at each "
             "change, this week.", [9, 10]),
        ],
        "pattern": {"name": "Tell families at the stop that is going",
                    "problem": "Children wait at a stop a changed route no longer serves.",
                    "what_to_do": "When a stop is taken off a route, put a notice on the stop "
                                  "itself for a few weeks, as well as sending letters, and "
                                  "reprint the drivers' cards.",
                    "applies_when": "Route changes that remove a stop with a pole or shelter.",
                    "does_not_apply_when": "Street-corner pickups with nothing to post a "
                                           "notice on, where the school texts parents "
                                           "instead."},
        "actions": [
            {"owner": "Marcus Okafor", "action": "add a notice at the stop and texts through "
             "the schools to the route change checklist", "due": "before the January changes"},
            {"owner": "Hana Sato", "action": "ask the bus company to reprint the cab cards "
             "whenever a route changes", "due": "this week"},
        ],
    },
    "holdout5_port_crane_lashing": {
        "title": "Problem-solving jam: cranes idle waiting for the lashing gang",
        "format": "problem-solving jam", "date": "2026-11-25", "start_time": "21:30",
        "facilitator": "Rafael Mendes",
        "cases": [{"case_id": "PC-5", "title": "Cranes stopped waiting for lashers",
                   "problem": "Ship-to-shore cranes sit idle ten to fifteen minutes a bay "
                              "because the lashing gang is not at the ship when discharge "
                              "reaches the deck containers.",
                   "context": "Container terminal, six ship-to-shore cranes, lashing gangs "
                              "shared between two berths on the night shift.",
                   "tried": "The crane driver radios the lashing foreman when a bay is "
                            "nearly done.",
                   "outcome": "Idle time on nights is still about two hours per ship.",
                   "submitted_by": "Dimitri Papadakis", "team": "Quay operations, nights",
                   "submitted_on": "2026-11-20"}],
        "cues": [
            ("Rafael Mendes", "other", "Evening, all, we've got half an hour. Dimitri, over "
             "to you."),
            ("Dimitri Papadakis", "present", "So on nights our cranes wait for the lashers. "
             "The driver finishes the hold, moves up to the deck boxes, and the cones are "
             "still locked because nobody's there."),
            ("Dimitri Papadakis", "present", "We tried having the driver radio the foreman "
             "when the bay's nearly done. We still lose about two hours per ship."),
            ("Rafael Mendes", "breakdown", "Where's the gang when that call comes in?"),
            ("Dimitri Papadakis", "breakdown", "Usually on the other berth. One foreman, two "
             "ships, and it's a five-minute drive round the stacks."),
            ("Amara Mensah", "pattern", "Easy fix, though: give every crane a lashing plan "
             "an hour ahead, so the gang's already walking over when the hold finishes."),
            ("Rafael Mendes", "breakdown", "Maybe, Amara, but let's finish the why first. "
             "Dimitri, does the foreman know what order the bays go in?"),
            ("Dimitri Papadakis", "breakdown", "Not really. The stowage plan goes to the "
             "crane office, not to him. He only finds out when the radio goes."),
            ("Chen Wei", "breakdown", "So the call comes when the work's already due, and "
             "the gang is five minutes away. The delay is built into how it's set up."),
            ("Rafael Mendes", "pattern", "Okay, Amara, now your idea."),
            ("Amara Mensah", "pattern", "The people who unlock the boxes get the bay order at "
             "the same time as the crane does, and they move on the plan, not on the radio "
             "call."),
            ("Chen Wei", "applies", "That only helps where gangs are shared across berths. "
             "If every crane has its own gang, the radio call is fine."),
            ("Dimitri Papadakis", "capture", "I'll write it into our night shift notes, and "
             "get the stowage office to copy the foreman in on the plan from Monday."),
            ("Rafael Mendes", "other", "Lovely. Same time in two weeks."),
        ],
        "recap": [
            ("On nights the cranes reach the deck boxes before the lashers, losing about two "
             "hours per ship even with a radio call to the foreman.", [1, 2]),
            ("The single foreman covers two berths five minutes apart and never sees the "
             "stowage plan, so the call arrives when the work is already due.",
             [3, 4, 6, 7, 8]),
            ("The lashing gang gets the bay order when the crane does and moves on the plan, "
             "not on the radio call.", [5, 9, 10]),
            ("It helps where gangs are shared across berths, not where each crane has its "
             "own gang.", [11]),
            ("Dimitri writes it into the night shift notes and has the stowage office copy "
             "the foreman in from Monday.", [12]),
        ],
        "pattern": {"name": "Send the bay order to the lashers too",
                    "problem": "Cranes wait for lashing gangs that only hear of the next bay "
                               "by radio when it is due.",
                    "what_to_do": "Give the lashing gang the bay order at the same time as the "
                                  "crane, so it moves on the plan rather than on the radio "
                                  "call.",
                    "applies_when": "Terminals where lashing gangs are shared between berths.",
                    "does_not_apply_when": "Each crane has its own gang."},
        "actions": [
            {"owner": "Dimitri Papadakis", "action": "write the change into the night shift "
             "notes", "due": None},
            {"owner": "Dimitri Papadakis", "action": "get the stowage office to copy the "
             "foreman in on the plan", "due": "from Monday"},
        ],
    },
    "holdout5_blood_session_waits": {
        "title": "Office hours: donors leaving mobile sessions before giving",
        "format": "office hours", "date": "2026-11-26", "start_time": "13:00",
        "facilitator": "Ines Carvalho",
        "cases": [{"case_id": "BL-6", "title": "Donors walk out after long waits",
                   "problem": "At mobile donation sessions in village halls about one booked "
                              "donor in eight leaves before donating, because the wait after "
                              "the health check can pass an hour.",
                   "context": "Regional blood service, mobile team of nine, four-hour "
                              "sessions in community venues.",
                   "tried": "A second nurse on the health check.",
                   "outcome": "The check got faster but the queue moved to the donation "
                              "chairs; walkouts did not change.",
                   "submitted_by": "Kwabena Owusu", "team": "Mobile sessions, north",
                   "submitted_on": "2026-11-20"}],
        "cues": [
            ("Ines Carvalho", "other", "Hello! Kwabena, did you make it back from the coast "
             "alright?"),
            ("Kwabena Owusu", "other", "Just about, three hours on the motorway. Shall I "
             "start?"),
            ("Kwabena Owusu", "present", "At our village hall sessions roughly one in eight "
             "booked donors walks out before giving. After the health check the wait can go "
             "past an hour."),
            ("Kwabena Owusu", "present", "We put a second nurse on the health check. That got "
             "quicker, but the queue just moved along to the chairs. Same number leave."),
            ("Sofia Lindqvist", "breakdown", "How many chairs do you take out with you?"),
            ("Kwabena Owusu", "breakdown", "Six. Each donor is on a chair about twelve "
             "minutes, plus getting the needle in."),
            ("Ines Carvalho", "breakdown", "So the check was never the slow part, the chairs "
             "were."),
            ("Sofia Lindqvist", "pattern", "Which is what I'd pass on: before you add staff, "
             "time each stage once, and add capacity only at the slowest one."),
            ("Kwabena Owusu", "breakdown", "Actually, going back a step, it's much worse at "
             "lunchtime. Everyone books between twelve and two because of work."),
            ("Sofia Lindqvist", "breakdown", "Then it's the booking slots as well, not only "
             "the chairs."),
            ("Ines Carvalho", "applies", "Would timing the stages work at the big city centre "
             "sessions too?"),
            ("Kwabena Owusu", "applies", "Those are mostly walk-ins, so less so. It's for "
             "booked sessions where the kit you bring is fixed."),
            ("Ines Carvalho", "capture", "Kwabena, can you put the stage timing into the session "
             "lead guide, and cap the lunchtime slots?"),
            ("Kwabena Owusu", "capture", "Yes, I'll draft the guide next week and try the "
             "cap at the Tuesday session."),
        ],
        "recap": [
            ("About one booked donor in eight leaves village hall sessions before giving, "
             "and a second nurse on the health check only moved the queue to the chairs.",
             [2, 3]),
            ("Six chairs at about twelve minutes a donor are the slow stage, and lunchtime "
             "bookings between twelve and two make it worse.", [4, 5, 6, 8, 9]),
            ("Before adding staff, time each stage once and add capacity only at the "
             "slowest one.", [7]),
            ("It fits booked sessions with fixed kit, less so walk-in city centre "
             "sessions.", [10, 11]),
            ("Kwabena drafts the stage timing for the session lead guide next week and tries "
             "a cap on lunchtime slots at the Tuesday session.", [12, 13]),
        ],
        "pattern": {"name": "Time every stage before adding staff",
                    "problem": "Adding staff at one stage of a session only moves the queue.",
                    "what_to_do": "Time each stage of the session once and add capacity only "
                                  "at the slowest one.",
                    "applies_when": "Booked sessions with a fixed amount of kit.",
                    "does_not_apply_when": "Walk-in sessions, where arrivals drive the "
                                           "queue."},
        "actions": [
            {"owner": "Kwabena Owusu", "action": "draft the stage timing for the session lead "
             "guide", "due": "next week"},
            {"owner": "Kwabena Owusu", "action": "try a cap on lunchtime slots",
             "due": "at the Tuesday session"},
        ],
    },
    "holdout5_radio_dead_air": {
        "title": "Show-and-tell: how one station stopped going silent between shows",
        "format": "show-and-tell", "date": "2026-11-26", "start_time": "18:00",
        "facilitator": "Gustavo Ferreira",
        "cases": [{"case_id": "CR-2", "title": "Dead air when presenters miss the handover",
                   "problem": "Several times a month the station went silent for three to "
                              "eight minutes when the next volunteer presenter was late and "
                              "the previous one had already left.",
                   "context": "Volunteer-run FM community station, forty presenters, one "
                              "studio, no producer in the evenings.",
                   "tried": "A group chat for presenters to say they are running late.",
                   "outcome": "Messages came after the silence had started; a listener "
                              "complained to the regulator after a nine-minute gap.",
                   "submitted_by": "Maeve Donnelly", "team": "Station management",
                   "submitted_on": "2026-11-21"}],
        "cues": [
            ("Gustavo Ferreira", "other", "Welcome, everyone. Maeve is showing us what her "
             "station did about silences on air. Maeve, it's all yours, I'll stay quiet."),
            ("Maeve Donnelly", "present", "Quick background. We're run by volunteers, forty "
             "presenters and one studio. A few times a month we'd go silent for three to "
             "eight minutes between shows."),
            ("Maeve Donnelly", "present", "The next presenter was late and the last one had "
             "gone home. We set up a group chat for running late, but the messages came in "
             "when we were already off air, and then someone complained to the regulator "
             "after nine minutes of nothing."),
            ("Yaw Asamoah", "breakdown", "Why did the outgoing presenter leave before the "
             "next one got there?"),
            ("Maeve Donnelly", "breakdown", "Nobody had ever told them not to. And in the "
             "evenings there's no producer, so nobody in the building notices."),
            ("Linnea Berg", "breakdown", "So it only goes wrong when two things happen at "
             "once, someone late and someone leaving early."),
            ("Maeve Donnelly", "pattern", "That's what we built on. Now you don't leave the "
             "desk until you've handed over face to face, and if nobody comes, a fallback "
             "playlist kicks in after thirty seconds of silence."),
            ("Maeve Donnelly", "pattern", "This is the silence detector on the desk, the "
             "little grey box. It's what fires the playlist."),
            ("Yaw Asamoah", "applies", "Would that work for us? We're online only, no "
             "licence."),
            ("Maeve Donnelly", "applies", "The playlist part, sure. The handover rule matters "
             "less without a licence, but listeners still drift off."),
            ("Linnea Berg", "capture", "I'll add both to the network's station handbook this "
             "month. Maeve, could you send me a photo of the box?"),
            ("Maeve Donnelly", "capture", "Will do, tomorrow."),
            ("Yaw Asamoah", "other", "Thanks, Maeve, really useful. I have to drop off now."),
        ],
        "recap": [
            ("The volunteer station went silent for three to eight minutes a few times a "
             "month when a presenter was late and the previous one had left; a running-late "
             "chat did not help and a nine-minute gap drew a complaint.", [1, 2]),
            ("Outgoing presenters were never told to wait and there is no evening producer, "
             "so silence needs a late arrival and an early departure at once.", [3, 4, 5]),
            ("Presenters hand over face to face before leaving, and a silence detector "
             "starts a fallback playlist after thirty seconds.", [6, 7]),
            ("The playlist fits online-only stations too; the handover rule matters less "
             "without a licence.", [8, 9]),
            ("Linnea adds both to the station handbook this month and Maeve sends a photo of "
             "the detector tomorrow.", [10, 11]),
        ],
        "pattern": {"name": "Hand over in person, with an automatic fallback",
                    "problem": "A station goes silent when one presenter leaves before the "
                               "next arrives.",
                    "what_to_do": "Presenters stay at the desk until they hand over face to "
                                  "face, and a silence detector starts a fallback playlist "
                                  "after thirty seconds.",
                    "applies_when": "Volunteer stations without a producer in the building.",
                    "does_not_apply_when": "Online-only stations need the playlist but less "
                                           "the handover rule."},
        "actions": [
            {"owner": "Linnea Berg", "action": "add the handover rule and the fallback "
             "playlist to the station handbook", "due": "this month"},
            {"owner": "Maeve Donnelly", "action": "send Linnea a photo of the silence "
             "detector", "due": "tomorrow"},
        ],
    },
    "holdout5_lift_second_visits": {
        "title": "Office hours: lifts out of action waiting for a second visit",
        "format": "office hours", "date": "2026-11-27", "start_time": "14:00",
        "facilitator": "Olumide Bakare",
        "cases": [{"case_id": "EL-4", "title": "Lifts off for days between two engineer "
                                              "visits",
                   "problem": "After a breakdown call, a third of the lifts in tower blocks "
                              "stay out of service for three days or more because the "
                              "engineer finds a part is needed and has to come back.",
                   "context": "Lift maintenance contractor, about three hundred lifts in "
                              "council tower blocks, one engineer per call.",
                   "tried": "Stocking the vans with the most-used parts.",
                   "outcome": "Return visits fell a little; door operators and control "
                              "boards are still not carried.",
                   "submitted_by": "Solène Marchetti", "team": "Lift service, east",
                   "submitted_on": "2026-11-22"}],
        "cues": [
            ("Olumide Bakare", "other", "Afternoon, all. We'll do it the usual way: Solène "
             "tells us the case, we pick it apart, then see what's worth keeping. Solène?"),
            ("Solène Marchetti", "present", "When a lift in one of our tower blocks breaks down, "
             "about a third of the time it's off for three days or more. The engineer turns "
             "up, works out which part it needs, and has to come back with it."),
            ("Solène Marchetti", "present", "We stocked the vans with the usual parts. That "
             "helped a bit, but door operators and boards are still not on the vans."),
            ("Olumide Bakare", "breakdown", "Okay, let's dig into the why. What does the "
             "engineer know before he sets off?"),
            ("Solène Marchetti", "breakdown", "Only 'lift not working' from the call centre. The "
             "fault code is sitting on the controller, and nobody reads it until he's "
             "standing in front of it."),
            ("Raj Malhotra", "breakdown", "Most of those controllers can send the code out "
             "remotely, though. Ours do."),
            ("Olumide Bakare", "pattern", "So what's the practice worth keeping from this?"),
            ("Raj Malhotra", "pattern", "Read the fault remotely before anyone is sent, so "
             "the right part goes out on the first visit."),
            ("Olumide Bakare", "applies", "And where won't that work?"),
            ("Solène Marchetti", "applies", "The older blocks have relay controllers with no "
             "modem. For those it's still down to what's on the van."),
            ("Olumide Bakare", "capture", "Let's get it into the playbook. Solène, are you "
             "happy to own that entry?"),
            ("Solène Marchetti", "capture", "Yes. And I'll ask the call centre to add the remote "
             "check to their script by the end of the month."),
            ("Olumide Bakare", "other", "Thanks. Reminder that there's no session on the "
             "twenty-fourth, we're back in January."),
        ],
        "recap": [
            ("A third of broken-down tower block lifts stay off three days or more because "
             "the engineer needs a second visit with a part; stocking vans helped only a "
             "little.", [1, 2]),
            ("The engineer sets off knowing only that the lift is not working, although most "
             "controllers can send the fault code remotely.", [3, 4, 5]),
            ("Read the fault remotely before dispatch, so the right part travels on the "
             "first visit.", [6, 7]),
            ("Older blocks with relay controllers and no modem still rely on van stock.",
             [8, 9]),
            ("Solène owns the playbook entry and asks the call centre to add the remote "
             "check to its script by the end of the month.", [10, 11]),
        ],
        "pattern": {"name": "Read the fault before sending the engineer",
                    "problem": "Lifts stay out of service while the engineer goes back for "
                               "a part.",
                    "what_to_do": "Read the fault code remotely before dispatch, so the right "
                                  "part goes out on the first visit.",
                    "applies_when": "Lifts whose controllers can send fault codes remotely.",
                    "does_not_apply_when": "Older relay controllers with no modem."},
        "actions": [
            {"owner": "Solène Marchetti", "action": "write the playbook entry", "due": None},
            {"owner": "Solène Marchetti", "action": "ask the call centre to add the remote check "
             "to their script", "due": "by the end of the month"},
        ],
    },
    "holdout5_hatchery_power_cut": {
        "title": "Problem-solving jam: fry lost in a night power cut",
        "format": "problem-solving jam", "date": "2026-11-27", "start_time": "16:30",
        "facilitator": "Astrid Nilsson",
        "cases": [{"case_id": "FH-1", "title": "Trout fry lost after power cuts at night",
                   "problem": "Twice this year the hatchery lost thousands of fry when a "
                              "storm cut the power overnight and the aeration stopped.",
                   "context": "Small trout hatchery restocking local rivers, two staff, "
                              "tanks in a shed on the river bank.",
                   "tried": "A backup generator installed in the spring.",
                   "outcome": "The generator does not start by itself and the power alarm "
                              "rang an old phone number.",
                   "submitted_by": "Tane Walker", "team": "River trust hatchery",
                   "submitted_on": "2026-11-23"}],
        "cues": [
            ("Astrid Nilsson", "other", "Is that rain I can hear on your roof, Tane?"),
            ("Tane Walker", "other", "Pouring down. Quite fitting, given what I'm about to "
             "tell you."),
            ("Tane Walker", "present", "Twice this year a storm knocked our power out in the "
             "night, the air pumps stopped, and by the morning we'd lost thousands of fry."),
            ("Tane Walker", "present", "We'd put a generator in back in the spring. But "
             "someone has to start it, and the alarm rang an old number that nobody "
             "answers."),
            ("Farah Siddiqui", "breakdown", "When did anyone last test that alarm?"),
            ("Tane Walker", "breakdown", "When it went in, four years ago. The number was the "
             "old manager's mobile."),
            ("Astrid Nilsson", "breakdown", "And the generator was bought as the backup, but "
             "it only works if somebody's standing there."),
            ("Farah Siddiqui", "pattern", "Same thing happened to us two winters ago. A "
             "backup only counts if you test it the way it'll actually fail, at night with "
             "nobody on site, and the alarm goes to whoever is on call that week."),
            ("Tane Walker", "applies", "For us that means the aerators and the water feed. "
             "Not the office, that can wait till morning."),
            ("Farah Siddiqui", "capture", "I'll send you our monthly test sheet today and put "
             "a copy in the shared folder."),
            ("Tane Walker", "capture", "And I'll get an auto-start switch fitted before the "
             "winter, and change the alarm number tonight."),
            ("Astrid Nilsson", "other", "Good. Stay dry, both of you."),
        ],
        "recap": [
            ("Two night storms cut the hatchery's power, stopped the air pumps and killed "
             "thousands of fry; the generator needs starting by hand and the alarm rang an "
             "old number.", [2, 3]),
            ("The alarm had not been tested since it was installed four years ago, and the "
             "backup only works with someone on site.", [4, 5, 6]),
            ("A backup only counts if it is tested the way it will fail, at night with "
             "nobody there, and the alarm reaches whoever is on call that week.", [7]),
            ("It matters for the aerators and water feed, not the office.", [8]),
            ("Farah sends her monthly test sheet today and shares it; Tane has an auto-start "
             "switch fitted before winter and changes the alarm number tonight.", [9, 10]),
        ],
        "pattern": {"name": "Test the backup the way it will fail",
                    "problem": "Backup power and alarms fail on the night they are needed.",
                    "what_to_do": "Test the backup as it would fail, at night with nobody on "
                                  "site, and send the alarm to whoever is on call that week.",
                    "applies_when": "Life-support kit such as aerators and water feeds.",
                    "does_not_apply_when": "Things that can wait until morning, like the "
                                           "office."},
        "actions": [
            {"owner": "Farah Siddiqui", "action": "send Tane the monthly test sheet",
             "due": "today"},
            {"owner": "Farah Siddiqui", "action": "put a copy of the test sheet in the shared "
             "folder", "due": None},
            {"owner": "Tane Walker", "action": "get an auto-start switch fitted to the "
             "generator", "due": "before the winter"},
            {"owner": "Tane Walker", "action": "change the alarm number", "due": "tonight"},
        ],
    },
    "holdout5_ice_rink_checkin": {
        "title": "Office hours: Saturday skating delay, an update",
        "format": "office hours", "date": "2026-11-30", "start_time": "09:00",
        "facilitator": "Henrik Larsen",
        "cases": [{"case_id": "IR-3", "title": "Public skating opens late after hockey",
                   "problem": "Saturday public skating starts fifteen to twenty minutes late "
                              "because resurfacing the ice after the ten o'clock hockey game "
                              "runs over.",
                   "context": "Municipal ice rink, one resurfacing machine, two drivers, the "
                              "hockey club booked until ten on Saturdays.",
                   "tried": "Asking the hockey club to finish five minutes early.",
                   "outcome": "The club agreed but games still overrun, and customers "
                              "complain at the till.",
                   "submitted_by": "Beatriz Souza", "team": "Rink operations",
                   "submitted_on": "2026-11-12"}],
        "cues": [
            ("Henrik Larsen", "other", "So, Beatriz, your case: Saturday public skating "
             "opening fifteen or twenty minutes late, because the resurfacing after the ten "
             "o'clock hockey game runs over. Where are we with it?"),
            ("Beatriz Souza", "other", "The club said yes to finishing five minutes early, "
             "and for two Saturdays they did. Last week they overran again."),
            ("Henrik Larsen", "other", "Is the second driver starting earlier yet?"),
            ("Beatriz Souza", "other", "From January. HR has to change his contract, that's "
             "in hand."),
            ("Jomo Kariuki", "other", "And the sign at the till, with the real opening "
             "time?"),
            ("Beatriz Souza", "other", "Printed. It goes up this Saturday."),
            ("Henrik Larsen", "other", "Okay. What about the budget for the overtime?"),
            ("Jomo Kariuki", "other", "I checked, it comes out of the events line. About "
             "forty hours between now and March."),
            ("Henrik Larsen", "other", "Fine. Beatriz, can you send the club the January "
             "schedule by Friday?"),
            ("Beatriz Souza", "other", "Yes, no problem."),
            ("Henrik Larsen", "other", "Then we'll look at it again in February. Thanks, "
             "both."),
        ],
        "recap": [
            ("The check-in was about Saturday public skating opening late because "
             "resurfacing after the hockey game runs over.", [0]),
            ("The hockey club finished early for two Saturdays, then overran again last "
             "week.", [1]),
            ("The second driver starts earlier from January once HR changes his contract, "
             "and a sign with the real opening time goes up at the till this Saturday.",
             [2, 3, 4, 5]),
            ("About forty hours of overtime until March come from the events budget.",
             [6, 7]),
            ("Beatriz sends the club the January schedule by Friday, and the topic comes "
             "back in February.", [8, 9, 10]),
        ],
        "pattern": {"name": "Bring the second resurfacing driver in earlier",
                    "problem": "Public skating opens late when the hockey game before it "
                               "overruns.",
                    "what_to_do": "Start a second resurfacing driver earlier on Saturdays.",
                    "applies_when": "Rinks where hockey is booked just before public "
                                    "skating.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Beatriz Souza", "action": "put up the sign with the real opening time "
             "at the till", "due": "this Saturday"},
            {"owner": "Beatriz Souza", "action": "send the hockey club the January schedule",
             "due": "by Friday"},
        ],
    },
    "holdout5_apiary_demo_day": {
        "title": "Demo day: what the apiary changed after the May swarms",
        "format": "demo day", "date": "2026-11-30", "start_time": "15:00",
        "facilitator": "Ruth Abernethy",
        "cases": [{"case_id": "AP-7", "title": "Swarms lost from the association apiary",
                   "problem": "The association apiary lost five swarms in May because hive "
                              "inspections were missed when rota slots went unfilled.",
                   "context": "Beekeeping association, twelve shared hives at a teaching "
                              "apiary, inspections by volunteer members.",
                   "tried": "A paper rota pinned in the apiary shed.",
                   "outcome": "Nobody looked at the shed rota until the weekend; two weeks "
                              "in May had no inspection at all.",
                   "submitted_by": "Kenji Watanabe", "team": "Apiary committee",
                   "submitted_on": "2026-11-10"}],
        "cues": [
            ("Ruth Abernethy", "other", "Welcome to the apiary demo afternoon. Three short "
             "demos, all of them about the swarming trouble we had in May. Questions after "
             "each one."),
            ("Kenji Watanabe", "other", "Mine is the inspection rota on the shared calendar. "
             "Every hive has a slot, and if nobody's taken a slot by Wednesday it goes red "
             "and I get an email."),
            ("Kenji Watanabe", "other", "Since June we haven't had a single empty week."),
            ("Oksana Melnyk", "other", "Does it remind the person the day before?"),
            ("Kenji Watanabe", "other", "Yes, a text at six the evening before."),
            ("Oksana Melnyk", "other", "I'm next. These are the bait hives we put up along "
             "the fence, cardboard boxes with some old comb and a drop of lemongrass oil."),
            ("Oksana Melnyk", "other", "We caught two swarms in them in July that would "
             "otherwise have gone off into the woods."),
            ("Dario Greco", "other", "Last one, the hive scale. It weighs the hive every hour "
             "and sends a graph to my phone, and a swarm shows up as a sudden drop."),
            ("Ruth Abernethy", "other", "What does that cost per hive?"),
            ("Dario Greco", "other", "About ninety pounds. I'd only put them on the three "
             "strongest colonies."),
            ("Ruth Abernethy", "other", "Thanks, all. I'll put the slides on the association "
             "website this week. Dario, would you bring the scale to the spring meeting?"),
            ("Dario Greco", "other", "Will do."),
        ],
        "recap": [
            ("Three members showed changes made after the swarms lost in May: a shared "
             "inspection rota, bait hives and a hive scale.", [0, 1, 5, 7]),
            ("The calendar rota turns a slot red if nobody has taken it by Wednesday, texts "
             "the inspector the evening before, and no week has been empty since June.",
             [1, 2, 3, 4]),
            ("Bait hives along the fence caught two swarms in July.", [5, 6]),
            ("A hive scale graphs the weight every hour and shows a swarm as a sudden drop; "
             "it costs about ninety pounds a hive.", [7, 8, 9]),
            ("Ruth puts the slides on the association website this week, and Dario brings "
             "the scale to the spring meeting.", [10, 11]),
        ],
        "pattern": {"name": "Flag empty inspection slots midweek",
                    "problem": "Hive inspections are missed when rota slots stay empty.",
                    "what_to_do": "Keep inspections on a shared calendar that flags an "
                                  "untaken slot by Wednesday and texts the inspector the "
                                  "evening before.",
                    "applies_when": "Shared hives inspected by volunteers.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Ruth Abernethy", "action": "put the slides on the association website",
             "due": "this week"},
            {"owner": "Dario Greco", "action": "bring the hive scale to the spring meeting",
             "due": None},
        ],
    },
    "holdout5_water_samples_planning": {
        "title": "Problem-solving jam: warm water samples (planning call)",
        "format": "problem-solving jam", "date": "2026-12-01", "start_time": "11:00",
        "facilitator": "Mariam Yusuf",
        "cases": [{"case_id": "WQ-2", "title": "Water samples arriving warm at the lab",
                   "problem": "A fifth of the weekly tap water samples from rural reservoirs "
                              "are rejected by the lab because they arrive above eight "
                              "degrees.",
                   "context": "Water utility, twelve rural sampling points, samples driven "
                              "two hours to the central lab by one sampler.",
                   "tried": "More ice packs in the cool boxes.",
                   "outcome": "Rejections fell in spring and rose again in summer.",
                   "submitted_by": "Ewan Reid", "team": "Water quality sampling",
                   "submitted_on": "2026-11-17"}],
        "cues": [
            ("Mariam Yusuf", "other", "This is only the planning call for the sampling "
             "trial, not a full session. Ewan, what do we need to sort out?"),
            ("Ewan Reid", "other", "Three things: the temperature loggers, the new route, and "
             "who drives on the trial weeks."),
            ("Anh Nguyen", "other", "Loggers first. I've got eight from the lab, they all "
             "need new batteries."),
            ("Ewan Reid", "other", "Could you put batteries in and post them to the depot?"),
            ("Anh Nguyen", "other", "By Wednesday, yes."),
            ("Mariam Yusuf", "other", "Route next. Ewan, you wanted to turn it round so the "
             "far reservoirs come last?"),
            ("Ewan Reid", "other", "Yes, so those bottles spend the least time in the van. "
             "I'll draw it up and check the lab's opening hours on Friday afternoons."),
            ("Mariam Yusuf", "other", "And drivers?"),
            ("Anh Nguyen", "other", "I can do weeks one and three. Not two, I'm on leave."),
            ("Ewan Reid", "other", "I'll take week two, then."),
            ("Mariam Yusuf", "other", "Good. The trial starts on the ninth. I'll book a room "
             "today for the review at the end of the month."),
        ],
        "recap": [
            ("The call planned the sampling trial's temperature loggers, new route and "
             "drivers.", [0, 1]),
            ("Anh has eight loggers from the lab, fits new batteries and posts them to the "
             "depot by Wednesday.", [2, 3, 4]),
            ("Ewan reverses the route so the far reservoirs come last and checks the lab's "
             "Friday afternoon opening hours.", [5, 6]),
            ("Anh drives weeks one and three and Ewan drives week two.", [7, 8, 9]),
            ("The trial starts on the ninth and Mariam books a room today for the review at "
             "the end of the month.", [10]),
        ],
        "pattern": {"name": "Collect the farthest samples last",
                    "problem": "Water samples reach the lab too warm and are rejected.",
                    "what_to_do": "Reverse the sampling route so the samples farthest from "
                                  "the lab spend the least time in the van.",
                    "applies_when": "Sampling rounds driven a long way to a central lab.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Anh Nguyen", "action": "put new batteries in the loggers and post them "
             "to the depot", "due": "by Wednesday"},
            {"owner": "Ewan Reid", "action": "draw up the reversed route and check the lab's "
             "Friday afternoon opening hours", "due": None},
            {"owner": "Anh Nguyen", "action": "drive the trial in weeks one and three",
             "due": None},
            {"owner": "Ewan Reid", "action": "drive the trial in week two", "due": None},
            {"owner": "Mariam Yusuf", "action": "book a room for the end-of-month review",
             "due": "today"},
        ],
    },
    "holdout5_campsite_double_bookings": {
        "title": "Office hours: pitches booked twice in the summer peak",
        "format": "office hours", "date": "2026-12-02", "start_time": "19:30",
        "facilitator": "Fiona Grant",
        "cases": [{"case_id": "CS-4", "title": "Pitches booked twice in August",
                   "problem": "In July and August fourteen families arrived to find their "
                              "pitch already taken, because phone and online bookings were "
                              "kept in two places.",
                   "context": "Family-run campsite, ninety pitches, an online booking site "
                              "plus a paper diary at reception for phone bookings.",
                   "tried": "Reception copies the day's phone bookings into the online "
                            "system every evening.",
                   "outcome": "The copying was missed on busy days; refunds and poor "
                              "reviews followed.",
                   "submitted_by": "Lars Johansson", "team": "Rural tourism network",
                   "submitted_on": "2026-11-25"}],
        "cues": [
            ("Fiona Grant", "other", "Hi, everyone, welcome. Matteo, I think you're still "
             "muted."),
            ("Matteo Ricci", "other", "Sorry, got it now."),
            ("Fiona Grant", "other", "Lars, you sent in the double bookings case. Go ahead."),
            ("Lars Johansson", "present", "So this summer fourteen families turned up and "
             "found somebody already on their pitch. Every one of them got a refund, and "
             "most of them left a review."),
            ("Lars Johansson", "present", "We take bookings online, and there's a paper diary "
             "at reception for people who ring. Reception is supposed to copy the diary into "
             "the online system every evening."),
            ("Lars Johansson", "present", "On busy days the copying just didn't happen, or "
             "it happened the next morning, and by then the pitch had already sold online."),
            ("Fiona Grant", "breakdown", "Why is there a paper diary at all?"),
            ("Lars Johansson", "breakdown", "My mother runs reception. She likes paper, and a "
             "lot of our regulars are older and they phone."),
            ("Adaeze Nwosu", "breakdown", "It's the timing, isn't it. The website sells the "
             "pitch in the gap between the phone call and the evening."),
            ("Matteo Ricci", "breakdown", "And in high season that gap is longest, because "
             "that's when reception is busiest."),
            ("Saori Kimura", "breakdown", "Did the doubles bunch up on particular days?"),
            ("Lars Johansson", "breakdown", "Saturdays, mostly. Changeover day."),
            ("Fiona Grant", "pattern", "If a site owner down the road rang you about "
             "this, what's the one-sentence advice?"),
            ("Adaeze Nwosu", "pattern", "Every booking goes into the one system while the "
             "customer's still on the phone, even if you keep the paper as well."),
            ("Matteo Ricci", "pattern", "And if you really can't, block the pitch online the "
             "moment you pick up the phone."),
            ("Saori Kimura", "other", "Sorry, something unrelated before I forget: is the "
             "March meetup still at Lars's site?"),
            ("Lars Johansson", "other", "Yes, the twelfth. I'll send round directions."),
            ("Fiona Grant", "applies", "Back to it. Where does the one-system rule make "
             "sense?"),
            ("Saori Kimura", "applies", "Anywhere you take bookings through more than one "
             "channel. If you only take them by phone, the diary is the system and that's "
             "fine."),
            ("Lars Johansson", "breakdown", "One more thing on the why, actually. The website "
             "holds a pitch for fifteen minutes while it sits in someone's basket, so even a "
             "quick entry can collide."),
            ("Adaeze Nwosu", "breakdown", "So the phone entry has to beat the basket, which "
             "is an argument for blocking first."),
            ("Fiona Grant", "capture", "Let's write it up. Lars, will you own the entry?"),
            ("Lars Johansson", "capture", "Yes. I'll set up a tablet at reception before "
             "Easter and show my mother how to block a pitch."),
            ("Matteo Ricci", "capture", "I'll send Lars the note we gave our reception "
             "staff, this week."),
            ("Fiona Grant", "other", "Thanks, all. See you in March."),
        ],
        "recap": [
            ("Fourteen families found their pitch taken this summer because phone bookings "
             "in a paper diary were copied online each evening, and the copying slipped on "
             "busy days.", [3, 4, 5]),
            ("The website sells the pitch in the gap between the call and the evening copy, "
             "a gap that is longest on busy Saturdays, and basket holds make even quick "
             "entries collide.", [6, 7, 8, 9, 10, 11, 19, 20]),
            ("Every booking goes into the one system while the customer is still on the "
             "phone, or the pitch is blocked online as soon as the call starts.",
             [12, 13, 14]),
            ("It fits sites taking bookings through more than one channel, not phone-only "
             "sites.", [17, 18]),
            ("Lars owns the entry and sets up a reception tablet before Easter; Matteo sends "
             "his reception note this week.", [21, 22, 23]),
        ],
        "pattern": {"name": "One booking system, filled while the caller is on the line",
                    "problem": "Phone and online bookings kept apart sell the same pitch "
                               "twice.",
                    "what_to_do": "Enter every booking into the one system while the customer "
                                  "is still on the phone, or block the pitch online as soon "
                                  "as the call starts.",
                    "applies_when": "Sites that take bookings through more than one channel.",
                    "does_not_apply_when": "Sites that take bookings by phone only."},
        "actions": [
            {"owner": "Lars Johansson", "action": "send round directions for the March "
             "meetup", "due": None},
            {"owner": "Lars Johansson", "action": "set up a tablet at reception and show "
             "reception how to block a pitch", "due": "before Easter"},
            {"owner": "Matteo Ricci", "action": "send Lars the note given to reception staff",
             "due": "this week"},
        ],
    },
    "holdout5_festival_screening_copies": {
        "title": "Problem-solving jam: the wrong file on the big screen",
        "format": "problem-solving jam", "date": "2026-12-03", "start_time": "17:00",
        "facilitator": "Zainab Bello",
        "cases": [{"case_id": "FF-3", "title": "Outdated film files screened",
                   "problem": "At this year's festival two films were screened from an "
                              "outdated file, one without its final sound mix and one with "
                              "subtitles out of sync.",
                   "context": "Independent film festival, about 120 films over nine days, "
                              "files delivered as download links, three volunteer "
                              "projectionists.",
                   "tried": "A spreadsheet of received files with a column marking the "
                            "final version.",
                   "outcome": "Late versions arrived by email and the spreadsheet still "
                              "pointed at the old files; both filmmakers complained "
                              "publicly.",
                   "submitted_by": "Émile Girard", "team": "Festival technical team",
                   "submitted_on": "2026-11-28"}],
        "cues": [
            ("Zainab Bello", "other", "Okay, we're recording. Émile, before you start, is "
             "your sound working now?"),
            ("Émile Girard", "other", "Yes, new headset."),
            ("Émile Girard", "present", "Right. At the festival in October we screened two "
             "films from the wrong file. One still had the temporary sound mix, the other "
             "had subtitles a second behind."),
            ("Émile Girard", "present", "We get around a hundred and twenty films as "
             "download links, and there's a spreadsheet with a column that says final, yes "
             "or no."),
            ("Émile Girard", "present", "Both filmmakers had emailed us a newer file in the "
             "last week. The spreadsheet still pointed at the old one, and both of them "
             "posted about it online."),
            ("Hyun-woo Park", "breakdown", "Who reads those emails?"),
            ("Émile Girard", "breakdown", "The programmer. Not the projectionists, they only "
             "ever see the spreadsheet."),
            ("Carmen Ortiz", "breakdown", "And the file names, do they tell you which one's "
             "newer?"),
            ("Émile Girard", "breakdown", "No. Half of them are called final, final two, "
             "final real. You can't tell anything from the name."),
            ("Niamh Gallagher", "breakdown", "So the new file came in by a side door, and "
             "nothing in the name or the sheet showed it had changed."),
            ("Zainab Bello", "pattern", "Let's pull out what would carry over to other "
             "festivals."),
            ("Carmen Ortiz", "pattern", "A cut-off date for files, after which any change "
             "comes through the same upload, and the projection copy is locked and checked "
             "with the filmmaker the day before."),
            ("Hyun-woo Park", "pattern", "And the check is a quick look at the end credits "
             "and a spot check of the subtitles, in the actual booth."),
            ("Niamh Gallagher", "other", "Sorry, my little one's just come in. Two minutes."),
            ("Zainab Bello", "other", "No worries."),
            ("Zainab Bello", "applies", "Where would a cut-off not work?"),
            ("Émile Girard", "applies", "Premieres. Those films are often finished the week "
             "of the festival, so we'd need an exception and a tech check on the day."),
            ("Carmen Ortiz", "applies", "And for repertory screenings from archives it's not "
             "an issue, the print is the print."),
            ("Hyun-woo Park", "breakdown", "Can I go back a bit? The projectionists were "
             "volunteers on their first festival. Would they have known to question a "
             "file?"),
            ("Émile Girard", "breakdown", "No. They were told to play whatever's on the "
             "sheet."),
            ("Niamh Gallagher", "pattern", "I'm back, sorry. Then the practice needs the "
             "booth to be allowed to stop and ask, too."),
            ("Zainab Bello", "capture", "Let's get it into the playbook. Émile, can you "
             "write the entry with the cut-off, the single upload and the booth check?"),
            ("Émile Girard", "capture", "Yes, by the end of January, before submissions "
             "open."),
            ("Carmen Ortiz", "capture", "I'll share our tech check form with you tomorrow."),
            ("Zainab Bello", "other", "Perfect. Thanks, everyone."),
        ],
        "recap": [
            ("Two festival films were screened from outdated files, one with a temporary "
             "sound mix and one with late subtitles, because newer files came by email and "
             "the spreadsheet still pointed at the old ones.", [2, 3, 4]),
            ("Only the programmer reads the emails, file names do not show which version is "
             "newer, and first-time volunteer projectionists were told to play what the "
             "sheet says.", [5, 6, 7, 8, 9, 18, 19]),
            ("After a cut-off every change comes through the same upload, the projection "
             "copy is locked and checked in the booth the day before, and the booth may stop "
             "and ask.", [10, 11, 12, 20]),
            ("Premieres need an exception and a check on the day; archive prints at "
             "repertory screenings do not need it.", [15, 16, 17]),
            ("Émile writes the playbook entry by the end of January and Carmen shares her "
             "tech check form tomorrow.", [21, 22, 23]),
        ],
        "pattern": {"name": "Lock the screening copy and check it in the booth",
                    "problem": "Festivals screen an outdated file when late versions arrive "
                               "by a side channel.",
                    "what_to_do": "Set a cut-off for files, take every later change through "
                                  "the same upload, lock the projection copy and check it in "
                                  "the booth the day before, with the projectionist allowed "
                                  "to stop and ask.",
                    "applies_when": "Festivals screening many new films delivered as files.",
                    "does_not_apply_when": "Archive prints at repertory screenings; premieres "
                                           "need an exception and a check on the day."},
        "actions": [
            {"owner": "Émile Girard", "action": "write the playbook entry with the cut-off, "
             "the single upload and the booth check", "due": "by the end of January"},
            {"owner": "Carmen Ortiz", "action": "share the tech check form with Émile",
             "due": "tomorrow"},
        ],
    },
}
