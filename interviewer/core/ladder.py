"""The laddering engine: which move comes next, where an answer's outcomes go, which probe to ask.

Pure logic over a :class:`Session`; the TUI and the batch coder only carry out its decisions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from interviewer.core.bank import QuestionBank, names_outcome, render
from interviewer.core.move import ChainEnd, Circumstance, Move
from interviewer.core.outcome import Outcome, OutcomeKind
from interviewer.core.session import ROOT, CodedOutcome, Session, Turn
from interviewer.core.text import contains_phrase, packaged_phrases, similarity, strip_fillers

DEFAULT_DEPTH_GUARD = 5


@dataclass(frozen=True, slots=True)
class LadderConfig:
    """Tunable thresholds of the engine."""

    depth_guard: int = DEFAULT_DEPTH_GUARD  # outcomes in one ladder before it is closed
    min_answer_words: int = 3  # shorter answers without an outcome end the chain
    repeat_similarity: float = 0.8  # content overlap at which an outcome counts as repeated
    max_ladders: int | None = (
        None  # wrap up after this many ladders (None: the interviewer decides)
    )
    end_states: tuple[str, ...] = field(default_factory=lambda: packaged_phrases("end_states.txt"))

    def __post_init__(self) -> None:
        if self.depth_guard < 1:
            raise ValueError("depth_guard must be at least 1")

    def with_bank(self, bank: QuestionBank) -> LadderConfig:
        """This configuration plus the bank's own end states."""
        extra = tuple(state for state in bank.end_states if state not in self.end_states)
        return LadderConfig(
            self.depth_guard,
            self.min_answer_words,
            self.repeat_similarity,
            self.max_ladders,
            self.end_states + extra,
        )


@dataclass(frozen=True, slots=True)
class Decision:
    """The engine's decision: the next move, the outcome it is about, and why."""

    move: Move
    focus: str | None = None  # outcome id the next probe is about
    kind: OutcomeKind | None = None  # kind of the focus outcome, for kind-specific probes
    chain_end: ChainEnd | None = None  # set when the previous ladder just ended
    circumstance: Circumstance | None = None  # for framing probes
    reason: str = ""


def is_nothing_more(answer: str) -> bool:
    """Whether an answer says the participant has nothing more ("I don't know", "that's it")."""
    spoken = " ".join(strip_fillers(answer))
    if not spoken:
        return True
    return any(
        spoken == phrase or (spoken.startswith(phrase + " ") and len(spoken.split()) <= 8)
        for phrase in packaged_phrases("nothing_more.txt")
    )


def place_answer(session: Session, turn: Turn, outcomes: Sequence[Outcome]) -> list[CodedOutcome]:
    """Place the outcomes of the answer ``turn`` in the ladder its question implies.

    An answer to "why?" about X hangs under X; an answer to "what would have to happen?" about X is
    inserted between X and X's parent when it is functional (a feeling is no functional basis: it
    goes beside X instead); anything else starts a new ladder under the job. Within one answer,
    emotional and social outcomes hang under the answer's own functional outcome, since they
    depend on it. Outcomes marked ``review`` are placed but never carry others.
    """
    question = session.question_before(turn.id)
    about = question.about if question and question.about in session.outcomes else None
    move = question.move if question else None
    ordered = sorted(outcomes, key=lambda o: (o.kind is not OutcomeKind.FUNCTIONAL, o.span[0]))
    placed: list[CodedOutcome] = []
    functional_here: CodedOutcome | None = None
    for outcome in ordered:
        if functional_here is not None and not outcome.kind.is_functional:
            coded = session.add_outcome(turn.id, outcome, functional_here.id)
        elif move is Move.LADDER_DOWN and about is not None and outcome.kind.is_functional:
            coded = session.insert_between(turn.id, outcome, about)
        elif move is Move.LADDER_DOWN and about is not None:
            coded = session.add_outcome(turn.id, outcome, session.outcome(about).parent)
        elif move in (Move.LADDER_UP, Move.CLARIFY) and about is not None:
            coded = session.add_outcome(turn.id, outcome, about)
        else:
            coded = session.add_outcome(turn.id, outcome, ROOT)
        if outcome.kind.is_functional and functional_here is None and not outcome.review:
            functional_here = coded
        placed.append(coded)
    return placed


def decide(session: Session, config: LadderConfig | None = None) -> Decision:
    """Decide the next move from the session so far and its last coded answer."""
    config = config or LadderConfig()
    answers = list(session.participant_turns())
    if not answers:
        return Decision(Move.OPENING, reason="start of the interview")
    last = answers[-1]
    question = session.question_before(last.id)
    if question is not None and question.move is Move.WRAP_UP:
        return Decision(Move.WRAP_UP, reason="wrapping up")
    # Outcomes the analysis is unsure of are shown marked but never drive a probe.
    coded = [c for c in session.outcomes_of(last.id) if not c.outcome.review]
    if not coded:
        return _after_answer_without_outcome(session, last, question, config)
    focus = _focus(session, coded, question)
    ladder = [ancestor.outcome for ancestor in session.ancestors(focus.id)]
    if any(
        similarity(focus.outcome.statement, earlier.statement) >= config.repeat_similarity
        for earlier in ladder
    ):
        return _chain_ended(session, ChainEnd.REPEATED, config)
    kind = focus.outcome.kind
    if not kind.is_functional and not session.has_functional_basis(focus.id):
        return Decision(
            Move.LADDER_DOWN,
            focus.id,
            kind,
            reason=f"{kind.value} outcome with no functional basis — ask what would have to happen",
        )
    if not kind.is_functional and any(
        contains_phrase(focus.outcome.statement, state) for state in config.end_states
    ):
        return _chain_ended(session, ChainEnd.END_STATE, config)
    if session.depth(focus.id) >= config.depth_guard:
        return _chain_ended(session, ChainEnd.DEPTH_GUARD, config)
    return Decision(
        Move.LADDER_UP,
        focus.id,
        kind,
        reason=f"ladder up from {_article(kind.value)} {kind.value} outcome",
    )


def _focus(session: Session, coded: list[CodedOutcome], question: Turn | None) -> CodedOutcome:
    """The outcome the next probe builds on: the top of the chain the answer extended."""
    if (
        question is not None
        and question.move is Move.LADDER_DOWN
        and question.about in session.outcomes
    ):
        # Laddering down filled in the basis below the outcome we asked about: climb on from it.
        return session.outcome(question.about)
    return max(coded, key=lambda c: (session.depth(c.id), c.outcome.span[0]))


def _after_answer_without_outcome(
    session: Session, last: Turn, question: Turn | None, config: LadderConfig
) -> Decision:
    if is_nothing_more(last.text) or len(strip_fillers(last.text)) < config.min_answer_words:
        return _chain_ended(session, ChainEnd.NOTHING_MORE, config)
    previous_move = question.move if question else None
    if previous_move in (None, Move.OPENING, Move.FRAMING, Move.NEW_LADDER):
        return Decision(
            Move.FRAMING,
            circumstance=_next_circumstance(session),
            reason="no outcome yet — frame the job's circumstances",
        )
    if previous_move is Move.CLARIFY:
        return _chain_ended(session, ChainEnd.NO_OUTCOME, config)
    about = question.about if question else None
    kind = session.outcome(about).outcome.kind if about in session.outcomes else None
    return Decision(Move.CLARIFY, about, kind, reason="the answer held no outcome — ask for more")


def _chain_ended(session: Session, why: ChainEnd, config: LadderConfig) -> Decision:
    if config.max_ladders is not None and len(session.ladders()) >= config.max_ladders:
        return Decision(Move.WRAP_UP, chain_end=why, reason=f"{why.explanation}; enough ladders")
    return Decision(
        Move.NEW_LADDER, chain_end=why, reason=f"{why.explanation} — start a new ladder"
    )


def _next_circumstance(session: Session) -> Circumstance:
    asked = sum(1 for probe in session.probes() if probe.move is Move.FRAMING)
    circumstances = list(Circumstance)
    return circumstances[asked % len(circumstances)]


def probe_alternatives(bank: QuestionBank, decision: Decision, session: Session) -> list[str]:
    """Every rendering of the decided move's probes, the best first.

    A probe names the focus outcome in the second person, with an avoided outcome's own wording
    where the bank has it ("Why is it important to you not to …?"). An outcome marked for review,
    or a clarifying question after an answer that held none, is never named: the bank's generic
    wording is used instead. Least-used wordings come first, and the wording asked last is left
    out, so the interviewer never repeats the same probe twice in a row.
    """
    focus = session.outcome(decision.focus).outcome if decision.focus else None
    about = focus if focus is not None and not focus.review else None
    if decision.move is Move.CLARIFY:
        about = None  # the answer held no outcome: ask about it, not about an earlier one
    polarity = about.polarity if about is not None else None
    templates = bank.probes_for(decision.move, decision.kind, decision.circumstance, polarity)
    statement = about.statement if about is not None else None
    usable = [t for t in templates if statement is not None or not names_outcome(t)]
    if not usable:
        usable = list(bank.unnamed_probes(decision.move))
    rendered: list[str] = []
    for template in usable:
        text = render(template, job=session.job.statement, outcome=statement)
        if text not in rendered:
            rendered.append(text)
    asked = [probe.text for probe in session.probes()]
    usage = Counter(asked)
    last_asked = asked[-1] if asked else None
    if len(rendered) > 1 and last_asked in rendered:
        rendered.remove(last_asked)
    order = {text: index for index, text in enumerate(rendered)}
    return sorted(rendered, key=lambda text: (usage[text], order[text]))


def next_probe(bank: QuestionBank, decision: Decision, session: Session, variant: int = 0) -> str:
    """The probe to ask for ``decision``; ``variant`` cycles through the alternatives."""
    alternatives = probe_alternatives(bank, decision, session)
    return alternatives[variant % len(alternatives)]


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"
