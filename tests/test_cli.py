"""The command line: one-line errors, JSON-lines tools that never die on a bad line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from claimwatch_cli import cli


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for command in cli.commands:
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0, command
        assert "--help" in result.output


def test_init_creates_the_database(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "kb.db"
    result = CliRunner().invoke(cli, ["init", "--db", str(path)])
    assert result.exit_code == 0
    assert path.exists()
    assert "Knowledge base ready" in result.output


def test_process_without_database_is_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "claimwatch_cli", "process", "--db", str(tmp_path / "missing.db")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("Error: no knowledge base at")
    assert "Traceback" not in result.stderr


def test_crawl_with_bad_sources_file_lists_each_mistake(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[source]]\nname = "a"\nfeeds = ["ftp://x"]\n\n[[source]]\nhomepage = "https://b.example"\n'
    )
    result = CliRunner().invoke(cli, ["crawl", "--db", str(tmp_path / "kb.db"), "--sources", str(sources)])
    assert result.exit_code == 1
    assert "not an http(s) URL" in result.output
    assert "missing `name`" in result.output


def test_extract_quantities_survives_bad_lines() -> None:
    lines = "\n".join([
        json.dumps({"id": 1, "text": "It raised $2.5 billion."}),
        "{not json",
        json.dumps({"id": 3}),
        json.dumps({"id": 4, "text": "9" * 3000}),
    ])
    result = CliRunner().invoke(cli, ["extract-quantities"], input=lines)
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["quantities"][0]["value"] == 2.5e9
    assert out[0]["quantities"][0]["unit"] == "USD"
    assert "error" in out[1] and "error" in out[2]
    assert out[3]["id"] == 4


def test_extract_claims_in_order_with_errors() -> None:
    lines = "\n".join([
        json.dumps({"id": "a", "text": "China processes 140 trillion AI tokens daily."}),
        "[]",
        json.dumps({"id": "c", "text": "Nothing to see here."}),
    ])
    result = CliRunner().invoke(cli, ["extract-claims"], input=lines)
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "c"]
    claim = out[0]["claims"][0]
    assert (claim["subject"], claim["metric"], claim["value"], claim["unit"], claim["period"]) == (
        "China", "tokens_processed", 1.4e14, "tokens", "day"
    )
    assert out[2]["claims"] == []


def test_extract_article_from_file(tmp_path: Path) -> None:
    import gzip

    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(
        b"<html lang='en'><head><title>Big news | Outlet</title></head><body><article>"
        + b"".join(b"<p>Paragraph %d says something about AI models and tokens in detail.</p>" % i for i in range(8))
        + b"</article></body></html>"
    ))
    result = CliRunner().invoke(cli, ["extract-article", str(page), "--url", "https://example.com/a"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert "Paragraph 3" in record["text"]
    assert record["canonical_url"] == "https://example.com/a"


def test_serve_on_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    """Datasette used to print its server log and `serve` exited 0 when the port was taken."""
    import socket

    db = tmp_path / "kb.db"
    assert CliRunner().invoke(cli, ["init", "--db", str(db)]).exit_code == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        for args in (["serve", "--db", str(db)], ["demo", "--db", str(tmp_path / "demo.db")]):
            result = subprocess.run(
                [sys.executable, "-m", "claimwatch_cli", *args, "--port", str(port)],
                capture_output=True, text=True, check=False, timeout=60,
            )
            assert result.returncode == 1, args
            assert result.stderr.strip().count("\n") == 0, result.stderr
            assert result.stderr.startswith(f"Error: cannot serve on 127.0.0.1:{port}")


def test_extract_claims_reads_who_it_is_from_the_source() -> None:
    """A sentence that only says "it" gets its subject from the page it came from, or from a given context."""
    lines = "\n".join([
        json.dumps({"id": 1, "text": "It was trained on 14.8 trillion tokens.",
                    "source": {"repo": "deepseek-ai/DeepSeek-V3", "path": "README.md"}}),
        json.dumps({"id": 2, "text": "It claims 8 million users.",
                    "source": {"url": "https://news.example.com/2025/06/openrouter-raises-a-new-round/"}}),
        json.dumps({"id": 3, "text": "It claims 8 million users.", "context": "Mistral AI",
                    "source": {"url": "https://news.example.com/2025/06/openrouter-raises-a-new-round/"}}),
        json.dumps({"id": 4, "text": "It claims 8 million users."}),
    ])
    result = CliRunner().invoke(cli, ["extract-claims"], input=lines)
    assert result.exit_code == 0
    subjects = [[c["subject"] for c in json.loads(line)["claims"]] for line in result.stdout.splitlines()]
    assert subjects[0][0] is not None and "deepseek v3" in subjects[0][0].lower().replace("-", " ")
    assert subjects[1][0] is not None and subjects[1][0].lower() == "openrouter"
    assert subjects[2] == ["Mistral AI"]  # an explicit context wins over the source
    assert subjects[3] == [None]


def test_extract_claims_survives_odd_sources() -> None:
    """A source that gives no title, or a blank context, never stops the batch."""
    lines = "\n".join([
        json.dumps({"id": 1, "text": "It claims 8 million users.", "source": {"url": "http://[::1"}}),
        json.dumps({"id": 2, "text": "It claims 8 million users.", "context": " ",
                    "source": {"repo": "acme-ai/Mistral-Tiny", "path": "docs\\README.md"}}),
        json.dumps({"id": 3, "text": "It claims 8 million users.", "source": ["not", "a", "source"]}),
    ])
    result = CliRunner().invoke(cli, ["extract-claims"], input=lines)
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, 2, 3]
    assert all(len(o["claims"]) == 1 and o["claims"][0]["value"] == 8e6 for o in out)
    assert out[0]["claims"][0]["subject"] is None and out[2]["claims"][0]["subject"] is None


def test_extract_claims_reads_the_document_a_source_names(tmp_path: Path) -> None:
    """With --documents, a line's source id gives its document's title and the text before it."""
    body = "Nimbus Labs opened its chatbot to the public in May. It claims 8 million users."
    naeb_style = tmp_path / "articles.json"
    naeb_style.write_text(json.dumps({"d1": {"title": "Nimbus Labs grows fast", "articleBody": body}}), encoding="utf-8")
    lines_style = tmp_path / "docs.jsonl"
    lines_style.write_text(json.dumps({"id": "d2", "title": "Corvid Labs news", "text": "Corvid Labs ships. It claims 8 million users."})
                           + "\nnot json\n", encoding="utf-8")
    lines = "\n".join([
        json.dumps({"id": 1, "text": "It claims 8 million users.", "source": {"naeb_id": "d1", "start": body.index("It claims")}}),
        json.dumps({"id": 2, "text": "It claims 8 million users.", "source": {"id": "d2"}}),
        json.dumps({"id": 3, "text": "It claims 8 million users.", "source": {"id": "unknown"}}),
    ])
    result = CliRunner().invoke(cli, ["extract-claims", "--documents", str(naeb_style), "--documents", str(lines_style)],
                                input=lines)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["claims"][0]["subject"] for o in out] == ["Nimbus Labs", "Corvid Labs", None]
    assert "skipped a document line" in result.stderr


def test_documents_without_a_title_are_titled_from_their_url(tmp_path: Path) -> None:
    """A Zyte-style document ({url, articleBody}) is titled as the eval titles it; a JSON list works too."""
    zyte_style = tmp_path / "ground-truth.json"
    zyte_style.write_text(json.dumps({"z1": {"url": "https://news.example.com/2025/06/nimbus-labs-raises-a-new-round",
                                             "articleBody": "It claims 8 million users."}}), encoding="utf-8")
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"id": "l1", "title": "Corvid Labs news", "text": "Corvid Labs ships. It claims 8 million users."}]),
                      encoding="utf-8")
    lines = "\n".join([json.dumps({"id": 1, "text": "It claims 8 million users.", "source": {"zyte_id": "z1"}}),
                       json.dumps({"id": 2, "text": "It claims 8 million users.", "source": {"id": "l1"}})])
    result = CliRunner().invoke(cli, ["extract-claims", "--documents", str(zyte_style), "--documents", str(listed)], input=lines)
    assert result.exit_code == 0, result.output
    subjects = [json.loads(line)["claims"][0]["subject"] for line in result.stdout.splitlines()]
    assert subjects[0] is not None and "nimbus labs" in subjects[0].lower()  # the URL slug's words
    assert subjects[1] == "Corvid Labs"
