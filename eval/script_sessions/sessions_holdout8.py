"""Annotated sessions written blind in session 13 by someone who had not read the product code
(nothing under assistant/ or tests/, and no evaluation script), in work domains none of the
other sets use: roofing, airport car hire, an independent cinema, a livery yard, glacier
guiding, a bookbinding studio, a mobile cider press, scaffolding, a perfumery, an upholstery
workshop, land surveying and hot-air balloon rides. Six scripted sessions of 16-22 cues (the
facilitator names every step by number in one, names steps in plain words in two and names
none in the other three; in one the facilitator speaks only to open and close and the
participants drive; a participant jumps ahead to the remedy during the breakdown in one, a
cue annotated as pattern, and to an action during the breakdown in another, a cue annotated
as capture; the breakdown comes back after the pattern in one and the pattern after the
applies step in another; the case owner is not the first to speak in three; small talk and
logistics at the start and end), two longer scripted sessions of 39 and 36 cues with side
talk inside the steps (a frozen call, someone in a tunnel, two late joiners caught up by the
facilitator, a joke), where the breakdown and then the pattern come back after the applies
step in one and the applies step comes back during the capture in the other, and four
sessions of 13-15 cues that do not follow the script (all cues "other"), each with a linked
case: a demo day, a weekly status round that mentions its case in passing, office
hours with quick questions about two cases, and a season planning meeting booked as a jam."""

SESSIONS = {
    "holdout8_roofing_flashing_callbacks": {
        "title": "Jam: chimney flashings leaking again within a month",
        "format": "problem-solving jam", "date": "2027-01-19", "start_time": "10:00",
        "facilitator": "Declan Moriarty",
        "cases": [{"case_id": "RFG-14", "title": "Repeat leaks after chimney flashing repairs",
                   "problem": "Seven chimney flashing repairs done between September and "
                              "November leaked again within four weeks, each needing a free "
                              "second visit.",
                   "context": "Roofing contractor with three two-person crews doing small "
                              "domestic repairs; jobs booked in half-day slots and priced "
                              "from photos the customer sends.",
                   "tried": "Asking crews to run a hose test before leaving the roof.",
                   "outcome": "Seven return visits at no charge and two one-star reviews.",
                   "submitted_by": "Priya Venkataraman", "team": "Repairs",
                   "submitted_on": "2027-01-08"}],
        "cues": [
            ("Declan Moriarty", "other", "Morning all. Jonas, are you in the van? You're "
             "coming through a bit crackly."),
            ("Jonas Lindqvist", "other", "Yeah, parked up in a lay-by. Should be alright "
             "now, I've got two bars."),
            ("Declan Moriarty", "other", "Grand. So it's Priya's one on the flashings. I'll "
             "call out the five steps as we go, keeps me honest."),
            ("Declan Moriarty", "present", "Step one. Priya, what's the case?"),
            ("Priya Venkataraman", "present", "So since September we've had seven chimney "
             "flashings leak again inside a month. Every one's a free second visit, and two "
             "of those customers gave us one star."),
            ("Priya Venkataraman", "present", "We did ask the lads to do a hose test before "
             "they come down. Didn't change a thing, honestly."),
            ("Declan Moriarty", "breakdown", "Okay, step two. Why are they leaking? What's "
             "actually going on up there?"),
            ("Jonas Lindqvist", "breakdown", "Well it's a half-day slot, isn't it. A chimney "
             "done properly, with the step flashing, that's a full day. So you cut corners "
             "to get off the roof in time."),
            ("Kwame Asante", "pattern", "Can we not just book them as full days? That's the "
             "fix, surely, job done."),
            ("Declan Moriarty", "breakdown", "Maybe, Kwame, hang on to that one. Jonas, what "
             "corners, exactly?"),
            ("Jonas Lindqvist", "breakdown", "Mostly the lead's not tucked into the mortar "
             "joint deep enough. And we seal it with mastic instead of repointing, because "
             "the mortar needs a day to go off."),
            ("Priya Venkataraman", "breakdown", "And the hose test is five minutes with a "
             "garden hose on a still day. It's nothing like rain coming sideways off the "
             "hill."),
            ("Kwame Asante", "breakdown", "Also, when I price them, I price off the photo "
             "the customer sends. So I don't see it's a double stack or a rotten back "
             "gutter till the lads are up there."),
            ("Declan Moriarty", "pattern", "Right, step three. What's the rule we take away "
             "from this?"),
            ("Jonas Lindqvist", "pattern", "Price chimney flashing as a full-day job from "
             "a proper look on site, not a photo. And chase the lead into the joint and "
             "repoint it. Mastic's not the seal."),
            ("Kwame Asante", "pattern", "Full day. Like I said. Just saying."),
            ("Declan Moriarty", "applies", "Step four, where else does it apply? And "
             "anywhere it doesn't?"),
            ("Priya Venkataraman", "applies", "Anywhere a roof meets brickwork, really. "
             "Dormer cheeks, lean-tos against a wall. Not the flat roofs, that's membrane, "
             "whole different thing."),
            ("Declan Moriarty", "capture", "And the last one, step five. Who's doing what?"),
            ("Kwame Asante", "capture", "I'll change the price sheet so chimney flashing's "
             "a full day with a site visit first. I'll have it done by Friday."),
            ("Priya Venkataraman", "capture", "And I'll ring the seven customers and book "
             "the redos with the new method, all of them this month."),
            ("Declan Moriarty", "other", "Lovely. Right, Jonas, go get yourself a bacon "
             "roll, you've earned it."),
        ],
        "recap": [
            ("Seven chimney flashing repairs since September leaked again within a month, "
             "each needing a free second visit and two bringing one-star reviews; a hose "
             "test before leaving did not help.", [4, 5]),
            ("Chimney jobs are booked as half-day slots, so the lead is not dressed deep "
             "into the joint and is sealed with mastic instead of repointing; the hose test "
             "is nothing like driving rain, and jobs are priced from customers' photos.",
             [7, 10, 11, 12]),
            ("Price chimney flashing as a full-day job from a site visit, chase the lead "
             "into the joint and repoint rather than rely on mastic.", [8, 14, 15]),
            ("It applies wherever a roof meets brickwork, such as dormer cheeks and "
             "lean-tos, not to flat membrane roofs.", [17]),
            ("Kwame changes the price sheet to a full day with a site visit by Friday; "
             "Priya rings the seven customers to book the redos this month.", [19, 20]),
        ],
        "pattern": {
            "name": "Price chimney flashing as a full-day job",
            "problem": "Chimney flashings squeezed into half-day slots and priced from "
                       "photos are sealed with mastic instead of repointed, and leak again "
                       "within weeks.",
            "what_to_do": "Price chimney flashing as a full day after a site visit, chase "
                          "the lead into the mortar joint and repoint it.",
            "applies_when": "Any roof that meets brickwork: chimneys, dormer cheeks, "
                            "lean-tos.",
            "does_not_apply_when": "Flat roofs with a membrane.",
        },
        "actions": [
            {"owner": "Kwame Asante", "action": "change the price sheet so chimney flashing "
             "is a full day with a site visit first", "due": "Friday"},
            {"owner": "Priya Venkataraman", "action": "ring the seven customers and book the "
             "redos with the new method", "due": "this month"},
        ],
    },

    "holdout8_car_hire_damage_disputes": {
        "title": "Damage disputes at car returns",
        "format": "problem-solving jam", "date": "2027-01-21", "start_time": "15:30",
        "facilitator": "Ingrid Solberg",
        "cases": [{"case_id": "CRH-3", "title": "Customers disputing damage at return",
                   "problem": "In December eleven customers disputed damage charges at "
                              "return, saying the scratches were already there; nine were "
                              "refunded because the check-out photos were missing or "
                              "unusable.",
                   "context": "Car hire desk at a regional airport with forty cars; "
                              "check-out done in the open car park by one agent, often "
                              "before sunrise in winter.",
                   "tried": "A line in the rental agreement asking customers to report "
                            "existing damage before driving off.",
                   "outcome": "Nine refunds totalling about 2,400 euros.",
                   "submitted_by": "Mateus Oliveira", "team": "Airport desk",
                   "submitted_on": "2027-01-05"}],
        "cues": [
            ("Ingrid Solberg", "other", "Hi, can everyone hear me? New headset, so tell me "
             "if it's awful."),
            ("Hana Yoshida", "other", "It's fine. Sounds a bit like you're in a cupboard, "
             "but fine."),
            ("Ingrid Solberg", "other", "I am basically in a cupboard. Okay. It's Mateus's "
             "case, but Hana, you were on the desk for most of these, weren't you?"),
            ("Hana Yoshida", "present", "Yeah, most of them. Customer brings the car back, "
             "we point out a scratch, and they go, that was already there. And honestly we "
             "can't prove it wasn't."),
            ("Mateus Oliveira", "present", "Eleven of those in December. We refunded nine, "
             "because the check-out photos were missing, or dark, or you just couldn't see "
             "anything. That's about two thousand four hundred euros."),
            ("Mateus Oliveira", "present", "We'd already put a line in the agreement, report "
             "any damage before you drive off. Nobody reads it."),
            ("Ingrid Solberg", "breakdown", "Okay, let's pick apart how a check-out actually "
             "goes."),
            ("Farid Rahimi", "breakdown", "It's one agent, out in the car park, six in the "
             "morning in January. Pitch dark. You take the photos on the desk phone and the "
             "flash just bounces off the wet paint."),
            ("Hana Yoshida", "breakdown", "And there's a queue building at the desk while "
             "you're outside, so you rush it."),
            ("Mateus Oliveira", "breakdown", "Also the photos go into the phone gallery. "
             "Nothing ties them to the contract number, so at the return we're scrolling "
             "through hundreds of pictures of grey cars."),
            ("Ingrid Solberg", "pattern", "So what's the lesson, if you had to tell another "
             "desk in one go?"),
            ("Farid Rahimi", "pattern", "Do the walk-round with the customer, in decent "
             "light, and they sign it. Under the canopy, not out in the car park."),
            ("Mateus Oliveira", "pattern", "And the photos get attached to the contract, "
             "not the gallery. The customer gets a copy by email before they leave."),
            ("Hana Yoshida", "breakdown", "Sorry, going back a second, there's one more "
             "thing that goes wrong. The after-hours returns, keys in the box. Nobody's "
             "there to look at the car with them at all."),
            ("Ingrid Solberg", "breakdown", "Good point. So those aren't covered at all "
             "right now."),
            ("Ingrid Solberg", "applies", "Where else would this work, and where wouldn't "
             "it?"),
            ("Mateus Oliveira", "applies", "Both airport desks, and the van hire at the "
             "station. It doesn't fix the key-box returns, we'd need something else for "
             "those."),
            ("Ingrid Solberg", "capture", "Let's get it written down. Who's taking what?"),
            ("Farid Rahimi", "capture", "I'll ask the airport if we can use the canopy bay "
             "for check-outs. Should have an answer next week."),
            ("Mateus Oliveira", "capture", "And I'll set the app up so photos go on the "
             "contract, and we'll try it at our desk from the first of February."),
            ("Ingrid Solberg", "other", "Great, thanks all. I'm going to escape this "
             "cupboard now."),
        ],
        "recap": [
            ("Eleven customers disputed damage at return in December and nine were refunded, "
             "about 2,400 euros, because check-out photos were missing or unusable; a line "
             "in the agreement did not help.", [3, 4, 5]),
            ("One agent does check-outs alone in the dark car park with the desk phone while "
             "a queue builds, photos are not tied to the contract, and after-hours key-box "
             "returns are never checked with the customer.", [7, 8, 9, 13, 14]),
            ("Do the walk-round with the customer in good light under the canopy, have them "
             "sign it, and attach the photos to the contract with a copy emailed before "
             "they leave.", [11, 12]),
            ("It applies to both airport desks and the station van hire, not to key-box "
             "returns.", [16]),
            ("Farid asks the airport about the canopy bay by next week; Mateus sets the app "
             "to attach photos to contracts and tries it from the first of February.",
             [18, 19]),
        ],
        "pattern": {
            "name": "Joint walk-round with photos on the contract",
            "problem": "Check-out photos taken alone in the dark and kept in a phone gallery "
                       "cannot prove damage when customers dispute it at return.",
            "what_to_do": "Walk round the car with the customer in good light, have them "
                          "sign, and attach the photos to the contract with an emailed copy.",
            "applies_when": "Staffed check-outs at airport desks and van hire.",
            "does_not_apply_when": "After-hours returns through the key box.",
        },
        "actions": [
            {"owner": "Farid Rahimi", "action": "ask the airport about using the canopy bay "
             "for check-outs", "due": "next week"},
            {"owner": "Mateus Oliveira", "action": "set up the app so photos go on the "
             "contract and try it at the desk", "due": "the first of February"},
        ],
    },

    "holdout8_cinema_late_starts": {
        "title": "Shows starting late because of the pre-show reel",
        "format": "problem-solving jam", "date": "2027-01-14", "start_time": "11:00",
        "facilitator": "Adaeze Nwosu",
        "cases": [{"case_id": "CIN-7", "title": "Late starts from wrong pre-show playlists",
                   "problem": "Twelve screenings in November started eight to twenty "
                              "minutes late because the pre-show playlist held the wrong "
                              "trailers or expired ads and had to be rebuilt.",
                   "context": "Independent five-screen cinema; playlists built each "
                              "Thursday from the distributor's trailer list and the ad "
                              "agency's spreadsheet; one projectionist for all screens.",
                   "tried": "Checking all playlists on Friday morning.",
                   "outcome": "Complaints online and refunds for one sold-out preview.",
                   "submitted_by": "Lukas Brandt", "team": "Projection",
                   "submitted_on": "2026-12-12"}],
        "cues": [
            ("Adaeze Nwosu", "other", "Hello, hello. Lukas, I think you're still on "
             "mute."),
            ("Lukas Brandt", "other", "Am I? Sorry. Hi. Better?"),
            ("Adaeze Nwosu", "other", "Yep. So today it's Lukas's case about the late "
             "starts, and I'll take us through the usual bits in order."),
            ("Adaeze Nwosu", "present", "First, tell us the case, just as it happened."),
            ("Lukas Brandt", "present", "So in November twelve shows started late, "
             "anything from eight to twenty minutes. Every time the pre-show had the wrong "
             "trailers or an ad that had finished its run, and Mei Lin had to rebuild it "
             "while the audience sat there."),
            ("Lukas Brandt", "present", "One was a sold-out preview, we ended up doing "
             "refunds. We started checking all the playlists Friday morning, but it kept "
             "happening."),
            ("Adaeze Nwosu", "breakdown", "Okay. Now let's dig into why. Mei Lin, what were "
             "you seeing up in the booth?"),
            ("Mei Lin Tan", "breakdown", "Well, the playlists get built on Thursday from "
             "two lists, the distributor's trailers and the ad agency's spreadsheet. The "
             "spreadsheet changes Friday afternoon. So the Friday morning check is checking "
             "against the old one."),
            ("Rafael Quintero", "breakdown", "And the ratings. You can't run a fifteen "
             "trailer before a kids' film, so whenever a film swaps screens, that screen's "
             "whole playlist is wrong."),
            ("Mei Lin Tan", "capture", "I'm going to make playlist templates for each "
             "rating anyway, I'll just do that this week."),
            ("Adaeze Nwosu", "breakdown", "Hold that thought, Mei Lin, we'll get to who does "
             "what. Anything else behind it?"),
            ("Lukas Brandt", "breakdown", "Just that screen swaps happen Saturday morning, "
             "after the box office looks at the numbers, and nobody tells the booth until "
             "it's too late."),
            ("Adaeze Nwosu", "pattern", "So what's the general lesson? Something another "
             "cinema could actually use."),
            ("Rafael Quintero", "pattern", "Build the playlist after the last thing that "
             "can change it. So after the ad spreadsheet lands, and again whenever a film "
             "moves screen."),
            ("Mei Lin Tan", "pattern", "And the playlist should belong to the film, not the "
             "screen. Then moving the film moves its playlist with it."),
            ("Adaeze Nwosu", "applies", "Where would that work, and where wouldn't it?"),
            ("Lukas Brandt", "applies", "Our other site, and festival week for sure. Not the "
             "live opera broadcasts, they come with their own fixed pre-show from the "
             "broadcaster."),
            ("Adaeze Nwosu", "capture", "Okay, let's write it down. Who's doing what?"),
            ("Mei Lin Tan", "capture", "Like I said, playlist templates per rating, tied to "
             "the film. By next Thursday."),
            ("Lukas Brandt", "capture", "And I'll get the box office to message the booth "
             "the minute a screen swap is decided. From this weekend."),
            ("Adaeze Nwosu", "other", "Great. Popcorn's on Lukas next time, I assume."),
            ("Lukas Brandt", "other", "Ha. Staff discount, sure."),
        ],
        "recap": [
            ("Twelve November screenings started eight to twenty minutes late because the "
             "pre-show had wrong trailers or expired ads, including a sold-out preview that "
             "was refunded; a Friday morning check did not help.", [4, 5]),
            ("Playlists are built on Thursday but the ad spreadsheet changes on Friday "
             "afternoon, trailers must match each film's rating, and Saturday screen swaps "
             "reach the booth too late.", [7, 8, 11]),
            ("Build the playlist after the last input that can change it, rebuild it when a "
             "film moves, and tie the playlist to the film rather than the screen.",
             [13, 14]),
            ("It applies to the other site and festival week, not to live opera broadcasts "
             "with a fixed pre-show.", [16]),
            ("Mei Lin makes playlist templates per rating tied to the film by next Thursday; "
             "Lukas has the box office message the booth about screen swaps from this "
             "weekend.", [9, 18, 19]),
        ],
        "pattern": {
            "name": "Playlists follow the film, built last",
            "problem": "Pre-show playlists built before the ad list and screen swaps are "
                       "final end up wrong and delay the film.",
            "what_to_do": "Build each playlist after the last input that can change it, "
                          "tie it to the film rather than the screen, and rebuild it when a "
                          "film moves.",
            "applies_when": "Screenings with trailers and ads chosen by the cinema, "
                            "including festival weeks.",
            "does_not_apply_when": "Live broadcasts that arrive with a fixed pre-show.",
        },
        "actions": [
            {"owner": "Mei Lin Tan", "action": "make playlist templates per rating, tied to "
             "the film", "due": "next Thursday"},
            {"owner": "Lukas Brandt", "action": "get the box office to message the booth as "
             "soon as a screen swap is decided", "due": "this weekend"},
        ],
    },

    "holdout8_livery_yard_feeds": {
        "title": "Wrong feeds in the morning buckets",
        "format": "problem-solving jam", "date": "2027-01-26", "start_time": "19:00",
        "facilitator": "Ruth Abernethy",
        "cases": [{"case_id": "EQN-2", "title": "Horses given another horse's feed",
                   "problem": "Four times in December a horse on a restricted diet was "
                              "given another horse's hard feed; a pony with a history of "
                              "laminitis was footsore for a week.",
                   "context": "Livery yard with thirty-two horses; morning feeds made up "
                              "the night before by whoever is on the late shift, from a "
                              "whiteboard feed chart in the feed room.",
                   "tried": "Rewriting the whiteboard in bigger letters.",
                   "outcome": "A vet visit and an owner threatening to move yards.",
                   "submitted_by": "Jana Dvořáková", "team": "Yard",
                   "submitted_on": "2027-01-03"}],
        "cues": [
            ("Ruth Abernethy", "other", "Evening. Give it a minute, Tevita's putting the "
             "kids to bed."),
            ("Olu Bankole", "other", "How's the weather your end? We've had hail all "
             "afternoon."),
            ("Jana Dvořáková", "other", "Same here. The arena's a pond."),
            ("Tevita Fifita", "other", "Sorry, I'm here. Go."),
            ("Ruth Abernethy", "present", "So, the feeds. Tevita, you found the first one, "
             "didn't you? Start there."),
            ("Tevita Fifita", "present", "Yeah. I went to give Biscuit his breakfast and "
             "the bucket had the sugar beet and the conditioning mix in it. He's only meant "
             "to have the low-sugar stuff."),
            ("Jana Dvořáková", "present", "And that was one of four in December. The worst "
             "was Pepper, the little Welsh pony, she's had laminitis before, and she was "
             "footsore for a week. Vet came out, and her owner's talking about leaving."),
            ("Jana Dvořáková", "present", "All we've done so far is rewrite the whiteboard "
             "bigger."),
            ("Ruth Abernethy", "breakdown", "How do the buckets get made up, then?"),
            ("Tevita Fifita", "breakdown", "Whoever's on late does them about nine at night, "
             "for the morning. You read the board, fill the buckets, line them up."),
            ("Jana Dvořáková", "breakdown", "And the buckets all look the same, black rubber. "
             "The names are on masking tape and the tape comes off when they're washed."),
            ("Olu Bankole", "breakdown", "So the person in the morning just grabs whatever "
             "bucket's by the stable door."),
            ("Tevita Fifita", "breakdown", "Yeah, and the board's in stable order, not by "
             "horse. Horses move stables all the time, so half the time it's out of date."),
            ("Ruth Abernethy", "pattern", "If you had to say it in a sentence for another "
             "yard?"),
            ("Olu Bankole", "pattern", "The horse's name goes on the bucket itself, painted "
             "or a proper tag, and the special diets get their own colour of bucket."),
            ("Jana Dvořáková", "pattern", "And the chart goes by horse, not by stable, so "
             "when a horse moves the chart doesn't lie."),
            ("Ruth Abernethy", "applies", "Would that work at your place, Olu?"),
            ("Olu Bankole", "applies", "Yes, and for supplements and medicines too. Not for "
             "hay, everyone gets the same hay, no point."),
            ("Ruth Abernethy", "capture", "Okay. So what are you actually going to do?"),
            ("Jana Dvořáková", "capture", "I'll order coloured buckets for the six special "
             "diets and engraved tags for the rest. This week."),
            ("Tevita Fifita", "capture", "And I'll redo the chart by horse name on "
             "Sunday."),
            ("Ruth Abernethy", "other", "Good. Now go and drain your arenas."),
        ],
        "recap": [
            ("Four times in December a horse on a restricted diet got another horse's feed; "
             "Pepper, a pony with past laminitis, was footsore for a week and her owner may "
             "leave; only the whiteboard was rewritten.", [5, 6, 7]),
            ("Feeds are made up at night from the board; identical black buckets lose their "
             "taped names in the wash, the morning person grabs the nearest bucket, and the "
             "board is in stable order while horses move.", [9, 10, 11, 12]),
            ("Put the horse's name on the bucket itself, give special diets their own "
             "colour, and keep the feed chart by horse rather than by stable.", [14, 15]),
            ("It applies to supplements and medicines and to Olu's yard, not to hay, which "
             "is the same for every horse.", [17]),
            ("Jana orders coloured buckets and engraved tags this week; Tevita redoes the "
             "chart by horse name on Sunday.", [19, 20]),
        ],
        "pattern": {
            "name": "Name and colour the bucket, chart by horse",
            "problem": "Identical feed buckets with taped names and a chart in stable order "
                       "let horses on special diets get the wrong feed.",
            "what_to_do": "Mark each bucket permanently with the horse's name, give special "
                          "diets their own bucket colour, and keep the chart by horse.",
            "applies_when": "Hard feeds, supplements and medicines that differ per horse.",
            "does_not_apply_when": "Hay or anything every horse gets the same.",
        },
        "actions": [
            {"owner": "Jana Dvořáková", "action": "order coloured buckets for the six special "
             "diets and engraved tags for the rest", "due": "this week"},
            {"owner": "Tevita Fifita", "action": "redo the feed chart by horse name",
             "due": "Sunday"},
        ],
    },

    "holdout8_glacier_crampon_fit": {
        "title": "Crampons coming off on guided glacier walks",
        "format": "problem-solving jam", "date": "2027-02-02", "start_time": "08:30",
        "facilitator": "Björn Åkesson",
        "cases": [{"case_id": "GLC-11", "title": "Clients' crampons coming off on the ice",
                   "problem": "On six guided glacier walks in the autumn a client's crampon "
                              "came off on the ice; one client slid a few metres and bruised "
                              "a hip.",
                   "context": "Glacier guiding company running half-day walks for "
                              "beginners; crampons fitted at the base by store staff before "
                              "the bus, from the boot sizes on the booking form; guides meet "
                              "clients at the ice.",
                   "tried": "Guides re-checking the straps at the ice edge.",
                   "outcome": "One injury report and two walks turned back.",
                   "submitted_by": "Sigrid Haugen", "team": "Guiding",
                   "submitted_on": "2026-11-28"}],
        "cues": [
            ("Björn Åkesson", "other", "Morning. I'm only listening today, Sigrid, it's "
             "yours. Shout when you're done."),
            ("Sigrid Haugen", "present", "Okay. So, six times this autumn a client's "
             "crampon came off on the ice. One woman slid a few metres and bruised her hip, "
             "and two walks we had to turn back."),
            ("Sigrid Haugen", "present", "We told the guides to re-check the straps at the "
             "ice edge, and it still happened twice after that."),
            ("Pasang Lhamu", "breakdown", "Can I say what I see? By the time they get to me "
             "the crampons are on, they're cold, they want to go. I check the strap is "
             "tight. I don't check the length."),
            ("Tomás Ferreira", "breakdown", "Okay, that's our side then. We fit them at the "
             "base to the size on the booking form. But loads of people turn up in their "
             "own boots at the last minute."),
            ("Sigrid Haugen", "breakdown", "And the size on the form is whatever they typed "
             "three weeks ago."),
            ("Tomás Ferreira", "breakdown", "Yeah. And with soft walking boots the crampon "
             "just doesn't sit, however tight the strap is. It's not the strap at all."),
            ("Pasang Lhamu", "pattern", "So the fit gets checked on the actual boot on their "
             "foot, at the last place they change, and soft boots get swapped for rental "
             "ones, no arguing."),
            ("Sigrid Haugen", "pattern", "Right. Fit on the boot they'll walk in, then a "
             "kick test, stamp and twist, before anyone steps onto the ice."),
            ("Tomás Ferreira", "applies", "Would that work for the ice cave trips in winter "
             "too? Same crampons."),
            ("Pasang Lhamu", "applies", "Yes. Not the ski tours though, they're on skis with "
             "ski crampons, and the clients there are experienced, different kit."),
            ("Sigrid Haugen", "capture", "Okay, so, actions. I'll put the kick test on the "
             "guide briefing card before the season starts in March."),
            ("Tomás Ferreira", "capture", "And I'll stop fitting from the form. We fit at "
             "the bus door on the real boot, from Monday, and I'll get twenty more pairs of "
             "rental boots in."),
            ("Pasang Lhamu", "capture", "I'll show the other guides the kick test at the "
             "team day on the twelfth."),
            ("Sigrid Haugen", "other", "That's us, Björn."),
            ("Björn Åkesson", "other", "Great, thanks all. Nice and quick, love it."),
        ],
        "recap": [
            ("Six times this autumn a client's crampon came off on the ice, one client "
             "slid and bruised a hip and two walks turned back; re-checking straps at the "
             "ice edge did not stop it.", [1, 2]),
            ("Guides check strap tightness, not fit; the store fits crampons at the base "
             "from stale booking-form sizes, many clients arrive in their own soft boots, "
             "and on soft boots the crampon cannot sit.", [3, 4, 5, 6]),
            ("Fit crampons on the boot the client will walk in at the last change point, "
             "swap soft boots for rentals, and do a stamp-and-twist kick test before the "
             "ice.", [7, 8]),
            ("It applies to the winter ice cave trips too, not to ski tours with ski "
             "crampons.", [9, 10]),
            ("Sigrid adds the kick test to the guide briefing card before March; Tomás fits "
             "at the bus door from Monday and stocks twenty more pairs of rental boots; "
             "Pasang shows the guides the kick test on the twelfth.", [11, 12, 13]),
        ],
        "pattern": {
            "name": "Fit crampons on the walking boot, then kick-test",
            "problem": "Crampons fitted early from booking-form sizes, often on soft boots, "
                       "come off on the ice even with tight straps.",
            "what_to_do": "Fit crampons on the boot the client will walk in at the last "
                          "change point, swap soft boots for rentals and kick-test before "
                          "the ice.",
            "applies_when": "Beginner glacier walks and ice cave trips with strap-on "
                            "crampons.",
            "does_not_apply_when": "Ski tours with ski crampons.",
        },
        "actions": [
            {"owner": "Sigrid Haugen", "action": "put the kick test on the guide briefing "
             "card", "due": "before the season starts in March"},
            {"owner": "Tomás Ferreira", "action": "fit crampons at the bus door on the "
             "client's real boot", "due": "Monday"},
            {"owner": "Tomás Ferreira", "action": "get twenty more pairs of rental boots",
             "due": None},
            {"owner": "Pasang Lhamu", "action": "show the other guides the kick test at the "
             "team day", "due": "the twelfth"},
        ],
    },

    "holdout8_bindery_warped_boards": {
        "title": "Hardback covers bowing after delivery",
        "format": "problem-solving jam", "date": "2027-01-28", "start_time": "14:00",
        "facilitator": "Marisol Vega",
        "cases": [{"case_id": "BND-5", "title": "Cased hardbacks warping after delivery",
                   "problem": "Three batches of hand-bound hardbacks warped within two "
                              "weeks of delivery, the boards bowing outward; one small "
                              "press returned forty copies.",
                   "context": "Small bookbinding studio doing short runs for small presses "
                              "and wedding albums; boards covered with cloth and paste in an "
                              "unheated workshop, pressed overnight, then boxed.",
                   "tried": "Leaving books in the press for two nights instead of one.",
                   "outcome": "Forty copies rebound at the studio's cost and a wedding album "
                              "order delayed.",
                   "submitted_by": "Wojciech Nowak", "team": "Bindery",
                   "submitted_on": "2027-01-10"}],
        "cues": [
            ("Marisol Vega", "other", "Hi both, hi Yuki. Is the studio freezing today? "
             "You've all got scarves on."),
            ("Fatima Zahra Benali", "other", "The heater died. We're fine. Mostly."),
            ("Marisol Vega", "present", "Okay, the warping books. Fatima, you spotted it "
             "first, do you want to start?"),
            ("Fatima Zahra Benali", "present", "Yeah, so a small press sent back forty copies "
             "of a poetry book. The covers had bowed out, like a banana, two weeks after "
             "they got them."),
            ("Wojciech Nowak", "present", "And it's the third batch this winter. We tried "
             "leaving them in the press two nights instead of one. Didn't help, and it cost "
             "us the press slot for the wedding albums."),
            ("Marisol Vega", "breakdown", "Why do you think they bow? What's different this "
             "winter?"),
            ("Yuki Tanaka", "breakdown", "The cloth and the board pull against each other. "
             "When the paste dries the covered side shrinks more, so the board curls "
             "towards it, unless the inside's lined too."),
            ("Wojciech Nowak", "breakdown", "We stopped lining the inside of the boards in "
             "October to save time. That one's on me."),
            ("Fatima Zahra Benali", "breakdown", "And the workshop's cold and damp, and then "
             "they go off to someone's centrally heated flat. Everything dries out on the "
             "way."),
            ("Marisol Vega", "pattern", "So what would you tell another bindery?"),
            ("Yuki Tanaka", "pattern", "Always balance the board. If you cover one side you "
             "line the other, so both sides pull the same."),
            ("Marisol Vega", "applies", "And where does that hold?"),
            ("Wojciech Nowak", "applies", "Every cased hardback, and the boxes we make for "
             "albums. Not the limp bindings, the soft covers, there's no board to warp."),
            ("Fatima Zahra Benali", "pattern", "Sorry, can I add to the rule? Grain "
             "direction. The board grain has to run head to tail, and I think the last "
             "batch came from the new supplier cut the wrong way."),
            ("Yuki Tanaka", "pattern", "Yes, good. Balanced lining and grain head to tail, "
             "both."),
            ("Marisol Vega", "capture", "Okay. Who's doing what now?"),
            ("Wojciech Nowak", "capture", "I'll put lining back on the job sheet for every "
             "board, starting with the wedding albums next week."),
            ("Fatima Zahra Benali", "capture", "I'll ring the board supplier about the grain "
             "and ask for a sample sheet before we reorder."),
            ("Marisol Vega", "other", "Good. And get that heater fixed before your paste "
             "freezes."),
            ("Wojciech Nowak", "other", "It's on the list. Somewhere."),
        ],
        "recap": [
            ("A small press returned forty poetry books whose covers bowed two weeks after "
             "delivery, the third warped batch this winter; two nights in the press did "
             "not help and delayed the wedding albums.", [3, 4]),
            ("Covered boards curl as the paste dries unless the inside is lined, lining was "
             "dropped in October to save time, and books go from a cold damp workshop to "
             "heated homes.", [6, 7, 8]),
            ("Balance every board by lining the side opposite the covering, with the board "
             "grain running head to tail.", [10, 13, 14]),
            ("It applies to every cased hardback and the album boxes, not to limp bindings "
             "without boards.", [12]),
            ("Wojciech puts lining back on the job sheet from the wedding albums next week; "
             "Fatima asks the board supplier about grain and a sample sheet before "
             "reordering.", [16, 17]),
        ],
        "pattern": {
            "name": "Balance the board and check its grain",
            "problem": "Boards covered on one side only, or cut against the grain, bow as "
                       "the paste dries and the book moves into a heated home.",
            "what_to_do": "Line the inside of every covered board and make sure the board "
                          "grain runs head to tail.",
            "applies_when": "Cased hardbacks and boxes made from covered board.",
            "does_not_apply_when": "Limp bindings with no board.",
        },
        "actions": [
            {"owner": "Wojciech Nowak", "action": "put lining back on the job sheet for every "
             "board, starting with the wedding albums", "due": "next week"},
            {"owner": "Fatima Zahra Benali", "action": "ring the board supplier about the "
             "grain and ask for a sample sheet", "due": "before the reorder"},
        ],
    },

    "holdout8_cider_pressing_mixups": {
        "title": "Juice from the wrong apples at village pressing days",
        "format": "problem-solving jam", "date": "2027-02-09", "start_time": "18:00",
        "facilitator": "Gwen Pritchard",
        "cases": [{"case_id": "CDR-9", "title": "Customers getting juice from someone "
                   "else's apples",
                   "problem": "At the autumn pressing days at least five customers got back "
                              "juice pressed from another customer's apples; an organic "
                              "orchard got juice from sprayed fruit and could not sell it "
                              "as organic.",
                   "context": "Mobile juice press visiting villages on Saturdays; customers "
                              "drop off apples in sacks, fruit is pressed in batches of "
                              "about a hundred kilos and pasteurised in bottles; batches "
                              "tracked on a paper list.",
                   "tried": "Writing customers' names on their sacks in marker.",
                   "outcome": "Refunds to five customers and the organic orchard's custom "
                              "lost.",
                   "submitted_by": "Henrik Madsen", "team": "Pressing days",
                   "submitted_on": "2026-11-15"}],
        "cues": [
            ("Gwen Pritchard", "other", "Hi everyone. Let's give it two minutes, Dmitri "
             "said he might be late."),
            ("Beatriz Almeida", "other", "Did anyone else get the email about the hall "
             "booking? It says March, I thought we had February."),
            ("Gwen Pritchard", "other", "That's a separate thing, let's do it after. "
             "Let's start, we can catch Dmitri up."),
            ("Gwen Pritchard", "present", "Henrik, the case. What happened at the pressing "
             "days?"),
            ("Henrik Madsen", "present", "Right. So over the autumn pressings at least five "
             "people got juice back that wasn't from their apples. And people know their own "
             "apples, trust me, they notice."),
            ("Henrik Madsen", "present", "The bad one was the organic orchard at Little "
             "Haddon. They got juice from sprayed fruit, so they couldn't sell it as "
             "organic. They've gone elsewhere this year."),
            ("Chiamaka Obi", "present", "How did you find out it was sprayed fruit, "
             "though?"),
            ("Henrik Madsen", "present", "Their bottles had a batch number that was a farm "
             "shop's Bramleys. The paper list said so, once we went back and looked."),
            ("Henrik Madsen", "present", "After the first complaint we started writing names "
             "on the sacks with a marker. Didn't really help."),
            ("Gwen Pritchard", "breakdown", "Okay, let's go through what goes on during the "
             "day. From the sacks arriving."),
            ("Henrik Madsen", "breakdown", "Sacks come in, we weigh them, write the name on "
             "the sack and on the list. Then the apples get tipped into the washer."),
            ("Beatriz Almeida", "breakdown", "And once they're in the washer the name's gone. "
             "It's on the sack, and the sack's on the pile."),
            ("Dmitri Volkov", "other", "Hello? Sorry, sorry, my train was stuck outside "
             "Reading. What have I missed?"),
            ("Gwen Pritchard", "other", "Hi Dmitri. Fruit mix-ups at the press, we're on "
             "what happens during the day. You'll get the notes after."),
            ("Dmitri Volkov", "other", "Got it, carry on."),
            ("Chiamaka Obi", "breakdown", "So, a batch. Is a batch one customer?"),
            ("Henrik Madsen", "breakdown", "It should be. But a hundred kilos fills the "
             "press, and lots of people bring thirty, forty kilos. So we top up with the "
             "next person's."),
            ("Beatriz Almeida", "breakdown", "Yeah, the small lots get merged, and the list "
             "just says batch twelve, two names, no split."),
            ("Dmitri Volkov", "breakdown", "Can I add something? I did the bottling at "
             "Ashby. The bottles get labelled after pasteurising, that's like an hour "
             "later, and by then there are three batches cooling on the same table."),
            ("Henrik Madsen", "breakdown", "Yeah. So it goes wrong in two places. The "
             "merging, and the labelling after the fact."),
            ("Beatriz Almeida", "other", "Sorry, you froze there, Henrik. Did you say two "
             "places?"),
            ("Henrik Madsen", "other", "Two places, yeah. Can you hear me now?"),
            ("Beatriz Almeida", "other", "Yep, you're back."),
            ("Gwen Pritchard", "pattern", "Okay. So, the takeaway. What would you tell "
             "another press?"),
            ("Chiamaka Obi", "pattern", "The ID has to travel with the fruit, not the sack. "
             "Like a crate tag that goes from the washer to the press to the bottles."),
            ("Dmitri Volkov", "pattern", "And label the bottles at the press, before they go "
             "in the pasteuriser. Never after."),
            ("Henrik Madsen", "pattern", "And we stop merging lots. Either small lots go "
             "through the little press, or people share a batch knowingly and sign for "
             "it."),
            ("Chiamaka Obi", "other", "Or we just drink all the mixed batches ourselves. "
             "Problem solved."),
            ("Gwen Pritchard", "other", "Tempting. Very tempting."),
            ("Gwen Pritchard", "applies", "Where does that work, and where doesn't it?"),
            ("Beatriz Almeida", "applies", "All the village days. Not the big orchard "
             "contracts where we press one grower's fruit all day, there's nothing to mix "
             "there."),
            ("Henrik Madsen", "breakdown", "Oh, actually, one more thing about what went "
             "wrong. The organic lot, we pressed it straight after a sprayed lot without "
             "rinsing the press. So even kept separate, some would've carried over."),
            ("Chiamaka Obi", "pattern", "Then add that. Rinse the press before any organic "
             "lot, and press organic first thing in the day if we can."),
            ("Gwen Pritchard", "capture", "Let's capture it. Who's taking what?"),
            ("Henrik Madsen", "capture", "I'll buy numbered crate tags, the plastic ones, "
             "and try them before the first pressing in September."),
            ("Dmitri Volkov", "capture", "I'll redo the bottling so labels go on at the "
             "press, and write it up for the volunteers by the end of March."),
            ("Beatriz Almeida", "capture", "And I'll write to Little Haddon to say what "
             "we've changed. Maybe they'll come back."),
            ("Gwen Pritchard", "other", "Great. And Beatriz, the hall booking is fine, it's "
             "February, I checked while you were talking."),
            ("Gwen Pritchard", "other", "Thanks everyone. Night night."),
        ],
        "recap": [
            ("At least five customers got juice from other people's apples over the autumn "
             "pressings; an organic orchard got sprayed fruit's juice, traced on the paper "
             "list, and left; names on sacks did not help.", [4, 5, 7, 8]),
            ("Names stay on the sacks once fruit goes into the washer, small lots are "
             "merged to fill the press without a split on the list, bottles are labelled an "
             "hour later with several batches cooling together, and the press was not "
             "rinsed before the organic lot.", [10, 11, 16, 17, 18, 19, 31]),
            ("Give each lot a tag that travels with the fruit from washer to bottle, label "
             "bottles at the press before pasteurising, stop merging lots, and rinse the "
             "press before organic fruit, pressing it first.", [24, 25, 26, 32]),
            ("It applies to all village pressing days, not to orchard contracts pressing "
             "one grower's fruit all day.", [30]),
            ("Henrik buys numbered crate tags before September's first pressing; Dmitri "
             "moves labelling to the press and writes it up by the end of March; Beatriz "
             "writes to the Little Haddon orchard.", [34, 35, 36]),
        ],
        "pattern": {
            "name": "Tag the fruit, not the sack",
            "problem": "Customers' apples lose their names at the washer, small lots are "
                       "merged and bottles are labelled late, so people get juice from "
                       "someone else's fruit.",
            "what_to_do": "Give each lot a numbered tag that travels from washer to press to "
                          "bottle, label bottles at the press, never merge lots, and rinse "
                          "the press before organic fruit.",
            "applies_when": "Pressing days with many small customer lots.",
            "does_not_apply_when": "Contracts pressing a single grower's fruit all day.",
        },
        "actions": [
            {"owner": "Henrik Madsen", "action": "buy numbered plastic crate tags and try "
             "them", "due": "before the first pressing in September"},
            {"owner": "Dmitri Volkov", "action": "redo the bottling so labels go on at the "
             "press and write it up for the volunteers", "due": "the end of March"},
            {"owner": "Beatriz Almeida", "action": "write to the Little Haddon orchard about "
             "the changes", "due": None},
        ],
    },

    "holdout8_scaffold_tag_lapses": {
        "title": "Jam: scaffolds in use after their inspection ran out",
        "format": "problem-solving jam", "date": "2027-02-16", "start_time": "07:45",
        "facilitator": "Nomvula Dlamini",
        "cases": [{"case_id": "SCF-4", "title": "Scaffolds used after their inspection "
                   "tag expired",
                   "problem": "On four sites in January trades were working on scaffolds "
                              "whose seven-day inspection had run out; on one, a board "
                              "removed by another trade went unnoticed for two days.",
                   "context": "Scaffolding contractor with about sixty live scaffolds "
                              "across the city; one inspector drives between sites; tags "
                              "handwritten and zip-tied at the access point; clients' site "
                              "managers are expected to stop use when a tag lapses.",
                   "tried": "Emailing each client's site manager the inspection schedule "
                            "every Monday.",
                   "outcome": "A near-miss report from a client and a finding in the "
                              "client's audit.",
                   "submitted_by": "Craig McAllister", "team": "Contracts",
                   "submitted_on": "2027-02-01"}],
        "cues": [
            ("Nomvula Dlamini", "other", "Morning, everyone. Early one, I know. Grab a "
             "coffee."),
            ("Arjun Malhotra", "other", "I'm in the van, so if I go quiet, that's the "
             "tunnel."),
            ("Craig McAllister", "other", "Lina's on her way, she's stuck at the Harbour "
             "Road site."),
            ("Nomvula Dlamini", "other", "Fine, we'll start without her. Craig, go ahead."),
            ("Craig McAllister", "present", "So. In January, four sites, we found people "
             "working on scaffolds where the seven-day tag had run out. Some by three or "
             "four days."),
            ("Craig McAllister", "present", "And on the Carver Street job an electrician had "
             "taken a board out to run a cable, and nobody noticed the gap for two days. "
             "Nobody fell, thank God. The client wrote it up as a near miss and it came up in "
             "their audit."),
            ("Craig McAllister", "present", "What we'd been doing is emailing each site "
             "manager the inspection schedule every Monday, so they know when a tag's "
             "due."),
            ("Nomvula Dlamini", "breakdown", "And how does a tag end up lapsing? Walk me "
             "through a normal week."),
            ("Arjun Malhotra", "breakdown", "It's me, mostly, to be honest. Sixty-odd "
             "scaffolds and one of me. I plan the route Monday, then a client rings with an "
             "alteration and the whole day's gone."),
            ("Arjun Malhotra", "other", "Hang on, tunnel."),
            ("Nomvula Dlamini", "other", "We'll wait for you."),
            ("Craig McAllister", "breakdown", "And the Monday email, I checked. Half the site "
             "managers have a rule that sends us straight to a folder. They never saw it."),
            ("Kasia Wróbel", "breakdown", "Also the tag itself is handwritten. The date's in "
             "biro, it's been rained on, you can't read it from the ground. So a trade just "
             "looks for a green tag and climbs."),
            ("Arjun Malhotra", "other", "I'm back. Did I miss much?"),
            ("Nomvula Dlamini", "other", "Kasia was saying the tags are hard to read."),
            ("Arjun Malhotra", "breakdown", "Yeah, and they stay green till someone swaps "
             "them. There's no red for expired. Nothing changes on the day it runs out."),
            ("Lina Haddad", "other", "Hi, sorry, sorry. Harbour Road had a delivery "
             "blocking the gate. Where are we?"),
            ("Nomvula Dlamini", "other", "We're on why tags lapse. Short version, one "
             "inspector, emails nobody reads, tags you can't read."),
            ("Lina Haddad", "breakdown", "Okay. Can I add one? Other trades alter the "
             "scaffold, like that board at Carver Street, and there's no way for them to "
             "flag it. They'd have to ring our office, and who does that?"),
            ("Craig McAllister", "breakdown", "Nobody. They just do it."),
            ("Nomvula Dlamini", "pattern", "So if you boiled it down, what should another "
             "firm take away from this?"),
            ("Lina Haddad", "pattern", "A tag that shows its own expiry. A big date you can "
             "read from the ground, and it turns to do-not-use without anyone having to be "
             "there."),
            ("Arjun Malhotra", "pattern", "And every scaffold gets inspected on a fixed day, "
             "not a route I plan on Monday that falls apart by ten. Alterations go in their "
             "own slot."),
            ("Kasia Wróbel", "pattern", "Plus a QR code on the tag, so anyone can report a "
             "change from their phone. The electrician would probably have done that."),
            ("Craig McAllister", "other", "Probably. If he had signal. Carver Street's a "
             "basement."),
            ("Kasia Wróbel", "other", "Fair. Signal in a basement's about as likely as a "
             "dry day in February."),
            ("Nomvula Dlamini", "other", "Ha. Okay."),
            ("Nomvula Dlamini", "applies", "Where would this work for us, and where not?"),
            ("Craig McAllister", "applies", "All the long-hire scaffolds, anything up more "
             "than two weeks. Not the one-day towers for the window cleaners, they go up and "
             "come down the same day."),
            ("Lina Haddad", "applies", "And the temporary roofs. Same rules, same tag."),
            ("Nomvula Dlamini", "capture", "Right. What are we actually doing, and by "
             "when?"),
            ("Lina Haddad", "capture", "I'll find tags with a printed expiry date and a QR "
             "code, and get samples in by the end of the month."),
            ("Arjun Malhotra", "capture", "I'll redo the inspection plan so each scaffold "
             "has a fixed day. Draft by Friday."),
            ("Craig McAllister", "applies", "Oh, and the hoists, actually. They're on "
             "seven-day checks too. Same problem, same fix."),
            ("Craig McAllister", "capture", "So I'll tell the clients about the change, "
             "hoists included, once Lina's samples are in."),
            ("Nomvula Dlamini", "other", "Great. Arjun, mind the tunnel. Thanks, all."),
        ],
        "recap": [
            ("In January people worked on scaffolds at four sites after the seven-day tag "
             "had expired; at Carver Street a removed board went unnoticed for two days, a "
             "near miss raised in the client's audit; Monday schedule emails did not "
             "help.", [4, 5, 6]),
            ("One inspector's Monday route collapses with each alteration call, the emails "
             "land in filtered folders, handwritten tags can't be read and stay green after "
             "expiry, and other trades have no way to report changes.",
             [8, 11, 12, 15, 18, 19]),
            ("Use tags that show their expiry from the ground and turn to do-not-use, "
             "inspect every scaffold on a fixed day with a separate slot for alterations, "
             "and add a QR code for reporting changes.", [21, 22, 23]),
            ("It applies to long-hire scaffolds up more than two weeks, temporary roofs and "
             "hoists, not to one-day towers.", [28, 29, 33]),
            ("Lina gets samples of expiry-dated QR tags by the end of the month; Arjun "
             "drafts a fixed-day inspection plan by Friday; Craig tells clients once the "
             "samples are in.", [31, 32, 34]),
        ],
        "pattern": {
            "name": "Tags that show their own expiry",
            "problem": "Scaffolds stay in use after the seven-day inspection lapses because "
                       "handwritten tags look the same when expired and changes by other "
                       "trades go unreported.",
            "what_to_do": "Use tags with a printed expiry date readable from the ground that "
                          "turn to do-not-use, with a QR code for reporting changes, and "
                          "inspect each scaffold on a fixed day.",
            "applies_when": "Long-hire scaffolds, temporary roofs and hoists on seven-day "
                            "checks.",
            "does_not_apply_when": "One-day towers put up and struck the same day.",
        },
        "actions": [
            {"owner": "Lina Haddad", "action": "find tags with a printed expiry date and a "
             "QR code and get samples", "due": "the end of the month"},
            {"owner": "Arjun Malhotra", "action": "redo the inspection plan so each scaffold "
             "has a fixed day", "due": "Friday"},
            {"owner": "Craig McAllister", "action": "tell the clients about the change, "
             "hoists included", "due": None},
        ],
    },

    "holdout8_perfumery_demo_day": {
        "title": "Demo day: studio and dispatch",
        "format": "demo day", "date": "2027-02-04", "start_time": "16:00",
        "facilitator": "Camille Laurent",
        "cases": [{"case_id": "PRF-6", "title": "Sample vials leaking in the post",
                   "problem": "About one in twelve discovery sets posted in October arrived "
                              "with at least one leaking vial, and the parcels smelt of "
                              "perfume.",
                   "context": "Small perfumery selling online; discovery sets of eight 2 ml "
                              "glass vials with push-in stoppers, posted loose in padded "
                              "envelopes.",
                   "tried": "An extra layer of bubble wrap around each set.",
                   "outcome": "Forty-one replacement sets sent in October and several poor "
                              "reviews.",
                   "submitted_by": "Hiroshi Kato", "team": "Dispatch",
                   "submitted_on": "2026-11-02"}],
        "cues": [
            ("Camille Laurent", "other", "Hello everyone, welcome to demo day. Three demos, "
             "and we'll keep them short, I promise."),
            ("Camille Laurent", "other", "Hiroshi, you're up first with the new sample "
             "box."),
            ("Hiroshi Kato", "other", "Thanks. So this is the new discovery set. The vials "
             "stand upright in a card insert, and they've got screw caps now, not the push-in "
             "stoppers."),
            ("Hiroshi Kato", "other", "You remember PRF-6, one set in twelve leaking? We "
             "posted three hundred of these in January and had two leaks. Two."),
            ("Teodora Ilieva", "other", "Does it still fit through a letterbox?"),
            ("Hiroshi Kato", "other", "Just about. Two point four centimetres. We measured "
             "a lot of letterboxes."),
            ("Camille Laurent", "other", "Great. Amara, the scent quiz."),
            ("Amara Diallo", "other", "Okay, so on the site now you answer six questions, "
             "what you like, woods or flowers, that sort of thing, and it picks three "
             "perfumes for your discovery set."),
            ("Amara Diallo", "other", "About a fifth of buyers used it in the first "
             "fortnight. We don't know yet if they keep what it suggested."),
            ("Camille Laurent", "other", "And last, Teodora."),
            ("Teodora Ilieva", "other", "Short one. The label printer for batch numbers. It "
             "prints straight from the batch sheet now, no more copying by hand, and last "
             "month we had zero wrong batch numbers."),
            ("Teodora Ilieva", "other", "I'll set the second printer up in the studio next "
             "week."),
            ("Hiroshi Kato", "other", "Could we get one for dispatch as well?"),
            ("Teodora Ilieva", "other", "If the budget stretches, yes. I'll ask."),
            ("Camille Laurent", "other", "Lovely, thanks all. I'll drop a feedback form in "
             "the chat."),
        ],
        "recap": [
            ("Hiroshi showed the new discovery set, with vials upright in a card insert and "
             "screw caps instead of push-in stoppers.", [2]),
            ("Two of three hundred sets posted in January leaked, against one in twelve "
             "before, and the box still fits a letterbox at 2.4 cm.", [3, 4, 5]),
            ("Amara showed the scent quiz, which suggests three perfumes from six questions; "
             "a fifth of buyers used it in the first fortnight.", [7, 8]),
            ("Teodora's label printer prints batch numbers from the batch sheet, with no "
             "wrong batch numbers last month.", [10]),
            ("Teodora sets up a second printer in the studio next week and will ask about "
             "budget for one in dispatch.", [11, 12, 13]),
        ],
        "pattern": {
            "name": "Screw-capped vials held upright in inserts",
            "problem": "Sample vials with push-in stoppers posted loose in padded envelopes "
                       "leak in transit.",
            "what_to_do": "Post sample vials with screw caps, standing upright in a fitted "
                          "card insert.",
            "applies_when": "Posting small glass vials of liquid samples.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Teodora Ilieva", "action": "set up the second label printer in the "
             "studio", "due": "next week"},
            {"owner": "Teodora Ilieva", "action": "ask whether the budget stretches to a "
             "printer for dispatch", "due": None},
        ],
    },

    "holdout8_upholstery_status_round": {
        "title": "Workshop weekly round",
        "format": "show-and-tell", "date": "2027-02-11", "start_time": "09:00",
        "facilitator": "Deepa Raghunathan",
        "cases": [{"case_id": "UPH-8", "title": "Sofa panels in mismatched fabric shades",
                   "problem": "Twice in the autumn a three-seater was covered with fabric "
                              "from two dye lots, and the cushions visibly did not match "
                              "the frame in daylight.",
                   "context": "Upholstery workshop re-covering customers' furniture; fabric "
                              "ordered by the metre as each job is booked, with top-up "
                              "orders when cutting runs short.",
                   "tried": "Asking the supplier to note the dye lot on invoices.",
                   "outcome": "Two sofas stripped and re-covered at the workshop's cost.",
                   "submitted_by": "Luca Romano", "team": "Cutting room",
                   "submitted_on": "2026-10-21"}],
        "cues": [
            ("Deepa Raghunathan", "other", "Morning all. Usual round: quick updates, who's "
             "blocked, and we're done by half past."),
            ("Luca Romano", "other", "Cutting room. Nine jobs in, two waiting on fabric. "
             "And since we started ordering the full length plus ten percent in one go, no "
             "more two-dye-lot sofas, so UPH-8 looks sorted."),
            ("Deepa Raghunathan", "other", "Good to hear. Grace?"),
            ("Grace Mensah", "other", "Frames. The oak armchair from the hotel job needs a "
             "new back rail, the old one's got woodworm. I'll make the rail this week."),
            ("Grace Mensah", "other", "That pushes it to the twenty-fourth, so I'll let the "
             "hotel know."),
            ("Deepa Raghunathan", "other", "Okay. Tariq?"),
            ("Tariq Aziz", "other", "Deliveries. The van's MOT is Thursday, so no "
             "deliveries that day. Everything else is on schedule."),
            ("Ewa Kowalczyk", "other", "Sewing. The new walking-foot machine came, it's "
             "brilliant on the leather. Nothing blocked."),
            ("Ewa Kowalczyk", "other", "Oh, one thing, we're low on piping cord. I'll order "
             "a roll today."),
            ("Deepa Raghunathan", "other", "Great. From me, the fire-safety labels for the "
             "contract chairs are due with the council by the end of the month, I'm doing "
             "those."),
            ("Luca Romano", "other", "Do you need the fabric certificates for that?"),
            ("Deepa Raghunathan", "other", "Yes, can you dig them out?"),
            ("Luca Romano", "other", "Sure, I'll send them over by Wednesday."),
            ("Deepa Raghunathan", "other", "Perfect. That's everyone, thanks."),
        ],
        "recap": [
            ("The cutting room has nine jobs in, two waiting on fabric; ordering the full "
             "length plus ten percent in one go has stopped two-dye-lot sofas.", [1]),
            ("The hotel's oak armchair needs a new back rail because of woodworm; Grace makes "
             "it this week and tells the hotel it moves to the twenty-fourth.", [3, 4]),
            ("There are no deliveries on Thursday because of the van's MOT.", [6]),
            ("The new walking-foot machine works well on leather; Ewa orders piping cord "
             "today.", [7, 8]),
            ("Deepa does the fire-safety labels for the council by the end of the month, "
             "with the fabric certificates from Luca by Wednesday.", [9, 10, 11, 12]),
        ],
        "pattern": {
            "name": "Order the whole length in one go",
            "problem": "Top-up fabric orders arrive from a different dye lot, and panels of "
                       "one piece of furniture don't match.",
            "what_to_do": "Order each job's full fabric length plus ten percent in a single "
                          "order, so it all comes from one dye lot.",
            "applies_when": "Jobs where visible panels must match in shade.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Grace Mensah", "action": "make the new back rail for the hotel's oak "
             "armchair", "due": "this week"},
            {"owner": "Grace Mensah", "action": "let the hotel know the armchair moves to "
             "the twenty-fourth", "due": None},
            {"owner": "Ewa Kowalczyk", "action": "order a roll of piping cord",
             "due": "today"},
            {"owner": "Deepa Raghunathan", "action": "do the fire-safety labels for the "
             "contract chairs", "due": "the end of the month"},
            {"owner": "Luca Romano", "action": "send the fabric certificates",
             "due": "Wednesday"},
        ],
    },

    "holdout8_survey_office_hours": {
        "title": "Office hours: surveying cases",
        "format": "office hours", "date": "2027-02-18", "start_time": "12:30",
        "facilitator": "Meredith Kaye",
        "cases": [
            {"case_id": "SRV-2", "title": "Boundary pegs moved before the fence goes in",
             "problem": "In four jobs last year boundary pegs set out for homeowners were "
                        "moved or pulled out by diggers before the fencer arrived; one fence "
                        "went up forty centimetres over the line.",
             "context": "Land surveying firm setting out boundaries for homeowners with "
                        "wooden pegs; the client books the fencer separately, often weeks "
                        "later.",
             "tried": "Spraying the pegs bright orange.",
             "outcome": "One fence taken down and rebuilt, and a neighbour dispute.",
             "submitted_by": "Juan Pablo Restrepo", "team": "Setting out",
             "submitted_on": "2027-01-18"},
            {"case_id": "SRV-5", "title": "Drone survey days lost to wind",
             "problem": "Drone mapping days were cancelled for wind seven times this winter "
                        "with crews already on site.",
             "context": "Same firm; drone surveys of building plots booked two weeks ahead; "
                        "crews drive up to two hours to reach sites.",
             "tried": "Checking the forecast the evening before.",
             "outcome": "Seven lost crew days and a late report to a developer.",
             "submitted_by": "Ngozi Okonkwo", "team": "Mapping",
             "submitted_on": "2027-02-01"},
        ],
        "cues": [
            ("Meredith Kaye", "other", "Hi, it's office hours, so just jump in with "
             "whatever you've got."),
            ("Juan Pablo Restrepo", "other", "I'll go. My peg case, SRV-2. Should the "
             "neighbour dispute go in, or is that too much?"),
            ("Meredith Kaye", "other", "Put it in the outcome, but no names or addresses. "
             "Just say there was a neighbour dispute."),
            ("Juan Pablo Restrepo", "other", "Okay. And the fence that was forty centimetres "
             "over, is that the same case or its own?"),
            ("Meredith Kaye", "other", "Same case. It's the same thing going wrong, just the "
             "worst of them."),
            ("Juan Pablo Restrepo", "other", "Right, I'll tidy it up tonight."),
            ("Ngozi Okonkwo", "other", "Mine's the drone one. Is there a jam coming up with "
             "room?"),
            ("Meredith Kaye", "other", "The one on the fourth of March has a slot. I'll "
             "pencil you in."),
            ("Ngozi Okonkwo", "other", "Great. Can I bring Aditya? He does all the flight "
             "planning."),
            ("Aditya Rao", "other", "Hi, yeah, I'm actually here. Happy to come."),
            ("Meredith Kaye", "other", "Yes, definitely. Aditya, bring the list of the "
             "cancelled days if you can."),
            ("Aditya Rao", "other", "It's in a spreadsheet, I'll share it before the jam."),
            ("Ngozi Okonkwo", "other", "Last thing, is there anything in the library on "
             "weather cancellations already?"),
            ("Meredith Kaye", "other", "I think the roofers had one on rain days. I'll look "
             "it up and send it to you this afternoon."),
            ("Meredith Kaye", "other", "Anyone else? No? Okay, see you next week."),
        ],
        "recap": [
            ("Juan Pablo's peg case records the neighbour dispute in its outcome, without "
             "names or addresses.", [1, 2]),
            ("The fence built forty centimetres over the line stays in the same case as its "
             "worst instance; Juan Pablo tidies the case tonight.", [3, 4, 5]),
            ("Ngozi's drone case goes to the jam on the fourth of March.", [6, 7]),
            ("Aditya, who plans the flights, comes to the jam and shares the spreadsheet of "
             "cancelled days before it.", [8, 9, 10, 11]),
            ("Meredith looks up a related pattern on rain days and sends it to Ngozi this "
             "afternoon.", [12, 13]),
        ],
        "pattern": {
            "name": "Protect boundary pegs until the fence goes in",
            "problem": "Boundary pegs set out weeks before the fencer arrives get moved by "
                       "diggers, and fences go up over the line.",
            "what_to_do": "Set offset reference marks away from the works and recheck the "
                          "pegs just before the fencer starts.",
            "applies_when": "Boundary set-outs where the fence goes in weeks later.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Juan Pablo Restrepo", "action": "tidy up the peg case",
             "due": "tonight"},
            {"owner": "Meredith Kaye", "action": "pencil Ngozi in for the jam on the fourth "
             "of March", "due": None},
            {"owner": "Aditya Rao", "action": "share the spreadsheet of cancelled days",
             "due": "before the jam"},
            {"owner": "Meredith Kaye", "action": "look up the rain days pattern and send it "
             "to Ngozi", "due": "this afternoon"},
        ],
    },

    "holdout8_ballooning_season_planning": {
        "title": "Season planning: balloon flights",
        "format": "problem-solving jam", "date": "2027-03-02", "start_time": "17:00",
        "facilitator": "Rosalind Achterberg",
        "cases": [{"case_id": "BLN-3", "title": "Passengers turned away at launch for "
                   "weight",
                   "problem": "Eleven passengers last season were turned away at the launch "
                              "field because the basket was over its load limit for the "
                              "morning's temperature, after they had booked and travelled.",
                   "context": "Hot-air balloon rides from two launch fields; passengers "
                              "booked online with only a headcount, and the pilot weighed "
                              "everyone on the field at dawn.",
                   "tried": "A line about weight limits in the terms and conditions.",
                   "outcome": "Eleven refunds and angry reviews.",
                   "submitted_by": "Elif Demir", "team": "Bookings",
                   "submitted_on": "2026-10-30"}],
        "cues": [
            ("Rosalind Achterberg", "other", "Okay, this is season planning. Dates, crews, "
             "what's new. Let's try and be out by six."),
            ("Kofi Boateng", "other", "Dates first. First flights the weekend of the third "
             "of April, if the fields are dry. Last flights end of September."),
            ("Sione Taufa", "other", "Crew-wise I've got four drivers confirmed, I need "
             "two more for weekends. I'll put the ad out on Monday."),
            ("Elif Demir", "other", "Bookings. The big change is the booking form now asks "
             "each passenger's weight band, after last year's BLN-3 mess with people turned "
             "away at the field."),
            ("Elif Demir", "other", "So the system won't put more weight in a basket than "
             "the pilot allows for that slot. Fingers crossed."),
            ("Kofi Boateng", "other", "It's a band, not the actual number, right? People "
             "hate giving their weight."),
            ("Elif Demir", "other", "A band, yes. Five of them."),
            ("Marta Esposito", "other", "Gift vouchers. We sold three hundred and ten over "
             "Christmas, and most expire in December, so summer's going to be busy."),
            ("Rosalind Achterberg", "other", "Should we add evening flights, then?"),
            ("Kofi Boateng", "other", "July and August, yes, evenings are calm. I'll draft an "
             "evening schedule by the end of the month."),
            ("Marta Esposito", "other", "And I'll email all the voucher holders in March and "
             "tell them to book early."),
            ("Sione Taufa", "other", "Oh, and the second envelope's back from inspection on "
             "the fifteenth, so we'll have both balloons for Easter."),
            ("Rosalind Achterberg", "other", "Great. Anything else? No? Thanks, everyone."),
        ],
        "recap": [
            ("The season runs from the weekend of the third of April, if the fields are "
             "dry, to the end of September.", [1]),
            ("Four drivers are confirmed; Sione advertises on Monday for two more for "
             "weekends.", [2]),
            ("The booking form now asks each passenger's weight band, one of five, so no "
             "basket is booked over the pilot's limit for its slot.", [3, 4, 5, 6]),
            ("Most of the 310 vouchers sold over Christmas expire in December; Marta emails "
             "the holders in March to book early.", [7, 10]),
            ("Kofi drafts evening flights for July and August by the end of the month, and "
             "the second envelope is back from inspection on the fifteenth, in time for "
             "Easter.", [8, 9, 11]),
        ],
        "pattern": {
            "name": "Ask each passenger's weight band at booking",
            "problem": "Passengers booked by headcount only are turned away at launch when "
                       "the basket would be over its load limit.",
            "what_to_do": "Ask each passenger's weight band when booking and stop bookings "
                          "that would put a basket over the pilot's limit for the slot.",
            "applies_when": "Rides with a load limit per basket or vehicle.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Sione Taufa", "action": "put out the ad for two more weekend drivers",
             "due": "Monday"},
            {"owner": "Kofi Boateng", "action": "draft an evening flight schedule for July "
             "and August", "due": "the end of the month"},
            {"owner": "Marta Esposito", "action": "email all the voucher holders to book "
             "early", "due": "March"},
        ],
    },
}
