"""Reading YAML by its nodes (safe loader only), so every schema error names its file and line."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

import yaml

from interviewer.core.errors import InterviewerError

STR_TAG = "tag:yaml.org,2002:str"
_E = TypeVar("_E", bound=Enum)


def compose(text: str, path: str, error: type[InterviewerError], what: str) -> yaml.Node:
    """The YAML node tree of ``text``; syntax errors and empty files raise ``error``.

    Composing never constructs objects, so tags like ``!!python/object`` cannot run anything;
    they only fail the type checks of :class:`NodeReader`.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise error(f"not valid YAML: {exc.problem or exc.context}", path=path, line=line) from None
    except yaml.YAMLError as exc:
        raise error(f"not valid YAML: {exc}", path=path) from None
    if root is None:
        raise error(f"the file is empty; expected {what}", path=path)
    return root


@dataclass
class NodeReader:
    """Typed access to YAML nodes that raises ``error`` at the offending node's line."""

    path: str
    error_type: type[InterviewerError]

    def error(self, node: yaml.Node | None, message: str) -> InterviewerError:
        line = node.start_mark.line + 1 if node is not None else None
        return self.error_type(message, path=self.path, line=line)

    def mapping(
        self, node: yaml.Node, what: str, allowed: set[str] | None, required: tuple[str, ...]
    ) -> dict[str, yaml.Node]:
        """The keys of a mapping; unknown (when ``allowed`` is given), duplicate and missing
        keys are errors."""
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"{what} must be a mapping of keys to values")
        found: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self.text(key_node, f"{what}: a key")
            if allowed is not None and key not in allowed:
                expected = ", ".join(sorted(allowed))
                raise self.error(
                    key_node, f"unknown key {key!r} in {what} (expected one of: {expected})"
                )
            if key in found:
                raise self.error(key_node, f"duplicate key {key!r} in {what}")
            found[key] = value_node
        for key in required:
            if key not in found:
                raise self.error(node, f"missing key {key!r} in {what}")
        return found

    def sequence(self, node: yaml.Node, what: str, minimum: int = 1) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"{what} must be a list")
        if len(node.value) < minimum:
            raise self.error(
                node, f"{what} needs at least {minimum} entries, found {len(node.value)}"
            )
        return list(node.value)

    def text(self, node: yaml.Node, what: str, *, strict: bool = False) -> str:
        """A non-empty scalar as text; ``strict`` also refuses numbers and booleans."""
        if (
            not isinstance(node, yaml.ScalarNode)
            or (strict and node.tag != STR_TAG)
            or not str(node.value).strip()
        ):
            raise self.error(node, f"{what} must be non-empty text")
        return str(node.value).strip()

    def choice(self, node: yaml.Node, what: str, enum: type[_E]) -> _E:
        value = self.text(node, what)
        try:
            return enum(value)
        except ValueError:
            allowed = " | ".join(str(member.value) for member in enum)
            raise self.error(node, f"{what} must be one of {allowed}, got {value!r}") from None
