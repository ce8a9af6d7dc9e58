"""The attribution engine's wider rules: verbs, passives, nesting, headings, openers."""

import pytest

from articles.attribution import extract


def _pairs(text, **kwargs):
    return [(s.speaker, s.text) for s in extract(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Judge Amy Jackson clarified in the proceedings that her decision was "
            "not connected to the earlier case.",
            "Amy Jackson",
            "her decision was not connected to the earlier case",
        ),
        (
            "John Smith testified that he saw the defendant at the scene.",
            "John Smith",
            "he saw the defendant at the scene",
        ),
        (
            "Experts warn the dam could fail within a decade.",
            "Experts",
            "the dam could fail within a decade",
        ),
        (
            "Police determined the driver had been drinking.",
            "Police",
            "the driver had been drinking",
        ),
        (
            "Scientists found that the drug cut deaths by half.",
            "Scientists",
            "the drug cut deaths by half",
        ),
        (
            "City officials say the sinkhole is located under the road.",
            "City officials",
            "the sinkhole is located under the road",
        ),
    ],
)
def test_reporting_verbs_in_every_form(text, speaker, statement):
    """Base, past and plural forms of the reporting verbs attribute their clause."""
    assert _pairs(text) == [(speaker, statement)]


@pytest.mark.parametrize(
    "text",
    [
        "Police found a body in the river on Tuesday.",
        "The minister is determined to win the vote next year.",
        "Smith will announce the results on Monday.",
        "The mayor did not say when the road would reopen.",
        "The epicenter was reported to be near the coast.",
        "She visited the state capital to confirm her candidacy.",
    ],
)
def test_verbs_that_report_nothing_here(text):
    """A plain object, an infinitive, a modal, a negation or a bare passive is no statement."""
    assert extract(text) == []


def test_passive_with_an_agent():
    """ "It was reported by X that …" is X's statement."""
    (statement,) = extract("It has been reported by Reuters that the talks collapsed.")
    assert (statement.speaker, statement.speaker_kind, statement.text) == (
        "Reuters",
        "media_outlet",
        "the talks collapsed",
    )


def test_statement_from_an_organisation_and_its_spokesperson():
    """ "a statement from X" and "X's spokesperson" are X speaking."""
    assert _pairs(
        "According to a statement from the ministry, the plant will close next year."
    ) == [("ministry", "the plant will close next year")]
    (statement,) = extract("Acme's spokesperson said the plant would close next year.")
    assert (statement.speaker, statement.speaker_role) == ("Acme", "spokesperson")


def test_interview_opener_is_the_via_not_the_statement():
    """ "In an interview with the BBC, X said …" is X's clause, relayed by the BBC."""
    (statement,) = extract(
        "In an interview with the BBC, Smith said the plant would close."
    )
    assert (statement.speaker, statement.via, statement.text) == (
        "Smith",
        "BBC",
        "the plant would close",
    )


def test_statement_nested_in_a_document():
    """ "a lawsuit alleging that …" nests the lawsuit's statement in the outer one."""
    text = (
        "The Department of Justice announced that Armstrong agreed to pay $5 million to "
        "resolve a lawsuit alleging that his doping defrauded the Postal Service, which "
        "sponsored his team."
    )
    pairs = _pairs(text)
    assert ("lawsuit", "his doping defrauded the Postal Service") in pairs
    assert any(speaker == "Department of Justice" for speaker, _ in pairs)


def test_story_nested_in_a_quotation_names_its_outlet():
    """A story in a named newspaper "alleging that …" is that newspaper's statement."""
    text = (
        "“A story appeared in today’s edition of Azzaman newspaper alleging that the "
        "prisoners had been released. This is false,” the spokesman said."
    )
    assert ("Azzaman", "the prisoners had been released") in _pairs(text)


def test_release_heading_attributes_its_unattributed_quotation():
    """Under "Statement by X:", a quotation with no other attribution is X's."""
    text = (
        "Statement by the Coalition Provisional Authority:\n\n"
        "“The report is false. Saadun Hamadi remains in custody.”"
    )
    found = extract(text)
    assert [(s.speaker, s.text, s.cue) for s in found] == [
        ("Coalition Provisional Authority", "The report is false.", "statement"),
        (
            "Coalition Provisional Authority",
            "Saadun Hamadi remains in custody.",
            "statement",
        ),
    ]


def test_unattributed_quotation_without_heading_is_not_guessed():
    """Without a heading or a speaker, a lone quotation is not attributed."""
    assert extract("“The report is false. Saadun Hamadi remains in custody.”") == []


def test_they_after_an_opening_clause_is_that_group():
    """ "When city engineers examined the holes, they found …" is the engineers."""
    text = (
        "City officials say the road is closed. When city engineers examined the "
        "holes, they found it to span the entire street."
    )
    assert ("city engineers", "it to span the entire street") in _pairs(text)


def test_sentence_about_the_source_does_not_continue_its_statement():
    """Narration about an unnamed source is not more of what it said."""
    text = (
        "The first arriving fire fighters reported heavy smoke. Fire fighters were "
        "soon pulled out of the building."
    )
    assert _pairs(text) == [
        (
            "first arriving fire fighters",
            "The first arriving fire fighters reported heavy smoke.",
        )
    ]
