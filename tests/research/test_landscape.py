"""The opportunity landscape renders headless to PNG and SVG, and matplotlib loads only then."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction

import pytest

from interviewer.core.errors import UsageError
from interviewer.core.survey import Response, SurveyItem
from interviewer.research.landscape import landscape_title, plot_format, render_landscape
from interviewer.research.scoring import OutcomeScore, build_report, opportunity


def scored(oid: str, kind: str, importance: float, satisfaction: float) -> OutcomeScore:
    i, s = Fraction(importance), Fraction(satisfaction)
    return OutcomeScore(oid, f"statement of {oid}", kind, 10, i, s, opportunity(i, s))


SCORES = [
    scored("c4", "functional", 9.5, 0.5),  # underserved, extreme
    scored("c1", "functional", 9.5, 4.0),  # underserved, high
    scored("c2", "emotional", 7.0, 7.0),  # on the diagonal
    scored("c3", "social", 5.5, 8.0),  # overserved
    scored("c5", "social", 5.5, 8.0),  # the same point as c3: one label "c3, c5"
    scored("c9", "", 2.0, 1.0),  # kind not given: grey
]


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("landscape.png", "png"),
        ("out/Landscape.SVG", "svg"),  # any case
    ],
)
def test_plot_format_from_the_file_name(path: str, fmt: str) -> None:
    assert plot_format(path) == fmt


@pytest.mark.parametrize("path", ["landscape.pdf", "landscape", "landscape.png.txt"])
def test_other_plot_formats_are_usage_errors(path: str) -> None:
    with pytest.raises(UsageError, match=r"must end in \.png or \.svg"):
        plot_format(path)


def test_png_is_an_image_and_deterministic() -> None:
    first = render_landscape(SCORES, "png", title="Opportunity landscape: lose weight")
    assert first.startswith(b"\x89PNG\r\n\x1a\n")
    assert render_landscape(SCORES, "png", title="Opportunity landscape: lose weight") == first


def test_svg_holds_the_labels_regions_and_key_as_text() -> None:
    svg = render_landscape(SCORES, "svg", title="Opportunity landscape: lose weight").decode()
    assert svg.lstrip().startswith("<?xml")
    for text in (
        "Opportunity landscape: lose weight",
        "Overserved",
        "Underserved",
        "Appropriately served",
        "c3, c5",  # outcomes at one point share a label
        "statement of c4",  # the key
        "functional",  # the legend of kinds
        "kind not given",
    ):
        assert text in svg, text
    assert render_landscape(SCORES, "svg").decode() == render_landscape(SCORES, "svg").decode()


def test_nothing_rated_still_draws_the_regions() -> None:
    svg = render_landscape([], "svg").decode()
    assert "no outcome was rated" in svg and "Overserved" in svg


def test_title_names_the_job_and_the_respondents() -> None:
    items = {"c1": SurveyItem("c1", "x", "functional", "want")}
    report = build_report([Response("r1", "c1", 5, 1)], items, job="lose weight")
    assert landscape_title(report) == "Opportunity landscape: lose weight (1 respondent)"


@pytest.mark.slow
@pytest.mark.parametrize(
    "module",
    ["interviewer.cli", "interviewer.research.landscape", "interviewer.research.scoring"],
)
def test_matplotlib_is_imported_only_to_draw(module: str) -> None:
    probe = f"import sys, {module}; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
