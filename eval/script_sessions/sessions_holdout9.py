"""Annotated sessions written blind in session 14 by someone who had read neither the product
code nor its tests (nothing under assistant/ or tests/, and no evaluation script), in work
domains none of the other sets use: a commercial linen laundry, a sign-making shop, pest
control, a bean-to-bar chocolate maker, window cleaning rounds, an oyster mushroom farm, a
trampoline park, marquee hire, a go-kart track, a blacksmith's forge, a podiatry clinic and
golf greenkeeping. Six scripted sessions of 15-22 cues (the facilitator numbers every step in
one, names the steps in plain words of their own in two and names none in the other three; a
participant jumps ahead to an action during the breakdown in one, a cue annotated as capture,
and to the remedy during the breakdown in another, a cue annotated as pattern; the breakdown
comes back after the pattern in one and the pattern after the applies step in another; the
case owner is not the first to speak in three; a participant, not the facilitator, sums up
the breakdown and moves the group on to the pattern in two; breakdown questions in unusual
words ("what's the knot in this?", "walk me through a bar's life", "where does the mould get
its foot in the door?"); small talk and logistics at the start and end), two longer scripted
sessions of 36 and 33 cues with side talk inside the steps (a frozen call, an echo, a late
joiner caught up by the facilitator, someone in a field with one bar of signal, jokes), where
the breakdown comes back after the pattern and the applies step during the capture in one,
and the case comes back during the breakdown and the pattern after the applies step in the
other, and four sessions of 14-16 cues that do not follow the script (all cues "other"), each
with a linked case: a demo day, a weekly round that mentions its case in passing, office hours
with questions about writing up a case, and a season planning meeting booked as a jam."""

SESSIONS = {
    "holdout9_laundry_rust_spots": {
        "title": "Jam: rust spots on restaurant table linen",
        "format": "problem-solving jam", "date": "2027-04-13", "start_time": "09:30",
        "facilitator": "Aynur Galiullina",
        "cases": [{"case_id": "H9-LDY-1", "title": "Rust spots on returned tablecloths",
                   "problem": "In March six restaurant customers sent back white tablecloths "
                              "with small rust-brown spots; two said they would change "
                              "laundry if it carried on.",
                   "context": "Commercial laundry washing table linen and kitchen whites for "
                              "about forty restaurants; a tunnel washer and flatwork ironer, "
                              "with a late shift that finishes at ten.",
                   "tried": "Rewashing the spotted cloths with a rust remover.",
                   "outcome": "Most spots removed but the cotton weakened; about ninety "
                              "cloths written off.",
                   "submitted_by": "Jildou Hoekstra", "team": "Finishing",
                   "submitted_on": "2027-04-02"}],
        "cues": [
            ("Aynur Galiullina", "other", "Morning. Has anyone seen the dryer fitter's van? "
             "He's parked across the loading bay again."),
            ("Idris Magomadov", "other", "That's him. I told him half nine, he'll move it "
             "after this."),
            ("Aynur Galiullina", "other", "Fine. Right, Jildou's rust case. I'll number the "
             "steps so we don't wander, there are five."),
            ("Aynur Galiullina", "present", "Number one, the case. Jildou, go."),
            ("Jildou Hoekstra", "present", "So in March six of our restaurants sent back "
             "tablecloths with little rust-brown spots. Mostly the white damask. Two of them "
             "said they'll go elsewhere if it carries on."),
            ("Jildou Hoekstra", "present", "We rewashed the spotted ones with a rust remover. "
             "It got most of it out, but it weakens the cotton, and we've written off about "
             "ninety cloths."),
            ("Aynur Galiullina", "breakdown", "Number two. Where do the spots come from? "
             "Let's follow a cloth round the building."),
            ("Idris Magomadov", "breakdown", "They come out of the tunnel washer clean. I "
             "checked a batch myself, nothing on them coming out of the press."),
            ("Thabo Mokoena", "breakdown", "But the late shift doesn't iron everything. "
             "Anything not ironed by ten goes in the steel cages overnight, still damp."),
            ("Jildou Hoekstra", "breakdown", "And the old grey cages, the coating's chipped. "
             "Wherever damp cloth touches bare metal you get a spot by morning."),
            ("Idris Magomadov", "breakdown", "We've got forty cages, maybe a dozen are the "
             "grey ones. Nobody picks a cage, you grab the nearest."),
            ("Thabo Mokoena", "breakdown", "It's worse since March because we took on two new "
             "restaurants, so more is left over every night."),
            ("Aynur Galiullina", "pattern", "Number three, what's the rule we'd pass on?"),
            ("Jildou Hoekstra", "pattern", "Damp linen never sits overnight in metal. Either "
             "it's finished that day or it goes in the plastic tubs."),
            ("Idris Magomadov", "pattern", "And a chipped cage comes out of use straight "
             "away, not when someone gets round to it."),
            ("Aynur Galiullina", "applies", "Number four. Where else does it hold, and where "
             "not?"),
            ("Thabo Mokoena", "applies", "Kitchen whites and the spa towels, same cages. Not "
             "the mops, they go in mesh bags and nobody minds a spot on a mop."),
            ("Aynur Galiullina", "capture", "Number five, who's doing what?"),
            ("Idris Magomadov", "capture", "I'll pull the twelve grey cages out this week and "
             "get a price for recoating them."),
            ("Jildou Hoekstra", "capture", "I'll order twenty plastic tubs for the late "
             "shift, and write to the six restaurants by Friday to say what we've changed."),
            ("Aynur Galiullina", "other", "Lovely. Now someone go and tell that van to "
             "move."),
        ],
        "recap": [
            ("In March six restaurants sent back white tablecloths with rust spots and two "
             "threatened to leave; rewashing with rust remover weakened the cotton and about "
             "ninety cloths were written off.", [4, 5]),
            ("Linen leaves the washer clean, but what the late shift cannot iron by ten sits "
             "damp overnight in steel cages, a dozen of them chipped grey ones picked at "
             "random, and more is left over since two new restaurants were taken on.",
             [7, 8, 9, 10, 11]),
            ("Damp linen never sits overnight in metal: finish it that day or put it in "
             "plastic tubs, and take chipped cages out of use at once.", [13, 14]),
            ("It applies to kitchen whites and spa towels in the same cages, not to mops.",
             [16]),
            ("Idris pulls the twelve grey cages this week and prices recoating; Jildou orders "
             "twenty plastic tubs and writes to the six restaurants by Friday.", [18, 19]),
        ],
        "pattern": {
            "name": "Never leave damp linen in metal cages",
            "problem": "Damp linen left overnight in chipped steel cages picks up rust "
                       "spots that cannot be removed without weakening the cloth.",
            "what_to_do": "Finish damp linen the same day or store it in plastic tubs, and "
                          "take chipped cages out of use straight away.",
            "applies_when": "Any damp textiles held overnight: table linen, kitchen whites, "
                            "spa towels.",
            "does_not_apply_when": "Mops and cleaning cloths, where a spot does not matter.",
        },
        "actions": [
            {"owner": "Idris Magomadov", "action": "take the twelve grey cages out of use and "
             "get a price for recoating them", "due": "this week"},
            {"owner": "Jildou Hoekstra", "action": "order twenty plastic tubs for the late "
             "shift", "due": None},
            {"owner": "Jildou Hoekstra", "action": "write to the six restaurants about the "
             "changes", "due": "Friday"},
        ],
    },

    "holdout9_signmaker_peeling_vinyl": {
        "title": "Shop window lettering peeling within months",
        "format": "problem-solving jam", "date": "2027-02-22", "start_time": "08:45",
        "facilitator": "Mireille Castanet",
        "cases": [{"case_id": "H9-SGN-2", "title": "Window vinyl lifting at the edges",
                   "problem": "Since October nine shops reported that the window lettering "
                              "fitted for them was lifting at the edges, some within three "
                              "months; all nine were remade free of charge.",
                   "context": "Small sign-making shop cutting vinyl lettering and fitting it "
                              "on site from two vans; jobs quoted from customers' photos.",
                   "tried": "Changing the glass cleaner in January, suspecting residue.",
                   "outcome": "Nine free remakes; the two fitted after the change also "
                              "peeled.",
                   "submitted_by": "Uwase Mukamana", "team": "Fitting",
                   "submitted_on": "2027-02-10"}],
        "cues": [
            ("Mireille Castanet", "other", "Hello, hello. Kagiso, you're on mute, I can see "
             "your mouth going."),
            ("Kagiso Molefe", "other", "Sorry! There. I was saying happy Monday."),
            ("Mireille Castanet", "other", "Happy Monday. Uwase's brought the peeling vinyl "
             "one today."),
            ("Mireille Castanet", "present", "Uwase, let's hear the story first."),
            ("Uwase Mukamana", "present", "So since October nine shops have rung us because "
             "the window lettering we fitted was lifting at the edges, some of it inside three "
             "months. We've remade all nine for free."),
            ("Uwase Mukamana", "present", "We changed the glass cleaner in January, thinking "
             "it was residue. The last two still peeled."),
            ("Mireille Castanet", "breakdown", "Okay, now let's take it apart. What's "
             "different about the nine?"),
            ("Bair Tsyrenov", "breakdown", "Seven of them I fitted in the cold. December, "
             "January, eight in the morning, glass at maybe four degrees. The adhesive just "
             "doesn't grab below about ten."),
            ("Kagiso Molefe", "capture", "Right, I'll ring the supplier today and ask about "
             "a cold-weather vinyl."),
            ("Mireille Castanet", "breakdown", "Fine, Kagiso, we'll come back to who does "
             "what. Bair, what else?"),
            ("Bair Tsyrenov", "breakdown", "The wet method. We spray the glass so we can "
             "slide the letters into place, and on cold days the water never dries out from "
             "under the vinyl. It sits there in bubbles."),
            ("Uwase Mukamana", "breakdown", "And four of them were the curved shopfronts in "
             "the arcade. We used the cheap calendered vinyl there because the quote was "
             "tight, and it shrinks back off a curve."),
            ("Kagiso Molefe", "breakdown", "That's on me, honestly. I quote from the photo "
             "and never ask if the glass is curved."),
            ("Mireille Castanet", "pattern", "So what would we tell another sign shop?"),
            ("Bair Tsyrenov", "pattern", "Check the glass temperature before you start, and "
             "if it's under ten, warm it or rebook. Fit dry in the cold, no spray."),
            ("Uwase Mukamana", "pattern", "And curved or textured surfaces get cast vinyl, "
             "whatever the quote says."),
            ("Mireille Castanet", "applies", "Where does that hold, and where doesn't it?"),
            ("Bair Tsyrenov", "applies", "Van livery too, vans sitting out overnight are "
             "freezing. Not the indoor wall graphics, those go up in the warm."),
            ("Mireille Castanet", "capture", "Let's write it down. Who's taking what?"),
            ("Kagiso Molefe", "capture", "As well as the supplier call, I'll add a "
             "curved-glass question and a photo of the whole front to the quote form, by "
             "next Wednesday."),
            ("Bair Tsyrenov", "capture", "I'll buy a surface thermometer and a heat gun for "
             "each van this week."),
            ("Mireille Castanet", "other", "Great, thanks. Kagiso, unmute for the goodbye at "
             "least."),
        ],
        "recap": [
            ("Since October nine shops reported window lettering lifting at the edges, some "
             "within three months, and all were remade free; changing the glass cleaner did "
             "not help.", [4, 5]),
            ("Seven jobs were fitted on glass below ten degrees, where the adhesive does not "
             "grab and the spray from wet fitting stays trapped; four curved shopfronts got "
             "cheap calendered vinyl, and quotes from photos never ask about curves.",
             [7, 10, 11, 12]),
            ("Check the glass temperature and warm it or rebook below ten degrees, fit dry "
             "in the cold, and use cast vinyl on curved or textured surfaces.", [14, 15]),
            ("It applies to van livery as well, not to indoor wall graphics.", [17]),
            ("Kagiso rings the supplier about cold-weather vinyl and adds a curved-glass "
             "question and whole-front photo to the quote form by next Wednesday; Bair buys "
             "a surface thermometer and heat gun for each van this week.", [8, 19, 20]),
        ],
        "pattern": {
            "name": "Check surface and temperature before fitting vinyl",
            "problem": "Vinyl lettering fitted wet on cold glass, or cheap vinyl on curved "
                       "glass, lifts at the edges within months.",
            "what_to_do": "Measure the glass temperature and warm it or rebook below ten "
                          "degrees, fit dry in the cold, and use cast vinyl on curved or "
                          "textured surfaces.",
            "applies_when": "Outdoor vinyl on glass or vehicles, especially in winter.",
            "does_not_apply_when": "Indoor wall graphics fitted in heated rooms.",
        },
        "actions": [
            {"owner": "Kagiso Molefe", "action": "ring the supplier about a cold-weather "
             "vinyl", "due": "today"},
            {"owner": "Kagiso Molefe", "action": "add a curved-glass question and a "
             "whole-front photo to the quote form", "due": "next Wednesday"},
            {"owner": "Bair Tsyrenov", "action": "buy a surface thermometer and a heat gun "
             "for each van", "due": "this week"},
        ],
    },

    "holdout9_pest_control_repeat_mice": {
        "title": "Mice keep coming back at Riverside Court",
        "format": "problem-solving jam", "date": "2027-03-17", "start_time": "14:00",
        "facilitator": "Ismaël Aït Ouali",
        "cases": [{"case_id": "H9-PST-3", "title": "Repeat mouse callouts in one block of "
                   "flats",
                   "problem": "A sixty-flat housing association block called the firm out "
                              "for mice fourteen times between January and March, sometimes "
                              "to the same flat twice.",
                   "context": "Pest control firm with five technicians; the housing "
                              "association contract pays per flat visit, and a flat is "
                              "revisited only if the tenant calls again.",
                   "tried": "Baiting each flat that reported mice.",
                   "outcome": "Each flat went quiet for a few weeks before a neighbour "
                              "called; the association questioned the bills.",
                   "submitted_by": "Yer Vang", "team": "Residential",
                   "submitted_on": "2027-03-05"}],
        "cues": [
            ("Ismaël Aït Ouali", "other", "Afternoon. Before we start, the van keys for "
             "Thursday are in the office drawer, not on the hook. Someone keeps taking them "
             "home."),
            ("Chaltu Gemechu", "other", "Not me this time!"),
            ("Ismaël Aït Ouali", "present", "Ha. Right. Yer, tell us what happened at "
             "Riverside Court."),
            ("Yer Vang", "present", "So Riverside Court is the housing association block, "
             "sixty flats. Since January we've been called out for mice there fourteen times. "
             "Same block, sometimes the same flat twice."),
            ("Yer Vang", "present", "Every time we bait the flat it goes quiet for a couple "
             "of weeks, then the flat next door rings. The association's asking why they're "
             "paying us."),
            ("Ismaël Aït Ouali", "breakdown", "Let's untangle it. What's the knot in this? "
             "Why won't it stay fixed?"),
            ("Lalrinpuii Ralte", "breakdown", "Because we treat the flat that rang. The mice "
             "don't live in one flat. They run up the service risers behind the kitchens, "
             "floor to floor."),
            ("Chaltu Gemechu", "breakdown", "And where are they getting their free ride in? "
             "I looked at the bin store. The door's propped open all day with a brick, and "
             "there's a gap under it you could get your fist through."),
            ("Yer Vang", "breakdown", "Also the follow-up. We only go back if the tenant "
             "rings again, so we never check the ones that went quiet."),
            ("Ismaël Aït Ouali", "pattern", "Okay. What's the takeaway, in one line?"),
            ("Lalrinpuii Ralte", "pattern", "When it's a block, treat the block. Survey the "
             "risers and the bin store, not just the flat that rang."),
            ("Yer Vang", "pattern", "And book the follow-up ourselves, don't wait for the "
             "call."),
            ("Chaltu Gemechu", "breakdown", "Sorry, one more thing on why. The association's "
             "contract only pays per flat visit. So we'd never get paid to do the risers "
             "anyway."),
            ("Ismaël Aït Ouali", "breakdown", "Right, so the contract itself pushes us into "
             "the flat. Good catch."),
            ("Ismaël Aït Ouali", "applies", "Where would that hold, and where wouldn't it?"),
            ("Lalrinpuii Ralte", "applies", "Any block with shared risers. Terraced rows too, "
             "mice go along the roof space. Not detached houses, one house is one house."),
            ("Chaltu Gemechu", "applies", "Cockroaches in the blocks as well, same pipes."),
            ("Ismaël Aït Ouali", "capture", "Who's doing what, then?"),
            ("Yer Vang", "capture", "I'll go to the association with a whole-block price "
             "instead of per flat. I'll have it to them by the end of the month."),
            ("Chaltu Gemechu", "capture", "And I'll report the bin store door to the "
             "caretaker tomorrow."),
            ("Ismaël Aït Ouali", "other", "Good. And bring the keys back, whoever you are."),
        ],
        "recap": [
            ("Riverside Court, a sixty-flat housing association block, called the firm out "
             "for mice fourteen times since January; baiting each flat only quietened it for "
             "a few weeks and the association is questioning the bills.", [3, 4]),
            ("Mice move between flats through the service risers, get in through the "
             "propped-open bin store door, flats are revisited only if tenants call, and the "
             "contract pays only per flat visit.", [6, 7, 8, 12, 13]),
            ("When the problem is in a block, treat and survey the whole block, risers and "
             "bin store included, and book follow-ups without waiting for a call.",
             [10, 11]),
            ("It applies to any block with shared risers, terraced rows and cockroaches in "
             "blocks, not to detached houses.", [15, 16]),
            ("Yer takes a whole-block price to the association by the end of the month; "
             "Chaltu reports the bin store door to the caretaker tomorrow.", [18, 19]),
        ],
        "pattern": {
            "name": "Treat the whole building, not the flat",
            "problem": "Treating only the flat that reports mice in a block with shared "
                       "risers moves the mice next door and brings repeat callouts.",
            "what_to_do": "Survey and treat the whole block, including risers and bin "
                          "stores, price it per block, and book follow-up visits without "
                          "waiting for a call.",
            "applies_when": "Blocks of flats and terraced rows with shared risers or roof "
                            "spaces; mice and cockroaches.",
            "does_not_apply_when": "Detached houses.",
        },
        "actions": [
            {"owner": "Yer Vang", "action": "take a whole-block price to the housing "
             "association", "due": "the end of the month"},
            {"owner": "Chaltu Gemechu", "action": "report the propped-open bin store door to "
             "the caretaker", "due": "tomorrow"},
        ],
    },

    "holdout9_chocolate_summer_bloom": {
        "title": "Bloom on bars posted in summer",
        "format": "problem-solving jam", "date": "2027-05-06", "start_time": "16:15",
        "facilitator": "Moana Teriitahi",
        "cases": [{"case_id": "H9-CHC-4", "title": "Web shop bars arriving bloomed",
                   "problem": "Forty-three bars sold on the web shop between June and August "
                              "arrived with grey, streaky fat bloom and were returned and "
                              "refunded.",
                   "context": "Bean-to-bar chocolate maker with a shop and a web shop; all "
                              "web orders packed and posted together on Friday afternoons.",
                   "tried": "Thicker bubble envelopes from July.",
                   "outcome": "Forty-three refunds and several customers believing the "
                              "chocolate was mouldy.",
                   "submitted_by": "Gavino Porcu", "team": "Production",
                   "submitted_on": "2027-04-20"}],
        "cues": [
            ("Moana Teriitahi", "other", "Hi all, sorry about the smell of burnt sugar in "
             "here, Deng had a caramel incident."),
            ("Deng Garang", "other", "It was one pan. One."),
            ("Moana Teriitahi", "other", "Ayanda, you took most of the complaints, didn't "
             "you? Start us off."),
            ("Ayanda Mqhayi", "present", "Yes. Over the summer we had forty-odd returns from "
             "the web shop. Bars arriving with a grey, dusty look, white streaks. People "
             "think it's gone mouldy."),
            ("Gavino Porcu", "present", "It's bloom, fat bloom. Perfectly safe, but nobody "
             "wants to eat it. Forty-three bars from June to August, and we refunded all of "
             "them."),
            ("Gavino Porcu", "present", "We switched to thicker bubble envelopes in July. It "
             "made no difference."),
            ("Moana Teriitahi", "breakdown", "Walk me through a bar's life, from the "
             "tempering table to somebody's letterbox."),
            ("Gavino Porcu", "breakdown", "Tempered, moulded, cooled, wrapped. The temper's "
             "fine, the bars in the shop never bloom."),
            ("Deng Garang", "breakdown", "Then they go in the Friday post. We do all the web "
             "orders in one go on Friday afternoon."),
            ("Ayanda Mqhayi", "pattern", "So just post on Mondays. That's it, sorted."),
            ("Moana Teriitahi", "breakdown", "Maybe. What happens to the Friday parcels, "
             "though?"),
            ("Deng Garang", "breakdown", "They sit in the depot over the weekend. Tin roof. "
             "I checked the tracking on ten of the returns, eight went out on a Friday in a "
             "heatwave week."),
            ("Ayanda Mqhayi", "breakdown", "And bubble envelopes don't insulate anything, "
             "they just stop knocks."),
            ("Moana Teriitahi", "pattern", "So what would we say to another small maker?"),
            ("Gavino Porcu", "pattern", "Post chocolate early in the week so it never sits "
             "anywhere over a weekend, and when it's over about twenty-two degrees out, use "
             "the insulated pouch and a cold pack."),
            ("Moana Teriitahi", "applies", "Does that go for everything we send?"),
            ("Deng Garang", "applies", "The bars and the truffles. Not the cocoa nibs or the "
             "hot chocolate powder, heat doesn't bother those."),
            ("Moana Teriitahi", "capture", "Okay, who's doing what?"),
            ("Ayanda Mqhayi", "capture", "I'll change the web shop so orders after Wednesday "
             "go out the next Monday, and say so on the checkout page. By the first of "
             "June."),
            ("Gavino Porcu", "capture", "I'll get samples of insulated pouches from two "
             "suppliers before then."),
            ("Moana Teriitahi", "other", "Great. Deng, mind the pan."),
        ],
        "recap": [
            ("Forty-three web shop bars sent between June and August arrived with fat bloom "
             "and were refunded; thicker bubble envelopes made no difference.", [3, 4, 5]),
            ("The tempering is fine, but all web orders are posted on Friday afternoon and "
             "sit over the weekend in a hot depot, eight of ten checked returns in a heatwave "
             "week, and bubble envelopes do not insulate.", [7, 8, 11, 12]),
            ("Post chocolate early in the week so it never sits over a weekend, and above "
             "about twenty-two degrees use an insulated pouch and a cold pack.", [9, 14]),
            ("It applies to bars and truffles, not to cocoa nibs or hot chocolate powder.",
             [16]),
            ("Ayanda changes the web shop so late-week orders go out the next Monday, noted "
             "at checkout, by the first of June; Gavino gets insulated pouch samples from two "
             "suppliers before then.", [18, 19]),
        ],
        "pattern": {
            "name": "Post chocolate early in the week",
            "problem": "Chocolate posted on Fridays sits in hot depots over the weekend and "
                       "arrives bloomed.",
            "what_to_do": "Post chocolate only early in the week, and in warm weather use an "
                          "insulated pouch with a cold pack.",
            "applies_when": "Posting chocolate bars and truffles.",
            "does_not_apply_when": "Cocoa nibs and hot chocolate powder.",
        },
        "actions": [
            {"owner": "Ayanda Mqhayi", "action": "change the web shop so orders after "
             "Wednesday go out the next Monday and say so at checkout",
             "due": "the first of June"},
            {"owner": "Gavino Porcu", "action": "get samples of insulated pouches from two "
             "suppliers", "due": "the first of June"},
        ],
    },

    "holdout9_window_rounds_locked_gates": {
        "title": "Back windows billed but not cleaned",
        "format": "problem-solving jam", "date": "2027-05-18", "start_time": "10:30",
        "facilitator": "Illiam Quayle",
        "cases": [{"case_id": "H9-WIN-5", "title": "Customers billed for back windows "
                   "that were skipped",
                   "problem": "Since April twenty-three customers complained that they paid "
                              "for a full clean although their back windows were not done "
                              "because the side gate was locked.",
                   "context": "Window cleaning business with three cleaners on residential "
                              "rounds that move with the weather; jobs ticked off in an app "
                              "that sends invoices automatically.",
                   "tried": "A note in the customer newsletter asking people to leave side "
                            "gates unlocked.",
                   "outcome": "Twenty-three complaints and credits still to be given.",
                   "submitted_by": "Maral Annayeva", "team": "Rounds",
                   "submitted_on": "2027-05-07"}],
        "cues": [
            ("Illiam Quayle", "other", "Right, are we all here? Saw, you're up the ladder "
             "again, I can hear the wind."),
            ("Saw Eh Htoo", "other", "Last house, I'll sit in the van. Go on."),
            ("Aminath Shifa", "present", "Shall I start? I've had the phone calls. Since "
             "April, twenty-three customers have complained they paid for the full clean and "
             "their back windows weren't touched."),
            ("Maral Annayeva", "present", "That's my case, yeah. It's the locked side gates. "
             "The lads turn up, the gate's locked, they do the front and move on. But the "
             "invoice still goes out for front and back."),
            ("Maral Annayeva", "present", "We did put a note in the newsletter asking people "
             "to leave gates open. About four people read the newsletter."),
            ("Illiam Quayle", "breakdown", "So how does a back window end up billed but not "
             "cleaned?"),
            ("Saw Eh Htoo", "breakdown", "In the app there's only done or not done. If I've "
             "done the front, I tick done. There's no half."),
            ("Aminath Shifa", "breakdown", "And customers don't know which day we're coming. "
             "The round moves with the rain, so even the ones who'd unlock the gate can't."),
            ("Maral Annayeva", "breakdown", "Plus the invoices go out automatically off the "
             "done tick. Nobody checks them."),
            ("Aminath Shifa", "pattern", "So basically people don't know we're coming, the "
             "app can't say half done, and they get billed for the lot. Can we agree what "
             "we'd do about it and move on? I've got a call at eleven."),
            ("Saw Eh Htoo", "pattern", "Text them the day before we come, and if the gate's "
             "locked, log it as front only and charge front only."),
            ("Illiam Quayle", "applies", "Would that work for the shops too?"),
            ("Maral Annayeva", "applies", "Shops, yes, same invoices. Not the offices on "
             "contract, they pay monthly whatever, and the caretaker lets us in."),
            ("Saw Eh Htoo", "pattern", "Oh, one more bit for the rule. Take a photo of the "
             "locked gate. Then if they ring, we've got it."),
            ("Illiam Quayle", "capture", "Good. So who's doing what?"),
            ("Maral Annayeva", "capture", "I'll ask the app people for a front-only button "
             "and the day-before text, and come back with a price next week."),
            ("Aminath Shifa", "capture", "I'll ring the twenty-three and credit the back "
             "windows on their next bill."),
            ("Illiam Quayle", "other", "Perfect. Saw, get off that ladder."),
            ("Saw Eh Htoo", "other", "Already in the van. Cheers."),
        ],
        "recap": [
            ("Since April twenty-three customers complained of paying for a full clean when "
             "their back windows were skipped behind locked side gates; a newsletter note "
             "asking for open gates did not help.", [2, 3, 4]),
            ("The app has only done or not done, so front-only visits are ticked done and "
             "invoiced automatically in full, and customers cannot unlock gates because the "
             "round moves with the weather.", [6, 7, 8]),
            ("Text customers the day before, log and charge a locked-gate visit as front "
             "only, and photograph the locked gate.", [9, 10, 13]),
            ("It applies to shops as well, not to offices on monthly contracts where the "
             "caretaker lets the cleaners in.", [11, 12]),
            ("Maral asks the app makers for a front-only button and day-before text and "
             "brings a price next week; Aminath rings the twenty-three customers and credits "
             "the back windows.", [15, 16]),
        ],
        "pattern": {
            "name": "Text ahead and bill only what was cleaned",
            "problem": "Cleaners who find a side gate locked do the front only, but the "
                       "app can only mark the job done and bills the full clean.",
            "what_to_do": "Text customers the day before a visit, record locked-gate visits "
                          "as front only with a photo of the gate, and charge front only.",
            "applies_when": "Residential and shop rounds billed per visit.",
            "does_not_apply_when": "Offices on monthly contracts with caretaker access.",
        },
        "actions": [
            {"owner": "Maral Annayeva", "action": "ask the app makers for a front-only "
             "button and a day-before text and bring back a price", "due": "next week"},
            {"owner": "Aminath Shifa", "action": "ring the twenty-three customers and credit "
             "the back windows on their next bill", "due": None},
        ],
    },

    "holdout9_mushroom_green_mould": {
        "title": "Green mould in the oyster bags",
        "format": "problem-solving jam", "date": "2027-03-03", "start_time": "13:00",
        "facilitator": "Aitalina Sleptsova",
        "cases": [{"case_id": "H9-MSH-6", "title": "Oyster mushroom bags lost to green "
                   "mould",
                   "problem": "In February about a third of the oyster mushroom grow bags "
                              "went green with mould and three hundred bags were binned.",
                   "context": "Small mushroom farm growing oyster mushrooms on straw "
                              "pasteurised in an oil drum; bags inoculated by hand in one "
                              "prep room.",
                   "tried": "Spraying the grow room with peroxide more often.",
                   "outcome": "Three hundred bags binned and restaurant orders short for a "
                              "month.",
                   "submitted_by": "Mwila Chanda", "team": "Growing",
                   "submitted_on": "2027-02-24"}],
        "cues": [
            ("Aitalina Sleptsova", "other", "Hi both, hi Mwila. Quick one today, the straw "
             "delivery comes at three."),
            ("Nsimba Makiese", "present", "I'll kick off since I found them. In February "
             "about a third of the oyster bags went green. Green mould right through the "
             "block. We binned three hundred bags."),
            ("Mwila Chanda", "present", "It's my case. It was mostly bags from the second "
             "and third week. We tried spraying the grow room down with peroxide more often. "
             "Didn't stop it."),
            ("Aitalina Sleptsova", "breakdown", "Where does the mould get its foot in the "
             "door?"),
            ("Mwila Chanda", "breakdown", "The straw, I think. We pasteurise in the oil drum, "
             "and when it's packed full the middle never gets up to temperature. I put a "
             "probe in once, it was fifty-five in the middle."),
            ("Chisomo Banda", "breakdown", "And we strip the spent bags in the same room we "
             "inoculate in. Spent bags are full of green spores, and it's the same table."),
            ("Nsimba Makiese", "breakdown", "The week we started stripping in there is when "
             "it started, the eighth of February or so."),
            ("Chisomo Banda", "pattern", "So, straw not hot enough in the middle, and spores "
             "from the old bags in the clean room. Let's land on what we'd do and get to the "
             "straw. Keep dirty and clean apart, and only load the drum half full."),
            ("Mwila Chanda", "pattern", "Yes, and probe the middle every batch. Sixty-five "
             "for an hour or it goes back in."),
            ("Aitalina Sleptsova", "applies", "Anything we grow that it wouldn't apply to?"),
            ("Nsimba Makiese", "applies", "Lion's mane on sawdust too. Not the outdoor logs, "
             "that's a different game."),
            ("Aitalina Sleptsova", "capture", "Who's doing what?"),
            ("Chisomo Banda", "capture", "I'll move the stripping out to the shed from "
             "Monday."),
            ("Mwila Chanda", "capture", "And I'll buy a second drum so we don't overpack, "
             "before the next batch on the twentieth."),
            ("Aitalina Sleptsova", "other", "Good. Right, gloves on, that's the lorry."),
        ],
        "recap": [
            ("In February about a third of the oyster bags went green with mould and three "
             "hundred were binned; spraying the grow room with peroxide did not stop it.",
             [1, 2]),
            ("The middle of a full pasteurising drum reaches only fifty-five degrees, and "
             "spent bags full of spores are stripped on the inoculation table, which began "
             "the week the mould appeared.", [4, 5, 6]),
            ("Keep spent-bag stripping apart from inoculation, load the drum only half full "
             "and probe the middle every batch, sixty-five degrees for an hour.", [7, 8]),
            ("It applies to lion's mane on sawdust too, not to outdoor logs.", [10]),
            ("Chisomo moves the stripping to the shed from Monday; Mwila buys a second drum "
             "before the batch on the twentieth.", [12, 13]),
        ],
        "pattern": {
            "name": "Keep spent bags away from inoculation",
            "problem": "Straw pasteurised in an overfull drum and inoculated next to "
                       "stripped spent bags gets green mould.",
            "what_to_do": "Strip spent bags in a separate building, load the pasteurising "
                          "drum half full and check the middle holds sixty-five degrees for "
                          "an hour.",
            "applies_when": "Indoor mushroom growing on pasteurised straw or sawdust.",
            "does_not_apply_when": "Outdoor log cultivation.",
        },
        "actions": [
            {"owner": "Chisomo Banda", "action": "move the stripping of spent bags out to the "
             "shed", "due": "Monday"},
            {"owner": "Mwila Chanda", "action": "buy a second pasteurising drum",
             "due": "before the next batch on the twentieth"},
        ],
    },

    "holdout9_trampoline_party_ankles": {
        "title": "Ankle injuries at birthday parties on the dodgeball court",
        "format": "problem-solving jam", "date": "2027-03-09", "start_time": "18:30",
        "facilitator": "Uxía Outeiral",
        "cases": [{"case_id": "H9-TRP-7", "title": "Twisted ankles on the dodgeball court "
                   "at parties",
                   "problem": "In January and February there were twelve first-aid "
                              "incidents on the dodgeball court, nearly all twisted ankles, "
                              "eleven of them at birthday parties; two children went to "
                              "A&E.",
                   "context": "Trampoline park running open jump sessions, toddler "
                              "sessions and birthday parties; parties book the court as a "
                              "block for the last twenty minutes of an hour's jump.",
                   "tried": "A new sign with the court rules in January.",
                   "outcome": "Two hospital visits and a parent's post about it shared "
                              "widely in the town.",
                   "submitted_by": "Lensa Tolera", "team": "Duty managers",
                   "submitted_on": "2027-02-26"}],
        "cues": [
            ("Uxía Outeiral", "other", "Hi everyone. Can you see my screen? It's just the "
             "case, nothing fancy."),
            ("Sjoerd Wiersma", "other", "I can see it. Rinat's frozen though, he's been "
             "mid-sneeze for ten seconds."),
            ("Rinat Khabibullin", "other", "Sorry, I'm back. The wifi in the party room is "
             "dreadful, I'll move to the café."),
            ("Uxía Outeiral", "other", "Naw said she'd be ten minutes late, she's finishing "
             "a first aid refresher. Let's start anyway."),
            ("Uxía Outeiral", "present", "Lensa, start us off with what happened."),
            ("Lensa Tolera", "present", "So, the dodgeball court. In January and February we "
             "had twelve first-aid incidents there, nearly all twisted ankles, and two kids "
             "went to A and E. Eleven of the twelve were at birthday parties."),
            ("Lensa Tolera", "present", "We put up a new sign with the court rules in "
             "January. I don't think a single child has read it."),
            ("Nakato Ssemwogerere", "present", "And one of the A and E parents posted about "
             "it. That got shared a lot round town."),
            ("Uxía Outeiral", "breakdown", "Okay, let's untangle it. What's different about "
             "a party on that court?"),
            ("Rinat Khabibullin", "breakdown", "Ages. A party is whoever the birthday kid "
             "invited. So you get a twelve-year-old big brother and a bunch of six-year-olds "
             "on the same court, and he's throwing hard."),
            ("Lensa Tolera", "breakdown", "And parties get the court as a block, so it's "
             "twenty kids on a court we'd cap at twelve for open jump."),
            ("Rinat Khabibullin", "other", "Sorry, is anyone else getting an echo? Okay, "
             "it's gone."),
            ("Sjoerd Wiersma", "breakdown", "Also the timing. A party is an hour's jump then "
             "food, and the court is the last twenty minutes, when they're shattered. Tired "
             "legs land badly."),
            ("Naw Paw", "other", "Hi, hi, sorry I'm late. The refresher overran. What have "
             "I missed?"),
            ("Uxía Outeiral", "other", "Hi Naw. Ankle injuries on the dodgeball court at "
             "parties. We're on why: mixed ages, too many on the court, and it's at the end "
             "when they're tired."),
            ("Naw Paw", "breakdown", "Oh, I can add to that. Half the ankles I strapped were "
             "kids in normal socks, not our grip socks. Parties bring their own and we don't "
             "check."),
            ("Nakato Ssemwogerere", "breakdown", "That's because grip socks are an extra on "
             "the party booking. Parents untick it to save money."),
            ("Uxía Outeiral", "pattern", "Right, what's the lesson? If you had to put it on "
             "one line."),
            ("Rinat Khabibullin", "pattern", "Split the court by age at parties. Big ones and "
             "little ones don't share, full stop."),
            ("Lensa Tolera", "pattern", "And the same cap as open jump, twelve on the court. "
             "If the party's bigger, they take turns."),
            ("Sjoerd Wiersma", "other", "Take turns. At a nine-year-old's party. Good luck "
             "with that."),
            ("Lensa Tolera", "other", "I'll send you in to referee."),
            ("Naw Paw", "pattern", "Grip socks in the price, not an extra. Nobody on the "
             "court without them."),
            ("Sjoerd Wiersma", "breakdown", "Actually, going back to why, the party hosts "
             "aren't trained on the court at all. They're trained on the food and the cake. "
             "The court marshal is whoever's pulled across from open jump."),
            ("Rinat Khabibullin", "breakdown", "That's true. My hosts have never done the "
             "court briefing."),
            ("Uxía Outeiral", "applies", "Where else would this work? And where wouldn't "
             "it?"),
            ("Lensa Tolera", "applies", "The foam pit and the ninja course at parties, same "
             "mixed ages. Not the toddler sessions, they're all under five and the parents "
             "are on with them."),
            ("Nakato Ssemwogerere", "applies", "School groups too, they're big groups like "
             "parties."),
            ("Uxía Outeiral", "capture", "Let's write down who does what."),
            ("Nakato Ssemwogerere", "capture", "I'll put grip socks into the party price from "
             "the first of April, and change the booking form to ask the guests' ages."),
            ("Rinat Khabibullin", "capture", "I'll get all eight party hosts through the "
             "court briefing by the end of March."),
            ("Lensa Tolera", "applies", "Oh, the school groups would need it for their "
             "teachers too, wouldn't they? The teachers stand at the side and nobody briefs "
             "them."),
            ("Uxía Outeiral", "capture", "Good point. Lensa, can you take that with the "
             "schools?"),
            ("Lensa Tolera", "capture", "Yes, I'll write to the three schools that book with "
             "us before the Easter term."),
            ("Uxía Outeiral", "other", "Great. Thanks, all. Rinat, maybe stay in the café "
             "next time."),
            ("Rinat Khabibullin", "other", "The café has cake. I'm never leaving."),
        ],
        "recap": [
            ("In January and February there were twelve first-aid incidents on the dodgeball "
             "court, nearly all twisted ankles and eleven at parties, with two children sent "
             "to A&E and a parent's post shared widely; a rules sign did not help.",
             [5, 6, 7]),
            ("Parties mix older and younger children, put twenty on a court capped at twelve "
             "for open jump, use it when the children are tired, often without grip socks "
             "because they are an optional extra, and party hosts are never trained on the "
             "court.", [9, 10, 12, 15, 16, 23, 24]),
            ("Split the court by age at parties, keep the open-jump cap of twelve with "
             "larger parties taking turns, and put grip socks in the party price.",
             [18, 19, 22]),
            ("It applies to the foam pit, the ninja course and school groups, whose teachers "
             "need briefing too, not to toddler sessions.", [26, 27, 31]),
            ("Nakato puts grip socks into the party price and asks guests' ages from the "
             "first of April; Rinat briefs all eight party hosts by the end of March; Lensa "
             "writes to the three schools before the Easter term.", [29, 30, 32, 33]),
        ],
        "pattern": {
            "name": "Split party courts by age and cap numbers",
            "problem": "Birthday parties put mixed ages and too many tired children, often "
                       "without grip socks, on the dodgeball court, and ankles get "
                       "twisted.",
            "what_to_do": "Split the court by age, keep the open-jump cap with larger "
                          "groups taking turns, include grip socks in the price and brief "
                          "party hosts and teachers on the court rules.",
            "applies_when": "Parties and school groups on the dodgeball court, foam pit and "
                            "ninja course.",
            "does_not_apply_when": "Toddler sessions with parents on the trampolines.",
        },
        "actions": [
            {"owner": "Nakato Ssemwogerere", "action": "put grip socks into the party price "
             "and ask guests' ages on the booking form", "due": "the first of April"},
            {"owner": "Rinat Khabibullin", "action": "get all eight party hosts through the "
             "court briefing", "due": "the end of March"},
            {"owner": "Lensa Tolera", "action": "write to the three schools about briefing "
             "their teachers", "due": "before the Easter term"},
        ],
    },

    "holdout9_marquee_pegs_wet_ground": {
        "title": "Marquee pegs pulling out of wet ground",
        "format": "problem-solving jam", "date": "2027-01-27", "start_time": "08:00",
        "facilitator": "Bonaria Sanna",
        "cases": [{"case_id": "H9-MRQ-8", "title": "Marquees shifting in wind on soft "
                   "ground",
                   "problem": "At three events in the autumn a marquee shifted in the wind "
                              "because its pegs pulled out of the ground; at the October "
                              "harvest fair the tent was evacuated.",
                   "context": "Marquee hire firm putting up frame tents and stretch tents on "
                              "grass and hard standing; crews work to a fixed set-up time "
                              "and site visits check access and level.",
                   "tried": "Longer, ninety-centimetre pegs after the first event.",
                   "outcome": "Nobody hurt, but one organiser lost and refunds asked for "
                              "the other two events.",
                   "submitted_by": "Pa Lee Xiong", "team": "Crew",
                   "submitted_on": "2027-01-12"}],
        "cues": [
            ("Bonaria Sanna", "other", "Morning. Bernat, you're very quiet, are you "
             "there?"),
            ("Bernat Fabre", "other", "I'm in a field in the middle of nowhere, one bar. If "
             "I drop, I drop."),
            ("Bonaria Sanna", "other", "Okay. Palesa's on a site visit, she'll join when "
             "she can."),
            ("Pa Lee Xiong", "present", "Shall I just go? So, the pegs. Three events this "
             "autumn where the marquee shifted in the wind because the pegs pulled out of "
             "the ground. At the harvest fair in October we had to get everyone out of the "
             "tent."),
            ("Pa Lee Xiong", "present", "Nobody was hurt, but the fair's not booking us "
             "again, and the other two wanted money back."),
            ("Achol Deng", "present", "We'd already gone to longer pegs after the first one, "
             "the ninety-centimetre ones. It still happened twice after that."),
            ("Bonaria Sanna", "breakdown", "What did the ground look like on those three "
             "days?"),
            ("Pa Lee Xiong", "breakdown", "Soaked. All three were after a week of rain. A "
             "peg goes in like butter. Comes out like butter too."),
            ("Bernat Fabre", "other", "Sorry, you cut out, what did you say about "
             "butter?"),
            ("Pa Lee Xiong", "other", "Pegs go in like butter, Bernat."),
            ("Bernat Fabre", "breakdown", "Right. Yes. And we don't test anything. We never "
             "pull a peg to see if it holds, we just bang them in and move on."),
            ("Achol Deng", "breakdown", "And the crew's on a clock. A forty by twenty has to "
             "be up by two, so if the ground's soft nobody's going to stop and say this is "
             "wrong."),
            ("Pa Lee Xiong", "present", "Oh, I should say, the fair was on a riverside "
             "meadow. I didn't put that in the case. It floods most winters."),
            ("Palesa Mofokeng", "other", "Hi, sorry, just got off site. Where are we?"),
            ("Bonaria Sanna", "other", "Hi Palesa. Pegs pulling out in wet ground, three "
             "events. We're on why."),
            ("Palesa Mofokeng", "breakdown", "Can I add one then? When I do the site visit I "
             "look at access and level, I don't look at the ground itself. There's no box "
             "for it on the sheet."),
            ("Achol Deng", "breakdown", "And we've got water ballast tanks in the yard. We "
             "just never take them unless it's hard standing."),
            ("Bonaria Sanna", "pattern", "So what do we carry forward from this?"),
            ("Bernat Fabre", "pattern", "Pull-test a peg on arrival. If it comes out under "
             "the load on the chart, you go to ballast, or you don't put it up."),
            ("Palesa Mofokeng", "pattern", "And the ground goes on the site visit sheet, "
             "with the forecast for the week before."),
            ("Achol Deng", "other", "Bernat, you're breaking up again."),
            ("Bernat Fabre", "other", "Sorry, I walked behind a cow. I'm serious."),
            ("Bonaria Sanna", "applies", "Where does that hold? Anywhere it doesn't?"),
            ("Pa Lee Xiong", "applies", "Every grass site, and the stretch tents too. Not car "
             "parks and hard standing, they're on ballast anyway."),
            ("Palesa Mofokeng", "applies", "Beaches as well. Sand's the same problem as wet "
             "grass."),
            ("Achol Deng", "pattern", "Actually, add to the rule: if the wind's forecast "
             "over thirty, someone stays on site. At the fair nobody from us was there after "
             "set-up."),
            ("Bonaria Sanna", "pattern", "Yes. So it's test the pegs, ballast if they fail, "
             "and someone on site when it's windy."),
            ("Bonaria Sanna", "capture", "Let's get it down. Who's doing what?"),
            ("Palesa Mofokeng", "capture", "I'll add a ground section to the site visit sheet "
             "this week."),
            ("Bernat Fabre", "capture", "I'll order a peg puller with a gauge for each truck "
             "as soon as I'm back in signal."),
            ("Pa Lee Xiong", "capture", "And I'll train the crews on the pull test at the "
             "next yard day, on the twelfth."),
            ("Bonaria Sanna", "other", "Great. Bernat, say hello to the cow."),
            ("Bernat Fabre", "other", "She says hello back."),
        ],
        "recap": [
            ("At three autumn events a marquee shifted in the wind as pegs pulled out, and "
             "the harvest fair tent, on a riverside meadow that floods, was evacuated; "
             "longer pegs did not stop it.", [3, 4, 5, 12]),
            ("All three were on ground soaked after a week of rain, pegs are never "
             "pull-tested, crews are on a tight set-up clock, site visits do not look at the "
             "ground, and ballast tanks are only taken for hard standing.",
             [7, 10, 11, 15, 16]),
            ("Pull-test a peg on arrival and go to ballast or do not put the tent up if it "
             "fails, record the ground and forecast at the site visit, and keep someone on "
             "site when the wind is forecast over thirty.", [18, 19, 25, 26]),
            ("It applies to every grass site, stretch tents and beaches, not to car parks "
             "and hard standing.", [23, 24]),
            ("Palesa adds a ground section to the site visit sheet this week; Bernat orders a "
             "gauged peg puller for each truck; Pa Lee trains the crews at the yard day on "
             "the twelfth.", [28, 29, 30]),
        ],
        "pattern": {
            "name": "Pull-test pegs on soft ground",
            "problem": "Marquee pegs driven into rain-soaked ground pull out in wind, and "
                       "nobody tests them or checks the ground beforehand.",
            "what_to_do": "Record the ground and forecast at the site visit, pull-test a "
                          "peg on arrival and switch to ballast or stop if it fails, and "
                          "keep someone on site in strong wind.",
            "applies_when": "Tents on grass, sand or other soft ground.",
            "does_not_apply_when": "Car parks and hard standing, already on ballast.",
        },
        "actions": [
            {"owner": "Palesa Mofokeng", "action": "add a ground section to the site visit "
             "sheet", "due": "this week"},
            {"owner": "Bernat Fabre", "action": "order a peg puller with a gauge for each "
             "truck", "due": None},
            {"owner": "Pa Lee Xiong", "action": "train the crews on the pull test at the next "
             "yard day", "due": "the twelfth"},
        ],
    },

    "holdout9_karting_demo_day": {
        "title": "Demo day at the kart track",
        "format": "demo day", "date": "2027-04-28", "start_time": "17:30",
        "facilitator": "Boitumelo Seretse",
        "cases": [{"case_id": "H9-KRT-9", "title": "Hire helmets smelling of sweat",
                   "problem": "Customers complained about a dozen times a month that hire "
                              "helmets were damp and smelled of sweat.",
                   "context": "Indoor go-kart track with eighty hire helmets used in "
                              "back-to-back sessions; helmets wiped and put back on the rack "
                              "between sessions.",
                   "tried": "Disinfectant spray between sessions.",
                   "outcome": "Complaints continued and reviews mentioned the smell.",
                   "submitted_by": "Efisio Murgia", "team": "Track",
                   "submitted_on": "2027-01-15"}],
        "cues": [
            ("Boitumelo Seretse", "other", "Welcome to demo day, everyone. Three things to "
             "show, ten minutes each, questions after each one."),
            ("Efisio Murgia", "other", "First up is me. This is the helmet drying cabinet. "
             "Warm air and a UV lamp, twenty helmets at a time."),
            ("Efisio Murgia", "other", "Since we put it in, helmets come out dry in forty "
             "minutes. Remember the smell complaints, the helmet case? We've had one since "
             "February, down from about a dozen a month."),
            ("Hawa Jallow", "other", "Does the UV hurt the visors?"),
            ("Efisio Murgia", "other", "The maker says no, but we'll watch for yellowing. "
             "I'll check them every month."),
            ("Boitumelo Seretse", "other", "Great. Hawa, you're next."),
            ("Hawa Jallow", "other", "The new timing screens. Lap times on the big screen by "
             "the café, and they're texted to your phone if you give your number."),
            ("Hawa Jallow", "other", "About sixty percent of customers have opted in so "
             "far, and the text brings back about one in ten for another booking."),
            ("Ochir Badmaev", "other", "Can the screen show the junior track separately?"),
            ("Hawa Jallow", "other", "Not yet. I've asked the supplier, they say the next "
             "software update, in May."),
            ("Boitumelo Seretse", "other", "Ochir, last one."),
            ("Ochir Badmaev", "other", "The hand-control kart for wheelchair users. We had "
             "our first two drivers on it last weekend, and both have booked again."),
            ("Ochir Badmaev", "other", "I'd like it on the website. I'll write the page this "
             "week if someone takes the photos."),
            ("Efisio Murgia", "other", "I'll do the photos Saturday morning before we "
             "open."),
            ("Boitumelo Seretse", "other", "Brilliant. Thanks, all, the cake's in the "
             "café."),
        ],
        "recap": [
            ("Efisio showed the helmet drying cabinet, warm air and UV for twenty helmets, "
             "which dries them in forty minutes; smell complaints fell from about a dozen a "
             "month to one since February.", [1, 2]),
            ("The visors will be checked monthly for yellowing from the UV.", [3, 4]),
            ("Hawa showed the timing screens and lap-time texts: sixty percent opt in, one "
             "in ten rebooks, and a separate junior track view is due with the May "
             "update.", [6, 7, 8, 9]),
            ("Ochir showed the hand-control kart for wheelchair users; both first drivers "
             "booked again.", [11]),
            ("Ochir writes a website page for it this week and Efisio takes the photos on "
             "Saturday morning.", [12, 13]),
        ],
        "pattern": {
            "name": "Dry hire helmets between sessions",
            "problem": "Hire helmets reused in back-to-back sessions stay damp with sweat "
                       "and smell, and a disinfectant wipe does not dry them.",
            "what_to_do": "Rotate helmets through a warm-air UV drying cabinet for forty "
                          "minutes between uses.",
            "applies_when": "Shared protective headgear used many times a day.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Efisio Murgia", "action": "check the helmet visors for yellowing",
             "due": "every month"},
            {"owner": "Ochir Badmaev", "action": "write the website page for the "
             "hand-control kart", "due": "this week"},
            {"owner": "Efisio Murgia", "action": "take the photos of the hand-control kart",
             "due": "Saturday morning"},
        ],
    },

    "holdout9_forge_weekly_round": {
        "title": "Forge weekly round",
        "format": "show-and-tell", "date": "2027-02-15", "start_time": "07:30",
        "facilitator": "Zarema Tsechoeva",
        "cases": [{"case_id": "H9-FRG-10", "title": "Gate hinges cracking at the "
                   "galvaniser",
                   "problem": "Last autumn hinge knuckles on five forged gates came back "
                              "from hot-dip galvanising cracked and had to be cut off and "
                              "remade.",
                   "context": "Blacksmith's forge making gates and railings; hinge knuckles "
                              "bent cold on a jig and sent straight to an outside "
                              "galvaniser.",
                   "tried": "Asking the galvaniser to dip the gates more slowly.",
                   "outcome": "Five gates late and remade at the forge's cost.",
                   "submitted_by": "Anzor Bisultanov", "team": "Gates",
                   "submitted_on": "2026-11-09"}],
        "cues": [
            ("Zarema Tsechoeva", "other", "Morning. Weekly round: go round the forge, what's "
             "on, what's stuck."),
            ("Anzor Bisultanov", "other", "Gates. The school gates are forged, they go to the "
             "galvaniser Tuesday. And since we started normalising the hinge knuckles before "
             "they go, no more cracked knuckles, so the galvanising case has gone quiet."),
            ("Zarema Tsechoeva", "other", "Good. That was the one from last autumn, the "
             "hinges?"),
            ("Anzor Bisultanov", "other", "That's it. Nothing cracked in the last six "
             "batches."),
            ("Tjitske Bosma", "other", "Railings for the terrace job. Two of the twelve "
             "panels are done. The pattern's fiddly, scrolls on every bar, so I'm behind. "
             "I'll need Rustam on Thursday and Friday."),
            ("Rustam Safin", "other", "I can do Thursday. Friday I'm at the coal merchant "
             "sorting out the delivery."),
            ("Zarema Tsechoeva", "other", "What's wrong with the delivery?"),
            ("Rustam Safin", "other", "They've put the price up twelve percent and the last "
             "load was half dust. I'll get a quote from the other merchant by Friday too."),
            ("Chuma Gqola", "other", "Courses. The weekend knife-making course is full, "
             "eight people, and four on the waiting list. I'll add a second date in May."),
            ("Chuma Gqola", "other", "I need the second forge for it though. Is the fan "
             "fixed?"),
            ("Anzor Bisultanov", "other", "Not yet. The part comes Wednesday, I'll fit it "
             "the same day."),
            ("Zarema Tsechoeva", "other", "From me, the insurance renewal is due on the "
             "thirtieth. I'm doing it, just tell me if anyone's bought new kit this year."),
            ("Tjitske Bosma", "other", "The power hammer. I'll send you the invoice."),
            ("Zarema Tsechoeva", "other", "Thanks. That's it, have a good week."),
        ],
        "recap": [
            ("The school gates go to the galvaniser on Tuesday, and since hinge knuckles are "
             "normalised first nothing has cracked in six batches.", [1, 2, 3]),
            ("Two of twelve terrace railing panels are done; Rustam helps Tjitske on "
             "Thursday.", [4, 5]),
            ("The coal merchant raised prices twelve percent and sent a dusty load; Rustam "
             "sorts it out and gets another quote by Friday.", [6, 7]),
            ("The knife-making course is full with four waiting, so Chuma adds a May date, "
             "which needs the second forge's fan that Anzor fits on Wednesday.",
             [8, 9, 10]),
            ("Zarema does the insurance renewal by the thirtieth, with the power hammer "
             "invoice from Tjitske.", [11, 12]),
        ],
        "pattern": {
            "name": "Normalise cold-bent parts before galvanising",
            "problem": "Hinge knuckles bent cold and sent straight to hot-dip galvanising "
                       "crack in the bath.",
            "what_to_do": "Normalise cold-bent parts in the forge before they go to the "
                          "galvaniser.",
            "applies_when": "Forged or bent steel parts sent for hot-dip galvanising.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Rustam Safin", "action": "help with the terrace railings",
             "due": "Thursday"},
            {"owner": "Rustam Safin", "action": "sort out the coal delivery and get a quote "
             "from the other merchant", "due": "Friday"},
            {"owner": "Chuma Gqola", "action": "add a second knife-making course date",
             "due": "May"},
            {"owner": "Anzor Bisultanov", "action": "fit the new fan part on the second "
             "forge", "due": "Wednesday"},
            {"owner": "Zarema Tsechoeva", "action": "do the insurance renewal",
             "due": "the thirtieth"},
            {"owner": "Tjitske Bosma", "action": "send Zarema the power hammer invoice",
             "due": None},
        ],
    },

    "holdout9_podiatry_office_hours": {
        "title": "Office hours: writing up clinic cases",
        "format": "office hours", "date": "2027-04-06", "start_time": "12:15",
        "facilitator": "Jean-Paul Habimana",
        "cases": [{"case_id": "H9-POD-11", "title": "Missed diabetic foot checks",
                   "problem": "From October to March thirty-eight of a hundred and ninety "
                              "six-weekly diabetic foot checks were missed, about half "
                              "because hospital transport did not arrive.",
                   "context": "Community podiatry clinic seeing diabetic patients every "
                              "six weeks; many patients come by hospital transport, which "
                              "patients book themselves after the appointment is made.",
                   "tried": "Reminder letters a week before each appointment.",
                   "outcome": "Missed checks unchanged and two patients admitted with foot "
                              "ulcers.",
                   "submitted_by": "Fatmata Kamara", "team": "Diabetic foot",
                   "submitted_on": "2027-04-01"}],
        "cues": [
            ("Jean-Paul Habimana", "other", "Hi, it's office hours. Anything about your "
             "cases, the library, the next jam, just ask."),
            ("Fatmata Kamara", "other", "Me first. My missed appointments case. Can I put "
             "the numbers in as percentages, or do you want the raw counts?"),
            ("Jean-Paul Habimana", "other", "Both, if you have them. Forty out of two hundred "
             "says more than twenty percent on its own."),
            ("Fatmata Kamara", "other", "I've got the counts. Thirty-eight out of a hundred "
             "and ninety, October to March."),
            ("Fatmata Kamara", "other", "And the reminder letters, is that what we tried, or "
             "is it context?"),
            ("Jean-Paul Habimana", "other", "Tried. Context is how the clinic runs, the "
             "six-weekly checks, patients coming by hospital transport."),
            ("Ixchel Pop", "other", "Can I jump in? I'm in Fatmata's clinic. Should the "
             "transport go in? Half the misses were the transport not turning up."),
            ("Jean-Paul Habimana", "other", "Yes, put that in the problem. That's probably "
             "the heart of it."),
            ("Fatmata Kamara", "other", "Okay. I'll add it and send it over tonight."),
            ("Ruslan Bekov", "other", "Different question. When's the next jam? I've got one "
             "about the nail surgery list."),
            ("Jean-Paul Habimana", "other", "The twenty-second of April, and there's one "
             "slot. I'll put Fatmata's in since it's nearly ready, and yours in May, if "
             "that's okay."),
            ("Ruslan Bekov", "other", "May's fine. I'll write mine up by the end of "
             "April."),
            ("Ixchel Pop", "other", "Can non-podiatrists come to the jam? Our receptionist "
             "books all the transport."),
            ("Jean-Paul Habimana", "other", "Absolutely, bring her. I'll send you the invite "
             "link today."),
            ("Jean-Paul Habimana", "other", "Anything else? No? See you next week."),
        ],
        "recap": [
            ("Fatmata's missed appointments case gives both the counts and the share: "
             "thirty-eight of a hundred and ninety checks from October to March.",
             [1, 2, 3]),
            ("The reminder letters go under what was tried, and the clinic's six-weekly "
             "checks and hospital transport under context.", [4, 5]),
            ("Transport failing to arrive, behind half the misses, goes into the problem; "
             "Fatmata sends the case tonight.", [6, 7, 8]),
            ("Fatmata's case takes the jam slot on the twenty-second of April and Ruslan's "
             "nail surgery case goes in May, written up by the end of April.",
             [9, 10, 11]),
            ("The receptionist who books the transport is welcome at the jam; Jean-Paul "
             "sends Ixchel the invite link today.", [12, 13]),
        ],
        "pattern": {
            "name": "Book the transport with the appointment",
            "problem": "Patients on recurring checks miss appointments when the hospital "
                       "transport they book separately does not arrive.",
            "what_to_do": "Have the clinic book the transport when it books the "
                          "appointment, and confirm both with the patient the day before.",
            "applies_when": "Recurring appointments for patients who rely on booked "
                            "transport.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Fatmata Kamara", "action": "add the transport problem to the case and "
             "send it", "due": "tonight"},
            {"owner": "Jean-Paul Habimana", "action": "put Fatmata's case in the jam on the "
             "twenty-second of April", "due": None},
            {"owner": "Ruslan Bekov", "action": "write up the nail surgery case",
             "due": "the end of April"},
            {"owner": "Jean-Paul Habimana", "action": "send Ixchel the jam invite link",
             "due": "today"},
        ],
    },

    "holdout9_greenkeeping_season_plan": {
        "title": "Jam: greens and course",
        "format": "problem-solving jam", "date": "2027-02-04", "start_time": "15:00",
        "facilitator": "Sayana Dashieva",
        "cases": [{"case_id": "H9-GRN-12", "title": "Greens scalped by the first spring "
                   "cut",
                   "problem": "Last March four greens were scalped by the first cut of the "
                              "season and stayed patchy until June.",
                   "context": "Eighteen-hole members' golf club with four greenkeepers; "
                              "the first cut was done on a fixed date at the summer height "
                              "of four millimetres.",
                   "tried": "Extra feeding and overseeding of the scalped greens.",
                   "outcome": "Four greens patchy for three months and members' "
                              "complaints.",
                   "submitted_by": "Brais Castro", "team": "Greenkeeping",
                   "submitted_on": "2026-06-20"}],
        "cues": [
            ("Sayana Dashieva", "other", "Okay, I booked this as a jam, but really it's the "
             "season plan. We'll do the proper jam format another time."),
            ("Brais Castro", "other", "Fine by me. Start with the mowing dates?"),
            ("Brais Castro", "other", "First cut of the greens in the second week of March, "
             "if the soil's over six degrees. Last year we went in early and scalped four "
             "greens, that's my case on the list. So this year we wait for the soil "
             "thermometer."),
            ("Gemechis Abdi", "other", "And the mower starts at six millimetres, not four. "
             "We come down over three weeks."),
            ("Sayana Dashieva", "other", "Good. Staff?"),
            ("Breesha Corlett", "other", "Two seasonal greenkeepers start in April. I still "
             "need one more, I'll advertise at the agricultural college this week."),
            ("Alsu Nurieva", "other", "Competitions. The club championship is the last "
             "weekend of June. The ladies' open has moved to August because of the work on "
             "the fourteenth."),
            ("Gemechis Abdi", "other", "The resurfacing of the fourteenth green. The "
             "contractor says three weeks, starting the first of June."),
            ("Sayana Dashieva", "other", "Will it be ready for the championship?"),
            ("Gemechis Abdi", "other", "If the weather's kind. If not, we use a temporary "
             "green on the fairway."),
            ("Alsu Nurieva", "other", "I'll warn the competition committee about the "
             "temporary green, just in case. I'll email them Friday."),
            ("Breesha Corlett", "other", "Budget-wise, the irrigation pump needs replacing, "
             "we've known that for two years."),
            ("Sayana Dashieva", "other", "How much?"),
            ("Breesha Corlett", "other", "About eleven thousand. I'll bring three quotes to "
             "the committee meeting on the ninth."),
            ("Brais Castro", "other", "And topdressing sand, we should order in bulk before "
             "the price goes up in April. I'll order sixty tonnes this month."),
            ("Sayana Dashieva", "other", "Great. That's the plan. Thanks, everyone."),
        ],
        "recap": [
            ("The first cut of the greens waits for soil over six degrees, from the second "
             "week of March, and starts at six millimetres, coming down over three weeks, "
             "after last year's scalping.", [1, 2, 3]),
            ("Two seasonal greenkeepers start in April; Breesha advertises for a third at "
             "the agricultural college this week.", [5]),
            ("The club championship is the last weekend of June, the ladies' open moves to "
             "August, and the fourteenth green is resurfaced from the first of June, with a "
             "temporary green if it is not ready.", [6, 7, 8, 9]),
            ("Alsu emails the competition committee about the temporary green on "
             "Friday.", [10]),
            ("Breesha brings three quotes for the eleven-thousand irrigation pump to the "
             "committee on the ninth, and Brais orders sixty tonnes of topdressing sand this "
             "month.", [11, 12, 13, 14]),
        ],
        "pattern": {
            "name": "Wait for soil temperature before the first cut",
            "problem": "Greens cut on a fixed date at summer height at the start of the "
                       "season are scalped and stay patchy for months.",
            "what_to_do": "Make the first cut only when the soil is over six degrees, start "
                          "at six millimetres and lower the height over three weeks.",
            "applies_when": "First cuts of fine turf after winter.",
            "does_not_apply_when": None,
        },
        "actions": [
            {"owner": "Breesha Corlett", "action": "advertise for a third seasonal "
             "greenkeeper at the agricultural college", "due": "this week"},
            {"owner": "Alsu Nurieva", "action": "email the competition committee about the "
             "temporary green", "due": "Friday"},
            {"owner": "Breesha Corlett", "action": "bring three quotes for the irrigation "
             "pump to the committee meeting", "due": "the ninth"},
            {"owner": "Brais Castro", "action": "order sixty tonnes of topdressing sand",
             "due": "this month"},
        ],
    },
}
