"""Exact, faster stand-ins for the base model's attribute ruler and rule lemmatizer.

spaCy's ``AttributeRuler`` runs a ``Matcher`` over its patterns, then builds a ``Span`` and sets
the attributes once per match; its ``Lemmatizer`` loops over tokens in Python. Both were a fifth
of ``classify``'s time. The stand-ins here subclass them, so they hold, save and load the same
patterns and tables, and compute the same values another way: the ruler's patterns are compiled
(at load time, from the model's own patterns) into one answer per distinct token reading, the
lemmatizer caches spaCy's own rule result per (word, POS, morphology), and each writes its
results with one ``Doc.from_array``. A pattern feature the compiler does not know raises
:class:`UnsupportedPatternError`; the loader then keeps spaCy's own component.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Token
from thinc.api import Model
from thinc.types import Ints2d

# What a pattern may test (read through ``Doc.to_array``) and what a rule may set: the values
# ``set_token_attrs`` writes on the token alone (a lexeme attribute would change every later doc).
READABLE = {"ORTH": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
SETTABLE = (POS, TAG, MORPH, LEMMA, DEP)
SETTABLE_COLUMNS: list[int | str] = list(SETTABLE)
STRING_VALUED = frozenset({"ORTH", "LOWER", "TAG", "DEP"})
CACHE_LIMIT = 200_000  # distinct token readings kept; cleared beyond, so memory stays bounded

Test = Callable[[int], bool]
OTHER = -1  # the class of every value no pattern names (hashes are never negative)


class UnsupportedPatternError(ValueError):
    """An attribute ruler pattern uses something the compiler does not reproduce exactly."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of the ruler: per token, the tests on its classes; what it sets where."""

    order: int  # the pattern's number: a later pattern's value wins
    tokens: tuple[tuple[tuple[int, Test], ...], ...]  # per position: (class column, test) pairs
    target: int  # position in the match of the token that receives the values
    values: tuple[tuple[int, int], ...]  # (settable column, value)

    def matches_at(self, position: int, classes: tuple[int, ...]) -> bool:
        return all(test(classes[column]) for column, test in self.tokens[position])


@dataclass(frozen=True, slots=True)
class Classes:
    """What the patterns can tell apart in a token's read values: per read column the value
    itself where some pattern names it, ``OTHER`` elsewhere; then one 0/1 per regular
    expression. Rules are evaluated once per distinct class tuple, a small set."""

    named: tuple[frozenset[int], ...]  # per read column, the values patterns name
    regexes: tuple[tuple[int, re.Pattern[str]], ...]  # (read column, expression)

    def of(self, values: tuple[int, ...], strings: StringStore) -> tuple[int, ...]:
        kept = (v if v in named else OTHER for v, named in zip(values, self.named, strict=True))
        found = (int(rx.search(strings[values[c]]) is not None) for c, rx in self.regexes)
        return (*kept, *found)


def _spec(name: str, spec: Any) -> tuple[str, Any]:
    """One attribute's test as (operator, operand): ==, IN and NOT_IN on ids, REGEX on text."""
    if not isinstance(spec, dict):
        return "IN", frozenset({_value_id(name, spec)})
    if len(spec) == 1:
        ((operator, operand),) = spec.items()
        if operator in ("IN", "NOT_IN") and isinstance(operand, list):
            return operator, frozenset(_value_id(name, v) for v in operand)
        if operator == "REGEX" and isinstance(operand, str) and name in STRING_VALUED:
            return operator, re.compile(operand)
    raise UnsupportedPatternError(f"{name}: {spec!r}")


def _value_id(name: str, value: Any) -> int:
    if name in STRING_VALUED and isinstance(value, str):
        return int(get_string_id(value))
    if name == "IS_SPACE" and isinstance(value, bool):
        return int(value)
    raise UnsupportedPatternError(f"{name}: {value!r}")


def _is_set(value: int) -> bool:
    return value == 1


def compile_rules(
    patterns: Sequence[Mapping[str, Any]], normalized: Sequence[Mapping[Any, Any]]
) -> tuple[tuple[int, ...], Classes, tuple[Rule, ...]]:
    """The read columns, their classes and the rules of a ruler's ``patterns`` (its
    ``.patterns``) with the attribute values it normalized (its ``.attrs``), in pattern order."""
    names = sorted({name for p in patterns for alt in p["patterns"] for t in alt for name in t})
    unknown = [name for name in names if name not in READABLE]
    if unknown:
        raise UnsupportedPatternError(f"pattern attributes {unknown}")
    if patterns and not names:
        raise UnsupportedPatternError("patterns that test no attribute")
    specs = [
        [
            [{n: _spec(n, spec) for n, spec in token.items()} for token in alt]
            for alt in p["patterns"]
        ]
        for p in patterns
    ]
    named: dict[str, set[int]] = {name: set() for name in names}
    regexes: list[tuple[int, re.Pattern[str]]] = []
    for n, (operator, operand) in (i for p in specs for a in p for t in a for i in t.items()):
        if operator == "REGEX":
            regexes.append((names.index(n), operand))
        else:
            named[n].update(operand)

    def test(name: str, operator: str, operand: Any) -> tuple[int, Test]:
        if operator == "REGEX":
            return len(names) + regexes.index((names.index(name), operand)), _is_set
        if operator == "IN":
            return names.index(name), operand.__contains__
        return names.index(name), lambda value: value not in operand

    rules = []
    for order, (pattern, attrs, alternatives) in enumerate(
        zip(patterns, normalized, specs, strict=True)
    ):
        if any(key not in SETTABLE for key in attrs):
            raise UnsupportedPatternError(f"pattern {order} sets {pattern['attrs']!r}")
        values = tuple((SETTABLE.index(key), int(value)) for key, value in attrs.items())
        index = int(pattern.get("index", 0))
        for alternative in alternatives:
            tokens = tuple(
                tuple(test(n, *spec) for n, spec in token.items()) for token in alternative
            )
            if not tokens or not -len(tokens) <= index < len(tokens):
                raise UnsupportedPatternError(f"pattern {order}: index {index} of {len(tokens)}")
            rules.append(Rule(order, tokens, index % len(tokens), values))
    classes = Classes(tuple(frozenset(named[n]) for n in names), tuple(regexes))
    return tuple(READABLE[name] for name in names), classes, tuple(rules)


@dataclass(frozen=True, slots=True)
class Reading:
    """What the ruler does to a token of one class tuple."""

    classes: tuple[int, ...]
    single: tuple[tuple[int, int, int], ...]  # (column, order, value) of the one-token rules
    starts: tuple[Rule, ...]  # longer rules whose first token this is


class CompiledRuler:
    """The ruler's rules, evaluated once per class tuple; readings cached per read values."""

    def __init__(
        self, read: tuple[int, ...], classes: Classes, rules: tuple[Rule, ...], strings: StringStore
    ) -> None:
        self.read: list[int | str] = list(read)
        self.classes = classes
        self.strings = strings
        self.single = [r for r in rules if len(r.tokens) == 1]
        self.longer = [r for r in rules if len(r.tokens) > 1]
        self.cache: dict[tuple[int, ...], Reading] = {}
        self.by_class: dict[tuple[int, ...], Reading] = {}

    def reading(self, key: tuple[int, ...]) -> Reading:
        found = self.cache.get(key)
        if found is None:
            if len(self.cache) >= CACHE_LIMIT:
                self.cache.clear()
            classes = self.classes.of(key, self.strings)
            found = self.by_class.get(classes) or self._evaluate(classes)
            self.cache[key] = found
        return found

    def _evaluate(self, classes: tuple[int, ...]) -> Reading:
        won: dict[int, tuple[int, int]] = {}
        for rule in self.single:  # in pattern order, so a later pattern overwrites
            if rule.matches_at(0, classes):
                won.update((column, (rule.order, value)) for column, value in rule.values)
        single = tuple((c, order, value) for c, (order, value) in sorted(won.items()))
        starts = tuple(r for r in self.longer if r.matches_at(0, classes))
        found = self.by_class[classes] = Reading(classes, single, starts)
        return found

    def apply(self, doc: Doc) -> None:
        if not len(doc) or not self.read:  # (no columns read: no patterns)
            return
        # (to_array gives one column as a flat array)
        read = cast(list[list[int]], doc.to_array(self.read).reshape(len(doc), -1).tolist())
        readings = [self.reading(tuple(row)) for row in read]
        rows = doc.to_array(SETTABLE_COLUMNS).tolist()
        changed = False
        for row, reading in zip(rows, readings, strict=True):
            for column, _order, value in reading.single:
                row[column] = value
                changed = True
        for (token, column), value in self._longer_matches(readings).items():
            rows[token][column] = value
            changed = True
        if changed:
            doc.from_array(SETTABLE_COLUMNS, _uint64(rows))

    def _longer_matches(self, readings: list[Reading]) -> dict[tuple[int, int], int]:
        """Values set by multi-token rules where they outrank every other match on the token."""
        best: dict[tuple[int, int], tuple[int, int]] = {}
        for start, reading in enumerate(readings):
            for rule in reading.starts:
                end = start + len(rule.tokens)
                if end > len(readings) or not all(
                    rule.matches_at(p, readings[start + p].classes)
                    for p in range(1, len(rule.tokens))
                ):
                    continue
                token = start + rule.target
                for column, value in rule.values:
                    if best.get((token, column), (-1, 0))[0] <= rule.order:
                        best[(token, column)] = (rule.order, value)
        won = {}
        for (token, column), (order, value) in best.items():
            single = {c: o for c, o, _ in readings[token].single}
            if single.get(column, -1) <= order:
                won[(token, column)] = value
        return won


def _uint64(values: list[Any]) -> Ints2d:
    """The array ``Doc.from_array`` reads (it warns on any other dtype)."""
    return cast(Ints2d, numpy.array(values, dtype=numpy.uint64))


class FastAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler with the same patterns, applied through a compiled table."""

    compiled: CompiledRuler | None = None

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self.compiled = None

    def clear(self) -> None:
        super().clear()
        self.compiled = None

    def compile(self) -> CompiledRuler:
        """Compile the patterns (raises :class:`UnsupportedPatternError`)."""
        if self.compiled is None:
            read, classes, rules = compile_rules(self.patterns, self.attrs)
            self.compiled = CompiledRuler(read, classes, rules, self.vocab.strings)
        return self.compiled

    def __call__(self, doc: Doc) -> Doc:
        compiled = self.compile()
        error_handler = self.get_error_handler()
        try:
            compiled.apply(doc)
            return doc
        except Exception as e:  # the same handling as spaCy's ruler
            return error_handler(self.name, self, [doc], e)


@Language.factory(
    "fast_attribute_ruler",
    default_config={
        "validate": False,
        "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"},
    },
)
def make_fast_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


class FastLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer with the same tables; its own result cached per
    (word, POS, morphology) — the key of spaCy's own cache — and written with one array."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lemma_ids: dict[tuple[int, int, int], int] = {}
        self._searchable: tuple[Lookups, Lookups] | None = None  # (tables, searchable copy)

    def rule_lemmatize(self, token: Token) -> list[str]:
        """spaCy's own rule lemmatizer, run on the same tables with each POS's word index a
        set rather than a list: it asks only ``form in index``, a scan of up to 57,000 words."""
        tables = self.lookups
        self.lookups = self._searchable_tables()
        try:
            return super().rule_lemmatize(token)
        finally:
            self.lookups = tables

    def _searchable_tables(self) -> Lookups:
        if self._searchable is None or self._searchable[0] is not self.lookups:
            searchable = Lookups()
            for name in self.lookups.tables:
                table = self.lookups.get_table(name)
                if name == "lemma_index":
                    table = Table(name, {key: frozenset(words) for key, words in table.items()})
                searchable.set_table(name, table)
            self._searchable = (self.lookups, searchable)
            self.lemma_ids.clear()  # new tables, new lemmas
        return self._searchable[1]

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        error_handler = self.get_error_handler()
        try:
            self._lemmatize(doc)
            return doc
        except Exception as e:  # the same handling as spaCy's lemmatizer
            return error_handler(self.name, self, [doc], e)

    def _lemmatize(self, doc: Doc) -> None:
        if not len(doc):
            return
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = [row[3] for row in rows]
        self._searchable_tables()
        cache = self.lemma_ids
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                continue
            found = cache.get((orth, pos, morph))
            if found is None:
                found = self.vocab.strings.add(self.lemmatize(doc[i])[0])
                if pos:  # spaCy warns on every token without a POS; so do we, uncached
                    if len(cache) >= CACHE_LIMIT:
                        cache.clear()
                    cache[(orth, pos, morph)] = found
            lemmas[i] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], _uint64(lemmas))


@Language.factory(
    "fast_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "rule",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
)
def make_fast_lemmatizer(
    nlp: Language,
    model: Model[Any, Any] | None,
    name: str,
    mode: str,
    overwrite: bool,
    scorer: Callable[..., Any] | None,
) -> FastLemmatizer:
    return FastLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
