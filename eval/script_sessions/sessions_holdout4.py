"""Annotated sessions written in session 10 before the short-session step work, by someone
who had not read or changed the step code, in domains and wording none of the other sessions
use, and kept out of tuning: they are to be run once, by the lead, at the end of the session
(see build.py). Seven short scripted sessions (seven to fourteen cues) name the steps aloud,
or show them only in what people say, jump ahead to the remedy, or come back to the
breakdown after the pattern; three short sessions with one linked case do not follow the
script (a check-in, a demo day, a planning meeting); two medium sessions bring a step back
after a few other turns."""

SESSIONS = {
    "holdout4_airport_bag_transfers": {
        "title": "Office hours: transfer bags missing the morning bank",
        "format": "office hours", "date": "2026-12-05", "start_time": "10:15",
        "facilitator": "Adaeze Okafor",
        "cases": [{"case_id": "GH-12", "title": "Short-connection bags left behind",
                   "problem": "Transfer bags on connections under fifty minutes missed the "
                              "outbound flight about thirty times a week.",
                   "context": "Ground handling agent at a regional hub airport, two terminals, a "
                              "morning bank of twelve departures.",
                   "tried": "An extra tug driver on the morning bank.",
                   "outcome": "Misses fell a little; the extra driver mostly waited at the sorter.",
                   "submitted_by": "Tomasz Wrobel", "team": "Ramp operations",
                   "submitted_on": "2026-12-02"}],
        "cues": [
            ("Adaeze Okafor", "other", "Morning. Give it a second, a couple of people are still "
             "joining from the ramp office."),
            ("Adaeze Okafor", "present", "Okay, first the case itself. Tomasz, this is the "
             "transfer bags that miss the morning departures, yes?"),
            ("Tomasz Wrobel", "present", "Yes. Between six and seven we push out twelve "
             "departures, and anything connecting in under fifty minutes, the bag often doesn't "
             "make it. Around thirty a week, and the airline bills us for every one."),
            ("Tomasz Wrobel", "present", "We put an extra tug driver on from six till eight. It "
             "helped a tiny bit, but most of the time he's parked by the sorter with nothing to "
             "carry."),
            ("Adaeze Okafor", "breakdown", "Now let's take apart what actually happened. Where "
             "does a short-connection bag lose its time?"),
            ("Tomasz Wrobel", "breakdown", "On the inbound side, mostly. The crew unloads the "
             "hold in the order it was loaded, so the transfer bags come off mixed in with the "
             "locals and ride the same belt before anyone picks them out."),
            ("Rui Carvalho", "breakdown", "But the load message already says which containers are "
             "transfer, doesn't it?"),
            ("Tomasz Wrobel", "breakdown", "It does, but it only goes to load control. The people "
             "with their hands in the hold never see it."),
            ("Adaeze Okafor", "pattern", "So what's the pattern, in one line another station "
             "could pick up and use?"),
            ("Rui Carvalho", "pattern", "Short-connection bags come off first and drive straight "
             "to the outbound stand, and the unloading crew is told which ones they are before "
             "the aircraft is on the ground."),
            ("Adaeze Okafor", "applies", "Where does that apply, and where doesn't it?"),
            ("Tomasz Wrobel", "applies", "Any station with a connecting bank. The afternoon "
             "point-to-point flights have nothing to transfer, so leave those as they are."),
            ("Adaeze Okafor", "capture", "Last bit, writing it down. Tomasz, can you do the page "
             "for the ramp handbook, and get load control to copy the transfer list to the "
             "unloading lead?"),
            ("Tomasz Wrobel", "capture", "I'll talk to load control on Monday and have the "
             "handbook page in a week on Friday."),
        ],
        "recap": [
            ("About thirty transfer bags a week on connections under fifty minutes miss the "
             "morning departures; an extra tug driver barely helped and mostly waited at the "
             "sorter.",
             [1, 2, 3]),
            ("The inbound hold is unloaded in loading order, so transfer bags share the belt with "
             "local bags, and the load message naming transfer containers never reaches the "
             "unloading crew.",
             [5, 6, 7]),
            ("Unload short-connection bags first and drive them straight to the outbound stand, "
             "telling the unloading crew which they are before landing.",
             [9]),
            ("It fits stations with a connecting bank, not point-to-point flights with nothing to "
             "transfer.",
             [11]),
            ("Tomasz writes the ramp handbook page a week on Friday and asks load control on "
             "Monday to copy the transfer list to the unloading lead.",
             [12, 13]),
        ],
        "pattern": {"name": "Unload short connections first",
                    "problem": "Transfer bags on short connections miss the outbound flight.",
                    "what_to_do": "Short-connection bags come off first and drive straight to the "
                                  "outbound stand, and the unloading crew is told which ones they "
                                  "are before the aircraft lands.",
                    "applies_when": "Stations with a bank of connecting flights.",
                    "does_not_apply_when": "Point-to-point flights with nothing to transfer."},
        "actions": [
            {"owner": "Tomasz Wrobel", "action": "get load control to copy the transfer list to "
             "the unloading lead",
             "due": "on Monday"},
            {"owner": "Tomasz Wrobel", "action": "write the page for the ramp handbook",
             "due": "a week on Friday"},
        ],
    },
    "holdout4_pharmacy_repeats": {
        "title": "Problem-solving jam: repeat prescriptions not ready at the counter",
        "format": "problem-solving jam", "date": "2026-12-05", "start_time": "13:30",
        "facilitator": "Gareth Pryce",
        "cases": [{"case_id": "RX-7", "title": "Repeats not made up when patients arrive",
                   "problem": "About fifteen patients a day arrive for repeat medicines that have "
                              "not been dispensed yet and queue while staff make them up.",
                   "context": "Community pharmacy next to a busy GP surgery, two pharmacists and "
                              "one dispenser.",
                   "tried": "A text message to the patient when the bag is ready.",
                   "outcome": "Most patients still come on their usual day, before the text.",
                   "submitted_by": "Priya Raghunathan", "team": "Dispensary",
                   "submitted_on": "2026-12-01"}],
        "cues": [
            ("Priya Raghunathan", "present", "Every day we get fifteen or so people at the "
             "counter for repeats that aren't made up yet. They wait while we do it, and the "
             "walk-ins pile up behind them."),
            ("Priya Raghunathan", "present", "We started texting when the bag's ready. Doesn't "
             "change much, people still come on the Tuesday they always come."),
            ("Gareth Pryce", "breakdown", "When does the surgery actually get the prescription "
             "over to you?"),
            ("Priya Raghunathan", "breakdown", "That's it, really. The patient orders from the "
             "surgery, the GP signs it two or three days later, and we might see it the afternoon "
             "before they turn up. Or that same morning."),
            ("Kwame Mensah", "breakdown", "So in the patient's head the clock starts when they "
             "order, and for you it starts days later."),
            ("Kwame Mensah", "pattern", "What sorted it for us was telling people a collection "
             "day when they order, counted from when we'll have it rather than when they asked. "
             "Seven working days, written on the slip."),
            ("Priya Raghunathan", "applies", "That would suit the regulars. Not the urgent "
             "things, obviously, antibiotics and the like."),
            ("Gareth Pryce", "applies", "Nor the people on home delivery, they never come in "
             "anyway."),
            ("Priya Raghunathan", "capture", "I'll print the seven-day line on our repeat slips "
             "and write up how it went for the group's shared notes once the month is out."),
            ("Gareth Pryce", "capture", "And I'll file it under collection in our practice list "
             "once you've tried it."),
        ],
        "recap": [
            ("About fifteen patients a day come for repeats that are not made up and queue while "
             "staff dispense them; a ready text did not change when they come.",
             [0, 1]),
            ("The GP signs the order two or three days after the patient asks, so the pharmacy "
             "may see it only the day before or the morning of collection.",
             [2, 3, 4]),
            ("When a patient orders, give a collection day counted from when the pharmacy will "
             "have the prescription, written on the slip.",
             [5]),
            ("It suits regular repeats, not urgent items such as antibiotics or patients on home "
             "delivery.",
             [6, 7]),
            ("Priya prints the line on the repeat slips and writes up the result once the month "
             "is out; Gareth files it under collection.",
             [8, 9]),
        ],
        "pattern": {"name": "Give a collection day counted from arrival",
                    "problem": "Patients arrive for repeat medicines before the prescription has "
                               "reached the pharmacy.",
                    "what_to_do": "When a patient orders a repeat, give them a collection day "
                                  "counted from when the pharmacy will have the prescription, "
                                  "written on the slip.",
                    "applies_when": "Regular repeat medicines collected in person.",
                    "does_not_apply_when": "Urgent items such as antibiotics, and patients on "
                                           "home delivery."},
        "actions": [
            {"owner": "Priya Raghunathan", "action": "print the seven-day line on the repeat slips",
             "due": None},
            {"owner": "Priya Raghunathan", "action": "write up how it went for the group's shared "
             "notes",
             "due": "once the month is out"},
            {"owner": "Gareth Pryce", "action": "file it under collection in the practice list",
             "due": None},
        ],
    },
    "holdout4_orchestra_parts": {
        "title": "Problem-solving jam: players without their parts on Saturdays",
        "format": "problem-solving jam", "date": "2026-12-05", "start_time": "18:00",
        "facilitator": "Samuel Adjei",
        "cases": [{"case_id": "YO-5", "title": "Sheet music missing at rehearsal",
                   "problem": "At most Saturday rehearsals four or five players arrive without "
                              "their part, so they share a stand or sit out.",
                   "context": "Youth orchestra of sixty players aged eleven to eighteen, one "
                              "volunteer librarian, rehearsals in a school hall.",
                   "tried": "A reminder email to parents every Friday evening.",
                   "outcome": "No change; parts stay at the other parent's house or in a school "
                              "locker.",
                   "submitted_by": "Hannah Lindqvist", "team": "Orchestra library",
                   "submitted_on": "2026-12-03"}],
        "cues": [
            ("Samuel Adjei", "other", "Hiya, Hannah, Marco, can you hear me alright? The wifi in "
             "this hall is dodgy."),
            ("Hannah Lindqvist", "other", "Loud and clear."),
            ("Hannah Lindqvist", "present", "So, the parts. Every Saturday four or five kids turn "
             "up without their music. They squeeze onto someone else's stand, or the second oboe "
             "just sits there through the whole Dvorak."),
            ("Hannah Lindqvist", "present", "I email the parents every Friday night to remind "
             "them. Makes no difference that I can see."),
            ("Marco Bellini", "pattern", "Just keep the parts in the hall. Honestly, we did that "
             "at the county band, nothing goes home, problem gone."),
            ("Samuel Adjei", "breakdown", "Maybe, but let's hear why they go missing first. "
             "Hannah, where are the parts when they're not at rehearsal?"),
            ("Hannah Lindqvist", "breakdown", "A lot of the kids have two homes, so the folder's "
             "at Dad's on a Mum weekend. And others practise at school in the week and leave it "
             "in the music block locker."),
            ("Marco Bellini", "breakdown", "Mind you, if the music never goes home, they never "
             "practise."),
            ("Hannah Lindqvist", "breakdown", "Right, so keeping them in the hall only works if "
             "there's a second copy."),
            ("Samuel Adjei", "pattern", "So is it this: the rehearsal copy never leaves the room, "
             "and the practice copy lives with the player?"),
            ("Hannah Lindqvist", "pattern", "Yes. Two copies, one that stays in the hall in a "
             "labelled folder on each stand, and one the player keeps."),
            ("Marco Bellini", "applies", "Only for music you're allowed to copy, though. The sets "
             "we hire from the publisher, you can't."),
            ("Samuel Adjei", "applies", "Fair. So our own arrangements and the out-of-copyright "
             "repertoire."),
            ("Hannah Lindqvist", "capture", "I'll get the stand folders made before the spring "
             "term and put it in the librarian's handover notes."),
        ],
        "recap": [
            ("Four or five players arrive without their part at most Saturday rehearsals; a "
             "Friday reminder email to parents changed nothing.",
             [2, 3]),
            ("Parts stay at the other parent's home or in a school locker, and music that never "
             "goes home is never practised.",
             [6, 7, 8]),
            ("Keep two copies: a rehearsal copy that stays in a labelled folder on each stand and "
             "a practice copy the player keeps.",
             [4, 9, 10]),
            ("It works for music the orchestra may copy, its own arrangements and "
             "out-of-copyright works, not hired sets.",
             [11, 12]),
            ("Hannah has stand folders made before the spring term and adds the practice to the "
             "librarian's handover notes.",
             [13]),
        ],
        "pattern": {"name": "Keep a rehearsal copy that never leaves",
                    "problem": "Young players arrive at rehearsal without their part.",
                    "what_to_do": "Keep two copies of each part: one stays in the hall in a "
                                  "labelled folder on the stand, the other lives with the player.",
                    "applies_when": "Music the ensemble is allowed to copy, such as its own "
                                    "arrangements and out-of-copyright works.",
                    "does_not_apply_when": "Sets hired from a publisher, which cannot be copied."},
        "actions": [
            {"owner": "Hannah Lindqvist", "action": "get the stand folders made",
             "due": "before the spring term"},
            {"owner": "Hannah Lindqvist", "action": "put it in the librarian's handover notes",
             "due": None},
        ],
    },
    "holdout4_fire_station_ba_checks": {
        "title": "Office hours: breathing apparatus signed as checked",
        "format": "office hours", "date": "2026-12-04", "start_time": "15:30",
        "facilitator": "Marta Kowalczyk",
        "cases": [{"case_id": "FS-14", "title": "Low cylinders on checked BA sets",
                   "problem": "Twice in a month a breathing apparatus set signed off at change of "
                              "shift was found with its cylinder below working pressure.",
                   "context": "Fire station with four watches and eight BA sets on two appliances.",
                   "tried": "A reminder at parade to do the checks properly.",
                   "outcome": "The sets kept being signed; a third low cylinder turned up at a "
                              "drill.",
                   "submitted_by": "Ravi Chandran", "team": "Blue Watch",
                   "submitted_on": "2026-11-30"}],
        "cues": [
            ("Ravi Chandran", "present", "So this is about BA sets. Twice last month, someone on "
             "nights picked up a set that had been signed as checked at changeover, and the "
             "cylinder was under pressure. Not empty, but lower than you'd want to go in with."),
            ("Ravi Chandran", "present", "We reminded everyone at parade. Then on Wednesday a "
             "third one showed up at a drill."),
            ("Marta Kowalczyk", "breakdown", "What does the check actually involve, step by step, "
             "and who does it?"),
            ("Ravi Chandran", "breakdown", "Whoever's riding that seat opens the cylinder, reads "
             "the gauge, looks at the seals, and signs the board. About four minutes a set."),
            ("Dmitri Volkov", "breakdown", "And at changeover there's always a shout or a visitor "
             "or a brew on, so the board gets signed because days already signed it."),
            ("Marta Kowalczyk", "pattern", "If another station rang you about this, what would "
             "you say to do?"),
            ("Dmitri Volkov", "pattern", "Write the reading down, not a tick. If you have to put "
             "the actual bar figure on the board, you've had to look at the gauge."),
            ("Ravi Chandran", "pattern", "And the officer in charge checks one set a shift "
             "against the figure that's written."),
            ("Marta Kowalczyk", "breakdown", "Sorry, going back a step. Do the cylinders leak, or "
             "were they already low when they went on the appliance?"),
            ("Ravi Chandran", "breakdown", "We sent one off for testing. Slow leak at the valve. "
             "So it was probably fine at the morning check and dropped overnight, which a tick "
             "from the morning would never show."),
            ("Marta Kowalczyk", "applies", "Does the written reading carry over to anything else "
             "you check?"),
            ("Ravi Chandran", "applies", "Gas monitors, defib batteries, anything with a gauge or "
             "a number on it. Not the visual checks like hose condition, there's no figure to "
             "write."),
            ("Marta Kowalczyk", "capture", "Okay. Ravi, can you change the check board to take "
             "readings and send the new version to the other watch managers?"),
            ("Ravi Chandran", "capture", "Yes, I'll have it up before our next set of nights, and "
             "I'll email it round on Friday."),
        ],
        "recap": [
            ("Twice last month a BA set signed as checked at changeover had a cylinder under "
             "working pressure, and after a reminder at parade a third turned up at a drill.",
             [0, 1]),
            ("The check takes about four minutes, changeover is busy so the board is signed on "
             "trust, and one cylinder had a slow valve leak that a morning tick cannot show.",
             [3, 4, 8, 9]),
            ("Record the gauge reading rather than a tick, and have the officer in charge check "
             "one set a shift against it.",
             [6, 7]),
            ("It carries over to anything with a gauge or number, such as gas monitors and "
             "defibrillator batteries, not to visual checks like hose condition.",
             [11]),
            ("Ravi changes the check board to take readings before the next nights and emails it "
             "to the other watch managers on Friday.",
             [12, 13]),
        ],
        "pattern": {"name": "Write the reading, not a tick",
                    "problem": "Equipment signed as checked at changeover turns out not to be "
                               "ready.",
                    "what_to_do": "Write the actual gauge reading on the check board instead of a "
                                  "tick, and have the officer in charge check one set a shift "
                                  "against it.",
                    "applies_when": "Checks of anything with a gauge or a number, such as "
                                    "cylinders, gas monitors and defibrillator batteries.",
                    "does_not_apply_when": "Visual checks like hose condition, with no figure to "
                                           "record."},
        "actions": [
            {"owner": "Ravi Chandran", "action": "change the check board to take readings",
             "due": "before the next set of nights"},
            {"owner": "Ravi Chandran", "action": "email the new board to the other watch managers",
             "due": "on Friday"},
        ],
    },
    "holdout4_pool_changeover": {
        "title": "Show-and-tell: the overlapping lifeguard rota",
        "format": "show-and-tell", "date": "2026-12-03", "start_time": "14:00",
        "facilitator": "Ibrahim Haddad",
        "cases": [{"case_id": "SP-3", "title": "Lanes closed at lifeguard changeover",
                   "problem": "Two lanes of the main pool closed for five to ten minutes at every "
                              "lifeguard changeover, about six times a day.",
                   "context": "Public leisure centre with a 25-metre pool and a learner pool, "
                              "lifeguards rotating between chairs.",
                   "tried": "A rota where the incoming lifeguard starts five minutes before the "
                            "outgoing one leaves.",
                   "outcome": "No lane closed for a changeover in four weeks.",
                   "submitted_by": "Chloe Dubois", "team": "Aquatics",
                   "submitted_on": "2026-11-29"}],
        "cues": [
            ("Ibrahim Haddad", "other", "Okay, I think that's everyone. Housekeeping first: the "
             "leisure forum has moved to the twentieth, same room."),
            ("Ibrahim Haddad", "other", "Chloe, are you sharing your screen?"),
            ("Chloe Dubois", "present", "I am. So this is our rota. Until October, each time a "
             "lifeguard swapped chairs we were a person short on poolside for a few minutes, and "
             "because of the ratio we had to shut two lanes. Six times a day, five to ten minutes "
             "a go."),
            ("Chloe Dubois", "present", "What we changed is that the incoming guard now starts "
             "five minutes earlier, so the new person is on poolside before the old one climbs "
             "down. It's the green column. Four weeks, and not one lane closed for a changeover."),
            ("Zanele Dlamini", "breakdown", "Why were you a person short, though? Was it the walk "
             "from the staff room?"),
            ("Chloe Dubois", "breakdown", "Partly. The staff room is at the far end past the "
             "changing village. But mostly the incoming guard did the plant room readings on the "
             "way and arrived late, and the outgoing guard can't step down until someone's there."),
            ("Owen Pritchard", "breakdown", "So on paper the chair was empty for no time at all, "
             "and in real life for five minutes."),
            ("Ibrahim Haddad", "pattern", "If you had to fit what you learned on a postcard?"),
            ("Chloe Dubois", "pattern", "The person coming on arrives before the person going off "
             "leaves, and the overlap is written into the rota, not left to goodwill."),
            ("Owen Pritchard", "applies", "Would that work on the learner pool? That one has a "
             "single guard."),
            ("Chloe Dubois", "applies", "That's where it matters most, one empty chair shuts the "
             "whole pool. The flume is the exception, it just closes when nobody's on it."),
            ("Ibrahim Haddad", "capture", "Chloe, would you send me the rota template so I can "
             "put it in the aquatics playbook with a line about the overlap?"),
            ("Chloe Dubois", "capture", "Sure, I'll send it this afternoon."),
            ("Ibrahim Haddad", "other", "Lovely, thanks all. See you on the twentieth."),
        ],
        "recap": [
            ("Two lanes closed for five to ten minutes at every lifeguard changeover, six times a "
             "day; starting the incoming guard five minutes earlier stopped the closures for four "
             "weeks.",
             [2, 3]),
            ("The incoming guard came from a distant staff room via the plant room readings and "
             "arrived late, and the outgoing guard could not leave the chair until relieved.",
             [4, 5, 6]),
            ("The person coming on arrives before the person going off leaves, with the overlap "
             "written into the rota.",
             [8]),
            ("It matters most on a single-guard pool such as the learner pool, not on the flume, "
             "which closes when unstaffed.",
             [9, 10]),
            ("Chloe sends the rota template this afternoon and Ibrahim adds it to the aquatics "
             "playbook with a line on the overlap.",
             [11, 12]),
        ],
        "pattern": {"name": "Overlap the changeover in the rota",
                    "problem": "Pool lanes close at lifeguard changeover because the relief "
                               "arrives late.",
                    "what_to_do": "Start the incoming lifeguard before the outgoing one leaves, "
                                  "with the overlap written into the rota rather than left to "
                                  "goodwill.",
                    "applies_when": "Lifeguarded pools, most of all those with a single guard.",
                    "does_not_apply_when": "Features like the flume that simply close when "
                                           "unstaffed."},
        "actions": [
            {"owner": "Chloe Dubois", "action": "send Ibrahim the rota template",
             "due": "this afternoon"},
            {"owner": "Ibrahim Haddad", "action": "put the rota in the aquatics playbook with a "
             "line about the overlap",
             "due": None},
        ],
    },
    "holdout4_meter_access": {
        "title": "Office hours: meters the readers cannot reach",
        "format": "office hours", "date": "2026-12-04", "start_time": "09:00",
        "facilitator": "Javier Morales",
        "cases": [{"case_id": "WM-9", "title": "Meters unread behind gates and parked cars",
                   "problem": "About one scheduled meter read in eight fails because the reader "
                              "cannot get to the meter, and the customer gets an estimated bill.",
                   "context": "Water utility with rural and suburban rounds; most meters are in "
                              "gardens or under driveways.",
                   "tried": "A card through the door asking the customer to read the meter "
                            "themselves.",
                   "outcome": "Few cards came back, and complaints about estimates kept rising.",
                   "submitted_by": "Fiona MacLeod", "team": "Meter reading",
                   "submitted_on": "2026-12-01"}],
        "cues": [
            ("Javier Morales", "present", "Let's start with the case. Fiona, the meters you can't "
             "get to."),
            ("Fiona MacLeod", "present", "One read in eight fails. Locked gate, a dog in the "
             "garden, a car parked on the chamber lid. The customer gets an estimate, about a "
             "third of those ring in to complain, and the card we leave asking them to read it "
             "themselves mostly goes in the bin."),
            ("Javier Morales", "breakdown", "Now the breakdown. Why do these fail, what's behind "
             "it?"),
            ("Fiona MacLeod", "breakdown", "The rounds are planned street by street, so the "
             "reader turns up at eleven on a Tuesday with no warning. And it's the same houses "
             "failing every quarter, we just never do anything with that."),
            ("Javier Morales", "pattern", "Then the pattern would be what?"),
            ("Fiona MacLeod", "pattern", "Keep a list of the addresses that fail twice running, "
             "and book those reads with the customer, a text with a day and a two-hour slot, "
             "rather than turning up cold."),
            ("Javier Morales", "applies", "Where does it apply, and where wouldn't you bother?"),
            ("Fiona MacLeod", "applies", "Gardens and driveways. Not the blocks of flats, the "
             "meters there are in a cupboard we hold a key for."),
            ("Javier Morales", "capture", "For the playbook then: book the repeat failures. "
             "Fiona, can you start the list?"),
            ("Fiona MacLeod", "capture", "I'll pull the failed reads from the last two quarters "
             "before the weekend."),
            ("Javier Morales", "other", "Great. I have to jump onto another call, bye all."),
        ],
        "recap": [
            ("One scheduled meter read in eight fails on gates, dogs or parked cars, leading to "
             "estimated bills and complaints; self-read cards rarely come back.",
             [0, 1]),
            ("Rounds are planned by street with no warning to the customer, and the same houses "
             "fail every quarter without anyone acting on it.",
             [3]),
            ("List addresses that fail twice running and book their reads with the customer by "
             "text with a day and a two-hour slot.",
             [5]),
            ("It fits meters in gardens and under driveways, not flats whose meters sit in a "
             "cupboard the utility has a key for.",
             [7]),
            ("The playbook gets booked reads for repeat failures; Fiona pulls the last two "
             "quarters of failed reads before the weekend.",
             [8, 9]),
        ],
        "pattern": {"name": "Book the reads that keep failing",
                    "problem": "Meter reads fail because the reader cannot reach the meter, and "
                               "customers get estimated bills.",
                    "what_to_do": "Keep a list of addresses that fail twice running and book "
                                  "those reads with the customer by text with a day and a "
                                  "two-hour slot.",
                    "applies_when": "Meters in gardens or under driveways.",
                    "does_not_apply_when": "Blocks of flats whose meters are in a cupboard the "
                                           "utility holds a key for."},
        "actions": [
            {"owner": "Fiona MacLeod", "action": "pull the failed reads from the last two quarters",
             "due": "before the weekend"},
        ],
    },
    "holdout4_triage_callbacks": {
        "title": "Problem-solving jam: triage callbacks nobody answers",
        "format": "problem-solving jam", "date": "2026-12-05", "start_time": "08:00",
        "facilitator": "Erik Johansson",
        "cases": [{"case_id": "TL-6", "title": "Unanswered triage callbacks",
                   "problem": "About a fifth of callbacks from the practice's triage line go "
                              "unanswered, and the patient rings the morning queue again.",
                   "context": "GP practice telephone triage, three nurses calling back from a "
                              "withheld number.",
                   "tried": "Calling each patient twice before closing the request.",
                   "outcome": "Nurse time per request went up; the unanswered share did not "
                              "change.",
                   "submitted_by": "Nadia Rahman", "team": "Triage nurses",
                   "submitted_on": "2026-12-03"}],
        "cues": [
            ("Nadia Rahman", "present", "One in five of our triage callbacks, the patient doesn't "
             "pick up. We try twice now, which eats nurse time, and they ring the main line again "
             "next morning anyway."),
            ("Erik Johansson", "breakdown", "When you call them, does it come up as a number "
             "they'd recognise?"),
            ("Nadia Rahman", "breakdown", "No, it's withheld. Plenty of people won't answer a "
             "withheld call, older patients especially, after all the scam calls. And we can't "
             "give a time, we just say 'later today'."),
            ("Mei Tanaka", "pattern", "We changed to showing the surgery's number and giving a "
             "two-hour window when they first ring. People pick up when they know it's us and "
             "roughly when."),
            ("Erik Johansson", "applies", "Would you do that for the mental health callbacks as "
             "well?"),
            ("Nadia Rahman", "applies", "Not the number part. Some of those patients don't want "
             "the surgery showing up on a shared phone, so ask them first."),
            ("Nadia Rahman", "capture", "I'll ask the phone supplier about showing our number "
             "this week, and I'll add the window to the triage script."),
        ],
        "recap": [
            ("One triage callback in five goes unanswered; calling twice costs nurse time and the "
             "patient rings again next morning.",
             [0]),
            ("The callback comes from a withheld number many patients ignore, and patients are "
             "given no time beyond 'later today'.",
             [1, 2]),
            ("Show the surgery's number and give a two-hour window when the patient first rings.",
             [3]),
            ("For mental health callbacks, ask the patient before showing the surgery's number on "
             "a possibly shared phone.",
             [4, 5]),
            ("Nadia asks the phone supplier about showing the number this week and adds the "
             "window to the triage script.",
             [6]),
        ],
        "pattern": {"name": "Call back from a known number in a stated window",
                    "problem": "Patients miss triage callbacks from a withheld number at an "
                               "unknown time.",
                    "what_to_do": "Show the surgery's number on callbacks and give the patient a "
                                  "two-hour window when they first ring.",
                    "applies_when": "Triage callbacks to patients' own phones.",
                    "does_not_apply_when": "Mental health callbacks where the patient has not "
                                           "agreed to the surgery's number showing."},
        "actions": [
            {"owner": "Nadia Rahman", "action": "ask the phone supplier about showing the "
             "practice's number",
             "due": "this week"},
            {"owner": "Nadia Rahman", "action": "add the two-hour window to the triage script",
             "due": None},
        ],
    },
    "holdout4_football_referee_checkin": {
        "title": "Office hours: junior section check-in",
        "format": "office hours", "date": "2026-12-06", "start_time": "19:30",
        "facilitator": "Aisha Bello",
        "cases": [{"case_id": "FC-2", "title": "No referee for junior matches",
                   "problem": "Volunteer referees failed to turn up for seven junior matches this "
                              "autumn, and parents refereed at short notice.",
                   "context": "Amateur football club with fourteen junior teams and Sunday "
                              "morning fixtures.",
                   "tried": "A shared spreadsheet where referees sign up for fixtures.",
                   "outcome": "Gaps are spotted on Saturday night, too late to fill.",
                   "submitted_by": "Callum Reid", "team": "Junior section",
                   "submitted_on": "2026-11-28"}],
        "cues": [
            ("Aisha Bello", "other", "Right, quick check-in on the juniors. Callum, where are we "
             "with refs for the next few weeks?"),
            ("Callum Reid", "other", "Not great. Three Sundays in January still have nobody down "
             "for the under-elevens."),
            ("Aisha Bello", "other", "Same story as before Christmas, then?"),
            ("Callum Reid", "other", "Pretty much. Seven games this autumn where nobody showed "
             "and a dad ended up doing it in his trainers."),
            ("Bogdan Petrescu", "other", "The county course is on the eighteenth. I've got four "
             "parents who fancy it."),
            ("Aisha Bello", "other", "Good. Send me their names and I'll pay the course fee out "
             "of the development fund."),
            ("Bogdan Petrescu", "other", "Will do, by Wednesday."),
            ("Callum Reid", "other", "And I'll chase the two older lads from the under-sixteens, "
             "they said they might cover the early kick-offs."),
            ("Aisha Bello", "other", "Great. Anything on pitches? The council emailed about "
             "drainage work."),
            ("Bogdan Petrescu", "other", "Pitch two is out until February, so the under-nines "
             "move to the school field."),
            ("Aisha Bello", "other", "Okay. Callum, can you let the under-nine parents know this "
             "week? That's us, cheers both."),
        ],
        "recap": [
            ("Three January Sundays still have no referee for the under-elevens.",
             [1]),
            ("Seven junior games this autumn had no referee and a parent stepped in.",
             [3]),
            ("Four parents want to take the county referee course on the eighteenth; Bogdan sends "
             "their names by Wednesday and Aisha pays the fee from the development fund.",
             [4, 5, 6]),
            ("Callum asks two under-sixteen players to cover the early kick-offs.",
             [7]),
            ("Pitch two is closed for drainage until February, so the under-nines move to the "
             "school field and Callum tells their parents this week.",
             [8, 9, 10]),
        ],
        "pattern": {"name": "Train parents as referees",
                    "problem": "Junior matches go ahead without a referee.",
                    "what_to_do": "Send interested parents on the county referee course.",
                    "applies_when": "Junior fixtures that rely on volunteer referees.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Bogdan Petrescu", "action": "send Aisha the names of the parents for the "
             "referee course",
             "due": "by Wednesday"},
            {"owner": "Aisha Bello", "action": "pay the course fee out of the development fund",
             "due": None},
            {"owner": "Callum Reid", "action": "chase the two under-sixteen players about the "
             "early kick-offs",
             "due": None},
            {"owner": "Callum Reid", "action": "let the under-nine parents know about the school "
             "field",
             "due": "this week"},
        ],
    },
    "holdout4_furniture_demo_day": {
        "title": "Demo day: fixes from the assembly workshop",
        "format": "demo day", "date": "2026-12-04", "start_time": "16:00",
        "facilitator": "Grace Mwangi",
        "cases": [{"case_id": "FW-8", "title": "Kits shipped with a fitting missing",
                   "problem": "One flat-pack order in twenty reached the customer with a fitting "
                              "missing, and assembly stopped until a replacement was posted.",
                   "context": "Workshop that packs and ships kit furniture, twelve packers.",
                   "tried": "Weighing each fittings bag before it is sealed.",
                   "outcome": "Missing fittings fell to about one box in two hundred.",
                   "submitted_by": "Yasmin Farouk", "team": "Packing",
                   "submitted_on": "2026-11-27"}],
        "cues": [
            ("Grace Mwangi", "other", "Welcome to the workshop's demo afternoon. Three things to "
             "see, then tea."),
            ("Yasmin Farouk", "other", "First up, the fittings scale. Every bag of screws and "
             "dowels goes on it before it's sealed, and it beeps if it's more than a gram off the "
             "kit's weight."),
            ("Yasmin Farouk", "other", "Before, roughly one box in twenty left with something "
             "missing. Since September it's about one in two hundred."),
            ("Kenji Mori", "other", "How do you get the weight for a new kit?"),
            ("Yasmin Farouk", "other", "We bag the first ten by hand, count them twice, and take "
             "the average."),
            ("Anders Holm", "other", "Mine's the jig for the wardrobe doors. The hinge holes used "
             "to be drilled by eye; now the jig clamps on and you can't drill in the wrong spot."),
            ("Anders Holm", "other", "Returns for doors that don't line up went from eleven over "
             "the summer to two last month."),
            ("Kenji Mori", "other", "Last one is the bed frame booklet. We swapped the written "
             "steps for drawings numbered to match stickers on each panel."),
            ("Kenji Mori", "other", "Helpline calls about that bed have roughly halved."),
            ("Grace Mwangi", "other", "Could the stickers work on the wardrobe too, Anders?"),
            ("Anders Holm", "other", "Probably. Kenji, shall we look at it together next "
             "Thursday?"),
            ("Grace Mwangi", "other", "Lovely. I'll write all three up for the newsletter by "
             "Monday. Tea's in the break room."),
        ],
        "recap": [
            ("Three fixes were shown: a fittings scale, a drilling jig for wardrobe doors and "
             "numbered drawings for the bed frame.",
             [0, 1, 5, 7]),
            ("The scale flags a fittings bag more than a gram off the kit's weight, set from ten "
             "hand-counted bags; missing fittings fell from one box in twenty to about one in two "
             "hundred.",
             [1, 2, 4]),
            ("The jig cut returns for misaligned doors from eleven over the summer to two last "
             "month.",
             [5, 6]),
            ("Drawings numbered to match panel stickers roughly halved helpline calls about the "
             "bed.",
             [7, 8]),
            ("Anders and Kenji look at stickers for the wardrobe next Thursday; Grace writes the "
             "fixes up for the newsletter by Monday.",
             [9, 10, 11]),
        ],
        "pattern": {"name": "Check the fittings bag by weight",
                    "problem": "Kits ship with a fitting missing.",
                    "what_to_do": "Weigh each fittings bag against the kit's weight before "
                                  "sealing it.",
                    "applies_when": "Kits packed with a fixed set of fittings.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Anders Holm", "action": "look at panel stickers for the wardrobe with Kenji",
             "due": "next Thursday"},
            {"owner": "Grace Mwangi", "action": "write the three fixes up for the newsletter",
             "due": "by Monday"},
        ],
    },
    "holdout4_tree_crew_planning": {
        "title": "Office hours: next week's jobs for the tree crew",
        "format": "office hours", "date": "2026-12-05", "start_time": "07:15",
        "facilitator": "Bronwen Evans",
        "cases": [{"case_id": "TS-4", "title": "Road closure booked for the wrong day",
                   "problem": "Twice this autumn the crew arrived for a roadside felling and the "
                              "temporary road closure had been booked for another day, so the job "
                              "was abandoned.",
                   "context": "Tree surgery contractor working for a county council, two crews, "
                              "closures booked through the highways portal.",
                   "tried": "The office manager confirms closure dates by phone.",
                   "outcome": "Calls are not always returned before the job.",
                   "submitted_by": "Pedro Alves", "team": "Crew two",
                   "submitted_on": "2026-11-25"}],
        "cues": [
            ("Bronwen Evans", "other", "Okay, next week's jobs. The big one is the beech on Mill "
             "Lane, the one the council flagged."),
            ("Pedro Alves", "other", "That's the roadside one. We'll need the closure, the "
             "chipper and the big cherry picker."),
            ("Ifeoma Eze", "other", "The closure is booked for Tuesday the fifteenth, eight till "
             "three. I've got the confirmation email this time, I'll forward it."),
            ("Bronwen Evans", "other", "Good. After Church Road I want that on paper in the cab."),
            ("Pedro Alves", "other", "Yeah, we turned up to no signs and no cones. Whole day "
             "gone."),
            ("Ifeoma Eze", "other", "The chipper's back from its service on Monday. The cherry "
             "picker is hired from Thursday, but I can ask them to bring it forward."),
            ("Bronwen Evans", "other", "Please do, by tomorrow if you can. Pedro, who's on the "
             "crew?"),
            ("Pedro Alves", "other", "Me, Kasia and the new lad. I'll do the site visit Monday "
             "afternoon and send photos."),
            ("Bronwen Evans", "other", "Grand. What about letters to the houses on Mill Lane?"),
            ("Ifeoma Eze", "other", "I'll drop them round on Friday."),
        ],
        "recap": [
            ("The council-flagged beech on Mill Lane is felled next week and needs a road "
             "closure, the chipper and a cherry picker.",
             [0, 1]),
            ("The closure is booked for Tuesday the fifteenth, eight till three, and the "
             "confirmation goes in the cab after the Church Road job was lost to a missing "
             "closure.",
             [2, 3, 4]),
            ("The chipper is back from service on Monday; Ifeoma asks the hire firm by tomorrow "
             "to bring the cherry picker forward.",
             [5, 6]),
            ("Pedro, Kasia and the newest recruit do the job; Pedro visits the site on Monday "
             "afternoon and sends photos.",
             [7]),
            ("Ifeoma delivers letters to the Mill Lane houses on Friday.",
             [8, 9]),
        ],
        "pattern": {"name": "Carry the closure confirmation",
                    "problem": "Crews arrive for roadside work on a day the closure was not "
                               "booked for.",
                    "what_to_do": "Get the closure confirmed in writing and keep it in the cab.",
                    "applies_when": "Roadside jobs that need a temporary road closure.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Ifeoma Eze", "action": "forward the closure confirmation email",
             "due": None},
            {"owner": "Ifeoma Eze", "action": "ask the hire firm to bring the cherry picker "
             "forward",
             "due": "by tomorrow"},
            {"owner": "Pedro Alves", "action": "do the site visit and send photos",
             "due": "Monday afternoon"},
            {"owner": "Ifeoma Eze", "action": "drop letters round to the houses on Mill Lane",
             "due": "on Friday"},
        ],
    },
    "holdout4_ambulance_rural_addresses": {
        "title": "Problem-solving jam: the last half mile to rural patients",
        "format": "problem-solving jam", "date": "2026-12-03", "start_time": "11:30",
        "facilitator": "Ellen Sorensen",
        "cases": [{"case_id": "AM-11", "title": "Crews cannot find the house at rural addresses",
                   "problem": "Ambulances to rural addresses reach the patient about six minutes "
                              "later than the routing predicts, because the postcode leads to a "
                              "farm gate or a lane end rather than the house.",
                   "context": "Regional ambulance control room covering a mostly rural county; "
                              "routing from the caller's postcode.",
                   "tried": "Asking callers for landmarks.",
                   "outcome": "Landmarks were vague and crews still rang control for directions.",
                   "submitted_by": "Tariq Aziz", "team": "Dispatch, west desk",
                   "submitted_on": "2026-11-29"}],
        "cues": [
            ("Ellen Sorensen", "other", "Hi all, let's give it one more minute for Paulo, he's "
             "just coming off a shift."),
            ("Gwen Howells", "other", "He's in the car park, he messaged me."),
            ("Ellen Sorensen", "other", "Okay, let's go anyway. Tariq, yours."),
            ("Tariq Aziz", "present", "So, rural jobs. When we pull the times, a call in the west "
             "of the county takes about six minutes longer to reach the patient than the routing "
             "says it should. On a cardiac arrest, six minutes is a lot."),
            ("Tariq Aziz", "present", "Out there one postcode can cover a couple of square miles. "
             "The sat-nav drops the crew at a farm gate or the end of a lane, and then they're "
             "driving up and down looking for the house."),
            ("Tariq Aziz", "present", "We started asking callers for landmarks. You get 'past the "
             "big oak' or 'the white house', and the crew ring back to control anyway."),
            ("Paulo Mendes", "other", "Sorry, I'm here now. Carry on."),
            ("Ellen Sorensen", "breakdown", "Where do the six minutes go? Is it all in the last "
             "half mile?"),
            ("Tariq Aziz", "breakdown", "Nearly all of it. The drive to the postcode is on time. "
             "It's the last bit."),
            ("Paulo Mendes", "breakdown", "From the crew's side, we've no idea which track to "
             "take. Three farms share one postcode near me, and the sign for two of them is "
             "behind a hedge."),
            ("Gwen Howells", "breakdown", "And the caller is often a relative in a panic, so "
             "asking them to describe the lane gets you very little."),
            ("Obinna Nwachukwu", "pattern", "In the north control room the caller's phone "
             "location goes straight onto the crew's screen. They drive to the phone, not to the "
             "postcode."),
            ("Ellen Sorensen", "pattern", "So the general idea is: send the crew to where the "
             "caller actually is, not to the address."),
            ("Tariq Aziz", "pattern", "Yes, and keep the postcode only as a fallback when there's "
             "no location."),
            ("Gwen Howells", "applies", "That's for mobiles, though. A landline gives you "
             "nothing."),
            ("Obinna Nwachukwu", "applies", "And a lot of older people on farms still ring from "
             "the landline. There you'd ask for someone to stand at the gate with a torch."),
            ("Paulo Mendes", "applies", "In the towns I wouldn't bother, the address gets you to "
             "the door anyway."),
            ("Ellen Sorensen", "other", "Quick one while I remember, the Christmas rota goes out "
             "tomorrow, so check your shifts."),
            ("Gwen Howells", "other", "Noted."),
            ("Paulo Mendes", "breakdown", "Going back to that last bit of the drive, there's "
             "another piece. When the crew rings control for directions, we're queued behind the "
             "emergency calls. That's a minute or two on its own."),
            ("Tariq Aziz", "breakdown", "True, the west desk has no priority line for crews."),
            ("Ellen Sorensen", "capture", "Okay, for the playbook: the caller's phone location to "
             "the crew, the postcode as fallback, someone at the gate on landlines, and a direct "
             "line for crews. Tariq, can you write it up?"),
            ("Tariq Aziz", "capture", "I'll write the page, and I'll trial the location sharing "
             "on the west desk from the first of January."),
            ("Obinna Nwachukwu", "capture", "I'll send Tariq how the north set theirs up, today "
             "or tomorrow."),
        ],
        "recap": [
            ("Ambulances to rural addresses in the west reach the patient about six minutes later "
             "than routed, because the postcode leads to a gate or a lane end; asking callers for "
             "landmarks did not help.",
             [3, 4, 5]),
            ("The delay is all in the last stretch: several farms share a postcode, signs are "
             "hidden, panicking callers cannot describe the lane, and crews ringing control for "
             "directions queue behind emergency calls.",
             [8, 9, 10, 19, 20]),
            ("Send the crew to the caller's phone location rather than the address, keeping the "
             "postcode as a fallback.",
             [11, 12, 13]),
            ("It works for mobile callers; on landlines ask for someone at the gate with a torch, "
             "and in towns the address is enough.",
             [14, 15, 16]),
            ("The playbook gets phone location, postcode fallback, someone at the gate and a "
             "direct line for crews; Tariq writes the page and trials location sharing from the "
             "first of January, and Obinna sends the north's setup.",
             [21, 22, 23]),
        ],
        "pattern": {"name": "Route to the caller, not the postcode",
                    "problem": "Crews lose minutes finding rural houses that the postcode does "
                               "not pinpoint.",
                    "what_to_do": "Send the caller's phone location to the crew's screen and use "
                                  "the postcode only when there is no location.",
                    "applies_when": "Rural calls made from mobile phones.",
                    "does_not_apply_when": "Town addresses, where the address gets the crew to "
                                           "the door."},
        "actions": [
            {"owner": "Tariq Aziz", "action": "write the playbook page", "due": None},
            {"owner": "Tariq Aziz", "action": "trial the location sharing on the west desk",
             "due": "from the first of January"},
            {"owner": "Obinna Nwachukwu", "action": "send Tariq how the north control room set it "
             "up",
             "due": "today or tomorrow"},
        ],
    },
    "holdout4_animal_unit_water": {
        "title": "Office hours: cages without water after the weekend",
        "format": "office hours", "date": "2026-12-02", "start_time": "09:45",
        "facilitator": "Sophie Laurent",
        "cases": [{"case_id": "AC-5", "title": "Blocked water bottles over the weekend",
                   "problem": "Three times this term a mouse cage was found on Monday with the "
                              "animals unable to drink over the weekend although the bottle "
                              "looked full.",
                   "context": "University animal unit, about 1,200 mouse cages, one technician on "
                              "the weekend round.",
                   "tried": "Topping up every bottle on Friday afternoon.",
                   "outcome": "A bottle with a blocked spout still looks full; one mouse had to "
                              "be euthanised.",
                   "submitted_by": "Mariam Yousef", "team": "Rodent rooms",
                   "submitted_on": "2026-11-27"}],
        "cues": [
            ("Sophie Laurent", "other", "Morning all. Before we start, the unit inspection is on "
             "the ninth, so Connor wants everyone's training records before then."),
            ("Connor Hughes", "other", "Yes please, just the signed forms. A scan is fine."),
            ("Sophie Laurent", "other", "Mariam, go ahead whenever you like."),
            ("Mariam Yousef", "present", "Right. Three Mondays this term someone has found a "
             "mouse cage where the animals had no water over the weekend. The bottle was in place "
             "and it looked full."),
            ("Mariam Yousef", "present", "One of the mice was in a bad way and had to be "
             "euthanised. So that's a welfare incident, it's been reported, and the vet is not "
             "pleased with us."),
            ("Mariam Yousef", "present", "After the first one we started topping up every bottle "
             "on Friday afternoon. That doesn't fix it, because the bottle was full the whole "
             "time."),
            ("Akua Boateng", "breakdown", "So the spout was blocked?"),
            ("Mariam Yousef", "breakdown", "Yes, bedding pushed up into the sipper, or a crust of "
             "dried food. The water can't come out, but the level doesn't drop, so from the front "
             "it looks perfect."),
            ("Vikram Nair", "breakdown", "And the weekend round is one technician for twelve "
             "hundred cages. They do see every cage, but seeing means a glance at the water "
             "level."),
            ("Connor Hughes", "breakdown", "Which is the one thing that tells you nothing here."),
            ("Sophie Laurent", "pattern", "So what's the lesson the other units should take?"),
            ("Akua Boateng", "pattern", "Check that water comes out, not that the bottle is full. "
             "Tap the sipper on every cage on the last round before a weekend."),
            ("Vikram Nair", "pattern", "Or look at the animals rather than the kit. A mouse that "
             "hasn't drunk sits hunched, and that's what the round should be trained to spot."),
            ("Mariam Yousef", "pattern", "Both, I'd say. The tap test on Friday, and the weekend "
             "round looks at the mice."),
            ("Sophie Laurent", "applies", "Does this go for the rats and the fish room as well?"),
            ("Connor Hughes", "applies", "The rats yes, same bottles. The fish are on a flow "
             "system with an alarm, there's nothing to tap."),
            ("Akua Boateng", "other", "Sorry, someone's at my door, back in a second."),
            ("Sophie Laurent", "capture", "Let's put it into the unit's standard procedures: the "
             "tap test on the Friday round and a welfare look at the weekend. Mariam, can you "
             "draft the change?"),
            ("Mariam Yousef", "capture", "I'll draft it this week and take it to the welfare body "
             "meeting on the sixteenth."),
            ("Vikram Nair", "applies", "One more thing on where it applies: the racks on "
             "automatic watering in room four have valves, not bottles. They block in just the "
             "same way."),
            ("Mariam Yousef", "applies", "Good point, so any drinking point, bottle or valve."),
            ("Connor Hughes", "capture", "I'll add the tap test to the weekend round sheet once "
             "it's approved."),
            ("Sophie Laurent", "other", "Thanks, everyone. Akua's still away, I'll send her the "
             "notes."),
        ],
        "recap": [
            ("Three Mondays this term a mouse cage was found without water after the weekend "
             "although the bottle looked full; one mouse was euthanised, and Friday top-ups did "
             "not help.",
             [3, 4, 5]),
            ("Bedding or dried food blocked the sipper so the level did not drop, and the lone "
             "weekend technician only glances at the water level of twelve hundred cages.",
             [6, 7, 8, 9]),
            ("Check that water comes out by tapping every sipper on the last round before a "
             "weekend, and train the weekend round to look at the animals.",
             [11, 12, 13]),
            ("It covers rats and any drinking point, bottle or automatic valve, but not the fish "
             "on an alarmed flow system.",
             [15, 19, 20]),
            ("The standard procedures get the Friday tap test and a weekend welfare look; Mariam "
             "drafts the change this week for the welfare body on the sixteenth, and Connor adds "
             "the test to the round sheet.",
             [17, 18, 21]),
        ],
        "pattern": {"name": "Test that the water flows, not the level",
                    "problem": "Caged animals go without water over a weekend because a blocked "
                               "spout looks full.",
                    "what_to_do": "Tap every sipper on the last round before a weekend to check "
                                  "that water comes out, and have the weekend round look at the "
                                  "animals.",
                    "applies_when": "Any drinking point, bottle or automatic valve, for mice and "
                                    "rats.",
                    "does_not_apply_when": "Fish on a flow system with an alarm."},
        "actions": [
            {"owner": "Mariam Yousef", "action": "draft the change to the standard procedures",
             "due": "this week"},
            {"owner": "Mariam Yousef", "action": "take it to the welfare body meeting",
             "due": "on the sixteenth"},
            {"owner": "Connor Hughes", "action": "add the tap test to the weekend round sheet",
             "due": None},
            {"owner": "Sophie Laurent", "action": "send Akua the notes", "due": None},
        ],
    },
}
