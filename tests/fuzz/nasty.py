"""Hostile inputs, made at test time (the repository stays small): bytes per file family, and
files that are not regular files at all."""

from __future__ import annotations

import codecs
import io
import json
import os
import socket
import zipfile
from collections.abc import Callable
from pathlib import Path

from interviewer.io.files import MAX_LINE_BYTES

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16
BIDI = "I want to stay \u202elive\u202c and \u2067calm\u2069"
DEEP = 100_000  # far past any recursion limit


def _lines(*records: object) -> bytes:
    return "\n".join(json.dumps(r) for r in records).encode() + b"\n"


def _turn(
    tid: str, role: str = "participant", text: str = "I want my bills paid", **extra: object
) -> dict[str, object]:
    return {"id": tid, "role": role, "text": text, **extra}


def _outcome(oid: str, parent: str = "job", **extra: object) -> dict[str, object]:
    return {
        "id": oid,
        "parent": parent,
        "kind": "functional",
        "polarity": "want",
        "statement": "My bills are paid",
        "confidence": 0.9,
        "span": [0, 4],
        **extra,
    }


# Every reader gets these: nothing, noise, wrong encodings, limits.
GENERIC: dict[str, bytes] = {
    "empty": b"",
    "bom-only": codecs.BOM_UTF8,
    "blank-lines": b"\n\r\n \t \n" * 50,
    "nul-bytes": b"\x00" * 4096,
    "png": PNG,
    "zip-junk": b"PK\x03\x04" + b"\x00" * 64,
    "invalid-utf8": b"Interviewer: hi\nParticipant: caf\xe9 \xff\xfe\x80 bills\n",
    "utf16-odd-length": codecs.BOM_UTF16_LE + "Interviewer: hi".encode("utf-16-le") + b"\x00",
    "utf32-garbage": codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff" * 8,
    "long-line": b"x" * (MAX_LINE_BYTES + 1),
    "many-empty-lines": b"\n" * 200_000,
    "controls": b"Participant: I want \x07 my \x1b[31m bills \x0b paid\x7f\n",
    "bidi": f"Participant: {BIDI}\n".encode(),
    "lone-cr": b"Interviewer: why?\rParticipant: I want my bills paid\r",
}

CODED: dict[str, bytes] = {
    "deep-json": b"[" * DEEP + b"]" * DEEP,
    "deep-in-outcome": (
        b'{"id": "t1", "role": "participant", "text": "x", "outcomes": [{"id": "o1", '
        b'"kind": "functional", "statement": "s", "evidence": ' + b"[" * 5000 + b"]" * 5000 + b"}]}"
    ),
    "huge-integer": b'{"id": ' + b"9" * 5000 + b', "role": "participant"}',
    "nan-and-infinity": _lines(_turn("t1", outcomes=[_outcome("o1")]))
    .replace(b"0.9", b"NaN")
    .replace(b"[0, 4]", b"[0, Infinity]"),
    "lone-surrogates": _lines(
        _turn("t1", text="a\ud800b", outcomes=[_outcome("o1", statement="\udfff")])
    ),
    "wrong-types": _lines(
        {"id": ["t1"], "role": {"a": 1}, "text": 5, "outcomes": "none"},
        _turn("t2", outcomes=[5, None, [], {"id": {"x": 1}}]),
    ),
    "bad-fields": _lines(
        _turn("t1", outcomes=[_outcome("o1", span="0-4", confidence="high", evidence={"a": 1})])
    ),
    "cycle": _lines(_turn("t1", outcomes=[_outcome("o1", "o2"), _outcome("o2", "o1")])),
    "unknown-parent": _lines(_turn("t1", outcomes=[_outcome("o1", "nowhere")])),
    "duplicate-ids": _lines(_turn("t1", outcomes=[_outcome("o1")]), _turn("t1")),
    "root-id": _lines(_turn("t1", outcomes=[_outcome("job")])),
    "bidi-statement": _lines(_turn("t1", text=BIDI, outcomes=[_outcome("o1", statement=BIDI)])),
    "truncated-record": _lines(_turn("t1", outcomes=[_outcome("o1")]))[:-20],
    "many-outcomes": _lines(
        *(
            _turn(f"t{n}", outcomes=[_outcome(f"o{n}", f"o{n - 1}" if n else "job")])
            for n in range(3000)
        )
    ),
    "labeled-not-coded": _lines({"text": "I want my bills paid", "label": "functional"}),
}

YAML: dict[str, bytes] = {
    "deep-flow": b"a: " + b"[" * DEEP,
    "deep-block": "".join(f"{'  ' * n}- \n" for n in range(400)).encode(),
    "deep-mapping": "".join(f"{' ' * n}k{n}:\n" for n in range(300)).encode(),
    "python-tag": b"format: !!python/object/apply:os.system ['echo pwned > /tmp/pwned']\n",
    "aliases": b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
    b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n",
    "tabs": b"format:\tinterviewer-bank/1\n\tbank: x\n",
    "unclosed-quote": b'title: "never closed\n',
    "scalar": b"just a string\n",
    "surrogate-escape": b'format: "\\ud800"\ncodes: ["\\udfff"]\n',
    "session-garbage": b"format: interviewer-session/1\nturns: 7\noutcomes: [1, 2]\n",
    "session-deep": b"format: interviewer-session/1\njob: " + b"[" * DEEP + b"\n",
    "unbalanced-brace": b"format: interviewer-bank/1\nprobes:\n  opening: ['{job', '}', '{{job}', '{outcome']\n",
}

CSV: dict[str, bytes] = {
    "field-too-large": b'respondent,outcome_id,importance,satisfaction\nr1,"'
    + b"o\n" * 70_000
    + b'",4,2\n',
    "nul-in-row": b"respondent,outcome_id,importance,satisfaction\nr1,o1\x00,4,2\n",
    "open-quote": b'respondent,outcome_id,importance,satisfaction\nr1,"o1,4,2\n',
    "header-only": b"respondent,outcome_id,importance,satisfaction\n",
    "odd-ratings": b"respondent,outcome_id,importance,satisfaction\n"
    b"r1,o1,4.0,2\nr2,o1,NaN,\nr3,o1,99999999999999999999,-1\nr4,o1,\xc2\xbd,5\n",
    "many-bad-rows": b"respondent,outcome_id,importance,satisfaction\n" + b"r,o,9,9\n" * 5000,
    "ragged": b"text,label\na\nb,functional,extra,more\n,,,\n",
    "label-csv-field": b'text,label\n"' + b"w\n" * 70_000 + b'",functional\n',
    "formula": b'text,label\n=HYPERLINK("http://x"),functional\n',
}


def _docx(document: bytes) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document)
    return data.getvalue()


_W = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'

TRANSCRIPT: dict[str, bytes] = {
    "vtt-bad-times": b"WEBVTT\n\n00:00:0x.000 --> 1\n<v A>Hi</v>\n\n99:99:99.999 --> 00:00:00.000\nx\n",
    "srt-garbage": b"1\n00:00:01,000 --> 00:00:02,000\nA: hi\n\n2\nnot a time\nB: yo\n\nx\n",
    "docx-truncated": _docx(
        _W + b"<w:p><w:r><w:t>Interviewer: hi</w:t></w:r></w:p></w:body></w:document>"
    )[:200],
    "docx-no-document": b"PK\x05\x06" + b"\x00" * 18,
    "docx-entity-bomb": _docx(
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            b'<!ENTITY %c "%s">' % (ord("b") + n, (b"&%c;" % (ord("a") + n)) * 10) for n in range(8)
        )
        + b"]>"
        + _W
        + b"<w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"
    ),
    "docx-deep": _docx(_W + b"<w:p>" * 50_000 + b"</w:p>" * 50_000 + b"</w:body></w:document>"),
    "docx-long-paragraph": _docx(
        _W
        + b"<w:p><w:r><w:t>"
        + b"word " * (MAX_LINE_BYTES // 4)
        + b"</w:t></w:r></w:p></w:body></w:document>"
    ),
    "speakers-only": b"Interviewer:\nParticipant:\nInterviewer:\n",
    "one-speaker": b"Participant: I want my bills paid.\n" * 20,
    "label-storm": b"".join(b"S%d: x\n" % n for n in range(500)),
    "session-yaml": b"format: interviewer-session/1\njob: {statement: " + b"[" * DEEP + b"\n",
}


SPECIAL = ("fifo", "socket", "folder", "dev-zero-link", "dangling-link")


def make_special(path: Path, kind: str) -> Callable[[], None]:
    """Make ``path`` a file that is not a regular file; returns what cleans it up."""
    if kind == "fifo":
        os.mkfifo(path)  # nobody writes: a blocking open for reading never returns
    elif kind == "socket":
        return bind_socket(path).close
    elif kind == "folder":
        path.mkdir()
    elif kind == "dev-zero-link":
        path.symlink_to("/dev/zero")  # endless
    elif kind == "dangling-link":
        path.symlink_to(path.with_name("nowhere"))
    return lambda: None


def bind_socket(path: Path) -> socket.socket:
    """A Unix socket bound at ``path``; bound by its short name from inside its folder, since a
    socket's address is limited to about a hundred bytes and temporary folders can be deep."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    here = Path.cwd()
    os.chdir(path.parent)
    try:
        server.bind(path.name)
    finally:
        os.chdir(here)
    return server
