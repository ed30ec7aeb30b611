"""Grouping equivalent outcomes of many interviews into codes, with an optional codebook."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from interviewer.graph.codebook import Code, Codebook, Entry
from interviewer.graph.findings import UNUSED_CODE, Finding
from interviewer.graph.statements import StatementKey, normalise

GROUP_SIMILARITY = 0.6  # default content-word overlap at which two outcomes get one code


@dataclass(frozen=True, slots=True)
class Mention:
    """One outcome of one interview, as the grouping sees it."""

    interview: str
    node: str  # the outcome's id in that interview's tree
    kind: str
    polarity: str
    statement: str
    code: str = ""  # content code, ``kind/polarity/concept`` (``""``: none; grouped by wording)


@dataclass
class CodeGroup:
    """Outcomes that say the same thing, across interviews: one node of the value map."""

    id: str
    kind: str
    polarity: str
    leader: StatementKey  # what newcomers are compared with: the label or the first mention
    label: str = ""  # the codebook's own statement, when it gives one
    mentions: list[Mention] = field(default_factory=list)
    code: str = ""  # the content code its mentions share, when they share one

    @property
    def statement(self) -> str:
        """The label, else the most frequent wording (the first one on a tie)."""
        if self.label:
            return self.label
        wording = {m.statement: StatementKey.of(m.statement).wording for m in self.mentions}
        tally = Counter(wording[mention.statement] for mention in self.mentions)
        best = max(tally.values())
        return next(m.statement for m in self.mentions if tally[wording[m.statement]] == best)

    @property
    def interviews(self) -> list[str]:
        """The interviews that mention this code, in input order, each once."""
        return list(dict.fromkeys(mention.interview for mention in self.mentions))


@dataclass
class Grouping:
    """The codes found, which code each outcome got, and notes on the codebook."""

    groups: list[CodeGroup]
    code_of: dict[tuple[str, str], str]  # (interview, outcome id) -> code id
    findings: list[Finding]


def group_mentions(
    mentions: Sequence[Mention],
    *,
    threshold: float = GROUP_SIMILARITY,
    codebook: Codebook | None = None,
) -> Grouping:
    """Give every mention a code, deterministically.

    1. Mentions the codebook claims (by interview and outcome id first, else by wording, else by
       content code) go to that code, whatever their kind or wording; the code's kind and
       polarity are the codebook's, else the most frequent among its mentions (the first on a
       tie).
    2. The other mentions, in input order, join the code of their content code
       (:func:`interviewer.graph.concepts.content_code`: kind, polarity and core concept), so
       "I feel confident at work" and "I'm more self-assured in meetings" are one code.
    3. A mention without a content code, or the first of its content code, joins the code of
       the same kind and polarity whose
       leader (the codebook statement, else its first mention) is most similar, if that content
       word similarity (:func:`interviewer.core.text.similarity`) reaches ``threshold``; the
       earliest code wins a tie. Otherwise they start a new code ``c1``, ``c2``, ….
       Codebook codes come first, so they attract similar unlisted outcomes. The same wording
       (case and punctuation aside) of the same kind and polarity always gets the same code.

    Comparing with a fixed leader rather than with every member keeps groups from drifting by
    chains of small steps, and makes the result independent of anything but the input order.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"the grouping threshold must be within (0, 1], got {threshold}")
    coder = _Coder(threshold)
    used: set[Entry] = set()
    rest = coder.start(mentions, codebook, used) if codebook is not None else mentions
    for mention in rest:
        coder.place(mention)
    code_of: dict[tuple[str, str], str] = {}
    for group in coder.groups:
        group.code = _shared_code(group.mentions)
        for mention in group.mentions:
            code_of[mention.interview, mention.node] = group.id
    findings = _unused(codebook, used) if codebook is not None else []
    return Grouping(coder.groups, code_of, findings)


def _codebook_group(code: Code, members: list[Mention]) -> CodeGroup:
    """A codebook code with the mentions it claims; kind and polarity default to theirs."""
    kind = code.kind.value if code.kind else _most_common(m.kind for m in members)
    polarity = code.polarity.value if code.polarity else _most_common(m.polarity for m in members)
    leader = StatementKey.of(code.statement or members[0].statement)
    return CodeGroup(code.name, kind, polarity, leader, code.statement, list(members))


class _Coder:
    """The codes found so far, and how a new mention finds its code (steps 2 and 3)."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.index = _Index()
        self.groups: list[CodeGroup] = []
        self.taken: set[str] = set()  # code ids in use, the codebook's included
        self.counter = 0
        self.decided: dict[tuple[str, str, str], int] = {}  # (kind, polarity, wording) -> code
        self.by_code: dict[str, int] = {}  # content code -> code

    def start(
        self, mentions: Sequence[Mention], codebook: Codebook, used: set[Entry]
    ) -> list[Mention]:
        """Step 1: the codebook's codes with the mentions they claim (each entry that claims
        one is added to ``used``); returns the mentions left to place."""
        rest, claimed = _claim(mentions, codebook, used)
        for code in codebook.codes:
            if claimed.get(code.name):
                self.add(_codebook_group(code, claimed[code.name]))
        self.taken.update(code.name for code in codebook.codes)
        for position, group in enumerate(self.groups):
            for member in group.mentions:
                if member.code:
                    self.by_code.setdefault(member.code, position)
        return rest

    def add(self, group: CodeGroup) -> int:
        position = len(self.groups)
        self.index.add(group, position)
        self.groups.append(group)
        self.taken.add(group.id)
        return position

    def place(self, mention: Mention) -> None:
        key = StatementKey.of(mention.statement)
        seen = (mention.kind, mention.polarity, key.wording)
        position = self._existing(mention, key, seen)
        if position is None:
            position = self.add(CodeGroup(self._next_id(), mention.kind, mention.polarity, key))
        self.decided[seen] = position
        if mention.code:
            self.by_code.setdefault(mention.code, position)
        self.groups[position].mentions.append(mention)

    def _existing(
        self, mention: Mention, key: StatementKey, seen: tuple[str, str, str]
    ) -> int | None:
        if mention.code and mention.code in self.by_code:
            return self.by_code[mention.code]
        if seen in self.decided:
            return self.decided[seen]
        return self.index.best(self.groups, mention.kind, mention.polarity, key, self.threshold)

    def _next_id(self) -> str:
        self.counter += 1
        while f"c{self.counter}" in self.taken:
            self.counter += 1
        return f"c{self.counter}"


def _shared_code(mentions: Sequence[Mention]) -> str:
    """The content code of a group: the one its mentions share, else the most frequent."""
    codes = [mention.code for mention in mentions if mention.code]
    return _most_common(codes) if codes else ""


def _claim(
    mentions: Sequence[Mention], codebook: Codebook, used: set[Entry]
) -> tuple[list[Mention], dict[str, list[Mention]]]:
    rest: list[Mention] = []
    claimed: dict[str, list[Mention]] = {}
    for mention in mentions:
        entry = codebook.by_outcome.get((mention.interview, mention.node))
        if entry is None:
            entry = codebook.by_statement.get(normalise(mention.statement))
        if entry is None and mention.code:
            entry = codebook.by_content_code.get(mention.code)
        if entry is None:
            rest.append(mention)
            continue
        used.add(entry)
        claimed.setdefault(entry.code, []).append(mention)
    return rest, claimed


def _unused(codebook: Codebook, used: set[Entry]) -> list[Finding]:
    return [
        Finding(
            UNUSED_CODE,
            entry.code,
            f"{codebook.path}:{entry.line}: {entry.describe()} of code {entry.code!r} "
            "matches no outcome",
            "check the spelling and the interview name, or remove the entry",
        )
        for entry in codebook.entries()
        if entry not in used
    ]


def _most_common(values: Iterable[str]) -> str:
    tally = Counter(values)
    best = max(tally.values())
    return next(value for value in tally if tally[value] == best)


class _Index:
    """Leaders by kind and polarity: exact wording, and content word -> code positions."""

    def __init__(self) -> None:
        self.wording: dict[tuple[str, str, str], int] = {}
        self.words: dict[tuple[str, str, str], list[int]] = {}

    def add(self, group: CodeGroup, position: int) -> None:
        self.wording.setdefault((group.kind, group.polarity, group.leader.wording), position)
        for word in group.leader.content:
            self.words.setdefault((group.kind, group.polarity, word), []).append(position)

    def best(
        self,
        groups: list[CodeGroup],
        kind: str,
        polarity: str,
        key: StatementKey,
        threshold: float,
    ) -> int | None:
        if not key.content:
            # No content words ("that's it"): only the same wording is the same statement.
            return self.wording.get((kind, polarity, key.wording))
        candidates: set[int] = set()
        for word in key.content:
            candidates.update(self.words.get((kind, polarity, word), ()))
        best: int | None = None
        best_score = threshold
        for position in sorted(candidates):
            score = key.similarity(groups[position].leader)
            if score > best_score or (best is None and score >= best_score):
                best, best_score = position, score
        return best
