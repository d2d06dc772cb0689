"""html → Article: metadata sources, bylines, boilerplate, encodings and bad input."""

from __future__ import annotations

import gzip
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import pipeline.article as article_module
from pipeline.article import (
    article_record,
    decode_html,
    extract_article,
    normalise_authors,
    normalise_date,
)
from pipeline.article_dates import choose_published, url_day

PARAGRAPHS = [
    (
        "The city council voted on Tuesday to approve a new budget that raises spending on "
        "public transport by twelve percent, the largest increase in more than a decade."
    ),
    (
        "Council members said the money would pay for forty new buses and longer service hours "
        "on the busiest routes, which have been crowded since the start of the school year."
    ),
    (
        "Opponents argued that the plan relies on optimistic forecasts of fare revenue and "
        "warned that the city could face a shortfall if ridership does not recover as expected."
    ),
    (
        "The mayor is expected to sign the budget next week, and the first new buses should be "
        "on the road by the spring, according to the transport department."
    ),
]


def page(
    head: str = "",
    body_top: str = "",
    extra_paragraphs: str = "",
    after: str = "",
    html_attrs: str = "",
) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html{html_attrs}><head>{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        f"<main><article>{body_top}{paragraphs}{extra_paragraphs}</article>{after}</main>"
        "<footer><p>About us · Contact · Privacy</p></footer></body></html>"
    )


# --------------------------------------------------------------------------- metadata


def test_json_ld_graph_gives_headline_authors_dates_and_canonical() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "The Daily Planet", "url": "https://planet.example/"},
            {
                "@type": "NewsArticle",
                "headline": "Council approves bigger transport budget",
                "datePublished": "2024-03-05T09:30:00-05:00",
                "dateModified": "2024-03-06T11:00:00-05:00",
                "author": [
                    {"@type": "Person", "name": "Jane Doe"},
                    {"@type": "Person", "name": "John Roe"},
                ],
                "publisher": {"@type": "Organization", "name": "The Daily Planet"},
            },
        ],
    }
    html = page(
        head=(
            "<title>Council approves bigger transport budget | The Daily Planet</title>"
            '<link rel="canonical" href="/news/council-budget">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        )
    )
    article = extract_article(html, "https://planet.example/news/council-budget?utm=x")
    assert article.error is None
    assert article.title == "Council approves bigger transport budget"
    assert article.authors == ["Jane Doe", "John Roe"]
    assert article.published == "2024-03-05T09:30:00-05:00"
    assert article.modified == "2024-03-06T11:00:00-05:00"
    assert article.canonical_url == "https://planet.example/news/council-budget"


def test_json_ld_top_level_list_and_html_entities() -> None:
    ld = [
        {"@type": "Organization", "name": "Example News"},
        {
            "@type": "BlogPosting",
            "headline": "Why &#8216;cheap&#8217; fares cost more",
            "author": {"@type": "Person", "name": "James O&#039;Neil"},
            "datePublished": "2023-12-20",
        },
    ]
    html = page(head=f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    article = extract_article(html)
    assert article.title == "Why ‘cheap’ fares cost more"
    assert article.authors == ["James O'Neil"]
    assert article.published == "2023-12-20"


def test_broken_json_ld_is_ignored_not_fatal() -> None:
    html = page(
        head=(
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
            '<meta property="og:title" content="Fallback headline from OpenGraph">'
        )
    )
    article = extract_article(html)
    assert article.error is None
    assert article.title == "Fallback headline from OpenGraph"


def test_opengraph_and_meta_fallbacks() -> None:
    html = page(
        head=(
            '<meta property="og:site_name" content="Metro Herald">'
            '<meta property="og:title" content="Buses for everyone - Metro Herald">'
            '<meta property="og:url" content="https://herald.example/buses">'
            '<meta property="article:published_time" content="2023-11-02T08:00:00Z">'
            '<meta property="article:modified_time" content="2023-11-03T10:15:00Z">'
            '<meta name="author" content="By Ana Lima and Tom Berg">'
        )
    )
    article = extract_article(html, "https://herald.example/buses?ref=home")
    assert article.title == "Buses for everyone"
    assert article.authors == ["Ana Lima", "Tom Berg"]
    assert article.published == "2023-11-02T08:00:00+00:00"
    assert article.modified == "2023-11-03T10:15:00+00:00"
    assert article.canonical_url == "https://herald.example/buses"


def test_visible_h1_beats_search_engine_title() -> None:
    html = page(
        head=(
            '<meta property="og:title" content="Transport budget 2024: what the vote means">'
            "<title>Transport budget 2024: what the vote means | Planet</title>"
        ),
        body_top="<h1>The bus budget nobody expected</h1>",
    )
    assert extract_article(html).title == "The bus budget nobody expected"


def test_title_without_metadata_drops_site_suffix() -> None:
    html = page(
        head="<title>Council approves budget – The Daily Planet</title>"
        '<meta property="og:site_name" content="The Daily Planet">'
    )
    assert extract_article(html).title == "Council approves budget"


def test_title_drops_media_label() -> None:
    html = page(head='<meta property="og:title" content="WATCH: Mayor rides the new bus (video)">')
    assert extract_article(html).title == "Mayor rides the new bus"


def test_byline_element_after_headline_with_wire_furniture() -> None:
    html = page(
        body_top=(
            "<h1>Council approves bigger transport budget</h1>"
            '<div class="byline">By JANE DOE, Associated Press</div>'
        )
    )
    assert extract_article(html).authors == ["Jane Doe"]


def test_contributors_are_not_authors() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Council approves bigger transport budget",
        "author": [
            {"@type": "Person", "name": "Rita Mora"},
            {"@type": "Person", "name": "Lee Park"},
        ],
    }
    html = page(
        head=f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        body_top=(
            "<h1>Council approves bigger transport budget</h1>"
            '<div class="byline">By Rita Mora Contributions from Lee Park published 2 May</div>'
        ),
    )
    assert extract_article(html).authors == ["Rita Mora"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["By Jane Doe and John Roe"], ["Jane Doe", "John Roe"]),
        (["Jane Doe, John Roe & Ana Lima"], ["Jane Doe", "John Roe", "Ana Lima"]),
        (["Chris E. Hayner"], ["Chris E. Hayner"]),
        (["Lauren Manaker MS, RDN, LD"], ["Lauren Manaker"]),
        (["George T. Conway III"], ["George T. Conway III"]),
        (["Staff"], []),
        (["News Staff"], []),
        (["Editorial Board"], []),
        (["The Associated Press"], ["The Associated Press"]),
        (["Maria Lopez", "Reuters"], ["Maria Lopez"]),
        (["https://example.com/authors/jane"], []),
        (["Jane Doe Jane Doe"], ["Jane Doe"]),
        (["by Nelson C.J."], ["Nelson C.J."]),
    ],
)
def test_normalise_authors(raw: list[str], expected: list[str]) -> None:
    assert normalise_authors(raw) == expected


def test_desk_byline_in_metadata_is_credited_when_no_person_is_named() -> None:
    """A page written by a desk says so; names elsewhere on it belong to other stories."""
    ld = {"@type": "NewsArticle", "headline": "A headline here", "author": {"name": "Metro Staff"}}
    html = page(
        head=f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        after='<aside><div class="author">Jane Doe</div></aside><p class="byline">By Ann Teaser</p>',
    )
    assert extract_article(html).authors == ["Metro Staff"]


def test_bare_staff_byline_credits_nobody() -> None:
    html = page(body_top="<h1>Council approves a budget</h1><p>By Staff</p>")
    assert extract_article(html).authors == []


def test_publication_named_as_author_in_metadata_yields_to_the_visible_byline() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Council approves a budget",
        "author": {"@type": "Organization", "name": "The Daily Planet"},
        "publisher": {"@type": "Organization", "name": "The Daily Planet"},
    }
    html = page(
        head=f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        body_top="<h1>Council approves a budget</h1><p>By Associated Press</p>",
    )
    assert extract_article(html, "https://dailyplanet.example/a").authors == ["Associated Press"]
    visible_desk = page(body_top="<h1>Council approves a budget</h1><p>By The Daily Planet</p>")
    assert extract_article(visible_desk, "https://dailyplanet.example/a").authors == [
        "The Daily Planet"
    ]


def test_wire_service_in_metadata_yields_to_named_reporters() -> None:
    ld = {"@type": "NewsArticle", "headline": "A headline here", "author": {"name": "Reuters"}}
    credit = "<p>Reporting by Ana Lima and Tom Berg; Editing by Kim Cho</p>"
    html = page(
        head=f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        extra_paragraphs=credit,
    )
    assert extract_article(html).authors == ["Ana Lima", "Tom Berg"]


def test_byline_under_the_headline_split_across_elements() -> None:
    html = page(
        body_top=(
            "<h1>Council approves a budget</h1>"
            '<div><span>By </span><a href="/writer/1/jane">Jane Doe</a>, Staff Writer'
            " and <a href='/writer/2/john'>John Roe</a></div>"
        )
    )
    assert extract_article(html).authors == ["Jane Doe", "John Roe"]


def test_photo_credit_under_the_lead_image_is_not_the_author() -> None:
    html = page(
        body_top=(
            "<h1>Council approves a budget</h1>"
            '<div><img src="bus.jpg"><span>The new buses wait at the depot on Tuesday morning.'
            "</span><span>By <a href='/writer/9/pat'>Pat Lens</a></span></div>"
            "<div><span>By <a href='/writer/1/jane'>Jane Doe</a></span></div>"
        )
    )
    assert extract_article(html).authors == ["Jane Doe"]


def test_name_printed_beside_the_date_is_the_author() -> None:
    byline = (
        "<h1>Council approves a budget</h1>"
        "<div><span>Daisy-Mae Schmitt</span><span>Dec 05, 2023</span></div>"
    )
    assert extract_article(page(body_top=byline)).authors == ["Daisy-Mae Schmitt"]
    breadcrumb = (
        "<h1>Council approves a budget</h1>"
        '<div><a href="/blog/nutrition/meal-plans">Meal Plans</a>'
        '<time datetime="2023-12-05">Dec 05, 2023</time></div>'
    )
    assert extract_article(page(body_top=breadcrumb)).authors == []


def test_reuters_style_credit_line_names_reporters_and_is_removed() -> None:
    credit = "<p>Reporting by Ana Lima and Tom Berg; Editing by Kim Cho</p>"
    article = extract_article(page(extra_paragraphs=credit))
    assert article.authors == ["Ana Lima", "Tom Berg"]
    assert "Reporting by" not in article.text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-12-22T16:35:04Z", "2023-12-22T16:35:04+00:00"),
        ("2023-12-22T16:35:04+0100", "2023-12-22T16:35:04+01:00"),
        ("2023-12-22", "2023-12-22"),
        ("20231222", "2023-12-22"),
        ("December 22, 2023", "2023-12-22"),
        ("Fri, 22 Dec 2023 10:00:00 GMT", "2023-12-22"),
        ("Dec. 5th, 2023", "2023-12-05"),
        ("not a date", None),
        ("1850-01-01", None),
        ("2999-01-01", None),
    ],
)
def test_normalise_date(value: str, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_date_from_time_element_and_from_visible_text() -> None:
    timed = page(
        body_top='<time itemprop="datePublished" datetime="2023-10-01T12:00:00Z">Oct 1</time>'
    )
    assert extract_article(timed).published == "2023-10-01T12:00:00+00:00"
    written = page(body_top="<h1>Council approves a budget</h1><div>Posted December 21, 2023</div>")
    assert extract_article(written).published == "2023-12-21"


def _dated_page(published: str | None, modified: str | None, header: str) -> str:
    ld: dict[str, object] = {"@type": "NewsArticle", "headline": "Council approves a budget"}
    if published:
        ld["datePublished"] = published
    if modified:
        ld["dateModified"] = modified
    return page(
        head=f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        body_top=f"<h1>Council approves a budget</h1>{header}",
    )


def test_shown_day_in_the_sites_time_zone_beats_the_utc_day() -> None:
    html = _dated_page("2023-12-25T22:03:00Z", None, "<p>December 26, 2023</p>")
    assert extract_article(html).published == "2023-12-26"
    same_day = _dated_page("2023-12-25T10:03:00Z", None, "<p>December 25, 2023</p>")
    assert extract_article(same_day).published == "2023-12-25T10:03:00+00:00"


def test_page_showing_only_its_update_day_is_dated_by_it() -> None:
    html = _dated_page(
        "2019-03-30T08:00:00-04:00",
        "2023-12-19T09:00:00-05:00",
        '<p>Updated <time datetime="2023-12-19T14:00:00Z">Dec 19, 2023</time></p>',
    )
    article = extract_article(html)
    assert article.published == "2023-12-19T09:00:00-05:00"
    assert article.modified == "2023-12-19T09:00:00-05:00"


def test_page_showing_both_days_keeps_the_publication_day() -> None:
    html = _dated_page(
        "2023-12-22T17:16:03Z",
        "2023-12-23T09:04:08Z",
        "<div><time>Updated Dec. 23, 2023</time><time>Published Dec. 22, 2023</time></div>",
    )
    assert extract_article(html).published == "2023-12-22T17:16:03+00:00"


def test_shown_day_far_from_every_declared_date_is_ignored() -> None:
    html = _dated_page("2023-12-22T17:16:03Z", None, "<p>Dec. 2, 2023</p>")
    assert extract_article(html).published == "2023-12-22T17:16:03+00:00"


def test_undeclared_date_is_taken_from_the_header_when_the_url_agrees() -> None:
    header = '<small>posted on <time datetime="2023-12-19T23:30:00-05:00">2023-12-19</time></small>'
    html = page(body_top=f"<h1>Council approves a budget</h1>{header}")
    assert extract_article(html, "https://x.example/news/2023-12-20/budget").published == (
        "2023-12-19"
    )
    # A date under a heading that turned out to be a teaser for an older story.
    teaser = page(body_top="<h1>Council approves a budget</h1><p>stated on September 15, 2023</p>")
    assert extract_article(teaser, "https://x.example/2023/dec/21/budget/").published == (
        "2023-12-21"
    )


def test_date_in_article_prose_is_not_a_header_date() -> None:
    prose = "<p>" + "The council met again. " * 12 + "</p><p>" + "It voted. " * 25 + "</p>"
    html = page(body_top=f"<h1>Council approves a budget</h1>{prose}<p>July 1, 2024</p>")
    assert extract_article(html).published is None


@pytest.mark.parametrize(
    ("published", "modified", "shown", "url_day", "expected"),
    [
        (None, None, [], None, None),
        ("2023-12-02T00:46:23+00:00", None, ["2023-12-01"], None, "2023-12-01"),
        (
            "2023-12-22T09:59:00+00:00",
            "2023-12-23T07:58:07+00:00",
            ["2023-12-23"],
            None,
            "2023-12-23T07:58:07+00:00",
        ),
        ("2023-12-22", None, ["2023-12-23"], None, "2023-12-22"),
        (None, None, ["2023-12-19"], "2023-12-20", "2023-12-19"),
        (None, None, ["2023-09-15"], "2023-12-21", "2023-12-21"),
        (None, None, ["2023-09-15"], None, "2023-09-15"),
    ],
)
def test_choose_published(
    published: str | None,
    modified: str | None,
    shown: list[str],
    url_day: str | None,
    expected: str | None,
) -> None:
    assert choose_published(published, modified, shown, url_day) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/2023/12/20/story/", "2023-12-20"),
        ("https://a.example/news/2023-12-20/story", "2023-12-20"),
        ("https://a.example/world/2023/dec/21/story", "2023-12-21"),
        ("https://a.example/releases/2023/12/231218130031.htm", None),
        ("https://a.example/p/12345678901", None),
        (None, None),
    ],
)
def test_url_day(url: str | None, expected: str | None) -> None:
    assert url_day(url) == expected


def test_language_declared_and_detected() -> None:
    assert extract_article(page(html_attrs=' lang="de-DE"')).language in ("de", "en")
    pytest.importorskip("py3langid")
    assert extract_article(page()).language == "en"
    french = "".join(
        "<p>Le conseil municipal a voté mardi un nouveau budget qui augmente les dépenses de "
        "transport public de douze pour cent, la plus forte hausse depuis plus de dix ans.</p>"
        for _ in range(4)
    )
    html = f"<html><head></head><body><article>{french}</article></body></html>"
    assert extract_article(html).language == "fr"


def test_declared_language_kept_for_matching_text() -> None:
    assert extract_article(page(html_attrs=' lang="en-GB"')).language == "en"


# --------------------------------------------------------------------------- body


def test_body_keeps_paragraphs_and_drops_navigation_and_headline() -> None:
    article = extract_article(page(body_top="<h1>Council approves bigger transport budget</h1>"))
    assert article.text.split("\n\n") == PARAGRAPHS
    assert "Privacy" not in article.text and "Home" not in article.text


def test_body_drops_credit_share_newsletter_and_ad_lines() -> None:
    furniture = (
        "<p>Advertisement</p>"
        "<p>Please credit Planet News when republishing this story.</p>"
        "<p>Share on Facebook</p>"
        "<p>Sign up for our daily newsletter to get the news first.</p>"
        "<p>© 2024 The Daily Planet. All rights reserved.</p>"
    )
    article = extract_article(page(extra_paragraphs=furniture))
    for line in ("Advertisement", "credit Planet", "Share on", "newsletter", "rights reserved"):
        assert line not in article.text
    assert PARAGRAPHS[-1] in article.text


def test_body_cuts_related_stories_and_comments() -> None:
    related = (
        "<h2>Related stories</h2>"
        "<p>Another story about the weather that readers also clicked on yesterday afternoon.</p>"
        "<h2>Comments</h2><p>Great article, thanks for writing it up so clearly for us!</p>"
    )
    article = extract_article(page(extra_paragraphs=related))
    assert "weather" not in article.text and "Great article" not in article.text
    assert PARAGRAPHS[0] in article.text


def test_json_ld_article_body_rescues_a_missed_article() -> None:
    body = " ".join(PARAGRAPHS)
    ld = {"@type": "NewsArticle", "headline": "Council approves budget", "articleBody": body}
    teasers = "".join(
        f"<div class='teaser'><p>Teaser number {i} about an unrelated local sports result, "
        f"with enough words to look like a paragraph of text on the page.</p></div>"
        for i in range(8)
    )
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
        f"<body><div id='app'>{teasers}</div></body></html>"
    )
    article = extract_article(html)
    assert PARAGRAPHS[2] in article.text


# --------------------------------------------------------------------------- encodings


ACCENTED = "Crème brûlée à la café"


def accented_page(charset: str) -> str:
    return page(
        head=f'<meta charset="{charset}"><meta property="og:title" content="{ACCENTED}">',
        extra_paragraphs="<p>Le café était très élégant, déjà plein à midi pour la fête.</p>",
    )


def test_bytes_with_wrong_declared_utf8_are_not_mojibake() -> None:
    article = extract_article(accented_page("utf-8").encode("cp1252"))
    assert article.title == ACCENTED
    assert "café était très élégant" in article.text


def test_utf8_bytes_declared_latin1_are_read_as_utf8() -> None:
    article = extract_article(accented_page("iso-8859-1").encode("utf-8"))
    assert article.title == ACCENTED


def test_bom_and_declared_charsets() -> None:
    assert ACCENTED in decode_html(accented_page("utf-16").encode("utf-16"))
    russian = '<html lang="ru"><body><p>Это тестовая страница на русском языке.</p></body></html>'
    assert decode_html(russian.encode("cp1251")) == russian
    japanese = (
        '<html><head><meta charset="shift_jis"></head><body><p>日本語のテキスト</p></body></html>'
    )
    assert decode_html(japanese.encode("shift_jis")) == japanese


def test_gzip_bytes_are_read() -> None:
    article = extract_article(gzip.compress(page().encode("utf-8")))
    assert article.error is None and PARAGRAPHS[0] in article.text


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("html", "message"),
    [
        (b"", "empty"),
        ("   \n", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "binary"),
        ("plain words with no markup at all", "not HTML"),
    ],
)
def test_unreadable_input_gives_error(html: str | bytes, message: str) -> None:
    article = extract_article(html, "https://example.com/x")
    assert article.error is not None and message in article.error
    assert "\n" not in article.error
    assert article.text == ""


def test_fifty_megabyte_page_is_refused_quickly() -> None:
    huge = page(after="<div>" + "x" * 50_000_000 + "</div>")
    started = time.perf_counter()
    article = extract_article(huge)
    assert time.perf_counter() - started < 10
    assert article.error is not None and "too large" in article.error


def test_large_page_of_scripts_still_extracts() -> None:
    heavy = page(head="<script>" + "var a = 1;" * 1_200_000 + "</script>")
    article = extract_article(heavy)
    assert article.error is None and PARAGRAPHS[0] in article.text


def test_pathological_nesting_does_not_crash() -> None:
    nested = (
        "<html><body>" + "<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000 + "</body></html>"
    )
    article = extract_article(nested)
    assert article.error is not None or isinstance(article.text, str)


def test_paywall_only_page_is_flagged() -> None:
    html = (
        "<html><head><title>Exclusive: the budget deal</title></head><body>"
        "<h1>Exclusive: the budget deal</h1>"
        "<p>Subscribe now to continue reading. Already a subscriber? Sign in.</p></body></html>"
    )
    article = extract_article(html)
    assert article.text == ""
    assert article.error is not None and "paywall" in article.error


def test_time_limit_stops_a_slow_page(monkeypatch: pytest.MonkeyPatch) -> None:
    def endless(*args: object, **kwargs: object) -> None:
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(article_module, "TIME_LIMIT_SECONDS", 0.3)
    monkeypatch.setattr(article_module.trafilatura, "bare_extraction", endless)
    started = time.perf_counter()
    article = extract_article(page(), "https://example.com/slow")
    assert time.perf_counter() - started < 3
    assert article.error is not None and "longer than" in article.error


def test_time_limit_stops_a_slow_page_in_a_worker_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    def endless(*args: object, **kwargs: object) -> None:
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(article_module, "TIME_LIMIT_SECONDS", 0.3)
    monkeypatch.setattr(article_module.trafilatura, "bare_extraction", endless)
    results = []
    worker = threading.Thread(target=lambda: results.append(extract_article(page())))
    started = time.perf_counter()
    worker.start()
    worker.join(5)
    assert not worker.is_alive() and time.perf_counter() - started < 3
    assert results[0].error is not None and "longer than" in results[0].error


def test_time_limit_is_not_swallowed_by_library_code(monkeypatch: pytest.MonkeyPatch) -> None:
    def stubborn(*args: object, **kwargs: object) -> None:
        while True:
            try:
                time.sleep(0.01)
            except Exception:  # noqa: BLE001, S112 - what careless library code does
                continue

    monkeypatch.setattr(article_module, "TIME_LIMIT_SECONDS", 0.3)
    monkeypatch.setattr(article_module.trafilatura, "bare_extraction", stubborn)
    article = extract_article(page())
    assert article.error is not None and "longer than" in article.error


def test_time_limit_leaves_no_exception_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """After a page (slow or not), the thread goes on without a stray timeout."""
    real = article_module.trafilatura.bare_extraction
    calls = []

    def slow_once(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            while True:
                time.sleep(0.01)
        return real(*args, **kwargs)

    monkeypatch.setattr(article_module, "TIME_LIMIT_SECONDS", 0.3)
    monkeypatch.setattr(article_module.trafilatura, "bare_extraction", slow_once)

    def work() -> list[str | None]:
        errors = [extract_article(page()).error for _ in range(3)]
        time.sleep(0.6)  # past every deadline set above
        return errors

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = [pool.submit(work) for _ in range(2)]
        errors = [error for outcome in outcomes for error in outcome.result(timeout=20)]
    assert sum(1 for e in errors if e and "longer than" in e) == 1
    assert errors.count(None) == 5


def test_extraction_works_outside_the_main_thread() -> None:
    results = []
    worker = threading.Thread(target=lambda: results.append(extract_article(page())))
    worker.start()
    worker.join(30)
    assert results and PARAGRAPHS[0] in results[0].text


# --------------------------------------------------------------------------- records


def test_article_record_shapes() -> None:
    ok = article_record(extract_article(page(head="<title>Budget news</title>")), 7)
    assert set(ok) == {
        "id",
        "title",
        "authors",
        "published",
        "modified",
        "language",
        "canonical_url",
        "text",
    }
    assert ok["id"] == 7 and ok["title"] == "Budget news"
    assert article_record(extract_article(b""), "a") == {
        "id": "a",
        "error": "empty input: no HTML to read",
    }


def test_extractor_version_is_a_string() -> None:
    assert isinstance(article_module.EXTRACTOR_VERSION, str) and article_module.EXTRACTOR_VERSION


# --------------------------------------------------------------------------- dev data

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "articles"


@pytest.mark.skipif(not (ARTICLES / "articles.json").exists(), reason="../shared data not present")
def test_real_pages_title_and_date_match_gold() -> None:
    gold = json.loads((ARTICLES / "articles.json").read_text(encoding="utf-8"))
    checked = 0
    for page_id in sorted(gold)[:4]:
        path = ARTICLES / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        expected = gold[page_id]
        article = extract_article(gzip.decompress(path.read_bytes()), expected["url"])
        assert " ".join((article.title or "").split()) == " ".join(expected["title"].split())
        assert (article.published or "")[:10] == expected["date"]
        assert len(article.text) > 500
        checked += 1
    assert checked >= 2
