"""The HTML report: structure, accessibility, self-containment, escaping and content.

The page is parsed with the standard library's HTMLParser into a small tree,
and checked as a browser or a screen reader would meet it. Expected values
come from the examples' YAML files and their designed results, pinned by
hand in tests/test_examples.py.
"""

from __future__ import annotations

import dataclasses
import datetime
import html
import itertools
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

import coprod_standards
from coprod_standards import Answer, Assessment, Status, SurveyResponse
from coprod_standards.core.assessment import IndicatorNote
from coprod_standards.reports._report_style import TIER_COLOURS, report_css
from coprod_standards.reports.html_report import evaluation_html
from coprod_standards.reports.labels import tier_label

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FRAMEWORK = coprod_standards.load("1.1")

# Elements that never have an end tag in HTML.
VOID = frozenset(
    "area base br col embed hr img input link meta source track wbr".split()  # noqa: SIM905
)

BLOCKS = frozenset(
    "br caption dd div dt h1 h2 h3 li p section table td th tr ul".split()  # noqa: SIM905
)


@dataclasses.dataclass
class Element:
    """An element of the parsed page, with its attributes and children."""

    tag: str
    attrs: dict[str, str | None]
    children: list[Element | str] = dataclasses.field(default_factory=list)

    def text(self) -> str:
        """The element's text, with runs of white space made one space."""
        return " ".join(self._text().split())

    def _text(self) -> str:
        # Block boundaries and line breaks separate words, as a browser shows them.
        parts = (child if isinstance(child, str) else child._text() for child in self.children)
        text = "".join(parts)
        return f" {text} " if self.tag in BLOCKS else text

    def iter(self, tag: str | None = None) -> Iterator[Element]:
        """The element itself and every element inside it, in document order."""
        if tag is None or self.tag == tag:
            yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter(tag)

    def elements(self) -> list[Element]:
        """The element's child elements."""
        return [child for child in self.children if isinstance(child, Element)]


class Page(HTMLParser):
    """A page parsed into a tree of `Element`, noting any tag that does not nest."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.declaration = ""
        self.stray_end_tags: list[str] = []
        self._open = [self.root]
        self.feed(source)
        self.close()

    def handle_decl(self, decl: str) -> None:
        self.declaration = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self._open[-1].children.append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open[-1].children.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if self._open[-1].tag == tag:
            self._open.pop()
        else:
            self.stray_end_tags.append(tag)

    def handle_data(self, data: str) -> None:
        self._open[-1].children.append(data)

    @property
    def unclosed(self) -> list[str]:
        return [element.tag for element in self._open[1:]]

    def all(self, tag: str | None = None) -> list[Element]:
        return list(self.root.iter(tag))

    def section(self, heading_id: str) -> Element:
        """The section labelled by the heading with this id."""
        (found,) = (
            element
            for element in self.root.iter("section")
            if element.attrs.get("aria-labelledby") == heading_id
        )
        return found


def evaluate(name: str) -> coprod_standards.Evaluation:
    return coprod_standards.evaluate(FRAMEWORK, coprod_standards.load_assessment(EXAMPLES / name))


def parse(name: str) -> Page:
    return Page(evaluation_html(evaluate(name)))


def facts(page: Page) -> dict[str, str]:
    """The page's facts list: each dt's text with the dd after it."""
    (listing,) = (dl for dl in page.all("dl") if dl.attrs.get("class") == "facts")
    items = listing.elements()
    return {dt.text(): dd.text() for dt, dd in zip(items[::2], items[1::2], strict=True)}


def table(within: Element, caption: str) -> list[list[str]]:
    """The body rows' cell texts of the table with this caption."""
    (found,) = (t for t in within.iter("table") if next(t.iter("caption")).text() == caption)
    return [
        [cell.text() for cell in row.elements()] for row in next(found.iter("tbody")).iter("tr")
    ]


def hostile() -> Assessment:
    """An assessment whose free text tries to inject markup everywhere it can."""
    return Assessment(
        "1.1",
        f"{SCRIPT} Hub {IMG}",
        datetime.date(2026, 9, 30),
        completed_by=("staff", "service_users"),
        criteria={
            "1.2.B1": Answer(Status.NOT_MET, evidence=SCRIPT, comment=IMG),
            "1.3.B1": Answer(
                views={"staff": Status.MET, "service_users": Status.NOT_MET},
                comment='" onmouseover="alert(1)',
            ),
            "2.3.S3": Answer(Status.NOT_APPLICABLE, reason=f"{IMG} & {SCRIPT}"),
        },
        indicators={"1.2": IndicatorNote(comment=f"{SCRIPT}{IMG}")},
    )


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
NAMES = ["small-organisation-bronze.yaml", "mixed-tiers.yaml", "joint-assessment.yaml"]

# Each example's organisation and designed tiers of standards 1 to 10, from
# its YAML file's header (and pinned by hand in tests/test_examples.py):
# B Bronze, S Silver, G Gold, - no tier.
TIER_LETTERS = {"B": "Bronze", "S": "Silver", "G": "Gold", "-": "No tier"}
DESIGNED: dict[str, tuple[str, str, list[str]]] = {
    name: (organisation, overall, [TIER_LETTERS[letter] for letter in letters])
    for name, organisation, overall, letters in [
        ("small-organisation-bronze.yaml", "Harbour Lane Peer Support", "Bronze", "BBBBBBBBBB"),
        ("mixed-tiers.yaml", "Eastgate Community Wellbeing Trust", "No tier", "SBSS--BGBG"),
        (
            "joint-assessment.yaml",
            "Northfield Carers and Families Network",
            "No tier",
            "BBBS--BBSB",
        ),
    ]
}

STANDARD_TITLES = [f"{s.number}. {s.title}" for s in FRAMEWORK.standards]


@pytest.fixture(scope="module", params=[*NAMES, "hostile", "empty"])
def page(request: pytest.FixtureRequest) -> Page:
    """The report of each example, of the hostile assessment and of an empty one."""
    name: str = request.param
    if name == "hostile":
        return Page(evaluation_html(coprod_standards.evaluate(FRAMEWORK, hostile())))
    if name == "empty":
        empty = Assessment("1.1", "", datetime.date(2026, 9, 30))
        return Page(evaluation_html(coprod_standards.evaluate(FRAMEWORK, empty)))
    return parse(name)


def test_page_is_html5_in_english(page: Page) -> None:
    """A doctype, lang="en", a UTF-8 charset, a viewport, a title, one main; every tag nests."""
    assert page.declaration == "DOCTYPE html"
    (root,) = page.all("html")
    assert root.attrs["lang"] == "en"
    metas = [meta.attrs for meta in page.all("meta")]
    assert {"charset": "utf-8"} in metas
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in metas
    (head,) = page.all("head")
    (title,) = head.iter("title")
    assert title.text().startswith("Co-production self-assessment: ")
    assert len(page.all("main")) == 1
    assert (page.unclosed, page.stray_end_tags) == ([], [])
    ids = [element.attrs["id"] for element in page.all() if "id" in element.attrs]
    assert len(ids) == len(set(ids))


def test_headings_never_skip_a_level(page: Page) -> None:
    """One h1, then h2 for sections and standards and h3 for indicators, never skipping."""
    levels = [
        (int(element.tag[1]), element.text())
        for element in page.all()
        if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
    ]
    assert [level for level, _ in levels].count(1) == 1
    assert levels[0][0] == 1
    for (before, _), (after, text) in itertools.pairwise(levels):
        assert after <= before + 1, text
    h2 = [text for level, text in levels if level == 2]
    assert h2[4:] == STANDARD_TITLES
    h3 = [text for level, text in levels if level == 3]
    assert h3 == [f"{i.id} {i.title}" for i in FRAMEWORK.indicators]


def test_every_table_has_a_caption_and_header_cells(page: Page) -> None:
    """Each table opens with a caption, heads its columns and rows with scoped th cells."""
    tables = page.all("table")
    assert len(tables) >= 1 + 36
    for found in tables:
        caption, head, body = found.elements()
        assert caption.tag == "caption"
        assert caption.text()
        columns = list(head.iter("th"))
        assert columns
        assert all(cell.attrs.get("scope") == "col" for cell in columns)
        for row in body.iter("tr"):
            first, *rest = row.elements()
            assert (first.tag, first.attrs.get("scope")) == ("th", "row")
            assert all(cell.tag == "td" for cell in rest)
            assert len(row.elements()) == len(columns)


@pytest.mark.parametrize("name", NAMES)
def test_chart_writes_every_standard_and_tier(name: str) -> None:
    """The SVG chart is an image with a title and description and text labels on every bar."""
    (svg,) = parse(name).all("svg")
    assert svg.attrs["role"] == "img"
    labelled_by = (svg.attrs["aria-labelledby"] or "").split()
    described = {element.attrs.get("id"): element for element in svg.iter()}
    assert [described[id].tag for id in labelled_by] == ["title", "desc"]
    assert described["chart-title"].text() == "Tier reached by each standard"
    tiers = DESIGNED[name][2]
    labels = [text.text() for text in svg.iter("text")]
    assert labels[:3] == ["Bronze", "Silver", "Gold"]  # the scale
    assert list(zip(labels[3::2], labels[4::2], strict=True)) == list(
        zip(STANDARD_TITLES, tiers, strict=True)
    )
    for title, tier in zip(STANDARD_TITLES, tiers, strict=True):
        assert f"{title}: {tier}" in described["chart-desc"].text()
    # Each bar is as long as its tier's rank: Bronze 1, Silver 2, Gold 3.
    widths = [int(rect.attrs["width"] or "") for rect in svg.iter("rect")]
    ranks = [["Bronze", "Silver", "Gold"].index(t) + 1 for t in tiers if t != "No tier"]
    assert [width // min(widths) for width in widths] == ranks


def test_nothing_external(page: Page) -> None:
    """No script, link, image or frame; links only to ids on the page; no url() or @import."""
    tags = {element.tag for element in page.all()}
    assert not tags & {"script", "link", "img", "iframe", "frame", "object", "embed", "base"}
    ids = {element.attrs["id"] for element in page.all() if "id" in element.attrs}
    for element in page.all():
        for name, value in element.attrs.items():
            assert not name.startswith("on"), (element.tag, name)
            if name in ("src", "href", "xlink:href", "srcset", "action", "poster"):
                assert value is not None
                assert value.startswith("#")
                assert value[1:] in ids
    (style,) = page.all("style")
    css = style.text()
    for banned in ("url(", "@import", "http", "//"):
        assert banned not in css


def test_style_reflows_and_prints(page: Page) -> None:
    """Sizes are relative (no px) with a max-width column, and print rules keep rows whole."""
    css = page.all("style")[0].text()
    assert "px" not in css
    assert "main{max-width:60rem" in css
    assert "@media print{" in css
    assert "tr,li,.chart,.improve,.note{break-inside:avoid" in css


def test_the_service_is_escaped_and_named_with_the_organisation() -> None:
    """Markup in a service shows as text, in the heading after the organisation and in its fact."""
    assessment = attrs.evolve(hostile(), service=f"{SCRIPT} Day {IMG}", organisation_id="RR8")
    source = evaluation_html(coprod_standards.evaluate(FRAMEWORK, assessment))
    page = Page(source)
    assert not {"script", "img"} & {element.tag for element in page.all()}
    heading = f"Co-production self-assessment: {SCRIPT} Hub {IMG} — {SCRIPT} Day {IMG}"
    assert page.all("h1")[0].text() == heading
    shown = facts(page)
    assert (shown["Service"], shown["Organisation identifier"]) == (f"{SCRIPT} Day {IMG}", "RR8")
    assert f"<title>{html.escape(heading)}</title>" in source


def test_assessment_text_is_escaped() -> None:
    """Markup in the organisation, evidence, comments, reasons and notes shows as text."""
    source = evaluation_html(coprod_standards.evaluate(FRAMEWORK, hostile()))
    page = Page(source)
    assert not {"script", "img"} & {element.tag for element in page.all()}
    assert not any(name.startswith("on") for e in page.all() for name in e.attrs)
    assert SCRIPT not in source
    assert IMG not in source
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in source
    assert "&lt;img src=x onerror=alert(1)&gt;" in source
    assert "&quot; onmouseover=&quot;alert(1)" in source
    assert page.all("h1")[0].text() == f"Co-production self-assessment: {SCRIPT} Hub {IMG}"
    assert facts(page)["Organisation"] == f"{SCRIPT} Hub {IMG}"
    assert table(page.root, "Claimed not applicable")[0][2] == f"{IMG} & {SCRIPT}"
    indicator = page.section("indicator-1-2").text()
    assert f"Comment: {SCRIPT}{IMG}" in indicator
    assert f"Evidence: {SCRIPT} Comment: {IMG}" in indicator


def test_no_paths_of_the_machine(tmp_path: Path) -> None:
    """A report names neither the file it came from nor any directory of the machine."""
    path = tmp_path / "reports" / "mixed-tiers.yaml"
    path.parent.mkdir()
    shutil.copy(EXAMPLES / "mixed-tiers.yaml", path)
    assessment = coprod_standards.load_assessment(path)
    assert assessment.source is not None
    assert str(tmp_path) in assessment.source.name
    source = evaluation_html(coprod_standards.evaluate(FRAMEWORK, assessment))
    for path_text in (str(tmp_path), str(EXAMPLES), "/work", "mixed-tiers", "/tmp"):
        assert path_text not in source


@pytest.mark.parametrize("name", NAMES)
def test_report_names_organisation_and_tiers(name: str) -> None:
    """Each example's report gives its organisation, overall tier and every standard's tier."""
    organisation, overall, tiers = DESIGNED[name]
    page = parse(name)
    assert page.all("h1")[0].text() == f"Co-production self-assessment: {organisation}"
    assert facts(page)["Organisation"] == organisation
    assert facts(page)["Overall tier"] == overall
    assert facts(page)["Standards"] == "Co-Production Quality Standards — How are we doing? V1.1"
    summary = page.section("summary").text()
    assert f"Overall tier: {overall}" in summary
    rows = table(page.root, "Tier reached by each standard")
    assert [row[:2] for row in rows] == [
        list(pair) for pair in zip(STANDARD_TITLES, tiers, strict=True)
    ]
    for standard, tier in zip(FRAMEWORK.standards, tiers, strict=True):
        section = page.section(f"standard-{standard.id}")
        assert f"Tier reached: {tier}" in section.text()


def test_dates_and_respondents_in_words() -> None:
    """The assessment date and who completed it, group names with spaces for underscores."""
    small = facts(parse("small-organisation-bronze.yaml"))
    assert small["Assessed on"] == "2026-09-30"
    assert small["Completed by"] == "staff, service users, members"
    joint = facts(parse("joint-assessment.yaml"))
    assert joint["Assessed on"] == "2026-03-31"
    assert joint["Completed by"] == "staff, service users, members, carers"
    empty = Assessment("1.1", "", datetime.date(2026, 9, 30))
    page = Page(evaluation_html(coprod_standards.evaluate(FRAMEWORK, empty)))
    assert "Completed by" not in facts(page)
    assert facts(page)["Organisation"] == "An unnamed organisation"


def test_not_applicable_claims_with_reasons() -> None:
    """Every not-applicable claim is listed with its published text and its reason."""
    rows = table(parse("small-organisation-bronze.yaml").root, "Claimed not applicable")
    assert [(row[0], row[2]) for row in rows] == [
        ("2.3.S3", "We do not support anyone who is subject to a statutory order."),
        (
            "9.2.B1",
            "No service users deliver our activities yet; "
            "the peer volunteer scheme starts in April 2027.",
        ),
    ]
    assert rows[0][1] == FRAMEWORK.criterion("2.3.S3").text
    rows = table(parse("mixed-tiers.yaml").root, "Claimed not applicable")
    assert [row[0] for row in rows] == ["2.3.S3"]
    joint = parse("joint-assessment.yaml").section("not-applicable").text()
    assert "No criterion is claimed not applicable." in joint


def test_joint_disagreements_say_who_said_what() -> None:
    """Each criterion where the groups' views differ is listed with every group's view."""
    page = parse("joint-assessment.yaml")
    rows = table(page.root, "Where respondent groups disagree")
    # From the YAML: 2.4.B3 and 6.3.S1 have an agreed status, which wins over
    # the views; the rest are decided by the views, and by default (every group
    # must say met) none of them is met.
    agreed, by_views = "(agreed status)", "(decided by the views)"
    assert [(row[0], row[2], row[3]) for row in rows] == [
        ("2.4.B3", f"Met {agreed}", "staff: met; service users: not met; carers: met"),
        (
            "3.2.S1",
            f"Not met {by_views}",
            "staff: met; service users: not met; members: met; carers: met",
        ),
        ("5.4.B4", f"Not met {by_views}", "staff: met; members: met; service users: not met"),
        ("6.3.S1", f"Not met {agreed}", "staff: met; members: met; service users: not met"),
        (
            "7.3.S1",
            f"Not met {by_views}",
            "staff: met; members: met; service users: not met; carers: not met",
        ),
    ]
    # A unanimous view is shown beside its criterion but is no disagreement.
    criteria = table(page.section("indicator-1-3"), "Criteria of indicator 1.3")
    assert criteria[0][4] == (
        "Views: staff: met; service users: met; members: met; carers: met. "
        "Comment: Everyone agreed equal opportunities training is offered to all staff"
    )
    quiet = parse("mixed-tiers.yaml").section("disagreements").text()
    assert "No groups gave differing views." in quiet


def test_areas_to_improve_with_comments_and_notes() -> None:
    """An indicator lists the criteria of its next tier not met, with the organisation's words."""
    page = parse("mixed-tiers.yaml")
    section = page.section("indicator-5-5")
    assert "Tier reached: No tier. Next tier: Bronze." in section.text()
    assert (
        "Comment: Moving the Tuesday group to the ground-floor hall "
        "from January 2027" in section.text()
    )
    (improve,) = (e for e in section.iter("div") if e.attrs.get("class") == "improve")
    assert improve.text() == (
        "Areas to improve for Bronze 5.5.B1 (not met): All buildings used are accessible by "
        "everyone. Comment: The Tuesday group meets upstairs at St Mark's church hall, "
        "which has no lift"
    )
    rows = {row[0]: row for row in table(section, "Criteria of indicator 5.5")}
    assert rows["5.5.B1"][3] == "Not met (an area to improve)"
    assert rows["5.5.S4"][3] == "Not met"  # Silver: beyond the next tier
    assert rows["5.5.G1"][3] == "Met"
    gold = page.section("indicator-8-1")
    assert "Tier reached: Gold, the highest tier." in gold.text()
    assert not [e for e in gold.iter("div") if e.attrs.get("class") == "improve"]
    evidence = table(page.section("indicator-1-2"), "Criteria of indicator 1.2")
    assert evidence[6][4] == "Evidence: Equality action plan 2026-28"


@pytest.mark.parametrize("name", NAMES)
def test_every_criterion_with_its_published_text(name: str) -> None:
    """Every criterion appears once in its indicator's table, its published text first."""
    page = parse(name)
    seen = []
    for indicator in FRAMEWORK.indicators:
        rows = table(page.root, f"Criteria of indicator {indicator.id}")
        for row, criterion in zip(rows, indicator.criteria, strict=True):
            assert row[:2] == [criterion.id, tier_label(criterion.tier)]
            assert row[2].startswith(criterion.text)
            seen.append(row[0])
    assert len(seen) == len(set(seen)) == 237


def test_errata_follow_the_published_text() -> None:
    """A criterion with errata shows its published words, then the corrected reading."""
    page = parse("mixed-tiers.yaml")
    rows = {row[0]: row for row in table(page.root, "Criteria of indicator 5.5")}
    assert rows["5.5.B2"][2] == (
        "All building used are easily reached via transportation. "
        "Corrected reading: All buildings used are easily reached via transportation."
    )
    standard = page.section("standard-10")
    assert standard.elements()[0].text() == "10. Raising Awareness and Training Indicator"
    assert "Corrected reading: Raising Awareness and Training (" in standard.text()


def test_survey_results_against_thresholds() -> None:
    """Survey criteria give each population's outcome and how far it is from the threshold."""
    page = parse("mixed-tiers.yaml")
    rows = {row[0]: row for row in table(page.root, "Criteria of indicator 1.1")}
    assert rows["1.1.S1"][3] == "Met"
    assert rows["1.1.S1"][4] == (
        "Service users (met): 70 of 100 service users agreed (70%) in the survey of "
        "2026-04-30; at least 70% is needed (the published band is 70-80%)."
    )
    rows = {row[0]: row for row in table(page.root, "Criteria of indicator 6.2")}
    assert rows["6.2.B1"][3] == "Insufficient data (an area to improve)"
    assert rows["6.2.B1"][4] == (
        "Service users (insufficient data): only 9 service users responded to the survey of "
        "2026-07-15; at least 10 are needed to judge it. "
        "Staff (out of date): the latest survey of staff about communication (2025-06-30) is "
        "15 months old; it must be at most 12 months old, from 2025-09-30 on."
    )
    assert table(page.root, "Surveys recorded") == [
        ["Feeling included", "service users", "95", "52", "2025-04-15"],
        ["Feeling included", "service users", "100", "70", "2026-04-30"],
        ["Effective communication", "service users", "9", "7", "2026-07-15"],
        ["Effective communication", "staff", "40", "31", "2025-06-30"],
    ]
    joint = parse("joint-assessment.yaml").section("indicator-1-1").text()
    assert (
        "1.1.S1 (not met): 70-80% of service users agree they feel included during annual "
        "satisfaction survey. Service users (not met): 64 of 100 service users agreed (64%) "
        "in the survey of 2026-01-20; at least 70% is needed: "
        "needs 6 more of 100 respondents to agree." in joint
    )


def test_survey_given_as_a_percentage() -> None:
    """A survey recorded as percent_agree shows as a share, and is judged exactly."""
    survey = SurveyResponse(
        "inclusion",
        "service_users",
        100,
        percent_agree=54.5,
        conducted_on=datetime.date(2026, 5, 1),
    )
    assessment = Assessment("1.1", "Riverside", datetime.date(2026, 9, 30), surveys=(survey,))
    page = Page(evaluation_html(coprod_standards.evaluate(FRAMEWORK, assessment)))
    assert table(page.root, "Surveys recorded") == [
        ["Feeling included", "service users", "100", "54.5%", "2026-05-01"]
    ]
    rows = {row[0]: row for row in table(page.root, "Criteria of indicator 1.1")}
    # 54.5 of 100 is short of 55%: the Bronze criterion is not met, by 0.5 points.
    assert rows["1.1.B1"][3] == "Not met (an area to improve)"
    assert rows["1.1.B1"][4].startswith(
        "Service users (not met): 54.5% of 100 service users agreed"
    )
    assert rows["1.1.B1"][4].endswith("needs 0.5 more percentage points.")


def test_same_evaluation_same_page() -> None:
    """Two evaluations of the same file give the same page, byte for byte."""
    first = evaluation_html(evaluate("joint-assessment.yaml"))
    assert evaluation_html(evaluate("joint-assessment.yaml")) == first


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_tier_colours_have_enough_contrast() -> None:
    """Tier badges reach 7:1 (beyond WCAG AA's 4.5:1) and chart bars 3:1 against white."""
    for tier, (ink, paper, bar) in TIER_COLOURS.items():
        assert _contrast(ink, paper) >= 7, tier
        if tier != "none":  # no tier draws no bar
            assert _contrast(bar, "#ffffff") >= 3, tier


def test_ids_tiers_and_outcomes_keep_their_words_whole() -> None:
    """Criteria tables' id, tier and outcome cells never break inside a word.

    Every cell may otherwise break anywhere, so these columns opt out: ids and
    tiers never wrap, outcomes wrap between words only. A browser then gives
    each column at least the width of its longest word ("Crit/eri/on" and
    "Br/on/ze" were the bug at 1200 px).
    """
    css = report_css()
    assert ".nowrap,.words{overflow-wrap:normal}.nowrap{white-space:nowrap}" in css
    page = parse("joint-assessment.yaml")
    tables = [t for t in page.all("table") if t.attrs.get("class") == "criteria"]
    assert len(tables) == len(FRAMEWORK.indicators)
    for table in tables:
        for row in table.iter("tr"):
            classes = [cell.attrs.get("class") for cell in row.elements()]
            assert classes == ["nowrap", "nowrap", None, "words", None], row.text()
    rows = list(page.section("disagreements").iter("tr"))
    assert len(rows) == 1 + len(evaluate("joint-assessment.yaml").disagreements)
    for row in rows:
        assert [cell.attrs.get("class") for cell in row.elements()] == [
            "nowrap",
            None,
            "words",
            None,
        ]
    (row, *_) = parse("mixed-tiers.yaml").section("not-applicable").iter("tr")
    assert [cell.attrs.get("class") for cell in row.elements()] == ["nowrap", None, None]


def test_criteria_rows_stack_on_a_narrow_screen() -> None:
    """Below 40rem a criteria row is a card: id, tier and outcome, then text, then evidence."""
    css = report_css()
    narrow = css[css.index("@media screen and (max-width:40rem){") :]
    assert ".criteria tr{display:grid;grid-template-columns:auto auto 1fr;" in narrow
    assert ".criteria tr>:nth-child(3){order:1;grid-column:1/-1}" in narrow
    assert ".criteria tr>:nth-child(5){order:2;grid-column:1/-1}" in narrow
    # The headings are hidden from sight only: screen readers still read them.
    assert "display:none" not in narrow.split(".criteria thead{")[1].split("}")[0]


def signed_off(approved_by: str = "Sam Patel") -> coprod_standards.Evaluation:
    """An assessment met over two meetings and signed off."""
    from coprod_standards.core.sign_off import Meeting
    from coprod_standards.formats.sign_off import finalised

    assessment = Assessment(
        "1.1",
        "Riverside",
        datetime.date(2026, 9, 30),
        meetings=(
            Meeting(datetime.date(2026, 9, 12), {"staff": 3, "service_users": 5}),
            Meeting(datetime.date(2026, 9, 26), {"members": 2}),
        ),
    )
    final = finalised(assessment, approved_by=approved_by, approved_on=datetime.date(2026, 10, 6))
    return coprod_standards.evaluate(FRAMEWORK, final)


def test_the_report_shows_who_took_part_and_the_sign_off() -> None:
    """The meetings, each group's count and the sign-off are shown as evidence of joint work."""
    page = Page(evaluation_html(signed_off()))
    assert facts(page)["Status"] == "Final"
    assert facts(page)["Signed off"] == "by Sam Patel on 2026-10-06"
    assert table(page.root, "Meetings, and who took part") == [
        ["2026-09-12", "staff: 3, service users: 5", "8"],
        ["2026-09-26", "members: 2", "2"],
    ]
    assert "filled in jointly at 2 meetings" in page.root.text()


def test_a_draft_without_meetings_shows_no_record() -> None:
    """An assessment recording nothing of how it was made adds nothing to the page."""
    page = evaluation_html(evaluate("joint-assessment.yaml"))
    assert 'id="record"' not in page
    assert "<dt>Status</dt>" not in page


def test_the_approver_s_name_is_escaped() -> None:
    """The approver's name is user text: escaped like every other."""
    page = evaluation_html(signed_off("<script>alert(1)</script>"))
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
