"""Names the grammar and the dictionaries find: first names, names in lower case, surnames
before and after a name, names cued by a signature, a cc line, an email or a phone, and the
checks that a span the model calls a person can be one."""

from __future__ import annotations

import re
from typing import Any

from assistant.summarize.redact.contacts import Span
from assistant.summarize.redact.grammar import (
    _about_people,
    _addressed,
    _agent,
    _capitalised,
    _clause_start,
    _coined,
    _introduced,
    _kin_of,
    _listed_with_places,
    _machine,
    _modifies_noun,
    _named_for_place,
    _numbered,
    _person_slot,
    _place_follows,
    _with_speaker,
)
from assistant.summarize.redact.lexicon import (
    _CALENDAR,
    _FIRM_SUFFIXES,
    _GREETINGS,
    _NOT_PERSON,
    _PARTICLES,
    _PLACE,
    _PLACE_NOUNS,
    _POSSESSIVES,
    _ROLE_ENDING,
    _ROLES,
    _SAINTS,
    _TITLE_WORD,
    _TITLES,
    _known_first_name,
    _locale_names,
    _ordinary,
    _plural_only,
    _words,
)
from assistant.summarize.redact.things import _thing

_TITLE = re.compile(rf"\b(?:{_TITLES})\.?\s+([A-Z][\w'’-]+)")
#: Honorifics of other languages before a name ("gospodin Petrović", "Herr Brandt", "señora
#: Ruiz", "Bapak Hartono"), in either case; none that opens English words or places ("Sri
#: Lanka", "HR Director", "Pan Am").
_HONORIFIC = re.compile(
    r"(?<![\w-])(?i:gospodin|gospođa|gospodja|gospa|pani|panna|herr|frau|fräulein|señor|"
    r"señora|señorita|senhor|senhora|senhorita|signor|signora|signorina|monsieur|madame|"
    r"mademoiselle|mme|mlle|sayın|meneer|mevrouw|mevr|herra|rouva|kyrios|kyria|bwana|mzee|"
    r"bapak|ibu|shri|shrimati|smt|kumari|tuan|puan|encik|datuk|dato|sahib|begum|hanım|"
    r"efendi|pan)\.?\s+([A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*)")
#: Honorifics of other languages after a name, in lower case ("Bishnu dai", "Gulnara apay",
#: "Tripathi ji", "Osman bey", "Tanaka san"): the word before is a person's name.
_HONORIFIC_AFTER = re.compile(
    r"(?<![\w-])([A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*)[ \t]+(?:ji|sahib|saab|bhai|bhaiya|dai|"
    r"didi|akka|anna|amma|garu|apa|apay|aga|agha|eje|bey|hanım|hanim|efendi|abla|néni|"
    r"bácsi|san|sama|kun|chan|sensei|ssi|nim)(?![\w-])")
#: Leading words spaCy sometimes pulls into a PERSON span.
_NOT_NAME = re.compile(r"^(?:Hi|Hello|Dear|Thanks|Thank|Ask|Call|Email|Tell|Cc|Per|With|"
                       r"From|To|And|Or|The|A|An|Our|Their|His|Her|Mr|Mrs|Ms|Dr|Prof|"
                       r"Hey|Hiya|Howdy|Cheers|Sorry|Welcome|Morning|Afternoon|Evening|Bye|"
                       r"Goodbye|Congrats|Congratulations|Please)$")
#: Holidays and seasons of the year's calendars ("before Easter", "after Diwali").
_HOLIDAYS = frozenset(re.findall(r"\w+", """
    easter christmas xmas hanukkah chanukah diwali deepavali eid ramadan passover pesach
    thanksgiving halloween lent advent pentecost whitsun holi vesak nowruz hogmanay kwanzaa
    kippur hashanah navratri juneteenth midsummer michaelmas candlemas epiphany"""))
#: Pronouns and function words that are never whom a number reaches ("call us on").
_STOP_WORDS = _words("me us him her them it you one someone anyone everyone the a an our "
                     "my your his their this that reception")


def _plausible_person(span: Any) -> bool:
    """Reject what the statistical model calls a person but English structure does not:
    a name after an article ("the Rotterdam delay"; not before nouns about people), or
    one sentence-initial ordinary word that is no known first name, stands in no person's
    place and appears nowhere else ("Maintenance fixed it")."""
    first = span[0]
    if first.i > 0 and span.doc[first.i - 1].lower_ in _DETERMINERS:
        return _about_people(span[-1])  # "the Sipho Dlamini complaint forms"
    digits = [u for u in span if any(ch.isdigit() for ch in u.text)]
    if digits and digits[0].i > first.i and _numbered(span.doc[digits[0].i - 1]) and \
            _ordinary(span.doc[digits[0].i - 1]):
        return False  # "Grade 7A", "Level 2B": a word with its number is a label
    if len(span) == 1 and _coined(first.text):
        return False  # "PayPal", "QuickBooks"
    if any(_thing(t) for t in span):
        return False  # "Pasta Fresca Ltd", "Buzz Z7", "Sage is out of stock"
    if (any((t.lower_ in _CALENDAR and not _joined_to_letters(t)) or t.lower_ in _HOLIDAYS
            for t in span) and sum(
            not _ordinary(t) and t.lower_ not in _CALENDAR for t in span) < 2) or \
            span[-1].text in ("Day", "Eve"):
        return False  # "Easter Monday", "Boxing Day"; not "Khin Myat Thu"
    if (span[-1].lower_ in _PLACE_NOUNS and not (
            len(span) > 1 and _named_for_place(span[-2]))) or _place_follows(span[-1]):
        return False  # "Symphony Hall", "Rose Chapel", "Hope Street"; not "Sara Hall said"
    if len(span) == 1 and (_modifies_noun(first) or _numbered(first) or _machine(first)
                           or _listed_with_places(first) or _place_follows(first)):
        return False
    if len(span) > 1 and all(_ordinary(t) and not _known_first_name(t.text) for t in span):
        return any(_person_slot(t) for t in span)  # "Measure Twice", "Baker Street"
    if len(span) == 1 and _clause_start(first) and not _known_first_name(first.text) \
            and _ordinary(first) and not _person_slot(first):  # "Maintenance fixed it"
        others = [t for t in span.doc if t.text == first.text and not _clause_start(t)]
        return bool(others)
    if len(span) == 1 and _ordinary(first) and not _known_first_name(first.text) \
            and first.lower_ not in _locale_names("last") and not _person_slot(first) \
            and not any(t.text == first.text and t.i != first.i for t in span.doc):
        return False  # "but Stamina wins": a word in no dictionary of names, said once
    if len(span) == 1 and _plural_only(first.text) and not _known_first_name(first.text) \
            and first.lower_ not in _locale_names("last") \
            and not (_person_slot(first) or _agent(first)):
        return False  # "stayed home during Nationals": a plural is no one's name alone
    if len(span) == 1 and _ordinary(first) and _reads_as_word(first):
        # an English word the model calls a person ("Hope is not a plan") is one only if
        # it stands as a name somewhere else in the text
        return any(not _reads_as_word(t) for t in span.doc
                   if t.text == first.text and t.i != first.i)
    return True


def _joined_to_letters(t: Any) -> bool:
    """A word joined by a hyphen to letters after it ("Jun-ho", "May-lin"): a name's first
    half, not a month or a day ("Jun-24", "Mon 7", "Jun-Aug")."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_ and \
        not doc[t.i + 1].whitespace_ and doc[t.i + 2].is_alpha and \
        doc[t.i + 2].lower_ not in _CALENDAR  # "Jun-Aug", "Mon-Fri"


def _reads_as_word(t: Any) -> bool:
    """Whether a capitalised English word that is also a first name ("Grace", "Hope",
    "Mason") reads as the word here: it modifies a noun or names a place ("Mason jars",
    "Baker Street"), the tagger reads no proper noun, or, opening a clause (where
    capitals say nothing), it takes an article, adjective or phrase of its own ("Faith in
    the plan"), is paired with a common noun ("Grace and poise") or is the subject of a
    generic "is (not) a ..." ("Hope is not a plan"). Where grammar puts a person or a
    surname stands beside it, it is a name."""
    if _modifies_noun(t) or _place_follows(t):
        return True
    doc = t.doc
    beside = [doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc)]
    if _person_slot(t) or any(_capitalised(n) and n.pos_ == "PROPN" and not _ordinary(n)
                              and n.ent_type_ not in _NOT_PERSON for n in beside):
        return False
    if t.pos_ == "ADJ" and t.dep_ == "nsubj" and t.head.pos_ == "VERB" and not any(
            c.dep_ in ("det", "amod", "poss", "prep", "compound") for c in t.children):
        return False  # an adjective heads no subject alone: "Sunny restocked the bar"
    if t.pos_ in ("VERB", "AUX", "ADJ", "ADV", "ADP") or (
            t.pos_ != "PROPN" and t.ent_type_ != "PERSON"):
        return True  # "Mark the date", "Frank feedback"
    if any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.text.islower() for c in t.children):
        return True  # paired with a common noun: "Grace and poise"
    if not _clause_start(t):
        return False  # capitalised mid-sentence and read as a proper noun
    if any(c.dep_ in ("det", "amod", "poss") or (c.dep_ == "prep" and c.lower_ != "from")
           for c in t.children):
        return True
    return t.dep_ == "nsubj" and t.head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and c.text.islower()
        and not any(d.lower_ in _POSSESSIVES for d in c.children) for c in t.head.children)


#: Words before a noun phrase that make it a thing or a role ("the Rotterdam delay",
#: "our Quality Manager"), not a person's name.
_DETERMINERS = frozenset({"the", "a", "an", "our", "my", "your", "their", "its", "this",
                          "that", "every", "each"})


#: Greetings and thanks that, in chat, come straight before the name of whom they address.
_CHAT_GREETING = frozenset({"hi", "hello", "hey", "hiya", "dear", "thanks", "thx", "cheers"})


def _greeted(t: Any) -> bool:
    """A lower-case word straight after "thanks", "hi" or "hey" that is no English word
    ("thanks tanvika", "hey tamsin"): whom the line addresses, in dictionaries or not. Chat
    shorthand of three letters ("thanks btw", "hi lol") is not a name."""
    return t.i > 0 and t.doc[t.i - 1].lower_ in _CHAT_GREETING and len(t.text) >= 4 \
        and not _ordinary(t)


def _lower_pair(t: Any) -> bool:
    """Two lower-case words that are no English words joined by "and" where a person stands,
    one of them a known first name ("loop in mwajuma and siddharth"): both are names, the
    items of one list being of one kind, however the parser attached the second."""
    doc = t.doc
    for a, b in ((t.i - 2, t.i), (t.i, t.i + 2)):
        if a < 0 or b >= len(doc) or doc[a + 1].lower_ not in ("and", "&"):
            continue
        pair = (doc[a], doc[b])
        if all(u.text.islower() and u.is_alpha and len(u.text) >= 4 and not u.is_stop
               and not _ordinary(u) for u in pair) \
                and any(_known_first_name(u.text) for u in pair) \
                and any(_person_slot(u) for u in pair):
            return True
    return False


def _hailed(t: Any) -> bool:
    """A word opening a line whose next words ask the reader something ("emeka can you
    cover tonight?", "sipho could you check"): whom the line addresses, as in chat."""
    doc = t.doc
    if not t.is_sent_start:
        return False
    after = [u.lower_ for u in doc[t.i + 1:t.i + 4]]
    return "you" in after[:2] or "please" in after[:1] or after[:1] == [","] and (
        "you" in after or "please" in after)


def _name_evidence(t: Any) -> bool:
    """What, besides its place, makes a lower-case word that is no English word a name: a
    dictionary of first names; the model's own reading as a person where grammar agrees
    (the subject of an action, a person's place); or a surname dictionary where a person
    stands ("abba says ...")."""
    if _known_first_name(t.text):
        return True
    slot = _person_slot(t)
    if t.ent_type_ == "PERSON" and (slot or _agent(t) or _hailed(t)):
        return True
    return slot and t.lower_ in _locale_names("last")


def _lower_case_name(t: Any) -> bool:
    """A first name typed in lower case, as in chat ("thanks aisha", "ask femi"): a known
    first name that is no English word, read as a proper noun or standing as a person; or
    any word that is no English word straight after a greeting ("thanks tanvika")."""
    if not (t.text.islower() and t.is_alpha and len(t.text) >= 3 and not t.is_stop
            and t.lower_ not in _CALENDAR and t.ent_type_ not in (*_NOT_PERSON, *_PLACE)
            and (_greeted(t) or _lower_pair(t) or (
                (t.pos_ == "PROPN" or _person_slot(t) or t.ent_type_ == "PERSON"
                 or _hailed(t))
                and (len(t.text) > 3 or _person_slot(t))  # "wha", "ama": cut word or name
                and not _ordinary(t) and _name_evidence(t)))):
        return False
    i = t.i  # "in san diego", "to san antonio": a place, whatever its words
    while i > 0 and t.doc[i - 1].pos_ == "PROPN" and t.doc[i - 1].text.islower():
        i -= 1
    return not (i > 0 and t.doc[i - 1].lower_ in ("in", "to", "from", "at", "near", "via")
                and not _person_slot(t))


def _owned_place(t: Any) -> bool:
    """A place noun straight after a capitalised possessive ("St Mark's Hall", "Guy's
    Hospital"): the last word of a place's name. A person's surname does not follow
    another name's "'s" with nothing between ("Ana's brother Hall")."""
    doc = t.doc
    return t.lower_ in _PLACE_NOUNS and _capitalised(t) and t.i > 1 \
        and doc[t.i - 1].text in ("'s", "’s") and _capitalised(doc[t.i - 2])


def _first_names(doc: Any, known: set[str]) -> set[str]:
    """Capitalised proper nouns that are known first names (outside dates, places and
    organisations), with the capitalised proper noun that follows as the surname; and
    capitalised words that are no ordinary English word standing where a person stands."""
    out: set[str] = set()
    for t in doc:
        if t.lower_ in _GREETINGS:  # "Morning Dunleavy": the name is the word after it
            continue
        if _lower_case_name(t):
            out.add(t.text)
            continue
        prev = doc[t.i - 1].lower_ if t.i > 0 else ""
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (nxt is not None and t.pos_ == nxt.pos_ == "PROPN" and not t.ent_type_
                and not nxt.ent_type_ and t.text[:1].isupper() and nxt.text[:1].isupper()
                and t.is_alpha and nxt.is_alpha and prev not in _DETERMINERS
                and (nxt.lower_ not in _PLACE_NOUNS or _named_for_place(t))
                and not (_ordinary(t) and _ordinary(nxt))
                and not _TITLE_WORD.match(t.text) and not _TITLE_WORD.match(nxt.text)
                and not _thing(t)):
            # two capitalised proper nouns no entity claims, not both words ("Boxing Day"):
            # a full name the model missed
            out.update({t.text, nxt.text, f"{t.text} {nxt.text}"})
            continue
        if nxt is not None and _TITLE_WORD.match(t.text) and _capitalised(nxt):
            continue  # a title or rank before a name is no name ("Major Fergus")
        if not _capitalised(t) or t.ent_type_ in _NOT_PERSON or prev in _DETERMINERS \
                or (t.lower_ in _CALENDAR and not _joined_to_letters(t)) \
                or t.lower_ in _HOLIDAYS or _numbered(t) or _thing(t) \
                or _place_follows(t) or (t.lower_ in _PLACE_NOUNS and t.i > 0
                                         and _capitalised(doc[t.i - 1])
                                         and not _named_for_place(doc[t.i - 1])) \
                or _owned_place(t):
            continue
        surname = (nxt is not None and _capitalised(nxt) and nxt.pos_ == "PROPN"
                   and nxt.ent_type_ not in _NOT_PERSON
                   and (nxt.lower_ not in _PLACE_NOUNS or _named_for_place(t)))
        slot = _person_slot(t)
        if _known_first_name(t.text) and (t.pos_ in ("PROPN", "NOUN") or (
                t.pos_ == "ADJ" and t.dep_ == "nsubj")):  # "Sunny restocked the bar"
            # a place: "in Lisbon"; so is a first name that is also an English word, one the
            # dictionaries of places hold as a noun ("the depot in Lincoln")
            if prev in ("in", "at", "near", "from") and not slot and (
                    t.ent_type_ in _PLACE or (t.dep_ == "pobj" and _ordinary(t))):
                continue
            # a first name that is also an English word ("Grace period ends", "Hope is not
            # a plan", "Mason jars") is the word unless it stands as a name here
            if _ordinary(t) and _reads_as_word(t):
                continue
        elif not ((slot or _agent(t)) and (not _ordinary(t) or _surname_addressed(t, slot)) and (
                t.pos_ == "PROPN" or (t.pos_ in ("VERB", "NOUN") and t.dep_ == "nsubj") or (
                    t.pos_ in ("NOUN", "ADJ", "INTJ", "X")
                    and (_introduced(t) or _kin_of(t) or _addressed(t)
                         or _with_speaker(t))))):
            # a subject the tagger calls a verb ("Abebech rewrote it") is a proper noun; so is
            # a word introduced by a role or addressed that it calls a noun or an adjective
            continue
        if _coined(t.text) and not _known_first_name(t.text):
            continue
        out.add(t.text)
        if surname and nxt is not None:
            out.update({nxt.text, f"{t.text} {nxt.text}"})
    # "Sara Hall said", "Jun-ho Park rewired it": a surname that is also a place noun
    out |= {doc[t.i + 1].text for t in doc[:-1] if _named_for_place(t)}
    # "Kagiso and Chinedu": a proper noun (no English word) joined to a person is a person
    for t in doc:
        if t.dep_ == "conj" and _capitalised(t) and t.pos_ == "PROPN" and \
                t.ent_type_ not in _NOT_PERSON and _capitalised(t.head) and \
                not (_thing(t) or _thing(t.head)):
            pair = {t.text, t.head.text}
            if pair & (out | known) and pair - out - known:
                out |= {w for w in pair - known
                        if not _ordinary(w) or _known_first_name(w)}
    return out


def _name_after(doc: Any, names: set[str]) -> set[str]:
    """One or two capitalised English words straight after a first name found, mid-sentence
    and ending the phrase: a surname made of words ("Leroy Iron Cloud"), which the tagger
    reads as a verb or a noun. Not a day, a place noun, a firm's suffix, a title or a word
    with a number ("Ana Monday", "Ana Lima Street", "Ward 7"), and not before a capitalised
    word or a common noun the run would modify ("Ana Excel sheet")."""
    out: set[str] = set()
    for t in doc:
        if t.text not in names or " " in t.text or _clause_start(t) or \
                not _known_first_name(t.text):
            continue
        j = t.i + 1
        while j < len(doc) and j <= t.i + 2 and _capitalised(doc[j]) and _ordinary(doc[j]) \
                and doc[j].lower_ not in _CALENDAR \
                and doc[j].lower_ not in _HOLIDAYS and doc[j].lower_ not in _PLACE_NOUNS \
                and doc[j].text not in _FIRM_SUFFIXES and not _TITLE_WORD.match(doc[j].text) \
                and doc[j].ent_type_ not in _NOT_PERSON and not _numbered(doc[j]):
            j += 1
        if j - t.i < 2 or (j < len(doc) and (doc[j].text[:1].isupper() or (
                doc[j].pos_ == "NOUN" and doc[j].text.islower()))):
            continue
        out.update(u.text for u in doc[t.i + 1:j])
        out.add(doc[t.i:j].text)
    return out - names


def _surname_addressed(t: Any, slot: bool) -> bool:
    """An English word that the surname dictionary holds, capitalised mid-sentence where a
    person stands ("please tell Moss the order is ready"): a name. Mid-sentence a
    capital is the writer's own mark of a proper noun; "told Security" is in no dictionary,
    and a plural is a department ("ask Sales")."""
    return slot and not _clause_start(t) and t.tag_ not in ("NNS", "NNPS") and \
        t.lower_ in _locale_names("last")


def _name_before(doc: Any, names: set[str]) -> set[str]:
    """Capitalised proper nouns the parser joins, as compounds, to a name found ("Wuttisak"
    in "from Wuttisak Chaiyo", "Pa" in "Pa Kou Xiong"): one name, so every part of it goes,
    with the whole. Not a title, a role, a greeting or a date ("Dr", "Coach", "Dear")."""
    out: set[str] = set()
    for t in doc:
        if t.text not in names:
            continue
        i = t.i
        while i > 0:
            prev = doc[i - 1]
            if prev.lower_ in _PARTICLES and prev.text.islower():
                j = i - 1  # "van der" in "Customer van der Berg": part of the surname
                while j > 0 and doc[j - 1].lower_ in _PARTICLES and doc[j - 1].text.islower():
                    j -= 1
                # not an English word after a lower-case one: "the van Ana drove"
                if j > 0 and not _capitalised(doc[j - 1]) and all(
                        _ordinary(u) for u in doc[j:i]):
                    break
                i = j
                continue
            if _initials_before(prev, i) or _surname_in_capitals(prev, i):
                i -= 1  # "Md. Rafiqul Islam", "NOVÁK Petra": the name's own first word
                continue
            if prev.text in _SAINTS:
                break  # "St Anne's", "San Martín chapel": a saint's, see _saints_day
            if not (_capitalised(prev) and prev.ent_type_ not in _NOT_PERSON
                    and prev.lower_ not in _GREETINGS and prev.lower_ not in _CALENDAR
                    and not _NOT_NAME.match(prev.text) and not _TITLE_WORD.match(prev.text)
                    and not (_ordinary(prev) and (prev.lower_ in _ROLES
                                                  or _ROLE_ENDING.search(prev.lower_)
                                                  or doc[i].lower_ in _PARTICLES))
                    and ((prev.pos_ == "PROPN" and prev.dep_ == "compound"
                          and prev.head.i >= i) or _name_word_before(prev, i))):
                break
            i -= 1
        if _surname_comma_first(doc, i):
            out.add(doc[i - 2].text)  # "YEVLOEV, Bekkhan"
        if i < t.i:
            out.update(u.text for u in doc[i:t.i] if u.lower_ not in _PARTICLES)
            out.add(doc[i:t.i + 1].text)
    return out - names


#: Abbreviations with a full stop that are no given name ("St.", "Co.", "Capt.", "Ref.").
_ABBREVIATIONS = _words(
    "st mt ft jr sr fr rev capt col gen lt sgt cpl maj hon ave rd no nr co corp inc ltd bros "
    "dept est tel mob ext vol fig ref approx misc etc mr mrs ms mx dr prof sen rep gov pres "
    "supt insp det cllr adm cmdr pte attn re cc ps nb vs wk yr qty pg pp ch sec art para "
    "dep arr min max")


def _initials_before(prev: Any, i: int) -> bool:
    """A given name abbreviated with a full stop straight before a name ("Md. Rafiqul
    Islam", "Wm. Okafor"): part of it. Not a title, a day, a month or a common
    abbreviation ("Dr.", "Mon.", "Co.")."""
    word = prev.text[:-1]
    return prev.i + 1 == i and bool(re.fullmatch(r"[A-Z][a-z]{1,3}\.", prev.text)) and \
        word.lower() not in _ABBREVIATIONS and word.lower() not in _CALENDAR and \
        not _TITLE_WORD.match(prev.text) and _capitalised(prev.doc[i])


def _surname_in_capitals(prev: Any, i: int) -> bool:
    """A surname written first in capitals, as on forms and job sheets ("NOVÁK Petra",
    "NGUYEN Lan"): a word in capitals straight before a name that the dictionaries hold as a
    surname or a first name and that is no English word (not "ETC", "VAT")."""
    return prev.i + 1 == i and prev.is_alpha and len(prev.text) >= 3 and prev.text.isupper() \
        and _capitalised(prev.doc[i]) and not _ordinary(prev) and (
            prev.lower_ in _locale_names("last") or _known_first_name(prev.text))


def _name_word_before(prev: Any, i: int) -> bool:
    """A capitalised word straight before a name's first word (no comma between) that is
    no English word and is a name by the dictionaries, or that opens the surname's
    particles: "Nguyễn" in "Nguyễn Văn Hùng" (which the tagger may read as anything),
    "Marietjie" in "Marietjie van Niekerk"."""
    if _ordinary(prev) or prev.i + 1 != i:
        return False
    if _known_first_name(prev.text) or prev.lower_ in _locale_names("last"):
        return True
    nxt = prev.doc[i]
    return nxt.lower_ in _PARTICLES and nxt.text.islower() and (
        prev.dep_ == "compound" or prev.pos_ == "PROPN")


def _without_greeting(span: Any) -> Any:
    """A PERSON span without the greeting or interjection that opens it ("Cheers Kowalczyk"
    -> "Kowalczyk"), or None when nothing else is left."""
    start = span.start
    while start < span.end and (span.doc[start].lower_ in _GREETINGS or
                                span.doc[start].pos_ == "INTJ" or span.doc[start].is_punct):
        start += 1
    return span.doc[start:span.end] if start < span.end else None


def _before_article(span: Any) -> Any:
    """A PERSON span cut before an article or a possessive inside it ("ingrid the
    Ranunculus" -> "ingrid"): what follows "the" is a thing, not part of her name."""
    cut = [u.i for u in span[1:] if u.lower_ in _DETERMINERS and u.text.islower()]
    return span.doc[span.start:cut[0]] if cut else span


def _after_title(span: Any) -> Any:
    """A PERSON span cut after a title or rank inside it ("Pipe Sergeant Bhat" -> "Bhat"):
    what comes before the title is the role's, not the name's; so is a title opening the span
    when a capitalised word before it starts the role ("Pipe [Sergeant Okonjo]"). A title
    opening the span alone stays with it ("Dr Okafor")."""
    doc = span.doc
    cut = [u.i for u in span[:-1] if _TITLE_WORD.match(u.text) and (
        u.i > span.start or (u.i > 0 and _capitalised(doc[u.i - 1])))]
    return doc[cut[-1] + 1:span.end] if cut else span


def _honoured(text: str) -> set[str]:
    """The name after an honorific of another language (see :data:`_HONORIFIC`), or before
    one that follows names (:data:`_HONORIFIC_AFTER`): one that is no English word or that
    the dictionaries hold as a first name or a surname."""
    return {m.group(1) for m in (*_HONORIFIC.finditer(text), *_HONORIFIC_AFTER.finditer(text))
            if not _ordinary(m.group(1)) or _known_first_name(m.group(1))
            or m.group(1).lower() in _locale_names("last")}


def _honorifics(text: str) -> set[str]:
    """The honorifics of other languages before a name: titles, never a name themselves
    (the lower-case rules would otherwise read "pani" or "señora" as one)."""
    return {m.group(0).split()[0].rstrip(".") for m in _HONORIFIC.finditer(text)}


def _surname_comma_first(doc: Any, i: int) -> bool:
    """A surname in capitals written first and set off by a comma, as on bookings and
    forms ("YEVLOEV, Bekkhan"), straight before the name at ``i``: a word in capitals that is
    no English word, opening the text, a quote, a bracket or a line."""
    if i < 2 or doc[i - 1].text != "," or not _capitalised(doc[i]):
        return False
    cap = doc[i - 2]
    before = doc[i - 3] if i >= 3 else None
    return cap.is_alpha and len(cap.text) >= 3 and cap.text.isupper() and not _ordinary(cap) \
        and cap.lower_ not in _ABBREVIATIONS and (
            before is None or before.is_quote or before.is_left_punct or before.text in (":",)
            or "\n" in before.text or before.is_space)


def _name_parts(name: str) -> list[str]:
    """A person's name and each capitalised part of it ("Ana Lima" -> Ana Lima, Ana, Lima)."""
    name = " ".join(name.split())
    parts = [p.strip(".,") for p in name.split()]
    parts = [p for p in parts if len(p) >= 2 and p[0].isupper() and not _NOT_NAME.match(p)]
    if len(parts) == 1 and len(name.split()) > 1 and name.split()[-1] == parts[0] and all(
            w in _PARTICLES for w in name.split()[:-1]):
        return [name, *parts]  # "van Niekerk": the particle goes with the surname
    return [name, *parts] if len(parts) > 1 else parts or ([name] if name else [])


#: "text baraka on", "call Jomo at", "ring Ama on:" straight before a phone number.
_REACHED_ON = re.compile(r"\b(?:call|ring|text|phone|sms|whatsapp|message|contact|reach)\s+"
                         r"([^\W\d_][\w'’-]+)\s+(?:on|at)\s*:?\s*$", re.I)


def _reached_on(text: str, phones: list[Span]) -> set[str]:
    """Whom a phone number reaches ("text baraka on 0722 ..."): a name the dictionaries hold
    as a first name or a surname, even in lower case and even where it is also an English
    word; not "call reception on" or "ring us at"."""
    out: set[str] = set()
    for sp in phones:
        m = _REACHED_ON.search(text, max(0, sp.start - 60), sp.start)
        word = m.group(1) if m else ""
        if word and word.lower() not in _STOP_WORDS and (
                _known_first_name(word) or word.lower() in _locale_names("last")):
            out.add(word)
    return out


_CAP_NAME = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
_NAME_RUN = rf"{_CAP_NAME}(?:[ \t]+{_CAP_NAME}){{0,2}}"
#: Where a text names people by its layout, not its grammar: a signature after a dash or a
#: closing line ("— Wubet", "Kind regards,\nTsegaye Alemu"), a copy or attention line ("cc:
#: Tsegaye, Abebech"), "Per Abebech, ..." opening a sentence.
_SIGNED = re.compile(rf"(?:^|\n)[ \t]*(?:[—–~]+|--)[ \t]*({_NAME_RUN})[ \t]*$|"
                     rf"(?i:thanks|thank you|cheers|best|regards|best wishes|sincerely|yours|"
                     rf"many thanks|warmly|ta)[ \t]*,?[ \t]*\n[ \t]*({_NAME_RUN})[ \t]*(?:\n|$)",
                     re.M)
_COPIED = re.compile(rf"\b(?i:cc|bcc|attn|fao|c/o)\b[ \t]*:?[ \t]*"
                     rf"((?:{_NAME_RUN})(?:[ \t]*(?:,|and|&)[ \t]*{_NAME_RUN})*)")
_PER = re.compile(rf"(?:^|[.!?]\s+)Per\s+({_NAME_RUN}),")


def _cued_names(text: str) -> set[str]:
    """Names the layout of a message gives away (see :data:`_SIGNED`): each word of them
    that is no English word or is a first name, with the whole name."""
    out: set[str] = set()
    for m in (*_SIGNED.finditer(text), *_COPIED.finditer(text), *_PER.finditer(text)):
        for run in filter(None, m.groups()):
            for name in re.split(r"\s*(?:,|\band\b|&)\s*", run):
                words = [w for w in name.split() if not _ordinary(w) or _known_first_name(w)]
                out.update(words)
                if len(words) > 1 and len(words) == len(name.split()):
                    out.add(" ".join(name.split()))
    return out


def _address_names(doc: Any, locals_: list[str]) -> set[str]:
    """Words of the text that spell a part of an email's or a mention's name
    ("mele.faleolo@clinic.ws" ... "Faleolo will call"): the address says they are a
    person's name. Not an English word that is no name ("info@", "Sales")."""
    pieces = {p.lower() for loc in locals_ for p in re.split(r"[\W\d_]+", loc) if len(p) >= 3}
    return {t.text for t in doc if t.lower_ in pieces and (_capitalised(t) or (
        t.text.islower() and len(t.text) >= 4)) and (not _ordinary(t) or _known_first_name(
            t.text) or t.lower_ in _locale_names("last"))}


def _known_in_lower_case(doc: Any, own: set[str]) -> set[str]:
    """A part of a name the caller knows that is also an English word, typed in lower case
    where a person stands ("vishnu is off sick", "blessing is off today" with Vishnu and
    Blessing known): the person, since the text is known to hold them; not the word where
    it modifies or follows ("the blessing of the boats", "a grace period")."""
    low = {p.lower() for p in own if " " not in p and p[:1].isupper()}
    if not low:
        return set()
    return {t.text for t in doc if t.text.islower() and t.lower_ in low and t.text not in own
            and not any(c.dep_ == "det" for c in t.children)
            and (t.pos_ == "PROPN" or t.dep_ in ("nsubj", "nsubjpass") or _person_slot(t)
                 or _hailed(t))}
