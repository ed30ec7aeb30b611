"""``outcome_calibrator``: each typed candidate's confidence as the share of such outcomes that
are right, and ``review`` on those below even odds."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from interviewer.nlp.calibration import CALIBRATION_FILE, Calibration
from interviewer.nlp.components.base import (
    MODEL_DIR,
    StoredComponent,
    candidates,
    register_extensions,
)


class OutcomeCalibrator(StoredComponent):
    """Maps the typer's raw confidence through the fitted :class:`Calibration`; below
    ``review_below`` an outcome is marked ``review`` (shown marked, never the basis of a probe)."""

    file_name = CALIBRATION_FILE

    def __init__(self, nlp: Language, name: str, review_below: float) -> None:
        register_extensions()
        self.name = name
        self.review_below = review_below
        self.calibration = Calibration.from_disk(MODEL_DIR)

    def __call__(self, doc: Doc) -> Doc:
        for candidate in candidates(doc):
            if candidate.kind is None:
                continue
            candidate.confidence = self.calibration(candidate.confidence)
            candidate.review = candidate.confidence < self.review_below
        return doc

    def state_text(self) -> str:
        return self.calibration.to_json()

    def load_state_text(self, text: str) -> None:
        self.calibration = Calibration.from_json(text)


@Language.factory(
    "outcome_calibrator",
    # On cross-validation by job, outcomes below 0.5 are wrong more often than right.
    default_config={"review_below": 0.5},
    requires=["doc._.outcome_candidates"],
    assigns=["doc._.outcome_candidates"],
)
def make_outcome_calibrator(nlp: Language, name: str, review_below: float) -> OutcomeCalibrator:
    return OutcomeCalibrator(nlp, name, review_below)
