"""Annotated sessions written in session 12 by someone who had not read the product code,
before that session's changes, in domains none of the other sets use. Six scripted sessions
of 12-21 cues (the facilitator names every step by number in one, names steps in plain words
in two and names none in the others; a participant jumps ahead to the remedy during the
breakdown, a cue annotated as pattern; the breakdown comes back after the pattern in two;
small talk and logistics at the start and end; the case owner is not the first to speak in
one; in one the facilitator speaks only to open and close, and the participants drive), two
longer scripted sessions of 34 cues with side talk inside the steps (the breakdown comes back
after the pattern in one, the pattern after the applies step in the other), and four sessions
of 12-14 cues that do not follow the script (all cues "other"), each with a linked case: a
demo day, a status round that mentions its case in passing, office hours with quick questions
about two cases, and a tour retrospective."""

SESSIONS = {
    "holdout7_climbing_wall_holds": {
        "title": "Jam: spinning holds on the competition wall",
        "format": "problem-solving jam", "date": "2026-12-14", "start_time": "10:00",
        "facilitator": "Pemba Sherpa",
        "cases": [{"case_id": "CLB-8", "title": "Holds spinning during youth sessions",
                   "problem": "Three times in November a hold turned under a climber's foot "
                              "on the competition wall; one youth climber fell and sprained "
                              "a wrist.",
                   "context": "Indoor climbing centre, routes reset every two weeks by a "
                              "rotating crew of four setters, busy youth sessions on "
                              "weekday evenings.",
                   "tried": "Telling setters to tighten every bolt by hand before they "
                            "leave.",
                   "outcome": "A spun hold again on the first of December.",
                   "submitted_by": "Ayelet Cohen", "team": "Route setting",
                   "submitted_on": "2026-12-02"}],
        "cues": [
            ("Pemba Sherpa", "other", "Hi, hi, morning. Can someone mute the, there's an "
             "echo. Thanks."),
            ("Pemba Sherpa", "other", "So we've got Ayelet's case today. I'll do it "
             "properly, the five steps, because it's a safety one."),
            ("Pemba Sherpa", "present", "Step one, the case. Ayelet, go ahead."),
            ("Ayelet Cohen", "present", "Right. So three times last month a hold spun on the "
             "comp wall. Like, you stand on it and it just turns."),
            ("Ayelet Cohen", "present", "The third time a kid in the youth squad came off "
             "and sprained her wrist. We'd told setters to hand-tighten every bolt before "
             "they go, and then it happened again on the first."),
            ("Pemba Sherpa", "breakdown", "Thanks. Step two. What actually went wrong, why "
             "do they turn?"),
            ("Koji Matsumoto", "pattern", "Honestly we just need a torque wrench and a "
             "sign-off sheet, done."),
            ("Pemba Sherpa", "breakdown", "Hold on, Koji, we'll get to the fix. First, what "
             "happened?"),
            ("Ayelet Cohen", "breakdown", "Okay so, the big volumes have one bolt and no "
             "set screw. Hand-tight feels tight, but the wall flexes when it's busy and "
             "they work loose."),
            ("Luana Pereira", "breakdown", "And nobody checks them between resets. Two weeks "
             "is a lot of feet."),
            ("Koji Matsumoto", "breakdown", "Plus, um, whoever sets a route isn't always on "
             "the next shift, so nobody feels it's theirs."),
            ("Pemba Sherpa", "pattern", "Step three, the pattern. Koji, now you can say "
             "it."),
            ("Koji Matsumoto", "pattern", "Ha. Tighten every single-bolt hold to a set "
             "torque, and add a set screw, and do a quick spin check on the busy wall "
             "before each youth session."),
            ("Luana Pereira", "pattern", "Yeah. A check before the busy session, not just at "
             "the reset."),
            ("Pemba Sherpa", "applies", "Step four. Where else, and where not?"),
            ("Ayelet Cohen", "applies", "The bouldering cave too, same holds. Not the "
             "training boards, those are all two-bolt holds that can't turn."),
            ("Pemba Sherpa", "capture", "And step five, capture it. Who does what?"),
            ("Luana Pereira", "capture", "I'll buy two torque wrenches and a box of set "
             "screws this week."),
            ("Ayelet Cohen", "capture", "And I'll add the spin check to the youth session "
             "opening list before Thursday."),
            ("Pemba Sherpa", "other", "Great. Chalk bags away, see you at the reset on "
             "Sunday."),
        ],
        "recap": [
            ("Holds spun on the competition wall three times in November; a youth climber "
             "fell and sprained a wrist, even after setters were told to hand-tighten "
             "bolts.", [3, 4]),
            ("Single-bolt volumes without set screws work loose as the wall flexes, nobody "
             "checks them between two-weekly resets, and nobody owns a route after "
             "setting it.", [8, 9, 10]),
            ("Torque every single-bolt hold, add a set screw, and spin-check the busy wall "
             "before each youth session.", [6, 12, 13]),
            ("It applies to the bouldering cave too, not to the training boards, whose "
             "two-bolt holds cannot turn.", [15]),
            ("Luana buys torque wrenches and set screws this week; Ayelet adds the spin "
             "check to the youth session opening list before Thursday.", [17, 18]),
        ],
        "pattern": {
            "name": "Torque and spin-check single-bolt holds",
            "problem": "Single-bolt holds tightened by hand work loose as the wall flexes "
                       "and spin under climbers between resets.",
            "what_to_do": "Tighten every single-bolt hold to a set torque with a set screw, "
                          "and spin-check the busy wall before each youth session.",
            "applies_when": "Walls with single-bolt holds, including the bouldering cave.",
            "does_not_apply_when": "Training boards whose holds have two bolts.",
        },
        "actions": [
            {"owner": "Luana Pereira", "action": "buy two torque wrenches and a box of set "
             "screws", "due": "this week"},
            {"owner": "Ayelet Cohen", "action": "add the spin check to the youth session "
             "opening list", "due": "Thursday"},
        ],
    },

    "holdout7_sign_interpreter_bookings": {
        "title": "Interpreters booked for the wrong language",
        "format": "problem-solving jam", "date": "2026-12-15", "start_time": "13:00",
        "facilitator": "Chidinma Eze",
        "cases": [{"case_id": "INT-21", "title": "Deaf patients sent the wrong kind of "
                   "interpreter",
                   "problem": "Five hospital appointments in a month had a BSL interpreter "
                              "booked for patients who use a deafblind method or read "
                              "English with speech-to-text.",
                   "context": "Hospital interpreting desk, bookings made by clinic "
                              "receptionists through a web form with one tick box for "
                              "'deaf'.",
                   "tried": "Reminding receptionists to phone the patient first.",
                   "outcome": "Two outpatient appointments were cancelled and rebooked.",
                   "submitted_by": "Oisín Gallagher", "team": "Interpreting services",
                   "submitted_on": "2026-12-03"}],
        "cues": [
            ("Yerlan Abenov", "other", "Sorry I'm late, the lift in B block is out again."),
            ("Chidinma Eze", "other", "No worries, we haven't started. Oisín, it's your "
             "case, but Yerlan, you were there for two of them, right?"),
            ("Yerlan Abenov", "present", "Yeah. So, um, I turned up for an eye clinic "
             "appointment as the BSL interpreter, and the patient is deafblind, she uses "
             "hands-on signing. I couldn't do it."),
            ("Oisín Gallagher", "present", "And that's one of five in November. Others were "
             "people who don't sign at all, they want speech-to-text. The form just has a "
             "box that says deaf."),
            ("Oisín Gallagher", "present", "We asked receptionists to ring the patient "
             "first, but two appointments still got cancelled."),
            ("Chidinma Eze", "breakdown", "Okay, let's look at why it happened. What does "
             "the receptionist see?"),
            ("Mbali Khumalo", "breakdown", "They see the referral letter, which says "
             "'hearing impaired', and that's it. Phoning a deaf patient is, well, not "
             "ideal, is it."),
            ("Oisín Gallagher", "breakdown", "Right, and the patient record has the "
             "communication need, but the form doesn't pull it through."),
            ("Yerlan Abenov", "breakdown", "And our desk just books whoever's free for "
             "'deaf'. We don't ask either."),
            ("Chidinma Eze", "pattern", "So what's the lesson we'd hand to another desk?"),
            ("Mbali Khumalo", "pattern", "Ask the method, not the condition. The form should "
             "make you pick BSL, deafblind, speech-to-text, lipspeaker, and fill it from "
             "the record."),
            ("Oisín Gallagher", "pattern", "Yes. And if the record's empty, the desk texts "
             "the patient before booking."),
            ("Yerlan Abenov", "breakdown", "Actually, one more thing on the why. Half the "
             "records say 'deaf, see notes', and the notes are scanned letters nobody "
             "opens."),
            ("Chidinma Eze", "breakdown", "So the record isn't reliable either. Good "
             "catch."),
            ("Oisín Gallagher", "pattern", "Then the text to the patient is the main thing, "
             "and the record is just the starting guess."),
            ("Chidinma Eze", "applies", "Where else would this apply, and where wouldn't "
             "it?"),
            ("Mbali Khumalo", "applies", "Spoken language bookings too, people put "
             "'Chinese' and we don't know if it's Mandarin or Cantonese. Not emergency "
             "department calls, there's no time, they use the video service."),
            ("Chidinma Eze", "capture", "Okay, and who'll do what?"),
            ("Oisín Gallagher", "capture", "I'll get the form changed with IT, I'll raise "
             "the request today."),
            ("Mbali Khumalo", "capture", "I'll draft the text message to patients by next "
             "Wednesday."),
            ("Chidinma Eze", "other", "Thanks all. Yerlan, good luck with the lift."),
        ],
        "recap": [
            ("Five appointments in November had a BSL interpreter booked for patients who "
             "need hands-on signing or speech-to-text; two were cancelled, despite asking "
             "receptionists to phone first.", [2, 3, 4]),
            ("Referral letters only say hearing impaired, the form does not pull the "
             "communication need from the record, the desk does not ask, and many records "
             "point to scanned notes nobody opens.", [6, 7, 8, 12, 13]),
            ("Ask for the communication method rather than the condition, filled from the "
             "record as a first guess and confirmed by a text to the patient before "
             "booking.", [10, 11, 14]),
            ("It applies to spoken language bookings too, not to emergency department "
             "calls, which use the video service.", [16]),
            ("Oisín raises the form change with IT today; Mbali drafts the patient text by "
             "next Wednesday.", [18, 19]),
        ],
        "pattern": {
            "name": "Book interpreters by method, confirmed by the patient",
            "problem": "Bookings that only say a patient is deaf send the wrong kind of "
                       "interpreter, and appointments are cancelled.",
            "what_to_do": "Make the booking form ask for the communication method, fill it "
                          "from the record as a first guess, and confirm it by text with "
                          "the patient before booking.",
            "applies_when": "Planned interpreter bookings, including spoken languages.",
            "does_not_apply_when": "Emergency department calls, which use the video "
                                   "service.",
        },
        "actions": [
            {"owner": "Oisín Gallagher", "action": "raise the request with IT to change "
             "the booking form", "due": "today"},
            {"owner": "Mbali Khumalo", "action": "draft the text message to patients",
             "due": "next Wednesday"},
        ],
    },

    "holdout7_food_truck_generator": {
        "title": "Food truck: service stopped by the generator",
        "format": "problem-solving jam", "date": "2026-12-16", "start_time": "15:30",
        "facilitator": "Valentina Ruiz",
        "cases": [{"case_id": "FTK-2", "title": "Generator cutting out at the lunch peak",
                   "problem": "The truck's generator cut out at the lunch peak on four market "
                              "days in six weeks, stopping the fryer and the card reader for "
                              "up to twenty minutes.",
                   "context": "Two-person taco truck at weekday office markets, one petrol "
                              "generator for the fryer, fridge, lights and card reader.",
                   "tried": "Servicing the generator in October.",
                   "outcome": "About forty orders lost on the worst day.",
                   "submitted_by": "Tupac Mamani", "team": "Truck crew",
                   "submitted_on": "2026-11-28"}],
        "cues": [
            ("Valentina Ruiz", "other", "Okay, I think that's everyone. Tupac, tell us "
             "about the generator."),
            ("Tupac Mamani", "present", "So, four market days out of, what, six weeks, the "
             "generator just dies right at twelve thirty. Fryer off, card machine off."),
            ("Tupac Mamani", "present", "Worst day we lost maybe forty orders. And we had it "
             "serviced in October, so it's not that."),
            ("Valentina Ruiz", "breakdown", "What's running at twelve thirty that isn't "
             "running at eleven?"),
            ("Tupac Mamani", "breakdown", "Everything. Fryer's at full, the fridge is "
             "working hard because the door's open all the time, and we plug the coffee "
             "machine in for the office crowd."),
            ("Niamh Doherty", "breakdown", "So you're just over the limit. I bet if you add "
             "up the watts it's more than the generator's rated for."),
            ("Tupac Mamani", "breakdown", "Probably, yeah. Nobody ever added it up."),
            ("Valentina Ruiz", "pattern", "So what would you tell another truck?"),
            ("Niamh Doherty", "pattern", "Add up the running watts of everything you plug "
             "in at peak, and keep it under about eighty percent of the generator's "
             "rating. Stagger the rest."),
            ("Tupac Mamani", "pattern", "So the coffee machine goes on the second socket "
             "only before twelve, basically."),
            ("Hamid Karimi", "breakdown", "Wait, can I go back a second. It's not only the "
             "load. On two of those days it was over thirty degrees, and generators lose "
             "power in the heat."),
            ("Niamh Doherty", "breakdown", "True, the rating's at twenty-five degrees or "
             "something."),
            ("Valentina Ruiz", "pattern", "So keep a margin, and a bigger one on hot "
             "days."),
            ("Hamid Karimi", "applies", "Any truck or stall on a generator. Not the pitches "
             "with mains hookup, like the Saturday market."),
            ("Valentina Ruiz", "capture", "Okay. Who's doing the sums?"),
            ("Tupac Mamani", "capture", "Me. I'll list every appliance with its watts "
             "before Monday's market."),
            ("Hamid Karimi", "capture", "And I'll ask the hire place about a bigger "
             "generator for the summer."),
            ("Valentina Ruiz", "other", "Lovely. And someone bring me a taco on Monday."),
        ],
        "recap": [
            ("On four market days in six weeks the generator cut out at the lunch peak, "
             "stopping the fryer and card reader; about forty orders were lost on the worst "
             "day, though it was serviced in October.", [1, 2]),
            ("At the peak the fryer, an often-opened fridge and the coffee machine all run "
             "together, nobody had added up the load, and two of the days were over thirty "
             "degrees.", [4, 5, 6, 10, 11]),
            ("Keep the running load at peak under about eighty percent of the generator's "
             "rating, staggering the rest, with more margin on hot days.", [8, 9, 12]),
            ("It applies to any truck or stall on a generator, not to pitches with a mains "
             "hookup.", [13]),
            ("Tupac lists every appliance with its watts before Monday's market; Hamid asks "
             "the hire firm about a bigger generator for summer.", [15, 16]),
        ],
        "pattern": {
            "name": "Keep peak generator load under its rating",
            "problem": "A food truck's generator cuts out at the lunch peak when every "
                       "appliance runs at once, worse on hot days.",
            "what_to_do": "Add up the running watts of everything plugged in at the peak, "
                          "keep it under about eighty percent of the generator's rating, "
                          "stagger the rest and keep more margin on hot days.",
            "applies_when": "Trucks or stalls running on a generator.",
            "does_not_apply_when": "Pitches with a mains hookup.",
        },
        "actions": [
            {"owner": "Tupac Mamani", "action": "list every appliance with its watts",
             "due": "Monday's market"},
            {"owner": "Hamid Karimi", "action": "ask the hire firm about a bigger generator "
             "for the summer", "due": None},
        ],
    },

    "holdout7_tattoo_aftercare": {
        "title": "Jam: healed tattoos coming back patchy",
        "format": "problem-solving jam", "date": "2026-12-17", "start_time": "18:00",
        "facilitator": "Sione Tupou",
        "cases": [{"case_id": "TAT-5", "title": "Free touch-ups eating the diary",
                   "problem": "One in five tattoos comes back patchy at the six-week check and "
                              "needs a free touch-up, which takes about a day a week of "
                              "artist time.",
                   "context": "Tattoo studio with three artists; clients get aftercare "
                              "instructions by word of mouth at the end of the session.",
                   "tried": "A printed aftercare card.",
                   "outcome": "Touch-up rate unchanged since the card.",
                   "submitted_by": "Bui Thanh Tam", "team": "Studio",
                   "submitted_on": "2026-12-05"}],
        "cues": [
            ("Sione Tupou", "other", "Hey all. I'm just going to listen today, you three "
             "run it."),
            ("Zeynep Arslan", "other", "Okay, cool. Tam, do you want to start? It's your "
             "one."),
            ("Bui Thanh Tam", "present", "Yeah. So about one in five pieces come back at the "
             "six-week check patchy, and we touch them up for free. That's, like, a day a "
             "week of my time."),
            ("Bui Thanh Tam", "present", "We made a printed aftercare card in the summer. "
             "Nothing changed."),
            ("Zeynep Arslan", "breakdown", "Do we know what the patchy ones have in "
             "common?"),
            ("Bui Thanh Tam", "breakdown", "Mostly the big colour pieces. And when you ask, "
             "they went swimming, or they used, um, some thick cream their friend "
             "recommended."),
            ("Dagny Eriksen", "breakdown", "The card's given at the end, when they're "
             "buzzing and paying. Nobody reads it. And day four is when it itches and they "
             "make bad choices."),
            ("Zeynep Arslan", "pattern", "So it's about timing. Send them the advice on the "
             "day it matters, not at the till."),
            ("Dagny Eriksen", "pattern", "A text on day one, day four and day ten, each one "
             "with the one thing to do that day."),
            ("Bui Thanh Tam", "applies", "For colour and big pieces for sure. Fine-line "
             "stuff hardly ever comes back, I'd not bother them."),
            ("Zeynep Arslan", "capture", "Who's setting up the texts?"),
            ("Dagny Eriksen", "capture", "I'll set them up in the booking app this "
             "weekend."),
            ("Bui Thanh Tam", "capture", "And I'll count the touch-ups again at the end of "
             "January to see if it worked."),
            ("Sione Tupou", "other", "Nice one, you didn't need me at all."),
        ],
        "recap": [
            ("About one tattoo in five comes back patchy at the six-week check and gets a "
             "free touch-up, a day a week of artist time; the printed card changed "
             "nothing.", [2, 3]),
            ("Patchy ones are mostly large colour pieces whose owners swam or used thick "
             "cream; the card is handed over at the till and day four is when they itch.",
             [5, 6]),
            ("Send the advice on the days it matters, a text on day one, four and ten with "
             "that day's one thing to do.", [7, 8]),
            ("It applies to colour and large pieces, not to fine-line work, which rarely "
             "comes back.", [9]),
            ("Dagny sets up the texts in the booking app this weekend; Tam counts "
             "touch-ups again at the end of January.", [11, 12]),
        ],
        "pattern": {
            "name": "Aftercare texts on the days that matter",
            "problem": "Aftercare advice given at the till is not read, and tattoos heal "
                       "patchy and need free touch-ups.",
            "what_to_do": "Text clients on day one, day four and day ten, each with the one "
                          "thing to do that day.",
            "applies_when": "Colour and large tattoo pieces.",
            "does_not_apply_when": "Fine-line work, which rarely needs a touch-up.",
        },
        "actions": [
            {"owner": "Dagny Eriksen", "action": "set up the aftercare texts in the booking "
             "app", "due": "this weekend"},
            {"owner": "Bui Thanh Tam", "action": "count the touch-ups again", "due": "the "
             "end of January"},
        ],
    },

    "holdout7_shearing_wool_bales": {
        "title": "Wool bales marked down at the store",
        "format": "problem-solving jam", "date": "2026-12-18", "start_time": "07:30",
        "facilitator": "Kerstin Åberg",
        "cases": [{"case_id": "WOL-3", "title": "Fleece bales downgraded for contamination",
                   "problem": "Four of the last twenty bales from the spring shearing were "
                              "downgraded at the wool store for polypropylene fibres.",
                   "context": "Sheep station with a contract shearing gang of six; bales "
                              "pressed in the shed and trucked to the store.",
                   "tried": "Nothing yet.",
                   "outcome": "About eleven percent less paid on those bales.",
                   "submitted_by": "Arnav Chatterjee", "team": "Station",
                   "submitted_on": "2026-12-08"}],
        "cues": [
            ("Kerstin Åberg", "other", "Morning. Did the rain hold off for you lot?"),
            ("Arnav Chatterjee", "other", "Just about. Mud everywhere though."),
            ("Arnav Chatterjee", "present", "So, the store marked down four of our last "
             "twenty bales. Polypropylene in the fleece, about eleven percent off each."),
            ("Kerstin Åberg", "breakdown", "Where does the poly come from?"),
            ("Ngozi Okonkwo", "breakdown", "Baling twine. We feed hay out of those blue "
             "twine bales in the yards, and bits of it end up in the wool."),
            ("Arnav Chatterjee", "breakdown", "And the pens in the shed have those poly "
             "feed sacks hung on the rails. Sheep rub on them."),
            ("Ngozi Okonkwo", "pattern", "So, no poly anywhere sheep go in the week before "
             "shearing. Sisal twine, cut the strings off and bin them, feed sacks out."),
            ("Arnav Chatterjee", "applies", "Crutching too. Not the lambs at weaning, their "
             "wool's not sold."),
            ("Kerstin Åberg", "capture", "Good. So who's on it?"),
            ("Ngozi Okonkwo", "capture", "I'll order sisal twine before the autumn cut."),
            ("Arnav Chatterjee", "capture", "I'll clear the sacks out of the shed "
             "tomorrow."),
            ("Kerstin Åberg", "other", "Great. Right, I've got a truck to meet. Cheers."),
        ],
        "recap": [
            ("Four of the last twenty bales were marked down at the store for "
             "polypropylene, about eleven percent off each.", [2]),
            ("The poly comes from blue baling twine in the feeding yards and poly feed "
             "sacks hung on the shed rails.", [4, 5]),
            ("Keep polypropylene away from everywhere sheep go in the week before shearing: "
             "sisal twine, strings cut off and binned, no feed sacks.", [6]),
            ("It applies to crutching too, not to lambs at weaning, whose wool is not "
             "sold.", [7]),
            ("Ngozi orders sisal twine before the autumn cut; Arnav clears the sacks out of "
             "the shed tomorrow.", [9, 10]),
        ],
        "pattern": {
            "name": "No polypropylene where sheep go before shearing",
            "problem": "Fibres from polypropylene twine and feed sacks get into the fleece "
                       "and bales are downgraded at the store.",
            "what_to_do": "Use sisal twine, cut off and bin the strings, and keep poly feed "
                          "sacks out of the yards and shed in the week before shearing.",
            "applies_when": "Shearing and crutching of sheep whose wool is sold.",
            "does_not_apply_when": "Lambs at weaning, whose wool is not sold.",
        },
        "actions": [
            {"owner": "Ngozi Okonkwo", "action": "order sisal twine", "due": "the autumn "
             "cut"},
            {"owner": "Arnav Chatterjee", "action": "clear the feed sacks out of the shed",
             "due": "tomorrow"},
        ],
    },

    "holdout7_language_school_placement": {
        "title": "Jam: students placed in the wrong class",
        "format": "problem-solving jam", "date": "2026-12-11", "start_time": "11:00",
        "facilitator": "Dilnoza Yusupova",
        "cases": [{"case_id": "LNG-14", "title": "Students moved class in week one",
                   "problem": "In the October intake, nineteen of ninety adult students "
                              "asked to move class in the first week because the level was "
                              "wrong.",
                   "context": "Evening language school for adults; placement by a forty-"
                              "question online grammar test taken at home.",
                   "tried": "Making the test longer.",
                   "outcome": "Teachers spent the first week reshuffling; two students "
                              "asked for refunds.",
                   "submitted_by": "Matteo Bianchi", "team": "Academic",
                   "submitted_on": "2026-11-12"}],
        "cues": [
            ("Dilnoza Yusupova", "other", "Welcome back, everyone. Before we start, the "
             "room for next time is 3B, not the library."),
            ("Ewurabena Mensah", "other", "Oh, good, the library's freezing."),
            ("Dilnoza Yusupova", "present", "So first, Matteo, can you tell us what "
             "happened with the October intake?"),
            ("Matteo Bianchi", "present", "Sure. Nineteen out of ninety students asked to "
             "change class in week one. Some were bored, most were lost."),
            ("Matteo Bianchi", "present", "We place them with an online grammar test they do "
             "at home. Last year we made it longer, forty questions, and it got, if "
             "anything, worse. Two people asked for their money back."),
            ("Dilnoza Yusupova", "breakdown", "Okay. Now let's pick it apart. Why does the "
             "test get it wrong?"),
            ("Ewurabena Mensah", "breakdown", "Because it's only grammar. Lots of them have "
             "great grammar from school and can't follow a conversation. Or the opposite, "
             "they've lived abroad and speak fine but can't do the tenses on paper."),
            ("Matteo Bianchi", "breakdown", "And at home, some of them, um, use a "
             "translator. You can tell."),
            ("Rashid Al-Amin", "breakdown", "Also nobody talks to them before day one. The "
             "first time a teacher hears them speak is in class."),
            ("Dilnoza Yusupova", "pattern", "So what's the lesson, in a sentence?"),
            ("Rashid Al-Amin", "pattern", "Place people by talking to them. A five-minute "
             "call with a teacher, and the grammar test only as a second opinion."),
            ("Ewurabena Mensah", "pattern", "Yeah, a short speaking check, and where the "
             "two disagree, the call wins."),
            ("Dilnoza Yusupova", "applies", "And where would we use that, and where not?"),
            ("Matteo Bianchi", "applies", "All the general courses. Not the exam prep "
             "classes, those go by the mock exam score anyway."),
            ("Rashid Al-Amin", "applies", "And absolute beginners don't need a call, they "
             "just tick beginner."),
            ("Dilnoza Yusupova", "capture", "Let's write it down. Who's doing what?"),
            ("Matteo Bianchi", "capture", "I'll set up the call slots for the January intake "
             "by the twentieth."),
            ("Ewurabena Mensah", "capture", "I'll write the five-minute speaking script, "
             "probably by Friday."),
            ("Dilnoza Yusupova", "other", "Perfect. And remember, 3B next time."),
        ],
        "recap": [
            ("Nineteen of ninety October students asked to change class in week one after "
             "an at-home grammar test; making the test longer did not help and two asked "
             "for refunds.", [3, 4]),
            ("The test measures only grammar, not speaking, some students use a translator "
             "at home, and no teacher hears them speak before the first class.",
             [6, 7, 8]),
            ("Place students with a five-minute call with a teacher, keeping the grammar "
             "test as a second opinion; the call wins where they disagree.", [10, 11]),
            ("It applies to all general courses, not to exam prep classes placed by the "
             "mock exam or to absolute beginners.", [13, 14]),
            ("Matteo sets up call slots for the January intake by the twentieth; Ewurabena "
             "writes the speaking script by Friday.", [16, 17]),
        ],
        "pattern": {
            "name": "Place language students with a short call",
            "problem": "A grammar test taken at home places many adult students in the "
                       "wrong class, and they move in the first week.",
            "what_to_do": "Hold a five-minute speaking call with a teacher before the "
                          "course and use the grammar test only as a second opinion; the "
                          "call wins where they disagree.",
            "applies_when": "Placement for general language courses.",
            "does_not_apply_when": "Exam prep classes placed by the mock exam, and "
                                   "absolute beginners.",
        },
        "actions": [
            {"owner": "Matteo Bianchi", "action": "set up the call slots for the January "
             "intake", "due": "the twentieth"},
            {"owner": "Ewurabena Mensah", "action": "write the five-minute speaking script",
             "due": "Friday"},
        ],
    },

    "holdout7_marina_fuel_dock": {
        "title": "Problem-solving jam: petrol in diesel tanks at the fuel dock",
        "format": "problem-solving jam", "date": "2026-12-10", "start_time": "09:00",
        "facilitator": "Aigerim Nurlanovna",
        "cases": [{"case_id": "MAR-6", "title": "Boats fuelled with the wrong fuel",
                   "problem": "Three visiting boats were filled with petrol instead of "
                              "diesel at the fuel dock this season; one engine needed a "
                              "full rebuild.",
                   "context": "Marina fuel dock staffed by seasonal dock hands; two pumps "
                              "side by side, visitors often hand over the nozzle to staff.",
                   "tried": "Coloured tape on the nozzles.",
                   "outcome": "The marina paid for one rebuild and two tank drains.",
                   "submitted_by": "Giorgos Papadakis", "team": "Dock operations",
                   "submitted_on": "2026-11-20"}],
        "cues": [
            ("Aigerim Nurlanovna", "other", "Good morning. Before we begin, the coffee "
             "machine in the chandlery is fixed, so, that's the good news."),
            ("Giorgos Papadakis", "other", "Finally. I was drinking the stuff from the "
             "vending machine for a week."),
            ("Lerato Molefe", "other", "Is this being recorded? Just so I know whether to "
             "behave."),
            ("Aigerim Nurlanovna", "other", "It is, for the notes. Okay, Giorgos, tell us "
             "what happened at the fuel dock."),
            ("Giorgos Papadakis", "present", "So, this season, three times, a visiting boat "
             "got petrol in a diesel tank. The last one, a big motor cruiser, needed a "
             "full engine rebuild."),
            ("Giorgos Papadakis", "present", "The other two we caught early and drained the "
             "tanks. The marina paid for all three. And we'd already put green and red "
             "tape on the nozzles in June."),
            ("Lerato Molefe", "present", "Can I ask, were those all visitors, not our own "
             "berth holders?"),
            ("Giorgos Papadakis", "present", "All visitors. All in July and August, all on "
             "busy afternoons."),
            ("Aigerim Nurlanovna", "breakdown", "Okay, so let's break it down. What happens "
             "at the pump, step by step?"),
            ("Giorgos Papadakis", "breakdown", "Boat comes alongside, skipper shouts 'fill "
             "her up', throws the line, and the dock hand grabs a nozzle. The pumps are "
             "right next to each other."),
            ("Tanvir Hossain", "breakdown", "And the dock hands are students, most of them. "
             "First summer on boats. They can't tell a diesel boat from a petrol one by "
             "looking."),
            ("Lerato Molefe", "breakdown", "The tape's half worn off by July, too. I saw it "
             "last week, it's grey."),
            ("Tanvir Hossain", "other", "Sorry, my dog's barking, one second."),
            ("Aigerim Nurlanovna", "other", "No problem."),
            ("Tanvir Hossain", "breakdown", "Okay, back. The other thing is the fuel fill "
             "caps. Some say diesel on them, lots of older boats don't say anything."),
            ("Giorgos Papadakis", "breakdown", "And nobody asks. The skipper assumes we "
             "know, we assume the skipper would say."),
            ("Aigerim Nurlanovna", "pattern", "Okay. So what's the pattern here? What would "
             "you tell another marina?"),
            ("Lerato Molefe", "pattern", "The skipper says the fuel type out loud, and the "
             "dock hand repeats it back before the nozzle comes off the hook. Like a read-"
             "back on the radio."),
            ("Giorgos Papadakis", "pattern", "And the skipper puts the nozzle in, not us. "
             "Their boat, their call."),
            ("Tanvir Hossain", "pattern", "Hmm, I'm not sure about that one. Half of them "
             "want us to do it, it's part of the service."),
            ("Lerato Molefe", "pattern", "Then the read-back is the core and who holds the "
             "nozzle is, um, optional."),
            ("Giorgos Papadakis", "breakdown", "Actually, going back to why it happens, I "
             "checked the dates. All three were on changeover days, when we had two new "
             "dock hands on their first shift."),
            ("Aigerim Nurlanovna", "breakdown", "So new staff on the busiest days. That's "
             "part of it too."),
            ("Tanvir Hossain", "breakdown", "And nobody's on the dock with them, the "
             "supervisor's in the office doing berth bookings."),
            ("Aigerim Nurlanovna", "pattern", "So the pattern stays the read-back, plus "
             "first shifts not alone on the fuel dock?"),
            ("Lerato Molefe", "pattern", "Yes, that's it."),
            ("Aigerim Nurlanovna", "applies", "Where else would you use it? And where "
             "not?"),
            ("Tanvir Hossain", "applies", "The pump-out station, honestly, people mix up the "
             "waste and water fillers all the time. Same read-back."),
            ("Giorgos Papadakis", "applies", "Not the self-service card pump at night, there's "
             "no one there to read back to. That one needs a different fix."),
            ("Aigerim Nurlanovna", "capture", "Okay, let's capture it. Who takes what?"),
            ("Lerato Molefe", "capture", "I'll write the read-back into the dock hand "
             "induction before the Easter opening."),
            ("Giorgos Papadakis", "capture", "I'll change the rota so no one does a first "
             "shift alone on the fuel dock, by the end of February."),
            ("Tanvir Hossain", "capture", "And I'll price proper moulded nozzle covers to "
             "replace the tape."),
            ("Aigerim Nurlanovna", "other", "Thanks all. Enjoy the coffee."),
        ],
        "recap": [
            ("Three visiting boats got petrol in diesel tanks this season, all on busy "
             "summer afternoons; one engine was rebuilt and two tanks drained at the "
             "marina's cost, despite coloured tape on the nozzles.", [4, 5, 6, 7]),
            ("Inexperienced dock hands pick a nozzle from side-by-side pumps, the tape wears "
             "off, fill caps are often unmarked, nobody asks, and all three happened to new "
             "staff on changeover days with the supervisor in the office.",
             [9, 10, 11, 14, 15, 21, 22, 23]),
            ("The skipper says the fuel type aloud and the dock hand reads it back before "
             "lifting the nozzle, and no one works a first shift alone on the fuel dock.",
             [17, 18, 19, 20, 24, 25]),
            ("It applies to the pump-out station, not to the self-service card pump at "
             "night, where there is no one to read back to.", [27, 28]),
            ("Lerato adds the read-back to the induction before Easter, Giorgos changes the "
             "rota by the end of February, and Tanvir prices moulded nozzle covers.",
             [30, 31, 32]),
        ],
        "pattern": {
            "name": "Read back the fuel type before fuelling",
            "problem": "New dock hands fill visiting boats with the wrong fuel because "
                       "nobody states which fuel the boat takes.",
            "what_to_do": "Have the skipper say the fuel type aloud and the dock hand read "
                          "it back before lifting the nozzle, and never put a dock hand on "
                          "a first shift alone at the fuel dock.",
            "applies_when": "Staffed fuelling and the pump-out station.",
            "does_not_apply_when": "The self-service card pump at night, with no one to "
                                   "read back to.",
        },
        "actions": [
            {"owner": "Lerato Molefe", "action": "write the read-back into the dock hand "
             "induction", "due": "the Easter opening"},
            {"owner": "Giorgos Papadakis", "action": "change the rota so no one does a "
             "first shift alone on the fuel dock", "due": "the end of February"},
            {"owner": "Tanvir Hossain", "action": "price moulded nozzle covers to replace "
             "the tape", "due": None},
        ],
    },

    "holdout7_esports_lan_patches": {
        "title": "Matches held up by game updates at the LAN finals",
        "format": "problem-solving jam", "date": "2026-12-12", "start_time": "17:00",
        "facilitator": "Haruto Sato",
        "cases": [{"case_id": "ESP-9", "title": "Client updates delaying tournament matches",
                   "problem": "At the autumn LAN finals, a game client update released on "
                              "the morning of day two forced every station to download it, "
                              "and the first match started seventy minutes late.",
                   "context": "Student esports league, sixty gaming stations in a sports "
                              "hall, finals streamed live; stations imaged the week before.",
                   "tried": "Re-imaging all stations the night before day one.",
                   "outcome": "The stream lost about half its viewers during the delay.",
                   "submitted_by": "Ife Adebayo", "team": "Tournament ops",
                   "submitted_on": "2026-11-16"}],
        "cues": [
            ("Haruto Sato", "other", "Yo, everyone. Give it a minute, a couple more are "
             "joining from the Discord."),
            ("Mariam Tadesse", "other", "Did anyone watch the final last night? That last "
             "round was unreal."),
            ("Ife Adebayo", "other", "Don't. I lost twenty quid on it."),
            ("Haruto Sato", "other", "Ha. Okay, let's go. Ife, it's your case."),
            ("Ife Adebayo", "present", "So, the autumn finals. Day two morning, the game "
             "pushes a client update at like eight. Every one of the sixty stations wants "
             "to download it before it'll let you into a match."),
            ("Ife Adebayo", "present", "The hall's internet is, um, shared with the whole "
             "campus on a Saturday. First match went live seventy minutes late. The stream "
             "lost about half its viewers."),
            ("Ife Adebayo", "present", "And we had re-imaged everything the night before "
             "day one, so we thought we were safe."),
            ("Haruto Sato", "breakdown", "Okay, so what made it so slow? Walk us through "
             "it."),
            ("Kaveh Rostami", "breakdown", "Sixty machines each pulling twelve gigs over the "
             "same line. That's the whole thing really."),
            ("Mariam Tadesse", "breakdown", "And the stations are set to auto-update, "
             "because that's the default. Nobody turned it off."),
            ("Kaveh Rostami", "other", "Is someone typing really loudly? Oh, it's me, "
             "sorry."),
            ("Ife Adebayo", "breakdown", "Also, the publisher announces patches, but "
             "nobody on our team follows their status page. We found out from the "
             "players."),
            ("Mariam Tadesse", "breakdown", "And the league rules say matches must be on "
             "the latest version, so we couldn't just, like, play on the old one."),
            ("Haruto Sato", "pattern", "Right. So what's the thing to take away?"),
            ("Kaveh Rostami", "pattern", "Put a caching server in the hall. One machine "
             "downloads the patch, the other fifty-nine get it off the local network in a "
             "few minutes."),
            ("Ife Adebayo", "pattern", "And someone watches the publisher's patch calendar "
             "the week of the event, so we know."),
            ("Haruto Sato", "pattern", "So, a local cache plus a named person watching for "
             "patches."),
            ("Haruto Sato", "applies", "Where would we use this again? And where not?"),
            ("Mariam Tadesse", "applies", "Every LAN event with more than, say, ten "
             "stations. The spring qualifiers for sure."),
            ("Kaveh Rostami", "applies", "Not the online rounds, everyone plays from home "
             "on their own line, it's their problem."),
            ("Ife Adebayo", "other", "Sorry, quick one, is the hall booked for the spring "
             "yet? I heard the basketball club wants it."),
            ("Haruto Sato", "other", "It's provisionally ours, I'll confirm after this."),
            ("Mariam Tadesse", "applies", "Oh, and it'd help at the school outreach days "
             "too, we use the same laptops."),
            ("Kaveh Rostami", "pattern", "Actually, coming back to the pattern. The cache "
             "only helps if the patch is out before the match. If it drops mid-match, we "
             "need the rule changed too."),
            ("Ife Adebayo", "pattern", "Yeah, like, a match that's started finishes on the "
             "version it started on. We'd have to ask the league."),
            ("Haruto Sato", "pattern", "Okay, so three parts: local cache, someone watching "
             "the patch calendar, and a version freeze once a match starts."),
            ("Mariam Tadesse", "pattern", "That's it."),
            ("Haruto Sato", "capture", "Okay, and who's doing what?"),
            ("Kaveh Rostami", "capture", "I'll build the cache server and test it on ten "
             "stations before the qualifiers, so by mid-February."),
            ("Ife Adebayo", "capture", "I'll write to the league about the version freeze "
             "this week."),
            ("Mariam Tadesse", "capture", "And I'll watch the patch calendar for the spring "
             "events, I'll put it in the ops checklist."),
            ("Haruto Sato", "capture", "And I'll confirm the hall booking today."),
            ("Mariam Tadesse", "other", "Nice. Can we end with who's buying pizza at the "
             "qualifiers?"),
            ("Haruto Sato", "other", "Not me. Bye, everyone."),
        ],
        "recap": [
            ("On day two of the autumn finals a client update forced all sixty stations to "
             "download it over the shared campus line, and the first match started seventy "
             "minutes late, losing half the stream's viewers.", [4, 5, 6]),
            ("Sixty stations pulled the same large patch over one line, auto-update was on, "
             "nobody followed the publisher's patch announcements, and league rules required "
             "the latest version.", [8, 9, 11, 12]),
            ("Run a local caching server in the hall, name someone to watch the patch "
             "calendar, and freeze the game version once a match has started.",
             [14, 15, 16, 23, 24, 25]),
            ("It applies to LAN events with more than about ten stations and the school "
             "outreach days, not to online rounds played from home.", [18, 19, 22]),
            ("Kaveh builds and tests the cache by mid-February, Ife writes to the league "
             "this week, Mariam adds the patch calendar to the ops checklist, and Haruto "
             "confirms the hall today.", [28, 29, 30, 31]),
        ],
        "pattern": {
            "name": "Cache patches locally and freeze match versions",
            "problem": "A game update released on a LAN event day makes every station "
                       "download it over one line, and matches start late.",
            "what_to_do": "Run a local caching server at the venue, name someone to watch "
                          "the publisher's patch calendar in the event week, and keep a "
                          "started match on the version it started on.",
            "applies_when": "LAN events with more than about ten stations, including "
                            "outreach days on shared laptops.",
            "does_not_apply_when": "Online rounds played from home.",
        },
        "actions": [
            {"owner": "Kaveh Rostami", "action": "build the cache server and test it on ten "
             "stations", "due": "mid-February"},
            {"owner": "Ife Adebayo", "action": "write to the league about the version "
             "freeze", "due": "this week"},
            {"owner": "Mariam Tadesse", "action": "add the patch calendar to the ops "
             "checklist", "due": None},
            {"owner": "Haruto Sato", "action": "confirm the hall booking", "due": "today"},
        ],
    },

    "holdout7_audio_description_demo_day": {
        "title": "Demo day: access team tools",
        "format": "demo day", "date": "2026-12-09", "start_time": "14:00",
        "facilitator": "Ngaire Tipene",
        "cases": [{"case_id": "AUD-4", "title": "Audio description out of sync on "
                   "recorded shows",
                   "problem": "On recorded theatre shows, the audio description track "
                              "drifted up to four seconds behind the picture by the second "
                              "act.",
                   "context": "Access team of a touring theatre company, producing "
                              "described recordings of live shows for streaming.",
                   "tried": "Nudging the track by hand at each scene change.",
                   "outcome": "Two streams went out with late descriptions; viewers "
                              "complained that jokes were described after the laugh.",
                   "submitted_by": "Siddharth Menon", "team": "Access",
                   "submitted_on": "2026-10-19"}],
        "cues": [
            ("Ngaire Tipene", "other", "Kia ora everyone, welcome to the access team demo "
             "day. Three demos, about ten minutes each."),
            ("Ngaire Tipene", "other", "Siddharth, you're first."),
            ("Siddharth Menon", "other", "Thanks. So this is the described version of "
             "the spring show. You'll hear the description voice come in between the "
             "lines."),
            ("Siddharth Menon", "other", "The change is that we now record the "
             "description against the show's timecode, not against a separate clock. "
             "That was the drift in AUD-4, four seconds by the second act."),
            ("Siddharth Menon", "other", "Since then, um, three streams have gone out and "
             "nobody's complained about a late description."),
            ("Rivka Adler", "other", "Does it work for the touring venues, where we don't "
             "have a timecode feed?"),
            ("Siddharth Menon", "other", "Not yet. For those we still nudge by hand."),
            ("Ngaire Tipene", "other", "Thank you. Next, Thabo with the touch tour "
             "booking page."),
            ("Thabo Nkosi", "other", "Okay, so, the touch tours before relaxed "
             "performances. People can now book them on the same page as the ticket, "
             "instead of emailing us."),
            ("Thabo Nkosi", "other", "We had forty bookings in the first month, that's "
             "double last year."),
            ("Ngaire Tipene", "other", "Lovely. And last, Ana with the captions font "
             "test."),
            ("Ana Sofía Castillo", "other", "Quick one. We tried three caption fonts on the "
             "side screens with a group of twelve regulars, and the rounded one won, "
             "eleven votes to one."),
            ("Ana Sofía Castillo", "other", "I'll switch all the caption files over before "
             "the January tour."),
            ("Ngaire Tipene", "other", "Brilliant. Vote for your favourite in the chat, "
             "and there's cake in the green room."),
        ],
        "recap": [
            ("Siddharth showed the described spring show, now recorded against the show's "
             "timecode, which ended the four-second drift; three streams since with no "
             "complaints.", [2, 3, 4]),
            ("Touring venues without a timecode feed still need the description nudged by "
             "hand.", [5, 6]),
            ("Thabo showed touch tour booking on the ticket page, with forty bookings in "
             "the first month, double last year.", [8, 9]),
            ("Ana tested three caption fonts with twelve regulars; the rounded one won "
             "eleven votes to one.", [11]),
            ("Ana switches all caption files to it before the January tour.", [12]),
        ],
        "pattern": {
            "name": "Record description against the show's timecode",
            "problem": "Audio description recorded against a separate clock drifted "
                       "seconds behind the picture by the second act.",
            "what_to_do": "Record the description track against the show's own timecode.",
            "applies_when": "Described recordings of shows with a timecode feed.",
            "does_not_apply_when": "Touring venues without a timecode feed.",
        },
        "actions": [
            {"owner": "Ana Sofía Castillo", "action": "switch all the caption files to the "
             "rounded font", "due": "the January tour"},
        ],
    },

    "holdout7_community_fridge_status": {
        "title": "Community fridges: fortnightly round",
        "format": "show-and-tell", "date": "2026-12-08", "start_time": "18:30",
        "facilitator": "Bronwen Hughes",
        "cases": [{"case_id": "FRG-2", "title": "Fridge food thrown out after power trips",
                   "problem": "The fridge at the laundrette site lost power overnight "
                              "three times, and all the food inside had to be thrown away.",
                   "context": "Volunteer-run community fridges at four sites, each checked "
                              "once a day by a volunteer.",
                   "tried": "Asking the laundrette owner to check the socket.",
                   "outcome": "About sixty kilos of food discarded in September.",
                   "submitted_by": "Kamal Haddad", "team": "Site volunteers",
                   "submitted_on": "2026-09-30"}],
        "cues": [
            ("Bronwen Hughes", "other", "Hi all, it's the fortnightly round. Site by site, "
             "and shout if anything's stuck."),
            ("Kamal Haddad", "other", "Laundrette site. Donations are up, the bakery "
             "on the corner gives us their bread every evening now."),
            ("Kamal Haddad", "other", "And the power thing from FRG-2 hasn't happened "
             "again since we put the fridge on its own socket with a temperature "
             "logger. So that's fine."),
            ("Bronwen Hughes", "other", "Great. Church hall?"),
            ("Olena Shevchenko", "other", "Church hall's fine. We need two more volunteers "
             "for the Sunday check though, from January."),
            ("Bronwen Hughes", "other", "I'll put it in the newsletter."),
            ("Javier Morales", "other", "School site. The school's closed over Christmas, "
             "so the fridge will be off from the nineteenth to the fifth."),
            ("Javier Morales", "other", "I'll put a sign up pointing people to the "
             "library fridge."),
            ("Sunita Gurung", "other", "Library's good, but the hygiene rating visit is "
             "on the fourteenth, so I'll do a deep clean on the twelfth."),
            ("Olena Shevchenko", "other", "I can help with that, I'm free on the "
             "twelfth."),
            ("Bronwen Hughes", "other", "Perfect. Last thing, the insurance renewal is "
             "due in January, I'm on it."),
            ("Bronwen Hughes", "other", "Okay, thanks everyone, see you in two weeks."),
        ],
        "recap": [
            ("At the laundrette site donations are up, and the corner bakery gives its "
             "bread every evening.", [1]),
            ("The laundrette fridge has not lost power again since it got its own socket "
             "and a temperature logger.", [2]),
            ("The church hall needs two more volunteers for the Sunday check from January; "
             "Bronwen will ask in the newsletter.", [4, 5]),
            ("The school fridge is off from the nineteenth to the fifth, with a sign "
             "pointing to the library fridge.", [6, 7]),
            ("Sunita deep-cleans the library fridge on the twelfth, with Olena, before the "
             "hygiene visit on the fourteenth.", [8, 9]),
        ],
        "pattern": {
            "name": "Own socket and logger for each fridge",
            "problem": "A community fridge sharing a socket lost power overnight and all "
                       "its food was thrown away.",
            "what_to_do": "Put each fridge on its own socket with a temperature logger.",
            "applies_when": "Community fridges in shared premises.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Bronwen Hughes", "action": "ask for Sunday volunteers in the "
             "newsletter", "due": None},
            {"owner": "Javier Morales", "action": "put up a sign pointing to the library "
             "fridge", "due": None},
            {"owner": "Sunita Gurung", "action": "deep-clean the library fridge",
             "due": "the twelfth"},
        ],
    },

    "holdout7_canal_boat_office_hours": {
        "title": "Office hours: hire boat questions",
        "format": "office hours", "date": "2026-12-07", "start_time": "12:00",
        "facilitator": "Fionnuala Byrne",
        "cases": [
            {"case_id": "CNL-5", "title": "Hire boats stuck in locks",
             "problem": "First-time hirers got boats stuck on the lock cill four times "
                        "this summer, each needing a call-out from the canal trust.",
             "context": "Canal boat hire base with twenty narrowboats; hirers get a "
                        "thirty-minute handover and one practice lock.",
             "tried": "A longer handover video.",
             "outcome": "Four call-outs and one cracked rudder this summer.",
             "submitted_by": "Dariusz Kamiński", "team": "Boatyard",
             "submitted_on": "2026-11-18"},
            {"case_id": "CNL-9", "title": "Boats returned with empty water tanks",
             "problem": "Hirers bring boats back with empty water tanks and full toilet "
                        "cassettes, and turnaround overruns on Saturdays.",
             "context": "Same hire base; Saturday changeover between ten and two.",
             "tried": "A reminder on the return checklist.",
             "outcome": "Three boats left late on a Saturday in August.",
             "submitted_by": "Precious Banda", "team": "Boatyard",
             "submitted_on": "2026-11-30"},
        ],
        "cues": [
            ("Fionnuala Byrne", "other", "Hiya, it's drop-in, so whoever's ready, go "
             "for it."),
            ("Dariusz Kamiński", "other", "Me. Should the lock case go in as one case or "
             "two? The rudder's a different thing, sort of."),
            ("Fionnuala Byrne", "other", "One case. The rudder's part of the outcome, put "
             "it in the outcome field."),
            ("Dariusz Kamiński", "other", "Okay. And can I put the trust's call-out "
             "invoices in, or is that private?"),
            ("Fionnuala Byrne", "other", "Just the total. Four call-outs, how much in "
             "all. Keep the invoices in the yard folder."),
            ("Dariusz Kamiński", "other", "Right, it's about nine hundred in all. I'll add "
             "that tonight."),
            ("Precious Banda", "other", "Mine's the water tanks one. Is there already "
             "something in the library about returns?"),
            ("Fionnuala Byrne", "other", "There's one from the van hire people on "
             "refuelling before return. Might fit, I'll send it over."),
            ("Precious Banda", "other", "Great. And when's the next jam with space?"),
            ("Fionnuala Byrne", "other", "The fourteenth is full. The eleventh of "
             "January has a slot, I'll put you down."),
            ("Precious Banda", "other", "Can I bring Zhou Min? She does the Saturday "
             "turnarounds."),
            ("Fionnuala Byrne", "other", "Yes, please do, she'll know the detail."),
            ("Fionnuala Byrne", "other", "That's everyone? Okay, I'll send the link and "
             "the invite after lunch."),
        ],
        "recap": [
            ("Dariusz's lock case stays one case, with the cracked rudder in its "
             "outcome.", [1, 2]),
            ("The case gives the total of the four call-outs, about nine hundred, not the "
             "invoices; Dariusz adds it tonight.", [3, 4, 5]),
            ("Precious asked about returns in the library; Fionnuala sends a related "
             "pattern on refuelling before return.", [6, 7]),
            ("Her water tanks case goes to the jam on the eleventh of January, as the "
             "fourteenth is full.", [8, 9]),
            ("She brings Zhou Min, who runs the Saturday turnarounds.", [10, 11]),
        ],
        "pattern": {
            "name": "More practice locks for first-time hirers",
            "problem": "First-time hirers get boats stuck on the lock cill and need a "
                       "call-out.",
            "what_to_do": "Give first-time hirers more hands-on lock practice at handover.",
            "applies_when": "Handovers to first-time hirers.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Dariusz Kamiński", "action": "add the call-out total to his case",
             "due": "tonight"},
            {"owner": "Fionnuala Byrne", "action": "send the related pattern and the invite "
             "for the eleventh of January", "due": "after lunch"},
        ],
    },

    "holdout7_puppet_theatre_retro": {
        "title": "Retrospective: the winter puppet tour",
        "format": "problem-solving jam", "date": "2026-12-19", "start_time": "16:00",
        "facilitator": "Sebastián Ortega",
        "cases": [{"case_id": "PUP-3", "title": "Puppets damaged in the van between venues",
                   "problem": "On the autumn tour, four puppets arrived at venues with "
                              "broken rods or torn joints after being packed loose in the "
                              "van.",
                   "context": "Small touring puppet company, one van, twelve venues in six "
                              "weeks, get-outs late at night.",
                   "tried": "Wrapping puppets in blankets.",
                   "outcome": "Two shows started late for repairs.",
                   "submitted_by": "Aoife Brennan", "team": "Touring",
                   "submitted_on": "2026-11-04"}],
        "cues": [
            ("Sebastián Ortega", "other", "Okay, tour's done, well done everyone. Let's "
             "do the usual: what went well, what didn't, what we'd change."),
            ("Aoife Brennan", "other", "Went well: the fitted crates. Not one broken "
             "puppet in twelve venues, after the mess in the autumn, that PUP-3 case."),
            ("Kenji Watanabe", "other", "Also the school matinées sold out, every one."),
            ("Amani Mwangi", "other", "Didn't go well: the van. It broke down outside "
             "Carlisle and we nearly missed the get-in."),
            ("Sebastián Ortega", "other", "Yeah, that was close. What else?"),
            ("Kenji Watanabe", "other", "The late get-outs. Three nights we were loading "
             "after midnight and then driving in the morning. People were exhausted."),
            ("Aoife Brennan", "other", "And the, um, venue tech packs were out of date "
             "for two venues, so the lighting plot didn't fit."),
            ("Sebastián Ortega", "other", "Okay. What would we change for the spring?"),
            ("Amani Mwangi", "other", "Hire a newer van, or at least get it serviced "
             "before we go. I'll get quotes by the end of January."),
            ("Kenji Watanabe", "other", "No two-venue days. Always a rest day after a late "
             "get-out."),
            ("Aoife Brennan", "other", "I'll phone every venue for the current tech pack "
             "a month before, not trust the website."),
            ("Sebastián Ortega", "other", "Good. I'll put all that in the spring plan. "
             "Thanks all, and, um, happy holidays."),
        ],
        "recap": [
            ("The fitted crates worked: no puppet broke in twelve venues, after the "
             "autumn damage.", [1]),
            ("The school matinées all sold out.", [2]),
            ("The van broke down near Carlisle and nearly missed a get-in; Amani gets van "
             "quotes by the end of January.", [3, 8]),
            ("Three late get-outs followed by morning drives left people exhausted, so "
             "the spring tour gets a rest day after each late get-out.", [5, 9]),
            ("Two venues' tech packs were out of date; Aoife will phone every venue for "
             "the current one a month before.", [6, 10]),
        ],
        "pattern": {
            "name": "Fitted crates for touring puppets",
            "problem": "Puppets packed loose in the van arrive at venues with broken rods "
                       "and torn joints.",
            "what_to_do": "Carry each puppet in a fitted crate.",
            "applies_when": "Touring with puppets or fragile props by van.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Amani Mwangi", "action": "get quotes for a newer van or a service",
             "due": "the end of January"},
            {"owner": "Aoife Brennan", "action": "phone every venue for the current tech "
             "pack a month before", "due": None},
            {"owner": "Sebastián Ortega", "action": "put the changes in the spring plan",
             "due": None},
        ],
    },
}
