"""The files a batch codes: paths and folders expanded, duplicates dropped, output names chosen."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from interviewer.core.errors import UsageError
from interviewer.io.transcripts import is_transcript_name
from interviewer.io.transcripts.detect import TRANSCRIPT_SUFFIXES, is_readme_name

README_SKIP = "README-like file, not a transcript"

_STEM_SUFFIXES = (".session.yaml", ".session.yml")


@dataclass(frozen=True, slots=True)
class Input:
    """A file to code and the name it is shown under (the path as given or found).

    ``walked``: found in a folder rather than named; such a file that turns out not to be a
    transcript is skipped, not failed. ``skip``: why it is skipped without being read.
    """

    path: Path
    source: str
    walked: bool = False
    skip: str = ""


def collect_inputs(paths: Sequence[str], out_dir: Path) -> list[Input]:
    """Files given, plus the transcripts found (recursively, sorted) in folders given.

    Hidden files and folders, the output folder and coded outputs are left out of folder walks;
    README/LICENSE files found there are listed to be skipped; files named explicitly are always
    read. A path that does not exist is a usage error.
    """
    found: list[Input] = []
    seen: set[Path] = set()
    out_resolved = out_dir.resolve()

    def add(path: Path, source: str, walked: bool = False, skip: str = "") -> None:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            found.append(Input(path, source, walked, skip))

    for given in paths:
        path = Path(given)
        if not path.exists():
            raise UsageError("no such file or folder", path=given)
        if not path.is_dir():
            add(path, given)
            continue
        matches = 0
        for folder, dirs, files in os.walk(path):
            here = Path(folder)
            dirs[:] = sorted(
                d for d in dirs if not d.startswith(".") and (here / d).resolve() != out_resolved
            )
            for name in sorted(files):
                file = here / name
                if is_transcript_name(file):
                    matches += 1
                    add(file, str(file), walked=True)
                elif is_readme_name(file) and name.lower().endswith(TRANSCRIPT_SUFFIXES):
                    add(file, str(file), walked=True, skip=README_SKIP)
        if not matches:
            raise UsageError(
                "no transcripts found (.txt, .md, .vtt, .srt, .docx or session files)", path=given
            )
    return found


def stem(path: Path) -> str:
    """The input's name without its format suffix (``p1.session.yaml`` → ``p1``)."""
    name = path.name
    for suffix in _STEM_SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return path.stem or name


def output_names(inputs: Sequence[Input], suffix: str) -> list[str]:
    """``<stem><suffix>`` per input (``""`` for one to skip); when stems collide the later
    inputs get ``-2``, ``-3`` …"""
    names: list[str] = []
    taken: set[str] = set()
    for item in inputs:
        if item.skip:
            names.append("")
            continue
        base = stem(item.path)
        name, number = f"{base}{suffix}", 1
        while name.lower() in taken:
            number += 1
            name = f"{base}-{number}{suffix}"
        taken.add(name.lower())
        names.append(name)
    return names
