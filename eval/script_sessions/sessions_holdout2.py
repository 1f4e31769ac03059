"""Annotated sessions written in session 8 before any change to the step assignment, in
domains and wording none of the other sessions use, and kept out of tuning: only their
split mean is read (see build.py). Facilitators here rarely use stock phrases, participants
drift into the next step on their own, a step comes back after a later one, and one
session is an ordinary meeting that does not follow the script at all."""

SESSIONS = {
    "holdout2_foodbank_volunteers": {
        "title": "Problem-solving jam: Saturday sorting shifts run half empty",
        "format": "problem-solving jam", "date": "2026-11-24", "start_time": "18:00",
        "facilitator": "Hanne Vik",
        "cases": [{"case_id": "FB-12", "title": "Volunteers sign up but do not come",
                   "problem": "The Saturday sorting shift needs twelve volunteers and gets "
                              "six or seven.",
                   "context": "Community food bank; supermarket pallets arrive on Saturday "
                              "mornings.",
                   "tried": "An online sign-up sheet.",
                   "outcome": "People sign up and then stay home.",
                   "submitted_by": "Kwame Mensah", "team": "Warehouse volunteers",
                   "submitted_on": "2026-11-17"}],
        "cues": [
            ("Hanne Vik", "other", "Okay, I think that's most of us. Kwame, whenever you're "
             "ready."),
            ("Kwame Mensah", "present", "Thanks. Our Saturday sorting shift needs twelve "
             "volunteers and for two months we've been getting six or seven, so the pallets "
             "from the supermarket pick-up sit in the cold room until Tuesday."),
            ("Kwame Mensah", "present", "We put a sign-up sheet online in September, and "
             "people do sign up, they just don't come."),
            ("Hanne Vik", "breakdown", "Who are the people that sign up and then don't show? "
             "Is it the same ones every time?"),
            ("Kwame Mensah", "breakdown", "Mostly first-timers. The regulars come. The new "
             "ones sign up three weeks out and hear nothing from us until the day."),
            ("Lucia Ferreira", "breakdown", "And the sheet lets anyone take a slot with one "
             "click, so it costs nothing to sign up and nothing to stay home."),
            ("Lucia Ferreira", "pattern", "For me the thing to carry away is that a new "
             "volunteer needs a person, not a form: someone who calls them before their first "
             "shift and meets them at the door."),
            ("Hanne Vik", "pattern", "Can we put that in one sentence someone at another food "
             "bank would understand?"),
            ("Kwame Mensah", "pattern", "Give every first-time volunteer a named buddy who "
             "contacts them the week before and welcomes them on the day."),
            ("Lucia Ferreira", "breakdown", "Sorry, one bit I skipped earlier: the reminder "
             "email comes from a no-reply address, so when people can't make it they have "
             "nobody to tell."),
            ("Hanne Vik", "applies", "Would the buddy idea survive at the weekday deliveries, "
             "or is it only a Saturday thing?"),
            ("Kwame Mensah", "applies", "The weekday drivers are all long-timers, so no. But "
             "the holiday hamper drive brings in forty new people in December, that's exactly "
             "where it would help."),
            ("Hanne Vik", "capture", "Right, let's get this into our shared notes so the "
             "other sites can pick it up: a named buddy for each first-timer, a call the week "
             "before, and a reply address that reaches a human."),
            ("Lucia Ferreira", "capture", "I can change the reminder so it comes from the "
             "volunteer coordinator's inbox, I'll do that this week."),
            ("Kwame Mensah", "capture", "And I'll draw up the buddy list for the December "
             "hamper drive by the fifteenth."),
            ("Hanne Vik", "other", "Lovely, thank you both. Same slot in a fortnight."),
        ],
        "recap": [
            ("The Saturday sorting shift needs twelve volunteers but gets six or seven, and "
             "an online sign-up sheet has not helped.", [1, 2]),
            ("First-timers sign up weeks ahead, hear nothing until the day, and the reminder "
             "comes from a no-reply address.", [4, 5, 9]),
            ("Give each first-time volunteer a named buddy who calls the week before and "
             "welcomes them on the day.", [6, 8]),
            ("It fits the December hamper drive, not the weekday drivers, who are "
             "long-timers.", [11]),
            ("The shared notes get the buddy, the call and a human reply address; Lucia moves "
             "the reminder to the coordinator's inbox and Kwame draws up the buddy list.",
             [12, 13, 14]),
        ],
        "pattern": {"name": "Give first-time volunteers a named buddy",
                    "problem": "New volunteers sign up weeks ahead and do not turn up.",
                    "what_to_do": "Give every first-time volunteer a named buddy who contacts "
                                  "them the week before and welcomes them on the day.",
                    "applies_when": "Shifts that depend on many new volunteers, such as a "
                                    "holiday drive.",
                    "does_not_apply_when": "Shifts run by long-standing regulars."},
        "actions": [
            {"owner": "Lucia Ferreira", "action": "change the reminder so it comes from the "
             "volunteer coordinator's inbox", "due": "this week"},
            {"owner": "Kwame Mensah", "action": "draw up the buddy list for the December "
             "hamper drive", "due": "by the fifteenth"},
        ],
    },
    "holdout2_solar_rework": {
        "title": "Office hours: second visits on rooftop solar installs",
        "format": "office hours", "date": "2026-11-25", "start_time": "09:00",
        "facilitator": "Tomasz Wrona",
        "cases": [{"case_id": "SO-8", "title": "Wrong mounting kit on the roof",
                   "problem": "One install in four needs a second visit because the mounting "
                              "kit does not fit the roof tiles.",
                   "context": "Residential rooftop solar, crews of two.",
                   "tried": "Asking sales reps to look more carefully at the photos.",
                   "outcome": "No change in return trips.",
                   "submitted_by": "Priya Raman", "team": "Installations",
                   "submitted_on": "2026-11-23"}],
        "cues": [
            ("Tomasz Wrona", "other", "Hey Priya, hey Sam. Priya, I saw your note come in on "
             "Monday, shall we start with that one?"),
            ("Priya Raman", "present", "Yes please. About one install in four needs a second "
             "truck roll, because the crew gets up on the roof and the mounting kit is wrong "
             "for the tiles."),
            ("Priya Raman", "present", "Every return trip is half a day for two people, and "
             "the customer has scaffolding up for an extra week."),
            ("Tomasz Wrona", "breakdown", "Take me to the moment the kit gets chosen. Who "
             "picks it, and from what?"),
            ("Priya Raman", "breakdown", "The sales rep picks it from the satellite photo "
             "during the quote. You can't tell slate from concrete tile on a satellite photo."),
            ("Sam Whitfield", "breakdown", "And the surveyor who does go on site fills in a "
             "form that never gets back to the warehouse, so nobody corrects the kit."),
            ("Tomasz Wrona", "pattern", "If you had to warn a new installer about this in one "
             "line, what would you tell them?"),
            ("Sam Whitfield", "pattern", "Let the person who actually sees the roof choose the "
             "parts, and make that choice travel with the job."),
            ("Priya Raman", "pattern", "Yeah. Decisions about materials belong with whoever "
             "has the facts in front of them, not whoever talks to the customer first."),
            ("Tomasz Wrona", "applies", "Is there anywhere that wouldn't hold? Ground-mounted "
             "arrays, say?"),
            ("Sam Whitfield", "applies", "Ground mounts don't have the tile issue at all, so "
             "it's irrelevant there. But battery installs have the same thing with the wall "
             "space in the garage."),
            ("Tomasz Wrona", "capture", "Okay. Priya, what would you want written down for "
             "the next team that hits this?"),
            ("Priya Raman", "capture", "That the site survey fixes the mounting kit, and the "
             "warehouse packs from the survey, not from the quote."),
            ("Sam Whitfield", "capture", "I'll add a kit field to the survey form and link it "
             "to the pick list, should be done before the end of the month."),
            ("Priya Raman", "capture", "And I'll tell the sales reps on Thursday that the kit "
             "on the quote is only provisional."),
            ("Tomasz Wrona", "other", "Great. Anything else from anyone? No? Then we finish "
             "early."),
        ],
        "recap": [
            ("One install in four needs a second visit because the mounting kit does not fit "
             "the roof tiles, costing half a day for two people.", [1, 2]),
            ("Sales picks the kit from a satellite photo, and the surveyor's on-site form "
             "never reaches the warehouse.", [4, 5]),
            ("Let whoever sees the roof choose the parts, and make that choice travel with the "
             "job.", [7, 8]),
            ("It matters for battery installs too, not for ground-mounted arrays.", [10]),
            ("The survey fixes the kit and the warehouse packs from it; Sam links the survey "
             "to the pick list and Priya briefs the sales reps.", [12, 13, 14]),
        ],
        "pattern": {"name": "Let whoever sees the site choose the parts",
                    "problem": "Parts chosen from a photo at quote time do not fit on site.",
                    "what_to_do": "Let the on-site survey choose the parts and have the "
                                  "warehouse pack from the survey.",
                    "applies_when": "Installs whose parts depend on site details, such as "
                                    "battery wall space.",
                    "does_not_apply_when": "Ground-mounted arrays."},
        "actions": [
            {"owner": "Sam Whitfield", "action": "add a kit field to the survey form and link "
             "it to the pick list", "due": "before the end of the month"},
            {"owner": "Priya Raman", "action": "tell the sales reps that the kit on the quote "
             "is only provisional", "due": "on Thursday"},
        ],
    },
    "holdout2_brewery_valves": {
        "title": "Show-and-tell: the valve sheet that stopped sour batches",
        "format": "show-and-tell", "date": "2026-11-26", "start_time": "10:30",
        "facilitator": "Maeve Gallagher",
        "cases": [{"case_id": "BR-3", "title": "Batches of pale ale turning sour",
                   "problem": "Four batches were tipped away in six weeks after a bacterial "
                              "infection.",
                   "context": "Craft brewery, two shifts, twelve fermenters.",
                   "tried": "Extra sanitiser in the cleaning cycle.",
                   "outcome": "The infection came back in the same two fermenters.",
                   "submitted_by": "Oskar Lindqvist", "team": "Cellar",
                   "submitted_on": "2026-11-19"}],
        "cues": [
            ("Maeve Gallagher", "other", "Morning all. We're recording, just so you know. "
             "Oskar is going to show us what they changed in the cellar."),
            ("Oskar Lindqvist", "other", "Give me a sec, I'm sharing... there, is that the "
             "spreadsheet?"),
            ("Maeve Gallagher", "other", "Got it."),
            ("Oskar Lindqvist", "present", "So last spring we tipped away four batches of pale "
             "ale in six weeks, they came out sour, that's about eleven thousand euros of beer "
             "down the drain."),
            ("Oskar Lindqvist", "present", "The lab said it was a bacterial infection, and it "
             "was always the same two fermenters."),
            ("Maeve Gallagher", "breakdown", "And when you started digging, what turned up?"),
            ("Oskar Lindqvist", "breakdown", "The cleaning rota said every fermenter gets a "
             "full clean after each batch, but on double-brew days the night shift was "
             "skipping the valve strip-down to save time."),
            ("Ines Moreau", "breakdown", "Nobody was lying, the rota just had no line for the "
             "valves, so it looked done when it wasn't."),
            ("Maeve Gallagher", "pattern", "Okay, stepping back from beer for a second, what's "
             "the bit the rest of us should steal?"),
            ("Ines Moreau", "pattern", "A checklist only protects you for the things it "
             "names. Give the risky step its own line, with a signature."),
            ("Oskar Lindqvist", "pattern", "That's what this sheet does now: every valve has "
             "its own row, and whoever strips it signs it."),
            ("Ines Moreau", "applies", "Honestly, the kitchen at the taproom could do with the "
             "same thing for the ice machine."),
            ("Maeve Gallagher", "applies", "Where would it be overkill, though?"),
            ("Oskar Lindqvist", "applies", "Bottling line changeovers are already automated "
             "and logged, so not there."),
            ("Maeve Gallagher", "capture", "Let's make sure this ends up in the library with "
             "the sheet attached."),
            ("Oskar Lindqvist", "capture", "I'll upload the valve sheet and a short note by "
             "Wednesday."),
            ("Ines Moreau", "applies", "Oh, and the cider people rent the same fermenters in "
             "autumn, they should get it too."),
            ("Maeve Gallagher", "capture", "Good shout. Ines, can you pass it on to them next "
             "week?"),
            ("Ines Moreau", "capture", "Will do."),
            ("Maeve Gallagher", "other", "Thanks Oskar, really useful. Bye all."),
        ],
        "recap": [
            ("Four batches of pale ale turned sour in six weeks, about eleven thousand euros "
             "lost, always in the same two fermenters.", [3, 4]),
            ("On double-brew days the night shift skipped the valve strip-down, and the rota "
             "had no line for valves, so it looked done.", [6, 7]),
            ("A checklist protects only what it names: give the risky step its own line with "
             "a signature.", [9, 10]),
            ("It fits the taproom ice machine and the cider fermenters, not the automated "
             "bottling changeovers.", [11, 13, 16]),
            ("The valve sheet goes into the library; Oskar uploads it with a note and Ines "
             "passes it to the cider side.", [14, 15, 17, 18]),
        ],
        "pattern": {"name": "Give the risky step its own signed line",
                    "problem": "A cleaning checklist looked complete while a risky step was "
                               "skipped.",
                    "what_to_do": "Give the risky step its own line on the checklist, signed "
                                  "by whoever does it.",
                    "applies_when": "Manual cleaning or maintenance with a step that is easy "
                                    "to skip, such as an ice machine.",
                    "does_not_apply_when": "Automated and logged changeovers."},
        "actions": [
            {"owner": "Oskar Lindqvist", "action": "upload the valve sheet and a short note",
             "due": "by Wednesday"},
            {"owner": "Ines Moreau", "action": "pass the valve sheet on to the cider side",
             "due": "next week"},
        ],
    },
    "holdout2_admissions_offers": {
        "title": "Problem-solving jam: admission offers nobody answered",
        "format": "problem-solving jam", "date": "2026-11-27", "start_time": "13:00",
        "facilitator": "Nadia Rahman",
        "cases": [{"case_id": "AD-21", "title": "Offers lapse without a reply",
                   "problem": "About eighty admitted applicants never replied to their offer "
                              "by the deadline.",
                   "context": "University admissions office, offers sent from the admissions "
                              "system.",
                   "tried": "Phoning some of the applicants.",
                   "outcome": "Most had never seen the offer; some had gone elsewhere.",
                   "submitted_by": "Felix Adler", "team": "Admissions",
                   "submitted_on": "2026-11-20"}],
        "cues": [
            ("Nadia Rahman", "other", "Right, camera's on. Is Felix here? Good."),
            ("Nadia Rahman", "present", "Felix, you had the one about offers going "
             "unanswered."),
            ("Felix Adler", "present", "Yeah. This cycle, eighty-odd applicants we'd made "
             "offers to never replied by the deadline, and when we rang a few, they'd never "
             "seen the offer at all."),
            ("Felix Adler", "present", "Some of them had already taken places elsewhere by "
             "the time we reached them."),
            ("Nadia Rahman", "breakdown", "Okay. And how did the offer get to them, "
             "physically?"),
            ("Felix Adler", "breakdown", "One email, sent from the admissions system in a "
             "batch of four thousand at midnight, with a PDF attached."),
            ("Greta Holm", "breakdown", "Which is exactly the shape of mail that spam filters "
             "hate. Big batch, attachment, new sending domain; IT moved us to a new domain in "
             "the summer."),
            ("Felix Adler", "breakdown", "And we had no second channel. The portal showed the "
             "offer, but nobody logs into the portal unless they're told to."),
            ("Nadia Rahman", "pattern", "So if you were writing a warning label for this, "
             "what's on it?"),
            ("Greta Holm", "pattern", "Never let something that has a deadline travel by one "
             "channel only. Send it, then confirm it arrived some other way."),
            ("Felix Adler", "pattern", "And check delivery before the deadline, not after."),
            ("Nadia Rahman", "applies", "Who else sends people things with deadlines like "
             "that?"),
            ("Greta Holm", "applies", "Financial aid, definitely, their award letters go out "
             "the same way. Course reminders, not so much, missing one isn't the end of the "
             "world."),
            ("Felix Adler", "breakdown", "Oh, I should have said, the bounce reports went to "
             "an inbox nobody reads, so we had no idea anything was failing."),
            ("Nadia Rahman", "applies", "Then that's probably true for financial aid as well, "
             "they share that inbox."),
            ("Nadia Rahman", "capture", "Let's pin down what we keep from this, in a form the "
             "other faculties can reuse."),
            ("Greta Holm", "capture", "Deadline messages go out on two channels, a text as "
             "well as the email, and someone checks the bounce inbox daily during offer "
             "season."),
            ("Felix Adler", "capture", "I'll set up the text message for the next offer round, "
             "that's the fourteenth of March."),
            ("Greta Holm", "capture", "And I'll get the bounce inbox forwarded to the team's "
             "shared mailbox this week."),
            ("Nadia Rahman", "other", "Great. I'll stop the recording. Thanks."),
        ],
        "recap": [
            ("About eighty applicants never answered their offers by the deadline; those "
             "reached by phone had never seen the offer, and some had gone elsewhere.", [2, 3]),
            ("Offers went as one midnight batch email with a PDF from a new domain, with no "
             "second channel, and bounce reports went to an unread inbox.", [5, 6, 7, 13]),
            ("Never send something with a deadline by one channel only; confirm it arrived "
             "another way, before the deadline.", [9, 10]),
            ("It fits financial aid award letters, not course reminders.", [12, 14]),
            ("Deadline messages go by text and email and the bounce inbox is checked daily; "
             "Felix sets up the text for the March round and Greta forwards the bounce "
             "inbox.", [16, 17, 18]),
        ],
        "pattern": {"name": "Send deadline messages by two channels",
                    "problem": "Messages with a deadline sent by one bulk email never reach "
                               "people.",
                    "what_to_do": "Send deadline messages by two channels and confirm "
                                  "delivery before the deadline.",
                    "applies_when": "Messages whose deadline has consequences, such as "
                                    "financial aid award letters.",
                    "does_not_apply_when": "Routine reminders that are harmless to miss."},
        "actions": [
            {"owner": "Felix Adler", "action": "set up the text message for the next offer "
             "round", "due": "the fourteenth of March"},
            {"owner": "Greta Holm", "action": "get the bounce inbox forwarded to the team's "
             "shared mailbox", "due": "this week"},
        ],
    },
    "holdout2_museum_install_checkin": {
        "title": "Office hours: exhibition install week check-in",
        "format": "office hours", "date": "2026-11-28", "start_time": "08:45",
        "facilitator": "Joanna Kowalczyk",
        "cases": [],
        "cues": [
            ("Joanna Kowalczyk", "other", "Hi everyone, short one today, it's install week."),
            ("Ravi Menon", "other", "Morning."),
            ("Joanna Kowalczyk", "other", "First thing, the crates from Lisbon. Ravi, what "
             "happened with the delivery?"),
            ("Ravi Menon", "other", "They arrived Tuesday instead of Monday, customs held them "
             "a day. Everything is unpacked now and the condition reports are done."),
            ("Joanna Kowalczyk", "other", "Any damage?"),
            ("Ravi Menon", "other", "One frame corner, already photographed and sent to the "
             "lender."),
            ("Claire Dubois", "other", "The lighting rig for room three is still waiting on "
             "two spotlights, the supplier says Thursday."),
            ("Joanna Kowalczyk", "other", "Does that push the opening?"),
            ("Claire Dubois", "other", "No, we can light the room with the old fixtures for "
             "the press preview if we have to."),
            ("Joanna Kowalczyk", "other", "Okay. Labels?"),
            ("Ravi Menon", "other", "The wall texts are at the printer, proofs come back "
             "tomorrow. I'll check them against the catalogue before Friday."),
            ("Claire Dubois", "other", "I'll chase the spotlights again tomorrow morning."),
            ("Joanna Kowalczyk", "other", "Good. And the opening night list is closed, two "
             "hundred and ten guests."),
            ("Joanna Kowalczyk", "other", "That's everything from me. Thanks all, see you at "
             "the preview."),
        ],
        "recap": [
            ("Install week check-in: the Lisbon crates, lighting for room three, wall texts "
             "and the opening list.", [0, 2, 6, 9, 12]),
            ("The Lisbon crates arrived a day late after customs; they are unpacked and the "
             "condition reports are done.", [3]),
            ("One frame corner was damaged, photographed and reported to the lender.", [5]),
            ("Room three still waits on two spotlights due Thursday; the old fixtures can "
             "light the press preview if needed.", [6, 8]),
            ("Wall text proofs come back tomorrow and Ravi checks them before Friday; the "
             "opening list is closed at 210 guests.", [10, 12]),
        ],
        "pattern": {"name": "Keep a fallback for late install parts",
                    "problem": "Parts for an exhibition install arrive late.",
                    "what_to_do": "Plan a fallback, such as old fixtures, for the preview.",
                    "applies_when": "Install weeks with outside suppliers.",
                    "does_not_apply_when": None},
        "actions": [
            {"owner": "Ravi Menon", "action": "check the wall texts against the catalogue",
             "due": "before Friday"},
            {"owner": "Claire Dubois", "action": "chase the spotlights again",
             "due": "tomorrow morning"},
        ],
    },
}
