"""The offline form keeps a list of evidence items through opening and saving, showing titles."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from coprod_standards import load_assessment

from .form_browser import downloaded, downloads_to, open_page
from .test_form_browser import click, text_of, write_form

pytestmark = pytest.mark.browser

LISTED = """\
version: "1.1"
organisation: Riverside
assessed_on: 2026-09-30
criteria:
  1.2.B1: {status: met, evidence: Plain text}
  1.2.B2:
    status: met
    evidence:
      - title: Equality report <b>
        link: https://example.org/equality.pdf
        date: 2026-03-31
        owner: HR team
      - {title: Minutes, link: minutes/2026-05.docx}
"""


def test_evidence_items_are_shown_by_title_and_saved_unchanged(
    browser: Any, blank_form: Path, tmp_path: Path
) -> None:
    """Opened, the items' titles show in a read-only field; saved, the items are as they were."""
    source = tmp_path / "riverside.yaml"
    source.write_text(LISTED, encoding="utf-8")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    open_page(browser, blank_form)
    downloads_to(browser, downloads)
    browser.find_element("id", "open").send_keys(str(source))
    deadline = time.monotonic() + 10
    while text_of(browser, "status") != f"Opened {source.name}." and time.monotonic() < deadline:
        time.sleep(0.1)
    assert text_of(browser, "status") == f"Opened {source.name}."
    field = browser.find_element("id", "c-1.2.B2-evidence")
    assert field.get_property("value") == "Equality report <b>; Minutes"
    assert field.get_property("readOnly") is True
    plain = browser.find_element("id", "c-1.2.B1-evidence")
    assert (plain.get_property("value"), plain.get_property("readOnly")) == ("Plain text", False)
    click(browser, "save")
    saved = load_assessment(downloaded(downloads))
    assert saved == load_assessment(source)


def test_a_malformed_evidence_list_is_refused_when_opened(
    browser: Any, blank_form: Path, tmp_path: Path
) -> None:
    """An item without a title is named with its place, and nothing is opened."""
    source = tmp_path / "bad.yaml"
    source.write_text(LISTED.replace("title: Minutes", "owner: Jo"), encoding="utf-8")
    open_page(browser, blank_form)
    browser.find_element("id", "open").send_keys(str(source))
    deadline = time.monotonic() + 10
    while "evidence" not in text_of(browser, "status") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert '$.criteria["1.2.B2"].evidence: evidence is text, or a list of items' in text_of(
        browser, "status"
    )


def test_a_form_written_from_a_file_with_items_shows_their_titles(
    browser: Any, tmp_path: Path
) -> None:
    """``form --from FILE`` carries the items into the page, shown by title and read-only."""
    source = tmp_path / "riverside.yaml"
    source.write_text(LISTED, encoding="utf-8")
    page = tmp_path / "form.html"
    write_form(page, "--from", str(source))
    open_page(browser, page)
    field = browser.find_element("id", "c-1.2.B2-evidence")
    assert field.get_property("value") == "Equality report <b>; Minutes"
    assert field.get_property("readOnly") is True
