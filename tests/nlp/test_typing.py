"""Outcome kind and polarity on the boundary cases the domain cares about."""

from __future__ import annotations

import pytest

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.nlp.analyzer import SpacyAnalyzer


def only(analyzer: SpacyAnalyzer, text: str):  # type: ignore[no-untyped-def]
    outcomes = analyzer.analyze(text)
    assert len(outcomes) == 1, [o.statement for o in outcomes]
    return outcomes[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the speaker's feeling about others' regard is still a feeling
        ("I feel like my colleagues take me seriously", "emotional"),
        # others' regard itself is social
        ("My colleagues take me seriously", "social"),
        # a bodily state phrased as a feeling is emotional...
        ("I don't feel so tired all the time", "emotional"),
        # ...phrased as a resource it is functional
        ("I have more energy", "functional"),
        # a passive perception with the speaker as its object
        ("Being seen as someone who delivers", "social"),
        # perception by a named other, object-controlled under "want"
        ("I want my manager to view me as ready for the next step", "social"),
        # worry without the word "feel"
        ("Not having to worry about the car breaking down", "emotional"),
        # an object-focused tangible result
        ("The parcel arrives on time", "functional"),
        # an ability
        ("Being able to fit into my old jeans", "functional"),
        # self-presentation to an audience
        ("Not looking clueless in front of the other parents", "social"),
        # a feeling word as the core state
        ("Confident that the numbers in the deck are right", "emotional"),
        # a judging agent makes it social, however it feels
        ("Not being judged by the other mums at the school gate", "social"),
        # standing that others grant, gained or kept
        ("Gain status among peers", "social"),
        ("I want to earn the respect of the senior engineers", "social"),
    ],
)
def test_kind(analyzer: SpacyAnalyzer, text: str, kind: str) -> None:
    assert only(analyzer, text).kind.value == kind


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("I want the parcel to arrive undamaged", "want"),  # a want, whatever the adjective
        ("The parcel is not damaged", "avoid"),  # negation
        ("I no longer waste my evenings on spreadsheets", "avoid"),  # "no longer"
        ("Stop missing my physio appointments", "avoid"),  # an avoiding wrapper
        ("I don't want my in-laws to think I'm bad with money", "avoid"),  # "don't want"
        ("I want to lose ten pounds before the wedding", "want"),  # losing weight is wanted
        ("Save money on the weekly shop", "want"),  # a gain
        ("Fewer payroll errors every month", "avoid"),  # less of a bad thing
        ("I feel calm before a presentation", "want"),
        ("Not being seen as the lazy one on the team", "avoid"),
        ("I hate chasing invoices at the end of the month", "avoid"),  # what is hated
        ("Minimize the likelihood that customers are overcharged", "avoid"),
    ],
)
def test_polarity(analyzer: SpacyAnalyzer, text: str, polarity: str) -> None:
    assert only(analyzer, text).polarity.value == polarity


def test_every_outcome_carries_evidence_confidence_and_its_span(analyzer: SpacyAnalyzer) -> None:
    text = "Um, honestly? I'd like my boss to trust my forecasts, and I don't want to panic every quarter."
    outcomes = analyzer.analyze(text)
    assert {o.kind.value for o in outcomes} == {"social", "emotional"}
    for outcome in outcomes:
        assert outcome.evidence
        assert 0.0 < outcome.confidence <= 1.0
        start, end = outcome.span
        assert outcome.text == text and 0 <= start < end <= len(text)
        assert outcome.source_text.strip()
    assert [o.confidence for o in outcomes] == sorted(
        (o.confidence for o in outcomes), reverse=True
    )


def test_rule_evidence_names_the_perceiver(analyzer: SpacyAnalyzer) -> None:
    outcome = only(analyzer, "My colleagues take me seriously")
    assert "perceiver:colleagues" in outcome.evidence
    assert any(e.startswith("rule:") for e in outcome.evidence)


# Regression cases from the analysis issue (live interviews and real transcripts), fixed by the
# general mechanisms: talk about the talk, negation scope, rejected reasons, pain polarity.
@pytest.mark.parametrize(
    "text",
    [
        "Hmmm.",  # a backchannel
        "Of course, dear",  # a pleasantry
        "Well, I hope so.",
        "No, I get what you're saying.",  # talk about the talk
        "Yeah",
        "I don't know.",  # and its kin below
        "Honestly, no idea.",
        "My name is Dana and I'm 41",  # who the speaker is
        "I'm the team lead",
        "We go to the pool on Saturdays",  # a routine
    ],
)
def test_no_outcome_in_talk_context_and_biography(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert analyzer.analyze(text) == []


def test_negation_covers_coordinated_verbs(analyzer) -> None:  # type: ignore[no-untyped-def]
    outcomes = analyzer.analyze("I don't wanna just go get a job, or just start freelancing again")
    assert len(outcomes) == 2
    assert all(o.polarity is Polarity.AVOID for o in outcomes)


def test_a_rejected_reason_is_not_coded(analyzer) -> None:  # type: ignore[no-untyped-def]
    outcomes = analyzer.analyze(
        "The reason isn't because I just want to have a lot of money, "
        "it's that I want to be free to choose my work"
    )
    assert outcomes and all("money" not in o.statement for o in outcomes)
    assert all(o.source_text.find("money") == -1 for o in outcomes)
    [affirmed] = analyzer.analyze("It's not that I want the money, it's that I'd feel less trapped")
    assert affirmed.kind is OutcomeKind.EMOTIONAL and "trapped" in affirmed.statement


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I kind of feel gross when I look in the mirror", OutcomeKind.EMOTIONAL),
        ("Reconciling the invoices by hand eats my whole Friday", OutcomeKind.FUNCTIONAL),
        ("The dread of opening the bank app every morning", OutcomeKind.EMOTIONAL),
        ("Manual tracking takes hours", OutcomeKind.FUNCTIONAL),  # a cost told as it is
        ("I'd feel self-conscious at my desk", OutcomeKind.EMOTIONAL),
    ],
)
def test_bad_states_and_pains_are_avoid(analyzer, text: str, kind: OutcomeKind) -> None:  # type: ignore[no-untyped-def]
    top = analyzer.analyze(text)[0]
    assert (top.kind, top.polarity) == (kind, Polarity.AVOID)


def test_survey_subjects_stand_in_for_the_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    top = analyzer.analyze("Most respondents said they feel anxious about retirement savings")[0]
    assert top.kind is OutcomeKind.EMOTIONAL and top.polarity is Polarity.AVOID
    assert any(e.startswith("stand-in:") for e in top.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "My sister is busy and distracted",  # an opinion of someone in the speaker's life
        "Could you say that again?",  # a question back to the interviewer
        "Why would I pay more for the same thing?",  # a question with no outcome word
        "Can a clever kettle actually save energy?",  # "clever" (a feeling word) names a thing
    ],
)
def test_asides_about_others_and_questions_get_no_outcome(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert analyzer.analyze(text) == []


def test_a_rhetorical_question_about_others_view_is_read(analyzer) -> None:  # type: ignore[no-untyped-def]
    top = analyzer.analyze("What if the other parents think I'm a bad mum?")[0]
    assert (top.kind, top.polarity) == (OutcomeKind.SOCIAL, Polarity.AVOID)


def test_persona_pronouns_are_not_someone_elses_outcome(analyzer) -> None:  # type: ignore[no-untyped-def]
    outcomes = analyzer.analyze("Busy parents want dinners that take twenty minutes, not an hour")
    assert outcomes and outcomes[0].kind is OutcomeKind.FUNCTIONAL


@pytest.mark.parametrize(
    "text",
    [
        "I'd arrive on time for my shift",  # a result gained, no sign of an absence
        "I feel sure of myself when I'm not anxious",  # the bad word is in a negated aside
        "I want it to take minutes",  # a cost wished for, not told
    ],
)
def test_gains_stay_want(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert analyzer.analyze(text)[0].polarity is Polarity.WANT


@pytest.mark.parametrize(
    "text",
    [
        # a purpose-like complement that spans the whole clause once looped without end
        "Honestly I just want to get back to where I used to be.",
        "I stay late to avoid being seen as lazy by my manager",
    ],
)
def test_purpose_clauses_are_read_once(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert analyzer.analyze(text)  # an outcome, and no endless re-reading of the same clause


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("I'm always worried that my coworkers think I'm slow", True),
        ("I get nervous about what the other parents will say about me", True),
        ("I'm scared of being laughed at when I present", True),
        ("I worry about how I come across to clients", True),
        ("I fear the judgement of other climbers", True),
        # a fear whose object is a thing, or others' view of something else, stays a feeling
        ("I worry about the cost of the repairs", False),
        ("I'm afraid my kids won't like the food", False),
    ],
)
def test_fear_of_others_judgement_is_social(analyzer, text: str, judged: bool) -> None:  # type: ignore[no-untyped-def]
    outcome = analyzer.analyze(text)[0]
    assert (outcome.kind == OutcomeKind.SOCIAL) is judged, outcome.evidence
    assert any(e.startswith("rule:fear-of-judgement") for e in outcome.evidence) is judged
    assert outcome.polarity == Polarity.AVOID


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # what a fear holds is to be avoided
        ("I'm worried I'll oversleep and miss the early flight", "feared:"),
        # others' view of the speaker that is denied or negative
        ("My clients think I don't know my trade", "negative-regard:"),
    ],
)
def test_fears_and_bad_regard_are_avoid(analyzer, text: str, sign: str) -> None:  # type: ignore[no-untyped-def]
    outcome = analyzer.analyze(text)[0]
    assert outcome.polarity == Polarity.AVOID
    assert any(e.startswith(sign) for e in outcome.evidence), outcome.evidence


def test_a_contrast_in_others_view_stays_want(analyzer) -> None:  # type: ignore[no-untyped-def]
    outcome = only(analyzer, "My tenants see me as a partner, not a landlord")
    assert outcome.polarity == Polarity.WANT
    assert not any(e.startswith("negative-regard:") for e in outcome.evidence)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a subject-less passive fragment: the speaker perceived
        ("Viewed as a safe pair of hands by the partners", "rule:seen-as="),
        ("perceived as capable by the new director", "rule:seen-as="),
        # others' regard received
        ("I'd receive compliments from strangers on my coat", "rule:standing="),
        ("getting recognition from the board for the migration", "rule:standing="),
    ],
)
def test_regard_received_and_passive_fragments_are_social(analyzer, text: str, rule: str) -> None:  # type: ignore[no-untyped-def]
    outcome = analyzer.analyze(text)[0]
    assert outcome.kind == OutcomeKind.SOCIAL
    assert any(e.startswith(rule) for e in outcome.evidence), outcome.evidence


def test_others_view_is_social_only_when_it_is_about_the_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    rules = ("rule:perceived-by-others=", "rule:others-think=")
    about_me = analyzer.analyze("My neighbours think I'm lazy")[0]
    assert about_me.kind == OutcomeKind.SOCIAL
    assert any(e.startswith(rules) for e in about_me.evidence)
    assert about_me.polarity == Polarity.AVOID  # a bad view of the speaker is to be avoided
    for outcome in analyzer.analyze("My accountant thinks the invoice template is outdated"):
        assert not any(e.startswith(rules) for e in outcome.evidence)


def test_a_clause_held_by_a_problem_word_is_avoid(analyzer) -> None:  # type: ignore[no-untyped-def]
    # every item of a list the problem word holds is to avoid, so the list is phrased whole
    [outcome] = analyzer.analyze("Trouble in finding and booking a reliable babysitter")
    assert outcome.polarity == Polarity.AVOID
    assert "finding and booking a reliable babysitter" in outcome.statement


@pytest.mark.parametrize(
    ("text", "perceiver"),
    [
        ("I don't want my in-laws to think I'm irresponsible with money", "in-laws"),
        ("My mother-in-law thinks I spoil the kids", "mother-in-law"),
        ("My co-workers see me as the fixer", "co-workers"),
    ],
)
def test_a_hyphenated_person_is_one_perceiver(analyzer, text: str, perceiver: str) -> None:  # type: ignore[no-untyped-def]
    outcome = analyzer.analyze(text)[0]
    assert outcome.kind == OutcomeKind.SOCIAL
    assert f"perceiver:{perceiver}" in outcome.evidence
    assert perceiver in outcome.statement  # the statement keeps the word whole


@pytest.mark.parametrize(
    "text",
    [
        "Awful, to be honest.",  # the tagger took the capitalised word for a name
        "Pretty rubbish, honestly.",
        "Terrible.",
    ],
)
def test_a_bad_feeling_said_alone_is_how_the_speaker_felt(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    [outcome] = analyzer.analyze(text)
    assert (outcome.kind, outcome.polarity) == (OutcomeKind.EMOTIONAL, Polarity.AVOID)
    assert any(e.startswith("rule:bad-feeling=") for e in outcome.evidence), outcome.evidence
    assert outcome.statement.startswith("I don't feel ")
    assert outcome.statement == outcome.statement[:2] + outcome.statement[2:].lower()


@pytest.mark.parametrize("text", ["Great.", "Yeah, good.", "Horrible traffic."])
def test_a_good_word_alone_or_a_bad_thing_is_no_bad_feeling(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    for outcome in analyzer.analyze(text):
        assert not any(e.startswith("rule:bad-feeling=") for e in outcome.evidence)


def test_a_span_naming_only_a_person_is_no_outcome(analyzer) -> None:  # type: ignore[no-untyped-def]
    # the parser cut this sentence after "my partner"; the person alone is no outcome
    outcomes = analyzer.analyze("Yeah, I guess, my partner and I argue about money a lot.")
    assert all(o.statement.lower() != "my partner" for o in outcomes)
    assert analyzer.analyze("My manager.") == []


def test_the_perceivers_own_my_is_not_the_speaker_as_object(analyzer) -> None:  # type: ignore[no-untyped-def]
    rules = ("rule:perceived-by-others=", "rule:others-think=")
    for outcome in analyzer.analyze("My sister thinks the whole thing is a scam"):
        assert not any(e.startswith(rules) for e in outcome.evidence)
    trusted = analyzer.analyze("My boss trusts my judgement")[0]
    assert any(e.startswith(rules) for e in trusted.evidence)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I'm not trying to win any awards, I just want the garden tidy by June", "garden"),
        ("I don't mean to be fussy, but the invoices go out late every month", "invoices"),
    ],
)
def test_a_disclaimed_motive_is_not_coded(analyzer, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    outcomes = analyzer.analyze(text)
    assert any(kept in o.statement.lower() for o in outcomes), outcomes
    disclaimed = ("award", "fussy")
    assert not any(w in o.statement.lower() for o in outcomes for w in disclaimed), outcomes


def test_a_quantity_said_alone_is_no_outcome(analyzer) -> None:  # type: ignore[no-untyped-def]
    # how much, of something the answer already named: a correction, not a second outcome
    text = (
        "Yeah, I guess, my partner and I argue about money a lot. Well, not a lot, but enough. "
        "I'd like us to be on the same page."
    )
    for outcome in analyzer.analyze(text):
        assert "but enough" not in outcome.statement, outcome


@pytest.mark.parametrize(
    "text",
    [
        "The app syncs invoices from Stripe and PayPal every hour",
        "Every membership includes two guest passes and a free towel",
    ],
)
def test_what_a_product_has_or_does_is_no_outcome(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert analyzer.analyze(text) == []
    [candidate] = analyzer.nlp(text)._.outcome_candidates
    assert candidate.reading is not None
    assert any(e.startswith("situation:feature=") for e in candidate.reading.situation)


def test_a_product_feature_someone_wants_is_still_an_outcome(analyzer) -> None:  # type: ignore[no-untyped-def]
    [outcome] = analyzer.analyze("I want an app that syncs invoices from Stripe every hour")
    assert outcome.kind == OutcomeKind.FUNCTIONAL


@pytest.mark.parametrize(
    ("text", "adjective", "polarity"),
    [
        ("The woman at the front desk was dismissive", "dismissive", "avoid"),
        ("My landlord is so condescending", "condescending", "avoid"),
        ("The coaches at the running club are really supportive", "supportive", "want"),
    ],
)
def test_how_others_treat_the_speaker_told_by_an_adjective_is_social(  # type: ignore[no-untyped-def]
    analyzer, text: str, adjective: str, polarity: str
) -> None:
    outcome = only(analyzer, text)
    assert outcome.kind is OutcomeKind.SOCIAL
    assert f"rule:treated-by-others={adjective}" in outcome.evidence
    assert outcome.polarity.value == polarity


def test_a_thing_described_by_an_adjective_is_not_treatment(analyzer) -> None:  # type: ignore[no-untyped-def]
    for outcome in analyzer.analyze("The new boiler is cold and noisy"):
        assert not any(e.startswith("rule:treated-by-others") for e in outcome.evidence)


@pytest.mark.parametrize(
    ("text", "kind", "polarity"),
    [
        # feeling idioms name the speaker's feeling without a feeling word
        ("I'm always on edge before the quarterly review", OutcomeKind.EMOTIONAL, "avoid"),
        ("I was at the end of my tether with the builders", OutcomeKind.EMOTIONAL, "avoid"),
        ("I was over the moon when the loan came through", OutcomeKind.EMOTIONAL, "want"),
        # the feeling nouns and adjectives of a feelings inventory, said of a group or a thing
        ("Freelance translators may struggle with loneliness", OutcomeKind.EMOTIONAL, "avoid"),
        ("The tax return can feel daunting", OutcomeKind.EMOTIONAL, "avoid"),
    ],
)
def test_feelings_told_by_idioms_and_inventory_words(  # type: ignore[no-untyped-def]
    analyzer, text: str, kind: OutcomeKind, polarity: str
) -> None:
    outcome = only(analyzer, text)
    assert (outcome.kind, outcome.polarity.value) == (kind, polarity), outcome.evidence


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("I'm down 12 kilos since January", "want"),
        ("I'm finally under 80 kilos", "want"),
        ("I've put on 10 kilos since the baby", "avoid"),
    ],
)
def test_a_measured_bodily_result_is_functional(analyzer, text: str, polarity: str) -> None:  # type: ignore[no-untyped-def]
    outcome = only(analyzer, text)
    assert outcome.kind is OutcomeKind.FUNCTIONAL
    assert "rule:body-measure=kilo" in outcome.evidence
    assert outcome.polarity.value == polarity


def test_a_group_acting_on_the_speaker_is_someone_else(analyzer) -> None:  # type: ignore[no-untyped-def]
    # "customers want …" stands in for the speaker; "customers trust *us*" is others' regard
    acting = only(analyzer, "Customers trust us with their card details")
    assert acting.kind is OutcomeKind.SOCIAL
    assert "rule:perceived-by-others=trust" in acting.evidence
    standing_in = only(analyzer, "Customers trust the app with their card details")
    assert standing_in.kind is OutcomeKind.EMOTIONAL


def test_a_fear_word_read_as_a_verb_still_frames_others_judgement(analyzer) -> None:  # type: ignore[no-untyped-def]
    outcome = only(analyzer, "I'm terrified the other dads at football think I'm a soft touch")
    assert outcome.kind is OutcomeKind.SOCIAL
    assert outcome.polarity is Polarity.AVOID


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a bad feeling told about a concrete problem frames the problem (LABELING: pains)
        ("So annoyed that the photo app crawls on hotel wifi", OutcomeKind.FUNCTIONAL),
        ("Worried about covering the rent next month", OutcomeKind.FUNCTIONAL),
        ("I get so stressed when the nursery rings during a meeting", OutcomeKind.FUNCTIONAL),
        # wished away, the feeling itself is the outcome
        ("Not worried about covering the rent", OutcomeKind.EMOTIONAL),
        ("I don't want to be anxious about the rent", OutcomeKind.EMOTIONAL),
        ("I'm no longer anxious about the rent", OutcomeKind.EMOTIONAL),
        # the dread of doing something is the harm itself
        ("I dread opening the bills", OutcomeKind.EMOTIONAL),
    ],
)
def test_a_feeling_that_frames_a_concrete_problem(analyzer, text: str, kind: OutcomeKind) -> None:  # type: ignore[no-untyped-def]
    outcome = only(analyzer, text)
    assert outcome.kind is kind, outcome.evidence
    assert outcome.polarity is Polarity.AVOID


@pytest.mark.parametrize(
    "text",
    [
        "I'm always anxious about money",  # a topic, not an event
        "I'm nervous about the interview on Friday",
        "I'm worried about my mum",
        "I get anxious when I have to speak in meetings",  # the speaker's own doing
    ],
)
def test_a_feeling_about_a_topic_or_ones_own_doing_stays_emotional(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert only(analyzer, text).kind is OutcomeKind.EMOTIONAL


@pytest.mark.parametrize(
    "text", ["feeling proud of the allotment", "feel relaxed at the dentist, not on edge"]
)
def test_a_good_feeling_predicate_is_wanted(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    outcome = only(analyzer, text)
    assert outcome.polarity is Polarity.WANT
    assert any(e.startswith("want:feel-") for e in outcome.evidence), outcome.evidence


def test_an_interjection_read_as_a_name_is_no_third_party(analyzer) -> None:  # type: ignore[no-untyped-def]
    outcome = only(analyzer, "Ugh, the whole process is so confusing.")
    assert outcome.kind is OutcomeKind.EMOTIONAL
    assert not any(e.startswith("situation:third-party") for e in outcome.evidence)


def test_a_comparative_gain_is_wanted(analyzer) -> None:  # type: ignore[no-untyped-def]
    outcome = only(analyzer, "Wow, the new dashboard is so much quicker")
    assert outcome.polarity is Polarity.WANT
    assert "want:quicker" in outcome.evidence
    # "less" is an absence (LABELING), and a comparative beside a harm is no gain
    for text in ("The school run is less of a scramble now", "The dread of Mondays feels heavier"):
        for outcome in analyzer.analyze(text):
            assert not any(e in ("want:less", "want:heavier") for e in outcome.evidence), text


def test_an_extraposed_feeling_frames_the_problem_it_names(analyzer) -> None:  # type: ignore[no-untyped-def]
    outcome = only(analyzer, "It's maddening that I have to type the same address into three forms")
    assert outcome.kind is OutcomeKind.FUNCTIONAL
    assert outcome.polarity is Polarity.AVOID


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much for fitting me in today!",
        "Hope that helps anyone choosing a boiler",
        "Cheers, take care",
    ],
)
def test_politeness_is_no_outcome(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert analyzer.analyze(text) == []


def test_thanks_to_a_cause_is_not_politeness(analyzer) -> None:  # type: ignore[no-untyped-def]
    outcome = only(analyzer, "Thanks to the new rota I finally get my weekends back")
    assert outcome.kind is OutcomeKind.FUNCTIONAL


def test_time_spent_is_functional_whatever_the_feeling(analyzer) -> None:  # type: ignore[no-untyped-def]
    outcome = only(analyzer, "The stupid expenses form eats my whole Monday morning")
    assert outcome.kind is OutcomeKind.FUNCTIONAL
    assert outcome.polarity is Polarity.AVOID
    assert any(e.startswith("rule:cost=eat") for e in outcome.evidence), outcome.evidence


@pytest.mark.parametrize(
    ("text", "verb"),
    [("The other parents snub me at pickup", "snub"), ("My manager nodded at my idea in the meeting", "nod")],
)
def test_more_verbs_of_others_regard(analyzer, text: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    outcome = only(analyzer, text)
    assert outcome.kind is OutcomeKind.SOCIAL
    assert f"rule:perceived-by-others={verb}" in outcome.evidence
