"""Tuning sessions written in session 13 (kept for tuning: ``tune_*``) for reading the steps
in the middle of a scripted session, which the earlier tuning sessions did not exercise:
housekeeping inside a step (a late joiner, a frozen video, a doorbell, a sound check, a
link dropped in the chat) is "other" and the step goes on after it; the facilitator asks
for the breakdown in words of their own ("what set it off?", "take me back to the moment
it started to slip"); a step that ends on a participant's turn close to the next step's
wording. Five sessions of 18 to 27 cues; domains and wording are new to this folder."""

SESSIONS = {
    "tune_cheese_cave_rinds": {
        "title": "Problem-solving jam: rinds cracking in the ageing cave",
        "format": "problem-solving jam", "date": "2026-12-14", "start_time": "08:30",
        "facilitator": "Margit Szabo",
        "cases": [{"case_id": "CC-4", "title": "Cracked rinds on the long-aged wheels",
                   "problem": "One wheel in eight of the long-aged cheese develops a cracked "
                              "rind in the third month and has to be sold as seconds.",
                   "context": "Farm dairy, one ageing cave, four hundred wheels at a time.",
                   "tried": "Turning the wheels twice a week instead of once.",
                   "outcome": "More work and the same share of cracked rinds.",
                   "submitted_by": "Bastien Roux", "team": "Cave team",
                   "submitted_on": "2026-12-08"}],
        "cues": [
            ("Margit Szabo", "other", "Morning everyone, I think we're all here apart from "
             "Ilse."),
            ("Margit Szabo", "present", "Bastien, you sent in the rind problem. Set the "
             "scene for us."),
            ("Bastien Roux", "present", "In the third month about one wheel in eight gets "
             "a crack across the rind, and then it's seconds, half the price."),
            ("Bastien Roux", "present", "We thought they weren't turned enough, so we went "
             "to twice a week. Double the work, same number of cracks."),
            ("Ilse Brandt", "other", "Hello, sorry, the gate code had changed and I was "
             "stuck outside."),
            ("Margit Szabo", "other", "No problem, Ilse. Bastien is telling us about the "
             "cracked wheels."),
            ("Margit Szabo", "breakdown", "So what set it off? When did the cracking "
             "start?"),
            ("Bastien Roux", "breakdown", "Around April. That's when the new fan went in at "
             "the back of the cave."),
            ("Ilse Brandt", "breakdown", "The wheels that crack are the ones on the top "
             "racks at the back, right in the draught. The air there is much drier."),
            ("Bastien Roux", "other", "Sorry, you broke up there. The top racks where?"),
            ("Ilse Brandt", "other", "At the back, by the fan. Can you hear me now?"),
            ("Bastien Roux", "other", "Yes, clear now."),
            ("Ilse Brandt", "breakdown", "So the rind dries faster than the paste inside "
             "shrinks, and it splits. Turning more often just exposes it to more air."),
            ("Margit Szabo", "pattern", "What would you tell another cellar from this?"),
            ("Ilse Brandt", "pattern", "When you change the air, measure the air where "
             "the product sits, not where the sensor happens to hang."),
            ("Bastien Roux", "pattern", "And look at where the bad ones are before "
             "changing how you handle all of them."),
            ("Margit Szabo", "applies", "Would that hold in the dry-cured meat room too?"),
            ("Bastien Roux", "applies", "Yes, same fans, same racks. Not for the fresh "
             "cheese, it's gone in a week."),
            ("Margit Szabo", "capture", "Good. Who's taking what away?"),
            ("Ilse Brandt", "capture", "I'll hang two humidity loggers on the top back "
             "racks this week."),
            ("Bastien Roux", "capture", "And I'll fit a baffle in front of the fan by the "
             "end of the month."),
            ("Margit Szabo", "other", "Thanks both, see you next Monday."),
        ],
        "recap": [
            ("One long-aged wheel in eight cracks in the third month; turning twice a week "
             "did not help.", [2, 3]),
            ("Cracking began when a new fan went in; the wheels on the top back racks sit "
             "in dry moving air, so the rind dries faster than the paste.", [7, 8, 12]),
            ("Measure the air where the product sits, and look at where the bad ones are "
             "before changing how all are handled.", [14, 15]),
            ("The dry-cured meat room has the same fans and racks; fresh cheese does not "
             "need it.", [17]),
            ("Ilse hangs humidity loggers on the top back racks and Bastien fits a baffle "
             "in front of the fan.", [19, 20]),
        ],
        "pattern": {"name": "Measure the air where the product sits",
                    "problem": "Cracked rinds on one wheel in eight.",
                    "what_to_do": "When you change the air, measure it where the product "
                                  "sits and look at where the bad ones are first.",
                    "applies_when": "Rooms that age or cure on racks with fans, such as the "
                                    "meat room.",
                    "does_not_apply_when": "Fresh products that leave within a week."},
        "actions": [
            {"owner": "Ilse Brandt", "action": "hang two humidity loggers on the top back "
                                               "racks", "due": "this week"},
            {"owner": "Bastien Roux", "action": "fit a baffle in front of the fan",
             "due": "by the end of the month"},
        ],
    },
    "tune_locksmith_callouts": {
        "title": "Office hours: emergency callouts sent to the wrong district",
        "format": "office hours", "date": "2026-12-15", "start_time": "18:00",
        "facilitator": "Tariq Haddad",
        "cases": [{"case_id": "LS-2", "title": "Night callouts crossing the city",
                   "problem": "Night lockout callouts go to a locksmith on the far side of "
                              "the city while one nearby is free, so people wait an hour.",
                   "context": "Locksmith cooperative, twelve locksmiths on a night rota.",
                   "tried": "A shared map of who is on call.",
                   "outcome": "Nobody updates the map after midnight.",
                   "submitted_by": "Greta Lund", "team": "Night desk",
                   "submitted_on": "2026-12-09"}],
        "cues": [
            ("Tariq Haddad", "other", "Hi all. Can everyone hear me okay?"),
            ("Greta Lund", "other", "Loud and clear."),
            ("Tariq Haddad", "present", "Greta, off you go with the night callouts."),
            ("Greta Lund", "present", "At night someone locked out rings us, and too often "
             "we send a locksmith from across the city while another one is ten minutes "
             "away. People stand on the doorstep for an hour."),
            ("Greta Lund", "present", "We made a shared map of who's on call, and after "
             "midnight nobody touches it."),
            ("Tariq Haddad", "breakdown", "Take me back to one of those nights. Where did "
             "it start to slip?"),
            ("Greta Lund", "breakdown", "The desk picks whoever was first on the rota, "
             "because the rota is the only list we trust."),
            ("Pavel Novak", "breakdown", "And the rota is made a month ahead. It has no idea "
             "where anyone finished their last job."),
            ("Tariq Haddad", "other", "Sorry, there's a delivery at my door. Keep going, "
             "I'm listening."),
            ("Pavel Novak", "breakdown", "So after the first job of the night the rota "
             "order means nothing, and the map is just as stale."),
            ("Greta Lund", "breakdown", "Right, nobody wants to fill in a map at two in the "
             "morning with cold hands."),
            ("Tariq Haddad", "other", "Back, sorry about that."),
            ("Tariq Haddad", "pattern", "So if another night desk asked you for one piece "
             "of advice?"),
            ("Pavel Novak", "pattern", "Ask where people are at the moment you send them, "
             "don't plan it a month ahead."),
            ("Tariq Haddad", "applies", "Could the day desk use it too?"),
            ("Greta Lund", "applies", "Less so, in the day they work in fixed districts. "
             "But the boarding-up crew has the same night problem."),
            ("Tariq Haddad", "capture", "What do we put down, and who does it?"),
            ("Greta Lund", "capture", "I'll add a where-are-you question to the night "
             "desk script from Monday."),
            ("Pavel Novak", "capture", "I'll ask the boarding-up crew to try it for a "
             "month."),
            ("Tariq Haddad", "other", "Great, thanks, have a quiet night."),
        ],
        "recap": [
            ("Night lockouts go to a locksmith across the city while one nearby is free; "
             "the shared map is not kept up after midnight.", [3, 4]),
            ("The desk sends whoever is first on a month-old rota, which knows nothing of "
             "where people finished their last job.", [6, 7, 9]),
            ("Ask where people are at the moment you send them.", [13]),
            ("The boarding-up crew has the same night problem; the day desk works in "
             "fixed districts.", [15]),
            ("Greta adds a where-are-you question to the night desk script; Pavel asks the "
             "boarding-up crew to try it.", [17, 18]),
        ],
        "pattern": {"name": "Ask where people are when you send them",
                    "problem": "Night callouts go to a far locksmith.",
                    "what_to_do": "Ask where people are at the moment you send them instead "
                                  "of planning it ahead.",
                    "applies_when": "Crews sent out at night, such as boarding-up.",
                    "does_not_apply_when": "Day crews in fixed districts."},
        "actions": [
            {"owner": "Greta Lund", "action": "add a where-are-you question to the night "
                                              "desk script", "due": "from Monday"},
            {"owner": "Pavel Novak", "action": "ask the boarding-up crew to try it",
             "due": "for a month"},
        ],
    },
    "tune_planetarium_school_shows": {
        "title": "Problem-solving jam: school groups arriving for the wrong show",
        "format": "problem-solving jam", "date": "2026-12-15", "start_time": "09:00",
        "facilitator": "Noor Visser",
        "cases": [{"case_id": "PL-7", "title": "School groups booked into the wrong show",
                   "problem": "Every week a school group turns up for a show meant for a "
                              "different age, and the teacher asks for a refund.",
                   "context": "City planetarium, three dome shows a day, bookings by email.",
                   "tried": "A printed age guide sent with every confirmation.",
                   "outcome": "Teachers still book by date, not by show.",
                   "submitted_by": "Elias Moreau", "team": "Bookings",
                   "submitted_on": "2026-12-09"}],
        "cues": [
            ("Noor Visser", "other", "Good morning. Let me share the agenda quickly."),
            ("Noor Visser", "other", "Can you see it? The slide should say dome shows."),
            ("Elias Moreau", "other", "Yes, we can see it."),
            ("Noor Visser", "present", "Great. Elias, what's been going on with the school "
             "bookings?"),
            ("Elias Moreau", "present", "Once a week a class of seven-year-olds arrives for "
             "the black holes show, which is for teenagers, and the teacher wants the "
             "money back."),
            ("Elias Moreau", "present", "We added an age guide to every confirmation "
             "email. It didn't change anything."),
            ("Noor Visser", "breakdown", "What was going on behind the scenes when those "
             "bookings were made?"),
            ("Elias Moreau", "breakdown", "Teachers write to us asking for a date, and we "
             "reply with whatever show has seats that day."),
            ("Amara Diallo", "breakdown", "The age guide is the fourth attachment on that "
             "email. I doubt anyone opens it."),
            ("Noor Visser", "other", "Someone has an echo, could you mute if you're not "
             "talking?"),
            ("Amara Diallo", "other", "That was me, sorry. Better?"),
            ("Noor Visser", "other", "Much better, thanks."),
            ("Noor Visser", "breakdown", "So who decides which show a class sees, in the "
             "end?"),
            ("Elias Moreau", "breakdown", "Honestly, nobody. The seats decide. We never ask "
             "the age of the class."),
            ("Amara Diallo", "pattern", "Then the fix is the question: ask who the "
             "audience is before you offer what you have."),
            ("Noor Visser", "pattern", "Is that the lesson for everyone, not only us?"),
            ("Elias Moreau", "pattern", "I think so. Ask first, then offer."),
            ("Noor Visser", "applies", "Where else do we take bookings like that?"),
            ("Amara Diallo", "applies", "The birthday parties, same emails. The evening "
             "talks are adults only, so they're fine."),
            ("Noor Visser", "capture", "Right, who writes it up and changes the reply?"),
            ("Elias Moreau", "capture", "I'll put the age question into the booking reply "
             "this week."),
            ("Amara Diallo", "capture", "I'll write the entry for the library once we've "
             "tried it."),
            ("Noor Visser", "other", "Lovely. Thanks both, bye for now."),
        ],
        "recap": [
            ("A school group comes to a show meant for another age every week; an age guide "
             "in the email did not help.", [4, 5]),
            ("Staff reply with whatever show has seats on the date asked, and nobody asks "
             "the class's age.", [7, 8, 13]),
            ("Ask who the audience is before offering what you have.", [14, 16]),
            ("Birthday party bookings have the same emails; evening talks are adults only.",
             [18]),
            ("Elias adds the age question to the booking reply; Amara writes the entry.",
             [20, 21]),
        ],
        "pattern": {"name": "Ask who the audience is before you offer",
                    "problem": "School groups arrive for the wrong show.",
                    "what_to_do": "Ask who the audience is before you offer what you have.",
                    "applies_when": "Bookings by email, such as birthday parties.",
                    "does_not_apply_when": "Events for one audience only."},
        "actions": [
            {"owner": "Elias Moreau", "action": "put the age question into the booking "
                                                "reply", "due": "this week"},
            {"owner": "Amara Diallo", "action": "write the entry for the library",
             "due": "once we've tried it"},
        ],
    },
    "tune_balloon_launch_cancellations": {
        "title": "Problem-solving jam: balloon flights cancelled at the launch field",
        "format": "problem-solving jam", "date": "2026-12-16", "start_time": "14:00",
        "facilitator": "Wren Callaghan",
        "cases": [{"case_id": "HB-1", "title": "Flights cancelled after guests arrive",
                   "problem": "A third of the dawn balloon flights are cancelled after the "
                              "guests have already driven to the launch field.",
                   "context": "Balloon flights company, three balloons, dawn flights only.",
                   "tried": "Checking the forecast the evening before.",
                   "outcome": "The evening forecast misses the dawn wind.",
                   "submitted_by": "Hugo Lindqvist", "team": "Flight ops",
                   "submitted_on": "2026-12-10"}],
        "cues": [
            ("Wren Callaghan", "other", "Afternoon. We'll give it a minute, Sunita said "
             "she'd be a bit late."),
            ("Hugo Lindqvist", "other", "Sure."),
            ("Wren Callaghan", "present", "Let's start anyway. Hugo, the cancellations."),
            ("Hugo Lindqvist", "present", "A third of our dawn flights get called off at "
             "the field, after the guests have driven an hour and stood in the cold."),
            ("Hugo Lindqvist", "present", "We check the forecast the night before, but it "
             "never gets the dawn wind right."),
            ("Wren Callaghan", "breakdown", "How did a normal booking end up with guests "
             "standing in a wet field for nothing?"),
            ("Hugo Lindqvist", "breakdown", "We only decide at the field, once the pilot "
             "lets a test balloon go."),
            ("Sunita Rao", "other", "Hi, I'm here. My video's off, the connection is "
             "terrible."),
            ("Wren Callaghan", "other", "Welcome, Sunita. We're on why the flights get "
             "called off so late."),
            ("Sunita Rao", "breakdown", "It's that the call comes after the drive. The "
             "weather station by the field reports every ten minutes, and nobody reads it "
             "before the guests set off."),
            ("Hugo Lindqvist", "breakdown", "True, we have the data at four in the "
             "morning, the guests leave at five."),
            ("Wren Callaghan", "pattern", "Okay. Boil that down for me."),
            ("Sunita Rao", "pattern", "Make the go or no-go call from live readings before "
             "people travel, not after they arrive."),
            ("Wren Callaghan", "applies", "Who else should hear that?"),
            ("Hugo Lindqvist", "applies", "The river trips and the gliding club, same "
             "dawn starts. Not the indoor climbing, weather doesn't matter there."),
            ("Wren Callaghan", "other", "Hang on, my battery's dying. Two seconds while I "
             "plug in."),
            ("Wren Callaghan", "other", "Okay, I'm back."),
            ("Wren Callaghan", "capture", "Last thing: what changes on Monday and who owns "
             "it?"),
            ("Sunita Rao", "capture", "I'll set up a text to guests at half four with the "
             "go or no-go."),
            ("Hugo Lindqvist", "capture", "And I'll write the rule into the pilots' "
             "morning checklist."),
            ("Wren Callaghan", "other", "Perfect. Thanks all, take care."),
        ],
        "recap": [
            ("A third of dawn flights are cancelled at the field after guests have "
             "travelled; the evening forecast misses the dawn wind.", [3, 4]),
            ("The call is made at the field after the drive, although the field's weather "
             "station reports from four in the morning.", [6, 9, 10]),
            ("Make the go or no-go call from live readings before people travel.", [12]),
            ("River trips and the gliding club have the same dawn starts; indoor climbing "
             "does not.", [14]),
            ("Sunita sets up a half-four text to guests; Hugo adds the rule to the pilots' "
             "checklist.", [17, 18, 19]),
        ],
        "pattern": {"name": "Decide before people travel",
                    "problem": "Dawn flights cancelled after guests arrive.",
                    "what_to_do": "Make the go or no-go call from live readings before "
                                  "people travel.",
                    "applies_when": "Weather-bound dawn activities, such as river trips.",
                    "does_not_apply_when": "Indoor activities."},
        "actions": [
            {"owner": "Sunita Rao", "action": "set up a text to guests at half four with "
                                              "the go or no-go", "due": ""},
            {"owner": "Hugo Lindqvist", "action": "write the rule into the pilots' morning "
                                                  "checklist", "due": "Monday"},
        ],
    },
    "tune_bookbinding_rush_orders": {
        "title": "Show-and-tell: rush orders that jump the queue and come back damaged",
        "format": "show-and-tell", "date": "2026-12-16", "start_time": "16:30",
        "facilitator": "Ottilie Frey",
        "cases": [{"case_id": "BB-5", "title": "Rush bindings returned with warped boards",
                   "problem": "Rush thesis bindings come back with warped covers twice as "
                              "often as the normal ones.",
                   "context": "Bindery, four binders, a rush service at double price.",
                   "tried": "A heavier board for rush orders.",
                   "outcome": "The heavier boards warped as well.",
                   "submitted_by": "Casimir Wolff", "team": "Bindery floor",
                   "submitted_on": "2026-12-11"}],
        "cues": [
            ("Ottilie Frey", "other", "Hello, hello. Right, we're recording."),
            ("Ottilie Frey", "present", "Casimir, you've got photos for us?"),
            ("Casimir Wolff", "present", "I do. These are rush thesis bindings, and look at "
             "the covers, they bow outwards. Twice as many of the rush ones come back like "
             "this."),
            ("Casimir Wolff", "present", "We tried a thicker board for the rush jobs and it "
             "bowed just the same."),
            ("Jana Horak", "other", "Sorry, the photo isn't loading for me."),
            ("Casimir Wolff", "other", "I'll drop the link in the chat."),
            ("Jana Horak", "other", "Got it now, thanks."),
            ("Ottilie Frey", "breakdown", "So which link in the chain gives way, and why "
             "only on the rush ones?"),
            ("Casimir Wolff", "breakdown", "The rush ones leave the press after one hour "
             "instead of overnight, so the glue is still wet when they're boxed."),
            ("Jana Horak", "breakdown", "And the box is sealed, so the damp has nowhere to "
             "go. A thicker board doesn't stop the glue pulling."),
            ("Ottilie Frey", "breakdown", "Was the hour in the press ever tested, or just "
             "what fitted the promised time?"),
            ("Casimir Wolff", "breakdown", "Just what fitted. Nobody checked it."),
            ("Ottilie Frey", "pattern", "What's the lesson you'd hand another workshop?"),
            ("Jana Horak", "pattern", "Speed up the steps around the drying, never the "
             "drying itself."),
            ("Casimir Wolff", "pattern", "Yes, and give a rush promise only as short as "
             "the slowest step allows."),
            ("Ottilie Frey", "applies", "Does it carry over to the box-making side?"),
            ("Jana Horak", "applies", "The clamshell boxes, yes, same glue. The paper "
             "repairs no, they're pressed cold."),
            ("Casimir Wolff", "capture", "I'll change the rush sheet so the press time "
             "stays overnight and the sewing is done first."),
            ("Jana Horak", "capture", "And I'll tell the front desk the rush service is "
             "two days, not one, from next week."),
            ("Ottilie Frey", "other", "Brilliant. Thanks both, see you at the next one."),
        ],
        "recap": [
            ("Rush thesis bindings come back with bowed covers twice as often; a thicker "
             "board bowed too.", [2, 3]),
            ("Rush books leave the press after an hour with wet glue and are sealed in a "
             "box; the hour was never tested.", [8, 9, 11]),
            ("Speed up the steps around the drying, never the drying itself.", [13, 14]),
            ("Clamshell boxes use the same glue; cold-pressed paper repairs do not.", [16]),
            ("Casimir keeps the press overnight on the rush sheet; Jana tells the front "
             "desk the rush service is two days.", [17, 18]),
        ],
        "pattern": {"name": "Never speed up the drying",
                    "problem": "Rush bindings come back warped.",
                    "what_to_do": "Speed up the steps around the drying, never the drying "
                                  "itself.",
                    "applies_when": "Glued work such as clamshell boxes.",
                    "does_not_apply_when": "Work pressed cold."},
        "actions": [
            {"owner": "Casimir Wolff", "action": "change the rush sheet so the press time "
                                                 "stays overnight", "due": ""},
            {"owner": "Jana Horak", "action": "tell the front desk the rush service is two "
                                              "days", "due": "from next week"},
        ],
    },
}
