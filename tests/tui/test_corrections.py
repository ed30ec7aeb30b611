"""Corrections reach every panel, can be undone, and added outcomes quote nothing."""

from __future__ import annotations

from pathlib import Path

import yaml

from interviewer.core.move import Circumstance, Move
from interviewer.core.outcome import OutcomeKind
from interviewer.export.dispatch import export_files
from interviewer.io.session_file import load_session
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.edit import AddOutcomeScreen
from interviewer.tui.screens.interview import CorrectableTree
from interviewer.tui.widgets.probe import ProbePanel

from ..conftest import LOSE_WEIGHT, FakeAnalyzer
from .conftest import answer, lose_weight_app


async def select(pilot, app: InterviewApp, oid: str) -> CorrectableTree:  # type: ignore[no-untyped-def]
    tree = app.screen.query_one(CorrectableTree)
    if not tree.has_focus:
        await pilot.press("ctrl+t")
    tree.rebuild(app.controller.session, oid)  # type: ignore[union-attr]
    await pilot.pause(0.1)
    assert tree.selected_outcome == oid
    return tree


def probe_text(app: InterviewApp) -> str:
    panel = app.screen.query_one(ProbePanel)
    return f"{panel.border_title} {panel.render()} {panel.border_subtitle}"


def conversation_text(app: InterviewApp, turn_id: str) -> str:
    return str(app.screen.query_one(f"#outcomes-{turn_id}").render())


async def test_a_kind_correction_updates_the_probe_and_the_conversation(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await answer(pilot, app, "People would see me as disciplined")
        controller = app.controller
        assert controller is not None
        [social] = controller.session.outcomes
        turn = controller.session.outcome(social).turn
        assert "no functional basis" in probe_text(app)
        assert "[S+]" in conversation_text(app, turn)
        await select(pilot, app, social)
        await pilot.press("k")  # social → functional
        assert controller.session.outcome(social).outcome.kind is OutcomeKind.FUNCTIONAL
        assert "no functional basis" not in probe_text(app)
        assert controller.decision.move is Move.LADDER_UP
        assert "[F+]" in conversation_text(app, turn)
        assert "[S+]" not in conversation_text(app, turn)


async def test_delete_vanishes_everywhere_and_ctrl_z_brings_it_back(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await answer(pilot, app, "I want to fit into my old jeans")
        controller = app.controller
        assert controller is not None and controller.store is not None
        [jeans] = controller.session.outcomes
        turn = controller.session.outcome(jeans).turn
        await select(pilot, app, jeans)
        await pilot.press("d")
        assert jeans not in controller.session.outcomes
        assert "no outcome in this answer" in conversation_text(app, turn)
        assert "jeans" not in str(app.screen.query_one(CorrectableTree).root.children)
        assert not load_session(controller.store.path).outcomes  # saved as deleted
        await pilot.press("ctrl+z")
        assert jeans in controller.session.outcomes
        assert "fit into my old jeans" in conversation_text(app, turn)
        assert jeans in load_session(controller.store.path).outcomes  # the undo is saved too
        await pilot.press("k", "ctrl+z")  # a kind correction is undone as well
        assert controller.session.outcome(jeans).outcome.kind is OutcomeKind.FUNCTIONAL
        await pilot.press("ctrl+z")
        assert jeans in controller.session.outcomes  # nothing left to undo: no change
        await select(pilot, app, jeans)
        await pilot.press("d")
        assert jeans not in controller.session.outcomes
        await pilot.press("ctrl+t")
        await answer(pilot, app, "I would have more energy")  # coded after the deletion
        await pilot.press("ctrl+z")
        energy = [c.outcome.statement for c in controller.session.outcomes.values()]
        assert energy == ["I have more energy"]  # the newer answer's outcome is never undone


async def test_an_added_outcome_is_marked_and_quotes_nothing(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await answer(pilot, app, "I want to fit into my old jeans")
        await answer(pilot, app, "Then I would have more energy for the kids")
        controller = app.controller
        assert controller is not None and controller.store is not None
        first = next(iter(controller.session.outcomes))
        await select(pilot, app, first)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AddOutcomeScreen)
        await pilot.press(*"I feel in control", "tab", "enter")  # Tab keeps the text
        await pilot.pause()
        await pilot.press("down", "enter", "shift+tab", "enter")  # kind: emotional; add
        await pilot.pause()
        added = [c for c in controller.session.outcomes.values() if c.outcome.added_by_human]
        assert [(c.outcome.statement, c.outcome.kind, c.parent) for c in added] == [
            ("I feel in control", OutcomeKind.EMOTIONAL, first)
        ]
        assert added[0].outcome.source_text == ""
        path = controller.store.path
    [record] = [o for o in yaml.safe_load(path.read_text())["outcomes"] if o.get("added_by_human")]
    assert record["span"] == [0, 0]
    reread = load_session(path).outcome(record["id"]).outcome
    assert reread.added_by_human and reread.text == "" and reread.source_text == ""
    markdown = tmp_path / "tree.md"
    export_files([str(path)], "md", str(markdown))
    # the added outcome quotes nothing (before: the whole unrelated latest answer)
    lines = markdown.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if "I feel in control" in line)
    assert not lines[at + 1].strip().startswith(">")
    assert "more energy for the kids" not in "\n".join(lines)


async def test_tree_keys_ladder_up_and_down_and_ctrl_o_offers_framing(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await answer(pilot, app, "I want to fit into my old jeans")
        controller = app.controller
        assert controller is not None
        [jeans] = controller.session.outcomes
        await select(pilot, app, jeans)
        await pilot.press("b")
        assert (controller.decision.move, controller.decision.focus) == (Move.LADDER_DOWN, jeans)
        assert "ladder down" in probe_text(app)
        await select(pilot, app, jeans)
        await pilot.press("l")
        assert (controller.decision.move, controller.decision.focus) == (Move.LADDER_UP, jeans)
        seen = set()
        for _ in range(12):
            await pilot.press("ctrl+o")
            seen.add((controller.decision.move, controller.decision.circumstance))
        assert {(Move.FRAMING, c) for c in Circumstance} <= seen
        assert (Move.WRAP_UP, None) in seen


async def test_other_wordings_count_down(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        controller = app.controller
        assert controller is not None
        total = controller.wordings
        assert total > 2
        counts = []
        for _ in range(total):
            counts.append(int(str(app.screen.query_one(ProbePanel).border_subtitle).split()[1]))
            await pilot.press("ctrl+n")
        assert counts == list(range(total - 1, -1, -1))


async def test_findings_name_outcomes_by_statement_not_id(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await answer(pilot, app, "I just want to feel proud of myself")
        findings = str(app.screen.query_one("#findings").render())
        assert "I feel proud of myself" in findings
        assert "o1" not in findings


class UnsureAnalyzer(FakeAnalyzer):
    """Marks its social outcomes for review, as the pipeline does when unsure."""

    def __init__(self) -> None:
        super().__init__(phrases=LOSE_WEIGHT)

    def analyze(self, text: str) -> list:  # type: ignore[type-arg]
        from dataclasses import replace

        return [
            replace(o, review=True) if o.kind is OutcomeKind.SOCIAL else o
            for o in super().analyze(text)
        ]


async def test_review_outcomes_are_marked_and_never_drive_the_probe(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path, analyzer=UnsureAnalyzer)
    async with app.run_test(size=(160, 48)) as pilot:
        await answer(pilot, app, "my old jeans, and they'd think I'm disciplined")
        controller = app.controller
        assert controller is not None
        unsure = next(c for c in controller.session.outcomes.values() if c.outcome.review)
        assert "⚑ review" in conversation_text(app, unsure.turn)
        labels = []
        nodes = [app.screen.query_one(CorrectableTree).root]
        while nodes:
            node = nodes.pop()
            labels.append(str(node.label))
            nodes.extend(node.children)
        assert any("disciplined" in label and "⚑ review" in label for label in labels)
        assert controller.decision.focus != unsure.id
        assert "jeans" in probe_text(app)  # the probe builds on the sure outcome
