"""The job's outcome tree, rebuilt from the session after every change."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from interviewer.core.session import ROOT, Session
from interviewer.tui.widgets.badges import outcome_line


class OutcomeTree(Tree[str]):
    """Job → functional → emotional/social; node data is the outcome id (``job`` for the root)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("job", data=ROOT, id=id)
        self.show_root = True
        self.guide_depth = 3

    def rebuild(self, session: Session, select: str | None = None) -> None:
        self.clear()
        self.root.set_label(Text(session.job.statement, style="bold"))
        self.root.data = ROOT
        wanted = select
        found: TreeNode[str] | None = None

        def add(parent: TreeNode[str], node_id: str) -> None:
            nonlocal found
            for child in session.children(node_id):
                label = outcome_line(child.outcome, confidence=False)
                branch = parent.add(label, data=child.id, expand=True)
                if child.id == wanted:
                    found = branch
                add(branch, child.id)

        add(self.root, ROOT)
        self.root.expand_all()
        if found is not None:
            # Lines are laid out on the next refresh; only then does the node have a line.
            target = found
            self.call_after_refresh(lambda: self.move_cursor(target))

    @property
    def selected_outcome(self) -> str | None:
        node = self.cursor_node
        if node is None or node.data in (None, ROOT):
            return None
        return node.data
