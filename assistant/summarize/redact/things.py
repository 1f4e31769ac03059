"""Names the text marks as a thing's, not a person's: firms, brands, products, goods, ships,
animals, saints' churches, kinds before a name ("Storm Agnes"), and words used elsewhere in
the same text as a firm or a thing."""

from __future__ import annotations

import re
from typing import Any

from assistant.summarize.redact.grammar import (
    _PERSON_OBJECT,
    _ROLE_VERBS,
    _capitalised,
    _clause_start,
    _named_kind,
    _person_slot,
    _role_noun,
    _run,
    _subject,
    _verb_follows,
)
from assistant.summarize.redact.lexicon import (
    _CALENDAR,
    _FIRM_SUFFIXES,
    _GREETINGS,
    _KIN,
    _MESSAGES,
    _NOT_PERSON,
    _PARTICLES,
    _PEOPLE_NOUNS,
    _PERSON_SUBJECT,
    _PERSON_WORDS,
    _PLACE_NOUNS,
    _POSSESSIVES,
    _ROLE_ENDING,
    _ROLES,
    _SAINTS,
    _TITLE_WORD,
    _english_nouns,
    _english_verbs,
    _known_first_name,
    _locale_names,
    _ordinary,
    _words,
)

#: A model code or a count after a name makes it a product: "Buzz Z7", "MegaPointe ×12",
#: "Studio v2". Not a bare number or a fraction: "Ana Lima 5" and "Ana Lima 9/10" are scores.
_CODE = re.compile(r"[×#]\d{1,3}|[A-Z]{1,3}-?\d{1,4}[A-Za-z]?|[vV]\d+(?:\.\d+)*")


def _thing_run(t: Any) -> bool:
    """A run of capitalised words that names a firm or a product, not a person: a firm's
    suffix ends it ("Pasta Fresca Ltd"), a model code or a count follows it ("Ozone Buzz Z7",
    "Robe MegaPointe ×12"), or, two words or more, it modifies a common noun for things
    ("Verge Aero batteries"; not "the Ana Lima family"). Never where a word of it is a name
    that is no English word, or it is a first name and a surname ("Rose Taylor")."""
    first, last = _run(t)
    doc = t.doc
    words = doc[first.i:last.i + 1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if any(u.text in _FIRM_SUFFIXES and u.i > first.i for u in words) or (
            nxt is not None and nxt.text in _FIRM_SUFFIXES):
        return True
    if t.text in ("Co", "Co.") and t.i >= 2 and doc[t.i - 1].lower_ in ("&", "and"):
        return True
    if (len(words) >= 2 and last.text == "Co") or (
            nxt is not None and nxt.lower_ in ("&", "and") and last.i + 2 < len(doc)
            and doc[last.i + 2].text in ("Co", "Co.")):
        return True  # "Natural Fibre Co", "John Taylor & Co": a firm written as firms are
    # a name part that is no English word ("Sipho Dlamini"), or a first name then a
    # surname ("Ana Lima", both also words), makes the run a person's
    named = any(not _ordinary(u) and (
        _known_first_name(u.text) or u.lower_ in _locale_names("last")) for u in words) or (
        len(words) > 1 and _known_first_name(first.text)
        and last.lower_ in _locale_names("last"))
    if nxt is not None and _CODE.fullmatch(nxt.text) and not named and not (
            nxt.i + 1 < len(doc) and doc[nxt.i + 1].like_num):  # not a phone's first group
        return True
    return len(words) >= 2 and nxt is not None and last.dep_ == "compound" and \
        last.head.i == nxt.i and nxt.pos_ == "NOUN" and nxt.text.islower() and \
        nxt.lemma_ not in _PEOPLE_NOUNS | _KIN | _MESSAGES and not _role_noun(nxt) and \
        not named


def _goods(t: Any) -> bool:
    """What is sold out, out of stock, in stock or discontinued is goods, not a person
    ("Bay leaves and Sage are out of stock", "Rocky Road and Mint Choc Chip sold out")."""
    s = _subject(t)
    if s is None:
        return False
    verb, kids = s.head, list(s.head.children)
    if verb.lemma_ == "sell" and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids) \
            and not any(c.dep_ == "dobj" for c in kids):
        return True
    if verb.lemma_ == "discontinue" and s.dep_ == "nsubjpass":
        return True
    if verb.lemma_ != "be":
        return False
    for c in kids:
        if c.lower_ == "discontinued":
            return True
        objs = [d for d in c.subtree if d.dep_ == "pobj"] if c.dep_ == "prep" else []
        if c.lower_ in ("out", "in") and len(objs) == 1 and objs[0].lower_ == "stock":
            return True
    return False


def _priced(t: Any) -> bool:
    """The subject of a price ("Sweet William is £6 a bunch"): a thing for sale."""
    s = _subject(t)
    return s is not None and s.head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.ent_type_ == "MONEY" for c in s.head.children)


def _saint(t: Any) -> bool:
    """A name after "St", "Saint" or "San" that opens no one's full name ("at St Anne's",
    "San Martín chapel"; not "Ana St John"): a church's, a school's or a place's. "San",
    "Santa" and the like are also people's names ("San Win", "Aung San"): they count only
    after a word of place ("to San Martín") or before a place noun or a possessive."""
    doc = t.doc
    i = t.i - 1 if t.i > 0 and doc[t.i - 1].text in _SAINTS else t.i if t.text in _SAINTS \
        and t.i + 1 < len(doc) and _capitalised(doc[t.i + 1]) else -1
    if i < 0 or (i > 0 and _capitalised(doc[i - 1]) and doc[i - 1].pos_ == "PROPN"):
        return False
    if doc[i].text.rstrip(".") in ("St", "Saint", "Ste", "Sainte", "Sankt"):
        return True
    _, last = _run(doc[i])
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (i > 0 and doc[i - 1].lower_ in ("at", "to", "in", "from", "near", "via", "of")) \
        or (after is not None and (after.lower_ in _PLACE_NOUNS or after.text in ("'s", "’s")))


#: Prefixes of ships' and boats' names ("the MV Pacific Grace", "HMS Victory").
_VESSEL_PREFIXES = frozenset({"MV", "MS", "SS", "HMS", "RMS", "RV", "MY", "USS", "HMAS",
                              "HMCS", "HMNZS", "FV", "MT", "SV", "NS"})
#: Verbs whose object is a vehicle or an animal, never a person: "ride Duke", "board the
#: Aurora" ("drive" is left out: "drive Ana home").
_VEHICLE_VERBS = _words("ride board sail moor tow refuel charter")
#: What is done only to animals: what is milked, shorn, wormed or gelded is no person.
_ANIMAL_VERBS = _words("milk shear shorn worm deworm geld dehorn tether muck")
#: Units and lots that make what follows "of" goods: "Batch C-41 of Kingston Black", "40
#: sacks of Tipo 00".
_UNITS = _words("kg g t tonne tonnes ton tons litre litres liter liters l ml bag bags sack "
                "sacks box boxes crate crates pallet pallets bottle bottles jar jars can cans "
                "tin tins pack packs bunch bunches roll rolls metre metres meter meters m "
                "batch batches lot lots case cases")


def _vessel_or_mount(t: Any) -> bool:
    """A name after a ship's prefix ("the MV Pacific Grace"), what someone rides, boards
    or sails ("ride Duke on Saturday"), or an animal milked, shorn or wormed ("milked
    Bluebell and Nanette", "Dot and Fudge were shorn")."""
    first, _ = _run(t)
    doc = t.doc
    if first.text in _VESSEL_PREFIXES or (first.i > 0 and doc[first.i - 1].text in
                                          _VESSEL_PREFIXES):
        return True
    if t.dep_ == "dobj" and t.head.lemma_ in _VEHICLE_VERBS:
        return True
    item = t
    while item.dep_ == "conj":  # "milked Clementine and Heidi": each item of the list
        item = item.head
    return item.dep_ in ("dobj", "nsubjpass") and item.head.lemma_.lower() in _ANIMAL_VERBS


def _goods_of(t: Any) -> bool:
    """What a lot, an identifier or a measure is of ("Batch C-2026-41 of Kingston Black",
    "25 kg of Semola"): goods. Not what a photo or a parent is of."""
    u = t
    while u.dep_ == "compound" and u.head.i > u.i:
        u = u.head
    if u.dep_ != "pobj" or u.head.lower_ != "of":
        return False
    what = u.head.head  # "Lot 44-B": the digits may sit in a word of its own
    return any(ch.isdigit() for w in (what, *what.children) for ch in w.text) or (
        what.lower_ in _UNITS and any(c.dep_ == "nummod" or _CODE.fullmatch(c.text)
                                      for c in what.children))


def _dated_day(t: Any) -> bool:
    """A name a date follows in apposition, after "on", "for", "until", "before" or "after"
    ("on Thai Pongal, 14 January", "until Founders' Day, 3 May"): a feast or a day."""
    first, last = _run(t)
    doc = t.doc
    return first.i > 0 and doc[first.i - 1].lower_ in ("on", "for", "until", "till",
                                                        "before", "after", "by") \
        and last.i + 2 < len(doc) and doc[last.i + 1].text == "," \
        and doc[last.i + 2].ent_type_ == "DATE"


def _thing(t: Any) -> bool:
    """Whether the text makes the word at ``t`` part of a thing's name, whatever the
    dictionaries say: a firm, a product, goods for sale, a saint's church, a ship or an
    animal ridden, a feast dated in apposition."""
    return _thing_run(t) or _goods(t) or _priced(t) or _saint(t) or _vessel_or_mount(t) \
        or _goods_of(t) or _dated_day(t) or _kind_named(t) or _names_before_noun(t)


def _kind_named(t: Any) -> bool:
    """A name straight after the kind of thing it names: a capitalised kind opening it
    ("Storm Agnes", "Project Lantern") or a common noun of a kind before it ("the narrowboat
    Molly Rose is back"). Not where a verb follows the name straight away: that is a person
    a clause on the noun makes act ("the firm Ana runs", "the company Kebede founded")."""
    first, last = _run(t)
    doc = t.doc
    if last.i > first.i and first.pos_ in ("PROPN", "NOUN") and _named_kind(first.text) and \
            not _TITLE_WORD.match(first.text):
        return True
    prev = doc[first.i - 1] if first.i > 0 else None
    if _verb_follows(last):
        return False  # the subject of a clause on the noun
    return prev is not None and prev.pos_ == "NOUN" and prev.text.islower() and \
        _named_kind(prev.lemma_) and not (  # "Marietjie van Niekerk": a surname's particle
            prev.lower_ in _PARTICLES and prev.i > 0 and _capitalised(doc[prev.i - 1]))


def _list_runs(t: Any) -> list[tuple[Any, Any]]:
    """The runs of capitalised words of the list ``t`` stands in, joined by commas, "and" or
    "&" ("Oscar, Molly and Angel"; "Holland & Sherry"), in order."""
    doc = t.doc
    runs = [_run(t)]

    def joint(i: int) -> int:  # the tokens of a joint starting at i: ", ", "and", ", and"
        n = 0
        while i + n < len(doc) and doc[i + n].lower_ in (",", "and", "&") and n < 2:
            n += 1
        return n
    while True:  # rightwards
        end = runs[-1][1].i + 1
        n = joint(end)
        if n and end + n < len(doc) and doc[end + n].text[:1].isupper():  # "Win&Win"
            runs.append(_run(doc[end + n]))
        else:
            break
    while True:  # leftwards
        start = runs[0][0].i
        n = 0
        while start - n - 1 >= 0 and doc[start - n - 1].lower_ in (",", "and", "&") and n < 2:
            n += 1
        if n and start - n - 1 >= 0 and doc[start - n - 1].text[:1].isupper() and \
                doc[start - n - 1].lower_ not in _GREETINGS:
            runs.insert(0, _run(doc[start - n - 1]))
        else:
            break
    return runs


def _name_like(u: Any) -> bool:
    """A word the name dictionaries hold as a first name or a surname that is no English
    word ("Tomasz", "Okafor"; not "Molly", "Hazel")."""
    return (_known_first_name(u.text) or u.lower_ in _locale_names("last")) and not _ordinary(u)


def _names_before_noun(t: Any) -> bool:
    """A name, or a list of names, straight before a common noun that it names the make or
    kind of ("Andis clippers", "Jackson and Riedell boots", "Oscar, Molly and Angel fish"):
    the noun cannot be what a person there does. After a list, a noun in "-s" cannot be its
    verb (a plural subject takes no "-s"); after one name, the noun must be no verb at all
    or be the subject of the verb after it ("... shafts cost"). Never where a word of the
    names is a first name or a surname that is no English word: "Tomasz laptop" and
    "Tomasz and Kebede laptops" may be a person's things written without "'s", and a leak
    costs more than a masked brand. Not a noun for people,
    their messages or roles ("the Rain Tamm complaint forms", "the Ana Lima family"), and
    not a first name and a surname alone ("Ana Lima batteries")."""
    doc = t.doc
    _, end = _run(t)
    if end.i + 1 >= len(doc) or not (doc[end.i + 1].is_alpha or doc[end.i + 1].text in ",&"):
        return False  # nothing after the run that could be a noun or a list's joint
    runs = _list_runs(t)
    last = runs[-1][1]
    if last.i + 1 >= len(doc):
        return False
    w = doc[last.i + 1]
    plural_verb = len(runs) >= 2 and w.tag_ == "VBZ" and w.lemma_ not in _PERSON_SUBJECT
    if not (w.text.islower() and w.is_alpha and (w.pos_ in ("NOUN", "PROPN", "ADJ")
                                                 or plural_verb)) or \
            w.lemma_ in _PEOPLE_NOUNS | _KIN | _MESSAGES or w.lower_ in _PEOPLE_NOUNS or \
            w.lemma_ in _ROLES or w.is_stop or w.ent_type_ in _NOT_PERSON or \
            w.lower_ in _PARTICLES or w.lower_ in _CALENDAR:
        return False  # "spoke with Tunde yesterday", "Marietjie van Niekerk"
    if w.i + 1 < len(doc) and _capitalised(doc[w.i + 1]):
        return False  # the noun phrase goes on with a name: no noun of its own here
    first = runs[0][0]
    if first.i > 0 and (_TITLE_WORD.match(doc[first.i - 1].text)
                        or doc[first.i - 1].text in ("'s", "’s")):
        return False
    verbs = _english_verbs()
    forms = {w.lower_, w.lemma_.lower()}
    after = doc[w.i + 1] if w.i + 1 < len(doc) else None
    subject_of_next = after is not None and (after.pos_ == "AUX" or after.tag_ in (
        "VBP", "VBD", "MD"))
    if any(_name_like(u) for a, b in runs for u in doc[a.i:b.i + 1]):
        return False  # "Tomasz laptop", "Tomasz and Kebede laptops": sloppy "'s"
    if len(runs) >= 2:
        return w.lower_.endswith("s") or not forms & verbs or subject_of_next
    a, b = runs[0]
    if b.i > a.i and _known_first_name(a.text) and b.lower_ in _locale_names("last"):
        return False  # "Ana Lima batteries": a person's full name
    if _person_slot(b):
        return False  # "spoke with Tunde first thing"
    if w.pos_ == "ADJ" and w.dep_ == "amod" and w.head.i == w.i + 1:
        w = w.head  # "Remy human hair": the noun the adjective modifies
        forms = {w.lower_, w.lemma_.lower()}
    return (not forms & verbs and w.pos_ == "NOUN" and w.text.islower()
            and w.lemma_ not in _PEOPLE_NOUNS | _KIN | _MESSAGES | _ROLES) or (
        w.lower_.endswith("s") and subject_of_next)


def _used_as_things(doc: Any, found: set[str]) -> set[str]:
    """Words found as people that the same text also uses as a tool, a product or a place:
    modifying a common noun ("Zendesk tickets") or after "in", "into", "via", "using"
    ("moved the queue into Zendesk"), where no person stands. First names from the
    dictionaries and people the caller knows are never taken back."""
    out: set[str] = set()
    for t in doc:
        if t.text not in found or _known_first_name(t.text) or _person_slot(t):
            continue
        prev = t.doc[t.i - 1] if t.i > 0 else None
        if prev is not None and _capitalised(prev) and prev.pos_ == "PROPN":
            continue  # the second half of a full name
        head = t.head
        if (t.dep_ == "compound" and head.i == t.i + 1 and head.pos_ == "NOUN"
                and head.text.islower() and head.lower_ not in _PARTICLES) or (
                t.dep_ == "pobj" and head.lower_ in ("in", "into", "via", "using", "through")):
            out.add(t.text)
    return {n for n in found if n in out or any(p in out for p in n.split())} if out \
        else set()


#: What a firm or a product has and a private person hardly does ("Zorvia's depot",
#: "Zorvia's app"): the owner of one is a firm wherever else it stands in the text.
_FIRM_OWNS = _words(
    "app apps website webshop depot depots warehouse warehouses branch branches outlet outlets "
    "headquarters hq subsidiary shareholders ceo cfo cto chairman spokesperson spokesman "
    "spokeswoman helpline hotline franchise catalogue catalog checkout logo recall "
    "stockists")
#: Nouns that take "at" before a person rather than a firm ("a dig at X", "a look at X").
_AIMED_AT = _words("look glance dig jab go shot swipe stab pop crack")
#: Verbs after which "at X" is where one works, buys or banks ("works at X", "shop at X").
_AT_FIRM_VERBS = _words("work shop intern bank buy purchase queue stock price sell")
#: Verbs of buying whose "from X" is a seller ("ordered them from X", "sourced from X"):
#: a firm, unless X is a first name (a colleague sells a bike too).
_BUY_FROM = _words("order reorder buy purchase source restock import rent hire lease")


def _firm_place(t: Any) -> bool:
    """Whether ``t`` stands where a firm stands (see :func:`_firm_evidence`)."""
    head = t.head
    verb = head.head
    if t.dep_ == "poss":
        return head.lemma_.lower() in _FIRM_OWNS and head.text.islower()
    if t.dep_ != "pobj":
        return False
    if head.lower_ == "at":
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.lower_ in ("'s", "’s"):
            return False  # "dinner at Kofi's"
        return (verb.pos_ == "NOUN" and verb.lemma_.lower() not in _AIMED_AT) or (
            verb.pos_ == "VERB" and verb.lemma_.lower() in _AT_FIRM_VERBS)
    return head.lower_ == "from" and verb.pos_ == "VERB" and \
        verb.lemma_.lower() in _BUY_FROM and not _known_first_name(t.text)


def _firm_evidence(doc: Any, found: set[str]) -> set[str]:
    """Words found as people that the same text puts where a firm stands: the owner of what
    firms have ("Zorvia's depot", "Zorvia's app"), "at X" after a noun or a verb of working or
    buying ("the manager at Velmont", "shops at Velmont"; not "a dig at X", nor "at X's"),
    and the seller after a verb of buying ("ordered the blades from Tarvik"; not a first
    name). A firm says and wants things as people do, so this evidence, anywhere in the
    text, outweighs a person's place elsewhere; names the caller knows are never taken
    back (the caller passes only what was learnt)."""
    out = {t.text for t in doc if t.text in found and _capitalised(t) and _firm_place(t)}
    # a full name goes back only when every part of it stands as a firm
    return {n for n in found if n in out or (" " in n and all(p in out for p in n.split()))}


def _kind(t: Any) -> Any:
    """The common noun the text equates with ``t``, if any: its apposition ("Biscuit, our
    office dog"; "Pepper the school rabbit"), or what it is said to be ("Luna is our booking
    app", "Iris and Hazel are the quiet rooms"), or what is said to be it ("The venue is
    Hatherley Barn")."""
    doc = t.doc
    attr = t
    while attr.dep_ in ("compound", "conj") and (
            attr.dep_ == "conj" or (attr.head.i > attr.i and _capitalised(attr.head))):
        attr = attr.head
    if attr.dep_ == "attr" and attr.head.lemma_ == "be":  # "The venue is Hatherley Barn"
        for c in attr.head.children:
            if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < attr.i:
                return c
    for c in t.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            return c
    if t.dep_ == "appos" and t.head.pos_ == "NOUN" and not (
            t.head.i < t.i and _verb_follows(_run(t)[1])):  # not "the company Kebede founded"
        return t.head
    subj = t
    while subj.dep_ == "conj":
        subj = subj.head
    if subj.dep_ == "nsubj" and subj.head.lemma_ == "be":
        for c in subj.head.children:
            if c.dep_ == "attr" and (c.pos_ == "NOUN" or c.lower_ == "one"):
                return c
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    # "Pepper the school rabbit ..." opening a clause; not "Give Ana the app"
    if nxt is not None and nxt.lower_ in _POSSESSIVES and nxt.head.pos_ == "NOUN" \
            and nxt.head.i > t.i and _clause_start(t) and not _person_slot(t):
        return nxt.head
    return None


def _bare_one(t: Any) -> bool:
    """"One" standing for a noun said before ("the old one"), not a person picked out by a
    clause of its own ("the one to ask", "the one who built it")."""
    return t.lower_ == "one" and any(c.dep_ == "amod" for c in t.children) and \
        not any(c.dep_ in ("relcl", "acl") for c in t.children)


def _named_things(doc: Any, found: set[str]) -> set[str]:
    """Words found as people that the same text says are an animal, a room, an app or
    another thing people name (see :data:`_NAMED_KINDS`); "one" stands for such a kind
    named in the same text ("Luna is the new app; Stella is the old one"). A word that
    stands where a person stands elsewhere in the text stays a person."""
    kinds = [(t, k) for t in doc if t.text in found and (k := _kind(t)) is not None
             and (k.text.islower() or (k.is_sent_start and k.text[1:].islower()))]
    things = {k.lemma_ for _, k in kinds if _named_kind(k.lemma_)}
    said = [t for t, k in kinds if k.lemma_ in things or (things and _bare_one(k))]
    # the word alone: a full name that holds it ("Rosie Brandt") is still a person's
    out = {t.text for t in said if not any(
        _person_slot(u) for u in doc if u.text == t.text and u not in said)}
    # and a name of such words ("Hatherley Barn"), when every word of it is taken back
    return out | {n for n in found if " " in n and all(w in out for w in n.split())}


#: Words that open a noun phrase a person's name never heads: articles, and possessives no
#: family uses before a name ("our Jack" may be a brother; "his Ford Cortina" is a car).
_THING_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})


def _caps_run(doc: Any, i: int) -> tuple[int, int]:
    """The run of capitalised words around token ``i`` (start, end exclusive)."""
    start, end = i, i + 1
    while start > 0 and _capitalised(doc[start - 1]):
        start -= 1
    while end < len(doc) and _capitalised(doc[end]):
        end += 1
    return start, end


def _headed_by_article(doc: Any, found: set[str]) -> set[str]:
    """Names found that the text only uses as the head of a noun phrase opened by an article
    or a possessive ("stripped the Morris Minor back", "the Pipe Major wants", "her
    husband's Ford Cortina"), or as one joined by "and" or a comma to such a head ("restocked
    the Mars, Twix and Lucozade"): English puts no article before a person's name. Not a run
    that modifies a noun ("the Kereama file": whose file is open), nor one with a title before
    a name ("a Mrs Kamat"; "the Pipe Major" is a role). The words before a rank or a title
    inside a run are a role too ("Drum Major Fergus"). A name is taken back only when no
    occurrence of any of its words stands elsewhere."""
    if not found:
        return set()
    things: set[int] = set()
    for t in doc:
        if not _capitalised(t) or t.i in things:
            continue
        start, end = _caps_run(doc, t.i)
        if end - start > 4:
            continue
        titles = [u.i for u in doc[start:end - 1] if _TITLE_WORD.match(u.text)]
        if titles and titles[-1] > start:  # "Drum Major Fergus": the role before the name
            things |= set(range(start, titles[-1] + 1))
        if start == 0:
            continue
        prev = doc[start - 1]
        opener = prev.lower_ in _THING_OPENERS or (
            prev.tag_ == "POS" and start >= 2 and doc[start - 2].text.islower()
            and doc[start - 2].pos_ == "NOUN")  # "her husband's Ford", not "Ana's Bo"
        if not opener or any(_TITLE_WORD.match(u.text) for u in doc[start:end - 1]):
            continue
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.text.islower():
            continue  # "the Kereama file": the run says whose or which
        run = set(range(start, end))
        for c in doc[end - 1].conjuncts:  # "the Mars, Twix and Lucozade"
            if c.i > end - 1 and _capitalised(c) and c.pos_ == "PROPN":
                c0, c1 = _caps_run(doc, c.i)
                after = doc[c1] if c1 < len(doc) else None
                if not (after is not None and after.pos_ == "NOUN" and after.text.islower()):
                    run |= set(range(c0, c1))
        things |= run
    if not things:
        return set()
    out = set()
    for n in found:
        words = n.split()
        hits = [t for t in doc if t.text in words]
        if hits and all(t.i in things for t in hits):
            out.add(n)
    return out


_QUOTES = frozenset("'\"‘’“”")
#: Nouns for a person's own name: a quoted word after them is a person's ("her nickname
#: 'Tola'", "the alias 'Kofi'").
_NAME_NOUNS = _words("name nickname alias handle username moniker pseudonym callsign "
                     "call-sign signature byline")


def _quoted_after_noun(doc: Any) -> list[tuple[int, int]]:
    """The token ranges of capitalised phrases in quotes that a common noun for a thing
    introduces, and of those listed after them: the cultivar, boat or layout the noun names
    ("rose 'Gertrude Jekyll'", "apple trees 'Bramley', 'Egremont Russet' and 'Ashmead's
    Kernel'", "layout \"Little Wick\""). Not after a noun about people, a role, a relative or
    a noun for a name ("her niece 'Tola'", "the driver 'Duale'", "nickname 'Bongi'"), and not
    a quoted word a capitalised word follows straight after the quote ("'Bongi' Dlamini")."""
    out: list[tuple[int, int]] = []
    i, listed = 0, False
    while i < len(doc):
        t = doc[i]
        if not (t.text in _QUOTES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
            i += 1
            continue
        end = next((j for j in range(i + 2, min(i + 10, len(doc)))
                    if doc[j].text in _QUOTES and doc[j - 1].whitespace_ == ""
                    and (j + 1 >= len(doc) or not doc[j + 1].is_alpha
                         or doc[j].whitespace_)), None)
        if end is None:
            i += 1
            continue
        prev = doc[i - 1] if i > 0 else None
        # a common noun, however the tagger reads it before a quote ("rose", "Rhubarb"
        # opening a line): an English word that is no function word
        # a common noun; one the tagger reads otherwise ("and rose 'Gertrude Jekyll'",
        # "Plum 'Victoria'") only opening the sentence or after a quoted item and "and"
        noun = prev is not None and prev.is_alpha and not prev.is_stop and (
            prev.pos_ == "NOUN" or (
                prev.lower_ in _english_nouns() and prev.pos_ in ("VERB", "PROPN", "ADJ")
                and (prev.is_sent_start or (i >= 3 and doc[i - 2].lower_ in ("and", "or", ",")
                                            and doc[i - 3].text in _QUOTES)))) and \
            prev.lemma_.lower() not in _PERSON_SUBJECT and (
                prev.text.islower() or (prev.is_sent_start and prev.text[1:].islower())) and \
            prev.lemma_.lower() not in _PEOPLE_NOUNS | _KIN | _ROLES | _NAME_NOUNS | _PERSON_WORDS \
            and prev.lower_ not in _PEOPLE_NOUNS | _KIN | _NAME_NOUNS | _PERSON_WORDS and \
            not _role(prev) and not _used_as_person(doc[i - 1:end + 1])
        after = doc[end + 1] if end + 1 < len(doc) else None
        # a name's words: capitalised, or short function words inside it ("Doyenné du
        # Comice", "Trail of Tears"); not a quoted sentence ("In memory of ...")
        words = [u for u in doc[i + 1:end] if u.is_alpha]
        named = bool(words) and len(words) <= 5 and not words[0].is_stop and all(
            u.text[:1].isupper() or (u.is_stop and len(u.text) <= 3) or u.lower_ in _PARTICLES
            for u in words)
        if named and (noun or listed) and not (after is not None and _capitalised(after)):
            out.append((i + 1, end))
            # the next quoted item after a comma, "and" or "or" is of the same kind
            nxt = doc[end + 1:end + 3]
            listed = any(u.text in (",", "and", "or", "&") for u in nxt[:1]) and any(
                u.text in _QUOTES for u in doc[end + 2:end + 4])
        else:
            listed = False
        i = end + 1
    return out


def _used_as_person(span: Any) -> bool:
    """Whether the sentence uses a noun and the quoted name after it as a person: either
    stands where English puts a person (the subject of a speech or thought verb, the object
    of a verb of contact) or is the subject of a verb of joining,
    starting or leaving a post ("Our new guy 'Sipho' started on Monday", "the new hire
    'Sipho' said ..."). A thing's name is neither."""
    for u in span:
        if not u.is_alpha:
            continue
        verb = u.head.lemma_.lower() if u.head.pos_ in ("VERB", "AUX") else ""
        if (u.dep_ == "nsubj" and verb in _ROLE_VERBS | _PERSON_SUBJECT) or (
                u.dep_ in ("dobj", "dative") and verb in _PERSON_OBJECT):
            return True
    return False


def _role(t: Any) -> bool:
    """A noun for a person by a role ("driver", "keeper", "trainee"); "tree" and "cutter"
    end like roles and are things, but a thing wrongly taken for a role only keeps a name
    masked."""
    low = t.lemma_.lower()
    return low in _ROLES or (bool(_ROLE_ENDING.search(low)) and not (
        low.endswith("ee") and len(low) <= 4))


def _quoted_things(doc: Any, found: set[str]) -> set[str]:
    """Names found that stand only inside quotes a common noun for a thing introduces (see
    :func:`_quoted_after_noun`): the thing's name, not a person's."""
    ranges = _quoted_after_noun(doc)
    if not ranges:
        return set()
    inside = {k for a, b in ranges for k in range(a, b)}
    words = {doc[k].text for k in inside}
    out = set()
    for n in found:
        parts = [p.strip("'’\"”") for p in n.split()]
        if not all(p in words for p in parts):
            continue
        # every time the name's first word stands in the text, it stands inside the quotes
        if all(u.i in inside for u in doc if u.text == parts[0]):
            out.add(n)
    return out


def _counted(doc: Any, found: set[str]) -> set[str]:
    """Names a number counts ("60 Jacob at £2.10 a head", "40 Katy and 25 Discovery were
    picked", "two Rokkaku kites"): a breed, a variety or a make, since people are not counted
    by their name. The number modifies the name straight after it, nothing places it in time
    or a list before ("At 7 Ade lit the fire", "Table for 4 Ana Lima"), no capitalised word
    follows (a full name), and the name stands nowhere else in the text."""
    out: set[str] = set()
    for t in doc:
        if t.text not in found or not _capitalised(t) or t.i == 0:
            continue
        n = doc[t.i - 1]
        before = doc[t.i - 2] if t.i >= 2 else None
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if not (n.like_num and n.dep_ == "nummod" and n.head.i == t.i
                and n.ent_type_ in ("", "CARDINAL") and re.fullmatch(r"\d{1,4}|[a-z]+", n.text)):
            continue
        if before is not None and (before.pos_ in ("ADP", "NOUN", "PROPN") or before.like_num
                                   or before.text in ("#", "/", "-")):
            continue
        if (nxt is not None and _capitalised(nxt)) or _person_slot(t):
            continue
        if not _a_count_of(t):
            continue
        if all(u.i == t.i or u.text != t.text for u in doc):
            out.add(t.text)
    return out


def _counted_name(t: Any) -> bool:
    """Whether a number straight before ``t`` modifies it ("25 Discovery")."""
    n = t.doc[t.i - 1] if t.i > 0 else None
    return n is not None and n.like_num and n.dep_ == "nummod" and n.head.i == t.i


def _a_count_of(t: Any) -> bool:
    """Whether the number before the name ``t`` positively counts it rather than telling a
    time ("Around 10 Sipho arrived", "Then 3 Sipho ran off"): a plural noun follows the name
    ("two Rokkaku kites"), a price or rate follows it ("60 Jacob at £2.10 a head", "for
    £3"), or it is listed with another counted name ("40 Katy and 25 Discovery", "12 Dexter
    and 4 Angus"). A name that is the active subject of a verb is counted only by a noun or
    a price after it: a listed pair alone may still be people arriving at times."""
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    after = doc[t.i + 2] if t.i + 2 < len(doc) else None
    if nxt is not None and nxt.is_alpha and nxt.text.islower() and (
            nxt.tag_ == "NNS" or (
                nxt.tag_ == "VBZ" and t.head.i == nxt.i and nxt.lower_[:-1] in _english_nouns()
                and nxt.dep_ in ("dobj", "pobj", "conj", "appos", "attr", "acl"))):
        # "two Rokkaku kites": the tagger may read "kites" as a verb, but then as no main
        # verb of its clause ("Around 10 Sipho calls" stays a person)
        return True
    if nxt is not None and after is not None and nxt.lower_ in ("at", "@", "for", "each") and (
            after.tag_ == "$" or after.like_num):
        return True
    first = t
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "nsubj":
        return False
    pair = [c for c in t.children if c.dep_ == "conj"]
    if t.dep_ == "conj":
        pair.append(t.head)
    return any(_capitalised(c) and _counted_name(c) for c in pair)


#: What opens a noun phrase in brackets that says what the names before it are: an article,
#: a possessive, a count ("(the blue forklift)", "(our treasurer)", "(both tortoises)").
_BRACKET_OPENERS = frozenset({"the", "a", "an", "our", "my", "your", "his", "her", "their",
                              "both", "two", "three", "four"})


def _bracketed(doc: Any) -> tuple[set[str], set[str]]:
    """Names a phrase in brackets straight after them says what they are: people when it
    is a relative, a role or a word for a person ("Wambui (Auntie Njeri's granddaughter)",
    "Tevita (our treasurer)"), things when it is any other common noun ("Gertie (the blue
    forklift)", "Dottie and Rufus (the two ferrets)", "Bramble and Pickle (both
    tortoises)"). A plural
    phrase speaks for the names joined by "and" before it too. A noun that may name a
    person by what they do ("tower", "keeper": an ending of roles) says neither. Returns
    (people, things): each name run, and each of its words."""
    people: set[str] = set()
    things: set[str] = set()
    for b in (u.i for u in doc if u.text == "(" and u.i > 0):
        if not _capitalised(doc[b - 1]):
            continue
        chunk, closed = [], False
        for u in doc[b + 1:]:
            if (u.is_punct and u.text not in ("'s", "’s", "-")) or ")" in u.text or (
                    u.pos_ in ("ADP", "VERB", "AUX", "PRON", "CCONJ", "SCONJ")
                    and u.lower_ not in _BRACKET_OPENERS):
                closed = u.text in (")", ",")
                break
            chunk.append(u)
        opened = chunk and (chunk[0].lower_ in _BRACKET_OPENERS or chunk[0].like_num
                            or any(u.text in ("'s", "’s") for u in chunk))
        if not closed or len(chunk) < 2 or not opened:
            continue
        head = chunk[-1]
        if not (head.is_alpha and head.text.islower() and head.pos_ in ("NOUN", "PROPN")):
            continue
        first, last = _run(doc[b - 1])
        runs = [doc[first.i:last.i + 1]]
        if head.tag_ == "NNS" or chunk[0].lower_ in ("both", "two", "three", "four"):
            j = first.i - 1  # "Bramble and Pickle (both tortoises)"
            if j > 0 and doc[j].lower_ in ("and", "&") and _capitalised(doc[j - 1]):
                a, z = _run(doc[j - 1])
                runs.append(doc[a.i:z.i + 1])
        names = {r.text for r in runs} | {u.text for r in runs for u in r}
        if head.lemma_ in _KIN | _ROLES | _PERSON_WORDS:
            people |= names
        elif head.lemma_ not in _PEOPLE_NOUNS and not _ROLE_ENDING.search(head.lower_) \
                and head.lemma_ in _english_nouns():
            things |= names
    return people, things
