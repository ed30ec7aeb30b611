"""The real spaCy pipeline, built once per test session."""

from __future__ import annotations

import pytest

from interviewer.nlp.analyzer import SpacyAnalyzer


@pytest.fixture(scope="session")
def analyzer() -> SpacyAnalyzer:
    return SpacyAnalyzer()
