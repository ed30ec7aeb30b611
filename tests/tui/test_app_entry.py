"""The interview TUI entry point starts on the bundled defaults."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from interviewer.io.banks import find_bank
from interviewer.tui.app import make_app


async def test_the_app_opens_with_the_banks_opening_probe(tmp_path: Path) -> None:
    bank = find_bank("lose-weight")
    app = make_app(bank=bank, job="lose weight", participant="p1", out_dir=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        probe = str(app.query_one("#probe", Static).render())
        assert probe.startswith("Ask: ")
        openings = [t.replace("{job}", "lose weight") for t in bank.probes["opening"]]
        assert probe.removeprefix("Ask: ") in openings
        assert "p1" in str(app.query_one("#setup", Static).render())
        await pilot.press("ctrl+q")
    assert app.return_code == 0
