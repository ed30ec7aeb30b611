"""``qdpx``: a REFI-QDA project (``project.qde`` + ``Sources/``) for ATLAS.ti, NVivo, MAXQDA."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from typing import BinaryIO

from interviewer import __version__
from interviewer.core.interview import Interview
from interviewer.core.session import ROOT, Role, Session
from interviewer.export.model import ExportModel
from interviewer.export.safe_text import one_line
from interviewer.export.style import KIND_STYLES

NAMESPACE = "urn:QDA-XML:project:1.0"
# GUIDs are UUID 5 of the content they stand for: the same export gives the same GUIDs.
GUID_SPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://interviewer.invalid/refi-qda")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # a fixed date, so the archive's bytes depend on content only
_LINE_BREAK = re.compile(r"\r\n?")


def guid(*parts: str) -> str:
    """A GUID in the schema's pattern, derived from ``parts``."""
    return str(uuid.uuid5(GUID_SPACE, "\x1f".join(parts)))


def lf(text: str) -> str:
    """``text`` with CR LF and lone CR written as LF."""
    return _LINE_BREAK.sub("\n", text)


@dataclass(frozen=True, slots=True)
class Selection:
    """A coded span of a source: offsets in characters (code points) of its stored text."""

    outcome: str
    code: str
    start: int
    end: int
    statement: str
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Transcript:
    """One interview as a plain-text source and the selections coded in it."""

    interview: Interview
    text: str
    selections: tuple[Selection, ...]


def transcript(model: ExportModel, interview: Interview) -> Transcript:
    """The interview's turns as ``Speaker: text`` paragraphs (UTF-8, LF), with each coded
    outcome's answer span as a selection; a span that is empty selects the whole answer."""
    session = interview.session
    parts: list[str] = []
    at = 0
    where: dict[str, tuple[int, str]] = {}  # turn id -> (offset of its text, stored text)
    for turn in session.turns:
        head = f"{_speaker(session, turn.role, turn.speaker)}: "
        body = lf(turn.text)
        where.setdefault(turn.id, (at + len(head), turn.text))
        block = head + body + "\n\n"
        parts.append(block)
        at += len(block)
    selections = []
    for coded in session.outcomes.values():
        code = model.code_of.get((interview.name, coded.id))
        if code is None or coded.turn not in where:
            continue
        offset, raw = where[coded.turn]
        start, end = coded.outcome.span
        start, end = max(0, min(start, len(raw))), max(0, min(end, len(raw)))
        if end <= start:
            start, end = 0, len(raw)
        begin = offset + len(lf(raw[:start]))
        selections.append(
            Selection(
                coded.id,
                code,
                begin,
                begin + len(lf(raw[start:end])),
                coded.outcome.statement,
                coded.outcome.evidence,
            )
        )
    return Transcript(interview, "".join(parts), tuple(selections))


def _speaker(session: Session, role: Role, speaker: str) -> str:
    if role is Role.INTERVIEWER:
        return "Interviewer"
    return one_line(speaker or session.participant) or "Participant"


def project_xml(model: ExportModel) -> tuple[str, list[tuple[str, str]]]:
    """``project.qde`` and the ``(Sources/<file>, text)`` pairs it points to."""
    ET.register_namespace("", NAMESPACE)
    user = guid("user", "interviewer")
    project = _element(
        None,
        "Project",
        name=one_line(model.job),
        origin=f"interviewer {__version__}",
        creatingUserGUID=user,
    )
    users = _element(project, "Users")
    _element(users, "User", guid=user, name="interviewer export", id="interviewer")
    code_guids = _codebook(model, project)
    transcripts = [transcript(model, interview) for interview in model.interviews]
    sources = [(t, guid("source", model.job, t.interview.name, t.text)) for t in transcripts]
    cases = _element(project, "Cases")
    for item, source in sources:
        case = _element(cases, "Case", guid=guid("case", source), name=item.interview.name)
        _element(case, "SourceRef", targetGUID=source)
    files: list[tuple[str, str]] = []
    sources_element = _element(project, "Sources")
    for item, source in sources:
        name = f"{source}.txt"
        files.append((f"Sources/{name}", item.text))
        text_source = _element(
            sources_element,
            "TextSource",
            guid=source,
            name=item.interview.name,
            plainTextPath=f"internal://{name}",
            creatingUser=user,
        )
        participant = item.interview.session.participant
        _text(
            text_source,
            "Description",
            f"Interview {item.interview.name}"
            + (f" with {participant}" if participant else "")
            + f" about: {model.job}",
        )
        for selection in item.selections:
            selected = guid(
                "selection", source, selection.outcome, str(selection.start), str(selection.end)
            )
            element = _element(
                text_source,
                "PlainTextSelection",
                guid=selected,
                name=one_line(selection.statement),
                startPosition=str(selection.start),
                endPosition=str(selection.end),
                creatingUser=user,
            )
            if selection.evidence:
                _text(
                    element, "Description", one_line("evidence: " + ", ".join(selection.evidence))
                )
            coding = _element(element, "Coding", guid=guid("coding", selected), creatingUser=user)
            _element(coding, "CodeRef", targetGUID=code_guids[selection.code])
    _links(model, project, code_guids)
    _text(project, "Description", one_line(f"{model.subtitle}. Job: {model.job}."))
    ET.indent(project, space="  ")
    xml = '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(project, encoding="unicode")
    return xml + "\n", files


def _codebook(model: ExportModel, project: ET.Element) -> dict[str, str]:
    codes = _element(_element(project, "CodeBook"), "Codes")
    found: dict[str, str] = {}
    for kind, style in KIND_STYLES.items():
        parent = _element(
            codes,
            "Code",
            guid=guid("kind", model.job, kind),
            name=style.title,
            isCodable="false",
            color=style.stroke,
        )
        _text(parent, "Description", f"{style.title} success outcomes")
        names: set[str] = set()
        for code, info in model.codes.items():
            if info["kind"] != kind:
                continue
            name = one_line(str(info["statement"])) or code
            if name in names:
                name = f"{name} ({code})"
            names.add(name)
            found[code] = guid("code", model.job, code, str(info["statement"]))
            element = _element(
                parent, "Code", guid=found[code], name=name, isCodable="true", color=style.fill
            )
            _text(element, "Description", f"{kind}, {info['polarity']} · {code}")
    return found


def _links(model: ExportModel, project: ET.Element, code_guids: dict[str, str]) -> None:
    pairs = [
        (parent, child)
        for parent, child in model.graph.edges
        if parent != ROOT and parent in code_guids and child in code_guids
    ]
    if not pairs:
        return
    links = _element(project, "Links")
    for parent, child in pairs:
        count = model.edge_label(parent, child)
        _element(
            links,
            "Link",
            guid=guid("link", code_guids[parent], code_guids[child]),
            name=f"leads to ({count})" if count else "leads to",
            direction="OneWay",
            originGUID=code_guids[parent],
            targetGUID=code_guids[child],
        )


def _element(parent: ET.Element | None, tag: str, **attributes: str) -> ET.Element:
    name = f"{{{NAMESPACE}}}{tag}"
    if parent is None:
        return ET.Element(name, attributes)
    return ET.SubElement(parent, name, attributes)


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = _element(parent, tag)
    element.text = text
    return element


def write_qdpx(model: ExportModel, out: BinaryIO) -> None:
    """The zip: ``project.qde`` first, then each source; fixed dates, so stable bytes."""
    xml, files = project_xml(model)
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in [("project.qde", xml), *files]:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
