"""The offline form in headless Chromium: filling in, saving, opening, keeping, accessibility."""

from __future__ import annotations

import datetime
import io
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from coprod_standards import (
    Answer,
    Assessment,
    Status,
    SurveyResponse,
    evaluate,
    load,
    load_assessment,
    save_assessment,
)
from coprod_standards.cli import run
from coprod_standards.core.assessment import IndicatorNote
from coprod_standards.reports.labels import tier_label

from .form_browser import AXE, downloaded, downloads_to, open_page, set_value, unavailable

pytestmark = pytest.mark.browser

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FRAMEWORK = load("1.1")


def click(driver: Any, element_id: str) -> None:
    """Bring a control into view and click it, as a person would."""
    element = driver.find_element("id", element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def type_into(driver: Any, element_id: str, text: str) -> None:
    """Type *text* into a control."""
    element = driver.find_element("id", element_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.send_keys(text)


def text_of(driver: Any, element_id: str) -> str:
    return str(driver.execute_script(f"return document.getElementById('{element_id}').textContent"))


def value_of(driver: Any, element_id: str) -> Any:
    return driver.execute_script(f"return document.getElementById('{element_id}').value")


def test_filling_in_and_saving_gives_the_assessment(
    browser: Any, blank_form: Path, tmp_path: Path
) -> None:
    """A form filled in and saved downloads the assessment, which the library evaluates."""
    open_page(browser, blank_form)
    downloads_to(browser, tmp_path)
    type_into(browser, "organisation", "Riverside Community Hub")
    set_value(browser, "assessed-on", "2026-09-30")
    type_into(browser, "completed-by", "staff, service_users")
    for criterion in FRAMEWORK.indicator("1.2").criteria:
        click(browser, f"c-{criterion.id}-status-met")
    type_into(browser, "c-1.2.B2-evidence", "Equality report 2026")
    click(browser, "c-2.3.S3-status-not_applicable")
    click(browser, "save")
    # Not applicable without a reason: nothing saved, the problem shown beside its field.
    assert "Not applicable needs a reason" in text_of(browser, "c-2.3.S3-reason-error")
    reason = browser.find_element("id", "c-2.3.S3-reason")
    assert reason.get_attribute("aria-invalid") == "true"
    assert "c-2.3.S3-reason-error" in reason.get_attribute("aria-describedby").split()
    assert browser.execute_script("return document.activeElement.id") == "c-2.3.S3-reason"
    assert "not saved" in text_of(browser, "status")
    time.sleep(0.5)
    assert list(tmp_path.iterdir()) == []
    reason.send_keys("We hold no statutory orders.")
    assert text_of(browser, "c-2.3.S3-reason-error") == ""
    from selenium.webdriver.support.select import Select

    summary = browser.find_element("xpath", "//div[@id='c-1.3.B1-views']//summary")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", summary)
    summary.click()  # the groups' views are folded away until wanted
    Select(browser.find_element("id", "c-1.3.B1-view-staff")).select_by_visible_text("Met")
    views = Select(browser.find_element("id", "c-1.3.B1-view-service_users"))
    views.select_by_visible_text("Not met")
    type_into(browser, "i-1.2-note", "Census targets agreed with the community panel")
    click(browser, "add-survey")
    set_value(browser, "survey-0-metric", "inclusion")
    set_value(browser, "survey-0-population", "service_users")
    type_into(browser, "survey-0-respondents", "100")
    type_into(browser, "survey-0-value", "61")
    set_value(browser, "survey-0-conducted-on", "2026-05-01")
    click(browser, "save")
    saved = downloaded(tmp_path)
    assert saved.name == "riverside-community-hub-2026-09-30.json"
    assessment = load_assessment(saved)
    expected = Assessment(
        "1.1",
        "Riverside Community Hub",
        datetime.date(2026, 9, 30),
        completed_by=("staff", "service_users"),
        criteria={
            "1.2.B1": Answer(Status.MET),
            "1.2.B2": Answer(Status.MET, evidence="Equality report 2026"),
            **{c.id: Answer(Status.MET) for c in FRAMEWORK.indicator("1.2").criteria[2:]},
            "1.3.B1": Answer(views={"staff": Status.MET, "service_users": Status.NOT_MET}),
            "2.3.S3": Answer(Status.NOT_APPLICABLE, reason="We hold no statutory orders."),
        },
        indicators={"1.2": IndicatorNote("Census targets agreed with the community panel")},
        surveys=(
            SurveyResponse(
                "inclusion", "service_users", 100, agree=61, conducted_on=datetime.date(2026, 5, 1)
            ),
        ),
    )
    assert assessment == expected
    evaluation = evaluate(FRAMEWORK, assessment)
    shown = text_of(browser, "i-1.2-tier")
    assert shown == f"Tier reached so far: {tier_label(evaluation.indicator('1.2').achieved)}"
    assert text_of(browser, "i-1.1-tier").endswith(tier_label(evaluation.indicator("1.1").achieved))


def controls(driver: Any) -> dict[str, Any]:
    """Every control's value (a radio button's: whether it is chosen), by id, in one call."""
    return dict(
        driver.execute_script(
            "return Object.fromEntries([...document.querySelectorAll('input, select, textarea')]"
            ".filter((e) => e.id).map((e) => [e.id, e.type === 'radio' ? e.checked : e.value]))"
        )
    )


def check_every_answer_is_shown(driver: Any, assessment: Assessment) -> None:
    """Every answer, view, note, survey and header field of *assessment* is in the form."""
    shown = controls(driver)
    assert shown["organisation"] == assessment.organisation
    assert shown["assessed-on"] == assessment.assessed_on.isoformat()
    assert shown["completed-by"] == ", ".join(assessment.completed_by)
    for criterion in FRAMEWORK.criteria:
        if criterion.survey is not None:
            continue
        answer = assessment.answer(criterion.id)
        status = "none" if answer.status is None else answer.status.value
        assert shown[f"c-{criterion.id}-status-{status}"] is True, criterion.id
        for key in ("evidence", "comment", "reason"):
            assert shown[f"c-{criterion.id}-{key}"] == getattr(answer, key), criterion.id
        for group, view in answer.views.items():
            assert shown[f"c-{criterion.id}-view-{group}"] == view.value, criterion.id
    for indicator in FRAMEWORK.indicators:
        assert shown[f"i-{indicator.id}-note"] == assessment.note(indicator.id).comment
    for index, survey in enumerate(assessment.surveys):
        row = f"survey-{index}"
        assert shown[f"{row}-metric"] == survey.metric
        assert shown[f"{row}-population"] == survey.population
        assert shown[f"{row}-respondents"] == str(survey.respondents)
        assert shown[f"{row}-kind-agree"] is (survey.agree is not None)
        agreed = survey.agree if survey.agree is not None else survey.percent_agree
        assert float(shown[f"{row}-value"]) == agreed
        assert shown[f"{row}-conducted-on"] == survey.conducted_on.isoformat()
    assert f"survey-{len(assessment.surveys)}-metric" not in shown
    overall = evaluate(FRAMEWORK, assessment).overall
    assert text_of(driver, "overall") == f"Overall: {tier_label(overall)}."


@pytest.mark.parametrize("name", ["joint-assessment", "mixed-tiers", "small-organisation-bronze"])
def test_opening_a_file_shows_every_answer(browser: Any, blank_form: Path, name: str) -> None:
    """An example opened with "Open a saved assessment" shows every one of its answers."""
    open_page(browser, blank_form)
    path = EXAMPLES / f"{name}.yaml"
    browser.find_element("id", "open").send_keys(str(path))
    deadline = time.monotonic() + 10
    while text_of(browser, "status") != f"Opened {path.name}." and time.monotonic() < deadline:
        time.sleep(0.1)
    assert text_of(browser, "status") == f"Opened {path.name}."
    check_every_answer_is_shown(browser, load_assessment(path))


def write_form(path: Path, *arguments: str) -> None:
    """Run ``coprod-standards form -o path ARGUMENTS``."""
    assert run(["form", "-o", str(path), *arguments], io.StringIO(), io.StringIO()) == 0


def test_a_form_written_from_a_file_shows_every_answer(browser: Any, tmp_path: Path) -> None:
    """``form --from FILE`` opens filled in with every answer of the file."""
    source = EXAMPLES / "joint-assessment.yaml"
    page = tmp_path / "form.html"
    write_form(page, "--from", str(source))
    open_page(browser, page)
    check_every_answer_is_shown(browser, load_assessment(source))


def test_the_work_is_kept_when_the_page_is_opened_again(browser: Any, blank_form: Path) -> None:
    """Answers typed in are still there after the page is closed and opened again."""
    open_page(browser, blank_form)
    type_into(browser, "organisation", "Kept")
    click(browser, "c-4.1.B1-status-not_met")
    browser.get("about:blank")
    browser.get(blank_form.as_uri())
    assert value_of(browser, "organisation") == "Kept"
    assert browser.find_element("id", "c-4.1.B1-status-not_met").is_selected()


HOSTILE = [
    "</script><script>window.pwned = 1</script>",
    '<img src=x onerror="window.pwned = 1">',
    "javascript:window.pwned = 1",
    '" onfocus="window.pwned = 1" autofocus="',
    "<!-- <script>window.pwned = 1</script> -->",
]


def test_hostile_text_is_shown_as_text_never_run(
    browser: Any, blank_form: Path, tmp_path: Path
) -> None:
    """Markup, event handlers and javascript: URLs in a file are shown as text and never run."""
    text = " ".join(HOSTILE)
    assessment = Assessment(
        "1.1",
        text,
        datetime.date(2026, 9, 30),
        criteria={"1.2.B1": Answer(Status.MET, evidence=text, comment=text)},
        indicators={"1.2": IndicatorNote(text)},
    )
    yaml_file, json_file = tmp_path / "hostile.yaml", tmp_path / "hostile.json"
    save_assessment(assessment, yaml_file)
    save_assessment(assessment, json_file)
    page = tmp_path / "form.html"
    write_form(page, "--from", str(yaml_file))
    assert page.read_text("utf-8").count("</script>") == 3
    for path, opened in ((page, None), (blank_form, yaml_file), (blank_form, json_file)):
        open_page(browser, path)
        if opened is not None:
            browser.find_element("id", "open").send_keys(str(opened))
            time.sleep(0.5)
            assert text_of(browser, "status") == f"Opened {opened.name}."
        assert value_of(browser, "organisation") == text
        assert value_of(browser, "c-1.2.B1-evidence") == text
        assert value_of(browser, "i-1.2-note") == text
        assert browser.execute_script("return window.pwned") is None
        assert browser.execute_script("return document.querySelectorAll('img').length") == 0
        assert browser.execute_script("return document.scripts.length") == 3
        handlers = "return document.querySelectorAll('[onerror], [onfocus], [href^=javascript]')"
        assert browser.execute_script(handlers + ".length") == 0


def axe_violations(driver: Any) -> list[dict[str, Any]]:
    """axe-core's serious and critical WCAG 2.2 A and AA violations on the page."""
    if not AXE.is_file():
        unavailable(f"axe-core is not at {AXE}: .ci/run fetches it with npm pack axe-core@4")
    # Lay out every standard, as scrolling to it does: axe measures sizes and spacing, and
    # content-visibility leaves standards off screen unmeasured until they are scrolled to.
    driver.execute_script(
        "const style = document.createElement('style');"
        "style.textContent = 'section.standard { content-visibility: visible !important; }';"
        "document.head.append(style);"
    )
    driver.execute_script(AXE.read_text("utf-8"))
    driver.set_script_timeout(120)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
        " 'wcag21aa', 'wcag22aa']}}).then((r) => done(r.violations), (e) => done(String(e)));"
    )
    assert isinstance(result, list), result
    return [
        {"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result
        if v["impact"] in ("serious", "critical")
    ]


def test_axe_finds_no_serious_or_critical_problems(browser: Any, tmp_path: Path) -> None:
    """axe-core finds no serious or critical WCAG 2.2 AA problem, blank or filled in with errors."""
    page = tmp_path / "form.html"
    write_form(page, "--from", str(EXAMPLES / "joint-assessment.yaml"))
    open_page(browser, page)
    click(browser, "c-2.3.S3-status-not_applicable")  # a problem shown beside its field
    click(browser, "add-survey")
    assert axe_violations(browser) == []


def test_screenshots_reflow_and_print(browser: Any, tmp_path: Path) -> None:
    """Screenshots at 1280 and 390 px; no sideways scrolling at 320 px; print shows tick boxes."""
    page = tmp_path / "form.html"
    write_form(page, "--from", str(EXAMPLES / "joint-assessment.yaml"))
    shots = Path(tempfile.mkdtemp(prefix="coprod-form-screenshots-"))
    for width in (1280, 390, 320):
        open_page(browser, page, width=width)
        browser.save_screenshot(str(shots / f"form-{width}-top.png"))
        click(browser, "c-2.3.S3-status-not_applicable")
        root = "document.documentElement"
        overflow = f"return {root}.scrollWidth - {root}.clientWidth"
        assert browser.execute_script(overflow) <= 0, f"sideways scrolling at {width} px"
        browser.save_screenshot(str(shots / f"form-{width}-problem.png"))
        browser.execute_script("document.getElementById('i-2.3').scrollIntoView()")
        browser.save_screenshot(str(shots / f"form-{width}-indicator.png"))
    open_page(browser, page, width=800)  # about a sheet of paper
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        boxes = "return getComputedStyle(document.querySelector('.box')).display"
        assert browser.execute_script(boxes) == "inline"
        save = "return document.getElementById('save').getClientRects().length"
        assert browser.execute_script(save) == 0
        browser.execute_script("document.getElementById('i-2.3').scrollIntoView()")
        browser.save_screenshot(str(shots / "form-print.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    print(f"screenshots in {shots}")  # where to look at them


def test_the_keyboard_reaches_every_control_with_a_visible_focus(
    browser: Any, blank_form: Path
) -> None:
    """Tab reaches the save button first, focus is outlined, and Space chooses an answer."""
    from selenium.webdriver.common.keys import Keys

    open_page(browser, blank_form)
    body = browser.find_element("tag name", "body")
    body.send_keys(Keys.TAB)
    assert browser.execute_script("return document.activeElement.id") == "save"
    outline = "return getComputedStyle(document.activeElement).outlineStyle"
    assert browser.execute_script(outline) == "solid"
    radio = browser.find_element("id", "c-1.2.B1-status-met")
    browser.execute_script("arguments[0].focus()", radio)
    radio.send_keys(Keys.SPACE)
    assert radio.is_selected()
    assert json.loads(browser.execute_script("return JSON.stringify(coprodForm.data())"))[
        "criteria"
    ] == {"1.2.B1": "met"}
