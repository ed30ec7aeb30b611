"""The stative templates per kind, and whether a statement opens with one of its kind's.

Templates (ARCHITECTURE.md, LABELING.md):

- emotional: ``I feel …``, ``I don't feel …``, ``I don't have to worry about …``, ``I am not …``
  (anxious, ashamed), ``I have …`` (peace of mind), ``I am free of …``;
- social: ``Others see me (us) as …``, ``<someone> sees me as …`` / ``takes me seriously``,
  ``I am (not) seen as …`` (any perception verb, active or passive), ``I don't lose my
  <standing>``, ``I fit in``;
- functional: ``I have …``, ``I am able to …``, ``I am able to avoid …``, ``I don't <verb> …``,
  ``I have <done> …`` (the perfect of completion), ``There are no …`` or an object-focused state
  (``The package is delivered on time``).
"""

from __future__ import annotations

from collections.abc import Sequence

from interviewer.core.outcome import OutcomeKind
from interviewer.nlp.lexicon import Lexicon
from interviewer.nlp.phrasing.vocabulary import vocabulary
from interviewer.nlp.phrasing.words import Word, predicate_index, subject_words

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
    "others-see-us": "Others see us as {rest}",
    "others-see-us.not": "We are not seen as {rest}",
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
    subject = [w.text.lower() for w in subject_words(words[:verb])]
    predicate = [w for w in words[verb:] if w.text.lower() not in _AFTER_NEGATION]
    if not predicate:
        return False
    lemmas = [_lemma(w) for w in predicate]
    negated = False
    if lemmas[0] in ("do", "can") and len(lemmas) > 1:  # "I don't feel", "I can relax"
        negated = lemmas[0] == "do"
        lemmas, predicate = lemmas[1:], predicate[1:]
    speaker = subject == ["i"]
    if words[0].tag == "VBG" and kind != OutcomeKind.FUNCTIONAL:
        return False  # an activity as the subject is a functional state at most
    if kind == OutcomeKind.EMOTIONAL:  # "I don't <verb>" of a feeling: "I don't freeze up"
        wish = vocabulary().has("not_states", lemmas[0])
        return speaker and not wish and (negated or _emotional(lemmas, predicate, lexicon))
    if kind == OutcomeKind.SOCIAL:
        return _social(subject, lemmas, predicate, lexicon)
    if speaker:  # "I don't <verb>": the avoided result ("I don't carry a balance")
        return negated or _functional(lemmas, predicate[0])
    return subject[0] not in ("others", "people")


def _emotional(lemmas: list[str], predicate: Sequence[Word], lexicon: Lexicon) -> bool:
    head = lemmas[0]
    vocab = vocabulary()
    if vocab.has("not_states", head):  # "I hate it when …" is a wish, not a state
        return False
    if head in ("feel", "have") or vocab.has("worry_verbs", head):
        return True  # "I feel …", "I have peace of mind", "I don't have to worry …"
    if head == "be":  # "I am not anxious", "I am in a good mood", "I am able to relax"
        if len(lemmas) > 2 and lemmas[1:3] == ["able", "to"]:
            return any(_felt(w, lexicon) for w in lemmas[3:]) or _feeling_verb(lemmas, lexicon)
        return len(lemmas) > 1
    if head == "look":  # "I look forward to the check-up"
        return len(predicate) > 1 and predicate[1].text.lower() == "forward"
    return lexicon.has("feeling_verb", head) or vocab.has("emotional_verbs", head)


def _felt(lemma: str, lexicon: Lexicon) -> bool:
    return lexicon.has("emotion", lemma) or lexicon.has("feeling", lemma) or lemma == "worry"


def _feeling_verb(lemmas: list[str], lexicon: Lexicon) -> bool:
    return len(lemmas) > 3 and (
        lexicon.has("feeling_verb", lemmas[3]) or lemmas[3] in ("relax", "enjoy", "breathe")
    )


def _social(
    subject: list[str], lemmas: list[str], predicate: Sequence[Word], lexicon: Lexicon
) -> bool:
    head = lemmas[0]
    if subject == ["there"]:  # "There is no stigma about …": others' regard, named
        nouns = [w for w in predicate[:5] if w.tag.startswith("NN")]  # not "… *laughing*"
        return any(lexicon.has("social_noun", _lemma(w)) for w in nouns) or any(
            lexicon.has("social_noun", w.text.lower()) for w in nouns
        )
    if subject != ["i"]:  # someone else regards or treats the speaker
        return subject[0] not in ("it", "this", "that")
    if head == "be" and len(predicate) > 1:
        # "I am seen as …", "I am not left out …", "I am not the one people laugh at", "I am
        # part of the team" (a participle the tagger took for a past tense: "I am included")
        return predicate[1].tag in ("VBN", "VBD") or predicate[1].text.lower() in (
            "the",
            "a",
            "an",
            "one",
            "part",
        )
    if head in ("lose", "keep", "have", "gain", "earn", "maintain", "protect", "get"):
        if head == "get" and len(predicate) > 1 and predicate[1].tag == "VBN":
            return True  # "I don't get blamed"
        return _regard(lemmas, predicate, lexicon)
    if vocabulary().has("presentation_verbs", head):  # "I don't look clueless to the others"
        return any(w.text.lower() in ("to", "front", "next", "among") for w in predicate)
    return head in ("fit", "belong")


def _regard(lemmas: list[str], predicate: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether the predicate names others' regard ("my reputation", "compliments on …")."""
    return any(lexicon.has("social_noun", w) for w in lemmas[1:6]) or any(
        lexicon.has("social_noun", w.text.lower()) for w in predicate[1:6]
    )


def _functional(lemmas: list[str], first: Word) -> bool:
    head = lemmas[0]
    vocab = vocabulary()
    if head in ("have", "be", "do", "lose"):
        return True
    if vocab.has("stative_verbs", head) or vocab.has("result_verbs", head):
        return True
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
