"""Score extract_claims on annotated sentences, by the rules of ../shared/data/claims/GUIDELINES.md.

A predicted claim matches a gold claim when its value is within 1% (or equals one of `alt_values`)
and the unit is equal; the main F1 also needs the metric. The subject is right when one name
contains the other, ignoring case and hyphens. Qualitative claims (no value) are not scored. A
sentence with no gold claim is clean when no numeric claim is extracted.

Subjects are scored twice: from the sentence alone, and "in context" as the kb runner reads them,
with the document's title and the text before the sentence (from the shared NAEB, Zyte and seed
documents; for sentences from GitHub files or other pages only the title, from the repo and path or
the URL, as `claimwatch extract-claims` reads it from a line's "source"). The pooled lines also give subject
accuracy by a stricter reading, whole words only ("AI" is in "AI market" but not in "OpenAI"), so that what the
plain containment credits by accident shows.

    python bench/eval_claims.py                     # every dev set and the held-out sets, then each group pooled
    python bench/eval_claims.py FILE.jsonl -v       # one file, listing every miss
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.claims import claim_to_record, extract_claims_batch
from pipeline.provenance import (
    Document,
    context_from_source,
    context_in_document,
    documents_from_json,
)

DEFAULT_SETS = [
    ROOT.parent / "shared" / "data" / "claims" / "ai-claims-dev.jsonl",
    ROOT / "tests" / "data" / "ai-claims-extra.jsonl",
    # 162 fresh sentences from the shared articles, annotated before the extractor ran on them
    ROOT / "tests" / "data" / "ai-claims-dev2.jsonl",
    # 117 more fresh sentences (40 without a claim), annotated before the extractor ran on them
    ROOT / "tests" / "data" / "ai-claims-dev3.jsonl",
    # 135 more fresh sentences (37 without a claim), annotated before the extractor ran on them
    ROOT / "tests" / "data" / "ai-claims-dev4.jsonl",
    # 87 sentences of AI-industry text (model cards, announcements, AI news), annotated blind by a
    # colleague as a held-out set, scored once (F1 0.650), then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev5.jsonl",
    # 84 sentences of AI-industry text from 49 documents, annotated blind (held out 4), scored
    # blind with claims v6 (F1 0.729) and v7 (0.772), then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev6.jsonl",
    # 82 AI sentences from 39 documents, annotated blind (held out 5), scored blind once with
    # claims v7 (F1 0.700), then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev7.jsonl",
    # 76 AI sentences from 30 documents, annotated blind (held out 6), scored blind once (F1 0.667),
    # then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev8.jsonl",
    # 75 AI sentences from 35 documents, annotated blind (held out 7), scored blind once (F1 0.697),
    # then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev9.jsonl",
    # 85 AI sentences from 40 documents, annotated blind (held out 8), scored blind once (F1 0.719,
    # value+unit 0.860, subject 0.634, clean 0.950), then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev10.jsonl",
    # 80 sentences of model cards and AI blog posts from 28 documents, annotated blind (held out 9),
    # scored blind once (F1 0.681, value+unit 0.805, subject 0.312, clean 0.950), then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev11.jsonl",
    # 88 sentences of AI news from 61 pages, annotated blind (held out 9), scored blind once (F1 0.683,
    # value+unit 0.881, subject 0.593, clean 0.917), then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev12.jsonl",
    # 90 AI sentences (model cards, blogs, news) from 41 documents, annotated blind (held out 10),
    # scored blind once (F1 0.755, value+unit 0.892, subject 0.667, clean 0.950), then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev13.jsonl",
    # 85 AI sentences from 48 documents, annotated blind (held out 10), scored blind once (F1 0.827,
    # value+unit 0.911, subject 0.510, clean 0.900), then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev14.jsonl",
    # 86 AI sentences from 49 documents, annotated blind as held-out 4 and scored blind once with
    # claims v8 (F1 0.693, value+unit 0.842, subject 0.582, clean 0.850), then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev15.jsonl",
    # 89 and 87 AI sentences from 38 and 52 documents, annotated blind as held-out 5 and 6, scored blind
    # once with claims v8 (F1 0.801 and 0.670; value+unit 0.903 and 0.893; subject 0.649 and 0.613;
    # clean 0.950 and 0.950), then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev16.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev17.jsonl",
    # 85, 85 and 85 AI sentences from 34, 37 and 36 documents, annotated blind after claims v9 was final;
    # first runs with the learned metric / rules alone: F1 0.713 / 0.722, 0.687 / 0.677, 0.752 / 0.772;
    # value+unit 0.870, 0.866, 0.911; subject 0.390, 0.464, 0.421; clean 0.950 each; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev18.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev19.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev20.jsonl",
    # 110 and 108 AI sentences from 40 and 36 documents, annotated blind as held-out 17 and 18 at the start of
    # claims v10; first runs with the final claims v9: F1 0.795 and 0.791, value+unit 0.909 and 0.948, subject
    # 0.500 and 0.519 (in context 0.579 and 0.547), clean 1.000 each; with the first learned subject 0.516 and
    # 0.547 (in context 0.683 and 0.642); then used to train the learned parts
    ROOT / "tests" / "data" / "ai-claims-dev21.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev22.jsonl",
    # 117 and 107 AI sentences from 30 and 33 documents, annotated blind as held-out 25 and 27 at the start of
    # claims v11; first runs with the final claims v10 (learned parts / rules alone): F1 0.667 / 0.656 and
    # 0.812 / 0.799, value+unit 0.898 and 0.891, subject 0.565 and 0.504 (in context 0.621 and 0.691), clean
    # 0.952 and 0.950; then used to train the learned parts
    ROOT / "tests" / "data" / "ai-claims-dev23.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev24.jsonl",
    # the six sets below were held out through claims v10 (held-out 19-24) and became tuning sets in claims v11
    # 105 and 108 AI sentences from 39 and 39 documents, annotated blind for claims v10;
    # first runs with the learned parts / rules alone: F1 0.772 / 0.738 and 0.693 / 0.693, value+unit 0.910
    # and 0.895, subject 0.598 / 0.607 and 0.521 / 0.490 (in context 0.670 / 0.645 and 0.542 / 0.500),
    # clean 0.950 and 1.000
    ROOT / "tests" / "data" / "ai-claims-dev25.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev26.jsonl",
    # 106 and 105 AI sentences from 39 and 40 documents, annotated blind during claims v10; first
    # runs (commit d40d039) with the learned parts / rules alone: F1 0.711 / 0.732 and 0.708 / 0.701, value+unit
    # 0.886 and 0.912, subject 0.443 / 0.450 and 0.464 / 0.448 (in context 0.670 / 0.661 and 0.536 / 0.479),
    # clean 0.950 and 1.000
    ROOT / "tests" / "data" / "ai-claims-dev27.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev28.jsonl",
    # 105 and 109 AI sentences from 39 and 35 documents, annotated blind at the end of claims v10;
    # first runs (commit 45ecff5) with the learned parts / rules alone: F1 0.797 / 0.763 and 0.832 / 0.792,
    # value+unit 0.893 and 0.898, subject 0.552 / 0.532 and 0.540 / 0.525 (in context 0.621 / 0.613 and
    # 0.643 / 0.642), clean 0.900 and 1.000
    ROOT / "tests" / "data" / "ai-claims-dev29.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev30.jsonl",
    # 108 and 107 AI sentences from 39 and 39 documents, annotated blind as held-out 26 and 28 at the start of
    # claims v11; first runs with the final claims v10 (learned parts / rules alone): F1 0.800 / 0.793 and 0.678 / 0.664,
    # value+unit 0.936 and 0.858, subject 0.652 / 0.658 and 0.418 / 0.417 (in context 0.732 and 0.510), clean
    # 0.900 and 1.000; tuned on from the middle of claims v11
    ROOT / "tests" / "data" / "ai-claims-dev31.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev32.jsonl",
    # 104, 105, 106 and 105 AI sentences from 46, 37, 38 and 35 documents, annotated blind while claims v11 was
    # written as held-out 29-32; first runs with claims v11 at commit 5c8c781 (learned parts / rules alone): F1 0.707 / 0.714,
    # 0.610 / 0.610, 0.789 / 0.774, 0.775 / 0.791; value+unit 0.895, 0.851, 0.851, 0.917; subject 0.670, 0.419,
    # 0.534, 0.571 (in context 0.798, 0.535, 0.738, 0.602); clean 1.000 each. The final claims v10 on the same
    # sets: F1 0.702, 0.573, 0.767, 0.722; value+unit 0.891, 0.839, 0.837, 0.913; tuning sets from claims v12 on
    ROOT / "tests" / "data" / "ai-claims-dev33.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev34.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev35.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev36.jsonl",
    # 107, 112, 105 and 109 AI sentences from 35, 39, 35 and 38 documents, annotated blind at the end of claims
    # v11 as held-out 33-36; first runs with the final claims v11 (commit e52e596; learned parts / rules alone):
    # F1 0.697 / 0.697, 0.792 / 0.785, 0.722 / 0.706, 0.761 / 0.747; value+unit 0.866, 0.896, 0.831, 0.902;
    # subject 0.444, 0.474, 0.543, 0.540 (in context 0.495, 0.553, 0.576, 0.646); clean 0.950, 1.000, 1.000,
    # 1.000. The final claims v10 on the same sets: F1 0.697, 0.760, 0.717, 0.736; value+unit 0.866, 0.892,
    # 0.835, 0.899; all eight became tuning sets in claims v12
    ROOT / "tests" / "data" / "ai-claims-dev37.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev38.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev39.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev40.jsonl",
    # 107, 108, 104 and 105 AI sentences from 33, 40, 37 and 39 documents, annotated blind in the middle of claims
    # v12; first runs (commit e8ae613; learned parts / rules alone): F1 0.748 / 0.719, 0.765 / 0.786, 0.759 / 0.774,
    # 0.761 / 0.767; value+unit 0.896, 0.919, 0.889, 0.872; subject 0.554, 0.550, 0.525, 0.517 (in context 0.634,
    # 0.615, 0.636, 0.603); clean 0.900, 1.000, 1.000, 1.000; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev41.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev42.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev43.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev44.jsonl",
    # 100, 107, 111 and 99 AI sentences from 37, 30, 30 and 27 documents, annotated blind at the end of claims v12;
    # first runs (commit 6abb744; learned parts / rules alone): F1 0.771 / 0.741, 0.734 / 0.720, 0.813 / 0.785,
    # 0.756 / 0.747; value+unit 0.898, 0.893, 0.868, 0.848; subject 0.304, 0.538, 0.436, 0.549 (in context 0.316,
    # 0.604, 0.504, 0.622); clean 1.000, 0.900, 0.917, 0.950; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev45.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev46.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev47.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev48.jsonl",
    # 107, 106, 109 and 105 AI sentences from 32, 40, 33 and 31 documents, annotated blind at the start of claims
    # v13; first runs with the final claims v12 (commit 5194f22; learned parts / rules alone): F1 0.856 / 0.849,
    # 0.804 / 0.783, 0.812 / 0.785, 0.837 / 0.773; value+unit 0.908, 0.920, 0.924, 0.929; subject 0.440, 0.523,
    # 0.547, 0.483 (in context 0.638, 0.658, 0.615, 0.593); clean 1.000, 0.955, 0.950, 1.000; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev49.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev50.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev51.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev52.jsonl",
    # 105, 107, 107 and 105 AI sentences from 35, 39, 36 and 40 documents, annotated blind at the start of claims
    # v12 as held-out 37-40, never looked at through v12; first runs with the final claims v11 (commit 38bf18e;
    # learned parts / rules alone): F1 0.812 / 0.812, 0.797 / 0.783, 0.788 / 0.767, 0.765 / 0.758; value+unit 0.877, 0.902, 0.918, 0.932;
    # subject 0.429, 0.395, 0.470, 0.366 (in context 0.616, 0.632, 0.591, 0.525); clean 1.000, 0.950, 0.950, 0.900.
    # The final claims v12 (commit 5194f22): F1 0.819, 0.832, 0.785, 0.780; tuning sets from claims v13 on
    ROOT / "tests" / "data" / "ai-claims-dev53.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev54.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev55.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev56.jsonl",
    # 108, 105, 104 and 103 AI sentences from 35, 34, 36 and 34 documents, annotated blind at the start of claims
    # v14; first runs with the final claims v13 (commit b28f464): F1 0.697, 0.798, 0.782, 0.838; value+unit 0.855,
    # 0.922, 0.910, 0.896; subject 0.509, 0.583, 0.423, 0.396; clean 1.000, 1.000, 0.950, 1.000. Tuning sets from v14 on
    ROOT / "tests" / "data" / "ai-claims-dev57.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev58.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev59.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev60.jsonl",
    # 105, 111, 105 and 106 AI sentences from 37, 32, 35 and 39 documents, annotated blind at the start of claims
    # v15; first runs with the final claims v14 (commit 6ca1cda): F1 0.700, 0.722, 0.845, 0.775; value+unit 0.867,
    # 0.902, 0.939, 0.868; subject 0.417, 0.542, 0.392, 0.540; clean 0.955, 1.000, 1.000, 1.000. Tuning sets from v15 on
    ROOT / "tests" / "data" / "ai-claims-dev61.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev62.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev63.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev64.jsonl",
    # 106, 105, 105 and 106 AI sentences from 38, 36, 31 and 37 documents, annotated blind at the start of claims
    # v16; first runs with the final claims v15 (commit e145918): F1 0.751, 0.794, 0.754, 0.751; value+unit 0.881,
    # 0.899, 0.918, 0.838; subject 0.445, 0.465, 0.576, 0.526; clean 1.000 each. Tuning sets from v16 on
    ROOT / "tests" / "data" / "ai-claims-dev65.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev66.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev67.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev68.jsonl",
    # 105, 109, 101 and 106 AI sentences from 35, 34, 31 and 39 documents, annotated blind at the start of claims
    # v17; first runs with the final claims v16 (commit ebe9f2d): F1 0.719, 0.814, 0.724, 0.821; value+unit 0.818,
    # 0.894, 0.922, 0.924; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev69.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev70.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev71.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev72.jsonl",
    # 104, 98, 105 and 98 AI sentences from 33, 32, 40 and 39 documents, annotated blind at the start of claims
    # v18; first runs with the final claims v17 (commit 35ab87a): F1 0.756, 0.771, 0.831, 0.733; value+unit 0.899,
    # 0.933, 0.947, 0.914; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev73.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev74.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev75.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev76.jsonl",
    # 103, 98, 99 and 99 AI sentences from 34, 29, 38 and 29 documents (more READMEs than asked: few unused news
    # sites were stored), annotated blind at the start of claims v19; first runs with the final claims v18 (commit
    # 15abb3e): F1 0.844, 0.731, 0.750, 0.771; value+unit 0.908, 0.796, 0.867, 0.848; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev77.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev78.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev79.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev80.jsonl",
    # 97, 97, 103 and 105 AI sentences from 37, 30, 30 and 37 documents (six sentences also in older sets dropped),
    # annotated blind at the start of claims v20; first runs with the final claims v19 (commit 141a77e): F1 0.841,
    # 0.812, 0.800, 0.791; value+unit 0.953, 0.872, 0.964, 0.939; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev81.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev82.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev83.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev84.jsonl",
    # 59, 102, 108 and 71 AI sentences from 22, 39, 32 and 19 documents (unused sources are scarce; one sentence also
    # in an older set dropped), annotated blind at the start of claims v21; first runs with the final claims v20
    # (commit 5ca5fcc): F1 0.800, 0.782, 0.865, 0.775; value+unit 0.928, 0.915, 0.926, 0.930; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev85.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev86.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev87.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev88.jsonl",
    # 96, 99, 96 and 88 AI sentences from 33, 29, 28 and 25 documents (unused news sources are scarce, so these lean
    # on READMEs; two sentences also in an older set dropped), annotated blind at the start of claims v22; first
    # runs with the final claims v21 (commit e48f86d): F1 0.887, 0.769, 0.809, 0.763; value+unit 0.977, 0.878, 0.913,
    # 0.907; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev89.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev90.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev91.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev92.jsonl",
    # 100, 99, 98 and 53 AI sentences from 37, 33, 29 and 15 documents (dev96 is short: its helper found few unused
    # w-z sources), annotated blind at the start of claims v23; first runs with the final claims v22 (commit
    # b6237b5): F1 0.788, 0.727, 0.876, 0.700; value+unit 0.932, 0.941, 0.891, 0.775; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev93.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev94.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev95.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev96.jsonl",
    # 103, 94, 95 and 95 AI sentences from 32, 32, 39 and 31 documents, annotated blind at the start of claims v24
    # (six sentences also in older sets dropped); first runs with the final claims v23 (commit eb8b61d): F1 0.803,
    # 0.788, 0.803, 0.789; value+unit 0.919, 0.856, 0.908, 0.905; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev97.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev98.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev99.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev100.jsonl",
    # 96, 96, 96 and 64 AI sentences from 27, 31, 26 and 17 documents, annotated blind at the start of claims v25
    # (dev104 is short: unused w-z sources are nearly gone; two sentences also in older sets dropped); first runs with
    # the final claims v24 (commit 795416a): F1 0.787, 0.653, 0.714, 0.752; value+unit 0.951, 0.841, 0.905, 0.880;
    # then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev101.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev102.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev103.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev104.jsonl",
    # annotated before the extractor ever ran on it and never tuned on: the honest estimate
    ROOT / "tests" / "data" / "ai-claims-heldout.jsonl",
    # 113 news sentences from 57 pages, annotated blind, never tuned on
    ROOT / "tests" / "data" / "ai-claims-heldout2.jsonl",
    # 88 AI sentences (model cards, blogs, news) from 41 documents, annotated blind, never tuned on;
    # first run with claims v8: F1 0.803, value+unit 0.897, subject 0.606, clean 1.000
    ROOT / "tests" / "data" / "ai-claims-heldout3.jsonl",
    # 88 and 88 AI sentences from 31 and 35 documents, annotated blind last, never tuned on; first runs
    # with the final claims v8: F1 0.747 and 0.683, value+unit 0.829 and 0.897, subject 0.494 and 0.542
    ROOT / "tests" / "data" / "ai-claims-heldout7.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout8.jsonl",
    # 91 and 79 AI sentences from 30 and 30 documents, annotated blind after the last rules, never tuned
    # on; first runs: F1 0.733 and 0.725, value+unit 0.871 and 0.873, subject 0.613 and 0.432
    ROOT / "tests" / "data" / "ai-claims-heldout9.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout10.jsonl",
    # 89 and 87 AI sentences from 32 and 41 documents, annotated blind for claims v9, never tuned on; first
    # runs, rules alone / with the learned metric: F1 0.726 / 0.743 and 0.802 / 0.802, value+unit 0.858
    # and 0.870, subject 0.405 and 0.524, clean 1.000 and 1.000
    ROOT / "tests" / "data" / "ai-claims-heldout11.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout12.jsonl",
    # 89 and 86 AI sentences from 39 and 41 documents, annotated blind after the last v9 change, never tuned
    # on; first runs, rules alone / with the learned metric: F1 0.769 / 0.754 and 0.762 / 0.779, value+unit
    # 0.888 and 0.918, subject 0.485 and 0.522, clean 1.000 and 1.000
    ROOT / "tests" / "data" / "ai-claims-heldout13.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout14.jsonl",
    # 89 and 90 AI sentences from 33 and 36 documents, annotated blind after the last v9 rules, never tuned
    # on; first runs with the learned metric / rules alone: F1 0.753 / 0.726 and 0.731 / 0.685, value+unit
    # 0.912 and 0.889, subject 0.370 and 0.658, clean 0.950 and 1.000
    ROOT / "tests" / "data" / "ai-claims-heldout15.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout16.jsonl",
    # 106, 103, 103 and 107 AI sentences from 39, 33, 35 and 40 documents, annotated blind at the start of claims
    # v13, never looked at; first runs with the final claims v12 (commit 5194f22; learned parts / rules alone):
    # F1 0.734 / 0.727, 0.768 / 0.743, 0.750 / 0.708, 0.771 / 0.747; value+unit 0.831, 0.886, 0.900, 0.888;
    # subject 0.724, 0.440, 0.478, 0.511 (in context 0.837, 0.626, 0.500, 0.641); clean 0.950, 1.000, 1.000, 1.000
    ROOT / "tests" / "data" / "ai-claims-heldout41.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout42.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout43.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout44.jsonl",
    # 103, 107, 104 and 105 AI sentences from 30, 31, 35 and 36 documents, annotated blind at the start of claims
    # v14, never looked at; first runs with the final claims v13 (commit b28f464): F1 0.856, 0.669, 0.784, 0.829;
    # value+unit 0.895, 0.867, 0.910, 0.920; subject 0.473, 0.568, 0.390, 0.513 (in context 0.618, 0.705, 0.560,
    # 0.571); clean 0.952, 0.952, 1.000, 1.000
    ROOT / "tests" / "data" / "ai-claims-heldout45.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout46.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout47.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout48.jsonl",
    # 106, 105, 105 and 106 AI sentences from 33, 32, 32 and 33 documents, annotated blind at the start of claims
    # v15, never looked at; first runs with the final claims v14 (commit 6ca1cda): F1 0.786, 0.761, 0.786, 0.703;
    # value+unit 0.921, 0.841, 0.905, 0.890; subject 0.576, 0.384, 0.446, 0.529 (in context 0.687, 0.500, 0.527,
    # 0.637); clean 1.000, 0.850, 0.900, 0.952
    ROOT / "tests" / "data" / "ai-claims-heldout49.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout50.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout51.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout52.jsonl",
    # 107, 108, 106 and 102 AI sentences from 33, 38, 35 and 38 documents, annotated blind at the start of claims
    # v16, never looked at; first runs with the final claims v15 (commit e145918): F1 0.775, 0.738, 0.785, 0.800;
    # value+unit 0.868, 0.893, 0.906, 0.897; subject 0.690, 0.337, 0.529, 0.414 (in context 0.780, 0.419, 0.654,
    # 0.517); clean 1.000 each
    ROOT / "tests" / "data" / "ai-claims-heldout53.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout54.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout55.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout56.jsonl",
    # 107, 111, 105 and 90 AI sentences from 33, 31, 32 and 37 documents, annotated blind at the start of claims
    # v17, never looked at; first runs with the final claims v16 (commit ebe9f2d): F1 0.781, 0.746, 0.808, 0.865;
    # value+unit 0.909, 0.913, 0.896, 0.938; subject 0.552, 0.359, 0.485, 0.422 (in context 0.681, 0.558, 0.624,
    # 0.458); clean 0.955, 1.000, 1.000, 0.864
    ROOT / "tests" / "data" / "ai-claims-heldout57.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout58.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout59.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout60.jsonl",
    # 98, 95, 98 and 94 AI sentences from 30, 30, 39 and 28 documents, annotated blind at the start of claims
    # v18, never looked at (two sentences also in older sets dropped); first runs with the final claims v17 (commit
    # 35ab87a; learned parts / rules alone): F1 0.816 / 0.796, 0.689 / 0.664, 0.757 / 0.741, 0.796 / 0.749;
    # value+unit 0.949, 0.910, 0.881, 0.872; subject 0.562, 0.464, 0.446, 0.583 (in context 0.688, 0.607, 0.576,
    # 0.679); clean 0.957, 0.955, 0.952, 0.913
    ROOT / "tests" / "data" / "ai-claims-heldout61.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout62.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout63.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout64.jsonl",
    # 100, 94, 97 and 96 AI sentences from 34, 27, 30 and 28 documents, annotated blind at the start of claims
    # v19, never looked at (five sentences also in older sets dropped); first runs with the final claims v18 (commit
    # 15abb3e; learned parts / rules alone): F1 0.800 / 0.808, 0.629 / 0.629, 0.677 / 0.667, 0.789 / 0.798;
    # value+unit 0.941, 0.752, 0.903, 0.888; subject 0.569, 0.545, 0.508, 0.602 (in context 0.667, 0.652, 0.746,
    # 0.807); clean 1.000 in all four
    ROOT / "tests" / "data" / "ai-claims-heldout65.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout66.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout67.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout68.jsonl",
    # 100, 100, 97 and 93 AI sentences from 26, 34, 33 and 24 documents (heldout72 mostly READMEs: unused w-z news
    # sites were scarce), annotated blind at the start of claims v20, never looked at (four sentences also in older
    # sets dropped); first runs with the final claims v19 (commit 141a77e; learned parts / rules alone): F1 0.707 /
    # 0.707, 0.819 / 0.772, 0.758 / 0.725, 0.789 / 0.798; value+unit 0.836, 0.921, 0.875, 0.861; subject 0.451,
    # 0.557, 0.615, 0.580 (in context 0.720, 0.648, 0.703, 0.727); clean 0.870, 0.917, 1.000, 0.955
    ROOT / "tests" / "data" / "ai-claims-heldout69.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout70.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout71.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout72.jsonl",
    # 91, 94, 103 and 96 AI sentences from 31, 33, 39 and 29 documents, annotated blind at the start of claims v21,
    # never looked at (nine sentences also in older sets dropped); first runs with the final claims v20 (commit
    # 5ca5fcc; learned parts / rules alone): F1 0.738 / 0.725, 0.844 / 0.814, 0.757 / 0.726, 0.753 / 0.757;
    # value+unit 0.893, 0.910, 0.939, 0.900; subject 0.711, 0.388, 0.552, 0.460 (in context 0.750, 0.650, 0.621,
    # 0.701); clean 1.000, 0.920, 1.000, 0.958
    ROOT / "tests" / "data" / "ai-claims-heldout73.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout74.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout75.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout76.jsonl",
    # 68, 107, 97 and 96 AI sentences from 23, 32, 24 and 28 documents, annotated blind at the start of claims v22,
    # never looked at (five sentences also in tuning sets dropped; heldout77 is short: its helper ran out of unused
    # sources); first runs with the final claims v21 (commit e48f86d; learned parts / rules alone): F1 0.800 / 0.739,
    # 0.785 / 0.778, 0.821 / 0.790, 0.867 / 0.844; value+unit 0.887, 0.928, 0.894, 0.969; subject 0.500, 0.473,
    # 0.386, 0.412 (in context 0.696, 0.656, 0.535, 0.529); clean 1.000, 0.957, 1.000, 1.000
    ROOT / "tests" / "data" / "ai-claims-heldout77.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout78.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout79.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout80.jsonl",
    # 99, 94, 103 and 99 AI sentences from 40, 28, 30 and 30 documents, annotated blind at the start of claims v23,
    # never looked at (three sentences also in tuning sets dropped); first runs with the final claims v22 (commit
    # b6237b5; learned parts / rules alone): F1 0.828 / 0.803, 0.778 / 0.769, 0.803 / 0.803, 0.728 / 0.742;
    # value+unit 0.898, 0.887, 0.876, 0.912; subject 0.594, 0.516, 0.510, 0.505 (in context 0.811, 0.591, 0.560,
    # 0.648); clean 1.000, 0.880, 0.833, 0.913
    ROOT / "tests" / "data" / "ai-claims-heldout81.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout82.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout83.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout84.jsonl",
    # 96, 101, 98 and 75 AI sentences from 27, 30, 32 and 28 documents (heldout88 is short and mostly READMEs: unused
    # w-z sources are nearly gone), annotated blind at the start of claims v24, never looked at (one sentence also in
    # a tuning set dropped); first runs with the final claims v23 (commit eb8b61d; learned parts / rules alone):
    # F1 0.812 / 0.825, 0.712 / 0.691, 0.767 / 0.702, 0.765 / 0.764; value+unit 0.947, 0.892, 0.849, 0.805; subject
    # 0.631, 0.544, 0.476, 0.368 (in context 0.738, 0.684, 0.583, 0.614); clean 1.000, 0.917, 0.957, 1.000
    ROOT / "tests" / "data" / "ai-claims-heldout85.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout86.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout87.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout88.jsonl",
    # 97, 96, 60 and 95 AI sentences from 33, 24, 18 and 31 documents (heldout91 is short: unused n-p sources are
    # nearly gone), annotated blind at the start of claims v25, never looked at (two sentences also in a tuning set
    # dropped); first runs with the final claims v24 (commit 795416a; learned parts / rules alone): F1 0.796 / 0.755,
    # 0.728 / 0.689, 0.752 / 0.752, 0.813 / 0.768; value+unit 0.887, 0.913, 0.896, 0.947; subject 0.489, 0.600,
    # 0.489, 0.612 (in context 0.705, 0.640, 0.553, 0.706); clean 0.958, 0.958, 1.000, 0.958
    ROOT / "tests" / "data" / "ai-claims-heldout89.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout90.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout91.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout92.jsonl",
    # 89, 62, 60 and 77 AI sentences from 33, 21, 14 and 26 documents, annotated blind at the start of claims v26
    # (unused sources for most letters are now gone, so the sets are short; three sentences also in older sets
    # dropped); first runs with the final claims v25 (commit 20421e3; learned parts / rules alone): F1 0.852 / 0.830,
    # 0.823 / 0.763, 0.866 / 0.885, 0.849 / 0.816; value+unit 0.948, 0.894, 0.896, 0.916; subject 0.541, 0.638,
    # 0.362, 0.605 (in context 0.643, 0.776, 0.397, 0.803); clean 0.955, 1.000, 0.950, 1.000; then tuned on
    ROOT / "tests" / "data" / "ai-claims-dev105.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev106.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev107.jsonl",
    ROOT / "tests" / "data" / "ai-claims-dev108.jsonl",
    # 81, 94, 61 and 43 AI sentences from 26, 23, 19 and 15 documents (short: unused sources are nearly gone),
    # annotated blind at the start of claims v26, never looked at (five sentences also in an older set dropped);
    # first runs with the final claims v25 (commit 20421e3; learned parts / rules alone): F1 0.894 / 0.885,
    # 0.818 / 0.820, 0.667 / 0.636, 0.779 / 0.789; value+unit 0.972, 0.917, 0.807, 0.935; subject 0.625, 0.424,
    # 0.474, 0.700 (in context 0.662, 0.636, 0.658, 0.833); clean 0.947, 0.958, 0.950, 0.867
    ROOT / "tests" / "data" / "ai-claims-heldout93.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout94.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout95.jsonl",
    ROOT / "tests" / "data" / "ai-claims-heldout96.jsonl",
    # 77 AI sentences from 15 documents (7 GitHub files, 8 news and business pages, none used before), annotated blind
    # by a helper session that never ran the extractor, in the twenty-fifth session, after the older held-out sets'
    # misses had been printed; never looked at. First run with claims v31 (commit 9ebb95a): F1 0.700 (P 0.709 R 0.691),
    # value+unit 0.862, subject 0.321 (in context 0.500), clean 1.000 of 31
    ROOT / "tests" / "data" / "ai-claims-heldout97.jsonl",
    # 81 sentences from 15 more documents never used before (11 news and company pages, 4 GitHub READMEs), annotated
    # blind by another helper session in the twenty-sixth session (three of the pages' titles are the annotator's own
    # description, as the search excerpt gave none); never looked at. First run with claims v32 (commit 066d220):
    # F1 0.809 (P 0.805 R 0.814), value+unit 0.948, subject 0.543 (in context 0.600), clean 0.931 of 29
    ROOT / "tests" / "data" / "ai-claims-heldout98.jsonl",
]
# From claims v52 on, every other held-out set (35 of the 69 before heldout97/98, by their order above) trains the
# learned parts as a tuning set: a check with claims v47 (learned parts trained with these 35 sets, scored on the
# other 34) raised those 34 sets' F1 from 0.8031 to 0.8058 and their subject in context from 0.6837 to 0.6883, so the
# annotations serve unseen text better as training data. They keep their names and first runs; the 34 others and
# heldout97/98 stay held out. Moved:
#   heldout, heldout3, heldout8, heldout10, heldout12, heldout14, heldout16, heldout42, heldout44, heldout46,
#   heldout48, heldout50, heldout52, heldout54, heldout56, heldout58, heldout60, heldout62, heldout64, heldout66,
#   heldout68, heldout70, heldout72, heldout74, heldout76, heldout78, heldout80, heldout82, heldout84, heldout86,
#   heldout88, heldout90, heldout92, heldout94, heldout96
HELD_OUT = {
    "ai-claims-heldout2.jsonl", "ai-claims-heldout7.jsonl", "ai-claims-heldout9.jsonl", "ai-claims-heldout11.jsonl",
    "ai-claims-heldout13.jsonl", "ai-claims-heldout15.jsonl", "ai-claims-heldout41.jsonl", "ai-claims-heldout43.jsonl",
    "ai-claims-heldout45.jsonl", "ai-claims-heldout47.jsonl", "ai-claims-heldout49.jsonl", "ai-claims-heldout51.jsonl",
    "ai-claims-heldout53.jsonl", "ai-claims-heldout55.jsonl", "ai-claims-heldout57.jsonl", "ai-claims-heldout59.jsonl",
    "ai-claims-heldout61.jsonl", "ai-claims-heldout63.jsonl", "ai-claims-heldout65.jsonl", "ai-claims-heldout67.jsonl",
    "ai-claims-heldout69.jsonl", "ai-claims-heldout71.jsonl", "ai-claims-heldout73.jsonl", "ai-claims-heldout75.jsonl",
    "ai-claims-heldout77.jsonl", "ai-claims-heldout79.jsonl", "ai-claims-heldout81.jsonl", "ai-claims-heldout83.jsonl",
    "ai-claims-heldout85.jsonl", "ai-claims-heldout87.jsonl", "ai-claims-heldout89.jsonl", "ai-claims-heldout91.jsonl",
    "ai-claims-heldout93.jsonl", "ai-claims-heldout95.jsonl", "ai-claims-heldout97.jsonl", "ai-claims-heldout98.jsonl",
}
SHARED = ROOT.parent / "shared"


def tuning_sets() -> list[Path]:
    """The sets the learned parts are trained on: every default set but the held-out ones; exits if one is missing."""
    paths = [p for p in DEFAULT_SETS if p.name not in HELD_OUT]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        sys.exit(f"training sets missing (is ../shared beside the project?): {', '.join(missing)}")
    return paths


@lru_cache(maxsize=1)
def _documents() -> dict[str, Document]:
    docs: dict[str, Document] = {}
    for path in (SHARED / "data" / "articles" / "articles.json", SHARED / "data" / "extraction" / "ground-truth.json"):
        if path.exists():
            docs.update(documents_from_json(path.read_text(encoding="utf-8"))[0])
    return docs


def context_for(row: dict[str, Any]) -> str | None:
    """The title and the text before a sentence, as the kb runner sees them (and `extract-claims --documents`
    with the shared NAEB and Zyte files); None when unknown."""
    source = row.get("source") or {}
    if isinstance(source, dict) and source.get("seed") and (SHARED / "seeds" / source["seed"]).exists():
        title, _, body = (SHARED / "seeds" / source["seed"]).read_text(encoding="utf-8").partition("\n")
        return context_in_document(title, body, row["text"])
    return context_from_source(row["text"], source, _documents())


def views(row: dict[str, Any]) -> list[str | None]:
    """The contexts a trainer reads a sentence in: alone and, where known, after its document's title and text, as the
    kb runner parses it (the parser's context vectors near a sentence's edge differ between the two)."""
    context = context_for(row)
    return [None, context] if context else [None]


def same_value(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    value = pred.get("value")
    if value is None:
        return False
    for target in [gold.get("value"), *(gold.get("alt_values") or [])]:
        if target is None:
            continue
        if target == value or abs(value - target) <= 0.01 * abs(target):
            return True
    return False


def same_subject(pred: str | None, gold: str | None) -> bool:
    if not pred or not gold:
        return False
    a = re.sub(r"[-‐\s]+", " ", pred.lower()).strip()
    b = re.sub(r"[-‐\s]+", " ", gold.lower()).strip()
    return a in b or b in a


def same_subject_in_words(pred: str | None, gold: str | None) -> bool:
    """The stricter reading: one name is whole words of the other, so "AI" is not in "OpenAI" or "Shanghai"."""
    if not same_subject(pred, gold):
        return False
    a = re.sub(r"[-‐\s]+", " ", (pred or "").lower()).strip()
    b = re.sub(r"[-‐\s]+", " ", (gold or "").lower()).strip()
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return re.search(rf"(?<![^\W_]){re.escape(short)}(?![^\W_])", long) is not None


def match(preds: list[dict[str, Any]], golds: list[dict[str, Any]], need_metric: bool) -> list[tuple[int, int]]:
    """Pairs (pred index, gold index); a gold claim is matched once, closest surface first."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, gold in enumerate(golds):
        options = [
            pi for pi, pred in enumerate(preds)
            if pi not in used and same_value(pred, gold) and pred.get("unit") == gold.get("unit")
            and (not need_metric or pred.get("metric") == gold.get("metric"))
        ]
        if options:
            options.sort(key=lambda pi: preds[pi].get("surface") != gold.get("surface"))
            used.add(options[0])
            pairs.append((options[0], gi))
    return pairs


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(path: Path, verbose: bool = False) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = extract_claims_batch([row["text"] for row in rows])
    in_context = extract_claims_batch([row["text"] for row in rows], contexts=[context_for(row) for row in rows])
    n_pred = n_gold = tp_main = tp_loose = subject_ok = 0
    empty = clean = 0
    context_ok = context_tp = 0
    subject_words = context_words = 0  # right by whole words too
    for row, claims, claims_in_context in zip(rows, found, in_context):
        golds_ = [g for g in row["claims"] if g.get("value") is not None]
        preds_ = [claim_to_record(c) for c in claims_in_context if c.kind == "numeric"]
        wrong_in_context = []
        for pi, gi in match(preds_, golds_, need_metric=True):
            context_tp += 1
            if same_subject(preds_[pi]["subject"], golds_[gi]["subject"]):
                context_ok += 1
                context_words += same_subject_in_words(preds_[pi]["subject"], golds_[gi]["subject"])
            else:
                wrong_in_context.append((preds_[pi]["subject"], golds_[gi]["subject"]))
        preds = [claim_to_record(c) for c in claims if c.kind == "numeric"]
        golds = [g for g in row["claims"] if g.get("value") is not None]
        n_pred += len(preds)
        n_gold += len(golds)
        main = match(preds, golds, need_metric=True)
        loose = match(preds, golds, need_metric=False)
        tp_main += len(main)
        tp_loose += len(loose)
        wrong_subjects = []
        for pi, gi in main:
            if same_subject(preds[pi]["subject"], golds[gi]["subject"]):
                subject_ok += 1
                subject_words += same_subject_in_words(preds[pi]["subject"], golds[gi]["subject"])
            else:
                wrong_subjects.append((preds[pi]["subject"], golds[gi]["subject"]))
        if not golds:
            empty += 1
            clean += not preds
        if verbose and (len(main) < len(golds) or len(main) < len(preds) or wrong_subjects or wrong_in_context):
            print(f"\n{row['id']}: {row['text']}")
            matched_p = {pi for pi, _ in main}
            matched_g = {gi for _, gi in main}
            for gi, g in enumerate(golds):
                if gi not in matched_g:
                    print(f"  MISSED {g['surface']!r} {g['value']} {g['unit']} {g['metric']} ({g['subject']})")
            for pi, extra in enumerate(preds):
                if pi not in matched_p:
                    print(f"  EXTRA  {extra['surface']!r} {extra['value']} {extra['unit']} {extra['metric']} "
                          f"({extra['subject']})")
            for got, want in wrong_subjects:
                print(f"  SUBJECT {got!r} != {want!r}")
            for got, want in wrong_in_context:
                print(f"  IN CONTEXT {got!r} != {want!r}")
    p, r, main_f1 = f1(tp_main, n_pred, n_gold)
    _, _, loose_f1 = f1(tp_loose, n_pred, n_gold)
    result = {
        "sentences": len(rows), "gold": n_gold, "predicted": n_pred, "precision": p, "recall": r,
        "f1": main_f1, "f1_value_unit": loose_f1,
        "subject_accuracy": subject_ok / tp_main if tp_main else 0.0,
        "subject_in_context": context_ok / context_tp if context_tp else 0.0,
        "clean_rate": clean / empty if empty else 1.0, "no_claim_sentences": empty,
        "counts": {"tp": tp_main, "tp_value_unit": tp_loose, "subject_ok": subject_ok, "context_ok": context_ok,
                   "context_tp": context_tp, "clean": clean, "subject_words": subject_words,
                   "context_words": context_words},
    }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    groups: dict[str, list[dict[str, Any]]] = {"tuning": [], "held-out": []}
    for path in args.files or DEFAULT_SETS:
        if not path.exists():
            print(f"{path}: not found, skipped")
            continue
        s = score(path, args.verbose)
        label = f"{path.name} (held out)" if path.name in HELD_OUT else path.name
        groups["held-out" if path.name in HELD_OUT else "tuning"].append(s)
        print(
            f"{label}: {s['sentences']} sentences, {s['gold']} gold / {s['predicted']} predicted claims | "
            f"F1 {s['f1']:.3f} (P {s['precision']:.3f} R {s['recall']:.3f}) | value+unit F1 {s['f1_value_unit']:.3f} | "
            f"subject {s['subject_accuracy']:.3f} (in context {s['subject_in_context']:.3f}) | "
            f"clean {s['clean_rate']:.3f} of {s['no_claim_sentences']}"
        )
    for name, scores in groups.items():
        if len(scores) > 1:
            print(pooled(name, scores))


def pooled(name: str, scores: list[dict[str, Any]]) -> str:
    """One line for several sets: every claim and sentence counted once (micro averages), not a mean of the sets."""
    def total(key: str) -> int:
        return sum(s[key] for s in scores)

    def count(key: str) -> int:
        return sum(s["counts"][key] for s in scores)

    p, r, main_f1 = f1(count("tp"), total("predicted"), total("gold"))
    _, _, loose_f1 = f1(count("tp_value_unit"), total("predicted"), total("gold"))
    subject = count("subject_ok") / count("tp") if count("tp") else 0.0
    in_context = count("context_ok") / count("context_tp") if count("context_tp") else 0.0
    words = count("subject_words") / count("tp") if count("tp") else 0.0
    words_in_context = count("context_words") / count("context_tp") if count("context_tp") else 0.0
    clean = count("clean") / total("no_claim_sentences") if total("no_claim_sentences") else 1.0
    return (f"{name} sets pooled ({len(scores)} files): {total('sentences')} sentences, {total('gold')} gold / "
            f"{total('predicted')} predicted claims | F1 {main_f1:.4f} (P {p:.4f} R {r:.4f}) | value+unit F1 {loose_f1:.4f} | "
            f"subject {subject:.4f} (in context {in_context:.4f}; by whole words {words:.4f} and {words_in_context:.4f}) | "
            f"clean {clean:.4f} of {total('no_claim_sentences')}")


if __name__ == "__main__":
    main()
