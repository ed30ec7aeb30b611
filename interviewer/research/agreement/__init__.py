"""Inter-coder agreement of two codings of the same material: units aligned, κ, α, disagreements.

Two kinds of coding are compared:

* **outcome codings** — two ``.coded.jsonl`` files or session files of one transcript. A unit is
  one coded outcome; its code is the outcome's kind (its polarity is compared too). Units are
  aligned turn by turn (turns share ids and text): outcomes whose character spans overlap are
  paired, the largest overlap first; outcomes without a span pair with one of the same statement
  or source text, and a turn left with one unspanned outcome on each side pairs those two.
* **labeled files** — two CSV/JSONL/YAML files of ``text,label`` rows. A unit is one text, aligned
  by its wording (case and spacing aside; a repeated text pairs by order of occurrence).

Units one coder marked and the other did not are *unmatched*: reported, never dropped silently,
and — as in Krippendorff's α, where a unit coded by one coder only is not pairable — left out of
the figures.

The package reads each file's units (``units``), pairs them (``align``), measures the pairs
(``measures``) and writes the report (``report``); this module joins the four.
"""

from __future__ import annotations

from pathlib import Path

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.nlp.corpus import LABELS
from interviewer.research.agreement.align import align
from interviewer.research.agreement.measures import measure
from interviewer.research.agreement.report import Agreement
from interviewer.research.agreement.units import Coding, load_coding

__all__ = ["Agreement", "agreement", "compare"]

KIND_ORDER = tuple(kind.value for kind in OutcomeKind)
POLARITY_ORDER = tuple(polarity.value for polarity in Polarity)


def agreement(a: Coding, b: Coding) -> Agreement:
    """Align two codings and measure their agreement on codes and on polarity."""
    aligned = align(a, b)
    order = KIND_ORDER if a.unit == "outcome" else LABELS
    kinds = measure([x.code for x, _ in aligned.pairs], [y.code for _, y in aligned.pairs], order)
    polar = [(x, y) for x, y in aligned.pairs if x.polarity and y.polarity]
    polarity = measure(
        [x.polarity or "" for x, _ in polar], [y.polarity or "" for _, y in polar], POLARITY_ORDER
    )
    return Agreement(
        a.path,
        b.path,
        a.unit,
        kinds,
        polarity,
        [(x, y) for x, y in aligned.pairs if x.code != y.code],
        [(x, y) for x, y in polar if x.polarity != y.polarity],
        aligned.only_a,
        aligned.only_b,
    )


def compare(path_a: str | Path, path_b: str | Path) -> Agreement:
    """``interviewer agree A B``: read both codings, align them and measure agreement."""
    return agreement(load_coding(path_a), load_coding(path_b))
