"""The footer, with the keys an interviewer needs at any width first (help, quit, export)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# Binding ids shown first, in this order; the rest follow as the focused widget lists them.
ESSENTIAL = ("interview.help", "app.quit", "app.export", "interview.wrap_up")


class KeyFooter(Footer):
    """A footer that a narrow terminal cuts at the least needed keys, not at F1 and ctrl+q."""

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        active = self.screen.active_bindings
        shown: dict[str, tuple[Binding, bool, str]] = {}
        for _, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in shown:
                shown[binding.action] = (binding, enabled, tooltip)
        ordered = sorted(shown.values(), key=lambda entry: _rank(entry[0]))
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        if palette is not None and self.app.ENABLE_COMMAND_PALETTE:
            every = Binding(palette.binding.key, palette.binding.action, "All actions")
            essentials = sum(1 for entry in ordered if entry[0].id in ESSENTIAL)
            ordered.insert(essentials, (every, palette.enabled, "Every action, searchable"))
        self.styles.grid_size_columns = len(ordered)
        for binding, enabled, tooltip in ordered:
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            ).data_bind(compact=Footer.compact)


def _rank(binding: Binding) -> int:
    return ESSENTIAL.index(binding.id) if binding.id in ESSENTIAL else len(ESSENTIAL)
