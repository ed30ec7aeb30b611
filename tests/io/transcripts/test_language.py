"""Only English is analysed: other languages are named in one line, by script or common words."""

from __future__ import annotations

import pytest

from interviewer.io.transcripts import NotEnglishError, parse_transcript
from interviewer.io.transcripts.language import guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Интервьюер: Почему это важно для вас?\n"
            "Респондент: Потому что я хочу чувствовать себя уверенно на работе.\n",
            "Russian",
        ),
        (
            "Інтерв'юер: Чому це важливо для вас?\nРеспондент: Бо я хочу їздити на роботу.\n",
            "Ukrainian",
        ),
        (
            "Entrevistador: ¿Por qué es importante para usted?\n"
            "Participante: Porque quiero sentirme seguro en el trabajo y no es fácil cuando la "
            "casa está lejos de la oficina.\n",
            "Spanish",
        ),
        (
            "Interviewer: Warum ist das wichtig für Sie?\n"
            "Teilnehmer: Weil ich mich bei der Arbeit sicher fühlen will und das ist nicht "
            "einfach, wenn die Wohnung weit weg ist.\n",
            "German",
        ),
        (
            "インタビュアー：なぜそれが大切ですか？参加者：仕事で自信を持ちたいからです。",
            "Japanese",
        ),
        ("采访者：为什么这对你很重要？参与者：因为我想在工作中感到自信。每天通勤很长。", "Chinese"),
        # English with a foreign phrase quoted stays English.
        (
            "Interviewer: Why is that important?\nP1: Because I want to feel confident at work, "
            "and the office is far. My grandmother always said 'mi casa es su casa'.\n",
            "English",
        ),
        ("Q: Why?\nA: Sí.\n", "English"),  # too few letters to tell: taken as English
    ],
)
def test_the_language_is_guessed(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_a_non_english_transcript_is_one_line_naming_the_language() -> None:
    data = "Интервьюер: Почему это важно?\nРеспондент: Потому что я хочу успеть вовремя.\n"
    with pytest.raises(NotEnglishError) as caught:
        parse_transcript(data.encode(), "ru.txt")
    assert str(caught.value) == "ru.txt: looks like Russian; only English is analysed"
