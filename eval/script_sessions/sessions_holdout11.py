"""Annotated sessions written blind in session 16 by someone who had read neither the product
code nor its tests (nothing under assistant/ or tests/, and no evaluation script), before that
session's changes, in work domains none of the other sets use: a circus school, a forestry fire-
lookout crew, a longcase clock restorer, a sea salt works, a seafront gelato shop, a sea kayak
guiding company, a stained-glass studio, a sled-dog kennel, a travelling funfair, a hedgehog
rescue, a volunteer lifeguard club and a repair café. Seven scripted sessions of 13-24 cues (the
facilitator names the steps in plain words of their own in four and names none in the other
three; in one the facilitator only keeps time and the participants carry the steps; a
participant jumps ahead to the remedy during the breakdown in one, a cue annotated as pattern,
and to an action during the breakdown in another, a cue annotated as capture; the breakdown
comes back after the pattern in one; the case comes back during the breakdown in one; the
applies step comes back during the capture in one; the case owner is not the first to tell the
case in two; two cases are linked to one session and only one is worked; a participant proposes
the pattern and another refines it in one; a participant, not the facilitator, sums up the
breakdown and moves the group on in one; small talk at the start and end), two longer scripted
sessions of 36 and 34 cues with side talk inside the steps (a kennel wifi that breaks up, a late
joiner stuck in slush and caught up by the facilitator, a vet visit reminder, someone on mute, a
call from the council, an insurance renewal reminder), where the pattern comes back after the
applies step in one, and in the other the breakdown comes back after the pattern and the pattern
is then added to, and three sessions of 14-15 cues that do not follow the script (all cues
"other"), each with a linked case: a demo day, an ordinary planning meeting for the season held
in a jam slot, and office hours with questions about writing up a case. Every session has two to
four action items said aloud, with due dates in varied words and some with none, some asked of a
person by someone else; an offer nobody takes up is not an action (three sessions); an action
passed to another person mid-session is held under its final owner (two sessions). Speech has
the fillers, false starts and repetitions of real talk. Patterns are named for the practice;
some have no does_not_apply_when."""

SESSIONS = {
    "holdout11_circus_silks_foot_locks": {
        "title": "Beginners sliding out of foot locks",
        "format": "problem-solving jam", "date": "2027-04-06", "start_time": "18:15",
        "facilitator": "Marisol Quintero",
        "cases": [{"case_id": "H11-CIR-1", "title": "Adult beginners slipping on the silks",
                   "problem": "Between January and March seven adult beginners slid out of a "
                              "foot lock on the aerial silks in class; two landed hard on the "
                              "crash mat and one sprained a wrist.",
                   "context": "Circus school teaching aerial silks, trapeze and juggling to "
                              "children and adults; evening beginner classes of ten students "
                              "with one coach and two silks.",
                   "tried": "Thicker crash mats under both silks from February.",
                   "outcome": "Softer landings, but the slips went on and one student left the "
                              "course.",
                   "submitted_by": "Benedikt Aigner", "team": "Aerial",
                   "submitted_on": "2027-03-22"}],
        "cues": [
            ("Marisol Quintero", "other", "Okay, um, are we all in? Kwabena, you're on the "
             "mat, I can see you stretching."),
            ("Kwabena Asante", "other", "Warming up for the seven o'clock. Carry on, I'm "
             "listening."),
            ("Marisol Quintero", "present", "So first I want the story, just what happened, no, "
             "no solutions yet. Benedikt?"),
            ("Benedikt Aigner", "present", "Right. So since January seven of our adult "
             "beginners have slid out of a foot lock on the silks. Mid-class. Two came down "
             "hard on the mat and one, er, sprained her wrist."),
            ("Benedikt Aigner", "present", "We put thicker crash mats under both silks in "
             "February. The landings are softer, sure, but they're still slipping, and one "
             "woman's quit the course."),
            ("Marisol Quintero", "breakdown", "Okay. Now let's, um, take it apart. What's "
             "actually happening in the second before they slip?"),
            ("Yuki Tanabe", "breakdown", "It's the wrap. They wrap the foot but the tail ends "
             "up on the wrong side, so when they stand up in it it just, it unspools."),
            ("Kwabena Asante", "pattern", "Honestly, we should just make them show the coach "
             "the lock before they put any weight in it. Every time. Thumbs up from the coach, "
             "then stand."),
            ("Marisol Quintero", "breakdown", "Hang on, hold that thought, Kwabena, we'll get "
             "there. Why is the tail on the wrong side? Who's checking it?"),
            ("Benedikt Aigner", "breakdown", "Nobody, really. It's ten students, two silks, one "
             "coach. While I'm spotting on one silk, the other one's on its own."),
            ("Yuki Tanabe", "breakdown", "And the new silks are slippier. The ones we bought "
             "in December are a, a nylon blend, not the old polyester, and they've never been "
             "washed."),
            ("Marisol Quintero", "pattern", "Okay. So if you had to put it in a sentence for "
             "another school?"),
            ("Yuki Tanabe", "pattern", "The coach sees every lock before any weight goes in "
             "it, and you only run as many silks as one coach can actually watch. Which is "
             "basically Kwabena's point."),
            ("Benedikt Aigner", "pattern", "And new fabric gets washed and broken in before "
             "beginners go anywhere near it."),
            ("Marisol Quintero", "applies", "Where would that carry over, and where would it be "
             "too much?"),
            ("Kwabena Asante", "applies", "Hammock and, yeah, the rope, anything where you lock "
             "a foot. Not the kids' static trapeze, they're sitting on a bar, there's nothing "
             "to lock."),
            ("Marisol Quintero", "capture", "Lovely. And who's doing what?"),
            ("Benedikt Aigner", "capture", "I'll split the Tuesday beginners into two groups of "
             "five, from next month."),
            ("Marisol Quintero", "capture", "Yuki, could you get the new silks washed and, you "
             "know, hung out before Saturday?"),
            ("Yuki Tanabe", "capture", "Yep, I'll do it Friday night."),
            ("Marisol Quintero", "other", "Brilliant. Go and teach, Kwabena."),
        ],
        "recap": [
            ("Since January seven adult beginners slid out of a foot lock on the silks, two "
             "landing hard and one spraining a wrist; thicker crash mats softened the landings "
             "but did not stop the slips, and one student left.",
             [3, 4]),
            ("The foot is wrapped with the tail on the wrong side so the lock unspools under "
             "weight, one coach cannot watch two silks and ten students, and the new nylon-blend "
             "silks are slippier and unwashed.",
             [5, 6, 8, 9, 10]),
            ("The coach sees every lock before any weight goes in it, only as many silks run as "
             "one coach can watch, and new fabric is washed and broken in before beginners use "
             "it.",
             [7, 11, 12, 13]),
            ("It carries over to hammock and rope, anything with a foot lock, not to the "
             "children's static trapeze where there is nothing to lock.",
             [15]),
            ("Benedikt splits the Tuesday beginners into two groups of five from next month; "
             "Yuki washes and hangs the new silks on Friday night.",
             [17, 18, 19]),
        ],
        "pattern": {
            "name": "Check every lock before weight goes in",
            "problem": "Beginners on aerial fabric slide out of badly wrapped locks when one "
                       "coach watches several apparatus and new fabric is slippery.",
            "what_to_do": "Have the coach see each lock before the student loads it, run only "
                          "as many apparatus as one coach can watch, and wash and break in new "
                          "fabric before beginners use it.",
            "applies_when": "Aerial classes where students lock a foot or wrap before loading, "
                            "such as silks, hammock and rope.",
            "does_not_apply_when": "Static apparatus with nothing to lock, such as a seated "
                                   "trapeze.",
        },
        "actions": [
            {"owner": "Benedikt Aigner", "action": "split the Tuesday beginners into two groups "
             "of five", "due": "from next month"},
            {"owner": "Yuki Tanabe", "action": "wash and hang out the new silks",
             "due": "Friday night"},
        ],
    },

    "holdout11_fire_lookout_haze_hours": {
        "title": "Smoke reported late from the north tower",
        "format": "problem-solving jam", "date": "2027-09-21", "start_time": "07:45",
        "facilitator": "Ingrid Solheim",
        "cases": [{"case_id": "H11-FLK-2", "title": "Smoke missed in the afternoon haze",
                   "problem": "Three times in August a smoke column in the north valley was "
                              "first reported by hikers or a pilot, 25 to 50 minutes before the "
                              "lookout tower called it in; one fire grew to eight hectares "
                              "before a crew reached it.",
                   "context": "Forestry fire-lookout crew staffing three towers through the "
                              "summer, one lookout per tower on a twelve-hour shift; sightings "
                              "are radioed to district dispatch.",
                   "tried": "A second pair of binoculars and an hourly reminder to sweep every "
                            "sector.",
                   "outcome": "One more late report in early September.",
                   "submitted_by": "Tomasz Grabowski", "team": "North tower",
                   "submitted_on": "2027-09-08"}],
        "cues": [
            ("Ingrid Solheim", "other", "Morning. Coffee's, uh, coffee's in the flask if you "
             "came straight off shift."),
            ("Ingrid Solheim", "present", "So. The north tower. Who wants to tell it?"),
            ("Adaeze Nwosu", "present", "I will, 'cause I took the dispatch calls. Three times "
             "in August the first report of smoke in the north valley came from hikers, and "
             "once from a pilot, not from the tower. Twenty-five, fifty minutes ahead of us."),
            ("Tomasz Grabowski", "present", "Yeah, and it's my tower, so it's my case. The one "
             "on the nineteenth got to eight hectares before the crew got in. We'd put, we'd "
             "put a second pair of binoculars up there and a reminder on the hour to do a full "
             "sweep, and we still missed one in September."),
            ("Ingrid Solheim", "breakdown", "What's the tower actually seeing at, say, four in "
             "the afternoon?"),
            ("Chayton Redcloud", "breakdown", "Haze. After about three the sun's in the west "
             "window and the whole north valley goes sort of milky. Smoke just disappears into "
             "it."),
            ("Tomasz Grabowski", "breakdown", "And it's hour nine of twelve by then. You're "
             "doing the sweep, but you're, you know, you're looking without seeing."),
            ("Adaeze Nwosu", "breakdown", "All three late ones were between three and six. "
             "Every single one."),
            ("Chayton Redcloud", "pattern", "So the hard hours get a fresh pair of eyes. Swap "
             "the lookout, or put a second person up from three to six."),
            ("Tomasz Grabowski", "pattern", "And give them something to compare against. Um, a "
             "photo of each sector on a clear day, so haze versus smoke is, is easier to tell."),
            ("Ingrid Solheim", "breakdown", "Before we settle on that. Adaeze, the hikers. How "
             "did they see it when the tower couldn't?"),
            ("Adaeze Nwosu", "breakdown", "They were down in the valley looking up, so the "
             "smoke was against the ridge, not against the haze. Different angle completely."),
            ("Chayton Redcloud", "breakdown", "Which the south tower has, actually. It looks "
             "into the north valley side-on."),
            ("Tomasz Grabowski", "pattern", "Then add that: in the haze hours the south tower "
             "sweeps our valley as well, and we cross-check on the radio."),
            ("Ingrid Solheim", "applies", "Where else is that useful? And, is there anywhere "
             "it isn't?"),
            ("Chayton Redcloud", "applies", "The east tower over the reservoir, same afternoon "
             "glare off the water. Not on overcast days though, there's no glare, no point "
             "doubling up."),
            ("Ingrid Solheim", "capture", "Okay. Names on things."),
            ("Tomasz Grabowski", "capture", "I'll take the clear-day photos of all eight "
             "sectors. Next clear morning we get, hopefully this week."),
            ("Ingrid Solheim", "capture", "Adaeze, could you redo the rota so the three-to-six "
             "slot has two people in it?"),
            ("Adaeze Nwosu", "capture", "Yep. I'll have the new rota out before the long "
             "weekend."),
            ("Chayton Redcloud", "capture", "And I'll set up the cross-check call with the "
             "south tower. I'll, I'll just sort that."),
            ("Ingrid Solheim", "other", "Great. Go and get some sleep, night shift."),
        ],
        "recap": [
            ("Three times in August smoke in the north valley was reported by hikers or a pilot "
             "25 to 50 minutes before the tower, and one fire reached eight hectares; a second "
             "pair of binoculars and an hourly sweep reminder did not stop a late report in "
             "September.",
             [2, 3]),
            ("After three the sun in the west window turns the valley to haze that hides smoke, "
             "the lookout is nine hours into a twelve-hour shift, all three late reports came "
             "between three and six, and the hikers saw the smoke against the ridge from an "
             "angle the south tower also has.",
             [4, 5, 6, 7, 10, 11, 12]),
            ("Put fresh or doubled eyes on the tower from three to six, compare against "
             "clear-day photos of each sector, and have the south tower sweep the north valley "
             "and cross-check by radio in the haze hours.",
             [8, 9, 13]),
            ("It applies to the east tower with glare off the reservoir, not on overcast days "
             "without glare.",
             [15]),
            ("Tomasz takes clear-day photos of the eight sectors on the next clear morning; "
             "Adaeze puts two people on the three-to-six slot in a new rota before the long "
             "weekend; Chayton sets up the cross-check call with the south tower.",
             [17, 18, 19, 20]),
        ],
        "pattern": {
            "name": "Double the eyes in the haze hours",
            "problem": "A lone lookout late in a long shift misses smoke in afternoon haze "
                       "when the sun is in the window.",
            "what_to_do": "Put a fresh or second lookout on during the glare hours, give them "
                          "clear-day photos of each sector to compare against, and have a "
                          "tower with a side-on view cross-check by radio.",
            "applies_when": "Lookouts facing into afternoon sun or glare off water.",
            "does_not_apply_when": "Overcast days with no glare.",
        },
        "actions": [
            {"owner": "Tomasz Grabowski", "action": "take clear-day photos of all eight sectors",
             "due": "the next clear morning"},
            {"owner": "Adaeze Nwosu", "action": "redo the rota so the three-to-six slot has two "
             "people", "due": "before the long weekend"},
            {"owner": "Chayton Redcloud", "action": "set up the cross-check call with the south "
             "tower", "due": None},
        ],
    },

    "holdout11_clock_restorer_stopping_longcase": {
        "title": "Restored longcase clocks stopping at home",
        "format": "problem-solving jam", "date": "2027-06-02", "start_time": "17:30",
        "facilitator": "Rosalind Achterberg",
        "cases": [{"case_id": "H11-CLK-3", "title": "Longcase clocks stopping after delivery",
                   "problem": "Of the twenty-two longcase clocks restored and delivered since "
                              "January, nine stopped within a week in the customer's home; each "
                              "needed a home visit of half a day.",
                   "context": "Clock restoration workshop of three; restored clocks run for a "
                              "fortnight on the workshop test wall and are then delivered and "
                              "set up by whoever has the van.",
                   "tried": "Running each clock on the test wall for four weeks instead of two.",
                   "outcome": "The clocks ran perfectly on the wall; three more stopped after "
                              "delivery.",
                   "submitted_by": "Emeka Obi", "team": "Workshop",
                   "submitted_on": "2027-05-20"},
                  {"case_id": "H11-CLK-4", "title": "Customers overwinding fusee clocks",
                   "problem": "Since the spring five fusee bracket clocks came back with broken "
                              "fusee chains after their owners wound them past the stop.",
                   "context": "Same workshop; owners are shown how to wind when they collect.",
                   "tried": "A printed winding card left with each clock.",
                   "outcome": "Two more broken chains in May.",
                   "submitted_by": "Priit Saar", "team": "Workshop",
                   "submitted_on": "2027-05-27"}],
        "cues": [
            ("Rosalind Achterberg", "other", "Evening, everyone. We've got two cases linked to "
             "this one, but, um, I'd like us to spend it on the stopping clocks. The "
             "overwinding one can wait for next month."),
            ("Priit Saar", "other", "Fine by me, I haven't finished writing that one up "
             "anyway."),
            ("Rosalind Achterberg", "present", "So first just tell us what happened. Emeka."),
            ("Emeka Obi", "present", "Since January we've delivered twenty-two longcase "
             "clocks, and nine of them stopped inside a week at the customer's house. Every "
             "one's half a day out in the van to sort."),
            ("Emeka Obi", "present", "We thought, okay, they're not tested enough, so we "
             "doubled the time on the test wall to four weeks. They run perfectly on the wall. "
             "Three more stopped anyway."),
            ("Rosalind Achterberg", "breakdown", "So what's different between our wall and "
             "their hallway?"),
            ("Lucía Ferreyra", "breakdown", "The floor. Our wall's bolted to brick. Half these "
             "houses have, you know, old suspended timber floors, and the case rocks when "
             "someone walks past."),
            ("Priit Saar", "breakdown", "And beat. Whoever's got the van sets it up, and not "
             "everyone puts it in beat. If it's, if it's even slightly out of beat on a floor "
             "that moves, it'll stop."),
            ("Emeka Obi", "breakdown", "Yeah. And we never leave anything with the customer "
             "saying what, what to listen for. So they ring us a week later."),
            ("Rosalind Achterberg", "pattern", "If we wrote that down as a, as a rule for "
             "setting up, what would it say?"),
            ("Lucía Ferreyra", "pattern", "The clock isn't finished until it's running in its "
             "own spot. Fix the case to the wall, set the beat by ear there, and listen to it "
             "for ten minutes before you leave."),
            ("Rosalind Achterberg", "applies", "Would that go for everything that leaves the "
             "bench?"),
            ("Priit Saar", "applies", "Longcase and the big wall regulators, yes. Not the "
             "carriage clocks, they're, they just sit on a shelf, they don't care about the "
             "floor."),
            ("Rosalind Achterberg", "capture", "Right, let's say who does what."),
            ("Emeka Obi", "capture", "I'll write a one-page set-up sheet, with the beat "
             "check on it, and put it in the van by Monday."),
            ("Lucía Ferreyra", "capture", "I can come out on the next few deliveries with "
             "whoever's driving, if that'd help?"),
            ("Rosalind Achterberg", "capture", "Let's see if the sheet does it first. Priit, "
             "can you order some wall brackets, a box of twenty or so?"),
            ("Priit Saar", "capture", "Sure, I'll order them tomorrow."),
            ("Rosalind Achterberg", "other", "Thanks, all. Mind the step on the way out."),
        ],
        "recap": [
            ("Nine of the twenty-two longcase clocks delivered since January stopped within a "
             "week at the customer's home, each costing half a day's visit; doubling the time "
             "on the test wall did not help.",
             [3, 4]),
            ("The test wall is bolted to brick while many homes have suspended timber floors "
             "that rock the case, the clock is not always set in beat by whoever delivers it, "
             "and customers are given nothing telling them what to listen for.",
             [5, 6, 7, 8]),
            ("A clock is not finished until it runs in its own spot: fix the case to the wall, "
             "set the beat by ear there, and listen for ten minutes before leaving.",
             [9, 10]),
            ("It applies to longcase clocks and large wall regulators, not to carriage clocks "
             "that sit on a shelf.",
             [12]),
            ("Emeka writes a one-page set-up sheet with the beat check and puts it in the van by "
             "Monday; Priit orders a box of wall brackets tomorrow.",
             [14, 16, 17]),
        ],
        "pattern": {
            "name": "Finish the clock where it will live",
            "problem": "Pendulum clocks tested on a rigid workshop wall stop in homes with "
                       "moving floors when they are set up hurriedly out of beat.",
            "what_to_do": "Fix the case to the wall in its final spot, set the beat by ear "
                          "there, and listen to it run for ten minutes before leaving.",
            "applies_when": "Longcase clocks and large wall regulators delivered to homes.",
            "does_not_apply_when": "Small clocks that stand on a shelf, such as carriage "
                                   "clocks.",
        },
        "actions": [
            {"owner": "Emeka Obi", "action": "write a one-page set-up sheet with the beat check "
             "and put it in the van", "due": "Monday"},
            {"owner": "Priit Saar", "action": "order a box of about twenty wall brackets",
             "due": "tomorrow"},
        ],
    },

    "holdout11_salt_works_grey_harvests": {
        "title": "Grey salt from the spring tides",
        "format": "problem-solving jam", "date": "2027-10-05", "start_time": "12:30",
        "facilitator": "Niamh Costello",
        "cases": [{"case_id": "H11-SLT-5", "title": "Salt harvests coming out grey",
                   "problem": "Four of the eleven harvests since May came out grey and gritty "
                              "and were sold as cooking salt at a third of the price, about "
                              "£2,600 of lost sales.",
                   "context": "Small sea salt works on a tidal estuary; seawater is pumped at "
                              "high tide into settling tanks and evaporated in open pans in a "
                              "heated shed.",
                   "tried": "Filtering the brine through a finer cloth.",
                   "outcome": "Slightly whiter salt, still graded as cooking salt.",
                   "submitted_by": "Rashid Al-Amin", "team": "Pans",
                   "submitted_on": "2027-09-24"}],
        "cues": [
            ("Niamh Costello", "other", "Right, shall we? I'll mostly just keep time today, "
             "it's your show."),
            ("Rashid Al-Amin", "present", "So, the grey salt. Four harvests out of eleven since "
             "May have come out grey, gritty, we had to sell them as cooking salt, a third of "
             "the price. That's, what, about two thousand six hundred quid gone."),
            ("Rashid Al-Amin", "present", "I swapped the filter cloth for a finer one. It's a "
             "bit whiter. Still cooking salt."),
            ("Solveig Dahl", "breakdown", "Can I ask when we pumped for those four? Because "
             "I've got a feeling it's the tide."),
            ("Rashid Al-Amin", "breakdown", "I looked, actually. All four were pumped on spring "
             "tides, the, the big ones, and two were straight after rain."),
            ("Tariq Mahmood", "breakdown", "Spring tide stirs the whole estuary bottom up. So "
             "we're pumping in mud, basically. And after rain the river's brown for two days."),
            ("Solveig Dahl", "breakdown", "And the settling tanks only get a day, because we "
             "pump and boil on the same shift to save heating the shed twice."),
            ("Tariq Mahmood", "pattern", "So, rule: don't pump on a spring tide."),
            ("Solveig Dahl", "pattern", "Mm, I'd put it differently. Not never on springs, "
             "we'd lose a week a month. Pump in the last hour of the flood, when it's, when it's "
             "settled, and let the brine stand two full days before anything goes in a pan. And "
             "nothing for two days after heavy rain."),
            ("Rashid Al-Amin", "pattern", "Yeah, that's better. Tariq's rule, but with the "
             "standing time."),
            ("Niamh Costello", "applies", "And where does it fit, and where not?"),
            ("Tariq Mahmood", "applies", "The flake salt and the smoked, same brine. Not the "
             "bath salts we buy in, they come ready-made."),
            ("Rashid Al-Amin", "capture", "I'll put the tide table on the shed wall with the "
             "pumping windows marked, by a week on Thursday."),
            ("Niamh Costello", "capture", "Solveig, could you work out whether we've got tank "
             "room for two days' standing?"),
            ("Solveig Dahl", "capture", "I'll have a go. Um, I'll measure up and let you "
             "know."),
            ("Niamh Costello", "other", "Good. Thanks, all, that was quick."),
        ],
        "recap": [
            ("Four of eleven harvests since May came out grey and gritty and sold as cooking "
             "salt at a third of the price, about £2,600 lost; a finer filter cloth made the "
             "salt only slightly whiter.",
             [1, 2]),
            ("All four were pumped on spring tides that stir up the estuary bed, two straight "
             "after rain that browns the river for two days, and the brine settles for only a "
             "day because pumping and boiling share a shift.",
             [3, 4, 5, 6]),
            ("Pump in the last hour of the flood rather than never on springs, let the brine "
             "stand two full days before it goes in a pan, and pump nothing for two days after "
             "heavy rain.",
             [7, 8, 9]),
            ("It applies to the flake and smoked salt from the same brine, not to the bath salts "
             "bought in ready-made.",
             [11]),
            ("Rashid puts the tide table with the pumping windows on the shed wall by a week on "
             "Thursday; Solveig measures whether the tanks have room for two days' standing.",
             [12, 13, 14]),
        ],
        "pattern": {
            "name": "Pump the settled tide, then let it stand",
            "problem": "Seawater pumped on big tides or after rain carries silt into the "
                       "brine, and a one-day settle leaves the salt grey.",
            "what_to_do": "Pump in the last hour of the flood, let the brine stand two full "
                          "days before evaporating, and pause pumping for two days after heavy "
                          "rain.",
            "applies_when": "Salt evaporated from estuary water, including flake and smoked "
                            "salt.",
            "does_not_apply_when": "Salt bought in ready-made.",
        },
        "actions": [
            {"owner": "Rashid Al-Amin", "action": "put the tide table on the shed wall with the "
             "pumping windows marked", "due": "a week on Thursday"},
            {"owner": "Solveig Dahl", "action": "measure up whether the tanks have room for two "
             "days' standing", "due": None},
        ],
    },

    "holdout11_gelato_icy_nut_flavours": {
        "title": "Nut gelato going icy in the window",
        "format": "problem-solving jam", "date": "2027-08-07", "start_time": "10:40",
        "facilitator": "Amara Okafor",
        "cases": [{"case_id": "H11-GEL-6", "title": "Gelato icy by mid-afternoon",
                   "problem": "On hot weekends in June and July the pistachio and hazelnut "
                              "gelato turned icy and crystalline by mid-afternoon; about thirty "
                              "tubs were binned.",
                   "context": "Gelato shop on a seafront promenade making its gelato each "
                              "morning; one twelve-pan display cabinet by the front window.",
                   "tried": "Turning the cabinet down two degrees.",
                   "outcome": "Harder to scoop and still icy by three o'clock.",
                   "submitted_by": "Luca Ferri", "team": "Shop",
                   "submitted_on": "2027-07-30"}],
        "cues": [
            ("Amara Okafor", "present", "Okay, quick one, before we open. Luca, tell us the icy "
             "gelato story first, just what happened."),
            ("Luca Ferri", "present", "Hot weekends in June, July, the nut flavours, "
             "pistachio and hazelnut, go icy by mid-afternoon. Crunchy. We binned about thirty "
             "tubs. I turned the cabinet down two degrees, and now it's icy and hard to scoop."),
            ("Amara Okafor", "breakdown", "Why those two, do you think, and why the "
             "afternoon?"),
            ("Ana Beatriz Souza", "breakdown", "The sun. From about one it comes straight "
             "through the front window onto the left end of the cabinet, and that's where the "
             "nut ones sit."),
            ("Dmitri Volkov", "breakdown", "And the lids come off when it's busy and nobody "
             "puts them back. It thaws a bit, refreezes, that's your crystals."),
            ("Amara Okafor", "pattern", "So what would we tell the next shop?"),
            ("Ana Beatriz Souza", "pattern", "Put the sun on the map. Move the delicate "
             "flavours out of the window end, and keep a blind down from noon."),
            ("Amara Okafor", "capture", "Good. Who's on it?"),
            ("Luca Ferri", "capture", "I'll ring the blind people today. Actually, Ana, you "
             "found them last time, can you do it?"),
            ("Ana Beatriz Souza", "capture", "Sure, I'll call them this afternoon."),
            ("Dmitri Volkov", "applies", "Oh, and sorry, the sorbets are fine by the window, "
             "they're, they're meant to be a bit icy anyway. It's the cream ones that mind."),
            ("Dmitri Volkov", "capture", "And I'll redo the cabinet plan tonight, nuts to the "
             "back end."),
            ("Amara Okafor", "other", "Perfect. Doors in five."),
        ],
        "recap": [
            ("On hot weekends in June and July the pistachio and hazelnut gelato went icy by "
             "mid-afternoon and about thirty tubs were binned; turning the cabinet down two "
             "degrees only made it hard to scoop.",
             [0, 1]),
            ("From about one the sun comes through the front window onto the end of the cabinet "
             "where the nut flavours sit, and lids left off when busy let the gelato thaw and "
             "refreeze into crystals.",
             [2, 3, 4]),
            ("Map where the sun falls, keep delicate flavours out of the window end, and keep "
             "a blind down from noon.",
             [5, 6]),
            ("It matters for the cream-based flavours, not for sorbets, which are meant to be "
             "icy.",
             [10]),
            ("Ana calls the blind fitters this afternoon, taking it over from Luca; Dmitri "
             "redoes the cabinet plan tonight with the nut flavours at the back end.",
             [7, 8, 9, 11]),
        ],
        "pattern": {
            "name": "Keep delicate flavours out of the sun",
            "problem": "Cream gelato in a cabinet that takes direct afternoon sun thaws and "
                       "refreezes into ice crystals.",
            "what_to_do": "Map where the sun falls on the cabinet, move delicate flavours away "
                          "from it, shade the window from noon, and keep lids on when busy.",
            "applies_when": "Cream-based gelato in a display cabinet near a sunny window.",
            "does_not_apply_when": "Sorbets, which are meant to be icy.",
        },
        "actions": [
            {"owner": "Ana Beatriz Souza", "action": "call the blind fitters about a blind for "
             "the front window", "due": "this afternoon"},
            {"owner": "Dmitri Volkov", "action": "redo the cabinet plan with the nut flavours at "
             "the back end", "due": "tonight"},
        ],
    },

    "holdout11_kayak_late_against_ebb": {
        "title": "Afternoon trips late back round the headland",
        "format": "problem-solving jam", "date": "2027-09-01", "start_time": "14:00",
        "facilitator": "Sunniva Lunde",
        "cases": [{"case_id": "H11-KYK-7", "title": "Groups paddling home against the ebb",
                   "problem": "Five guided half-day trips this summer came back more than an "
                              "hour late, paddling against the ebb round the headland; two "
                              "clients were too tired to finish and were towed.",
                   "context": "Sea kayak guiding company running half-day and full-day trips "
                              "from a harbour beach; one guide to six clients, trips planned "
                              "from the tide table the night before.",
                   "tried": "Shortening the planned route by two kilometres.",
                   "outcome": "One more late return in August; a client complained about being "
                              "towed.",
                   "submitted_by": "Koa Kealoha", "team": "Guides",
                   "submitted_on": "2027-08-25"}],
        "cues": [
            ("Sunniva Lunde", "other", "Hiya. We've got until the school run, so about half "
             "an hour."),
            ("Fatoumata Diallo", "present", "Can I kick off? I was guiding two of them. This "
             "summer five of our half-days came back more than an hour late, everyone slogging "
             "against the ebb round the headland. Twice I had to tow someone in."),
            ("Koa Kealoha", "present", "It's my case 'cause I plan most of the trips. We cut "
             "the route by two kilometres after the second one, and, well, in August we were "
             "late again, and that client wrote in about being towed."),
            ("Sunniva Lunde", "breakdown", "Where does the time actually go out there?"),
            ("Rhys Pritchard", "breakdown", "Lunch. We land on the island for lunch and it's "
             "lovely and nobody wants to leave, and the forty minutes turns into, like, an hour "
             "ten."),
            ("Koa Kealoha", "breakdown", "And the turn's planned off the tide table, but the "
             "table's for the harbour. Round the headland the stream turns earlier, twenty "
             "minutes, half an hour."),
            ("Fatoumata Diallo", "capture", "I'll get the tidal stream atlas for the headland "
             "ordered, that's an easy one, I'll do it today."),
            ("Sunniva Lunde", "breakdown", "Great, we'll come back to who's doing what. What "
             "about the groups themselves?"),
            ("Fatoumata Diallo", "breakdown", "Half of them have never paddled more than an "
             "hour. We don't ask when they book, so we plan for an average group that doesn't "
             "exist."),
            ("Koa Kealoha", "present", "Sorry, one thing I missed, the five late trips were "
             "all the one o'clock departure. None of the morning ones."),
            ("Rhys Pritchard", "breakdown", "Which makes sense, the afternoon sea breeze gets up "
             "on the way back as well."),
            ("Sunniva Lunde", "pattern", "So what's the rule for the next guide who plans one "
             "of these?"),
            ("Koa Kealoha", "pattern", "Plan backwards from the turn of the stream at the "
             "headland, not forwards from launch. Decide the time we have to be round, and "
             "lunch fits in whatever's left."),
            ("Rhys Pritchard", "pattern", "And ask at booking how long they've paddled, so the "
             "plan's for the actual group."),
            ("Sunniva Lunde", "applies", "Where else does that apply?"),
            ("Fatoumata Diallo", "applies", "The river trips under the bridge, they've got a "
             "tide gate too. Not the lake days, there's no tide."),
            ("Sunniva Lunde", "capture", "Okay, owners."),
            ("Koa Kealoha", "capture", "I'll rewrite the afternoon trip plan around the "
             "headland turn, for the first of the month."),
            ("Sunniva Lunde", "capture", "Rhys, could you add a paddling experience question to "
             "the booking form?"),
            ("Rhys Pritchard", "capture", "Yeah, in the next fortnight, I need to, need to get "
             "the web person in."),
            ("Sunniva Lunde", "capture", "And Fatoumata's got the atlas, today. Anything "
             "else?"),
            ("Fatoumata Diallo", "other", "No, that's it. See you on the beach."),
        ],
        "recap": [
            ("Five half-day trips this summer came back more than an hour late against the ebb "
             "round the headland and two clients were towed; cutting two kilometres from the "
             "route did not stop it, and all five were the one o'clock departure.",
             [1, 2, 9]),
            ("The island lunch stretches from forty minutes to over an hour, the turn is planned "
             "from the harbour tide table though the stream at the headland turns earlier, "
             "nobody asks clients their experience at booking, and the afternoon sea breeze "
             "rises on the way back.",
             [3, 4, 5, 7, 8, 10]),
            ("Plan backwards from the turn of the stream at the headland rather than forwards "
             "from launch, fit lunch into what is left, and ask at booking how long clients "
             "have paddled.",
             [11, 12, 13]),
            ("It applies to the river trips under the bridge with their tide gate, not to lake "
             "days.",
             [15]),
            ("Fatoumata orders the tidal stream atlas for the headland today; Koa rewrites the "
             "afternoon trip plan for the first of the month; Rhys adds a paddling experience "
             "question to the booking form in the next fortnight.",
             [6, 17, 18, 19, 20]),
        ],
        "pattern": {
            "name": "Plan back from the turn of the stream",
            "problem": "Trips planned forwards from launch with a harbour tide table come "
                       "back late against the stream when lunch runs over and the group is "
                       "weaker than assumed.",
            "what_to_do": "Fix the time the group must round the headland from the local "
                          "stream, plan backwards from it, fit lunch into what is left, and ask "
                          "clients' experience at booking.",
            "applies_when": "Guided paddling trips with a tidal gate, at sea or on a tidal "
                            "river.",
            "does_not_apply_when": "Trips on water without tide, such as lakes.",
        },
        "actions": [
            {"owner": "Fatoumata Diallo", "action": "order the tidal stream atlas for the "
             "headland", "due": "today"},
            {"owner": "Koa Kealoha", "action": "rewrite the afternoon trip plan around the "
             "headland turn", "due": "the first of the month"},
            {"owner": "Rhys Pritchard", "action": "add a paddling experience question to the "
             "booking form", "due": "in the next fortnight"},
        ],
    },

    "holdout11_stained_glass_bowing_panels": {
        "title": "Leaded windows bowing after fitting",
        "format": "problem-solving jam", "date": "2027-02-24", "start_time": "09:30",
        "facilitator": "Philippa Ashdown",
        "cases": [{"case_id": "H11-STG-8", "title": "Leaded panels bowing within months",
                   "problem": "Five of the fourteen leaded windows fitted in restorations last "
                              "year bowed outwards within months; two panels cracked and came "
                              "back for releading.",
                   "context": "Stained-glass studio of four designing, restoring and fitting "
                              "leaded windows; panels are leaded and cemented in the studio and "
                              "fitted on site by two of the team.",
                   "tried": "A heavier lead came on the larger panels.",
                   "outcome": "Heavier panels still bowed; one cracked in February.",
                   "submitted_by": "Jarrah Wilson", "team": "Restoration",
                   "submitted_on": "2027-02-15"}],
        "cues": [
            ("Philippa Ashdown", "other", "Is the heater on in there? Oskar, you look frozen."),
            ("Oskar Lindqvist", "other", "The kiln's off today, so it's arctic. I'm fine, I've "
             "got gloves on."),
            ("Philippa Ashdown", "other", "Okay, let's, um, let's get going. Today's the "
             "bowing panels."),
            ("Philippa Ashdown", "present", "Jarrah, can you start us off with what actually "
             "happened? Just the facts for now."),
            ("Jarrah Wilson", "present", "So last year we fitted, what, fourteen leaded windows "
             "across the restorations, and five of them have bowed. Outwards. Within a few "
             "months. Two cracked and had to come back for releading."),
            ("Jarrah Wilson", "present", "We thought the lead was too light, so on the big "
             "ones we moved up to a heavier came. And, er, they still bowed, and one cracked in "
             "February."),
            ("Philippa Ashdown", "breakdown", "Okay. Let's dig into why. What do the five have "
             "in common?"),
            ("Halima Yusuf", "breakdown", "They're all big, over a metre tall, and they're all "
             "on the weather side. West or south-west facing."),
            ("Oskar Lindqvist", "breakdown", "And none of them have, um, saddle bars. The old "
             "ones had iron bars tied in every thirty centimetres or so, and on three of them "
             "we didn't refit the bars because the stone was crumbling where they go."),
            ("Jarrah Wilson", "breakdown", "The heavier came actually makes it worse, right? "
             "More weight hanging on the same ties."),
            ("Halima Yusuf", "breakdown", "Yeah. And the cement. Two of them we fitted before "
             "the cement had properly cured, because the scaffold was booked out."),
            ("Oskar Lindqvist", "breakdown", "Okay, so in short: big panels, weather side, no "
             "bars, and fitted green. I think that's the why. Shall we, shall we say what we'd "
             "do instead?"),
            ("Philippa Ashdown", "pattern", "Go on then, what's the lesson?"),
            ("Oskar Lindqvist", "pattern", "Support goes in with the glass. Every panel over a "
             "certain size gets bars tied in, and if the stone won't take them we fix a frame, "
             "we don't just leave them out."),
            ("Halima Yusuf", "pattern", "And the cement cures for two weeks before a panel "
             "leaves the studio, whatever the scaffold says."),
            ("Philippa Ashdown", "applies", "And where would we use that beyond these windows? "
             "Where wouldn't we?"),
            ("Jarrah Wilson", "applies", "All the church restorations, and the new commission "
             "for the, the library. The little door lights, not really, they're tiny and "
             "they're inside anyway."),
            ("Philippa Ashdown", "other", "Sorry, can I just say, the van's MOT is Thursday, "
             "so if you need it, it's, you'll have to borrow Halima's car."),
            ("Halima Yusuf", "other", "It's full of dog hair, you've been warned."),
            ("Philippa Ashdown", "capture", "Right. Who's taking what on?"),
            ("Oskar Lindqvist", "capture", "I'll go back to the three without bars and measure "
             "up for bars or frames, by the end of next week."),
            ("Halima Yusuf", "capture", "Jarrah, could you add the curing time to the job "
             "planner so the scaffold gets booked around it?"),
            ("Jarrah Wilson", "capture", "Yeah, no problem, I'll do it before the Hexham job "
             "gets scheduled."),
            ("Philippa Ashdown", "other", "Brilliant. Thanks, everyone, go and get warm."),
        ],
        "recap": [
            ("Five of the fourteen leaded windows fitted last year bowed outwards within months "
             "and two cracked and came back for releading; a heavier lead came on the big "
             "panels did not stop it, and one cracked in February.",
             [3, 4, 5]),
            ("All five are over a metre tall on the west or south-west side, three were fitted "
             "without saddle bars because the stone was crumbling, the heavier came adds weight "
             "to the same ties, and two were fitted before the cement had cured because of the "
             "scaffold booking.",
             [6, 7, 8, 9, 10, 11]),
            ("Support goes in with the glass: every panel over a set size gets bars or, where "
             "the stone will not take them, a frame, and cement cures for two weeks before a "
             "panel leaves the studio.",
             [12, 13, 14]),
            ("It applies to the church restorations and the library commission, not to small "
             "interior door lights.",
             [16]),
            ("Oskar measures the three windows without bars for bars or frames by the end of "
             "next week; Jarrah adds the curing time to the job planner before the Hexham job is "
             "scheduled.",
             [20, 21, 22]),
        ],
        "pattern": {
            "name": "Support goes in with the glass",
            "problem": "Large leaded panels on the weather side bow and crack when they are "
                       "fitted without saddle bars or before the cement has cured.",
            "what_to_do": "Tie in bars on every panel over a set size, fix a frame where the "
                          "stone will not take bars, and let the cement cure for two weeks "
                          "before fitting.",
            "applies_when": "Large leaded windows in restorations and new commissions.",
            "does_not_apply_when": "Small interior panels such as door lights.",
        },
        "actions": [
            {"owner": "Oskar Lindqvist", "action": "measure the three windows without bars for "
             "bars or frames", "due": "end of next week"},
            {"owner": "Jarrah Wilson", "action": "add the cement curing time to the job planner "
             "so the scaffold is booked around it",
             "due": "before the Hexham job is scheduled"},
        ],
    },

    "holdout11_sled_dogs_cut_pads": {
        "title": "Sled dogs going lame on the spring runs",
        "format": "problem-solving jam", "date": "2027-04-28", "start_time": "16:00",
        "facilitator": "Aila Mäkinen",
        "cases": [{"case_id": "H11-SLD-9", "title": "Cut pads after the lower trail",
                   "problem": "In March and April nine of the kennel's forty-two sled dogs went "
                              "lame with split or cut pads after tours on the lower trail; tours "
                              "ran short of dogs for three weeks and twelve bookings were "
                              "refunded.",
                   "context": "Sled-dog kennel running half-day husky tours for visitors from "
                              "December to April; teams of six to eight dogs, booties put on at "
                              "the kennel before each run.",
                   "tried": "Booties on every dog for every run.",
                   "outcome": "Fewer cuts, but the booties came off in wet snow and two more "
                              "dogs went lame in April.",
                   "submitted_by": "Joar Kuhmunen", "team": "Mushers",
                   "submitted_on": "2027-04-19"}],
        "cues": [
            ("Aila Mäkinen", "other", "Can you all hear me? I'm on the kennel wifi, so if I "
             "vanish, that's why."),
            ("Bryony Fletcher", "other", "We can hear you. There's, there's a lot of barking "
             "behind you though."),
            ("Aila Mäkinen", "other", "Feeding time. I'll mute when I'm not talking. Mateus "
             "messaged, he's still out with the quad, he'll join late."),
            ("Aila Mäkinen", "present", "Okay. Let's start with the story, just as it "
             "happened. Joar, the lame dogs."),
            ("Joar Kuhmunen", "present", "Yeah. So March and April, nine of our forty-two dogs "
             "went lame. Split pads, cuts between the toes. All after runs on the lower trail."),
            ("Joar Kuhmunen", "present", "We were short of dogs for three weeks, had to refund "
             "twelve bookings. And we'd already started booting every dog on every run, and "
             "still two more went lame in April, 'cause the booties were coming off in the wet "
             "snow."),
            ("Dawa Lhamo", "present", "Just to add, it was mostly the young dogs. The ones in "
             "their first season."),
            ("Aila Mäkinen", "breakdown", "Okay. So let's get into the why. What's the lower "
             "trail like in spring?"),
            ("Bryony Fletcher", "breakdown", "Crust. It thaws in the afternoon and freezes "
             "overnight, so first thing in the morning it's like, like running on broken "
             "glass."),
            ("Joar Kuhmunen", "breakdown", "And the tours are booked first thing, nine o'clock, "
             "because that's when the visitors want to go."),
            ("Dawa Lhamo", "breakdown", "The wet booties as well, they go on at the kennel "
             "when it's dry, and then we cross the stream at the bottom and they're soaked, "
             "and they just—"),
            ("Aila Mäkinen", "other", "Sorry, you're breaking up, Dawa. Crossed the stream "
             "and what?"),
            ("Dawa Lhamo", "other", "Can you hear me now? I've moved nearer the router."),
            ("Aila Mäkinen", "other", "Yes, much better."),
            ("Dawa Lhamo", "breakdown", "The booties get soaked at the stream and slide off a "
             "kilometre later, and nobody stops to check because the team's flying."),
            ("Mateus Cardoso", "other", "Hi, sorry, sorry, the quad got stuck in the slush. "
             "What did I miss?"),
            ("Aila Mäkinen", "other", "Hi Mateus. Lame dogs on the lower trail: crust in the "
             "mornings, booties coming off after the stream."),
            ("Mateus Cardoso", "breakdown", "Oh, and the young ones aren't, their feet aren't "
             "toughened up. We stopped the autumn cart training this year 'cause of the heat."),
            ("Joar Kuhmunen", "breakdown", "That's true, they went onto snow with soft feet."),
            ("Aila Mäkinen", "pattern", "So if another kennel asked us what we learned, what "
             "would we say?"),
            ("Bryony Fletcher", "pattern", "Run the trail the snow gives you, not the one "
             "that's booked. If the lower trail's crusted, morning tours go on the upper loop."),
            ("Joar Kuhmunen", "pattern", "And boots go on after the stream, not at the "
             "kennel, with a check at the first stop."),
            ("Aila Mäkinen", "applies", "Where does that hold? And is there, is there anywhere "
             "it doesn't?"),
            ("Dawa Lhamo", "applies", "All the spring tours, and the overnight trips too, they "
             "cross the same stream. Not really midwinter, the snow's dry and powdery then, the "
             "crust doesn't form."),
            ("Mateus Cardoso", "applies", "The race team as well, when they train in March."),
            ("Mateus Cardoso", "pattern", "Can I add one to the lesson? Young dogs get their "
             "feet toughened before the season. Cart training in autumn, on gravel, whatever "
             "the weather."),
            ("Aila Mäkinen", "pattern", "Yes, that belongs in it."),
            ("Bryony Fletcher", "other", "Quick reminder before I forget: the vet's coming for "
             "the rabies boosters on the twelfth, so nobody book tours that morning."),
            ("Aila Mäkinen", "other", "Noted, thanks Bryony."),
            ("Aila Mäkinen", "capture", "Right. Let's finish with who does what."),
            ("Joar Kuhmunen", "capture", "I'll redo the booking page so the morning tours say "
             "'route depends on the snow', by the end of the week."),
            ("Aila Mäkinen", "capture", "Dawa, can you order the new boots, the ones with the "
             "longer velcro?"),
            ("Dawa Lhamo", "capture", "I'd, um, I'd rather not, I ordered the last lot wrong. "
             "Mateus, you know the sizes?"),
            ("Mateus Cardoso", "capture", "Yeah, fine, I'll order them. Probably Monday, when "
             "the shop's open."),
            ("Bryony Fletcher", "capture", "And I'll draw up an autumn cart training plan for "
             "the young dogs before the first of September."),
            ("Aila Mäkinen", "other", "Great. I'm going to go before the wifi gives up. "
             "Thanks, everyone."),
        ],
        "recap": [
            ("In March and April nine of the forty-two dogs went lame with cut or split pads "
             "after runs on the lower trail, mostly young dogs in their first season; tours ran "
             "short for three weeks, twelve bookings were refunded, and booting every dog did "
             "not stop it because the booties came off in wet snow.",
             [3, 4, 5, 6]),
            ("The lower trail freezes to a sharp crust overnight and tours are booked for nine "
             "in the morning, booties put on dry at the kennel soak at the stream and slide off "
             "unchecked, and the young dogs went onto snow with soft feet after the autumn cart "
             "training was dropped.",
             [7, 8, 9, 10, 14, 17, 18]),
            ("Run the trail the snow allows rather than the one booked, moving crusted morning "
             "tours to the upper loop, put boots on after the stream with a check at the first "
             "stop, and toughen young dogs' feet with autumn cart training on gravel.",
             [19, 20, 21, 25, 26]),
            ("It holds for all spring tours, the overnight trips across the same stream and the "
             "race team's March training, not for midwinter runs on dry powder where no crust "
             "forms.",
             [22, 23, 24]),
            ("Joar updates the booking page by the end of the week; Mateus orders the boots "
             "with longer velcro on Monday, taking it from Dawa; Bryony draws up an autumn cart "
             "training plan before the first of September.",
             [29, 30, 31, 32, 33, 34]),
        ],
        "pattern": {
            "name": "Run the trail the snow gives you",
            "problem": "Sled dogs cut their pads on overnight crust when tours keep to the "
                       "booked trail, boots slip off after a wet crossing, and young dogs start "
                       "the season with soft feet.",
            "what_to_do": "Move morning runs off crusted trails, put boots on after any wet "
                          "crossing and check them at the first stop, and toughen young dogs' "
                          "feet with autumn cart training.",
            "applies_when": "Spring tours, overnight trips and training runs on thaw-freeze "
                            "snow.",
            "does_not_apply_when": "Midwinter runs on dry powder where no crust forms.",
        },
        "actions": [
            {"owner": "Joar Kuhmunen", "action": "redo the booking page so the morning tours say "
             "the route depends on the snow", "due": "end of the week"},
            {"owner": "Mateus Cardoso", "action": "order the new boots with the longer velcro",
             "due": "Monday"},
            {"owner": "Bryony Fletcher", "action": "draw up an autumn cart training plan for the "
             "young dogs", "due": "before the first of September"},
        ],
    },

    "holdout11_funfair_waltzer_first_nights": {
        "title": "Waltzer stopping on opening nights",
        "format": "problem-solving jam", "date": "2027-08-26", "start_time": "09:00",
        "facilitator": "Loveday Penhale",
        "cases": [{"case_id": "H11-FUN-10", "title": "Ride trips on the first night at each "
                                                     "ground",
                   "problem": "At six of the nine fairs this season the waltzer stopped on the "
                              "first night with an electrical fault, closing it for two to four "
                              "hours at the busiest time; takings on each of those nights were "
                              "down about £1,500.",
                   "context": "Family-run travelling funfair of eight rides moving to a new "
                              "ground every week or fortnight; rides are built up the day before "
                              "opening and run from generators.",
                   "tried": "Carrying a spare control board and swapping it when the ride "
                            "stops.",
                   "outcome": "Shorter stoppages, but the ride still stopped on four first "
                              "nights.",
                   "submitted_by": "Jimmy Stringer", "team": "Rides",
                   "submitted_on": "2027-08-16"}],
        "cues": [
            ("Loveday Penhale", "other", "Morning. Kasim, you're on mute, I can see your lips "
             "going."),
            ("Kasim Demir", "other", "Sorry. Sorry. Can you hear me now? I'm in the living "
             "wagon, the signal's rubbish on this ground."),
            ("Loveday Penhale", "other", "Got you. Elsie's got to go at half past for the "
             "council inspection, so let's crack on."),
            ("Loveday Penhale", "present", "Jimmy, tell us about the waltzer. What happened "
             "this season?"),
            ("Jimmy Stringer", "present", "Six out of nine grounds, the waltzer's gone down the "
             "first night. Electrical. Two hours, four hours, right at the busiest time, Friday "
             "night. That's fifteen hundred quid a night, roughly, gone."),
            ("Jimmy Stringer", "present", "So we started carrying a spare control board, swap "
             "it when it goes. Quicker, but it's still stopped four first nights."),
            ("Loveday Penhale", "breakdown", "Why the first night, do you reckon? It runs fine "
             "the rest of the week?"),
            ("Precious Moyo", "breakdown", "Rest of the week it's fine, yeah. I think it's the "
             "generator. We build up on the Thursday, and the first proper load is Friday night "
             "when every ride's running at once."),
            ("Kasim Demir", "breakdown", "And the cables. They get dragged out of the lorry "
             "and laid in whatever mud there is. If a joint's wet, the board trips."),
            ("Elsie Barker", "breakdown", "Plus nobody runs it under load on build-up day. We "
             "just spin it empty for five minutes and call it done."),
            ("Loveday Penhale", "pattern", "So what's the lesson, in a line?"),
            ("Precious Moyo", "pattern", "Test it like it's Friday. On build-up day the ride "
             "runs full load, with the generator carrying the other rides too, for half an "
             "hour."),
            ("Jimmy Stringer", "pattern", "And the cable joints go up on stands, off the "
             "ground, every ground, rain or not."),
            ("Elsie Barker", "other", "Sorry, that's the council on the other line. I'll be "
             "two minutes."),
            ("Loveday Penhale", "other", "No worries."),
            ("Kasim Demir", "breakdown", "While she's off, can I go back a bit? The spare board "
             "we carry, it's the same batch as the one that fails. Both from the same supplier "
             "in March. So swapping doesn't really, doesn't really tell us anything."),
            ("Jimmy Stringer", "breakdown", "Huh. Yeah, both boards have got the same date on."),
            ("Precious Moyo", "breakdown", "So it could be the batch, not the ground at all."),
            ("Loveday Penhale", "pattern", "Then the rule needs a bit more: keep a spare from a "
             "different batch, and send any board that trips back for testing."),
            ("Elsie Barker", "other", "I'm back. Inspection's moved to eleven, so I've got a "
             "bit longer."),
            ("Loveday Penhale", "other", "Great. Short version: test under full load on "
             "build-up day, cables off the ground, and spare boards from another batch."),
            ("Loveday Penhale", "applies", "Where else would we do that? And where's it not "
             "worth it?"),
            ("Elsie Barker", "applies", "The big wheel and the miami, they're on the same "
             "generator. Not the kiddie rides, they're on their own little genny and they've "
             "never tripped."),
            ("Precious Moyo", "other", "Before I forget, the insurance renewal's due on the "
             "thirtieth, I need everybody's ride certificates by then."),
            ("Jimmy Stringer", "other", "Ugh, paperwork."),
            ("Loveday Penhale", "capture", "Okay. Who's doing what?"),
            ("Kasim Demir", "capture", "I'll send the board that tripped last week back to the "
             "supplier for testing, this week."),
            ("Elsie Barker", "capture", "I can write a build-up checklist for all the rides, "
             "if you want one?"),
            ("Loveday Penhale", "capture", "Let's not do all the rides yet, just get the "
             "waltzer right first. Jimmy, will you buy some cable stands before the next "
             "ground?"),
            ("Jimmy Stringer", "capture", "Yeah, I'll pick some up before we pull on at "
             "Newbury."),
            ("Precious Moyo", "capture", "I'll do the full-load test myself on build-up day, "
             "first one's next Thursday."),
            ("Loveday Penhale", "capture", "Perfect. And someone order a spare board from a "
             "different supplier?"),
            ("Kasim Demir", "capture", "Go on, I'll do that too. No rush on that one."),
            ("Loveday Penhale", "other", "Lovely. Good luck with the council, Elsie."),
        ],
        "recap": [
            ("At six of nine grounds this season the waltzer stopped with an electrical fault "
             "on the first night for two to four hours, costing about £1,500 a night; carrying "
             "a spare control board shortened the stoppages but it still stopped on four first "
             "nights.",
             [3, 4, 5]),
            ("The first full load comes on Friday night when every ride runs off the generator "
             "at once, cables are laid in mud where a wet joint trips the board, the ride is "
             "only spun empty on build-up day, and the spare board is from the same batch as "
             "the one that fails.",
             [6, 7, 8, 9, 15, 16, 17]),
            ("Test the ride under full load with the other rides on the generator on build-up "
             "day, raise cable joints on stands at every ground, keep a spare board from a "
             "different batch, and send any board that trips back for testing.",
             [10, 11, 12, 18]),
            ("It applies to the big wheel and the miami on the same generator, not to the "
             "kiddie rides on their own small generator.",
             [22]),
            ("Kasim sends the tripped board back for testing this week and orders a spare from "
             "a different supplier; Jimmy buys cable stands before pulling on at Newbury; "
             "Precious runs the full-load test herself next Thursday.",
             [26, 28, 29, 30, 31, 32]),
        ],
        "pattern": {
            "name": "Test the ride like it's Friday night",
            "problem": "Rides built up and spun empty fail under the first full generator load, "
                       "with wet cable joints and spare parts from the same faulty batch.",
            "what_to_do": "On build-up day run the ride at full load with the other rides on "
                          "the generator, raise cable joints off the ground, keep spares from a "
                          "different batch, and send tripped boards back for testing.",
            "applies_when": "Rides sharing a generator at a travelling fair.",
            "does_not_apply_when": "Small rides on their own generator that have never tripped.",
        },
        "actions": [
            {"owner": "Kasim Demir", "action": "send the board that tripped last week back to "
             "the supplier for testing", "due": "this week"},
            {"owner": "Jimmy Stringer", "action": "buy cable stands",
             "due": "before pulling on at Newbury"},
            {"owner": "Precious Moyo", "action": "run the full-load test on build-up day",
             "due": "next Thursday"},
            {"owner": "Kasim Demir", "action": "order a spare control board from a different "
             "supplier", "due": None},
        ],
    },

    "holdout11_hedgehog_rescue_demo_day": {
        "title": "Hedgehog rescue demo day",
        "format": "demo day", "date": "2027-07-03", "start_time": "14:00",
        "facilitator": "Bernadette Kowalczyk",
        "cases": [{"case_id": "H11-HOG-11", "title": "Hedgehogs back in care after release",
                   "problem": "Of the sixty-one hedgehogs released last autumn, fourteen were "
                              "brought back within a month, underweight or injured; three died.",
                   "context": "Volunteer-run wildlife rescue caring for about three hundred "
                              "hedgehogs a year; hedgehogs are released into their finders' "
                              "gardens once they weigh 600 g.",
                   "tried": "Raising the release weight to 650 g.",
                   "outcome": "Hedgehogs stayed in care longer, and eleven still came back.",
                   "submitted_by": "Gareth Pryce", "team": "Releases",
                   "submitted_on": "2027-01-18"}],
        "cues": [
            ("Bernadette Kowalczyk", "other", "Welcome, everyone, it's demo day, so three quick "
             "show-and-tells and then cake. Gareth, you're first."),
            ("Gareth Pryce", "other", "Okay, so this is the release box. It's, um, it's a "
             "feeding station that goes in the finder's garden for the first fortnight, with a "
             "tunnel so the cats can't get in."),
            ("Gareth Pryce", "other", "It's for the re-admissions case, the hedgehogs coming "
             "back within a month. Since we started sending these out in May, two out of "
             "twenty have come back, against, what was it, fourteen out of sixty-one last "
             "autumn."),
            ("Arjun Pillai", "other", "Who pays for the boxes? The finders?"),
            ("Gareth Pryce", "other", "We do for now, they're about twelve pounds in timber. "
             "I'll cost up a version made from offcuts from the timber yard, for the next "
             "committee meeting."),
            ("Bernadette Kowalczyk", "other", "Lovely. Nokuthula?"),
            ("Nokuthula Zungu", "other", "Mine's the new weigh chart. Every hedgehog, every "
             "day, one line, and it goes red if they've lost weight two days running. Before, "
             "we had it on scraps of paper."),
            ("Mirela Popescu", "other", "Does it work on the phone? I do the night feeds from "
             "home sometimes."),
            ("Nokuthula Zungu", "other", "Not yet. I'll make a phone version before the autumn "
             "intake starts."),
            ("Bernadette Kowalczyk", "other", "And Mirela, you're last."),
            ("Mirela Popescu", "other", "I've been doing the garden checks. Before we release "
             "into a garden, I go round and look for, like, netting, open drains, a pond with "
             "no way out. So far I've stopped four releases into gardens with a, a steep-sided "
             "pond."),
            ("Arjun Pillai", "other", "That's brilliant. Could you write it down as a "
             "checklist for the other volunteers?"),
            ("Mirela Popescu", "other", "Yes, I'll do that. Give me till the end of July."),
            ("Bernadette Kowalczyk", "other", "Thank you all. Cake's in the prep room, wash your "
             "hands first."),
        ],
        "recap": [
            ("Gareth showed the release box, a cat-proof feeding station left in the finder's "
             "garden for the first fortnight; since May two of twenty released hedgehogs came "
             "back, against fourteen of sixty-one last autumn.",
             [1, 2]),
            ("The rescue pays about twelve pounds a box in timber for now, and Gareth costs a "
             "version made from timber yard offcuts for the next committee meeting.",
             [3, 4]),
            ("Nokuthula showed a daily weigh chart that turns red after two days of weight "
             "loss, replacing scraps of paper, and makes a phone version before the autumn "
             "intake.",
             [6, 7, 8]),
            ("Mirela showed her garden checks before release, looking for netting, open drains "
             "and ponds with no way out, which have stopped four releases so far.",
             [10]),
            ("Mirela writes the garden checks down as a checklist for the other volunteers by "
             "the end of July.",
             [11, 12]),
        ],
        "pattern": {
            "name": "Support a release for its first fortnight",
            "problem": "Hedgehogs released at a target weight into unchecked gardens come back "
                       "underweight or injured within a month.",
            "what_to_do": "Check the garden for hazards before release and leave a cat-proof "
                          "feeding station there for the first fortnight.",
            "applies_when": "Rescued hedgehogs released into finders' gardens.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Gareth Pryce", "action": "cost up a release box made from timber yard "
             "offcuts", "due": "the next committee meeting"},
            {"owner": "Nokuthula Zungu", "action": "make a phone version of the weigh chart",
             "due": "before the autumn intake starts"},
            {"owner": "Mirela Popescu", "action": "write the garden checks down as a checklist "
             "for the other volunteers", "due": "end of July"},
        ],
    },

    "holdout11_lifeguard_season_planning": {
        "title": "Summer patrols planning (in the jam slot)",
        "format": "problem-solving jam", "date": "2027-03-10", "start_time": "19:30",
        "facilitator": "Teodora Ilić",
        "cases": [{"case_id": "H11-LFG-12", "title": "Flags up late at the north beach",
                   "problem": "On eleven mornings last summer the patrol flags at the north "
                              "beach went up after 10:00, the advertised start, because the "
                              "first lifeguard came over late from the south beach; twice "
                              "swimmers were in the water unpatrolled.",
                   "context": "Volunteer surf lifesaving club patrolling two beaches from late "
                              "May to early September, with one quad bike and one rescue board "
                              "shared between them.",
                   "tried": "Asking the south beach patrol to set off ten minutes earlier.",
                   "outcome": "Flags still late on four mornings, and the south beach started "
                              "short.",
                   "submitted_by": "Yaw Boateng", "team": "Patrols",
                   "submitted_on": "2026-09-14"}],
        "cues": [
            ("Teodora Ilić", "other", "Right, this is the planning meeting for the summer, so, "
             "dates, kit and the rota. Um, dates first."),
            ("Hamish Dunbar", "other", "Patrols start the Saturday of the late May bank "
             "holiday and run to the first Sunday in September. Same as last year."),
            ("Yaw Boateng", "other", "The council want the flag times on the noticeboards by "
             "the first of May, so we need the rota done before that."),
            ("Teodora Ilić", "other", "Okay, kit. Leilani?"),
            ("Leilani Kahale", "other", "We're short two rescue tubes, and the radios need new "
             "batteries. I'll put the order in with the club shop, this month."),
            ("Teodora Ilić", "other", "And the quad? Last year it did both beaches, which is "
             "why the north flags were late, wasn't it."),
            ("Yaw Boateng", "other", "Yeah, that's the case we logged. This year the council's "
             "lending us a second quad, so the north beach gets its own from day one. Should "
             "fix it, hopefully."),
            ("Sakura Endo", "other", "And if the second one doesn't turn up?"),
            ("Teodora Ilić", "other", "Then we're back to last year. Let's hope not. Rota "
             "next. Hamish, you're doing it again?"),
            ("Hamish Dunbar", "other", "I am. I'll have a draft out by the fifteenth, and then "
             "people can swap."),
            ("Sakura Endo", "other", "Can we put the new lifeguards with an old hand on their "
             "first four patrols?"),
            ("Hamish Dunbar", "other", "Yep, I'll build that in."),
            ("Yaw Boateng", "other", "Also, first aid refresher. Leilani, could you book the "
             "trainer for the, um, the Easter weekend?"),
            ("Leilani Kahale", "other", "Sure, I'll ring her tomorrow."),
            ("Teodora Ilić", "other", "Great. That's everything, I think. Same time next "
             "month."),
        ],
        "recap": [
            ("Patrols run from the Saturday of the late May bank holiday to the first Sunday in "
             "September, and the council wants flag times on the noticeboards by the first of "
             "May.",
             [0, 1, 2]),
            ("The club is short two rescue tubes and the radios need batteries; Leilani orders "
             "them from the club shop this month.",
             [3, 4]),
            ("The late north beach flags of the logged case came from one quad serving both "
             "beaches, and this year the council lends a second quad so the north beach has its "
             "own from day one.",
             [5, 6, 7, 8]),
            ("Hamish drafts the rota by the fifteenth, pairing new lifeguards with an "
             "experienced one for their first four patrols.",
             [8, 9, 10, 11]),
            ("Leilani rings the first aid trainer tomorrow to book a refresher for the Easter "
             "weekend.",
             [12, 13]),
        ],
        "pattern": {
            "name": "Give each patrol its own transport",
            "problem": "A patrol that has to wait for transport shared with another beach "
                       "puts its flags up late and leaves swimmers unwatched.",
            "what_to_do": "Give each beach its own quad and kit from the first day of the "
                          "season so both patrols can start on time.",
            "applies_when": "Clubs patrolling more than one beach with shared vehicles.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Leilani Kahale", "action": "order two rescue tubes and radio batteries "
             "from the club shop", "due": "this month"},
            {"owner": "Hamish Dunbar", "action": "draft the summer rota, pairing new lifeguards "
             "with an experienced one for their first four patrols", "due": "the fifteenth"},
            {"owner": "Leilani Kahale", "action": "ring the trainer to book the first aid "
             "refresher for the Easter weekend", "due": "tomorrow"},
        ],
    },

    "holdout11_repair_cafe_office_hours": {
        "title": "Repair café office hours",
        "format": "office hours", "date": "2027-05-19", "start_time": "15:00",
        "facilitator": "Annelise Brouwer",
        "cases": [{"case_id": "H11-RPC-13", "title": "Toasters going home still faulty",
                   "problem": "Of the forty toasters and kettles repaired at the monthly repair "
                              "café since January, nine came back within two months with the "
                              "same fault, mostly a failing thermostat.",
                   "context": "Volunteer repair café held monthly in a church hall; fixers sign "
                              "off a repair when the appliance works on the bench.",
                   "tried": "A second fixer testing each repaired appliance.",
                   "outcome": "The same rate of returns; two owners complained on the café's "
                              "Facebook page.",
                   "submitted_by": "Callum Reid", "team": "Electrical table",
                   "submitted_on": "2027-05-12"}],
        "cues": [
            ("Annelise Brouwer", "other", "Hi, it's office hours, so, anything you like. I'm "
             "here till four."),
            ("Callum Reid", "other", "Can I start? The toaster case. I've got the numbers, "
             "nine out of forty back within two months, but I don't know what to put for what "
             "we tried."),
            ("Annelise Brouwer", "other", "What did you try before you knew it was the "
             "thermostat?"),
            ("Callum Reid", "other", "The second fixer testing everything. Which, um, didn't "
             "change anything, because it works on the bench."),
            ("Annelise Brouwer", "other", "Then that's your 'tried', and the outcome is the same "
             "returns, plus the two Facebook posts. Put the posts in, people will recognise "
             "that."),
            ("Callum Reid", "other", "Okay. I'll tidy it up and send it to you by the "
             "weekend."),
            ("Thandiwe Mokoena", "other", "Mine's about insurance. If someone brings in a, a "
             "sewing machine with a cracked plug, are we covered to open it?"),
            ("Annelise Brouwer", "other", "I think so, but I'm not sure about mains plugs. I'll "
             "check with the network and let you know by Wednesday."),
            ("Mehmet Yılmaz", "other", "Quick question, where do the spare fuses live now? The "
             "box under the stage is empty."),
            ("Annelise Brouwer", "other", "They moved to the blue crate in the kitchen. Could "
             "you put a label on the stage box saying that, Mehmet?"),
            ("Mehmet Yılmaz", "other", "Yeah, I'll do it before the next café."),
            ("Siosaia Taufa", "other", "Does anyone want me to run a soldering session for the "
             "new fixers? I've got a free Saturday in June."),
            ("Annelise Brouwer", "other", "Maybe in the autumn, we've only got two new ones "
             "signed up so far."),
            ("Annelise Brouwer", "other", "Okay, nobody else waiting. I'll stay on in case."),
        ],
        "recap": [
            ("Callum asked what goes under 'tried' in the toaster case: the second fixer "
             "testing every repair, which changed nothing because the appliances work on the "
             "bench.",
             [1, 2, 3]),
            ("The outcome is the same rate of returns and the two Facebook complaints, and "
             "Callum sends the tidied case by the weekend.",
             [4, 5]),
            ("Annelise checks with the network whether fixers are insured to open an appliance "
             "with a cracked mains plug and replies by Wednesday.",
             [6, 7]),
            ("The spare fuses have moved to the blue crate in the kitchen, and Mehmet labels "
             "the empty stage box before the next café.",
             [8, 9, 10]),
            ("Siosaia offered a soldering session for new fixers in June, left for the autumn "
             "as only two have signed up.",
             [11, 12]),
        ],
        "pattern": {
            "name": "Sign off a repair after a real cycle",
            "problem": "Small appliances signed off when they work briefly on the bench come "
                       "back with the same thermostat fault within weeks.",
            "what_to_do": "Run each repaired heating appliance through several full cycles at "
                          "working temperature before signing it off, and replace a failing "
                          "thermostat rather than cleaning it.",
            "applies_when": "Repairs of toasters, kettles and other appliances with a "
                            "thermostat.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Callum Reid", "action": "tidy up the toaster case and send it to "
             "Annelise", "due": "the weekend"},
            {"owner": "Annelise Brouwer", "action": "check with the network whether fixers are "
             "insured to open an appliance with a cracked mains plug", "due": "Wednesday"},
            {"owner": "Mehmet Yılmaz", "action": "put a label on the stage box saying the spare "
             "fuses are in the blue crate in the kitchen", "due": "before the next café"},
        ],
    },
}
