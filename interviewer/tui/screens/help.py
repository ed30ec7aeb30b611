"""F1 help: the flow of a laddering interview and every key."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# Interviewing with interviewer

1. Read the **suggested question** aloud (top left). `ctrl+n` shows another wording,
   `ctrl+o` switches the move: ladder up (*why is that important?*), ladder down (*what would
   have to happen?*), clarify, new ladder, framing (problem, goal, transformation, threat),
   wrap up.
2. Type the participant's answer and press **Enter**. `ctrl+j` (or `shift+enter` where the
   terminal sends it) starts a new line. The answer is saved at once; its outcomes appear below it
   and in the tree on the right as soon as they are coded.
3. The engine proposes the next move: up after a functional outcome, down when a feeling or image
   has no functional basis, a new ladder when a chain ends.

## Keys on the interview screen
| key | action |
| --- | --- |
| Enter | submit the answer |
| ctrl+j | new line in the answer |
| ctrl+n | next wording of the question |
| ctrl+o | change the move |
| ctrl+t | go to the outcome tree / back to the answer (below 100 columns: show the tree) |
| ctrl+z | undo the last correction of the tree |
| F2 | show or hide the evidence of each coded outcome |
| F3 | wrap up: read back the chains and rate each outcome (saved as you type) |
| F4 | export the tree as HTML and Markdown beside the session file |
| F1 | this help |
| ctrl+p | every action, searchable |
| ctrl+q | quit (everything is already saved; a typed, unsent answer is mentioned first) |

## Keys in the outcome tree (one key per correction)
| key | action |
| --- | --- |
| l | ladder up from the selected outcome ("why is … important to you?") |
| b | ladder down from it ("what would have to happen for …?") |
| k | change the kind (functional → emotional → social) |
| p | toggle the polarity (want ↔ avoid) |
| e | edit the statement |
| d | delete the outcome (its children move up; ctrl+z brings it back) |
| m | move: press m on an outcome, then Enter on its new parent |
| a | add a missed outcome under the selected node |

Badges: `F` functional, `E` emotional, `S` social; `+` want, `-` avoid. `⚑ review`: the
analysis is unsure (never used to choose the next question); `✚ added`: added by you.

Corrections are marked `corrected_by_human` in the session file. Keys can be remapped by their
ids in `~/.config/interviewer/keymap.yaml` (see the README).
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "close", "Close", id="help.close", tooltip="Back to the interview"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(HELP)

    def action_close(self) -> None:
        self.dismiss(None)
