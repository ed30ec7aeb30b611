"""Reading YAML by its nodes (safe loader only), so every schema error names its file and line."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TypeVar

import yaml

from interviewer.core.errors import InputFileError, InterviewerError
from interviewer.io.files import read_text
from interviewer.io.json_lines import without_surrogates

STR_TAG = "tag:yaml.org,2002:str"
MAX_DEPTH = 64  # nested mappings and lists; our files need fewer than ten
_EventLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # events only: no recursion
_OPEN = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSE = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_E = TypeVar("_E", bound=Enum)


def compose(text: str, path: str, error: type[InterviewerError], what: str) -> yaml.Node:
    """The YAML node tree of ``text``; syntax errors and empty files raise ``error``.

    Composing never constructs objects, so tags like ``!!python/object`` cannot run anything;
    they only fail the type checks of :class:`NodeReader`.
    """
    check_depth(text, path, error)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, path, error) from None
    if root is None:
        raise error(f"the file is empty; expected {what}", path=path)
    return root


def load_file(
    path: str | Path, error: type[InterviewerError], *, missing: str = "no such file"
) -> object:
    """The YAML value of the file at ``path``, read with every reader's limits.

    A missing file raises :class:`InputFileError` saying ``missing``; anything else wrong with
    the file or its YAML (not text, a syntax error, too deep) raises ``error`` naming the file
    and, where there is one, the line.
    """
    if not os.path.lexists(path):
        raise InputFileError(missing, path=path)
    return safe_load(read_text(path, encoding="utf-8-sig", invalid=error), str(path), error)


def safe_load(text: str, path: str, error: type[InterviewerError]) -> object:
    """``yaml.safe_load`` with the nesting limit of :func:`check_depth` and one-line errors."""
    check_depth(text, path, error)
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, path, error) from None
    except ValueError:  # an integer of more digits than Python converts
        raise error("not valid YAML (a number too long to read)", path=path) from None
    return without_surrogates(value) if "\\u" in text or "\\U" in text else value


def check_depth(text: str, path: str, error: type[InterviewerError]) -> None:
    """Refuse YAML nested more than :data:`MAX_DEPTH` levels, at the line where it gets too deep.

    The composer recurses once per level, so a deep file would otherwise end in a recursion
    error; the parser's event stream is flat, so it can measure the depth safely. Syntax errors
    are left to the composer, which reports them with their line.
    """
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_EventLoader):
            if isinstance(event, _OPEN):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark is not None else None
                    raise error(f"nested more than {MAX_DEPTH} levels deep", path=path, line=line)
            elif isinstance(event, _CLOSE):
                depth -= 1
    except yaml.YAMLError:
        return


def _syntax_error(
    exc: yaml.YAMLError, path: str, error: type[InterviewerError]
) -> InterviewerError:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        return error(
            f"not valid YAML: {_first_line(exc.problem or exc.context)}", path=path, line=line
        )
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow
        return error(f"not valid YAML: unacceptable character #x{exc.character:04x}", path=path)
    return error(f"not valid YAML: {_first_line(str(exc))}", path=path)


def _first_line(text: str | None) -> str:
    return (text or "syntax error").strip().split("\n", 1)[0]


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
