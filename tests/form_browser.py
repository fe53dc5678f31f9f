"""Headless Chromium for the offline form's tests: Selenium with Debian's chromium and chromedriver.

The tests that use it are marked ``browser``. Where the browser, its driver,
Selenium or axe-core is missing they are skipped with the reason, unless
``COPROD_REQUIRE_BROWSER`` is set (as ``.ci/run`` sets it): then they fail.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coprod_standards import load
from coprod_standards.reports.form import assessment_form

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
#: Where .ci/run unpacks axe-core (npm pack axe-core@4): inside the virtual environment.
AXE = Path(
    os.environ.get("COPROD_AXE_CORE", Path(sys.prefix) / "share" / "axe-core" / "axe.min.js")
)


def unavailable(reason: str) -> None:
    """Skip, or fail where CI requires the browser tests to run."""
    if os.environ.get("COPROD_REQUIRE_BROWSER"):
        pytest.fail(f"{reason} (COPROD_REQUIRE_BROWSER is set: .ci/run installs it)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium per test process, driven by Selenium."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        unavailable("Selenium is not installed: pip install 'coprod-standards[test]'")
    for program in (CHROMIUM, CHROMEDRIVER):
        if not Path(program).exists():
            unavailable(f"{program} is missing: apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--lang=en-GB"):
        options.add_argument(argument)
    options.add_argument("--window-size=1280,900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def blank_form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The blank V1.1 form, written once."""
    path = tmp_path_factory.mktemp("form") / "form.html"
    path.write_text(assessment_form(load("1.1")), encoding="utf-8")
    return path


def open_page(driver: Any, path: Path, *, width: int = 1280) -> None:
    """Open *path* afresh: nothing kept from an earlier test, no errors on the console."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    driver.get(path.as_uri())
    driver.execute_script("localStorage.clear()")
    driver.refresh()
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == [], errors


def downloads_to(driver: Any, directory: Path) -> None:
    """Send the browser's downloads to *directory*."""
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(directory)}
    )


def downloaded(directory: Path, timeout: float = 10) -> Path:
    """The one file downloaded into *directory*, once it is complete."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        files = [p for p in directory.iterdir() if not p.name.endswith(".crdownload")]
        if files:
            assert len(files) == 1, files
            return files[0]
        time.sleep(0.1)
    raise AssertionError(f"nothing was downloaded into {directory}")


def set_value(driver: Any, element_id: str, value: str) -> None:
    """Set a control's value as typing would, with its input and change events."""
    driver.execute_script(
        "const e = document.getElementById(arguments[0]); e.value = arguments[1];"
        "e.dispatchEvent(new Event('input', {bubbles: true}));"
        "e.dispatchEvent(new Event('change', {bubbles: true}));",
        element_id,
        value,
    )
