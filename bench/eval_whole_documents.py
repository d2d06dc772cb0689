"""Score claims as the kb stores them: each shared document read whole, as the kb runner reads an article.

`bench/eval_claims.py` reads every annotated sentence alone and after its title and the text before it. The kb
runner instead reads an article's whole body as one text after its title. This script takes the annotated
sentences whose source is a shared NAEB or Zyte document, reads each such document once, whole, keeps the claims
that fall inside each annotated sentence and scores them by the same rules. Tuning and held-out sentences are
totalled apart; only totals are printed.

    python bench/eval_whole_documents.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_claims import DEFAULT_SETS, HELD_OUT, _documents, match, same_subject

from pipeline.claims import claim_to_record, extract_claims_batch
from pipeline.nlp import load_nlp
from pipeline.provenance import document_ids


def annotated_by_document() -> dict[str, list[tuple[bool, dict[str, Any]]]]:
    """The annotated rows whose source names a shared document, by document id, each marked held-out or not."""
    documents = _documents()
    rows: dict[str, list[tuple[bool, dict[str, Any]]]] = defaultdict(list)
    for path in DEFAULT_SETS:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            doc_id = next((i for i in document_ids(row.get("source")) if i in documents), None)
            if doc_id is not None:
                rows[doc_id].append((path.name in HELD_OUT, row))
    return rows


def where_in(body: str, row: dict[str, Any]) -> int:
    """Where an annotated sentence starts in its document's body: the source's offset when it holds, else found
    by its opening words; -1 when the body does not hold it."""
    text = row["text"]
    start = (row.get("source") or {}).get("start")
    if isinstance(start, int) and not isinstance(start, bool) and start >= 0 and body[start : start + 30] == text[:30]:
        return start
    whole = body.find(text)  # the whole sentence first: its opening words may also open a pull quote
    return whole if whole >= 0 else body.find(text[:60])


def score() -> dict[bool, Counter[str]]:
    """Totals (tp, pred, gold, subject_ok, rows, not_found) for tuning (False) and held-out (True) sentences."""
    documents = _documents()
    nlp = load_nlp()
    totals: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    for doc_id, rows in annotated_by_document().items():
        title, body = documents[doc_id]
        claims = [c for c in extract_claims_batch([body], nlp, contexts=[title])[0] if c.kind == "numeric"]
        for held, row in rows:
            total = totals[held]
            start = where_in(body, row)
            if start < 0:
                total["not_found"] += 1
                continue
            preds = []
            for claim in claims:
                if start <= claim.start < start + len(row["text"]):
                    record = claim_to_record(claim)
                    record["start"] -= start
                    record["end"] -= start
                    preds.append(record)
            golds = [g for g in row["claims"] if g.get("value") is not None]
            matched = match(preds, golds, True)
            total.update(rows=1, tp=len(matched), pred=len(preds), gold=len(golds))
            total["subject_ok"] += sum(1 for p, g in matched if same_subject(preds[p]["subject"], golds[g].get("subject")))
    return totals


def main() -> None:
    for held, total in sorted(score().items()):
        f1 = 2 * total["tp"] / (total["pred"] + total["gold"]) if total["pred"] + total["gold"] else 0.0
        subject = total["subject_ok"] / total["tp"] if total["tp"] else 0.0
        print(f"{'held-out' if held else 'tuning'}: {total['rows']} sentences ({total['not_found']} not found in their "
              f"document), F1 {f1:.4f} (tp {total['tp']}, pred {total['pred']}, gold {total['gold']}), "
              f"subject {subject:.4f}")


if __name__ == "__main__":
    main()
