"""The seed article, processed as an article, yields the claim the project started from."""

from __future__ import annotations

import html
from pathlib import Path

from pipeline.article import extract_article
from pipeline.claims import extract_claims_batch


def _seed_as_html(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    return (
        f"<html lang='en'><head><title>{html.escape(lines[0])}</title></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{html.escape(lines[0])}</h1>{body}</article></body></html>"
    )


def test_seed_article_yields_china_token_claim(shared: Path) -> None:
    text = (shared / "seeds" / "000_610c7794482fc6d7.txt").read_text(encoding="utf-8")
    article = extract_article(_seed_as_html(text), "https://www.gogoai.xin/article/chinas-ai-stack-surpasses-western-rivals")
    assert article.error is None
    assert "140 trillion AI tokens daily" in article.text
    # read as the kb runner reads it: the whole body, with the headline as context
    claims = extract_claims_batch([article.text], contexts=[article.title])[0]
    matching = [
        c for c in claims
        if c.subject == "China" and c.metric == "tokens_processed" and c.value == 1.4e14
        and c.unit == "tokens" and c.period == "day"
    ]
    assert matching, [c.to_dict() for c in claims if c.kind == "numeric"]
    assert matching[0].bound == "="
