"""A real browser (Debian's headless Chromium, driven through chromedriver) reads the claim page,
an article page and search on a local Datasette, and checks what a person would see.

`scripts/install_chromium.sh` (run by `make test`) installs the browser. Set
CLAIMWATCH_SCREENSHOTS=1 to refresh the screenshots in docs/ that the README shows.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture(scope="module")
def server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`datasette serve` on 127.0.0.1, started as `claimwatch serve` starts it."""
    from kb.metadata import datasette_metadata

    metadata = tmp_path_factory.mktemp("browser") / "metadata.json"
    metadata.write_text(json.dumps(datasette_metadata(demo_db.stem)))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(demo_db), "--metadata", str(metadata),
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("datasette did not start") from None
                time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        message = "Debian's chromium and chromium-driver are needed: run scripts/install_chromium.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="claimwatch-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1200,900",
                 f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver: Any, name: str, tmp_path: Path) -> Path:
    target = (DOCS if os.environ.get("CLAIMWATCH_SCREENSHOTS") else tmp_path) / name
    driver.save_screenshot(str(target))
    assert target.stat().st_size > 10_000  # a rendered page, not a blank one
    return target


def test_claim_page_as_a_reader_sees_it(browser: Any, server: str, demo_db: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    db = Database(demo_db)
    group = next(db.query("select * from claim_groups order by appearances desc, id limit 1"))
    browser.get(f"{server}/-/claim/{group['id']}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Claim"
    assert browser.find_element(By.CLASS_NAME, "cw-statement").text == group["statement"]
    chart = browser.find_element(By.CSS_SELECTOR, "svg.cw-chart")
    assert chart.is_displayed() and chart.size["width"] > 300
    assert len(chart.find_elements(By.TAG_NAME, "circle")) == group["appearances"]
    rows = browser.find_elements(By.CSS_SELECTOR, "table.cw-appearances tbody tr")
    assert len(rows) == group["appearances"]
    outlets = {row.find_elements(By.TAG_NAME, "td")[1].text for row in rows}
    assert outlets == set(json.loads(group["sources"]))
    assert "unreviewed" in browser.find_element(By.CLASS_NAME, "cw-status").text
    screenshot(browser, "claim-page.png", tmp_path)


def test_article_page_highlights_claims_that_lead_to_their_claim_page(
    browser: Any, server: str, demo_db: Path, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    db = Database(demo_db)
    article = next(db.query("select * from articles where group_role = 'rewrite' limit 1"))
    surfaces = [r["surface"] for r in db.query(
        "select surface from claims where article = ? and claim_group is not null order by start",
        [article["id"]])]
    browser.get(f"{server}/-/article/{article['id']}")
    assert browser.find_element(By.TAG_NAME, "h1").text == article["title"]
    marks = browser.find_elements(By.CSS_SELECTOR, ".cw-article-text a.cw-claim")
    assert [m.text for m in marks] == surfaces
    highlight = marks[0].value_of_css_property("background-color")
    assert highlight not in ("rgba(0, 0, 0, 0)", "transparent")  # visibly marked
    assert "story group" in browser.page_source
    screenshot(browser, "article-page.png", tmp_path)
    target = marks[0].get_attribute("href")
    marks[0].click()
    assert browser.current_url == target and "/-/claim/" in target
    assert surfaces[0].split()[0].strip("$%") in browser.find_element(By.CLASS_NAME, "cw-statement").text


def test_search_from_the_home_page_with_a_facet(browser: Any, server: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(server + "/")
    box = browser.find_element(By.CSS_SELECTOR, "form.cw-searchbox input[name=q]")
    box.send_keys("tokens a day", Keys.ENTER)
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    # the form submits asynchronously to the test: on a busy machine the old page is still current for a moment
    WebDriverWait(browser, 15).until(expected_conditions.url_contains("/-/search?q=tokens+a+day"))
    results = browser.find_elements(By.CLASS_NAME, "cw-result")
    assert results and all(r.is_displayed() for r in results)
    assert browser.find_elements(By.CSS_SELECTOR, ".cw-snippet mark")
    facet = browser.find_element(By.CSS_SELECTOR, '[data-facet="metric"] a')
    chosen = facet.text
    facet.click()
    assert f"metric={chosen}" in browser.current_url
    titles = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".cw-result > a strong")]
    claims = [t for t in titles if " · " in t]
    assert claims and all(f" · {chosen} · " in t for t in claims)
    browser.get(server + "/-/search?q=tokens+a+day")
    screenshot(browser, "search-page.png", tmp_path)
