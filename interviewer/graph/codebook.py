"""Code mapping files: a researcher's YAML codebook that assigns outcomes to named codes.

Schema (``format: interviewer-codes/1``)::

    format: interviewer-codes/1
    codes:
      fit-clothes:                       # the code's name: letters, digits, '-', '_', '.'
        statement: I fit into my clothes # optional: the label shown in the map
        kind: functional                 # optional: functional | emotional | social
        polarity: want                   # optional: want | avoid
        statements:                      # outcomes worded like this (case, punctuation ignored)
          - I am able to fit into my old jeans
        content_codes:                   # outcomes of these content codes (kind/polarity/concept)
          - functional/want/fit
        outcomes:                        # single outcomes: interview name -> outcome ids
          p2: [o3, o5]

A code needs ``statements``, ``content_codes`` or ``outcomes``. Content codes are what
``interviewer code`` writes as each outcome's ``"code"`` (and the merge computes for outcomes
without one): list several under one code to merge them, or give one a name and label of its
own. An interview's name is its file name
without ``.coded.jsonl`` / ``.jsonl`` / ``.session.yaml`` / ``.yaml``. A statement, content code or
outcome may belong to one code only; a listed outcome id wins over a listed statement, which
wins over a listed content code. Listing outcomes
merges them into one code however different their wording; listing similar outcomes under two
codes keeps them apart (a split). ``interviewer.io.codebook`` reads and validates the file;
errors name the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interviewer.core.errors import ExitStatus, InterviewerError
from interviewer.core.outcome import OutcomeKind, Polarity

CODEBOOK_FORMAT = "interviewer-codes/1"


class CodebookError(InterviewerError):
    """A code mapping file is malformed or violates its schema."""

    exit_status = ExitStatus.FAILURE
    title = "invalid code mapping"


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a code: a statement, or one interview's outcome id."""

    code: str
    line: int
    statement: str = ""  # normalised wording when the entry names a statement
    interview: str = ""  # with ``outcome``: the entry names one outcome of one interview
    outcome: str = ""
    content_code: str = ""  # the entry names a content code

    def describe(self) -> str:
        if self.interview:
            return f"outcome {self.interview}:{self.outcome}"
        if self.content_code:
            return f"content code {self.content_code!r}"
        return f"statement {self.statement!r}"


@dataclass(frozen=True, slots=True)
class Code:
    """A named code of the mapping file, before it meets any interview."""

    name: str
    line: int
    statement: str = ""
    kind: OutcomeKind | None = None
    polarity: Polarity | None = None


@dataclass
class Codebook:
    """The codes of a mapping file and which statements and outcomes they claim."""

    path: str
    codes: list[Code] = field(default_factory=list)
    by_statement: dict[str, Entry] = field(default_factory=dict)  # normalised wording -> entry
    by_outcome: dict[tuple[str, str], Entry] = field(default_factory=dict)  # (interview, id)
    by_content_code: dict[str, Entry] = field(default_factory=dict)  # "kind/polarity/concept"

    def entries(self) -> list[Entry]:
        """Every entry, in file order."""
        found = [
            *self.by_statement.values(),
            *self.by_outcome.values(),
            *self.by_content_code.values(),
        ]
        return sorted(found, key=lambda entry: entry.line)
