"""Loading and validating question banks (YAML, safe loader only) with file:line errors."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from interviewer.core.bank import (
    BANK_FORMAT,
    MIN_PROBES_PER_GROUP,
    PROBE_GROUPS,
    QuestionBank,
    placeholders,
    unbalanced_brace,
)
from interviewer.core.errors import BankError, UsageError

__all__ = ["BankError", "bank_paths", "find_bank", "iter_banks", "load_bank", "parse_bank"]
from interviewer.io.bundled import bundled_dir
from interviewer.io.files import read_text
from interviewer.io.yaml_schema import NodeReader, compose

_TOP_KEYS = {"format", "bank", "title", "description", "job", "end_states", "probes"}
_REQUIRED_TOP = ("format", "bank", "title", "description", "job", "probes")
_BANK_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
BANKS_PATH_ENV = "INTERVIEWER_BANKS"  # extra folders of banks, separated like PATH


def load_bank(path: str | Path) -> QuestionBank:
    """Read and validate the bank at ``path``; raises :class:`BankError` naming file and line."""
    file = Path(path)
    try:
        text = read_text(file, encoding="utf-8", error=UsageError, invalid=BankError)
    except UsageError:
        raise UsageError("no such question bank file", path=file) from None
    return parse_bank(text, str(file))


def parse_bank(text: str, path: str = "<bank>") -> QuestionBank:
    """Validate the YAML ``text`` of a bank; ``path`` names it in errors."""
    ctx = NodeReader(path, BankError)
    root = compose(text, path, BankError, "a question bank mapping")
    top = ctx.mapping(root, "the bank", _TOP_KEYS, _REQUIRED_TOP)
    fmt = _text(ctx, top["format"], "format")
    if fmt != BANK_FORMAT:
        raise ctx.error(top["format"], f"unsupported format {fmt!r}; expected {BANK_FORMAT!r}")
    bank_id = _text(ctx, top["bank"], "bank")
    if not _BANK_ID.match(bank_id):
        raise ctx.error(
            top["bank"], f"bank id {bank_id!r} must be lowercase letters, digits and '-'"
        )
    stem = Path(path).stem
    if path != "<bank>" and stem != bank_id:
        raise ctx.error(top["bank"], f"bank id {bank_id!r} must equal the file name stem {stem!r}")
    end_states: tuple[str, ...] = ()
    if "end_states" in top:
        end_states = tuple(s.lower() for s in _texts(ctx, top["end_states"], "end_states", 1))
    probes = _probes(ctx, top["probes"])
    return QuestionBank(
        id=bank_id,
        title=_text(ctx, top["title"], "title"),
        description=" ".join(_text(ctx, top["description"], "description").split()),
        job=_text(ctx, top["job"], "job"),
        probes=probes,
        end_states=end_states,
        path=path,
    )


def _probes(ctx: NodeReader, node: yaml.Node) -> dict[str, tuple[str, ...]]:
    groups: dict[str, tuple[str, ...]] = {}
    sections: dict[str, dict[str, bool]] = {}
    for dotted, (required, _, _) in PROBE_GROUPS.items():
        section, _, sub = dotted.partition(".")
        sections.setdefault(section, {})
        if sub:
            sections[section][sub] = required
    required_sections = tuple(sections)
    top = ctx.mapping(node, "probes", set(sections), required_sections)
    for section, subs in sections.items():
        if not subs:
            groups[section] = _group(ctx, top[section], section)
            continue
        required_subs = tuple(name for name, needed in subs.items() if needed)
        inner = ctx.mapping(top[section], f"probes.{section}", set(subs), required_subs)
        for sub, sub_node in inner.items():
            groups[f"{section}.{sub}"] = _group(ctx, sub_node, f"{section}.{sub}")
    return groups


def _group(ctx: NodeReader, node: yaml.Node, dotted: str) -> tuple[str, ...]:
    _, allowed, needed = PROBE_GROUPS[dotted]
    items = _texts(ctx, node, f"probes.{dotted}", MIN_PROBES_PER_GROUP)
    seen: set[str] = set()
    assert isinstance(node, yaml.SequenceNode)
    for item_node, probe in zip(node.value, items, strict=True):
        key = " ".join(probe.lower().split())
        if key in seen:
            raise ctx.error(item_node, f"probes.{dotted}: duplicate probe {probe!r}")
        seen.add(key)
        stray = unbalanced_brace(probe)
        if stray is not None:
            raise ctx.error(
                item_node,
                f"probes.{dotted}: unbalanced brace near {stray!r} "
                "(placeholders are {job} and {outcome}; write {{ or }} for a literal brace)",
            )
        names = placeholders(probe)
        unknown = names - allowed
        if unknown:
            name = sorted(unknown)[0]
            where = "allowed here: " + ", ".join(f"{{{n}}}" for n in sorted(allowed))
            raise ctx.error(
                item_node, f"probes.{dotted}: placeholder {{{name}}} is not allowed ({where})"
            )
        if needed and not needed & names:  # one of them names the outcome
            name = " or ".join(f"{{{n}}}" for n in sorted(needed))
            raise ctx.error(item_node, f"probes.{dotted}: probe must contain {name}: {probe!r}")
    return items


def _text(ctx: NodeReader, node: yaml.Node, what: str) -> str:
    return ctx.text(node, what, strict=True)


def _texts(ctx: NodeReader, node: yaml.Node, what: str, minimum: int) -> tuple[str, ...]:
    return tuple(_text(ctx, item, f"{what} item") for item in ctx.sequence(node, what, minimum))


def bank_paths() -> list[Path]:
    """Every bank file on the search path: `$INTERVIEWER_BANKS` folders first, then bundled."""
    extra = os.environ.get(BANKS_PATH_ENV, "")
    folders = [Path(p) for p in extra.split(os.pathsep) if p]
    folders.append(bundled_dir("question_banks"))
    paths: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            paths.extend(sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")))
    return paths


def iter_banks() -> Iterator[QuestionBank | BankError]:
    """Each bank on the search path, or the error that made it unusable."""
    for path in bank_paths():
        try:
            yield load_bank(path)
        except BankError as exc:
            yield exc


def find_bank(name_or_path: str) -> QuestionBank:
    """The bank named ``name_or_path`` on the search path, or the bank file at that path."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") or os.sep in name_or_path or candidate.exists():
        return load_bank(candidate)
    for path in bank_paths():
        if path.stem == name_or_path:
            return load_bank(path)
    names = ", ".join(sorted({p.stem for p in bank_paths()})) or "none"
    raise UsageError(f"no question bank named {name_or_path!r} (available: {names})")
