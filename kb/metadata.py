"""Datasette metadata: a description of every table and column, so the published record explains itself."""

from __future__ import annotations

from typing import Any

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "sources": (
        "News outlets and other sites claimwatch crawls.",
        {
            "name": "Short name of the source, as in sources.toml",
            "homepage": "Home page URL",
            "language": "Main language of the source (ISO 639-1)",
            "feeds": "JSON list of feed URLs (RSS, Atom, JSON Feed)",
            "sitemaps": "JSON list of sitemap URLs",
            "created": "When the source was first seen (UTC)",
        },
    ),
    "page_bodies": (
        "Archived HTML, stored once per distinct body (gzip).",
        {
            "content_hash": "SHA-256 of the raw response body",
            "html_gz": "The body, gzip-compressed",
            "size": "Uncompressed size in bytes",
            "first_seen": "When this body was first fetched (UTC)",
        },
    ),
    "crawl_runs": (
        "One row per spider run for a source.",
        {
            "id": "Run id",
            "source": "Source crawled",
            "spider": "Discovery method: feeds, sitemaps or site",
            "started": "Start time (UTC)",
            "finished": "End time (UTC)",
            "status": "running, finished, or interrupted with the reason",
            "pages_new": "Pages archived for the first time",
            "pages_changed": "Pages whose body changed since the last fetch (a new revision)",
            "pages_unchanged": "Pages unchanged (including 304 Not Modified)",
            "pages_failed": "Fetches that failed (see crawl_errors)",
            "pages_skipped": "Known pages not refetched: their feed or sitemap date was not newer",
        },
    ),
    "pages": (
        "Every fetch: URL, HTTP status and headers, validators and a pointer to the archived body.",
        {
            "id": "Fetch id",
            "url": "URL requested (canonicalised)",
            "final_url": "URL after redirects",
            "source": "Source the page belongs to",
            "crawl_run": "Crawl run that fetched it",
            "status": "HTTP status code",
            "headers": "Response headers (JSON)",
            "etag": "ETag validator, used for the next conditional GET",
            "last_modified": "Last-Modified validator, used for the next conditional GET",
            "content_type": "Content-Type header",
            "fetched_at": "Fetch time (UTC)",
            "elapsed_ms": "Download time in milliseconds",
            "content_hash": "SHA-256 of the body (see page_bodies)",
            "change": "new, changed, unchanged or failed compared with the previous fetch",
            "canonical_url": "The page's own rel=canonical link, canonicalised (empty if none)",
            "extractor_version": "Version of the article extractor that read this body (empty until `process`)",
        },
    ),
    "crawl_errors": (
        "Fetches that failed: timeouts, HTTP errors, oversized or non-HTML responses, unreadable pages.",
        {
            "id": "Error id",
            "crawl_run": "Crawl run (empty for errors found while processing)",
            "url": "URL concerned",
            "kind": "Kind of failure",
            "message": "What happened",
            "at": "When (UTC)",
        },
    ),
    "articles": (
        "Articles read from archived pages: one row per canonical URL and revision.",
        {
            "id": "Article id",
            "page": "The fetch the article was read from",
            "source": "Outlet",
            "url": "URL fetched",
            "canonical_url": "Canonical URL of the story",
            "revision": "1 for the first text seen at this URL, then 2, 3... for silent edits",
            "title": "Headline",
            "authors": "Authors (JSON list of names)",
            "published": "Publication date (ISO 8601)",
            "modified": "Last modification date given by the page (ISO 8601)",
            "language": "Language of the text (ISO 639-1)",
            "text": "Body text, paragraphs separated by newlines",
            "text_hash": "SHA-256 of the body text",
            "extractor_version": "Version of the HTML-to-article extractor that produced the row",
            "claims_version": "Version of the claim extractor that read it",
            "fetched_at": "When the page was fetched (UTC)",
            "processed_at": "When the article was extracted (UTC)",
            "article_group": "Group of copies and rewrites of the same story (id of its origin)",
            "group_role": "origin, copy (verbatim or near-verbatim) or rewrite",
        },
    ),
    "entities": (
        "Organisations, models, chips, benchmarks and countries that claims are about.",
        {
            "id": "Entity id: the canonical name in lower case, other characters as '-' (deepseek-v3)",
            "name": "Canonical name",
            "kind": "org, model, chip, benchmark, country, ...",
            "aliases": "Other spellings (JSON list)",
        },
    ),
    "article_groups": (
        "Stories: an origin article with its verbatim copies and rewrites.",
        {
            "id": "Group id (the id of the origin article)",
            "origin_article": "Earliest published article of the group",
            "title": "Headline of the origin",
            "first_published": "Publication date of the origin",
            "size": "Number of articles in the group",
            "copies": "Verbatim or near-verbatim copies",
            "rewrites": "Rewrites of the same story",
        },
    ),
    "claim_groups": (
        "One figure about one subject, metric and period, with every appearance of it.",
        {
            "id": "Group id (stable across re-processing)",
            "subject": "Who or what the figure is about",
            "metric": "What is measured (tokens_processed, parameters, funding, ...)",
            "value": "Value in base units",
            "value_high": "Upper end for a range",
            "unit": "Unit (tokens, USD, percent, ...)",
            "period": "Period for rates: day, month, year",
            "statement": "Sentence of the first appearance",
            "first_claim": "Claim that appeared first",
            "first_article": "Article where the figure first appeared",
            "first_source": "Outlet where the figure first appeared",
            "first_published": "When the figure first appeared",
            "appearances": "Number of claims in the group",
            "independent_origins": "Number of distinct stories carrying it (copies count once)",
            "sources": "Outlets carrying it (JSON list)",
            "contested": "1 when another figure contradicts it (see claim_conflicts)",
            "benchmark": "Benchmark name for scores",
            "bound": "=, ~ (about), >, <, >=, <= as first stated",
        },
    ),
    "claims": (
        "Every claim found in an article: a figure with its context, or a qualitative comparison.",
        {
            "id": "Claim id (derived from its article and position)",
            "article": "Article it appears in",
            "source": "Outlet",
            "kind": "numeric or qualitative",
            "sentence": "The sentence that makes the claim",
            "subject": "Who or what the claim is about",
            "entity": "Linked entity",
            "metric": "What is measured",
            "value": "Value in base units (140 trillion -> 1.4e14)",
            "value_high": "Upper end for a range",
            "unit": "Unit (tokens, parameters, percent, USD, ...)",
            "period": "Period for rates: day, month, year",
            "benchmark": "Benchmark name for scores",
            "bound": "=, ~ (about), >, <, >=, <=",
            "surface": "The figure as written",
            "start": "Character offset of the figure in the article text",
            "end": "End offset of the figure in the article text",
            "attribution": "Who the article attributes it to",
            "hedged": "1 when hedged (may, reportedly, estimated, expected)",
            "comparison": "For qualitative claims: the comparison made",
            "published": "Publication date of the article",
            "claim_group": "Group of claims stating the same figure",
        },
    ),
    "claim_conflicts": (
        "Figures about the same subject, metric and period that cannot both be right.",
        {
            "id": "Conflict id",
            "subject": "Subject",
            "metric": "Metric",
            "period": "Period",
            "unit": "Unit",
            "group_a": "One claim group",
            "group_b": "The other claim group",
            "value_a": "Value of group_a",
            "value_b": "Value of group_b",
            "relative_difference": "|a - b| / max(|a|, |b|)",
            "detected_at": "When the conflict was found (UTC)",
        },
    ),
    "reviews": (
        "Fact-checkers' verdicts on claim groups; every change is kept.",
        {
            "id": "Review id",
            "claim_group": "Claim group reviewed",
            "reviewer": "Who reviewed",
            "verdict": "Verdict (ClaimReview-style alternate name)",
            "rating": "Rating from 1 (false) to 5 (true)",
            "notes": "Reviewer's notes",
            "evidence_url": "Link to the evidence",
            "created": "When (UTC)",
        },
    ),
    "embeddings": (
        "Sentence vectors, one per distinct text (copies share them).",
        {
            "text_hash": "SHA-256 of the text embedded",
            "model": "Embedding model",
            "dimensions": "Vector length",
            "vector": "float32 vector",
        },
    ),
    "article_index": (
        "Grouping index: what a new article is looked up against to find the story it belongs to.",
        {
            "article": "Article indexed",
            "day": "Day it ran (publication, else fetch date), for the rewrite window",
            "text_hash": "SHA-256 of the body text (identical copies share it)",
            "lead_hash": "SHA-256 of headline + lead, the key of its vector in embeddings",
            "minhash": "MinHash signature of the body's 5-word shingles (uint64 values)",
        },
    ),
    "article_bands": (
        "Grouping index: LSH band keys of article signatures; a shared band makes two articles copy candidates.",
        {"band": "Band number and hash of the signature rows in it", "article": "Article"},
    ),
    "claim_index": (
        "Grouping index: each claim's bucket and figure, so a new claim finds its group by lookup.",
        {
            "claim": "Claim indexed",
            "bucket": "Metric, unit, period and benchmark (or subject and comparison) as JSON",
            "value": "Figure in base units, for the same-figure range lookup",
            "subject": "Subject, normalised (lower case, single spaces), to match subjects",
            "text_hash": "SHA-256 of the sentence, the key of its vector in embeddings",
            "claim_group": "Group the claim was saved in (to notice groups that lost members)",
        },
    ),
    "reference_models": (
        (
            "Reference facts about AI models, loaded with `claimwatch reference load` "
            "(Epoch AI, 'Notable AI Models', CC BY 4.0, by default)."
        ),
        {
            "id": "Source and model name as an id",
            "source": "Who published the reference table (e.g. Epoch AI)",
            "name": "Model name as the table gives it",
            "entity": "Gazetteer entity id of the model, when it is in the gazetteer (else its own id)",
            "organization": "Organisation that made the model",
            "published": "Publication or release date (ISO, as precise as the table gives it)",
            "parameters": "Parameter count",
            "training_compute": "Training compute in FLOP",
            "link": "Where the reference figures come from",
            "loaded_at": "When the row was loaded (UTC)",
        },
    ),
    "claim_reference_checks": (
        "Claims about a model's parameters, training compute or release date, compared with the reference table.",
        {
            "claim": "Claim checked",
            "field": "parameters, training_compute or release_date",
            "reference": "Reference model the claim was compared with",
            "claimed_value": "The claim's figure (parameters or FLOP)",
            "reference_value": "The reference table's figure",
            "claimed_date": "Release date the claim's sentence gives (ISO, as precise as written)",
            "reference_date": "Release date in the reference table",
            "difference": "Relative difference of the figures (claimed / reference - 1), or days between the dates",
            "agrees": "1 when the claim is within the tolerance of the reference, else 0",
            "tolerance": (
                "How close counts as agreeing: 10% for parameters, a factor of 2 for compute, "
                "the same month (or year) for dates"
            ),
            "source": "Who published the reference table",
        },
    ),
}


def canned_queries() -> dict[str, dict[str, str]]:
    """Named questions a fact-checker asks often, each a Datasette canned query (and CSV/JSON/Atom)."""
    from kb.queries import CANNED_QUERIES

    return {name: dict(query) for name, query in CANNED_QUERIES.items()}


def datasette_metadata(database: str = "claimwatch") -> dict[str, Any]:
    """Metadata for `datasette -m`: titles, descriptions, column docs and FTS settings."""
    tables: dict[str, Any] = {}
    for table, (description, columns) in TABLES.items():
        tables[table] = {"description": description, "columns": columns}
    tables["articles"].update({"fts_table": "articles_fts", "fts_pk": "id", "sort_desc": "published"})
    tables["claims"].update(
        {"fts_table": "claims_fts", "fts_pk": "id", "facets": ["metric", "unit", "period", "source"]}
    )
    tables["page_bodies"]["hidden"] = True
    tables["embeddings"]["hidden"] = True
    for index_table in ("article_index", "article_bands", "claim_index"):
        tables[index_table]["hidden"] = True
    return {
        "title": "claimwatch",
        "description": "What the AI industry claims: who said what figure, where it first appeared, "
        "how many independent sources carry it, and where figures disagree.",
        "license": "Sample data written for the claimwatch demo; see each source for real pages",
        "databases": {database: {"tables": tables, "queries": canned_queries()}},
    }
