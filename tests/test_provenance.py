"""Titles from where a sentence was found, which the claim extractor reads as context."""

from __future__ import annotations

from pipeline.provenance import title_from_source, title_of_file, title_of_url, words_of


def test_slugs_read_as_titles() -> None:
    assert words_of("nano-banana-2-lite") == "Nano Banana 2 Lite"
    assert words_of("DeepSeek_V3") == "DeepSeek V3"  # capitals already written are kept


def test_a_readme_is_titled_by_its_folder_or_repo() -> None:
    assert title_of_file("acme-ai/Falcon-Mini", "README.md") == "Falcon Mini"
    assert title_of_file("acme-ai/models", "cards/orca-7b/MODEL_CARD.md") == "Orca 7b"
    assert title_of_file("someone/blog", "content/posts/acme-raises-a-big-round.md") == "Acme Raises A Big Round"


def test_a_url_is_titled_by_its_last_meaningful_part() -> None:
    assert title_of_url("https://news.example.com/2025/03/12/acme-hits-a-milestone/") == "Acme Hits A Milestone"
    assert title_of_url("https://example.com/blog/acme-launch.html") == "Acme Launch"
    assert title_of_url("https://example.com/") is None


def test_sources_of_every_shape() -> None:
    assert title_from_source({"title": "  Acme's year in review "}) == "Acme's year in review"
    assert title_from_source({"repo": "acme-ai/Falcon-Mini", "path": "README.md", "commit": "abc"}) == "Falcon Mini"
    assert title_from_source({"url": "https://example.com/acme-news"}) == "Acme News"
    assert title_from_source("https://example.com/acme-news") == "Acme News"
    assert title_from_source({"naeb_id": "0123abcd"}) is None  # an id alone names no page
    assert title_from_source(None) is None
    assert title_from_source(["not", "a", "source"]) is None  # type: ignore[arg-type]
