"""Turning spoken sentences into recap prose, without a language model.

A recap bullet is built from whole source sentences. This module makes each one read as
written text: fillers, false starts ("interac interacting", "th they") and stutters go,
discourse openers ("so", "okay", "yeah") and hedges ("I think") go, a first-person
statement is told in the third person ("I'll send it" -> "Priya will send it"), a sentence
longer than a bullet is split at its clauses (never cut mid-clause), and every sentence ends
with punctuation. :func:`is_clean` is the check the evaluations count.
"""

from __future__ import annotations

import re

MAX_WORDS = 40


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FILLER = re.compile(r"(?<![\w/'’-])(?:u+m+|u+h+|u+h-huh|hmm+|mm+-?hmm|mhm|mm+|e+r+m*|ah+|"
                     r"(?<!let )you know|i mean|kind of|sort of|you see)(?![\w/'’-])[,.]?", re.I)
_LIKE = re.compile(r"(?:(?<=[,.;])|^)\s*like\s*,|,\s*like\s*(?=,)", re.I)
_HEDGE = re.compile(r"(?:(?<=^)|(?<=[,;]\s))(?:i (?:think|guess|suppose|reckon|believe|feel "
                    r"like)|i'd say|in my opinion|to be honest|honestly|basically|actually|"
                    r"obviously)(?: that)?\b,?\s*", re.I)
_OPENER = re.compile(r"^(?:(?:okay|ok|so|yeah|yes|yep|right|well|alright|and|but|oh|now|"
                     r"anyway|um|uh|no|hm+|great|cool|sure|good|also|then)\b[,.!]?\s+)+", re.I)
#: A short spoken frame announcing what comes next ("the rule is:", "my advice would be,",
#: "my case:"): a determiner or possessive (a person's too), then one to four more words
#: and a form of "be" before a colon or comma, or one to three words before a colon (a
#: label); then a statement of four words or more.
_LEAD_IN = re.compile(r"^(?:the|my|our|your|their|his|her|one|this|that|a|an|"
                      # a person's ("Ana's advice would be, ..."), not "it's", "that's"
                      r"(?!(?:it|that|this|there|here|what|who|he|she|let|where|how|one)"
                      r"['’]s\b)[a-z][\w-]*['’]s)\s+"
                      r"(?:(?:[\w'’-]+\s+){1,4}?(?:is|was|are|were|be|['’]s)\s*[:,]"
                      r"|(?:[\w'’-]+\s+){0,2}[\w'’-]+:)\s+"
                      r"(?=(?:\S+\s+){3,}\S)", re.I)
#: A spoken sentence trailing off ("..., but yeah", "... or something").
_TAIL = re.compile(r",?\s+(?:but|and|or) (?:yeah|so|whatever|something|stuff)(?: like that)?"
                   r"(?=[.!?]?$)", re.I)
#: Words said again as a false start: one word or a few, a comma allowed between them ("we,
#: we", "could you put, could you put", "Meron, could you, Meron, could you").
_REPEAT = re.compile(r"\b(\w+(?:['’]\w+)?(?:,?\s+\w+(?:['’]\w+)?){0,3})(?:,?\s+\1\b)+", re.I)
_NOISE = re.compile(r"\{[a-z_]+\}|<[^>]+>|\[[^\]]*\]|\((?:laughs?|laughter|inaudible|"
                    r"crosstalk|pause)\)", re.I)
_WORD = re.compile(r"[A-Za-z0-9'’]+")
#: Sentence starters that, capitalised in the middle of a sentence with no punctuation
#: before them, mark a restart ("I dunno exactly what That's the point").
_RESTART_WORDS = ("That", "That's", "This", "It", "It's", "We", "We're", "They", "So", "And",
                  "But", "The", "You", "There", "What", "Because", "If", "Our")
_RESTART = re.compile(r"(?<=[a-z,])\s+(?=(?:" + "|".join(re.escape(w) for w in _RESTART_WORDS)
                      + r")\b)")
#: Words that may legitimately precede a longer word they are a prefix of ("to today",
#: "on one", "an answer"): never treated as a false start.
_KEEP_PREFIX = _words(
    "a an the to on in at it is be we he me no so do go up us as or of by for she her our "
    "out all can not one i and any are was were has had his its who how now new our you "
    "your them then there they this that what when with will well way man car per pre re co")
_DETERMINERS = _words(
    "the a an this that these those my our their your his her its")
#: A sentence ending on one of these was cut short ("... and the", "... because").
_STOPS = _words(
    "a an the and or but if of to in on at by for with from as is are was were be been its "
    "i we they my your our their so than not no what which who when where how about like "
    "because")
#: Function words that also end a phrasal verb ("log in", "carry on").
_PARTICLES = _words("in on")
_SPEAKER_PREFIX = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*:\s")
_REPEATED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.I)
_FILLER_WORD = re.compile(r"(?<![\w'’-])(?:um+|uh+|(?<!let )you know)(?![\w'’-])", re.I)

#: Third person for a first-person subject, by the word that follows it.
_I_FORMS = {"i'm": "is", "i am": "is", "i've": "has", "i have": "has", "i'll": "will",
            "i'd": "would", "i was": "was", "i will": "will", "i would": "would"}
_AUX = _words(
    "can could should would will might must may did was had won couldn wouldn shouldn wasn "
    "didn")
_PAST = _words(
    "got went had was did made said took saw came gave found thought knew told felt left put "
    "ran sent set kept wrote read built spent brought bought began held lost met paid sat "
    "stood understood heard meant forgot caught taught chose drove fell hit let quit shut "
    "spoke won became")
_IRREGULAR = {"have": "has", "do": "does", "go": "goes", "am": "is", "say": "says",
              "try": "tries", "don": "doesn", "haven": "hasn", "dunno": "does not know"}


def words(text: str) -> list[str]:
    return text.split()


def false_starts(text: str) -> str:
    """Drop a word fragment followed by the word it starts ("interac interacting", "th
    they", "th- they") and words repeated across a comma ("we, we", "could you put, could
    you put")."""
    toks = text.split()
    out: list[str] = []
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        bare = t.rstrip("-—–,").lower()
        n = nxt.lower().strip(",.;:!?")
        if bare in ("the", "a", "an") and n in _DETERMINERS:
            continue  # "the this remote" -> "this remote"
        if bare and n and (t.endswith(("-", "—", "–")) or (
                n.startswith(bare) and len(n) > len(bare) and bare not in _KEEP_PREFIX
                and bare.isalpha())):
            continue
        out.append(t)
    return _REPEAT.sub(r"\1", " ".join(out))


def third_person(text: str, speaker: str) -> str:
    """A first-person statement told about its speaker: "I'll send it" -> "Ana will send
    it"; "I looked at" -> "Ana looked at"; "my" -> "Ana's", or "their" once the sentence
    has named her ("I lost my keys" -> "Ana lost their keys"). Role names read as "the
    Marketing expert"-style nouns get "The" in front ("Project Manager" -> "The Project
    Manager"). Without a speaker the text is returned unchanged."""
    who = _referent(speaker)
    if not who:
        return text

    def subject(m: re.Match[str]) -> str:
        head = m.group(1).lower().replace("’", "'")
        nxt = m.group(2) or ""
        key = f"{head} {nxt.lower()}".strip()
        if key in _I_FORMS:
            return f"{who} {_I_FORMS[key]}"
        if head in _I_FORMS:
            return f"{who} {_I_FORMS[head]}" + (f" {nxt}" if nxt else "")
        low = nxt.lower()
        if not nxt or low in _AUX or low in _PAST or low.endswith("ed") or low in (
                "also", "just", "then", "never", "always", "really", "still"):
            return f"{who} {nxt}".rstrip()
        verb = _IRREGULAR.get(low) or (low + "es" if low.endswith(("s", "sh", "ch", "x", "o"))
                                       else low + "s")
        return f"{who} {verb}"

    def possessive(m: re.Match[str]) -> str:
        # "their" refers back to someone: only once the sentence has named the speaker
        # ("I lost my keys" -> "Ana lost their keys"); before that it would point at
        # nobody ("My case: ..." -> "Ana's case: ...", not "Their case: ...").
        if who.lower() in m.string[:m.start()].lower():
            return "Their" if m.group(0)[0] == "M" else "their"
        return f"{who}'s"

    text = re.sub(r"\b(I(?:['’](?:m|ve|ll|d))?)\b(?:\s+([A-Za-z]+))?", subject, text)
    text = re.sub(r"\b[Mm]y\b", possessive, text)
    text = re.sub(r"\bme\b", who, text)
    return text[:1].upper() + text[1:]


def _referent(speaker: str) -> str:
    name = " ".join(speaker.split())
    if not name or not name[0].isalpha():
        return ""
    parts = name.split()
    # A role ("Project Manager", "Marketing") rather than a person's name.
    roles = ("manager", "designer", "marketing", "interface", "facilitator", "lead", "chair",
             "host", "speaker", "moderator", "expert", "engineer", "analyst")
    if any(p.lower() in roles for p in parts) or name.islower():
        return f"the {name}"
    return parts[0]


def sentences(text: str) -> list[str]:
    """Sentences of a turn, restarts split off ("what That's ..." starts a new one)."""
    out: list[str] = []
    for s in re.split(r"(?<=[.!?])\s+|(?<=[.!?][\"”])\s+(?=[A-Z])", text):
        out.extend(p for p in _RESTART.split(s) if p.strip())
    return out


#: A comma that only set a filler off after a word that cannot end a phrase ("the inbox
#: which, um, nobody reads"): it goes with the filler.
_COMMA_BEFORE = re.compile(r"\b(" + "|".join(sorted(_STOPS)) + r"),\s*$", re.I)


def _drop_fillers(text: str) -> str:
    out: list[str] = []
    last = 0
    for m in _FILLER.finditer(text):
        out.append(_COMMA_BEFORE.sub(r"\1", text[last:m.start()]))
        out.append(" ")
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def unstutter(text: str) -> str:
    """``text`` without noise, fillers, false starts and repeats, its words otherwise as
    said: the first step of :func:`polish`, and how grounding reads a spoken source so it
    aligns with a bullet drafted from it."""
    t = _NOISE.sub(" ", text)
    t = _drop_fillers(t)
    t = _LIKE.sub(" ", t)
    t = " ".join(t.split())
    t = re.sub(r"\s+([,.?!;:])", r"\1", t)
    return false_starts(t)


def polish(sentence: str, speaker: str = "") -> str:
    """One source sentence as clean prose: no noise, fillers, false starts, openers or
    hedges; third person; capitalised; ending with punctuation. "" when nothing is left."""
    t = unstutter(sentence)
    for _ in range(3):
        t = _OPENER.sub("", t.strip(" ,;-—–"))
        t = _HEDGE.sub("", t)
    t = _TAIL.sub("", t)
    t = third_person(t, speaker) if speaker else t
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r"\s+([,.?!;:])", r"\1", t)
    t = re.sub(r"([,.?!;:])(?:\s*[,.;:])+", r"\1", t).strip(" ,;:-—–")
    if not t:
        return ""
    t = t[:1].upper() + t[1:]
    if not t.rstrip("\"”’'").endswith((".", "!", "?")):
        t = t.rstrip("…") + "."
    return t


def drop_lead_in(sentence: str) -> str:
    """A polished sentence without a short spoken frame before its statement ("The
    pattern is: give ..." -> "Give ..."); unchanged when there is none."""
    t = _LEAD_IN.sub("", sentence)
    return sentence if t == sentence else t[:1].upper() + t[1:]


def clauses(sentence: str, limit: int = MAX_WORDS) -> list[str]:
    """A sentence longer than ``limit`` words split at clause boundaries, each part a
    sentence of its own; parts that still do not fit are dropped, never cut."""
    if len(words(sentence)) <= limit:
        return [sentence]
    parts = [sentence]
    for sep in (r";\s+", r",\s+(?=(?:and|but|so|because|which|whereas)\b)", r",\s+"):
        nxt: list[str] = []
        for p in parts:
            nxt.extend(re.split(sep, p) if len(words(p)) > limit else [p])
        parts = nxt
        if all(len(words(p)) <= limit for p in parts):
            break
    return [p for p in parts if len(words(p)) <= limit]


def complete(sentence: str) -> bool:
    """Looks like a whole sentence: not a question, does not end on a function word."""
    body = [w.lower().strip(",;:'’\"") for w in sentence.rstrip(".!?").split()]
    if not body or sentence.endswith("?"):
        return False
    if body[-1] in _PARTICLES and len(body) > 1 and body[-2] not in _STOPS:
        return True  # a verb's particle ("cannot log in", "the heating kicked in")
    return body[-1] not in _STOPS


def is_clean(text: str, limit: int = MAX_WORDS) -> bool:
    """The clean-prose check the evaluations count: no speaker prefix, no repeated word,
    no filler, not cut off, ends with sentence punctuation, at most ``limit`` words."""
    t = text.strip()
    return bool(t) and not _SPEAKER_PREFIX.match(t) and not _REPEATED_WORD.search(t) \
        and not _FILLER_WORD.search(t) and not t.endswith(("…", "...")) \
        and t.endswith((".", "!", "?", ".\"", ".”")) and len(words(t)) <= limit
