"""The findings panel: what to look at in the tree, named by the outcomes' statements."""

from __future__ import annotations

import re

from rich.text import Text

from interviewer.core.move import ChainEnd
from interviewer.core.session import Session
from interviewer.graph.findings import DUPLICATE_IN_LADDER, NO_FUNCTIONAL_BASIS, Finding
from interviewer.tui.widgets.badges import badge

_OUTCOME_ID = re.compile(r"\bo\d+\b")


def findings_text(session: Session, findings: list[Finding], chain_end: ChainEnd | None) -> Text:
    """One bullet per finding; outcomes appear as badge and statement, never as internal ids."""
    lines = Text()
    if chain_end is not None:
        lines.append(f"Chain ended: {chain_end.explanation}.\n", style="bold")
    for finding in findings:
        lines.append("• ", style="yellow")
        lines.append_text(_message(session, finding))
        if finding.suggestion:
            lines.append(f"\n  ask: {finding.suggestion}", style="dim")
        lines.append("\n")
    return lines if lines.plain else Text("No findings.", style="dim")


def _message(session: Session, finding: Finding) -> Text:
    if finding.node in session.outcomes and finding.code == NO_FUNCTIONAL_BASIS:
        return Text.assemble(_named(session, finding.node), " has nothing functional below it")
    if finding.node in session.outcomes and finding.code == DUPLICATE_IN_LADDER:
        return Text.assemble(_named(session, finding.node), " repeats an outcome above it")
    plain = _OUTCOME_ID.sub(lambda m: _statement(session, m.group(0)), finding.message)
    return Text(plain, style="yellow")


def _named(session: Session, oid: str) -> Text:
    outcome = session.outcome(oid).outcome
    return Text.assemble(badge(outcome), " ", (outcome.statement, "yellow"))


def _statement(session: Session, oid: str) -> str:
    coded = session.outcomes.get(oid)
    return f"“{coded.outcome.statement}”" if coded else oid
