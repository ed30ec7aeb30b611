"""Reading code mapping files (``interviewer-codes/1``, see :mod:`interviewer.graph.codebook`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TypeVar

import yaml

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.graph.codebook import CODEBOOK_FORMAT, Code, Codebook, CodebookError, Entry
from interviewer.graph.statements import normalise
from interviewer.io.files import read_text
from interviewer.io.yaml_schema import NodeReader, compose

_CODE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_CODE_KEYS = {"statement", "kind", "polarity", "statements", "content_codes", "outcomes"}
_CONTENT_CODE = re.compile(r"^(?:functional|emotional|social)/(?:want|avoid)/\S+$")
_K = TypeVar("_K")


def load_codebook(path: str | Path) -> Codebook:
    """Read and validate a code mapping file; raises :class:`CodebookError` naming file:line."""
    file = Path(path)
    text = read_text(file, encoding="utf-8")
    return parse_codebook(text, str(file))


def parse_codebook(text: str, path: str = "<codes>") -> Codebook:
    """Validate the YAML ``text`` of a mapping file (safe loader only); ``path`` names it."""
    root = compose(text, path, CodebookError, "a code mapping")
    reader = _Reader(path, CodebookError)
    top = reader.mapping(root, "the code mapping", {"format", "codes"}, ("format", "codes"))
    fmt = reader.text(top["format"], "format")
    if fmt != CODEBOOK_FORMAT:
        raise reader.error(
            top["format"], f"unsupported format {fmt!r}; expected {CODEBOOK_FORMAT!r}"
        )
    codes_node = top["codes"]
    if not isinstance(codes_node, yaml.MappingNode) or not codes_node.value:
        raise reader.error(codes_node, "codes must be a mapping of code names to codes")
    book = Codebook(path)
    for name_node, body in codes_node.value:
        name = reader.text(name_node, "a code name")
        if not _CODE_NAME.match(name):
            raise reader.error(
                name_node, f"code name {name!r} must be letters, digits, '-', '_' and '.'"
            )
        if any(code.name == name for code in book.codes):
            raise reader.error(name_node, f"duplicate code {name!r}")
        reader.code(book, name, name_node, body)
    return book


class _Reader(NodeReader):
    def code(self, book: Codebook, name: str, name_node: yaml.Node, body: yaml.Node) -> None:
        where = f"code {name!r}"
        fields = self.mapping(body, where, _CODE_KEYS, ())
        if not {"statements", "outcomes", "content_codes"} & set(fields):
            raise self.error(
                name_node, f"{where} needs 'statements', 'content_codes' or 'outcomes'"
            )
        kind = polarity = None
        if "kind" in fields:
            kind = self.choice(fields["kind"], f"{where}: kind", OutcomeKind)
        if "polarity" in fields:
            polarity = self.choice(fields["polarity"], f"{where}: polarity", Polarity)
        label = (
            self.text(fields["statement"], f"{where}: statement") if "statement" in fields else ""
        )
        line = name_node.start_mark.line + 1
        book.codes.append(Code(name, line, label, kind, polarity))
        if "statements" in fields:
            for node in self.sequence(fields["statements"], f"{where}: statements"):
                wording = normalise(self.text(node, f"{where}: statements item"))
                if not wording:
                    raise self.error(node, f"{where}: a statement needs words")
                entry = Entry(name, node.start_mark.line + 1, statement=wording)
                self.claim(book.by_statement, wording, entry, node)
        if "content_codes" in fields:
            for node in self.sequence(fields["content_codes"], f"{where}: content_codes"):
                content = self.text(node, f"{where}: content_codes item").strip()
                if not _CONTENT_CODE.match(content):
                    raise self.error(
                        node,
                        f"{where}: content code {content!r} must read kind/polarity/concept, "
                        "e.g. emotional/want/confident",
                    )
                entry = Entry(name, node.start_mark.line + 1, content_code=content)
                self.claim(book.by_content_code, content, entry, node)
        if "outcomes" in fields:
            interviews = self.mapping(fields["outcomes"], f"{where}: outcomes", None, ())
            for interview, ids_node in interviews.items():
                for node in self.sequence(ids_node, f"{where}: outcomes of {interview!r}"):
                    oid = self.text(node, f"{where}: outcome id")
                    entry = Entry(name, node.start_mark.line + 1, interview=interview, outcome=oid)
                    self.claim(book.by_outcome, (interview, oid), entry, node)

    def claim(self, claimed: dict[_K, Entry], key: _K, entry: Entry, node: yaml.Node) -> None:
        earlier = claimed.get(key)
        if earlier is not None:
            raise self.error(
                node,
                f"{entry.describe()} is already assigned to code {earlier.code!r} "
                f"(line {earlier.line})",
            )
        claimed[key] = entry
