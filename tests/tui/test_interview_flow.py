"""A whole interview driven through the real screens with Pilot, asserting state and the file."""

from __future__ import annotations

from pathlib import Path

import yaml
from textual.widgets import Input

from interviewer.core.move import Move
from interviewer.core.outcome import OutcomeKind
from interviewer.io.banks import find_bank
from interviewer.io.session_file import load_session
from interviewer.tui.app import make_app
from interviewer.tui.screens.interview import CorrectableTree, InterviewScreen
from interviewer.tui.screens.setup import SetupScreen
from interviewer.tui.screens.wrapup import WrapUpScreen
from interviewer.tui.widgets.answer_box import AnswerBox

from ..conftest import lose_weight_analyzer
from .conftest import answer, lose_weight_app


def saved(path: Path) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(path.read_text(encoding="utf-8"))


async def test_a_full_interview_from_setup_to_ratings(tmp_path: Path) -> None:
    bank = find_bank("lose-weight")
    app = make_app(bank=bank, out_dir=tmp_path / "out", analyzer=lose_weight_analyzer)
    async with app.run_test(size=(140, 45)) as pilot:
        # Setup: the job and participant are asked for.
        assert isinstance(app.screen, SetupScreen)
        app.screen.query_one("#job", Input).value = "lose weight"
        app.screen.query_one("#participant", Input).value = "p7"
        app.screen.query_one("#out", Input).value = str(tmp_path / "out")
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert screen.query_one(AnswerBox).has_focus
        controller = screen.controller
        assert controller.decision.move is Move.OPENING

        # 1. A functional outcome → ladder up.
        await answer(pilot, app, "I want to fit into my old jeans again")
        assert controller.decision.move is Move.LADDER_UP
        # 2. A feeling above it → ladder up again.
        await answer(pilot, app, "I would feel confident at last")
        # 3. A social image → ladder up.
        await answer(pilot, app, "People would see me as disciplined")
        # 4. Nothing more → the chain ends, a new ladder starts.
        await answer(pilot, app, "I don't know, that's it")
        assert controller.decision.move is Move.NEW_LADDER
        assert controller.decision.chain_end is not None
        # 5. A feeling with no functional basis → ladder down.
        await answer(pilot, app, "I just want to feel proud of myself")
        assert controller.decision.move is Move.LADDER_DOWN
        proud = controller.decision.focus
        # 6. The functional basis is inserted below the feeling.
        await answer(pilot, app, "I could climb the stairs at work without stopping")
        basis = controller.session.outcome(proud).parent
        assert controller.session.outcome(basis).outcome.kind is OutcomeKind.FUNCTIONAL
        assert controller.session.outcome(basis).parent == "job"
        assert screen.query_one(AnswerBox).has_focus

        # A correction with one key: the social outcome's kind cycles on to functional.
        tree = screen.query_one(CorrectableTree)
        await pilot.press("ctrl+t")
        assert tree.has_focus
        social = next(
            o.id
            for o in controller.session.outcomes.values()
            if o.outcome.kind is OutcomeKind.SOCIAL
        )
        tree.rebuild(controller.session, social)
        await pilot.pause(0.1)
        assert tree.selected_outcome == social
        await pilot.press("k")
        corrected = controller.session.outcome(social).outcome
        assert corrected.kind is OutcomeKind.FUNCTIONAL and corrected.corrected_by_human
        await pilot.press("p")
        assert controller.session.outcome(social).outcome.polarity.value == "avoid"

        # Wrap-up: the chains are read back and every outcome rated.
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, WrapUpScreen)
        assert len(app.screen.query(".chain")) == len(controller.chains()) == 2
        for index, oid in enumerate(controller.session.outcomes):
            app.screen.query_one(f"#importance-{oid}", Input).value = str(5 - index % 3)
            app.screen.query_one(f"#satisfaction-{oid}", Input).value = str(1 + index % 4)
        await pilot.press("ctrl+s")
        await pilot.pause()
        path = controller.store.path if controller.store else None

    assert path is not None and path.parent == tmp_path / "out"
    data = saved(path)
    assert data["format"] == "interviewer-session/1"
    assert data["job"] == "lose weight" and data["participant"] == "p7"
    participant_turns = [t for t in data["turns"] if t["role"] == "participant"]
    assert len(participant_turns) == 6
    assert [t["move"] for t in data["turns"] if t["role"] == "interviewer"] == [
        "opening",
        "ladder_up",
        "ladder_up",
        "ladder_up",
        "new_ladder",
        "ladder_down",
    ]
    assert [o["kind"] for o in data["outcomes"] if o["corrected_by_human"]] == ["functional"]
    assert len(data["ratings"]) == len(data["outcomes"]) == 5
    # the file is a valid session file, identical to what the app held
    assert len(load_session(path).outcomes) == 5


async def test_enter_submits_and_ctrl_j_inserts_a_newline(tmp_path: Path) -> None:
    app = make_app(
        bank=find_bank("generic"),
        job="send a parcel",
        participant="p2",
        out_dir=tmp_path,
        analyzer=lose_weight_analyzer,
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"first line", "ctrl+j", *"second line", "enter")
        await pilot.pause(0.2)
        assert app.controller is not None
        [turn] = list(app.controller.session.participant_turns())
        assert turn.text == "first line\nsecond line"
        assert app.screen.query_one(AnswerBox).text == ""


async def test_resume_restores_conversation_and_tree(tmp_path: Path) -> None:
    bank = find_bank("lose-weight")
    first = lose_weight_app(tmp_path, participant="p3")
    async with first.run_test(size=(120, 40)) as pilot:
        await answer(pilot, first, "my old jeans")
        await answer(pilot, first, "I'd be confident")
        assert first.controller and first.controller.store
        path = first.controller.store.path
    again = make_app(bank=bank, out_dir=tmp_path, analyzer=lose_weight_analyzer, resume=path)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert again.controller is not None
        assert len(list(again.controller.session.participant_turns())) == 2
        assert len(again.controller.session.outcomes) == 2
        labels = [str(node.label) for node in again.screen.query_one(CorrectableTree).root.children]
        assert labels and "fit into my old jeans" in labels[0]
        await answer(pilot, again, "Others see me as disciplined")
    assert len(load_session(path).outcomes) == 3


async def test_f4_exports_the_tree_beside_the_session_file(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path, participant="p9")
    async with app.run_test(size=(120, 40)) as pilot:
        await answer(pilot, app, "my old jeans")
        await pilot.press("f4")
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
    [html] = tmp_path.glob("p9-*.html")
    [md] = tmp_path.glob("p9-*.md")
    assert "I am able to fit into my old jeans" in html.read_text(encoding="utf-8")
    assert "fit into my old jeans" in md.read_text(encoding="utf-8")
