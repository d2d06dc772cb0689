"""The whole-document scoring script: annotated sentences are found again in their documents' bodies."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from eval_whole_documents import where_in

BODY = "Acme was founded in 2019. Acme raised $40 million in March. It has 300 staff."


def test_a_sentence_is_found_at_its_source_offset_when_the_offset_holds() -> None:
    row = {"text": "Acme raised $40 million in March.", "source": {"id": "a", "start": 26}}
    assert where_in(BODY, row) == 26


def test_a_wrong_offset_falls_back_to_the_sentence_opening_words() -> None:
    row = {"text": "It has 300 staff.", "source": {"id": "a", "start": 3}}
    assert where_in(BODY, row) == BODY.index("It has")
    assert where_in(BODY, {"text": "It has 300 staff.", "source": {"id": "a", "start": True}}) == BODY.index("It has")


def test_a_sentence_the_body_does_not_hold_is_not_found() -> None:
    assert where_in(BODY, {"text": "Zeta raised $1 billion.", "source": {"id": "a"}}) == -1


def test_the_whole_sentence_wins_over_a_pull_quote_sharing_its_opening() -> None:
    quote = "Acme raised $40 million, the largest round of its kind in Europe so far this year"
    body = f"Intro. {quote}, in the pull quote. Later: {quote}. The end."
    row = {"text": quote + ".", "source": {"id": "a", "start": -5}}
    assert where_in(body, row) == body.index(quote + ".")
