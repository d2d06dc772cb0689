"""The `claimwatch` command: a thin layer that wires crawlers, pipeline, kb and Datasette."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import click

from kb.store import DEFAULT_DB, KnowledgeBaseError

DB_OPTION = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    help="Knowledge base file",
)


class CLIGroup(click.Group):
    """Turns errors a user can cause into one line instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from crawlers.sources import SourcesError

        try:
            return super().invoke(ctx)
        except (KnowledgeBaseError, SourcesError, OSError) as exc:
            message = str(exc).strip() or type(exc).__name__
            lines = message.splitlines()
            click.echo(f"Error: {lines[0]}", err=True)
            for line in lines[1:]:
                click.echo(f"       {line}", err=True)
            ctx.exit(1)


@click.group(cls=CLIGroup)
@click.version_option(package_name="claimwatch")
def cli() -> None:
    """claimwatch: track what the AI industry claims, where each figure came from, and where figures disagree."""


# --- the knowledge base -------------------------------------------------------------------


@cli.command()
@DB_OPTION
def init(db_path: Path) -> None:
    """Create the knowledge base (or migrate an existing one to the current schema)."""
    from kb.store import open_kb

    db = open_kb(db_path)
    click.echo(f"Knowledge base ready at {db_path} ({len(db.table_names())} tables)")


# --- crawling -----------------------------------------------------------------------------

SOURCES_OPTION = click.option(
    "--sources", "sources_path", type=click.Path(dir_okay=False, path_type=Path),
    default=Path("sources.toml"), show_default=True, help="Source registry",
)
SETTING_OPTION = click.option("--setting", "-s", "settings", multiple=True, help="Scrapy setting NAME=VALUE")
CONTACT_OPTION = click.option(
    "--contact", metavar="URL", help="Contact URL for the User-Agent, so site operators can reach you"
)


@cli.command()
@DB_OPTION
@SOURCES_OPTION
@click.option("--source", "names", multiple=True, help="Crawl only this source (repeatable)")
@click.option("--feed", "feeds", multiple=True, help="Crawl this feed URL instead of sources.toml")
@click.option("--name", default="adhoc", show_default=True, help="Source name for --feed")
@SETTING_OPTION
@CONTACT_OPTION
def crawl(db_path: Path, sources_path: Path, names: tuple[str, ...], feeds: tuple[str, ...],
          name: str, settings: tuple[str, ...], contact: str | None) -> None:
    """Fetch new and changed pages from the sources and archive them."""
    from crawlers.crawl import CrawlJob

    if feeds:
        jobs = [CrawlJob(name, "feeds", {"feeds": ",".join(feeds)})]
    else:
        jobs = [job for s in _chosen_sources(sources_path, names) for job in s.jobs()]
    _run_crawl(db_path, jobs, _crawl_settings(settings, contact))


def _chosen_sources(sources_path: Path, names: tuple[str, ...]) -> list[Any]:
    from crawlers.sources import SourcesError, load_sources

    sources = load_sources(sources_path)
    if names:
        known = {s.name for s in sources}
        missing = [n for n in names if n not in known]
        if missing:
            raise SourcesError(f"unknown source(s) {', '.join(missing)} in {sources_path}")
        sources = [s for s in sources if s.name in names]
    return sources


def _parse_settings(pairs: tuple[str, ...]) -> dict[str, str]:
    parsed = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--setting")
        key, value = pair.split("=", 1)
        parsed[key] = value
    return parsed


def _crawl_settings(pairs: tuple[str, ...], contact: str | None) -> dict[str, str]:
    settings = _parse_settings(pairs)
    if contact:
        settings["CLAIMWATCH_CONTACT_URL"] = contact
    return settings


def _run_crawl(db_path: Path, jobs: list[Any], settings: dict[str, str]) -> None:
    """Run the jobs of every source not already being crawled elsewhere, then print one summary line."""
    from crawlers.crawl import run_jobs
    from crawlers.locks import source_locks
    from kb.store import close_abandoned_crawl_runs, crawl_run_totals, last_crawl_run_id, open_kb

    db = open_kb(db_path)
    before = last_crawl_run_id(db)
    with source_locks(db_path, sorted({job.source for job in jobs})) as (locked, busy):
        for source in busy:
            click.echo(f"Skipping {source}: another crawl of it is running")
        jobs = [job for job in jobs if job.source in locked]
        if not jobs:
            return
        close_abandoned_crawl_runs(db, locked)
        click.echo(f"Crawling {len(jobs)} job(s) into {db_path} ...")
        code = run_jobs(str(db_path), jobs, {"LOG_LEVEL": "WARNING", **settings})
    totals = crawl_run_totals(db, before)
    click.echo(
        f"Crawled {totals['runs']} run(s): {totals['new']} new, {totals['changed']} changed, "
        f"{totals['unchanged']} unchanged, {totals['skipped']} skipped, {totals['failed']} failed"
        + ("" if code == 0 else f" (crawler exited with code {code})")
    )
    if code != 0:
        raise SystemExit(code)


@cli.command()
@DB_OPTION
@SOURCES_OPTION
@click.option("--source", "names", multiple=True, help="Schedule only this source (repeatable)")
@click.option("--parallel", default=2, show_default=True, type=click.IntRange(min=1),
              help="Most sources crawled at the same time")
@click.option("--run-now", is_flag=True, help="Crawl every source once at start, then follow the schedules")
@SETTING_OPTION
@CONTACT_OPTION
def schedule(db_path: Path, sources_path: Path, names: tuple[str, ...], parallel: int, run_now: bool,
             settings: tuple[str, ...], contact: str | None) -> None:
    """Keep running and crawl each source on its cron schedule (UTC); stop with Ctrl-C or SIGTERM."""
    import signal
    import threading

    from crawlers.scheduler import Scheduler
    from kb.store import open_kb

    sources = _chosen_sources(sources_path, names)
    open_kb(db_path)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    scheduler = Scheduler(db_path, sources, {"LOG_LEVEL": "WARNING", **_crawl_settings(settings, contact)},
                          max_parallel=parallel, run_now=run_now, echo=lambda line: click.echo(line))
    scheduler.run(stop)


# --- processing ---------------------------------------------------------------------------


def _progress() -> Callable[[str, int, int], None]:
    started: dict[str, float] = {}

    def report(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        started.setdefault(stage, now)
        if total and (done == total or done % 10 == 0):
            elapsed = now - started[stage]
            rate = done / elapsed if elapsed > 0 else 0.0
            left = (total - done) / rate if rate else 0.0
            click.echo(f"\r  {stage}: {done}/{total} ({rate:.1f}/s, {left:.0f}s left)   ",
                       nl=done == total, err=True)

    return report


@cli.command()
@DB_OPTION
@click.option("--regroup", "full_regroup", is_flag=True,
              help="Group every article and claim from scratch instead of only new ones")
@click.option("--processes", "-p", default=1, show_default=True, type=click.IntRange(min=0),
              help="Worker processes reading claims, one article at a time each (0: one per core)")
def process(db_path: Path, full_regroup: bool = False, processes: int = 1) -> None:
    """Read new pages as articles, extract claims, embed, group duplicates and flag conflicts."""
    from concurrent.futures.process import BrokenProcessPool

    from kb.store import open_kb
    from pipeline.runner import process as run_process

    db = open_kb(db_path, create=False)
    try:
        summary = run_process(db, _progress(), full_regroup=full_regroup, processes=processes)
    except BrokenProcessPool:
        raise click.ClickException("a worker process died (killed, or out of memory); the claims of the articles read "
                                   "so far are saved: run `claimwatch process` again, with fewer --processes") from None
    for error in summary.page_errors[:10]:
        click.echo(f"  skipped {error}", err=True)
    click.echo(f"Processed: {summary.line()}")


# --- serving ------------------------------------------------------------------------------


def _datasette_command(
    db_path: Path, host: str, port: int, plugins: dict[str, Any] | None = None
) -> list[str]:
    from kb.metadata import datasette_metadata

    metadata = datasette_metadata(db_path.stem)
    if plugins:
        metadata["plugins"] = plugins
    metadata_path = db_path.with_suffix(".metadata.json")
    metadata_path.write_text(json.dumps(metadata, indent=2))
    return [
        sys.executable, "-m", "datasette", "serve", str(db_path),
        "--metadata", str(metadata_path), "--host", host, "--port", str(port),
        "--setting", "sql_time_limit_ms", "3000",
    ]


def _require_free_port(host: str, port: int) -> None:
    """Fail in one line before Datasette starts, rather than with a server log and exit code 0."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise click.ClickException(
                f"cannot serve on {host}:{port} ({exc.strerror or exc}): choose another with --port"
            ) from exc


@cli.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--reviewers", "reviewers_path", type=click.Path(dir_okay=False, path_type=Path),
              envvar="CLAIMWATCH_REVIEWERS", default=None,
              help="TOML file of reviewer accounts ([name] password_hash = ...) who may sign in "
                   "and record verdicts; without it the site is read-only")
def serve(db_path: Path, host: str, port: int, reviewers_path: Path | None = None) -> None:
    """Publish the knowledge base in Datasette."""
    from datasette_plugins.claimwatch.reviewers import (
        ReviewersError,
        auth_plugin_config,
        load_reviewers,
    )
    from kb.store import open_kb

    open_kb(db_path, create=False)
    _require_free_port(host, port)
    plugins: dict[str, Any] = {}
    env = dict(os.environ)
    if reviewers_path is not None:
        try:
            reviewers = load_reviewers(reviewers_path)
        except ReviewersError as exc:
            raise click.ClickException(str(exc)) from exc
        plugins["datasette-auth-passwords"], hashes = auth_plugin_config(reviewers)
        env.update(hashes)
        click.echo(f"{len(reviewers)} reviewer account(s) from {reviewers_path}; sign in at /-/login")
    command = _datasette_command(db_path, host, port, plugins)
    click.echo(f"Serving {db_path} at http://{host}:{port}/  (Ctrl-C to stop)")
    try:
        code = subprocess.run(command, check=False, env=env).returncode
    except KeyboardInterrupt:
        return
    if code not in (0, -2, 130):  # -2/130: stopped with Ctrl-C
        raise SystemExit(code)


@cli.command()
@DB_OPTION
@click.option("--no-serve", is_flag=True, help="Build the database and exit")
@click.option("--port", default=8001, show_default=True, type=int, help="Datasette port")
@click.option("--site-port", default=8002, show_default=True, type=int,
              help="Port for the bundled sample site (a free one is used if it is taken)")
def demo(db_path: Path, no_serve: bool, port: int, site_port: int) -> None:
    """Crawl the bundled sample news site, process it, and serve the result."""
    from crawlers.crawl import CrawlJob
    from kb.store import open_kb, upsert_source
    from sample_site import OUTLETS
    from sample_site.server import serve as serve_site

    if not no_serve:
        _require_free_port("127.0.0.1", port)
    try:
        site = serve_site(site_port)
    except OSError:
        site = serve_site(0)
    with site:
        click.echo(f"Sample site (SAMPLE DATA written for the demo) at {site.base_url}")
        db = open_kb(db_path)
        jobs = []
        for slug in OUTLETS:
            upsert_source(db, slug, homepage=f"{site.base_url}/{slug}/", language="en",
                          feeds=[f"{site.base_url}/{slug}/rss.xml"])
            jobs.append(CrawlJob(slug, "feeds", {"feeds": f"{site.base_url}/{slug}/rss.xml"}))
        _run_crawl(db_path, jobs, {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0"})
    ctx = click.get_current_context()
    ctx.invoke(process, db_path=db_path)
    if not no_serve:
        ctx.invoke(serve, db_path=db_path, host="127.0.0.1", port=port)


# --- Unix-style tools: JSON lines in, JSON lines out --------------------------------------


def read_json_lines(stream: IO[str], required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """Yield (line number, record, error): a bad line becomes an error record, never a crash."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield number, None, f"line {number}: not valid JSON ({exc.args[0][:80]})"
            continue
        if not isinstance(record, dict):
            yield number, None, f"line {number}: expected a JSON object"
            continue
        missing = [k for k in required if not isinstance(record.get(k), str)]
        if missing:
            yield number, record, f"line {number}: missing string field(s) {', '.join(missing)}"
            continue
        yield number, record, None


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _error_record(record: dict[str, Any] | None, error: str) -> dict[str, Any]:
    click.echo(f"warning: {error}", err=True)
    return {"id": (record or {}).get("id"), "error": error}


@cli.command("extract-article")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", help="URL of the page in FILE (for canonical URL and relative links)")
def extract_article_command(file: Path | None, url: str | None) -> None:
    """Read HTML as an article: FILE (.html or .html.gz) or JSON lines {"id","url","html"} on stdin."""
    import gzip

    from pipeline.article import article_record, extract_article

    if file is not None:
        data = file.read_bytes()
        if file.suffix == ".gz":
            data = gzip.decompress(data)
        _emit(article_record(extract_article(data, url), None))
        return
    for _, record, error in read_json_lines(sys.stdin, ("html",)):
        if error or record is None:
            _emit(_error_record(record, error or "bad line"))
            continue
        _emit(article_record(extract_article(record["html"], record.get("url")), record.get("id")))


@cli.command("extract-quantities")
def extract_quantities_command() -> None:
    """Quantities in text: JSON lines {"id","text"} in, {"id","quantities":[...]} out."""
    from pipeline.quantities import parse_quantities

    for _, record, error in read_json_lines(sys.stdin, ("text",)):
        if error or record is None:
            _emit(_error_record(record, error or "bad line"))
            continue
        quantities = parse_quantities(record["text"])
        _emit({"id": record.get("id"), "quantities": [q.to_dict() for q in quantities]})


@cli.command("extract-claims")
@click.option("--batch-size", default=256, show_default=True)
@click.option("--processes", "-p", default=1, show_default=True, type=click.IntRange(min=0),
              help="Worker processes, each reading whole batches (0: one per core)")
@click.option("--documents", "document_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Documents the lines' sources name by id: a JSON object {id: {title, articleBody}} or JSON lines "
                   '{"id", "title", "text"} (repeatable)')
def extract_claims_command(batch_size: int, processes: int, document_files: tuple[Path, ...]) -> None:
    """Claims in text: JSON lines {"id","text"} in, {"id","claims":[...]} out, in input order.

    An optional "context" string (the title, the paragraph before) tells who "it" or "the company" is;
    without one, a "source" naming a document of --documents by id ({"id", "start"}, {"naeb_id"}, ...)
    gives that document's title and the text before the sentence, and any other "source" ({"title"},
    {"repo", "path"}, {"url"} or a URL) gives the page's title.
    """
    from concurrent.futures.process import BrokenProcessPool

    _import_spacy_without_torch()
    from pipeline.claim_workers import Batch, extract_claims_stream
    from pipeline.claims import claim_to_record
    from pipeline.provenance import context_from_source

    documents = _read_documents(document_files)
    waiting: deque[tuple[list[dict[str, Any]], int]] = deque()  # batches read, claims not yet written: (records, last line)

    def context_of(record: dict[str, Any]) -> str | None:
        context = record.get("context")
        if isinstance(context, str) and context.strip():
            return context
        return context_from_source(record["text"], record.get("source"), documents)

    def queued(batch: list[dict[str, Any]], last_line: int) -> Batch:
        waiting.append((batch, last_line))
        readable = [r for r in batch if "error" not in r]
        return [r["text"] for r in readable], [context_of(r) for r in readable]

    def batches() -> Iterator[Batch]:
        batch: list[dict[str, Any]] = []
        number = 0
        for number, record, error in read_json_lines(sys.stdin, ("text",)):
            batch.append(_error_record(record, error or "bad line") if error or record is None else record)
            if len(batch) >= batch_size:
                yield queued(batch, number)
                batch = []
        if batch:
            yield queued(batch, number)

    done = 0  # the last input line whose output was written
    try:
        for found in extract_claims_stream(batches(), processes):
            results = iter(found)
            records, done = waiting.popleft()
            for r in records:
                _emit(r if "error" in r else {"id": r.get("id"), "claims": [claim_to_record(c) for c in next(results)]})
    except BrokenProcessPool:
        raise click.ClickException(f"a worker process died (killed, or out of memory); output is complete up to input "
                                   f"line {done}: rerun from line {done + 1} with fewer --processes or a smaller "
                                   "--batch-size") from None


def _import_spacy_without_torch() -> None:
    """thinc imports torch whenever it is installed, for layers the claim pipeline never uses: 3 s and 190 MB
    for every run of a JSON-lines tool. Hidden while spaCy is first imported, it is skipped; a later import of
    torch itself (embeddings) still works."""
    if "thinc" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # None here makes `import torch` fail fast
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]


def _read_documents(paths: tuple[Path, ...]) -> dict[str, tuple[str | None, str]]:
    """Every document of the --documents files by id; what could not be read is said on stderr."""
    from pipeline.provenance import documents_from_json

    documents: dict[str, tuple[str | None, str]] = {}
    for path in paths:
        found, problems = documents_from_json(path.read_text(encoding="utf-8", errors="replace"))
        documents.update(found)
        for problem in problems:
            click.echo(f"{path}: skipped a document {problem}", err=True)
    return documents


# --- reference tables ------------------------------------------------------------------------


@cli.group()
def reference() -> None:
    """Reference tables of AI models (parameters, training compute, release dates) that claims are checked against."""


@reference.command("load")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DB_OPTION
@click.option("--source", "source_name", default="Epoch AI", show_default=True, help="Who published the table")
def reference_load(file: Path, db_path: Path, source_name: str) -> None:
    """Load FILE.csv into the kb and check claims about those models against it.

    The Epoch AI "Notable AI Models" CSV works as it is; other tables need a model column and at
    least one of parameters, training compute or publication date. Loading again replaces the table.
    """
    import csv

    from kb.store import open_kb, replace_reference_models
    from pipeline.reference import ReferenceError, read_reference_csv
    from pipeline.runner import check_reference

    try:
        models = read_reference_csv(file, source_name)
    except (ReferenceError, UnicodeDecodeError, csv.Error) as exc:
        raise click.ClickException(f"{file}: {exc}") from exc
    db = open_kb(db_path)
    loaded = replace_reference_models(db, source_name, [model.record() for model in models])
    checks, agreeing = check_reference(db)
    click.echo(
        f"Loaded {loaded} models from {file} ({source_name}); checked {checks} claims against them: "
        f"{agreeing} agree, {checks - agreeing} disagree"
    )


# --- statement similarity and grouping (JSON lines) -------------------------------------------


@cli.command("similar")
@click.option("--batch-size", default=512, show_default=True)
def similar_command(batch_size: int) -> None:
    """Is B a restatement of A? JSON lines {"id","a","b"} in, {"id","score","same"} out.

    `same` is the decision grouping takes: the figures must agree, then the cosine similarity of
    the two sentences must reach the paraphrase threshold; `score` is that cosine.
    """
    from pipeline.embeddings import embed
    from pipeline.similarity import same_statement, statement_figures, states_something

    batch: list[dict[str, Any]] = []

    def flush() -> None:
        good = [r for r in batch if "error" not in r]
        texts = sorted({t for r in good for t in (r["a"], r["b"])})
        vectors = dict(zip(texts, embed(texts))) if texts else {}
        for r in batch:
            if "error" in r:
                _emit(r)
                continue
            score = float(vectors[r["a"]] @ vectors[r["b"]])
            same = states_something(r["a"]) and states_something(r["b"]) and same_statement(
                statement_figures(r["a"]), statement_figures(r["b"]), score
            )
            _emit({"id": r.get("id"), "score": round(score, 4), "same": bool(same)})
        batch.clear()

    for _, record, error in read_json_lines(sys.stdin, ("a", "b")):
        batch.append(_error_record(record, error or "bad line") if error or record is None else record)
        if len(batch) >= batch_size:
            flush()
    flush()


@cli.command("group")
def group_command() -> None:
    """Group statements that restate each other: {"id","text"[,"published"]} in, {"id","group"} out.

    The group is the id of its earliest statement (by "published", then input order). Reads all
    input first, since a later line can join an earlier group.
    """
    import numpy as np

    from pipeline.embeddings import DIMENSIONS, embed
    from pipeline.grouping import group_statements

    lines: list[dict[str, Any]] = []  # records to group, or error records in input order
    for _, record, error in read_json_lines(sys.stdin, ("text",)):
        lines.append(_error_record(record, error or "bad line") if error or record is None else record)
    records = [r for r in lines if "error" not in r]
    texts = sorted({r["text"] for r in records})
    vectors = dict(zip(texts, embed(texts))) if texts else {}
    matrix = (np.vstack([vectors[r["text"]] for r in records]) if records
              else np.zeros((0, DIMENSIONS), dtype=np.float32))
    labels = iter(group_statements(records, matrix))
    for line in lines:
        _emit(line if "error" in line else {"id": line.get("id"), "group": next(labels)})


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    cli()


if __name__ == "__main__":
    main()
