"""Where English grammar puts a person, and the token tests the person and thing rules share:
a person's slot (subject of a speech verb, object of contact, a vocative...), roles, family,
places, model numbers, CamelCase products, software that crashes."""

from __future__ import annotations

import functools
import re
from typing import Any

from assistant.summarize.redact.lexicon import (
    _CALENDAR,
    _GREETINGS,
    _KIN,
    _MESSAGES,
    _NOT_PERSON,
    _PEOPLE_NOUNS,
    _PERSON_SUBJECT,
    _PLACE,
    _PLACE_NOUNS,
    _ROLE_ENDING,
    _ROLES,
    _english_verbs,
    _english_words,
    _known_first_name,
    _locale_names,
    _ordinary,
    _words,
)

#: Verbs whose object (direct, or after a preposition) is a person: "asked Olamide",
#: "spoke with Tunde", "escalated to Haruto", "waiting on Olusegun", "loop in Chiamaka".
_PERSON_OBJECT = _words(
    "ask tell thank remind email e-mail mail call ring ping text phone meet invite contact "
    "message cc copy loop hire train help warn brief introduce congratulate welcome "
    "escalate speak talk check wait chat visit sit pair consult page nudge reach")
_PERSON_PREP = frozenset({"with", "to", "on", "in", "for"})
#: Verbs that hand something to a person: "sent it to Oyelaran", "passed over to Ines".
_PERSON_RECIPIENT = _words("send forward pass hand give assign delegate reassign hand-over "
                           "return")
#: Nouns a person owns ("Nkechi's team"), unlike a product or a place.
_PERSON_OWNS = _KIN | _words(
    "team manager colleague boss group desk office assistant deputy kids children calendar "
    "inbox name notes house home flat bedroom garden birthday wedding funeral retirement "
    "handwriting signature")
#: Roles a firm plays as often as a person ("Sysco is our supplier", "Ocado is the new
#: delivery partner"): they introduce no one.
_FIRM_ROLES = _words(
    "supplier provider vendor carrier insurer underwriter lender broker distributor "
    "manufacturer maker contractor subcontractor partner sponsor reseller wholesaler "
    "retailer processor host client customer auditor developer integrator agency courier "
    "operator publisher landlord funder bank buyer seller shipper forwarder")
#: Verbs that take a person's role after "as": "X joined as the night porter", "X was
#: appointed as warden", "X stepped down as chair".
_ROLE_VERBS = _words("join rejoin start begin hire appoint employ recruit elect promote "
                     "retire resign step qualify train volunteer enrol enroll sign return "
                     "stay continue")
_GREETING = frozenset({"hi", "hello", "hey", "dear", "thanks", "morning", "cheers", "sorry"})


#: Verbs after which "with X" says in whose keeping something is ("the keys are with X",
#: "leave the van with X", "the folder stays with X").
_KEEPING_VERBS = _words("be stay remain rest sit lie leave")
#: Subjects whose "is with X" names a party to a matter, firm or person, rather than a
#: keeper ("the problem is with Zendesk", "the contract is with Openreach").
_MATTERS = _words("problem issue fault bug error trouble difference contract deal account "
                  "agreement subscription licence license policy dispute question concern "
                  "meeting call appointment interview booking")


#: Meals and get-togethers people have with a person ("lunch with X", "drinks with X").
_SOCIAL = _words("lunch dinner breakfast brunch coffee tea drinks drink supper dinner date "
                 "catch-up walk")


#: What is meant for a person ("the parcel is for X", "the flowers are for X").
_GIFTS = _words("parcel package present gift card flower flowers cake cakes letter envelope "
                "note key keys coat jacket")


def _with_speaker(t: Any) -> bool:
    """A word joined by "and" or "or" to the speaker ("Chorfi and I", "me and Kolding",
    "between Saket and me"): one of the people the writer acts with. Read from the words,
    not the parse, which often makes "X and I will ..." a sentence of its own."""
    doc, i = t.doc, t.i
    after = [u.text for u in doc[i + 1:i + 3]]
    before = [u.text for u in doc[max(0, i - 2):i]]
    return (len(after) == 2 and after[0].lower() in ("and", "or")
            and after[1] in ("I", "me")) or (
        len(before) == 2 and before[1].lower() in ("and", "or") and before[0] in ("I", "me"))


def _in_keeping(t: Any) -> bool:
    """The object of "with" after a verb of being, staying or leaving ("the keys are with
    Aasland", "the van stays with Obeso", "leave it with Chorfi"): a keeper, a person. Not
    where the subject is a matter or an agreement ("the issue is with Zendesk")."""
    head = t.head
    if t.dep_ != "pobj" or head.lower_ != "with" or head.dep_ != "prep":
        return False
    verb = head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "leave [the van with X]"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _KEEPING_VERBS:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _MATTERS
                   for c in verb.children)


def _person_slot(t: Any) -> bool:
    """Whether English structure puts a person in ``t``'s place: the subject of a speech or
    thought verb, the object of a verb of contact, a greeting or a vocative, an apposition
    to a role ("the agronomist, Thabo,"), an owner of a team, or "according to X"."""
    doc, head = t.doc, t.head
    prev = doc[t.i - 1] if t.i > 0 else None
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if t.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _PERSON_SUBJECT \
            and not _headline(head):
        return True
    if t.dep_ == "nsubj" and any(  # the subject of a speech verb joined to its own verb:
            c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in _PERSON_SUBJECT
            and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
            for c in head.children):  # "X fixed the pump and told us it would hold"
        return True
    if t.dep_ in ("dobj", "dative") and head.lemma_.lower() in _PERSON_OBJECT:
        return True
    if t.dep_ == "pobj" and head.lower_ in _PERSON_PREP and \
            head.head.lemma_.lower() in _PERSON_OBJECT and \
            not (head.lower_ == "in" and t.ent_type_ in _PLACE):  # "ring X in Melbourne"
        return True
    if t.dep_ == "pobj" and head.dep_ == "agent":  # "edited by Mbali"
        return True
    if _in_keeping(t):  # "the keys are with Aasland", "leave the van with Obeso"
        return True
    if _with_speaker(t):  # "Chorfi and I will cover it", "me and Kolding"
        return True
    if t.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep" and \
            head.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN"
                and (c.lemma_.lower() in _GIFTS or c.lower_ in _GIFTS)
                for c in head.head.children):  # "the parcel is for Hmedat"
        return True
    if t.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "NOUN" and \
            head.head.lemma_.lower() in _SOCIAL:  # "lunch with Krohn"
        return True
    if t.dep_ == "pobj" and head.lower_ == "from" and t.ent_type_ not in ("LOC", "FAC") \
            and head.head.lemma_.lower() in _MESSAGES:  # "a ticket from Thabo"
        return True
    if t.dep_ == "pobj" and head.lower_ == "to" and t.ent_type_ not in _PLACE and (
            head.head.lemma_.lower() in _PERSON_RECIPIENT or _message_travels(head.head)):
        return True
    if t.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if prev is not None and (prev.lower_ in _GREETING or (
            prev.text == "," and t.i >= 2 and doc[t.i - 2].lower_ in _GREETING)):
        return True
    if prev is not None and prev.text == "," and t.i >= 3 and \
            doc[t.i - 2].lower_ == "you" and doc[t.i - 3].lemma_.lower() == "thank":
        return True  # "Thank you, Hodari, ..."
    if _introduced(t) or _kin_of(t) or _addressed(t):
        return True
    if prev is not None and prev.pos_ == "NOUN" and prev.text.islower() and \
            prev.lemma_.lower() in _KIN and _capitalised(t):
        return True  # "Semhar's brother Yonas", "his mum Lakshmi"
    if prev is not None and prev.text == "," and (nxt is None or nxt.text in ".!?"):
        return not _ordinary(t)  # "..., over to you, Ifeoma."
    if t.dep_ == "appos" and head.pos_ == "NOUN" and head.text.islower():
        return True
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.text.islower() and c.tag_ != "NNS"
           for c in t.children):  # one person is no plural ("Föhn warning: no launches")
        return True
    return t.dep_ == "poss" and head.lemma_.lower() in _PERSON_OWNS


def _role_noun(t: Any) -> bool:
    """A common noun that names a person by a job or role ("nurse", "room leader",
    "colourist"), and not one of the things people give names to ("booking app")."""
    return t.pos_ == "NOUN" and t.text.islower() and \
        t.lemma_ not in _NAMED_KINDS | _FIRM_ROLES and (
            t.lemma_ in _ROLES or bool(_ROLE_ENDING.search(t.lower_)))


def _introduced(t: Any) -> bool:
    """A person introduced by a role: "X is our new nurse", "X became treasurer", "The
    new bosun is X", "X joined as the assistant beekeeper", "X was appointed as warden"."""
    head = t.head
    if t.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in ("be", "become"):
        return any(c.dep_ in ("attr", "acomp") and _role_noun(c) for c in head.children)
    if t.dep_ == "attr" and head.lemma_ in ("be", "become"):
        return any(c.dep_ == "nsubj" and _role_noun(c) for c in head.children)
    if t.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _ROLE_VERBS:
        for prep in head.children:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.dep_ == "prep" and prep.lower_ == "as":
                return not any(o.lemma_ in _NAMED_KINDS | _FIRM_ROLES for o in objs)
            if prep.dep_ == "prep" and prep.lower_ == "to" and any(map(_role_noun, objs)):
                return True  # "promoted to shift lead", not "appointed to the board"
    return False


def _kin_of(t: Any) -> bool:
    """A person as the one others are family or friends to: "the parents of X", "a friend
    of X" (and "X's mum": see :data:`_PERSON_OWNS`)."""
    head = t.head
    return t.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _KIN


def _addressed(t: Any) -> bool:
    """A name opening a sentence and set off by a comma before words said to the reader:
    "Okonjo, can you bring the smoker?", "Obiageli, please order more toner"."""
    doc = t.doc
    if not (t.is_sent_start and t.i + 1 < len(doc) and doc[t.i + 1].text == ","):
        return False
    rest = [u for u in t.sent if u.i > t.i + 1]
    if any(u.lower_ in ("you", "your", "please") for u in rest):
        return True
    root = t.sent.root  # an imperative: a verb with no subject ("Obiageli, order more")
    return root.pos_ == "VERB" and root.tag_ == "VB" and root.i > t.i + 1 and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)


def _message_travels(verb: Any) -> bool:
    """A message that goes or comes to someone ("the invoice went to X", "the proposal came
    to X"): what it reaches is a person where it is no place."""
    return verb.lemma_ in ("go", "come") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _MESSAGES for c in verb.children)


def _clause_start(tok: Any) -> bool:
    return bool(tok.is_sent_start) or (tok.i > 0 and tok.doc[tok.i - 1].text in (";", ":"))


def _about_people(t: Any) -> bool:
    """Whether the nouns straight after ``t`` are about people (:data:`_PEOPLE_NOUNS`, kin:
    "the Sipho Dlamini complaint forms", "the Ana Lima family"): a name after an article
    modifying them is a person's, not a thing's ("the Rotterdam delay")."""
    doc, i = t.doc, t.i + 1
    while i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].text.islower():
        if doc[i].lemma_ in _PEOPLE_NOUNS | _KIN or doc[i].lower_ in _PEOPLE_NOUNS:
            return True
        i += 1
    return False


_DIGITS_CODE = re.compile(r"\d+[A-Za-z]{1,2}")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)


def _numbered(t: Any) -> bool:
    """A capitalised word followed by a number or a code that opens with one labels a thing
    ("Ward 7", "Gate 12", "Grade 7A"); not by an ordinal ("Ana 2nd")."""
    if t.i + 1 >= len(t.doc):
        return False
    nxt = t.doc[t.i + 1]
    return nxt.like_num or (bool(_DIGITS_CODE.fullmatch(nxt.text))
                            and not _ORDINAL.fullmatch(nxt.text))


#: Dependencies of a word that modifies the noun after it ("Grace period", "Crystal clear
#: batches", where the parser reads "Crystal" as a nominal modifier).
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _modifies_noun(t: Any) -> bool:
    """A word modifying a common noun ("Grace period", "Max load", "Victoria station") or
    naming a place with one ("Baker Street"), where a person's name does not stand; so does
    each word coordinated with it ("Lily and Iris bulbs")."""
    head = t.head
    if t.dep_ == "compound" and head.i == t.i + 1 and head.lower_ in _PLACE_NOUNS:
        return not _named_for_place(t)
    if t.dep_ == "nsubj" and head.i == t.i + 1 and head.tag_ == "VBZ" and \
            head.dep_ in ("nsubj", "nsubjpass") and head.text.islower():
        return True  # a verb that is itself a subject is a plural noun ("Ruby fragments ...")
    if t.dep_ == "conj" and head.i < t.i and head.dep_ in _MODIFIER_DEPS:
        return _modifies_noun(head)  # "Lily and Iris bulbs": both modify "seeds"
    return t.dep_ in _MODIFIER_DEPS and (
        (head.pos_ == "NOUN" and head.text.islower()) or head.lower_ in _CALENDAR)


def _place_follows(t: Any) -> bool:
    """A capitalised place noun straight after ``t`` ("Baker Street", "Symphony Hall"): a
    place's name, unless it is a person's surname there (:func:`_named_for_place`)."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in _PLACE_NOUNS and \
        not _named_for_place(t)


#: Words before a name that make it a place's or a thing's ("at Victoria Park", "the Grace
#: Hall"), unless a person stands there.
_PLACE_OPENERS = frozenset({"the", "a", "an", "our", "my", "your", "their", "its", "his", "her",
                            "this", "that", "every", "each"})


def _named_for_place(t: Any) -> bool:
    """A first name followed by a surname that is also a place noun ("Sara Hall", "Kenji
    Park", "Priya Hill", "Dev Street"; or a place noun no surname dictionary holds, after a
    first name that is no English word or in a pair the model calls a person: "Aoife
    Chapel"): a person where grammar puts one (the subject of speech, a contact's object,
    "by ...", an apposition to a role, a list with such a person); acting, unless the first
    name is an English word; or, when nothing places it (no preposition, article or
    possessive before it, not modifying a noun, not the subject of "is ..."), when the
    first name is no English word. "at Victoria Park", "Hope Street is closed", "the
    Symphony Hall trip", "Victoria Park hosted the fair" stay places."""
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is None or not _capitalised(nxt) or nxt.lower_ not in _PLACE_NOUNS:
        return False
    if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_ and \
            not doc[t.i - 1].whitespace_:
        t = doc[t.i - 2]  # "Jun-ho Park": the tokenizer splits the first name at its hyphen
    if not (_capitalised(t) and _known_first_name(t.text)):
        return False
    surname = nxt.lower_ in _locale_names("last")
    if not surname and not (t.ent_type_ == nxt.ent_type_ == "PERSON" or not _ordinary(t)):
        return False  # "Victoria Gate", "Grace Chapel": the first name is an English word
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if after is not None and _capitalised(after) and after.lower_ in _PLACE_NOUNS:
        return False  # "Ana Hall Theatre"
    if any(_person_slot(u) for u in (t, nxt)) or (
            nxt.dep_ == "conj" and _person_slot(nxt.head)):
        return True  # where grammar puts a person: "Grace Bridge said", "taken by Priya Hill"
    word = _ordinary(t) and not t.ent_type_ == nxt.ent_type_ == "PERSON"
    if word and nxt.ent_type_ in ("ORG", "FAC", "GPE", "LOC"):
        return False  # "Unit 4, Canal Street"
    if any(_agent(u) for u in (t, nxt)) or (nxt.dep_ == "conj" and _agent(nxt.head)):
        # acting: "Aoife Chapel leads the violas"; a first name that is an English word
        # acting is a place's ("Victoria Park hosted the fair")
        return not word
    if not surname:
        return False
    prev = doc[t.i - 1] if t.i > 0 else None
    if prev is not None and (prev.pos_ == "ADP" or prev.lower_ in _PLACE_OPENERS
                             or prev.tag_ == "POS"):
        return False
    if nxt.dep_ in ("compound", "nmod", "amod") and nxt.head.pos_ == "NOUN":
        return False  # "the Grace Hall car park"
    if nxt.dep_ in ("nsubj", "nsubjpass") and nxt.head.pos_ != "VERB":
        return False  # "Hope Street is closed"
    return not _ordinary(t)




def _listed_with_places(t: Any) -> bool:
    """A word coordinated with places ("Lisbon, Porto and Faro") is a place too: the items
    of one list are of one kind."""
    if t.dep_ == "conj" and t.head.ent_type_ in _PLACE:
        return True
    return any(c.dep_ == "conj" and c.ent_type_ in _PLACE for c in t.children)


_CAMEL_PART = re.compile(r"[A-Z][a-z]+")
#: Particles that open surnames and given names written in one word with a capital inside
#: ("MacArthur", "McKenzie", "VanHorn", "DeShawn", "LaToya", "FitzGerald", "O'Brien").
_NAME_PARTICLES = _words("mac mc van von der den de di da du del della la le fitz st")


def _coined(word: str) -> bool:
    """A word made of English words run together with a capital at each ("PayPal",
    "QuickBooks", "SurveyMonkey"): a product's or a firm's name, not a person's. A name
    opening with a particle ("MacArthur", "DeShawn") is a person's."""
    parts = _CAMEL_PART.findall(word)
    return len(parts) >= 2 and "".join(parts) == word and \
        parts[0].lower() not in _NAME_PARTICLES and all(_ordinary(p) for p in parts)


_NAME_SHAPE = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")


def _capitalised(t: Any) -> bool:
    """A capitalised word, letters only apart from inner apostrophes and hyphens
    ("O'Connell", "García-López"); not an all-capitals acronym."""
    return bool(_NAME_SHAPE.match(t.text)) and len(t.text) > 1 and t.text[:1].isupper() \
        and not t.text.isupper()


def _agent(t: Any) -> bool:
    """The subject of a verb of action ("Emeka saw blight", "Kalani pitched the story"),
    where the model calls it a person, a group, a country or city, or nothing. The small
    model calls names it has not seen places ("Wubet brought the notice"); a real place
    standing for its people ("Lagos banned the taxis") is mostly a name it knows, with
    "in Lagos" nearby (see :func:`_used_as_things`); products and facilities are left."""
    return t.dep_ == "nsubj" and t.head.pos_ == "VERB" and \
        t.ent_type_ in ("", "PERSON", "ORG", "NORP", "GPE") and not _machine(t) and \
        not _headline(t.head)


def _headline(verb: Any) -> bool:
    """A verb in "-ing" with no auxiliary is a noun in a headline or a label ("Föhn warning
    for Tuesday", "Dock closing times"), not what its subject is doing ("Ana is closing")."""
    return verb.tag_ == "VBG" and verb.dep_ == "ROOT" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _run(t: Any) -> tuple[Any, Any]:
    """The first and last words of the run of capitalised words ``t`` stands in ("Verge Aero
    batteries" -> Verge, Aero; "Martin MAC Aura" -> Martin, Aura)."""
    doc = t.doc

    def inside(u: Any) -> bool:
        return (_capitalised(u) or (u.is_alpha and u.text.isupper() and len(u) > 1)) \
            and u.ent_type_ not in _NOT_PERSON and u.lower_ not in _CALENDAR
    a = b = t.i
    while a > 0 and inside(doc[a - 1]) and doc[a - 1].lower_ not in _GREETINGS:
        a -= 1
    while b + 1 < len(doc) and inside(doc[b + 1]):
        b += 1
    return doc[a], doc[b]


def _subject(t: Any) -> Any:
    """The subject ``t`` is part of, through compounds and lists ("Mint Choc Chip" in "Rocky
    Road, Mint Choc Chip and ... sold out"), or None."""
    while t.dep_ in ("compound", "conj") and t.head is not t:
        t = t.head
    return t if t.dep_ in ("nsubj", "nsubjpass") else None


@functools.lru_cache(maxsize=4096)
def _named_kind(word: str) -> bool:
    """A kind of thing people give names to (:data:`_NAMED_KINDS`), or an English compound
    ending in one ("narrowboat", "dayboat", "sheepdog"): the head of an English compound is its
    last part."""
    low = word.lower()
    return low in _NAMED_KINDS or any(
        low.endswith(k) and len(low) - len(k) >= 3 and low[:-len(k)] in _english_words()
        for k in _NAMED_KINDS)


def _verb_follows(t: Any) -> bool:
    """A verb (not an auxiliary) straight after ``t``: after "the company X", X is then the
    subject of a clause on the noun ("the company Kebede founded"), a person."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is not None and nxt.lemma_ not in ("be", "have", "do") and nxt.tag_ != "MD" \
        and (nxt.pos_ in ("VERB", "AUX") or nxt.lower_ in _english_verbs()
        or nxt.lemma_.lower() in _english_verbs())


#: What software and machines do and people do not: "Jira is down", "the app crashed".
_MACHINE_VERBS = _words("crash freeze hang reboot restart glitch lag sync timeout time-out "
                        "misfire overheat")
_MACHINE_STATES = _words("down offline online unavailable unreachable unresponsive buggy")


def _machine(t: Any) -> bool:
    """The subject of what a machine does or is ("Canva crashed", "Jira is down again")."""
    head = t.head
    if t.dep_ != "nsubj":
        return False
    if head.lemma_.lower() in _MACHINE_VERBS:
        return True
    return head.lemma_ in ("be", "go") and any(
        c.lower_ in _MACHINE_STATES and c.dep_ in ("acomp", "advmod", "prt", "attr")
        for c in head.children)


#: Kinds of things people give names to: animals, rooms, software, vehicles, firms, storms
#: and projects. A name the text says is one of them ("Biscuit, our office dog", "Luna is
#: our booking app") is no person's.
_NAMED_KINDS = _words(
    "animal pet mascot cat kitten dog puppy pup hound rabbit bunny hamster gerbil mouse "
    "ferret horse pony donkey mare stallion foal gelding filly colt mule alpaca llama goat "
    "sheep lamb ewe cow calf heifer bull ox hen rooster duck "
    "goose parrot budgie canary bird tortoise turtle fish goldfish lizard gecko snake python "
    "boa iguana chameleon axolotl tarantula room suite "
    "wing lab laboratory studio lounge kitchen app application tool platform system "
    "software product service bot chatbot server database site website portal dashboard "
    "plugin feature module device printer robot ship boat vessel yacht "
    "ferry truck van bus train car tractor drone plane aircraft company firm brand business "
    "startup label chain shop store restaurant cafe café bakery hotel venue pub barn storm "
    "hurricane cyclone "
    "typhoon project programme program campaign initiative tournament festival conference "
    "colour color shade")
