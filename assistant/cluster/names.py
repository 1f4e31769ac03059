"""Short names for themes (2-6 words), built offline from their cases.

Candidates are the word sequences of two to four words that the theme's cases use (not
starting or ending with a stop word; those found in at least two of its cases, or all of
them when two cases share too few), ranked by class-based TF-IDF against the other themes,
plus the spans of two to six words of the theme's most central case. They are embedded
with the same model as the cases and the name is the candidate that best says what this
theme is about and not what its neighbours are about (MMR-style: similarity to the
theme's centroid minus ``DISTINCT`` times the similarity to the nearest other centroid).
Both similarities are taken after removing the direction all themes share (their
size-weighted mean): sentence embeddings crowd into a narrow cone, and a phrase that is
merely "a sentence about this kind of text" should not win on it. A theme with no usable
phrase is named by its most central case, shortened to six words.

Chosen on banking77 train (sub-themes' name_top1 0.574 -> 0.621, ``eval.labels``); hwu64
dev and banking77 test are report sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from assistant.cluster.describe import _ctfidf

Embed = Callable[[list[str]], np.ndarray]

CANDIDATES = 20  # c-TF-IDF phrases per theme sent to the embedder (30 measured no better)
DISTINCT = 0.5  # weight of the nearest other theme in the score (chosen on banking77 train)
MAX_WORDS = 6
MIN_SHARED = 3  # fewer phrases shared by two cases than this: every phrase is a candidate
WORD = re.compile(r"[a-z][a-z0-9]*(?:['-][a-z0-9]+)*")
# A name may hold these inside ("card not arrived") but not start or end with them.
INNER_OK = frozenset({"not", "no", "of", "for", "to", "in", "on", "with", "and", "from",
                      "my", "a", "the", "an", "by", "at"})


def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | {"i", "im", "i'm", "ive", "i've", "can't", "don't",
                                            "doesn't", "didn't", "won't", "isn't", "please",
                                            "hi", "hello", "thanks", "thank", "ok"}


def _phrases(text: str, stop: frozenset[str]) -> set[str]:
    """Word sequences of 2-4 words in ``text`` that neither start nor end with a stop
    word and hold no stop word other than a few joining ones."""
    out: set[str] = set()
    for part in re.split(r"[\n.;:!?()\[\]\"]+", text.lower()):  # no phrase spans these
        out |= _part_phrases(WORD.findall(part), stop)
    return out


def _part_phrases(words: list[str], stop: frozenset[str]) -> set[str]:
    out = set()
    for i, w in enumerate(words):
        if w in stop or len(w) < 2:
            continue
        for j in range(i + 1, min(i + 4, len(words))):
            last = words[j]
            mid = words[i + 1:j]
            if any(m in stop and m not in INNER_OK for m in mid):
                break
            if last in stop or len(last) < 2:
                continue
            out.add(" ".join(words[i:j + 1]))
    return out


def _spans(text: str, stop: frozenset[str]) -> set[str]:
    """Word sequences of 2 to ``MAX_WORDS`` words of ``text``, within a clause, that
    neither start nor end with a stop word (the same rules as :func:`_phrases`)."""
    out: set[str] = set()
    for part in re.split(r"[\n.,;:!?()\[\]\"]+", text.lower()):
        words = WORD.findall(part)
        for i, w in enumerate(words):
            if w in stop or len(w) < 2:
                continue
            for j in range(i + 1, min(i + MAX_WORDS, len(words))):
                if any(m in stop and m not in INNER_OK for m in words[i + 1:j]):
                    break
                if words[j] in stop or len(words[j]) < 2:
                    continue
                out.add(" ".join(words[i:j + 1]))
    return out


LIST_LIKE = re.compile(r"^\s*[\w'-]+(\s+[\w'-]+)?\s*,\s*[\w'-]+")


def is_list_like(name: str) -> bool:
    """A comma-separated run of words ("Invoice, says, opportunity"), not a name."""
    return "," in name and bool(LIST_LIKE.match(name))


def _shorten(text: str, n: int = MAX_WORDS) -> str:
    """The first ``n`` words of a case, up to its first comma or full stop."""
    first = re.split(r"[,.;:!?\n]", text.strip(), maxsplit=1)[0]
    words = first.split()[:n]
    stop = _stop_words()
    while len(words) > 1 and words[-1].lower() in stop:
        words.pop()
    return " ".join(words)


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def theme_names(docs_per_class: Sequence[Sequence[str]], centroids: np.ndarray,
                embed: Embed, central: Sequence[str] | None = None, *,
                weights: Sequence[float] | None = None, own: int | None = None,
                shared: np.ndarray | None = None) -> list[str]:
    """A 2-6 word name per class. ``docs_per_class``: each theme's case texts;
    ``centroids``: each theme's L2-normalised centroid (same model as ``embed``);
    ``central``: each theme's most central case text (candidates and the fallback).
    ``own``: only the first ``own`` classes are named; the rest are background (in the
    phrase frequencies, scaled by ``weights``, and as neighbours a name must not fit as
    well). ``shared``: the mean vector of all the themes' cases (default: estimated from
    the centroids, weighted by the number of texts given times ``weights``)."""
    k = len(docs_per_class)
    if k == 0:
        return []
    own = k if own is None else own
    from scipy.sparse import csr_matrix

    stop = _stop_words()
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for c, docs in enumerate(docs_per_class):
        df: dict[int, int] = {}
        for d in docs:
            for ph in _phrases(d, stop):
                j = vocab.setdefault(ph, len(vocab))
                df[j] = df.get(j, 0) + 1
        # Phrases several cases share; in a small theme whose cases share none, any.
        common = [j for j, f in df.items() if f >= 2]
        for j in sorted(common if len(common) >= MIN_SHARED else df):
            rows.append(c)
            cols.append(j)
            vals.append(df[j])
    terms = np.array(sorted(vocab, key=vocab.__getitem__), dtype=object)
    picks: list[list[str]] = [[] for _ in range(k)]
    if vals:
        counts = csr_matrix((vals, (rows, cols)), shape=(k, len(vocab)))
        scores = _ctfidf(counts, weights).tocsr()  # type: ignore[attr-defined]
        for c in range(own):
            row = scores.getrow(c)
            order = sorted(range(len(row.indices)),
                           key=lambda j: (-round(float(row.data[j]), 12),
                                          terms[row.indices[j]]))
            picks[c] = [str(terms[row.indices[j]]) for j in order[:CANDIDATES]]
    for c in range(own):
        if central is not None and c < len(central):
            picks[c] = list(dict.fromkeys(picks[c] + sorted(_spans(central[c], stop))))
    flat = sorted({p for ps in picks for p in ps})
    names = []
    if flat:
        cents = np.asarray(centroids, dtype=np.float64)
        if shared is None:
            sizes = np.array([len(d) * (weights[i] if weights is not None else 1.0)
                              for i, d in enumerate(docs_per_class)])
            shared = sizes @ cents / max(float(sizes.sum()), 1.0)
        vecs = np.asarray(embed(flat), dtype=np.float64)
        vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
        at = {p: i for i, p in enumerate(flat)}
        sims = _unit(vecs - shared) @ _unit(cents - shared).T  # phrases x themes
    for c in range(own):
        best = ""
        if picks[c]:
            ix = [at[p] for p in picks[c]]
            fit = sims[ix, c]
            other = np.delete(sims[ix], c, axis=1)
            near = other.max(axis=1) if other.shape[1] else np.zeros(len(ix))
            score = np.round(fit - DISTINCT * near, 9)
            best = picks[c][int(np.argmax(score))]  # first of equals: c-TF-IDF order
        if not best:
            fallback = central[c] if central is not None and c < len(central) else ""
            best = _shorten(" ".join(fallback.split())) or "Unnamed theme"
        names.append(_capital(best))
    return names
