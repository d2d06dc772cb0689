"""How far two annotators agree, scored exactly as bench/eval_claims.py scores the extractor.

Some held-out sets were annotated a second time, blind, by a second annotator who had the same
guidelines and sentences but not the first annotation (`tests/data/agreement/*.second.jsonl`). The
second annotation is scored against the first as if it were the extractor's output, which gives the
ceiling a target on these annotations can sensibly ask for; the extractor is scored on the same sentences
beside it.

    python bench/eval_agreement.py
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_claims import f1, match, same_subject, score

AGREEMENT = ROOT / "tests" / "data" / "agreement"


@dataclass
class Tally:
    gold: int = 0
    other: int = 0
    tp: int = 0
    tp_value_unit: int = 0
    subject_ok: int = 0
    clean: int = 0
    empty: int = 0

    def add(self, other: Tally) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def line(self) -> str:
        return (f"F1 {f1(self.tp, self.other, self.gold)[2]:.3f} | value+unit F1 "
                f"{f1(self.tp_value_unit, self.other, self.gold)[2]:.3f} | subject "
                f"{self.subject_ok / self.tp if self.tp else 0.0:.3f} | clean {self.clean} of {self.empty}")


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def agreement(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> Tally:
    """The second annotation scored against the first, sentence by sentence (same ids in the same order)."""
    if [r["id"] for r in first] != [r["id"] for r in second]:
        raise ValueError("the two annotations do not hold the same sentences in the same order")
    t = Tally()
    for a, b in zip(first, second):
        golds = [c for c in a["claims"] if c.get("value") is not None]
        others = [c for c in b["claims"] if c.get("value") is not None]
        pairs = match(others, golds, need_metric=True)
        t.gold += len(golds)
        t.other += len(others)
        t.tp += len(pairs)
        t.tp_value_unit += len(match(others, golds, need_metric=False))
        t.subject_ok += sum(same_subject(others[o]["subject"], golds[g]["subject"]) for o, g in pairs)
        if not golds:
            t.empty += 1
            t.clean += not others
    return t


def main() -> None:
    people, machine = Tally(), Tally()
    context_ok = context_tp = 0  # the extractor's subjects in context, as the second annotator could read the source
    seconds = sorted(AGREEMENT.glob("*.second.jsonl"))
    if not seconds:
        raise SystemExit(f"no second annotations in {AGREEMENT}")
    for second in seconds:
        first = ROOT / "tests" / "data" / second.name.replace(".second", "")
        t = agreement(read_rows(first), read_rows(second))
        s = score(first)
        n = s["counts"]
        m = Tally(s["gold"], s["predicted"], n["tp"], n["tp_value_unit"], n["subject_ok"], n["clean"],
                  s["no_claim_sentences"])
        people.add(t)
        machine.add(m)
        context_ok += n["context_ok"]
        context_tp += n["context_tp"]
        print(f"{first.name}: second annotator {t.line()}")
        print(f"{' ' * len(first.name)}  extractor        {m.line()} (subject in context {s['subject_in_context']:.3f})")
    print(f"all: {people.gold} claims; second annotator {people.line()}")
    print(f"     extractor        {machine.line()} (subject in context {context_ok / max(context_tp, 1):.3f})")


if __name__ == "__main__":
    main()
