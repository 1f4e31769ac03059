"""Short names for themes (2-6 words), built offline from their cases.

Candidates are the word sequences of two to four words that the theme's cases use (not
starting or ending with a stop word; those found in at least two of its cases, or all of
them when two cases share too few), ranked by how much of the theme's own vocabulary they
carry (the class-based TF-IDF of their words against the other themes, less a cost per
word), the first ``CANDIDATES`` of them that do not end cut off where the cases use them
(parsed: "new print server rejects" [large jobs] ends on a verb without its object,
:func:`_cut_off`); plus the headlines of its ``CENTRAL`` most
central cases (:mod:`assistant.cluster.headlines`: "new laptop not arrived"), which are
phrases by construction where a span cut out of a case can be a cut-off clause.

All are embedded with the same model as the cases. The name is the candidate that best
says what this theme is about and not what its neighbours are about, by three measures
added up: (1) similarity to the theme's centroid, plus ``LEXICAL`` times the vocabulary
score, the similarity taken after removing the direction all themes share (their
size-weighted mean: sentence embeddings crowd into a narrow cone); (2) similarity to the
theme's gist (the mean of its headlines' vectors) minus the similarity to the nearest
gist among its ``NEIGHBOURS`` nearest themes; (3) ``CONSENSUS`` times the similarity to
the nearest of the theme's other candidates: what several of its cases say in other
words ("cancel a transaction", "cancel transaction made earlier") is what the theme is
about, where a phrase no other candidate echoes is one case's detail. The second compares
a short phrase with short phrases, where a sentence centroid favours whatever phrase reads
most like a sentence. A headline holding a bare pronoun ("track it") is no candidate: it
names something outside itself. A theme with no usable phrase is named by its most
central case, shortened to six words. A broad theme, given the sub-theme of each of its
cases (``parts``), scores its candidates also by ``SPREAD`` times their share of cases
averaged over its sub-themes: what they share, not what its largest one says. A broad
theme holding a single sub-theme gives it its name
(:func:`assistant.cluster.state.share_lone_names`).

Chosen on banking77 train only (``eval.labels``' measure on 3,000-case samples, seeds 0-2
for choosing, 3-4 held out). Session 8: mean over seeds 0-4, sub-themes' name_top1 0.678
-> 0.725, broad 0.412 -> 0.455. Session 11 (the consensus term, no pronoun headlines, and
the centroid margin against the nearest other theme dropped, which the gist margin
already covers): seeds 0-2 sub-themes 0.736 -> 0.747, broad 0.784 -> 0.825; seeds 3-4
0.707 -> 0.724, broad 0.745 -> 0.745. Session 13 (the spread over sub-themes): seeds 0-4
broad 0.783 -> 0.802, sub-themes unchanged. Session 15 (candidates that end cut off
dropped): seeds 0-4 unchanged (0.747, broad 0.802). hwu64 dev and banking77 test are
report sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from assistant.cluster.describe import _ctfidf, representatives
from assistant.cluster.headlines import NEGATING, headlines

Embed = Callable[[list[str]], np.ndarray]

CANDIDATES = 5  # best-ranked phrases per theme sent to the embedder (10 and 20 measured no better)
CHECKED = 2 * CANDIDATES  # best-ranked phrases per theme checked for a cut-off end
USES = 3  # a phrase's uses parsed to see whether it ends where its words do
MAX_WORDS = 6
LEN_COST = 0.05  # lexical score lost per word of a candidate
LEXICAL = 0.1  # weight of the lexical score beside the embedding score
CENTRAL = 5  # most central cases whose spans are candidates
GIST = 1.0  # weight of the gist margin beside the centroid score
NEIGHBOURS = 5  # nearest other themes whose gist a name must not read like
CONSENSUS = 0.5  # weight of the nearest other own candidate (0.25 and 1 measured lower)
SPREAD = 0.5  # weight of a broad candidate's mean share over its sub-themes (0.25, 2 lower)
# A headline holding one of these names what the case's earlier words were about, not it.
PRONOUNS = frozenset({"it", "this", "that"})
MAX_DOCS = 400  # cases per theme whose phrases are counted (the first ones of a large theme)
MIN_SHARED = 3  # fewer phrases shared by two cases than this: every phrase is a candidate
WORD = re.compile(r"[a-z][a-z0-9]*(?:['-][a-z0-9]+)*")
PIECE = re.compile(r"[\n.;:!?()\[\]\"]+")  # no phrase spans one of these
# A name may hold these inside ("card not arrived") but not start or end with them.
INNER_OK = frozenset({"not", "no", "of", "for", "to", "in", "on", "with", "and", "from",
                      "my", "a", "the", "an", "by", "at"})
DETERMINERS = frozenset({"a", "an", "the", "my"})  # the ones INNER_OK lets inside a name
NEG_TOKEN = re.compile(r"[a-z][a-z0-9]*(?:['-][a-z0-9]+)*|,")  # WORD, and commas


# Particles of phrasal verbs: a name may end with one ("top up", "sign out") after a verb.
END_OK = frozenset({"up", "out", "off", "down", "back", "over", "away"})


def _ends(words: list[str], j: int, stop: frozenset[str]) -> bool:
    """Whether a phrase may end at ``words[j]``."""
    w = words[j]
    if w in END_OK:
        return words[j - 1] not in stop
    return w not in stop and len(w) >= 2


def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | {"i", "im", "i'm", "ive", "i've", "can't", "don't",
                                            "doesn't", "didn't", "won't", "isn't", "please",
                                            "hi", "hello", "thanks", "thank", "ok",
                                            # auxiliaries sklearn's list lacks: a phrase
                                            # through one is a cut-off question
                                            "does", "did", "doing", "shall"}


def _phrases(text: str, stop: frozenset[str]) -> set[str]:
    """Word sequences of 2-4 words in ``text`` that neither start nor end with a stop
    word and hold no stop word other than a few joining ones. A sequence said right after
    a negating determiner or pronoun keeps it ("no reminder texts went out"), and one
    starting further inside what that word negates is not taken: either would otherwise
    name the opposite of what the case says (as headlines keep theirs)."""
    out: set[str] = set()
    for part in PIECE.split(text.lower()):
        tokens = NEG_TOKEN.findall(part)
        words = [t for t in tokens if t != ","]
        out |= _runs(words, stop, 4, _negated(tokens, stop))
    return out


def _negated(tokens: list[str], stop: frozenset[str]) -> dict[int, str]:
    """Word index -> the negating word just before it, and -> "" for the words further on
    that the negation still reaches: up to a comma, a stop word a phrase breaks at or a
    determiner (what follows one is another noun phrase: "nobody checked the send report")."""
    out: dict[int, str] = {}
    words: list[str] = []
    reach: str | None = None  # what the next word gets; None: no negation reaches it
    for t in tokens:
        if t == ",":
            reach = None
            continue
        i = len(words)
        words.append(t)
        if reach == "" and (t in DETERMINERS or _breaks(words, i, stop)):
            reach = None
        if reach is not None:
            out[i], reach = reach, ""
        if t in NEGATING:
            reach = t
    return out


def _pieces(text: str) -> list[list[str]]:
    """The lower-case words of each piece of ``text`` a phrase may span (no phrase crosses
    a sentence end, a colon, a bracket or a quote)."""
    return [WORD.findall(part) for part in PIECE.split(text.lower())]


def _runs(words: list[str], stop: frozenset[str], longest: int,
          negated: dict[int, str] | None = None) -> set[str]:
    """The phrases of ``words`` (see :func:`_phrases`); ``negated`` (from :func:`_negated`)
    marks the words a negation reaches."""
    negated = negated or {}
    out = set()
    for i, w in enumerate(words):
        if w in stop or len(w) < 2:
            continue
        neg = negated.get(i)
        if neg == "":
            continue
        for j in range(i + 1, min(i + longest, len(words))):
            if any(_breaks(words, m, stop) for m in range(i + 1, j)):
                break
            if _ends(words, j, stop):
                out.add(" ".join(([neg] if neg else []) + words[i:j + 1]))
    return out


def _breaks(words: list[str], m: int, stop: frozenset[str]) -> bool:
    """Whether ``words[m]`` cannot sit inside a phrase: a stop word other than a joining
    one or the particle of the verb before it."""
    w = words[m]
    return w in stop and w not in INNER_OK and not (w in END_OK and words[m - 1] not in stop)


# What a verb needs after it: a phrase ending on a verb that has one of these after it in
# the case cuts the clause off ("new print server rejects" [large jobs]).
NEEDED = frozenset({"dobj", "ccomp", "attr", "acomp", "oprd", "dative", "prt"})
# Word classes a phrase cannot end on: it goes on in the case ("card is", "transfer from").
OPENING = frozenset({"AUX", "ADP", "SCONJ", "CCONJ", "DET", "PART", "PRON"})


def _dangles(tok: Any, last: int, first: int | None = None) -> bool:
    """Whether a phrase whose last token is ``tok`` (at ``last``; its first at ``first``)
    is cut off where it stands: an auxiliary, a preposition (not a verb's particle: "top
    up") or a conjunction, a verb whose object or complement follows outside the phrase,
    or a whole clause (subject, verb, object) whose verb goes on in a prepositional
    phrase right after it ("decimal commas turned prices" [into thousands]). A verb with
    nothing it needs after it ends a phrase well ("card not arrived", "top up failed"),
    and so does an object without its clause's subject ("cancel transfer" [from May])."""
    if tok.pos_ in OPENING and tok.dep_ != "prt":
        return True
    # any word class: the small model now and then tags such a verb as a noun, but keeps
    # the object on it
    if any(c.i > last and c.dep_ in NEEDED for c in tok.children):
        return True
    verb = tok.head
    return (first is not None and tok.dep_ == "dobj" and first <= verb.i < tok.i
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= first for c in verb.children)
            and any(c.dep_ == "prep" and c.i == last + 1 for c in verb.children))


def _uses(phrase: str, docs: Sequence[str], lowered: Sequence[str],
          n: int) -> list[tuple[str, int, int]]:
    """Up to ``n`` places where the theme's cases (``lowered``: the same in lower case) use
    ``phrase``: the piece of the case (see :func:`_pieces`) as written, and the characters
    its words span there."""
    want = phrase.split()
    out: list[tuple[str, int, int]] = []
    for d, low_d in zip(docs, lowered, strict=False):
        if want[0] not in low_d or want[-1] not in low_d:
            continue
        for piece in PIECE.split(d):
            piece = " ".join(piece.split())
            low = piece.lower()
            if len(low) != len(piece):  # a character whose lower case is longer
                continue
            spans = [(m.start(), m.end(), m.group()) for m in WORD.finditer(low)]
            got = [w for _, _, w in spans]
            for i in range(len(got) - len(want) + 1):
                if got[i:i + len(want)] == want:
                    out.append((piece, spans[i][0], spans[i + len(want) - 1][1]))
                    break
            if len(out) >= n:
                return out
    return out


def _cut_off(picks: Sequence[Sequence[str]],
             docs_per_class: Sequence[Sequence[str]]) -> set[tuple[int, str]]:
    """The (theme, phrase) pairs whose phrase, parsed where the theme's cases use it (up
    to ``USES`` places), ends cut off (:func:`_dangles`) in most of them. The count of
    words cannot tell "card not arrived" from "new print server rejects"; the parse of
    the sentence it stands in can."""
    uses = {}
    for c, ps in enumerate(picks):
        lowered = [d.lower() for d in docs_per_class[c][:MAX_DOCS]]
        uses.update({(c, p): _uses(p, docs_per_class[c], lowered, USES) for p in ps})
    texts = sorted({u[0] for us in uses.values() for u in us})
    if not texts:
        return set()
    from assistant.summarize.redact import spacy_parser

    parsed = dict(zip(texts, spacy_parser().pipe(texts, batch_size=256), strict=True))
    out = set()
    for key, us in sorted(uses.items()):
        cut = 0
        for text, start, end in us:
            span = parsed[text].char_span(start, end, alignment_mode="expand")
            if span is not None and len(span) and _dangles(span[-1], span.end - 1,
                                                             span.start):
                cut += 1
        if us and 2 * cut > len(us):
            out.add(key)
    return out


LIST_LIKE = re.compile(r"^\s*[\w'-]+(\s+[\w'-]+)?\s*,\s*[\w'-]+")
# Words joined as a list is joined, not as a name is written: by a bar, by a slash with a
# space on either side, or three words or more chained by slashes. "24/7 support",
# "TCP/IP errors" and "and/or" are names.
JOINED = re.compile(r"[\w'-]\s*\|\s*[\w'-]|[\w'-](?:\s+/\s*|\s*/\s+)[\w'-]"
                    r"|[A-Za-z][\w'-]*/[A-Za-z][\w'-]*/[A-Za-z]")


def is_list_like(name: str) -> bool:
    """A run of words joined as a list rather than a name: by commas after its first word
    or two ("Invoice, says, opportunity"), by slashes or bars ("Interpreter / Booked / Did",
    "login/okta/users", "sso | login")."""
    return ("," in name and bool(LIST_LIKE.match(name))) or bool(JOINED.search(name))


def _shorten(text: str, n: int = MAX_WORDS) -> str:
    """The first ``n`` words of a case, up to its first comma or full stop."""
    first = re.split(r"[,.;:!?\n]", text.strip(), maxsplit=1)[0]
    words = first.split()[:n]
    stop = _stop_words()
    while len(words) > 1 and words[-1].lower() in stop:
        words.pop()
    return " ".join(words)


SURFACE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['-][A-Za-z0-9]+)*")


def _starts(text: str, i: int) -> bool:
    """Whether the word at ``text[i]`` starts a sentence."""
    j = i - 1
    while j >= 0 and text[j] in " \t\r":
        j -= 1
    return j < 0 or text[j] in ".!?\n"


def cased(name: str, docs: Sequence[str]) -> str:
    """``name`` with each word written as the theme's cases mostly write it inside a
    sentence: "api limit" -> "API limit", "okta admin" -> "Okta admin" when the cases
    write "API" and "Okta"; a word they write in lower case (or only at the start of a
    sentence) stays as it is. A word in capitals (a headline keeps one case's capitals)
    also takes the cases' usual form: one case typed in capitals ("MY BANK ACCOUNT") does
    not make the name shout, where "ATM", written so by most cases, stays."""
    want = {w.lower() for w in name.split()}
    forms: dict[str, dict[str, int]] = {}
    for d in docs[:MAX_DOCS]:
        for m in SURFACE.finditer(d):
            low = m.group().lower()
            if low in want and not _starts(d, m.start()):
                f = forms.setdefault(low, {})
                f[m.group()] = f.get(m.group(), 0) + 1
    out = []
    for w in name.split():
        seen = forms.get(w.lower())
        if seen and (w.islower() or w.isupper() and len(w) > 1):
            best = max(sorted(seen), key=seen.__getitem__)
            w = best if seen[best] > seen.get(w, 0) else w
        out.append(w)
    return " ".join(out)


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _word_weights(docs_per_class: Sequence[Sequence[str]], stop: frozenset[str],
                  weights: Sequence[float] | None, own: int) -> list[dict[str, float]]:
    """Each named class's content words with their class-based TF-IDF (by the number of its
    cases using the word), scaled so the class's strongest word weighs 1."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for c, docs in enumerate(docs_per_class):
        df: dict[int, int] = {}
        for d in docs:
            for w in set(WORD.findall(d.lower())):
                if w not in stop and len(w) > 1:
                    j = vocab.setdefault(w, len(vocab))
                    df[j] = df.get(j, 0) + 1
        for j in sorted(df):
            rows.append(c)
            cols.append(j)
            vals.append(df[j])
    out: list[dict[str, float]] = [{} for _ in range(own)]
    if not vals:
        return out
    terms = sorted(vocab, key=vocab.__getitem__)
    scores = _ctfidf(csr_matrix((vals, (rows, cols)), shape=(len(docs_per_class), len(vocab))),
                     weights).tocsr()  # type: ignore[attr-defined]
    for c in range(own):
        row = scores.getrow(c)
        top = float(row.data.max()) if row.nnz else 1.0
        out[c] = {terms[j]: float(v) / top for j, v in zip(row.indices, row.data, strict=True)}
    return out


def _lexical(phrase: str, weights: dict[str, float], stop: frozenset[str]) -> float:
    """How much of the theme's own vocabulary a phrase carries, less a cost per word (the
    vocabulary is counted in lower case; a headline keeps the cases' own casing)."""
    words = phrase.lower().split()
    got = sum(weights.get(w, 0.0) for w in set(words) if w not in stop)
    return got - LEN_COST * len(words)


def _echo(vecs: np.ndarray) -> np.ndarray:
    """For each of a theme's candidates (unit vectors), its similarity to the nearest of the
    others: how closely another case says the same thing (0 for a lone candidate)."""
    if len(vecs) < 2:
        return np.zeros(len(vecs))
    sims = vecs @ vecs.T
    np.fill_diagonal(sims, -np.inf)
    return sims.max(axis=1)


def _spread(phrases: Sequence[str], docs: Sequence[str],
            part: Sequence[object]) -> np.ndarray:
    """For each phrase, the share of a theme's cases that use it, averaged over the theme's
    parts with every part counting the same: what its sub-themes share ("top up" across
    "top up failed", "top up by card", "top up pending") rather than what its largest
    sub-theme says."""
    if len(part) != len(docs):
        raise ValueError(f"{len(part)} parts given for {len(docs)} texts")
    by: dict[object, list[str]] = {}
    for d, k in zip(docs, part, strict=True):
        by.setdefault(k, []).append(d)
    want = [f" {p.lower()} " for p in phrases]
    out = np.zeros(len(phrases))
    for ds in by.values():
        ds = ds[:MAX_DOCS]
        got = np.zeros(len(phrases))
        for d in ds:
            flat = " " + " | ".join(" ".join(words) for words in _pieces(d)) + " "
            got += [w in flat for w in want]
        out += got / len(ds)
    return out / max(len(by), 1)


def _distinct(ranked: dict[int, list[tuple[float, int]]], flat: Sequence[str]) -> dict[int, int]:
    """Each theme's best candidate, no two themes named alike: the theme whose best fits it
    better keeps it and the other takes its next best not yet taken (it keeps the shared
    one only when it has no other)."""
    chosen: dict[int, int] = {}
    taken: set[str] = set()
    for c in sorted(ranked, key=lambda c: (-ranked[c][0][0], c)):
        free = [row for _, row in ranked[c] if flat[row].lower() not in taken]
        chosen[c] = free[0] if free else ranked[c][0][1]
        taken.add(flat[chosen[c]].lower())
    return chosen


def _neighbours(cents: np.ndarray, own: int) -> list[list[int]]:
    """For each of the first ``own`` themes, the ``NEIGHBOURS`` other themes nearest its
    centroid (ties by index)."""
    out = []
    for c in range(own):
        sims = np.round(cents @ cents[c], 9)
        sims[c] = -np.inf
        order = sorted(range(len(cents)), key=lambda j: (-sims[j], j))
        out.append([j for j in order[:NEIGHBOURS] if j != c])
    return out


def _theme_headlines(docs_per_class: Sequence[Sequence[str]],
                     central: Sequence[Sequence[str]] | None, own: int,
                     near_ix: list[list[int]]) -> dict[int, list[str]]:
    """Headlines of the ``CENTRAL`` most central cases of each named theme and of its
    neighbours (a background theme's texts are its representatives, most central first),
    but none that holds a bare pronoun."""
    need = sorted(set(range(own)) | {n for ns in near_ix for n in ns})
    texts = {c: list((central[c] if central is not None and c < len(central)
                      else docs_per_class[c])[:CENTRAL]) for c in need}
    flat = headlines([t for c in need for t in texts[c]])
    out: dict[int, list[str]] = {}
    at = 0
    for c in need:
        got = flat[at:at + len(texts[c])]
        at += len(texts[c])
        out[c] = list(dict.fromkeys(h for h in got
                                    if h and not PRONOUNS & set(h.lower().split())))
    return out


def theme_names(docs_per_class: Sequence[Sequence[str]], centroids: np.ndarray,
                embed: Embed, central: Sequence[Sequence[str]] | None = None, *,
                weights: Sequence[float] | None = None, own: int | None = None,
                shared: np.ndarray | None = None,
                parts: Sequence[Sequence[object]] | None = None) -> list[str]:
    """A 2-6 word name per class. ``docs_per_class``: each theme's case texts;
    ``centroids``: each theme's L2-normalised centroid (same model as ``embed``);
    ``central``: each theme's most central case texts, most central first (candidates and
    the fallback). ``own``: only the first ``own`` classes are named; the rest are
    background (in the word frequencies, scaled by ``weights``, and as neighbours a name
    must not fit as well). ``shared``: the mean vector of all the themes' cases (default:
    estimated from the centroids, weighted by the number of texts given times ``weights``).
    ``parts``: for a theme made of smaller ones (a broad theme), the part (sub-theme) of
    each of its texts; a candidate then scores also by :func:`_spread`."""
    k = len(docs_per_class)
    if k == 0:
        return []
    own = k if own is None else own
    stop = _stop_words()
    words = _word_weights(docs_per_class, stop, weights, own)
    picks: list[list[str]] = [[] for _ in range(own)]
    lex: list[np.ndarray] = [np.zeros(0) for _ in range(own)]  # lexical score of each pick
    for c in range(own):
        pool: dict[str, int] = {}
        for d in docs_per_class[c][:MAX_DOCS]:
            for ph in _phrases(d, stop):
                pool[ph] = pool.get(ph, 0) + 1
        shared_ph = {p for p, f in pool.items() if f >= 2}
        cands = shared_ph if len(shared_ph) >= MIN_SHARED else set(pool)
        lexical = {p: _lexical(p, words[c], stop) for p in cands}
        picks[c] = sorted(cands, key=lambda p: (-round(lexical[p], 9), p))[:CHECKED]
        lex[c] = np.array([lexical[p] for p in picks[c]])
    # The first CANDIDATES are parsed for all themes, the rest only where one of those ends
    # cut off (same names, half the parsing).
    cut = _cut_off([ps[:CANDIDATES] for ps in picks], docs_per_class)
    more = {c for c, _ in cut}
    cut |= _cut_off([ps[CANDIDATES:] if c in more else [] for c, ps in enumerate(picks)],
                    docs_per_class)
    for c in range(own):
        keep = [j for j, p in enumerate(picks[c]) if (c, p) not in cut][:CANDIDATES]
        picks[c] = [picks[c][j] for j in keep]
        lex[c] = lex[c][keep]
    near_ix = _neighbours(np.asarray(centroids, dtype=np.float64), own)
    heads = _theme_headlines(docs_per_class, central, own, near_ix)
    for c in range(own):
        extra = sorted(set(heads.get(c, [])) - set(picks[c]))
        picks[c] = picks[c] + extra
        lex[c] = np.concatenate([lex[c], [_lexical(p, words[c], stop) for p in extra]])
    flat = sorted({p for ps in picks for p in ps} | {h for hs in heads.values() for h in hs})
    names = []
    if flat:
        cents = np.asarray(centroids, dtype=np.float64)
        if shared is None:
            sizes = np.array([len(d) * (weights[i] if weights is not None else 1.0)
                              for i, d in enumerate(docs_per_class)])
            shared = sizes @ cents / max(float(sizes.sum()), 1.0)
        vecs = _unit(np.asarray(embed(flat), dtype=np.float64))
        at = {p: i for i, p in enumerate(flat)}
        sims = _unit(vecs - shared) @ _unit(cents - shared).T  # phrases x themes
        gist = {c: _unit(vecs[[at[h] for h in hs]].mean(axis=0, keepdims=True))[0]
                for c, hs in heads.items() if hs}
    ranked: dict[int, list[tuple[float, int]]] = {}  # theme -> (score, row in flat), best first
    for c in range(own):
        if picks[c]:
            ix = [at[p] for p in picks[c]]
            score = sims[ix, c] + LEXICAL * lex[c]
            if c in gist:  # how much more it reads like this theme's gist than its neighbours'
                rivals = [gist[n] for n in near_ix[c] if n in gist]
                own_fit = vecs[ix] @ gist[c]
                score = score + GIST * (own_fit - (np.max(vecs[ix] @ np.stack(rivals).T, axis=1)
                                                   if rivals else 0.0))
            score = score + CONSENSUS * _echo(vecs[ix])
            if parts is not None and c < len(parts):
                score = score + SPREAD * _spread(picks[c], docs_per_class[c], parts[c])
            order = sorted(range(len(ix)), key=lambda j: -round(float(score[j]), 9))
            ranked[c] = [(round(float(score[j]), 9), ix[j]) for j in order]  # ties: lexical
    chosen = _distinct(ranked, flat)
    for c in range(own):
        best = cased(flat[chosen[c]], docs_per_class[c]) if c in chosen else ""
        if not best:
            texts = central[c] if central is not None and c < len(central) else []
            best = _shorten(" ".join(texts[0].split())) if texts else ""
            best = best or "Unnamed theme"
        names.append(_capital(best))
    return names


def name_alone(texts: Sequence[str], embed: Embed) -> str:
    """A 2-6 word name for one group of case texts named on its own, with no theme beside
    it: what :func:`theme_names` gives a single theme, its centroid and most central cases
    taken from ``embed`` (a name for a theme whose stored name is not the engine's)."""
    if not texts:
        raise ValueError("no texts to name")
    vecs = _unit(np.asarray(embed(list(texts)), dtype=np.float64))
    cent = _unit(vecs.mean(axis=0, keepdims=True))
    ids = [str(i) for i in range(len(texts))]
    central = [texts[int(i)] for i in representatives(vecs, cent[0], ids, CENTRAL)]
    # No other theme shares a direction with it: its candidates are compared with its
    # centroid as they are.
    return theme_names([list(texts)], cent, embed, [central],
                       shared=np.zeros(vecs.shape[1]))[0]
