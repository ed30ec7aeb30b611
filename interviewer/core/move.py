"""Interviewer moves: what kind of question comes next in a laddering interview."""

from __future__ import annotations

from enum import StrEnum


class Move(StrEnum):
    """A move of the laddering interview; each has its own group of probes in a question bank."""

    OPENING = "opening"
    FRAMING = "framing"  # circumstance framing: problem, goal, transformation, threat
    LADDER_UP = "ladder_up"  # "why is that important?" — toward emotional/social ends
    LADDER_DOWN = "ladder_down"  # "what would have to happen?" — toward functional results
    CLARIFY = "clarify"
    NEW_LADDER = "new_ladder"
    WRAP_UP = "wrap_up"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class Circumstance(StrEnum):
    """The circumstance a framing probe puts the job in."""

    PROBLEM = "problem"
    GOAL = "goal"
    TRANSFORMATION = "transformation"
    THREAT = "threat"


class ChainEnd(StrEnum):
    """Why a ladder (one chain of "why?" questions) has ended."""

    REPEATED = "repeated"  # the answer repeats an outcome already in this ladder
    NOTHING_MORE = "nothing_more"  # "I don't know", "that's just it", an empty or very short answer
    NO_OUTCOME = "no_outcome"  # a clarifying question still brought no outcome
    END_STATE = "end_state"  # a terminal value such as "peace of mind" was reached
    DEPTH_GUARD = "depth_guard"  # the ladder reached the configured depth

    @property
    def explanation(self) -> str:
        return _EXPLANATIONS[self]


_EXPLANATIONS = {
    ChainEnd.REPEATED: "the answer repeats an outcome already in this ladder",
    ChainEnd.NOTHING_MORE: "the participant has nothing more to add",
    ChainEnd.NO_OUTCOME: "clarifying brought no outcome",
    ChainEnd.END_STATE: "an end state was reached",
    ChainEnd.DEPTH_GUARD: "the depth guard was reached",
}
