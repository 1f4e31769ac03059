"""What a theme is called and shown by: keywords (class-based TF-IDF), a label built from
them, representative cases and a cohesion score."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

N_KEYWORDS = 8
TOKEN = r"(?u)\b[a-zA-Z][a-zA-Z0-9\-]+\b"
N_REPRESENTATIVES = 5
NEAR_DUPLICATE = 0.95  # representatives closer than this (cosine) show the same thing twice


def _ctfidf(counts: object, weights: Sequence[float] | None = None) -> object:
    """Class-based TF-IDF of a sparse class x term count matrix (CSR): a term's share of
    its class's words times ``log(1 + A / f)``, ``A`` the mean words per class and ``f``
    the term's frequency over all classes. Stays sparse. ``weights`` scale each class's
    counts first (a class known only by a sample of its cases stands for all of them)."""
    from scipy.sparse import csr_matrix, diags

    c = csr_matrix(counts, dtype=np.float64)
    if weights is not None:
        c = csr_matrix(diags(np.asarray(weights, dtype=np.float64)) @ c)
    rows = np.asarray(c.sum(axis=1)).ravel()
    cols = np.asarray(c.sum(axis=0)).ravel()
    avg = rows.sum() / max(c.shape[0], 1)
    idf = np.log(1.0 + avg / np.maximum(cols, 1.0))
    return diags(1.0 / np.maximum(rows, 1.0)) @ c @ diags(idf)


def _row_top(scores: object, i: int) -> tuple[np.ndarray, np.ndarray]:
    row = scores.getrow(i)  # type: ignore[attr-defined]
    return row.indices, row.data


def class_keywords(docs_per_class: Sequence[Sequence[str]], n: int = N_KEYWORDS, *,
                   weights: Sequence[float] | None = None, own: int | None = None
                   ) -> list[list[str]]:
    """Top ``n`` keywords per class by class-based TF-IDF (each class one document; see
    :func:`_ctfidf`), English stop words out, uni- and bigrams, all sparse. A bigram hides
    its own unigrams ranked below it so keywords do not repeat themselves.

    ``own``: only the first ``own`` classes get keywords; the rest are background (they
    count in the term frequencies, scaled by ``weights``)."""
    if not docs_per_class:
        return []
    own = len(docs_per_class) if own is None else own
    from sklearn.feature_extraction.text import CountVectorizer

    joined = [" ".join(d) for d in docs_per_class]
    if not any(j.strip() for j in joined[:own]):
        return [[] for _ in range(own)]
    cv = CountVectorizer(stop_words="english", ngram_range=(1, 2), token_pattern=TOKEN)
    try:
        counts = cv.fit_transform(joined)
    except ValueError:  # only stop words
        return [[] for _ in range(own)]
    terms = cv.get_feature_names_out()
    scores = _ctfidf(counts, weights).tocsr()  # type: ignore[attr-defined]
    out = []
    for i in range(own):
        idx, val = _row_top(scores, i)
        picked: list[str] = []
        covered: set[str] = set()
        # Ties broken by term, so keywords are deterministic.
        for j in sorted(range(len(idx)), key=lambda j: (-round(float(val[j]), 12),
                                                        terms[idx[j]])):
            if val[j] <= 0:
                continue
            term = str(terms[idx[j]])
            words = set(term.split())
            if words <= covered:
                continue
            picked.append(term)
            covered |= words
            if len(picked) >= n:
                break
        out.append(picked)
    return out


def keyword_label(keywords: Sequence[str]) -> str:
    """A short readable label: the first three keywords."""
    if not keywords:
        return "Unlabelled theme"
    label = ", ".join(keywords[:3])
    return label[0].upper() + label[1:]


def representatives(vectors: np.ndarray, centroid: np.ndarray, ids: Sequence[str],
                    n: int = N_REPRESENTATIVES) -> list[str]:
    """Up to ``n`` members closest to the centroid, skipping near-duplicates of ones taken."""
    if not len(ids):
        return []
    sims = vectors @ centroid
    order = sorted(range(len(ids)), key=lambda i: (-round(float(sims[i]), 6), ids[i]))
    taken: list[int] = []
    for i in order:
        if all(float(vectors[i] @ vectors[j]) < NEAR_DUPLICATE for j in taken):
            taken.append(i)
        if len(taken) >= n:
            break
    return [ids[i] for i in taken]


def cohesion(vectors: np.ndarray, centroid: np.ndarray) -> float:
    """Mean cosine of members to their (normalised) centroid: 1 is identical cases."""
    if not len(vectors):
        return 0.0
    return float(np.mean(vectors @ centroid))
