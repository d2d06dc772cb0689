"""The review workflow: sign in, record a verdict, keep history; read-only for everyone else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from datasette.app import Datasette
from sqlite_utils import Database

from datasette_plugins.claimwatch.review import ReviewError, read_review_form
from tests.publishing import REVIEWER_PASSWORD, actor_cookie, make_datasette, writable_copy

pytestmark = pytest.mark.slow


@pytest.fixture
def kb(demo_db: Path, tmp_path: Path) -> Path:
    return writable_copy(demo_db, tmp_path)


def first_group(path: Path) -> int:
    return int(next(Database(path).query("select id from claim_groups order by id limit 1"))["id"])


async def csrf_form(ds: Datasette, path: str, cookies: dict[str, str]) -> tuple[str, dict[str, str]]:
    """Load a page as the browser would and return its CSRF token and the cookies it set."""
    response = await ds.client.get(path, cookies=cookies)
    token = re.search(r'name="csrftoken" value="([^"]+)"', response.text)
    assert token is not None
    csrf_cookie = response.cookies.get("ds_csrftoken") or cookies["ds_csrftoken"]
    return token.group(1), {**cookies, "ds_csrftoken": csrf_cookie}


async def test_reviewer_signs_in_and_records_verdicts_with_history(kb: Path) -> None:
    ds = make_datasette(kb, reviewers=True)
    group = first_group(kb)
    token, cookies = await csrf_form(ds, "/-/login", {})
    login = await ds.client.post("/-/login", data={
        "username": "alice", "password": REVIEWER_PASSWORD, "csrftoken": token}, cookies=cookies)
    assert login.status_code == 302
    cookies["ds_actor"] = login.cookies["ds_actor"]
    page = (await ds.client.get(f"/-/claim/{group}", cookies=cookies)).text
    assert f'action="/-/claim/{group}/review"' in page
    for verdict, notes in (("Mostly true", "Matches the filing"), ("False", "Filing was revised")):
        token, cookies = await csrf_form(ds, f"/-/claim/{group}", cookies)
        saved = await ds.client.post(f"/-/claim/{group}/review", cookies=cookies, data={
            "csrftoken": token, "verdict": verdict, "rating": "", "notes": notes,
            "evidence_url": "https://example.org/filing"})
        assert saved.status_code == 302
        assert saved.headers["location"] == f"/-/claim/{group}#reviews"
    reviews = list(Database(kb).query(
        "select reviewer, verdict, rating, notes from reviews where claim_group = ? order by id", [group]))
    assert [(r["reviewer"], r["verdict"], r["rating"]) for r in reviews] == [
        ("alice", "Mostly true", 4), ("alice", "False", 1)]
    html = (await ds.client.get(f"/-/claim/{group}")).text
    assert "Matches the filing" in html and "Filing was revised" in html
    assert 'cw-status-False">False' in html


async def test_wrong_password_does_not_sign_in(kb: Path) -> None:
    ds = make_datasette(kb, reviewers=True)
    token, cookies = await csrf_form(ds, "/-/login", {})
    login = await ds.client.post("/-/login", data={
        "username": "alice", "password": "wrong", "csrftoken": token}, cookies=cookies)
    assert "ds_actor" not in login.cookies


async def test_anonymous_and_non_reviewers_cannot_write(kb: Path) -> None:
    ds = make_datasette(kb, reviewers=True)
    group = first_group(kb)
    anonymous = await ds.client.post(f"/-/claim/{group}/review", data={"verdict": "False"})
    assert anonymous.status_code == 403
    visitor = actor_cookie(ds, {"id": "visitor"})
    token, cookies = await csrf_form(ds, f"/-/claim/{group}", visitor)  # the sign-out form has one
    page = (await ds.client.get(f"/-/claim/{group}", cookies=visitor)).text
    assert "/review" not in page
    denied = await ds.client.post(f"/-/claim/{group}/review", cookies=cookies,
                                  data={"csrftoken": token, "verdict": "False"})
    assert denied.status_code == 403
    assert Database(kb)["reviews"].count == 0
    # Datasette's own SQL runs read-only for everybody.
    write = await ds.client.get("/claimwatch.json", params={"sql": "delete from reviews"})
    assert write.status_code == 400


async def test_review_form_is_protected_against_csrf(kb: Path) -> None:
    ds = make_datasette(kb, reviewers=True)
    group = first_group(kb)
    reviewer = actor_cookie(ds, {"id": "alice", "reviewer": True})
    no_token = await ds.client.post(f"/-/claim/{group}/review", cookies=reviewer,
                                    data={"verdict": "False"})
    assert no_token.status_code == 403
    _, cookies = await csrf_form(ds, f"/-/claim/{group}", reviewer)
    forged = await ds.client.post(f"/-/claim/{group}/review", cookies=cookies,
                                  data={"verdict": "False", "csrftoken": "forged"})
    assert forged.status_code == 403
    assert Database(kb)["reviews"].count == 0


async def test_invalid_reviews_are_refused(kb: Path) -> None:
    ds = make_datasette(kb, reviewers=True)
    group = first_group(kb)
    reviewer = actor_cookie(ds, {"id": "alice", "reviewer": True})
    token, cookies = await csrf_form(ds, f"/-/claim/{group}", reviewer)
    bad = await ds.client.post(f"/-/claim/{group}/review", cookies=cookies, data={
        "csrftoken": token, "verdict": "False", "evidence_url": "javascript:alert(1)"})
    assert bad.status_code == 400
    missing = await ds.client.post("/-/claim/123/review", cookies=cookies, data={
        "csrftoken": token, "verdict": "False"})
    assert missing.status_code == 404
    assert Database(kb)["reviews"].count == 0


def test_read_review_form_rules() -> None:
    assert read_review_form({"verdict": "Mixture"})["rating"] == 3
    assert read_review_form({"verdict": "Unproven"})["rating"] is None
    assert read_review_form({"verdict": "True", "rating": "4"})["rating"] == 4
    for form in ({"verdict": "Probably"}, {"verdict": "True", "rating": "9"},
                 {"verdict": "True", "evidence_url": "ftp://x"}):
        with pytest.raises(ReviewError):
            read_review_form(form)
