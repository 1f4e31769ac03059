"""A case's gist as a short headline ("Why hasn't the new laptop arrived yet?" -> "new laptop
not arrived"), from its dependency parse: the main clause's subject (unless a pronoun), its
negation, its verb and what follows the verb, with the asking frame ("can you tell me",
"I want to", "how do I") and the articles, possessive pronouns and auxiliaries left out.
Headline grammar, so the result is a phrase and never a cut-off clause. A negation keeps
its own word ("card never arrived", "no longer have access", "no card arrived"), as the
articles and pronouns that negate ("no", "nothing", "nobody") do.

Parsed with the small English spaCy model the redactor already ships
(:func:`assistant.summarize.redact.spacy_parser`), only for the few most central cases of
each theme.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

MAX_WORDS = 6
# Verbs and adjectives that frame a request rather than say what it is about: the
# headline follows the clause they govern ("I want to cancel a transfer").
FRAME = frozenset({"want", "need", "like", "love", "wish", "help", "tell", "know", "explain",
                   "show", "wonder", "let", "try", "see", "think", "seem", "find", "ask",
                   "mind", "hope", "appear", "able", "possible", "go", "be", "do", "can",
                   "have", "get", "make", "please", "would", "could", "should", "mean"})
# Request verbs that only point at their object ("tell me the exchange rates"): the
# headline is the object.
POINTING = frozenset({"tell", "explain", "show", "know", "help", "please", "mean", "see",
                      "check", "find", "understand", "clarify"})
# What may follow the verb in a headline: its objects, complements, particles and
# prepositional phrases.
AFTER = frozenset({"dobj", "attr", "acomp", "xcomp", "prep", "prt", "oprd", "dative",
                   "agent", "ccomp", "npadvmod", "pobj", "advcl"})
# Adverbs that add urgency or time but no topic ("still", "yet", "just").
FILLER = frozenset({"still", "yet", "just", "already", "really", "again", "also", "even",
                    "ever", "please", "now", "so", "very", "too", "actually", "currently",
                    "right", "then", "there", "here", "only", "anymore", "kindly"})
COPULA = frozenset({"be", "is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m"})
WH = frozenset({"WP", "WDT", "WRB", "WP$"})
REASON = frozenset({"reason", "reasons", "cause"})
# A verb in its base form after "do" or a modal keeps its auxiliary with the negation
# ("VPN won't connect", "total doesn't match"): "not" alone would leave "VPN not connect".
NEGATED = {"do": "don't", "does": "doesn't", "did": "didn't", "can": "can't", "ca": "can't",
           "could": "couldn't", "will": "won't", "wo": "won't", "would": "wouldn't",
           "should": "shouldn't"}
# Words a headline must not end on.
DANGLING = frozenset({"not", "to", "of", "for", "in", "on", "with", "from", "at", "by", "and",
                      "or", "do", "does", "did", "have", "has", "had", "can", "will", "would",
                      "during", "about", "into", "without", "between", "under",
                      "than", "as", "via", "per", "across", "against", "within", "towards",
                      "toward", "upon", "because", "since", "until", "while", "if", "but",
                      "whether", "like", *NEGATED.values()})
# Negations a headline says in their own word: "never" is not "not" ("card never arrived"
# says more than "card not arrived", which may only mean "not yet").
KEPT_NEGATIONS = frozenset({"never"})
# A negation said by a determiner or a pronoun ("no card arrived", "nothing in account",
# "nobody answered"): dropped with the other determiners and pronouns, the headline would
# say the opposite of its case.
NEGATING = frozenset({"no", "nothing", "nobody", "none", "noone", "neither", "nowhere"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LINE_START = re.compile(r"\n\s*(?=[A-Z0-9])")  # a line break that starts a new sentence


def _word(t: Any) -> str:
    """A token as a headline shows it: lower case, but proper nouns and acronyms ("Spain",
    "PIN") as written."""
    if t.pos_ == "PROPN" and t.text[:1].isupper() or (
            t.pos_ == "NOUN" and t.text.isupper() and len(t.text) > 1):
        return t.text
    return t.lower_


def _keep(t: Any) -> bool:
    if t.lower_ in NEGATING and t.dep_ != "intj":  # but "No, ..." answers a question
        return True
    if t.is_punct or t.is_space or t.dep_ in ("det", "intj", "discourse", "expl", "predet",
                                               "case"):
        return False
    if t.dep_ in ("aux", "auxpass") and (t.pos_ == "AUX" or t.lower_ in COPULA):
        return False  # but "to" before a verb stays
    if t.pos_ == "PRON" and t.lower_ not in ("it", "this", "that") or t.tag_ in WH:
        return False
    return t.dep_ != "advmod" or t.lower_ not in FILLER


def _negated(verb: Any) -> bool:
    """Whether ``verb`` is negated, on itself, on one of its auxiliaries or on an adverb
    of it: in "Why isn't my transfer showing?" the parser hangs "n't" on "is", not on
    "showing"; in "I no longer have access" "no" on "longer"."""
    return any(c.dep_ == "neg" or verb.pos_ == "VERB" and c.dep_ in ("aux", "auxpass")
               and any(g.dep_ == "neg" for g in c.children) or _negated_adverb(c)
               for c in verb.children)


def _negated_adverb(t: Any) -> bool:
    """Whether ``t`` is an adverb carrying a negation of its own ("no longer", "not
    always")."""
    return t.dep_ == "advmod" and any(g.dep_ == "neg" and g.i < t.i for g in t.children)


def _negation(verb: Any, above: str = "") -> str:
    """How a headline says that ``verb`` is negated (see :data:`NEGATED`): a negation
    other than "not" keeps its own words ("card never arrived", not "card not arrived":
    "never" says the thing did not happen at all, "not" may mean "not yet"; "no longer
    have access"). ``above``: the negation word standing on a copula above ``verb`` (see
    :func:`_main`)."""
    said = [above] + _negations(verb)
    kept = [w for w in said if w in KEPT_NEGATIONS or " " in w]
    if kept:
        return kept[0]
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in NEGATED]
    return NEGATED[aux[0]] if aux and verb.tag_ == "VB" else "not"


def _negations(verb: Any) -> list[str]:
    """The negations on ``verb``, on its auxiliaries and on its adverbs, in text order,
    each as the text says it ("not", "never", "no longer")."""
    out = [(c.i, c.lower_) for c in verb.children if c.dep_ == "neg"]
    out += [(g.i, g.lower_) for c in verb.children if c.dep_ in ("aux", "auxpass")
            for g in c.children if g.dep_ == "neg"]
    out += [(c.i, " ".join(_word(g) for g in c.subtree)) for c in verb.children
            if _negated_adverb(c)]
    return [w for _, w in sorted(out)]


def _words(tokens: Iterable[Any]) -> list[str]:
    out: list[str] = []
    prev = None  # the last token kept
    for t in tokens:
        if t.dep_ == "neg":
            out.append(t.lower_ if t.lower_ in KEPT_NEGATIONS else _negation(t.head))
            prev = None
        elif _keep(t):
            if prev is not None and prev.is_currency and not prev.whitespace_ \
                    and prev.i + 1 == t.i:
                out[-1] += _word(t)  # "£1" as written, not "£ 1"
            else:
                out.append(_word(t))
            prev = t
    return out


def _subject_token(verb: Any) -> Any:
    """The token heading ``verb``'s subject (for a copula with none, its noun attribute:
    "is there a limit"), or None."""
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS and (c.pos_ != "PRON" or c.lower_ in NEGATING) \
                and c.tag_ not in WH:
            return c
    if verb.lower_ in COPULA:  # "is there a limit", "what is the exchange rate"
        for c in verb.children:
            if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN"):
                return c
    return None


def _subject(verb: Any) -> list[str]:
    subj = _subject_token(verb)
    return [] if subj is None else _words(subj.subtree)


def _clause(verb: Any, negated: str = "") -> list[str]:
    """Subject, negation, verb (not a copula) and the verb's complements, each kept
    whole: a complement that would pass ``MAX_WORDS`` is cut to its head or ends the
    headline before it. When a long subject leaves no room for the verb or for any of its
    first complement, the subject is cut instead (:func:`_noun_phrase`: "the card I ordered
    from your website last week has not arrived" -> "card not arrived", "the shipment of
    spare parts from our supplier in Lyon arrived at the wrong depot" -> "shipment of
    parts arrived at depot"): a verb left without what follows it reads as a dangling
    participle ("shipment of spare parts from supplier arrived"). ``negated``: the negation
    word standing on a word above ``verb`` ("Why isn't my deposit showing up?": "n't"), or
    ""."""
    subj = _subject_token(verb)
    whole = [] if subj is None else _words(subj.subtree)
    words, cut = _predicate(verb, whole, negated)
    if (cut or len(words) > MAX_WORDS) and subj is not None and subj.pos_ in ("NOUN", "PROPN"):
        for budget in range(len(whole) - 1, 0, -1):  # the longest subject that leaves room
            shorter, still = _predicate(verb, _noun_phrase(subj, budget), negated)
            if not still and len(shorter) <= MAX_WORDS:
                return shorter
    return words


def _predicate(verb: Any, subject: list[str],
               negated: str = "") -> tuple[list[str], bool]:
    """``subject``, negation, verb and complements (see :func:`_clause`), and whether the
    verb's first complement had to be left out whole, so that the verb ends the headline."""
    words = list(subject)
    if negated or _negated(verb):
        words.append(_negation(verb, negated))
    if verb.lower_ not in COPULA:  # headlines drop the copula ("card declined")
        words.append(_word(verb))
    start = len(words)
    for c in verb.children:
        if c.i < verb.i or c.dep_ not in AFTER or c.tag_ in WH or (
                c.dep_ == "attr" and verb.lower_ in COPULA):
            continue
        more = _words(c.subtree)
        if len(words) + len(more) > MAX_WORDS:
            more = _core(c)  # "went to real end customers": "went to customers"
            if more and len(words) + len(more) <= MAX_WORDS:
                words += more
            return words, len(words) == start and verb.lower_ not in COPULA
        words += more
    return words, False


def _core(c: Any) -> list[str]:
    """An object cut to its head: a noun with its compound nouns ("sign-in page"), after
    its preposition when it has one; [] for any other complement (a clause cut to its noun
    would lose what ties it to the verb: "because no PO number")."""
    if c.dep_ not in ("dobj", "attr", "oprd", "dative", "prep", "agent"):
        return []
    prep = []
    if c.dep_ in ("prep", "agent"):
        objs = [x for x in c.children if x.dep_ == "pobj"]
        if not objs:
            return []
        prep, c = [_word(c)], objs[0]
    if c.pos_ not in ("NOUN", "PROPN"):
        return []
    return prep + _noun_core(c)


def _noun_core(noun: Any) -> list[str]:
    """A noun with the compound nouns and numbers before it ("sign-in page", "nine
    days") and a negating determiner ("no card")."""
    before = [x for x in noun.children if x.i < noun.i and (
        x.dep_ in ("compound", "nummod") or x.lower_ in NEGATING)]
    return [_word(x) for x in before] + [_word(noun)]


def _noun_phrase(noun: Any, budget: int) -> list[str]:
    """A noun with its modifiers in at most ``budget`` words: those before it, then those
    after it in order, each kept whole, a prepositional phrase that does not fit cut to its
    own noun phrase; anything else that does not fit ends it, so a noun phrase is never cut
    inside a clause ("a stack of unsigned delivery notes left in the loading bay" -> "stack
    of unsigned delivery notes", not "... notes left in")."""
    whole = _words(noun.subtree)
    if len(whole) <= budget:
        return whole
    words = _words([t for t in noun.subtree if t.i <= noun.i])
    if len(words) > budget:
        return _noun_core(noun)
    joining: list[str] = []  # a conjunction ("or") is kept only with what it joins
    for c in noun.children:
        if c.i < noun.i:
            continue
        more = _words(c.subtree)
        if c.dep_ == "cc":
            joining = more
            continue
        if len(words) + len(joining) + len(more) <= budget:
            words += joining + more
            joining = []
            continue
        objs = [x for x in c.children if x.dep_ == "pobj" and x.pos_ in ("NOUN", "PROPN")]
        if c.dep_ == "prep" and objs:
            inner = _noun_phrase(objs[0], budget - len(words) - 1)
            if inner and len(words) + 1 + len(inner) <= budget:
                words += [_word(c)] + inner
        break
    return words


def _main(sent: Any) -> tuple[Any, str]:
    """The token that carries what a request is about: the root, or, while the root only
    frames a request ("can you tell me ...", "I want to ...", "is it possible to ..."), the
    clause it governs; and the negation word standing on a copula above it that the parse
    did not give the clause ("Why isn't my deposit showing up?": "is n't" governs
    "deposit showing up"), or ""."""
    root = sent.root
    negated = ""
    for _ in range(4):
        subj = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
        why = [c for s in subj if s.lower_ in REASON for c in s.children
               if c.dep_ == "relcl"] + [c for c in root.children if c.dep_ == "relcl"
                                        and root.lower_ in REASON]
        if why:  # "what's the reason my parcel was returned": the returned parcel
            root = why[0]
            continue
        if root.lower_ not in FRAME and root.lower_ not in COPULA or (
                root.lower_ in COPULA and _subject(root)):
            break  # "the transfer is pending" is about the transfer
        nxt = sorted((c for c in root.children if c.dep_ in ("xcomp", "ccomp", "acomp", "advcl")
                      and c.pos_ in ("VERB", "AUX", "ADJ")), key=lambda c: c.pos_ == "ADJ")
        if not nxt:
            break
        if any(c.dep_ == "neg" for c in root.children) and not _negated(nxt[0]):
            if root.lower_ not in COPULA or nxt[0].pos_ == "ADJ":
                break  # "I can't get ...", "I'm not able to ..." keep their negation there
            # a copula says nothing but the negation of the verb it governs
            negated = next(c.lower_ for c in root.children if c.dep_ == "neg")
        root = nxt[0]
    return root, negated


def _participle(copula: Any) -> list[str]:
    """The headline of a copula whose subject goes on in a participle and that has no
    complement of its own ("Why isn't my cash deposit showing up in my account?": the
    parser makes "showing up in my account" a modifier of "deposit"): the subject's noun,
    the copula's negation and the participle's clause, "cash deposit not showing up in
    account"; [] for any other word."""
    if copula.lower_ not in COPULA or any(
            c.dep_ in ("attr", "acomp", "ccomp", "xcomp") for c in copula.children):
        return []
    subj = _subject_token(copula)
    said = [] if subj is None else [c for c in subj.children if c.dep_ == "acl"
                                    and c.i > subj.i and c.tag_ in ("VBG", "VBN")]
    if not said or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    inside = {t.i for t in said[0].subtree}
    noun = _words([t for t in subj.subtree if t.i not in inside])
    if len(noun) > MAX_WORDS - 2:
        noun = _noun_core(subj)
    neg = next((c.lower_ for c in copula.children if c.dep_ == "neg"), "")
    words, _ = _predicate(said[0], noun, neg)
    return words


def headline(doc: Any) -> str:
    """The headline of a parsed text (its first sentence; :func:`headlines` parses a text's
    first line), or "" when it has fewer than two words."""
    sents = list(doc.sents)
    if not sents:
        return ""
    root, negated = _main(sents[0])
    if root.lower_ in POINTING:
        obj = [c for c in root.children if c.dep_ in ("dobj", "ccomp", "advcl")
               and c.tag_ not in WH]
        root = obj[0] if obj else root
    said = _participle(root)
    if said:
        words = said
    elif root.pos_ in ("NOUN", "PROPN"):
        words = _noun_phrase(root, MAX_WORDS)
    else:
        words = _clause(root, negated)
    words = words[:MAX_WORDS]
    # a verb's particle may end a headline ("can't log in"), a preposition may not
    particles = {(_word(t.head), _word(t)) for t in sents[0] if t.dep_ == "prt"}
    while words and (words[-1] in DANGLING or words[-1] in COPULA) and not (
            len(words) > 1 and (words[-2], words[-1]) in particles):
        words.pop()
    return " ".join(words) if len(words) >= 2 else ""


def headlines(texts: Sequence[str]) -> list[str]:
    """:func:`headline` of each text (parsed in one batch)."""
    if not texts:
        return []
    from assistant.summarize.redact import spacy_parser

    return [headline(d) for d in spacy_parser().pipe([_first_line(t)[:500] for t in texts],
                                                     batch_size=256)]


def _first_line(text: str) -> str:
    """A text up to the first line break before a capital or a digit: a case's title
    stands on a line of its own, and the parser would read it and the next line as one
    sentence. A line wrapped inside a sentence (the next line goes on in lower case) is
    joined up."""
    first = next((p for p in LINE_START.split(text) if p.strip()), "")
    return " ".join(first.split())
