"""A learned second opinion on whether a bare count is a claim.

A count with no unit word ("46 natural and 13 programming languages", "five exemplars", "more than 300
repositories") is the figure the rules in `pipeline.claims` judge worst: they drop most small counts so
that "the 12 line" or "three key components" give no claim, and annotators then find counts the rules
dropped far more often than counts the rules kept wrongly. A logistic regression over the words around
the figure, the word it counts, its size and the rules' own verdict gives the probability that an
annotator claims the count. It overrules the rules only when sure: a dropped count is kept from
`KEEP_AT`, a kept one dropped below `DROP_BELOW`. The model also reads the parser's context vectors around
the count, so the final word waits for the parse: before it, with the vectors' training mean standing in,
a count the rules dropped goes on only from `GATE_AT`, so sentences with nothing but an unlikely count
stay unparsed. The weights were trained by
`bench/train_count_model.py` on the tuning sets and are plain JSON beside this module: a missing or
damaged file leaves the rules' verdict, never a lost claim.
"""

from __future__ import annotations

import math
import re
from contextlib import AbstractContextManager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from pipeline.metric_model import (
    BinaryModel,
    collecting,
    features,
    figure_vectors,
    model_enabled,
    read_weights,
)
from pipeline.quantities import sentence_around

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL_PATH = Path(__file__).with_name("count_model.json")
KEEP_AT = 0.45  # a count the rules dropped is kept from this probability
DROP_BELOW = 0.3  # a count the rules kept is dropped below this one
GATE_AT = 0.15  # before the parse, a count the rules dropped goes on from this one (99.4% of later keeps in five folds)

_COUNTED_RE = re.compile(r"[\s-]+(?:[\w-]+\s+){0,2}?([A-Za-z]+)")


@dataclass(frozen=True)
class CountSeen:
    """A count as the judgement saw it: its sentence and span there, its value, the rules' verdict and the features
    the model gets."""

    sentence: str
    start: int
    end: int
    value: float
    rule_keeps: bool
    feats: dict[str, float]
    vectors: np.ndarray | None = None


_seen: ContextVar[list[CountSeen] | None] = ContextVar("counts_seen", default=None)


def count_features(sentence: str, start: int, end: int, value: float, rule_keeps: bool) -> dict[str, float]:
    """The words around the count in its sentence (as the metric model reads them), the word after it, how it is
    written, its order of magnitude and the rules' verdict, alone and with the word after."""
    feats = features(sentence, start, end, "count")
    surface = sentence[start:end]
    counted = _COUNTED_RE.match(sentence, end)
    noun = counted.group(1).lower() if counted else "-"
    verdict = "keep" if rule_keeps else "drop"
    size = f"1e{min(int(math.log10(value)), 15)}" if math.isfinite(value) and value >= 1 else "small"
    feats.update({
        "rule=" + verdict: 1.0,
        "N:" + noun: 1.0,
        f"N:{noun}|{verdict}": 1.0,
        "size=" + size: 1.0,
        f"size={size}|{verdict}": 1.0,
        "comma": 1.0 if "," in surface else 0.0,
        "words": 0.0 if any(c.isdigit() for c in surface) else 1.0,
        "start": 1.0 if not sentence[:start].strip() else 0.0,
    })
    return feats


class CountModel(BinaryModel):
    """Binary logistic regression over count features: P(an annotator claims the count)."""


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> CountModel | None:
    """The shipped model, or None when its file is missing or damaged (the rules then stand alone)."""
    return read_weights(path, CountModel.from_json, "count model")


def judge_count(text: str, start: int, end: int, value: float, rule_keeps: bool) -> CountSeen | bool:
    """Before the parse: whether the count at text[start:end] is dropped (False), kept (True: on the rules' word when
    no model is in use, or on the word of a model without vectors, which decides at once), or goes on to
    `decide_count` with what it needs."""
    seen = _seen.get()
    model = load_model() if model_enabled() else None
    if seen is None and model is None:
        return rule_keeps
    lo, hi = sentence_around(text, start, end)
    sentence, start, end = text[lo:hi], start - lo, end - lo
    check = CountSeen(sentence, start, end, value, rule_keeps, count_features(sentence, start, end, value, rule_keeps))
    if seen is not None or model is None:
        return check  # making training data: every count is seen after the parse, with its vectors
    if model.vector_weights is None:
        return _verdict(model.probability(check.feats), check)  # a model without vectors decides at once
    if rule_keeps or model.probability(check.feats) >= GATE_AT and _may_keep(sentence, start, end, value):
        return check
    return False


def decide_count(check: CountSeen, doc: Doc, start: int, end: int) -> bool:
    """After the parse: whether the count at doc.text[start:end], put off by `judge_count`, becomes a claim: the
    rules' verdict unless the model, now with the context vectors, is sure otherwise."""
    vectors = figure_vectors(doc, start, end)
    seen = _seen.get()
    if seen is not None:
        seen.append(replace(check, vectors=vectors))
    model = load_model() if model_enabled() else None
    if model is None:
        return check.rule_keeps
    return _verdict(model.probability(check.feats, vectors), check)


def _verdict(p: float, check: CountSeen) -> bool:
    if not check.rule_keeps:
        return p >= KEEP_AT and _may_keep(check.sentence, check.start, check.end, check.value)
    return p >= DROP_BELOW


_MONTH_DAY_TO_RE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|and|through)\s*$",
                              re.IGNORECASE)
_OF_A_WHOLE_RE = re.compile(r"\d\s+(?:out\s+)?of\s*$|\s+(?:out\s+)?of\s+(?:\d|them\b|those\b|these\b|it\b|all\b)", re.IGNORECASE)


# a setting's name, an index or a person before a bare number: "port 8080", "seed is fixed to 1234", "heads 3 and 7 in layer
# 5", "`hidden_size` to 4096" (but not a batch size, a context length or an expert count, which annotators record),
# "he is 45"
_SETTING_BEFORE_RE = re.compile(
    r"(?:\b(?:port|seed|layers?|heads?|rank|exit code|http)\s+(?:\d+\s+(?:and|through|to|-)\s+)?(?:is\s+|=\s*|:\s*|of\s+|to\s+|"
    r"(?:is\s+)?(?:set|fixed)\s+to\s+)?|\b(?![A-Za-z_]*(?:batch|context|_len\b|length|experts|vocab))[A-Za-z]+_[A-Za-z0-9_]+`?\s*(?:(?:is\s+)?(?:set\s+)?to|=|:|of|defaults\s+to|"
    r"from\s+\d+\s+to)\s*|\b(?:he|she)\s+(?:is|was|turned|turns)\s+)$", re.IGNORECASE)


def _may_keep(sentence: str, start: int, end: int, value: float) -> bool:
    """Where the model may keep a count the rules dropped: never a fraction or zero ('temperature 0.2'), a day
    ('from January 24 to 25'), a setting after a label ('MMLU: 5'), a figure restated in brackets, a line that is
    only a number, an age, part of a name, an address or a phone number, a figure whose scale an earlier one gives,
    or one end of 'N of M' ('Part 26 of 30', '4,000 of them'), which the rules judge on purpose."""
    before, after = sentence[max(0, start - 40) : start], sentence[end : end + 40]
    if not math.isfinite(value) or value < 1 or value != int(value) and not re.search(r"[a-zA-Z]", sentence[start:end]):
        return False
    if _MONTH_DAY_TO_RE.search(before) or re.search(r":\s*$|\d\S*\s*\($", before):
        return False  # a day, a setting after its label, a figure restated in brackets ("2.56×10²⁴ (2.56e24) FLOP")
    if not sentence[:start].strip() and not sentence[end:].strip(" .;:\n"):
        return False  # a line that is only a number: a list's marker or a table cell
    if re.search(r"[A-Z][\w.'’-]*,\s*$", before) and re.match(r"\s*,", after):
        return False  # "Leigh Wood, 35, junior lightweight contender": an age in apposition
    if re.search(r"[A-Za-z]\s*$", before) and re.search(r"[a-z][A-Z]|[A-Z]{2}", before.split()[-1] if before.split() else "") \
            or re.match(r"\s+(?:[NSEW]\.|Pro\b|Max\b|Plus\b|Ultra\b|Mini\b)", after) or re.match(r"[-–]\d", after):
        return False  # "the iPhone 14 Pro", "5627 N. Lincoln", "1–800–245-5466": a name, an address, a phone number
    if re.search(r"\b(?:round of|top|age|aged|no\.|number|page|chapter|part|episode|season|vol\.|version)\s*$|#\s*$", before,
                 re.IGNORECASE) or re.match(r"\s+(?:vs?\.|versus)|\s+-\s|\s+(?:[A-Z][a-z]+\s+){1,3}(?:Ave|St|Street|Avenue|Rd|"
                                            r"Road|Blvd|Boulevard|Drive|Lane|Way|Place|Parkway|Pkwy|Court|Ct|Highway|Hwy|Circle|Terrace|Pike|Trail|Plaza)\b", after):
        return False  # "the Round of 16", "at age 40", "26 vs.", "116 Rhode Island Ave.": a rank, an age, a list, an address
    if re.search(r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bcan )\b(?:issue|ticket|commit|bug|pull request|PR|"
                 r"CVE)\s*$", before, re.IGNORECASE):
        return False  # "reported in issue 1130", "landed in commit 8812", "PR 1204": an identifier (but "plans to issue 500 ...")
    if _SETTING_BEFORE_RE.search(sentence[max(0, start - 60) : start]) or re.match(
            r"\s+\d{1,3}(?:st|nd|rd|th)\s+(?:Street|St\b|Avenue|Ave\b)", after):
        return False  # "hidden_size to 4096", "the default port is 8080", "seed 1234", "layer 5", "He is 45", "3180 18th Street"
    if value < 1000 and re.search(r"\d\s*(?:thousand|million|billion|trillion|bn\b|[KMBT]\b)", sentence[:start]):
        return False  # "15 trillion tokens, compared with 2 for its predecessor": the scale is left unsaid, not a count
    return not (_OF_A_WHOLE_RE.search(before) or _OF_A_WHOLE_RE.match(after))


def counts_seen() -> AbstractContextManager[list[CountSeen]]:
    """Collect the counts judged, with the model's inputs: how training data is made."""
    return collecting(_seen)
