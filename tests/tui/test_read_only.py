"""A session open elsewhere can be watched read-only: nothing changes it, its saves show up."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.io.banks import find_bank
from interviewer.io.session_lock import lock_path
from interviewer.io.session_store import SessionStore
from interviewer.tui.app import make_app
from interviewer.tui.controller import InterviewController, session_for
from interviewer.tui.screens.interview import CorrectableTree
from interviewer.tui.screens.read_only import ReadOnlyInterviewScreen
from interviewer.tui.widgets.answer_box import AnswerBox

from ..conftest import lose_weight_analyzer


def answered(controller: InterviewController, text: str, statement: str) -> None:
    turn = controller.submit(text)
    found = Outcome(OutcomeKind.FUNCTIONAL, Polarity.WANT, statement, text, (0, len(text)))
    controller.coded(turn.id, [found])


async def test_a_read_only_view_changes_nothing_and_follows_the_writer(tmp_path: Path) -> None:
    bank = find_bank("lose-weight")
    store = SessionStore.create(tmp_path, "p1", datetime(2026, 12, 1, 10, 0))
    writer = InterviewController(bank, session_for("lose weight", "p1", bank), store)
    answered(writer, "my old jeans", "I am able to fit into my old jeans")
    before = store.path.read_bytes()
    app = make_app(bank=bank, out_dir=tmp_path, analyzer=lose_weight_analyzer, read_only=store.path)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause(0.3)
            screen = app.screen
            assert isinstance(screen, ReadOnlyInterviewScreen)
            assert screen.query_one(AnswerBox).disabled
            assert "read-only" in str(screen.query_one("#status").render())
            tree = screen.query_one(CorrectableTree)
            await pilot.press("ctrl+t")
            tree.rebuild(screen.controller.session, next(iter(screen.controller.session.outcomes)))
            await pilot.pause(0.1)
            await pilot.press("k", "d", "f3", "ctrl+z")
            await pilot.pause(0.2)
            assert app.screen is screen  # no wrap-up either
            assert store.path.read_bytes() == before  # nothing written
            answered(writer, "so much more energy", "I have more energy")  # the writer goes on
            await pilot.pause(1.5)
            labels = []
            nodes = [tree.root]
            while nodes:
                node = nodes.pop()
                labels.append(str(node.label))
                nodes.extend(node.children)
            assert any("I have more energy" in label for label in labels)
            assert "more energy" in str(screen.query_one("#outcomes-t4").render())
        assert lock_path(store.path).exists()  # the writer's lock was never touched
    finally:
        store.close()


def test_read_only_needs_a_session(capsys) -> None:  # type: ignore[no-untyped-def]
    from interviewer.cli import main

    assert main(["interview", "--read-only"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "--read-only needs --resume FILE" in line


async def test_a_session_already_read_is_not_read_again_to_open_the_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import interviewer.tui.app as app_module
    from interviewer.io.session_file import read_session

    bank = find_bank("lose-weight")
    store = SessionStore.create(tmp_path, "p1", datetime(2026, 12, 1, 10, 0))
    writer = InterviewController(bank, session_for("lose weight", "p1", bank), store)
    answered(writer, "my old jeans", "I am able to fit into my old jeans")
    viewed = read_session(store.path).session  # as the CLI reads it, once
    reads: list[Path] = []

    def counted(path: Path):  # type: ignore[no-untyped-def]
        reads.append(path)
        return read_session(path)

    monkeypatch.setattr(app_module, "read_session", counted)
    app = make_app(
        bank=bank,
        out_dir=tmp_path,
        analyzer=lose_weight_analyzer,
        read_only=store.path,
        viewed=viewed,
    )
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause(0.2)
            assert isinstance(app.screen, ReadOnlyInterviewScreen)
            assert len(app.screen.controller.session.outcomes) == 1
            assert reads == []  # neither make_app nor mounting read the file again
    finally:
        store.close()
