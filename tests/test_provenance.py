"""Titles from where a sentence was found, which the claim extractor reads as context."""

from __future__ import annotations

import json

from pipeline.provenance import (
    context_from_source,
    context_in_document,
    document_id,
    documents_from_json,
    title_from_source,
    title_of_file,
    title_of_url,
    words_of,
)


def test_slugs_read_as_titles() -> None:
    assert words_of("nano-banana-2-lite") == "Nano Banana 2 Lite"
    assert words_of("DeepSeek_V3") == "DeepSeek V3"  # capitals already written are kept


def test_a_readme_is_titled_by_its_folder_or_repo_as_written() -> None:
    assert title_of_file("acme-ai/Falcon-Mini", "README.md") == "Falcon-Mini"
    assert title_of_file("acme-ai/models", "cards/orca-7b/MODEL_CARD.md") == "orca-7b"
    assert title_of_file("acme-ai/Falcon-Mini", "README_zh.md") == "Falcon-Mini"
    assert title_of_file("acme-ai/Falcon-Mini", "docs\\README.zh-CN.md") == "Falcon-Mini"  # a docs folder names nothing
    assert title_of_file("acme-ai/models", "docs/en/README.md") == "models"
    assert title_of_file("acme-ai/models", "cards/drafts/README_Orca-7B-Chat-GGUF.md") == "Orca-7B-Chat"  # a card named for its model
    assert title_of_file("acme-ai/Falcon-Mini", "modelcard.md") == "Falcon-Mini"


def test_a_post_is_titled_by_its_file_name() -> None:
    assert title_of_file("someone/blog", "content/posts/acme-raises-a-big-round.md") == "Acme Raises A Big Round"
    assert title_of_file("someone/blog", "_posts/2025-03-01-acme-raises.md") == "Acme Raises"  # the date is no title
    assert title_of_file("someone/blog", "notes/0f3a9c2d11e4.md") is None  # an id is no title


def test_a_url_is_titled_by_its_last_meaningful_part() -> None:
    assert title_of_url("https://news.example.com/2025/03/12/acme-hits-a-milestone/") == "Acme Hits A Milestone"
    assert title_of_url("https://example.com/blog/acme-launch.html") == "Acme Launch"
    assert title_of_url("https://example.com/tech/acme-deal/123456.html") == "Acme Deal"  # a numeric page id is skipped
    assert title_of_url("https://example.com/story.php?id=42") is None
    assert title_of_url("https://example.com/p/1234567") is None
    assert title_of_url("https://arxiv.org/abs/2412.19437") is None  # a paper id and a section word
    assert title_of_url("https://www.youtube.com/watch?v=abc") is None
    assert title_of_url("https://github.com/acme-ai/Falcon-Mini/blob/main/README.md") == "Falcon-Mini"
    assert title_of_url("https://example.com/") is None
    assert title_of_url("http://[::1") is None  # not a URL: no title, no error


def test_sources_of_every_shape() -> None:
    assert title_from_source({"title": "  Acme's year in review "}) == "Acme's year in review"
    assert title_from_source({"repo": "acme-ai/Falcon-Mini", "path": "README.md", "commit": "abc"}) == "Falcon-Mini"
    assert title_from_source({"url": "https://example.com/acme-news"}) == "Acme News"
    assert title_from_source("https://example.com/acme-news") == "Acme News"
    assert title_from_source({"naeb_id": "0123abcd"}) is None  # an id alone names no page
    assert title_from_source({"repo": "acme-ai/x", "path": " "}) is None
    assert title_from_source({"url": 7, "title": None}) is None
    assert title_from_source(None) is None
    assert title_from_source(["not", "a", "source"]) is None  # type: ignore[arg-type]


def test_a_slug_writes_known_names_with_their_own_capitals() -> None:
    from pipeline.provenance import words_of

    assert words_of("openai-hits-2-million-business-users") == "OpenAI Hits 2 Million Business Users"
    assert words_of("deepseek-v3-launch") == "DeepSeek V3 Launch"
    assert words_of("nano-banana-2-lite") == "Nano Banana 2 Lite"  # unknown names: each word capitalised


def test_a_sentence_read_after_its_document_title_and_the_text_before_it() -> None:
    body = "Corvid Labs shipped Kestrel in May. " + "Filler words. " * 80 + "It claims 8 million users."
    context = context_in_document("Corvid Labs news", body, "It claims 8 million users.")
    assert context is not None and context.startswith("Corvid Labs news\n\n") and context.endswith("Filler words.")
    assert len(context) <= len("Corvid Labs news\n\n") + 700  # only the text just before is read
    start = body.index("It claims")
    assert context_in_document(None, body, "It claims 8 million users.", start) == body[:start][-700:].strip()
    assert context_in_document("Title only", body, "A sentence the body does not hold.") == "Title only"
    assert context_in_document(None, "", "It claims 8 million users.") is None


def test_the_document_a_source_names() -> None:
    assert document_id({"naeb_id": "45612f70"}) == "45612f70"
    assert document_id({"id": 7, "start": 3}) == "7"
    assert document_id({"url": "https://example.com/a"}) is None
    assert document_id("https://example.com/a") is None and document_id({"id": True}) is None


def test_documents_read_from_any_json_shape_and_used_as_context() -> None:
    keyed, problems = documents_from_json(json.dumps({"d1": {"url": "https://example.com/2025/corvid-labs-ships",
                                                             "articleBody": "Corvid Labs shipped. It has 8M users."}}))
    assert keyed == {"d1": ("Corvid Labs Ships", "Corvid Labs shipped. It has 8M users.")} and problems == []
    lines, problems = documents_from_json('{"id": 7, "title": "Nimbus", "text": "x"}\nnot json\n{"title": "no id"}\n')
    assert lines == {"7": ("Nimbus", "x")} and [p.split(":")[0] for p in problems] == ["line 2", "line 3"]
    listed, _ = documents_from_json(json.dumps([{"id": "a", "title": "A", "body": "b"}]))
    assert listed == {"a": ("A", "b")}
    sentence = "It has 8M users."
    assert context_from_source(sentence, {"zyte_id": "d1"}, keyed) == "Corvid Labs Ships\n\nCorvid Labs shipped."
    assert context_from_source(sentence, {"title": "Own title"}, keyed) == "Own title"  # no document: the source's title
