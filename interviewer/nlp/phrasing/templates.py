"""The stative templates per kind, and whether a statement opens with one of its kind's.

Templates (ARCHITECTURE.md, LABELING.md):

- emotional: ``I feel …``, ``I don't feel …``, ``I don't have to worry about …``, ``I am not …``
  (anxious, ashamed), ``I have …`` (peace of mind), ``I am free of …``;
- social: ``Others see me as …``, ``<someone> sees me as …`` / ``takes me seriously``,
  ``I am (not) seen as …`` (any perception verb, active or passive), ``I don't lose my
  <standing>``, ``I fit in``;
- functional: ``I have …``, ``I am able to …``, ``I am able to avoid …``, ``I don't <verb> …``,
  ``I have <done> …`` (the perfect of completion), ``There are no …`` or an object-focused state
  (``The package is delivered on time``).
"""

from __future__ import annotations

from collections.abc import Sequence

from interviewer.nlp.lexicon import Lexicon
from interviewer.nlp.phrasing.vocabulary import vocabulary
from interviewer.nlp.phrasing.words import Word, predicate_index, subject_person

# Every template a statement is built from, by name; ``{rest}`` is the answer's own words.
TEMPLATES: dict[str, str] = {
    "feel": "I feel {rest}",
    "feel.not": "I don't feel {rest}",
    "feel.like": "I feel like {rest}",
    "worry": "I {verb} {rest}",
    "worry.not": "I don't have to {verb} {rest}",
    "have": "I have {rest}",
    "have.not": "I don't have {rest}",
    "free-of": "I am free of {rest}",
    "am": "I am {rest}",
    "am.not": "I am not {rest}",
    "seen": "I am {rest}",
    "seen.not": "I am not {rest}",
    "others-see": "Others see me as {rest}",
    "others-see.not": "I am not seen as {rest}",
    "able": "I am able to {rest}",
    "able.avoid": "I am able to avoid {rest}",
    "do.not": "I don't {rest}",
    "lost": "I have lost {rest}",
    "lose.not": "I don't lose {rest}",
    "there": "There {be} {rest}",
}
_AFTER_NEGATION = ("not", "n't", "no", "longer", "now", "never")


def template(name: str, rest: str, **words: str) -> str:
    """The statement of template ``name`` around ``rest``."""
    return TEMPLATES[name].format(rest=rest, **words)


def opens_with_template(words: Sequence[Word], kind: str, lexicon: Lexicon) -> bool:
    """Whether the statement's subject and main predicate are those of a ``kind`` template."""
    verb = predicate_index(words)
    if verb is None or verb == 0:
        return False
    subject = [w.text.lower() for w in words[:verb]]
    predicate = [w for w in words[verb:] if w.text.lower() not in _AFTER_NEGATION]
    if not predicate:
        return False
    first = predicate[0]
    lemmas = [_lemma(w) for w in predicate]
    speaker = subject == ["i"]
    if kind == "emotional":
        return speaker and _emotional(lemmas, predicate)
    if kind == "social":
        return _social(subject, lemmas, predicate, lexicon)
    if speaker:
        return _functional(lemmas, first)
    return subject_person(words[:verb]) != "1sg" and subject[0] not in ("others", "people")


def _emotional(lemmas: list[str], predicate: Sequence[Word]) -> bool:
    head = lemmas[0]
    if head in ("feel", "have") or vocabulary().has("worry_verbs", head):
        return True
    if head == "do" and len(lemmas) > 1:  # "I don't have to worry", "I don't feel"
        return lemmas[1] in ("feel", "have") or vocabulary().has("worry_verbs", lemmas[1])
    if head == "be" and len(predicate) > 1:  # "I am not anxious", "I am free of guilt"
        return predicate[1].text.lower() != "able" and predicate[1].tag in ("JJ", "VBN", "")
    return head in ("relax", "enjoy")


def _social(
    subject: list[str], lemmas: list[str], predicate: Sequence[Word], lexicon: Lexicon
) -> bool:
    if lemmas[0] == "do" and len(lemmas) > 1:
        lemmas = lemmas[1:]
    head = lemmas[0]
    if subject != ["i"]:
        return lexicon.has("perception", head) or head == "take"
    if head == "be" and len(lemmas) > 1:  # "I am seen as …", "I am taken seriously"
        return lexicon.has("perception", lemmas[1]) or lemmas[1] in ("take", "judge", "laugh")
    if head in ("lose", "keep", "have", "gain", "earn", "maintain", "protect"):
        return any(lexicon.has("social_noun", w) for w in lemmas[1:4])
    return head in ("fit", "belong")


def _functional(lemmas: list[str], first: Word) -> bool:
    head = lemmas[0]
    if head in ("have", "be", "do", "lose") or vocabulary().has("stative_verbs", head):
        return head != "feel"
    return first.tag == "VBN"


def _lemma(word: Word) -> str:
    if word.lemma:
        return word.lemma.lower()
    text = word.text.lower()
    irregular = {"am": "be", "is": "be", "are": "be", "has": "have", "does": "do", "'m": "be"}
    if text in irregular:
        return irregular[text]
    if word.tag == "VBZ" and text.endswith("ies"):
        return text[:-3] + "y"
    if word.tag == "VBZ" and text.endswith(("ches", "shes", "sses", "xes", "oes")):
        return text[:-2]
    if word.tag == "VBZ" and text.endswith("s"):
        return text[:-1]
    return text
