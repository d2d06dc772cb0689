"""The start gate in front of the rule patterns finds exactly the matches the pattern finds alone."""

from __future__ import annotations

import random
import re

import pytest

from pipeline import claims, quantities
from pipeline.regex_gate import gated, start_gate

TEXTS = [
    "OpenAI raised $6.6 billion at a $157bn valuation; revenue rose 35% year-over-year.",
    "China processes 140 trillion AI tokens daily, up from 100 trillion in March.",
    "DeepSeek-V3 has 671B parameters (37B active) and a 128K-token context window.",
    "two million users; Twenty-one GPUs; a dozen start-ups; ½ of them; three-fold; TWICE as fast",
    "The 4.5 KELVIN reading, 3 \u212a (Kelvin sign), ſ and ı are odd letters; naïve café 12°C",
    "line one\n1. first item\n 2) second item\n(3) third\nJan. 3-5, 2024-01-15, 10:30 pm, +44 20 7946 0000",
    "",
    "no-spaces:1,234,567tokens/s$5M€3bn¥20RMB100x2×10^9",
]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...], str | None]]:
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


def _assert_same(pattern: re.Pattern[str], texts: list[str]) -> None:
    fast = gated(pattern)
    assert fast.flags == pattern.flags
    for text in texts:
        assert _matches(fast, text) == _matches(pattern, text), (pattern.pattern, text)
        assert fast.sub("#", text) == pattern.sub("#", text)
        for pos in range(0, len(text) + 1, 3):  # from a position, as the rules call match(text, pos)
            endpos = len(text) - pos % 4
            for method in ("search", "match", "fullmatch"):
                mine, theirs = getattr(fast, method)(text, pos, endpos), getattr(pattern, method)(text, pos, endpos)
                assert (mine and (mine.span(), mine.groups())) == (theirs and (theirs.span(), theirs.groups())), (
                    pattern.pattern, text, pos, method)


@pytest.mark.parametrize(
    "source, flags, gate",
    [
        (r"\bdaily\b|\bper day\b|/day\b", 0, r"[/]|\b[dp]"),
        (r"(?<![\d.,])\d+(?:\.\d+)?", 0, r"[\d]"),
        (r"\b(?:one|two)\b|[½¼]", re.IGNORECASE, r"[½¼]|\b[ot]"),
        (r"(?:about\s+)?\$\d+", 0, r"[a\$]"),  # an optional word: the figure may start the match too
        (r"(?m)^\d+\.", 0, r"[\d]"),  # leading global flags are kept in the compiled flags
        (r"(?i)(?m)(?#a comment)^k\d", 0, r"[k]"),  # several leading groups, a comment among them
    ],
)
def test_gate_lists_the_start_characters(source: str, flags: int, gate: str) -> None:
    pattern = re.compile(source, flags)
    assert start_gate(pattern) == gate
    _assert_same(pattern, TEXTS)


@pytest.mark.parametrize(
    "source, flags",
    [
        (r"\d*", 0),  # may match the empty string: every position is a start
        (r"(?=x)", 0),
        (r".+ tokens", 0),  # any character may start it
        (r"[^a-z]+", 0),  # a negated class
        (r"(?i:k)m", 0),  # scoped case-folding: the gate, without it, would miss "Km"
        (r"\d+  # digits", re.VERBOSE),
    ],
)
def test_patterns_it_cannot_bound_come_back_unchanged(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    assert start_gate(pattern) is None
    assert gated(pattern) is pattern


def test_case_folding_follows_the_pattern_flags() -> None:
    """Under IGNORECASE "k" also matches the Kelvin sign; the gate, compiled with the same flags, does too."""
    pattern = re.compile(r"\bk(?:elvin)?\b", re.IGNORECASE)
    assert _matches(gated(pattern), "3 \u212a and 4 K") == _matches(pattern, "3 \u212a and 4 K") != []


def test_gating_twice_changes_nothing() -> None:
    once = gated(re.compile(r"\bfoo|\d"))
    assert gated(once) is once


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    atoms = ["a", "b", "k", "1", "é", "\u212a", r"\d", r"\w", r"\s", r"\W", "[ab]", "[0-9x]", "[-k]", r"[]^\\]", r"[\[s]",
             "-", r"\.", r"\$"]
    zero_width = [r"\b", r"(?<![\d])", r"(?<=a)", r"(?<=\b)", r"(?=b)", r"(?!\d)", "^", "$", r"\B", r"\A", r"\Z"]
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.2:
            parts.append(rng.choice(zero_width))
        elif roll < 0.35 and depth < 2:
            branches = "|".join(_random_pattern(rng, depth + 1) for _ in range(rng.randint(2, 3)))
            parts.append(rng.choice(["(?:", "(?>"]) + branches + rng.choice(["", "|"]) + ")"  # atomic groups, empty branches
                         + rng.choice(["", "?", "*", "+", "{0,2}", "{1,3}", "++", "?+", "{0}"]))
        elif roll < 0.45 and depth < 2:
            parts.append(f"(?P<g{depth}_{len(parts)}>{_random_pattern(rng, depth + 1)})")
        else:
            parts.append(rng.choice(atoms) + rng.choice(["", "", "?", "*", "+", "{2}"]))
    return "".join(parts)


def test_random_patterns_find_the_same_matches() -> None:
    """Many random patterns of boundaries, lookarounds, optional parts and alternations, on random text."""
    rng = random.Random(20261201)
    alphabet = "ab1 9x-.$\nAkKé\u212aſ_[]^\\"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(60)]
    gated_count = 0
    for _ in range(150):
        source = _random_pattern(rng)
        for flags in (0, re.IGNORECASE, re.MULTILINE, re.IGNORECASE | re.ASCII, re.ASCII):
            try:
                pattern = re.compile(source, flags)
            except re.error:
                continue
            gated_count += gated(pattern) is not pattern
            _assert_same(pattern, texts)
    assert gated_count > 300  # most random patterns do get a gate, so the comparison tests something


RULE_PATTERNS = {
    "number": quantities._NUMBER_RE, "excluded": quantities._EXCLUDE_RE, "word number": quantities._HAS_WORD_NUMBER,
    "share": quantities._SHARE_RE, "qualitative": claims._QUALITATIVE_RE,
    **{f"{label} ({group})": pattern for group, rules in (("money", claims._MONEY_RULES), ("percent", claims._PERCENT_RULES),
                                                          ("tokens", claims._TOKEN_RULES), ("period", claims._PERIOD_WORDS))
       for pattern, label in rules},
}


@pytest.mark.parametrize("pattern", RULE_PATTERNS.values(), ids=RULE_PATTERNS.keys())
def test_the_rule_patterns_are_gated(pattern: re.Pattern[str]) -> None:
    assert pattern.pattern.startswith("(?="), pattern.pattern[:80]
    plain = re.compile(pattern.pattern.split(")(?:", 1)[1][:-1], pattern.flags)
    _assert_same(plain, TEXTS + [t.lower() for t in TEXTS])
