"""One interview read from a file: its name, its session, and whether the file named its job."""

from __future__ import annotations

from dataclasses import dataclass

from interviewer.core.session import Session


@dataclass(frozen=True, slots=True)
class Interview:
    """One interview to show, merge or score: its name (used by code mappings), session and file.

    ``job_given`` is False when the file named no job and the session's job is only a stand-in
    (the file's name); merging then takes the job of the other interviews.
    """

    name: str
    session: Session
    source: str = ""  # the file it was read from, named in messages
    job_given: bool = True
