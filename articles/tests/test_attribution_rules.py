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


def test_he_and_she_agree_with_what_the_article_says_of_each_person():
    """ "He" is not the woman who spoke last: the article's own "She" after her
    name, or a title, tells her gender."""
    text = (
        "Maria Lopez is a nurse. She says the clinic is full. Ahmed Bello is a "
        "doctor. He says the clinic needs more beds."
    )
    assert _pairs(text) == [
        ("Maria Lopez", "the clinic is full"),
        ("Ahmed Bello", "the clinic needs more beds"),
    ]
    titled = (
        "Maria Lopez says the clinic is full. Ahmed Bello also works there. He "
        "says the clinic needs more beds. Ms. Lopez disagrees."
    )
    assert _pairs(titled)[1] == ("Ahmed Bello", "the clinic needs more beds")


def test_places_and_dates_are_never_speakers():
    """ "announced Friday" names a day; "South Korea" after "born in" a place."""
    text = (
        "Raila Odinga, who rejected the results of the contest, announced Friday. "
        "He claims the election was rigged."
    )
    assert ("Raila Odinga", "the election was rigged") in _pairs(text)
    assert all(speaker == "Raila Odinga" for speaker, _ in _pairs(text))
    born = (
        "Peter Kim met the governor. Japan and South Korea disagree. Mr. Kim was "
        "born in South Korea. He says everyone there calls it the East Sea."
    )
    assert _pairs(born) == [("Peter Kim", "everyone there calls it the East Sea")]


def test_an_office_of_an_organisation_speaks_as_that_office():
    text = "Earlier in the week, the head of the World Bank said support can speed progress."
    assert _pairs(text) == [("head of the World Bank", "support can speed progress")]


def test_transcript_labels_without_quotation_marks():
    """A guest the story names speaks under a label; the programme's own
    reporter ("as we hear from VOA's …") and unknown labels stay narration."""
    text = (
        "President Barack Obama spoke on Thursday.\n\n"
        "BARACK OBAMA: The goal must be openness. We will start with Tunisia.\n\n"
        "SMITH: The leaders then left the hall."
    )
    found = extract(text)
    assert [(s.speaker, s.text, s.is_direct_quote) for s in found] == [
        ("Barack Obama", "The goal must be openness.", True),
        ("Barack Obama", "We will start with Tunisia.", True),
    ]
    reporter = (
        "But as we hear from VOA's Jane Berman, experts disagree.\n\n"
        "BERMAN: In 2005, the scientific community was outraged by the fraud."
    )
    assert _pairs(reporter) == []


def test_a_quotation_paragraph_after_paragraphs_about_one_person():
    """A person speaking of themselves ("I") in a paragraph of its own is the
    one person the paragraphs before it were about; with two, nobody."""
    text = (
        "Rohin Sarin is a 15-year-old student. He likes sports.\n\n"
        "Rohin has diabetes.\n\n"
        "“Sometimes I feel dizzy and I cannot play.”"
    )
    assert _pairs(text) == [
        ("Rohin Sarin", "Sometimes I feel dizzy and I cannot play.")
    ]
    two = (
        "Rohin Sarin and Amit Jain are students.\n\n"
        "“Sometimes I feel dizzy and I cannot play.”"
    )
    assert _pairs(two) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, investigators questioned Kargbo.",
        "Japan and South Korea have been arguing over the name of a sea.",
        "The minister told reporters in a long interview at the ministry.",
    ],
)
def test_verbs_with_no_content_state_nothing(text):
    """An interrogation, a dispute, or how someone spoke is not a statement."""
    assert _pairs(text) == []


def test_how_a_quotation_was_told_is_not_part_of_it():
    text = (
        "Daniele Darlan heads the court. “The constitution is the fundamental "
        "law,” she told VOA, speaking in French."
    )
    assert _pairs(text) == [
        ("Daniele Darlan", "The constitution is the fundamental law")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "A new study has found evidence of aggressive behavior in children.",
            "new study",
            "A new study has found evidence of aggressive behavior in children.",
        ),
        (
            "The final report was published last week. It found that none of the "
            "trackers met the standard.",
            "report",
            "none of the trackers met the standard",
        ),
        (
            "Until now, most scientists thought all cave paintings were the work of "
            "humans.",
            "most scientists",
            "all cave paintings were the work of humans",
        ),
        (
            "However, researchers have discovered that a compound in a common "
            "vegetable might help treat diabetes.",
            "researchers",
            "a compound in a common vegetable might help treat diabetes",
        ),
        (
            "Researchers from University College London, the National University "
            "of Colombia and Harvard found that Americans are missing more teeth.",
            "Researchers",
            "Americans are missing more teeth",
        ),
        (
            "In 2016 the World Health Organization published its Global Report on "
            "Diabetes. It says the number of diabetic adults rose.",
            "World Health Organization",
            "the number of diabetic adults rose",
        ),
    ],
)
def test_findings_of_studies_and_reports(text, speaker, statement):
    assert _pairs(text) == [(speaker, statement)]


def test_a_quoted_thought_reported_by_its_speaker():
    text = (
        "The program manager said that he thought “the European team is looking "
        "forward to the launch.”"
    )
    assert _pairs(text) == [
        ("program manager", "the European team is looking forward to the launch.")
    ]


def test_a_quotation_mark_opened_inside_a_phrase_ends_with_its_sentence():
    """An unclosed “ after "the" is a typo: the next sentences are not quoted."""
    from articles.attribution.text import quotes

    body = (
        "They used the “gold standard instruments. The report found that the "
        "trackers were wrong."
    )
    assert [(q.start, q.end) for q in quotes(body, 0, len(body))] == [
        (body.index("“"), body.index("instruments.") + len("instruments."))
    ]
    assert _pairs(body)[-1] == ("report", "the trackers were wrong")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The economy, analysts say, will shrink this year.", "analysts"),
        (
            "Around that time, scientists believe, Homo sapiens arrived in Europe.",
            "scientists",
        ),
    ],
)
def test_an_attribution_between_commas_inside_the_sentence(text, speaker):
    """ "START, X say, REST.": the whole sentence is X's."""
    assert _pairs(text) == [(speaker, text)]


def test_a_list_between_commas_is_no_attribution():
    assert _pairs("Apples, pears, plums and figs were sold at the market.") == []


def test_an_organisation_s_officer_by_its_initials():
    """ "The C.D.C. chief" is the person introduced as director of the Centers
    for Disease Control."""
    text = (
        "Tom Frieden, director of the U.S. Centers for Disease Control, spoke to "
        "reporters. The C.D.C. chief says the virus is spreading in two ways."
    )
    assert _pairs(text) == [("Tom Frieden", "the virus is spreading in two ways")]


def test_she_after_a_woman_the_sentence_before_describes():
    text = (
        "Residents said aid was slow, including one woman in the town of Chincha. "
        "She said all the houses fell down. She said no one came to help."
    )
    assert _pairs(text)[1:] == [
        ("woman in the town of Chincha", "all the houses fell down"),
        ("woman in the town of Chincha", "no one came to help"),
    ]


def test_a_city_and_its_state_are_no_description_of_the_speaker():
    text = (
        "Omar Samad, an Afghan expert at the New America Foundation in Washington, "
        "D.C., says it is likely that the front-runners will fight to the finish."
    )
    assert _pairs(text) == [
        ("Omar Samad", "it is likely that the front-runners will fight to the finish")
    ]


def test_the_name_after_a_lowercase_title():
    text = (
        "His chief competitor, former foreign minister Abdullah Abdullah, has said "
        "he is sure that most voters had cast their ballots for him."
    )
    assert _pairs(text)[0][0] == "Abdullah Abdullah"


def test_nobody_named_inside_a_quotation_speaks_it():
    text = (
        "Gaston Sindimwo spoke to VOA. “Elections are over now. We urge "
        "president-elect Evariste Ndayishimiye to lead all Burundians,” he said."
    )
    assert {speaker for speaker, _ in _pairs(text)} == {"Gaston Sindimwo"}


def test_a_quotation_paragraph_after_a_titled_surname():
    text = (
        "President Obama videotaped a message for the people of West Africa.\n\n"
        "“I want you to know that our prayers are with you.”"
    )
    assert _pairs(text) == [
        ("Obama", "I want you to know that our prayers are with you.")
    ]


def test_a_text_stored_one_paragraph_a_line():
    """Line breaks separate paragraphs when every line ends a sentence; a text
    wrapped mid-sentence keeps its paragraphs."""
    from articles.attribution.text import paragraphs

    lined = "First paragraph ends.\nSecond one too.\nThird “quoted.”"
    assert len(paragraphs(lined)) == 3
    wrapped = "A sentence wrapped\nat a fixed width.\n\nAnother paragraph."
    assert len(paragraphs(wrapped)) == 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Taliban has rejected the latest appeals made by the negotiators.",
            "Taliban",
        ),
        ("Matonga disputed the opposition leader's claim about the vote.", "Matonga"),
        (
            "The seven candidates had also dismissed the election as fraudulent.",
            "seven candidates",
        ),
    ],
)
def test_stances_on_a_claim_are_statements(text, speaker):
    """Rejecting, disputing or dismissing something states a position: the
    sentence is the statement (guidelines, calls settled with the eighth set)."""
    assert _pairs(text) == [(speaker, text)]


def test_a_release_introduced_as_someone_s_statement():
    text = (
        "The following is a statement from NASA Administrator Sean O'Keefe "
        "regarding today's landing at Dugway Proving Ground.\n\n"
        '"Exploration of the heavens is not an easy task. We learn from each '
        'mission."'
    )
    assert {speaker for speaker, _ in _pairs(text)} == {"Sean O'Keefe"}
    assert len(_pairs(text)) == 2


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "A new United Nations report says poor countries would suffer the most.",
            "new United Nations report",
            "says",
        ),
        (
            # The reporter's reading of the remarks, not Trump's words.
            "Trump's remarks suggest that much work remains to be done on trade.",
            None,
            None,
        ),
    ],
)
def test_a_report_or_remarks_before_the_verb_is_a_noun(text, speaker, cue):
    found = extract(text)
    assert [(s.speaker, s.cue) for s in found] == ([(speaker, cue)] if cue else [])


def test_an_organisation_s_spokesperson_with_and_in_its_name():
    text = (
        "A Scottish Fire and Rescue Service spokesperson said hydraulic cutting "
        "equipment was used during rescue efforts."
    )
    assert _pairs(text)[0][0] == "Scottish Fire and Rescue Service spokesperson"


def test_the_moment_of_speaking_is_not_what_was_said():
    text = (
        "President Trump said Friday as he spoke with reporters outside the "
        "White House."
    )
    assert _pairs(text) == []


def test_a_party_is_rejecting_results():
    text = (
        "The opposition Union of Forces for Change Party is rejecting results that "
        "indicate President Faure Gnassingbe won more than 60 percent of the vote."
    )
    # The party's name, without the description "opposition" before it.
    assert _pairs(text) == [("Union of Forces for Change Party", text)]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Secretary-General Ban Ki-moon welcomed what he called the peaceful "
            "conduct of the vote.",
            "Ban Ki-moon",
            "what he called the peaceful conduct of the vote",
        ),
        (
            "Thousands of opposition supporters protested against what they call "
            "electoral fraud.",
            "Thousands of opposition supporters",
            "what they call electoral fraud",
        ),
        # The pronoun is the subject of the verb an infinitive hangs on.
        (
            "Ann Roe, leader of the United Party, urged the world to monitor what "
            "she called abuses by the police.",
            "Ann Roe",
            "what she called abuses by the police",
        ),
        (
            "Eritrea is appealing to the Security Council to condemn what it "
            "called an offensive by Ethiopia.",
            "Eritrea",
            "what it called an offensive by Ethiopia",
        ),
        # A name with its organisation, a report, a possessor's office.
        (
            "That has led to what Ann Roe of Human Rights Watch calls an "
            "inadequate response.",
            "Ann Roe",
            "what Ann Roe of Human Rights Watch calls an inadequate response",
        ),
        (
            "Scientists testified about what a new report calls an atmosphere "
            "of interference.",
            "new report",
            "what a new report calls an atmosphere of interference",
        ),
    ],
)
def test_what_someone_called_something(text, speaker, statement):
    """ "what he called …" inside a sentence is its subject's statement."""
    assert _pairs(text) == [(speaker, statement)]


def test_he_after_a_new_person_is_introduced_is_that_person():
    """Centering: "He" after sentences that introduce someone new as their
    subject is the newcomer, not the last speaker; a person met as an object
    ("met with Vice President Cheney") does not take over."""
    text = (
        "Team spokesman Bob Condron says there is a reason for this trend.\n\n"
        "The head coach has been Ratko Rudic. He was born in Belgrade.\n\n"
        "He told reporters that many people were shocked by his move."
    )
    assert _pairs(text)[-1] == ("Ratko Rudic", "many people were shocked by his move")
    text = (
        "Ryozo Kato said the visit went well. He had met with Vice President "
        "Richard Cheney in Japan. He said the troops were impressive."
    )
    assert _pairs(text)[-1] == ("Ryozo Kato", "the troops were impressive")


def test_a_place_named_in_a_possessive_is_no_person():
    from articles.attribution.engine import _Reader

    reader = _Reader("Flights to Israel's Ben-Gurion airport stopped on Tuesday.")
    assert reader.persons == []


@pytest.mark.parametrize(
    "after",
    [
        "he said of current servicemembers.",
        "Kato said, quoting Abe.",
        "Ellis told Ullah in federal court in Alexandria, Virginia.",
        "Obama told an assembly of several dozen servicemembers today.",
    ],
)
def test_what_follows_a_quotation_s_attribution_is_how_it_was_said(after):
    text = (
        "President Bush spoke at the cemetery. “They continue the proud legacy "
        f"of those who came before them,” {after}"
    )
    assert [statement for _, statement in _pairs(text)] == [
        "They continue the proud legacy of those who came before them"
    ]


def test_an_officer_by_rank_after_an_abbreviated_title():
    text = (
        "Navy Adm. Mike Mullen spoke on Friday. The admiral acknowledged that "
        "difficult budget decisions are ahead."
    )
    assert _pairs(text) == [("Mike Mullen", "difficult budget decisions are ahead")]


def test_a_report_s_forecasts_go_on_in_the_next_sentences():
    text = (
        "The report says temperatures could rise by six degrees. Higher "
        "temperatures could spread malaria. Researchers worked on it for a year."
    )
    assert [statement for _, statement in _pairs(text)] == [
        "temperatures could rise by six degrees. Higher temperatures could spread "
        "malaria."
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "America can ill afford to lose its military edge, Navy Adm. Mike Mullen "
            "said Sept. 30, his last day as chairman of the Joint Chiefs.",
            "Mike Mullen",
            "America can ill afford to lose its military edge",
        ),
        (
            "Saint Mary's principal, Frank Phillips, says knowing Chinese will help "
            "students in a changing world.",
            "Frank Phillips",
            "knowing Chinese will help students in a changing world",
        ),
        (
            "John Charles studies the twins. He says this may be because their "
            "training is stressful.",
            "John Charles",
            "this may be because their training is stressful",
        ),
    ],
)
def test_dates_appositions_and_clauses_around_the_verb(text, speaker, statement):
    assert _pairs(text) == [(speaker, statement)]


def test_according_to_with_irregular_spacing_after_commas():
    """The clause's offset is found where it stands, whatever the spacing (two
    spaces after a comma once raised an error)."""
    text = "According to police, the suspect fled,  then hid in a barn."
    assert _pairs(text) == [("police", "the suspect fled,  then hid in a barn")]


def test_a_statement_list_with_names_and_titles_before_colons():
    text = (
        "EPA Region 5 Administrator Cathy Stepp: “Today’s agreement is a big step. "
        "We are committed to it.”\n\n"
        "Assistant Attorney General Jeffrey Clark of the Justice Department: “This "
        "agreement marks a milestone.”"
    )
    assert _pairs(text) == [
        ("Cathy Stepp", "Today’s agreement is a big step."),
        ("Cathy Stepp", "We are committed to it."),
        ("Jeffrey Clark", "This agreement marks a milestone."),
    ]


def test_a_role_and_name_after_an_inverted_said():
    text = (
        "Security forces ended the siege after six hours, said an interior "
        "ministry spokesman, Nasrat Rahimi."
    )
    assert _pairs(text)[0][0] == "Nasrat Rahimi"
    text = (
        "Three panels will meet next year, said Cliff Preetorious, program manager, "
        "Officer Accession Branch."
    )
    assert _pairs(text) == [("Cliff Preetorious", "Three panels will meet next year")]


@pytest.mark.parametrize(
    "text",
    [
        "China added military weapons to some of the islands.",
        "The Navy Times reported last week on the planned operations.",
        "Martina Franco added another in the 77th minute.",
    ],
)
def test_adding_things_and_reporting_on_a_topic_state_nothing(text):
    assert _pairs(text) == []


def test_praise_of_something_is_a_statement():
    text = (
        "EU president Herman Van Rompuy hailed the candidacy as a remarkable "
        "achievement."
    )
    assert _pairs(text) == [("Herman Van Rompuy", text)]


def test_a_label_whose_title_runs_on_before_the_name():
    text = (
        "EPA Assistant Administrator for Enforcement and Compliance Assurance Susan "
        "Bodine: “This is a terrific settlement.”"
    )
    assert _pairs(text) == [("Susan Bodine", "This is a terrific settlement.")]


@pytest.mark.parametrize(
    "text",
    [
        "Researcher John Treanor of the University of Rochester in New York state, led the study.",
        "Tuesday's report came the same day the central bank met.",
        "The spokesman shed some light on those questions in an interview.",
    ],
)
def test_nouns_that_look_like_verbs_of_saying(text):
    """ "state", "report", "questions" after a name, a possessive or a
    determiner are nouns."""
    assert [s.cue for s in extract(text)] == []


def test_the_publisher_s_own_reporter_is_narration():
    text = "A Wikinews reporter noted that several reporters gathered at the station."
    assert extract(text, publisher="Wikinews") == []
    assert _pairs(text, publisher="Voice of America")[0][0] == "Wikinews reporter"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A State Department spokesman Ian Kelly said the alliance is key.",
            "Ian Kelly",
        ),
        (
            "“The best of the best are here,” said Phoenix native Spc. Moises "
            "Delatorre, 15th Engineer Battalion.",
            "Moises Delatorre",
        ),
        (
            "WASHINGTON—U.S. Secretary of Energy Ernest Moniz announced the release "
            "of the report.",
            "Ernest Moniz",
        ),
        ("But in Tehran today, Iran denied providing weapons to Hezbollah.", "Iran"),
    ],
)
def test_names_ranks_datelines_and_fronted_places(text, speaker):
    """A surname ending in -ly is no adverb; an abbreviated rank does not end
    the sentence; a dateline is not part of the name; a fronted place is not
    what was said."""
    found = _pairs(text)
    assert [s for s, _ in found] == [speaker]
    assert "Tehran today" not in found[0][1] or found[0][1].startswith("But in")


@pytest.mark.parametrize(
    "text",
    [
        "Elise Piazza explains how people change their timbre.",
        "Barack Obama continues his visit to Kenya, where his father was born.",
    ],
)
def test_topics_and_journeys_are_not_statements(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("NASA calls the mission a total success.", "NASA"),
        (
            "VOA Director David Ensor called the allegations “absurd” and false.",
            "David Ensor",
        ),
        ("Its officials blamed hackers in Southeast Asia for the attack.", "officials"),
        # A judgement in a bare adjective, the clause ending with it.
        (
            "American officials called his statements false and misleading.",
            "American officials",
        ),
        ("The ministry called the report baseless.", "ministry"),
        ("Critics have called the depiction uncannily accurate.", "Critics"),
        ("Ann Roe called it unacceptable.", "Ann Roe"),
    ],
)
def test_describing_and_blaming_are_statements(text, speaker):
    assert _pairs(text) == [(speaker, text)]


@pytest.mark.parametrize(
    "text",
    [
        "He called the police after the crash.",
        "Obama called for calm in the city.",
        # A bare word after the object that is no judgement of it.
        "Ann Roe called the agent.",
        "Ann Roe called the hospital open.",
        "Ann Roe called the election early.",
    ],
)
def test_calling_someone_or_for_something_is_no_description(text):
    assert _pairs(text) == []


def test_a_long_title_and_a_division_after_the_name():
    text = (
        "“We are committed to prosecuting criminals,” said Principal Deputy "
        "Assistant Attorney General Jonathan D. Brightbill of the Justice "
        "Department’s Environment and Natural Resources Division."
    )
    assert _pairs(text)[0][0] == "Jonathan D. Brightbill"


def test_the_publisher_announcing_in_its_own_release_is_narration():
    text = "The Securities and Exchange Commission announced that ITG agreed to pay."
    assert extract(text, publisher="Securities and Exchange Commission") == []
    text = "Additionally this week, EPA announced the availability of grant funding."
    assert extract(text, publisher="U.S. Environmental Protection Agency") == []
    assert _pairs(text, publisher="Voice of America")[0][0] == "EPA"


def test_interjections_and_descriptions_that_lost_their_comma():
    assert _pairs("Well, now say hello to the much smaller ancestor.") == []
    text = (
        "Wolfgang Fink, visiting associate in physics at the California Institute "
        "of Technology in Pasadena says robots will explore Titan."
    )
    assert _pairs(text) == [("Wolfgang Fink", "robots will explore Titan")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sundhage has tried to bring her Swedish style to the team and told "
            "reporters she is happy with the way her players adjusted.",
            "Sundhage",
        ),
        ("The mayor visited the plant and said the jobs were safe.", "mayor"),
        (
            "U.S. Secretary of Labor Hilda L. Solis said the economy is moving in "
            "the right direction.",
            "Hilda L. Solis",
        ),
    ],
)
def test_coordinated_predicates_and_names_after_an_office(text, speaker):
    assert _pairs(text)[0][0] == speaker


def test_a_heading_with_the_role_after_the_name():
    text = 'Statement from Dr. Jane Lubchenco, NOAA Administrator\n\n"We are pleased."'
    assert _pairs(text) == [("Jane Lubchenco", "We are pleased.")]


def test_tests_prizes_and_regions_are_no_persons():
    from articles.attribution.engine import _Reader

    reader = _Reader(
        "Volunteers took the Stroop Test. Tourism matters to the South Florida "
        "economy, the Miami Chamber of Commerce says."
    )
    assert reader.persons == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The musicians say their songs express how young people feel.", "musicians"),
        (
            "Some agricultural specialists say increased corn production could hurt.",
            "agricultural specialists",
        ),
        ("One researcher says this means most children are normal.", "researcher"),
        (
            "Mr. Simonson says about 25 percent of the businesses have a hard time.",
            "Simonson",
        ),
        (
            "The Bush administration opposes the bill. It says Congress should not "
            "set the process.",
            "Bush administration",
        ),
        (
            "The institute recently completed a report about the problem. It says "
            "forty percent of the forests are gone.",
            "report",
        ),
    ],
)
def test_described_people_and_documents_say_things(text, speaker):
    assert _pairs(text)[-1][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The same words said in a neutral way did not have the same effect.",
        "On the day after the summit, he was insisting it went well.",
    ],
)
def test_phrases_that_describe_no_one(text):
    assert all(s not in ("same words", "day after") for s, _ in _pairs(text))


def test_an_official_account_goes_on_after_its_attribution():
    """ "…, officials said. No civilians were injured." — the next sentence of
    an unnamed source's account, after the attribution that ends the first."""
    text = (
        "Coalition forces killed a Taliban commander in Uruzgan, officials said. "
        "No civilians were injured during the operation."
    )
    assert [statement for _, statement in _pairs(text)] == [
        "Coalition forces killed a Taliban commander in Uruzgan",
        "No civilians were injured during the operation.",
    ]


def test_an_indictment_s_account_goes_on_but_not_the_case_s_course():
    text = (
        "According to the indictment, Nguyen bought the fish in Asia. He sent "
        "money through U.S. banks to pay for them. Nguyen made his initial "
        "appearance today in federal court."
    )
    assert [statement for _, statement in _pairs(text)] == [
        "Nguyen bought the fish in Asia. He sent money through U.S. banks to pay "
        "for them."
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“There were no injuries reported to us,” said firefighter for the "
            "Riverside County Fire Department, Jody Hagemann.",
            "Jody Hagemann",
        ),
        (
            "“Coalition forces are extending security,” Lt. Col. Paul Fitzpatrick, "
            "Combined Joint Task Force 76 spokesperson, said.",
            "Paul Fitzpatrick",
        ),
    ],
)
def test_attributions_after_a_quotation_with_titles_and_descriptions(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


def test_a_statement_issued_as_such_is_its_issuer_s_throughout():
    text = (
        "U.S. Secretary of Education Margaret Spellings today issued the following "
        "statement upon the release of the report:\n\n"
        "These findings confirm what we know. We must improve our high schools.\n\n"
        "###"
    )
    assert _pairs(text) == [
        ("Margaret Spellings", "These findings confirm what we know."),
        ("Margaret Spellings", "We must improve our high schools."),
    ]


def test_a_press_statement_header_names_its_speaker():
    text = (
        "Press Statement\n\nHeather Nauert\n\nDepartment Spokesperson\n\n"
        "Washington, DC\n\nThe United States strongly opposes the referendum."
    )
    assert _pairs(text) == [
        ("Heather Nauert", "The United States strongly opposes the referendum.")
    ]


def test_a_transcript_turn_goes_on_in_the_speaker_s_own_words():
    """After a guest's label, paragraphs in the first person are the guest's;
    the programme's narration (no "I" or "we") is not."""
    text = (
        "CDC director Julie Gerberding spoke on Monday.\n\n"
        "DR. GERBERDING: Good afternoon.\n\n"
        "We really welcome you to this overview of our work.\n\n"
        "The agency will publish the report next month."
    )
    # The greeting asserts nothing (the guidelines' call on Frieden's "Good
    # morning, everyone.").
    assert [statement for _, statement in _pairs(text)] == [
        "We really welcome you to this overview of our work.",
    ]


def test_remarks_under_a_remarks_heading_are_the_speaker_s_own_words():
    """Under "Remarks by X on …", the unquoted paragraphs are X's speech; the
    occasion after "on" is not part of the name."""
    text = (
        "Remarks by Secretary Jane Moreno on New Funding for Rural Clinics\n\n"
        "Every year, rural clinics serve millions of families. This funding keeps "
        "their doors open.\n\n"
        "Today, I'm announcing new grants to more than 300 clinics nationwide."
    )
    pairs = _pairs(text)
    assert {speaker for speaker, _ in pairs} == {"Jane Moreno"}
    assert [statement for _, statement in pairs] == [
        "Every year, rural clinics serve millions of families.",
        "This funding keeps their doors open.",
        "Today, I'm announcing new grants to more than 300 clinics nationwide.",
    ]


def test_the_field_that_ends_an_institution_s_name_is_no_person():
    """ "… Center for Strategic and International Studies": "International
    Studies" is no person for "He said" to mean."""
    text = (
        "Taro Kimura is the ambassador to Canada. He spoke recently at the "
        "Institute for Strategic and International Studies in Ottawa. He said "
        "the new treaty will be ratified next year."
    )
    assert _pairs(text) == [
        ("Taro Kimura", "the new treaty will be ratified next year")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor, Ann Lowe, vowed the city will rebuild every bridge.",
            [("Ann Lowe", "the city will rebuild every bridge")],
        ),
        ("The mayor, Ann Lowe, vowed to rebuild every bridge.", []),
    ],
)
def test_a_vow_with_a_clause_is_a_statement_but_not_with_an_infinitive(text, expected):
    assert _pairs(text) == expected


def test_a_quotation_sentence_is_introduced_by_the_sentence_before_it():
    """ "X spoke about Y. “…”" in one paragraph: the quotation is what X said."""
    text = (
        "At the hearing, State Department official Mark Tolliver spoke about the "
        'alliance. "Our partners are not our rivals. We want the talks to succeed."'
    )
    assert _pairs(text) == [
        ("Mark Tolliver", "Our partners are not our rivals."),
        ("Mark Tolliver", "We want the talks to succeed."),
    ]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Instead, it should be judged by what the schools can change.",
            [
                "the size of a budget should not decide the grants. Instead, it "
                "should be judged by what the schools can change."
            ],
        ),
        (
            "However the Central Bank cut its rates last week.",
            ["the size of a budget should not decide the grants"],
        ),
    ],
)
def test_a_connective_goes_on_with_the_source_s_reasoning(second, expected):
    """ "Instead, …", "However, …" right after a reported clause continue it,
    unless a new named source opens the sentence."""
    text = (
        "Director Helen Marsh told the board that the size of a budget should not "
        f"decide the grants. {second}"
    )
    pairs = _pairs(text)
    assert {speaker for speaker, _ in pairs} == {"Helen Marsh"}
    assert [statement for _, statement in pairs] == expected


def test_a_subject_after_a_fronted_phrase_and_a_lower_case_title_is_introduced():
    """ "Despite …, U.S. head coach X does not …" introduces X: the "he said"
    after it is X's, not the previous speaker's."""
    text = (
        'Swedish coach Lars Berg says his team must win. "We have got to '
        'fight," he said.\n\n'
        "Despite the two victories, U.S. head coach Tom Reyes does not feel his "
        'team has an edge.\n\n"It is another great game," he said.'
    )
    assert _pairs(text)[-1] == ("Tom Reyes", "It is another great game")


def test_according_to_after_a_quotation_names_the_person_not_the_description():
    text = (
        '"This is a strange object," according to Mary Holt, a planetary '
        "astronomer at the laboratory and the Survey Principal Investigator."
    )
    assert [speaker for speaker, _ in _pairs(text)] == ["Mary Holt"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "President Luis Ortega was cheered as he entered the chamber.\n\n"
            "The Mexican leader said reform is critical to border security.",
            "Luis Ortega",
        ),
        (
            # Named only in the next sentence.
            "The president of Freedonia said Thursday he was resigning. Protesters "
            "celebrated the decision by President Adam Kovac.",
            "Adam Kovac",
        ),
    ],
)
def test_the_nation_s_leader_is_the_person_titled_with_that_office(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Carl Benson, 52, of Dayton, pleaded guilty to making false statements "
            "to federal agents.",
            ["Carl Benson"],
        ),
        (
            "Benson, 52, of Dayton, entered the plea Thursday before a federal judge.",
            ["Benson"],
        ),
        # A plea that only names the charge or the date says nothing.
        ("Carl Benson pleaded guilty to the federal charge in April.", []),
        ("Carl Benson pleaded guilty on May 2.", []),
    ],
)
def test_a_plea_that_says_what_was_done_is_the_defendant_s_statement(text, expected):
    assert [speaker for speaker, _ in _pairs(text)] == expected


def test_a_quotation_signed_with_a_bare_name_and_title_is_that_person_s():
    """ "“…,” Name, spokesman, Ministry." with no verb: a name label."""
    text = (
        "For Freedonians, who lived under Sylvanian rule for decades, the statue "
        "is a symbol of occupation.\n\n"
        '"Our government urges the Sylvanian government to stop its action," '
        "Ana Petrov, spokeswoman, Freedonian Foreign Ministry."
    )
    assert _pairs(text) == [
        (
            "Ana Petrov",
            "Our government urges the Sylvanian government to stop its action",
        )
    ]


def test_rule_after_under_and_an_adjective_is_a_noun_not_a_verb():
    text = (
        "Villagers lived under military rule for a decade.\n\n"
        '"We want the soldiers to leave the valley now."'
    )
    assert _pairs(text) == []


def test_the_judge_is_the_person_titled_judge_not_one_described_with_the():
    """ "The judge" names no office of an organisation "The": it is the person
    introduced as a judge, not one whose description opens with "the"."""
    text = (
        "A federal judge has halted the trial of Peter Vance, the only person "
        "charged in the United States in connection with the fraud.\n\n"
        "U.S. District Judge Helen Marsh has called for a recess.\n\n"
        "Judge Marsh said a prosecutor violated a pretrial order. The judge "
        'called the violation "egregious," and added that it is "very difficult '
        'for this case to go forward."'
    )
    assert {speaker for speaker, _ in _pairs(text)} == {"Helen Marsh"}


def test_a_release_s_quotations_under_the_following_quote_is_attributed_to():
    """ "The following quote is attributed to X:" labels the quotations below;
    "Midwestern states" inside them is no attribution."""
    text = (
        "CHICAGO, June 3, 2021 /PRNewswire/ -- The following quote is attributed "
        "to Dana Whitfield, Deputy Director for Food Safety:\n\n"
        '"The agency has linked an outbreak to salad products sold mostly in '
        'Midwestern states."\n\n'
        '"We are warning consumers to avoid the products."'
    )
    assert _pairs(text) == [
        (
            "Dana Whitfield",
            "The agency has linked an outbreak to salad products sold mostly in "
            "Midwestern states.",
        ),
        ("Dana Whitfield", "We are warning consumers to avoid the products."),
    ]


def test_a_verb_inside_a_quotation_is_no_trailing_attribution():
    """A lone quotation ending "…, the company reports." is not the company's:
    the verb is inside the marks."""
    assert _pairs('Markets were calm.\n\n"Sales fell, the company reports."') == []


def test_states_after_a_place_phrase_is_a_noun():
    """ "…, mainly in Midwestern states." names a place, not a speaker."""
    assert _pairs("The outbreak hit farms, mainly in Midwestern states.") == []


def test_a_transcript_turn_goes_on_through_the_speaker_s_own_we_announced():
    """After "SECRETARY NAME:", "We announced …" and "we're announcing …" are
    the speaker's own account, not a new source "We"; the greeting says
    nothing."""
    text = (
        "It is my pleasure to introduce Commerce Secretary Ruth Galloway.\n\n"
        "SECRETARY GALLOWAY: Good morning to everybody, and thank you for "
        "joining us.\n\n"
        "Last month the President asked me to look at the harbor closures.\n\n"
        "We announced a series of steps last week to help the fishing fleet. "
        "And so today we're announcing those additional steps."
    )
    assert _pairs(text) == [
        (
            "Ruth Galloway",
            "Last month the President asked me to look at the harbor closures.",
        ),
        (
            "Ruth Galloway",
            "We announced a series of steps last week to help the fishing fleet.",
        ),
        ("Ruth Galloway", "And so today we're announcing those additional steps."),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Premier Ivan Dorn said on Monday that his country would answer in "
            "kind, Reuters reported.",
            "Ivan Dorn",
        ),
        (
            # A live blog's time-stamped item.
            "8:25 p.m.: Freedonia said it is ready to work with the United "
            "Nations on the grain crisis, Reuters reported.",
            "Freedonia",
        ),
    ],
)
def test_x_said_that_clause_then_outlet_reported_is_x_through_the_outlet(text, speaker):
    """ "X said that CLAUSE, Reuters reported.": X's statement relayed by the
    outlet, not the outlet's report of a sentence."""
    [statement] = extract(text)
    assert (statement.speaker, statement.via) == (speaker, "Reuters")
    assert not statement.text.startswith(("8:25", "Premier"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to the commission's order, the firm sold shares without "
            "registering them.",
            "commission's order",
        ),
        ("The order also found that the firm paid unregistered brokers.", "order"),
        ("The summary suggested that the agency had hidden the losses.", "summary"),
    ],
)
def test_an_order_or_a_summary_speaks_as_a_document(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


def test_a_document_s_finding_goes_on_in_its_paragraph():
    """After "The report also revealed that …", the next sentences of the
    paragraph that attribute nothing are more of the report's finding; a
    passive "were not told" attributes nothing."""
    text = (
        "The report also revealed that ministers were often told about the "
        "payments late. The finance minister was not told of them until a year "
        "after they had begun. The prime minister was briefed in 2006."
    )
    [statement] = extract(text)
    assert statement.speaker == "report"
    assert statement.text.endswith("The prime minister was briefed in 2006.")


def test_a_study_s_finding_does_not_go_on_into_its_method():
    text = (
        "The study found that children who drank soda were more aggressive. "
        "Information for the study came from the mothers of the children."
    )
    assert [s for s, _ in _pairs(text)] == ["study"]
    assert _pairs(text)[0][1] == "children who drank soda were more aggressive"


def test_neither_admitted_nor_denied_takes_no_stance():
    text = (
        "The firm and its chief executive neither admitted nor denied the "
        "findings in the order."
    )
    assert _pairs(text) == []


def test_refute_is_a_stance_on_a_claim():
    text = "The released documents refute the effectiveness of the program."
    assert _pairs(text) == [("released documents", text)]


def test_an_opening_adverb_is_not_the_subject_before_a_participle():
    text = (
        "Previously, the Freedonian administration had defended the program, "
        "claiming that the intelligence helped stop plots."
    )
    assert _pairs(text) == [
        ("Freedonian administration", "the intelligence helped stop plots")
    ]


def test_a_title_s_own_of_does_not_cut_the_name():
    """ "KLA Chief of Staff Major Ana Dorr": "of Staff" belongs to the title,
    the name is the one after it."""
    text = (
        "KLA Chief of Staff Major Ana Dorr told reporters that the group's forces "
        "raided the casinos."
    )
    assert [s for s, _ in _pairs(text)] == ["Ana Dorr"]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # The next sentence opens with a name never given before: the spokesman.
        (
            "Omar Haddad dismissed reports that the town had fallen.",
            ["Omar Haddad", "Omar Haddad"],
        ),
        # A name with its own description is somebody else.
        (
            "Omar Haddad, a local farmer, said the town had fallen.",
            ["provincial government spokesman", "Omar Haddad"],
        ),
    ],
)
def test_a_description_is_named_by_the_bare_name_opening_the_next_sentence(
    second, expected
):
    text = (
        "A provincial government spokesman told reporters that fighters stormed "
        f"the district center late Saturday.\n\n{second}"
    )
    assert [s for s, _ in _pairs(text)] == expected


def test_an_opening_phrase_of_circumstance_is_not_the_subject_of_a_participle():
    text = (
        'In a radio interview in Hobart, Mr. Kerr was quoted as stating, "My '
        'first answer is no," he said.'
    )
    assert [s for s, _ in _pairs(text)] == ["Kerr"]


def test_a_time_before_subject_verb_clause_is_not_the_statement():
    """ "Only a few decades ago, scientists thought black holes were rare.":
    the clause after the verb is what was thought, not the time before it."""
    assert _pairs("Only a few decades ago, scientists thought comets were rare.") == [
        ("scientists", "comets were rare")
    ]


def test_a_quoted_programme_title_is_no_quotation():
    """ "told X on ABC's “Good Morning America” that …": the title is where it
    was said, the clause after "that" what was said."""
    text = (
        'Gen. Mark Ellison told Jane Doe on ABC\'s "Good Morning America" that '
        "the troops would stay another year."
    )
    [statement] = extract(text)
    assert (statement.speaker, statement.text, statement.via) == (
        "Mark Ellison",
        "the troops would stay another year",
        "ABC",
    )


def test_an_administration_named_by_its_modifier_is_no_anaphor():
    """ "The Dorn administration says" after another organisation spoke is the
    administration, not that organisation; and "the report last week. The …"
    does not describe the administration as a report."""
    text = (
        "A new report warns that the deficit threatens growth, the International "
        "Lending Fund said. The fund released the report last week. The Dorn "
        "administration says tax cuts have helped the recovery.\n\n"
        "The report says these deficits would force more borrowing."
    )
    pairs = _pairs(text)
    assert ("Dorn administration", "tax cuts have helped the recovery") in pairs
    assert pairs[-1] == ("report", "these deficits would force more borrowing")


def test_a_statement_heading_with_its_occasion_speaks_in_every_paragraph():
    """ "Statement by X at the Final Briefing, Place": the occasion may open
    with "the", and the statement's unquoted paragraphs are X's own words."""
    text = (
        "Statement by Mary Olsen at the Annual Safety Conference, Denver, Colorado\n\n"
        "Today marks a turning point for our agency. The inspectors will report "
        "next month.\n\n"
        "We all owe the crews our thanks."
    )
    assert _pairs(text) == [
        ("Mary Olsen", "Today marks a turning point for our agency."),
        ("Mary Olsen", "The inspectors will report next month."),
        ("Mary Olsen", "We all owe the crews our thanks."),
    ]


def test_a_briefing_turn_goes_on_through_reports_and_skips_its_greetings():
    """ "MS DORAN: Hi, everyone. I hope you are all well today. …": greetings
    assert nothing; the turn goes on in the paragraphs after it that speak in
    the first person ("let's"), also where they report another ("The Minister
    has stated that …"), and that report is also the other's, not the turn
    speaker's through a pronoun."""
    text = (
        "MS DORAN: Hi, everyone. I hope you are all well today. We have a short "
        "briefing because the Minister is travelling.\n\n"
        "So let’s start out with this. The Minister arrived in Oslo this morning.\n\n"
        "The Minister has stated that our budget request is sound. He also noted "
        "that the talks will resume in May.\n\n"
        "Jane Doran is the ministry's spokeswoman."
    )
    pairs = _pairs(text)
    assert ("Doran", "Hi, everyone.") not in pairs
    assert ("Doran", "I hope you are all well today.") not in pairs
    assert ("Doran", "So let’s start out with this.") in pairs
    assert ("Doran", "The Minister arrived in Oslo this morning.") in pairs
    assert (
        "Doran",
        "He also noted that the talks will resume in May.",
    ) in pairs
    assert ("Doran", "the talks will resume in May") not in pairs


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            '"Nobody knows the toll," the Associated Press reports Jane Roe as '
            "commenting.",
            "Jane Roe",
            "Associated Press",
        ),
        (
            'Mayor Jane Roe spoke on Monday. The BBC quotes her as saying, "Nobody '
            'knows the toll."',
            "Jane Roe",
            "BBC",
        ),
        (
            'Gen. Paul Hart quoted Jane Roe as writing: "Nobody knows the toll."',
            "Jane Roe",
            None,
        ),
    ],
)
def test_the_one_quoted_as_saying_is_the_speaker_and_the_quoting_outlet_relays(
    text, speaker, via
):
    """ "the AP reports X as commenting", "the BBC quotes her as saying": X
    speaks, the outlet relays; a person who quotes X only cites."""
    found = [
        (s.speaker, s.via)
        for s in extract(text)
        if s.text == "Nobody knows the toll" or s.text == "Nobody knows the toll."
    ]
    assert found == [(speaker, via)]


def test_a_passive_quoted_by_is_not_a_source_quoting_someone():
    text = (
        'A local official, Jane Roe, was quoted by the Xinhua news service as saying: "The '
        'troops have arrived."'
    )
    assert [s for s, _ in _pairs(text)] == ["Jane Roe"]


def test_he_was_quoted_as_saying_after_a_quotation_is_the_one_quoted():
    """ "“…,” he was quoted as saying.": a passive whose subject is the speaker;
    "was quoted by Reuters as saying": Reuters relays."""
    text = (
        '"Change is needed," said Mark Dunn, head of the league.\n\n'
        "In comments later to a newspaper, Dunn went even further.\n\n"
        '"He is gone. At last we can start again," he was quoted as saying.\n\n'
        '"It is over," Jane Roe was quoted by Reuters as saying.'
    )
    found = [(s.speaker, s.text, s.via) for s in extract(text)]
    assert ("Mark Dunn", "He is gone.", None) in found
    assert ("Mark Dunn", "At last we can start again", None) in found
    assert ("Jane Roe", "It is over", "Reuters") in found


def test_a_quotation_whose_continuing_paragraphs_lost_their_marks_goes_on():
    """ "“A. B.” left open, then a paragraph with no mark, then one whose only
    mark closes the quotation: all one quotation; and its "I think" never
    makes "I" a speaker."""
    text = (
        "Ann Berg is a professor of medicine.\n\n"
        'She says funding has stalled. "That amount of funding has plateaued. '
        "It may have reached its limit.\n\n"
        "And countries should commit to funding the work themselves.\n\n"
        'And I think the big chance now is for those countries to step up. ".'
    )
    pairs = _pairs(text)
    assert all(speaker == "Ann Berg" for speaker, _ in pairs)
    texts = [t for _, t in pairs]
    assert "And countries should commit to funding the work themselves." in texts
    assert any(t.startswith("And I think the big chance") for t in texts)


def test_a_first_person_pronoun_is_never_a_speaker():
    assert _pairs("And I think the plan is good value for the country.") == []


@pytest.mark.parametrize(
    "text",
    [
        "After a cabinet meeting, President Ana Lopes declared a state of "
        "emergency in the flooded provinces.",
        "Interior Minister Karl Brandt announced details Monday after the meeting.",
        "The rebel leader declared a unilateral ceasefire on Sunday.",
        "Safety inspectors cited the company with a willful violation after "
        "finding unguarded machines.",
    ],
)
def test_an_act_or_an_announcement_without_its_content_is_no_statement(text):
    """ "declared a state of emergency" and a regulator's "cited the company
    with a violation" are acts; "announced details" gives no content: none
    asserts anything."""
    assert _pairs(text) == []


def test_an_act_noun_opening_a_reported_clause_is_still_reported():
    assert _pairs(
        "Professor Ana Lopes says the state of emergency will hurt the president."
    ) == [("Ana Lopes", "the state of emergency will hurt the president")]


def test_a_dated_dateline_is_not_part_of_the_subject_nor_a_date_of_the_clause():
    """ "11/14/2012 - WASHINGTON (AFNS) -- Air Force leaders said Nov. 14 that
    …": the date and place open the release; the date after the verb says when."""
    text = (
        "03/02/2015 - DENVER (AFNS) -- Base leaders said Feb. 27 that the review "
        "found serious faults."
    )
    assert _pairs(text) == [("Base leaders", "the review found serious faults")]


def test_a_report_from_a_described_watchdog_calls_a_bare_noun_a_quotation():
    """ "A report from the watchdog X calls poaching levels “alarmingly high”":
    the report (its author X) describes; the experts before do not go on."""
    text = (
        "Wildlife experts say the herd is shrinking. A report from the marine "
        'watchdog OCEANA calls fishing levels "alarmingly high" and says the '
        "catch far exceeds the growth rate."
    )
    assert [s for s, _ in _pairs(text)] == ["Wildlife experts", "OCEANA"]


def test_a_named_analysis_characterizes():
    """ "A network's analysis described X as …", "the analysis characterized Y
    as …": an analysis speaks as a document."""
    text = (
        "About 60 million people watched the debate. KTV News analysis described "
        "the debate as the best night of the campaign. On the other hand, the "
        "analysis characterized Dorn as cautious and lacking energy."
    )
    assert [s for s, _ in _pairs(text)] == ["KTV News analysis", "KTV News analysis"]


def test_a_name_whose_description_lost_its_comma_is_still_the_speaker():
    """ "said Spc. Ann Berg a cook with the 301st Supply Company": the person,
    not the unit named at the description's end."""
    text = (
        '"We ran the lanes twice," said Spc. Ann Berg a cook with the 301st '
        'Supply Company. "It went well."'
    )
    assert [s for s, _ in _pairs(text)] == ["Ann Berg", "Ann Berg"]


def test_a_turns_opening_words_and_a_happy_day_greeting_assert_nothing():
    text = (
        "Carla Diaz is the spokeswoman.\n\n"
        "MS. DIAZ: All right. Happy Friday, everyone. I have one announcement "
        "about the new visa office.\n\n"
        "QUESTION: When does it open?"
    )
    texts = [t for _, t in _pairs(text)]
    assert "All right." not in texts
    assert "Happy Friday, everyone." not in texts
    assert any(t.startswith("I have one announcement") for t in texts)


def test_according_to_after_a_clause_that_reports_is_nested_in_it():
    """ "The court noted that according to X data, CLAUSE": the court's
    statement, and X's data (an agency's name with its own "and") saying the
    clause."""
    found = _pairs(
        "The court also noted that according to Food and Drug Administration "
        "data, the agency rejected most of the requests filed by the firm."
    )
    assert found[0][0] == "court"
    assert found[1] == (
        "Food and Drug Administration data",
        "the agency rejected most of the requests filed by the firm",
    )


def test_a_named_official_in_a_city_is_not_the_city():
    """ "said Wage and Hour Division Director Ann Berg in Tulsa, Oklahoma"."""
    text = (
        '"The law sets the wages on these contracts," said Wage and Hour '
        "Division District Director Ann Berg in Tulsa, Oklahoma."
    )
    assert [s for s, _ in _pairs(text)] == ["Ann Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "Judge Tom Lee allegedly denied custody of the child to the father.",
        "The court denied him bail after the hearing.",
        "Ann Berg, producer of the film, disclosed the information.",
        "The minister announced the news to reporters on Monday.",
        "Her brother, Sam Berg, also wrote to the court before the hearing.",
        "He commented Friday after the envoy met with the president.",
    ],
)
def test_refusals_bare_disclosures_and_letters_to_whom_are_no_statements(text):
    """ "denied custody" refuses, not contradicts; "disclosed the
    information" gives no content; "wrote to the court" says to whom;
    "commented after …" says when."""
    assert _pairs(text) == []


def test_a_disclosed_noun_opening_a_clause_is_still_reported():
    assert _pairs("Ann Berg said the information helps the police.") == [
        ("Ann Berg", "the information helps the police")
    ]


def test_she_after_a_quotation_is_the_woman_described_just_before():
    """ "The woman described … / “…,” she said. Along with …, she said, …":
    the woman, not a man named earlier whose gender the article leaves open."""
    text = (
        "Alex Moran is a judge with the county court.\n\n"
        "The woman also described how the attack changed her.\n\n"
        '"My calm and steady life became distorted beyond recognition," she '
        "said. Along with other emotions, she said, she became angry."
    )
    assert [s for s, _ in _pairs(text)] == ["woman", "woman"]


def test_the_father_is_the_father_named_before():
    """ "Jo Roe's father, Dan Roe, … “…,” the father wrote. “…,” he added."."""
    text = (
        "Jo Roe's father, Dan Roe, sent the judge a plea for mercy.\n\n"
        '"That is a steep price to pay for one night," the father wrote. "He '
        'will never be the same boy," he added.'
    )
    assert [s for s, _ in _pairs(text)] == ["Dan Roe", "Dan Roe"]


def test_a_letter_saying_is_its_writers_statement_via_the_outlet_reporting_it():
    found = [
        (s.speaker, s.text, s.via)
        for s in extract(
            "The Washington Post reports that Dan Roe wrote a letter saying his "
            "son should receive probation, not jail time."
        )
    ]
    assert found == [
        (
            "Dan Roe",
            "his son should receive probation, not jail time",
            "The Washington Post",
        )
    ]


def test_he_after_a_description_naming_another_is_the_described_person():
    """ "X, a spokesman for a faction led by Y, spoke to VOA. “…,” he said.":
    X, not Y named inside X's description."""
    text = (
        "Omar Haddad, a spokesman for a rebel faction led by Karim Nasser, spoke "
        "to reporters from a camp near the border.\n\n"
        '"They came with trucks and horses. Some of our people have been '
        'killed," he said.'
    )
    assert {s for s, _ in _pairs(text)} == {"Omar Haddad"}


def test_two_nations_modifying_one_group_are_the_group():
    assert _pairs(
        "French and U.S. military officials say the convoy was attacked at dawn."
    ) == [("French and U.S. military officials", "the convoy was attacked at dawn")]


def test_a_month_opening_the_sentence_without_a_comma_is_not_the_subject():
    assert _pairs("In May the ministry said the plan would fail.") == [
        ("ministry", "the plan would fail")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In March the agency proposed what it calls a Clean Rivers Charter.",
        'The study also notes what it calls the region\'s "Water Debt." That '
        "is the gap between use and supply.",
    ],
)
def test_what_it_calls_a_title_names_and_does_not_state(text):
    """ "what it calls a Consumer Privacy Bill of Rights": a name in capitals
    is no description ("what he called Iran's “hostile” role" is one)."""
    assert _pairs(text) == []


def test_a_countrys_minister_speaks_and_the_official_goes_on():
    """ "Poland's finance minister says …. The official admitted …": an
    unnamed office-holder, whom "the official" takes up."""
    text = (
        "Norway's finance minister says he will waive the tax on the prize. The "
        "official admitted he has not read the books but said he was happy."
    )
    assert {s for s, _ in _pairs(text)} == {"Norway's finance minister"}


def test_a_titled_briefing_turn_goes_on_through_its_plain_paragraphs():
    """ "MR. SMITH: … / While there, the minister met farmers. …": under an
    official transcript's heading, a titled turn runs on to the next label,
    first person or not; a programme's "JOHN SMITH:" label is followed by its
    narration."""
    text = (
        "News Transcript\n\nLena Park and Tom Smith spoke on Monday.\n\n"
        "MR. SMITH: Good afternoon. The secretary returned from Ohio last night, "
        "as our office announced.\n\n"
        "While there, the secretary met farmers about the drought.\n\n"
        "This evening, the secretary travels to Denver.\n\n"
        "Q: Will he meet the governor?"
    )
    found = _pairs(text)
    assert (
        "Tom Smith",
        "While there, the secretary met farmers about the drought.",
    ) in found
    assert ("Tom Smith", "This evening, the secretary travels to Denver.") in found
    programme = (
        "Tom Smith spoke on Monday.\n\n"
        "TOM SMITH: We will start with Ohio.\n\n"
        "The bank will lend Ohio two billion dollars over two years."
    )
    assert [s for s, t in _pairs(programme) if t.startswith("The bank")] == []


def test_a_named_person_reported_as_saying_inside_another_report():
    """ "Regarding taxes, Ann Lee told Bo Chen that …, Ray Moss said": Lee's
    statement, nested in the spokesman's."""
    text = (
        "Spokesman Ray Moss said the talks went well. Regarding taxes, Ann Lee "
        "told Bo Chen that the cuts would stay in place, Moss said. Moss said Lee "
        "also stated that the budget would balance by 2030."
    )
    found = _pairs(text)
    assert ("Ann Lee", "the cuts would stay in place") in found
    assert ("Ann Lee", "the budget would balance by 2030") in found
    assert ("Ray Moss", "the talks went well") in found
    # An instruction, or the speaker's own "he", is not split out.
    other = _pairs(
        "Spokesman Ray Moss said Ann Lee told clients to move their funds. Moss "
        "said he told Lee that the plan was sound."
    )
    assert {s for s, _ in other} == {"Ray Moss"}


def test_court_records_go_on_giving_their_account():
    """ "According to court records, X … She then …": the records' account of
    the case runs on through the paragraph."""
    text = (
        "According to court records, Ann Lee met a buyer online. At his "
        "request, Lee wired the money to an account in Ohio."
    )
    found = _pairs(text)
    assert len(found) == 1 and found[0][0] == "court records"
    assert found[0][1].endswith("wired the money to an account in Ohio.")


def test_an_agencys_figures_go_on_in_the_next_sentences_figures():
    """ "The agency says 70 percent of farms are insured. But 30 percent are
    not.": the same agency's share; a year or a new source is not."""
    text = (
        "The Farm Agency says almost 70 percent of farms are insured. But 30 "
        "percent are not. That is about 2 million farms."
    )
    found = _pairs(text)
    assert {s for s, _ in found} == {"Farm Agency"}
    assert "".join(t for _, t in found).endswith("about 2 million farms.")
    other = _pairs(
        "The Farm Agency says almost 70 percent of farms are insured. The "
        "program began in 1990. However the Rural Council counts 2 million."
    )
    assert [s for s, _ in other] == ["Farm Agency"]


def test_a_bare_said_after_a_quotation_closed_with_a_full_stop():
    """ "“… no safety agenda.” Hall said.": the comma typed as a full stop."""
    text = (
        "Board chairman Jim Hall spoke on Monday.\n\n"
        '"Our first hearing showed the industry has no safety agenda." Hall said. '
        '"We will hold two more."\n\nThe board meets again in May.'
    )
    assert _pairs(text) == [
        ("Jim Hall", "Our first hearing showed the industry has no safety agenda."),
        ("Jim Hall", "We will hold two more."),
    ]


def test_a_statement_heading_names_the_title_holder_after_the_comma():
    """ "Statement by the Agency Press Secretary, Ann Lee": the title, then its
    holder's name; the paragraphs are hers."""
    text = (
        "Statement by the U.S. Water Agency Press Secretary, Ann Lee\n\n"
        "This week, the agency signed the strictest standard ever for lead."
    )
    assert _pairs(text) == [
        (
            "Ann Lee",
            "This week, the agency signed the strictest standard ever for lead.",
        )
    ]


def test_a_list_of_what_the_reported_clause_named_goes_on_with_it():
    """ "Lee says hotels are hiring again. They include …": the list goes on
    with the source's clause; a sentence with its own report does not."""
    text = (
        "Ann Lee says hotels are hiring thousands of workers again. They include "
        "jobs in kitchens and at front desks."
    )
    found = _pairs(text)
    assert {s for s, _ in found} == {"Ann Lee"}
    assert "".join(t for _, t in found).endswith("at front desks.")
    other = _pairs(
        "Ann Lee says hotels are hiring thousands of workers again. The jobs "
        "pay little."
    )
    assert [t for _, t in other] == ["hotels are hiring thousands of workers again"]


def test_a_persons_figures_go_on_in_the_next_sentences_figures():
    """ "Lee said 5,000 students applied. More than 3,000 of those …": the
    same source's count; a sentence without a figure is the reporter's."""
    text = (
        "Ann Lee said more than 5,000 students applied this year. More than "
        "3,000 of those applications were for engineering."
    )
    found = _pairs(text)
    assert {s for s, _ in found} == {"Ann Lee"}
    assert "".join(t for _, t in found).endswith("were for engineering.")
    other = _pairs(
        "Ann Lee said more than 5,000 students applied this year. The "
        "college opened in 1950."
    )
    assert [t for _, t in other] == ["more than 5,000 students applied this year"]


def test_a_quotation_paragraph_after_a_paragraph_opening_with_a_persons_name():
    """ "Ann Lee is the curator of birds … " then "“Think about …”": the
    quotation paragraph is hers, though it does not speak of itself; after a
    paragraph that does not open with her name, it stays unattributed."""
    text = (
        "Ann Lee is the curator of birds at the city museum. She led the team.\n\n"
        "“Think about these forests. The birds only come out at night.”"
    )
    assert _pairs(text) == [
        ("Ann Lee", "Think about these forests."),
        ("Ann Lee", "The birds only come out at night."),
    ]
    other = (
        "The city museum hired Ann Lee as curator of birds.\n\n"
        "“Think about these forests. The birds only come out at night.”"
    )
    assert _pairs(other) == []


def test_a_quotation_glued_to_the_full_stop_before_it_opens_a_sentence():
    """ "… institutions."The people …," he said.": the quotation is a sentence
    of its own, and "he" is the one who spoke in the sentence before."""
    text = (
        "Mayor Tom Reed spoke first. On Monday, Governor Ann Lee said the vote "
        'was a boost for the state."The people rejected the plan. They voted '
        'for change," she said.'
    )
    found = _pairs(text)
    assert ("Ann Lee", "the vote was a boost for the state") in found
    assert {s for s, t in found if "voted" in t or "rejected" in t} == {"Ann Lee"}


@pytest.mark.parametrize(
    "text",
    [
        # A declaration of emergency is an act.
        "Last week, the World Food Agency declared the outbreak a global health "
        "emergency.",
        # "told X about his hopes" names only a topic.
        "Farmer Tom Reed voted early. He told reporters about his hopes for the "
        "harvest.",
        # "observed a difference" is a perception.
        "At that time, biologist Ann Lee observed a difference in the shape of "
        "the teeth.",
    ],
)
def test_declarations_topics_and_perceptions_are_no_statements(text):
    assert _pairs(text) == []


def test_told_about_and_observed_with_a_clause_are_still_statements():
    assert _pairs("Ann Lee observed the harvest was poor this year.") == [
        ("Ann Lee", "the harvest was poor this year")
    ]
    assert _pairs("Tom Reed told reporters the harvest was poor.") == [
        ("Tom Reed", "the harvest was poor")
    ]


def test_what_a_lowercase_title_heads_is_no_person():
    """ "Dr. Ann Lee is president of Health Without Limits, …. She said …":
    the group she heads is no person, so "she" is Ann Lee."""
    text = (
        "The vaccine has been used widely.\n\nDr. Ann Lee is president of Health "
        "Without Limits, a medical aid group. She said the vaccine is not a miracle."
    )
    assert _pairs(text) == [("Ann Lee", "the vaccine is not a miracle")]


def test_a_share_of_what_the_clause_counted_goes_on_with_it():
    """ "Lee said 900 students were offered places. Just over 40 percent of
    them …": a share of the source's count; without a count, narration."""
    text = (
        "Ann Lee said 900 students were offered places. Just over 40 percent of "
        "them have accepted."
    )
    found = _pairs(text)
    assert {s for s, _ in found} == {"Ann Lee"}
    assert "".join(t for _, t in found).endswith("have accepted.")
    other = _pairs(
        "Ann Lee said the students were offered places. Most of them live nearby."
    )
    assert [t for _, t in other] == ["the students were offered places"]


def test_a_name_after_at_the_is_a_place_and_a_titled_single_name_a_subject():
    """ "Bishop Anselm celebrated Mass at the Holy Cross Chapel. ¶ “…,” he
    said": the chapel is no person, and the bishop, named by title and one
    name, is mentioned later than the reporter named before."""
    text = (
        "Bishop Anselm opened the synod. Reporter Mark Dunn has more.\n\n"
        "Bishop Anselm celebrated Mass at the Holy Cross Chapel, with the "
        "priests of the diocese.\n\n"
        "“Our life is a journey, and we must keep walking,” he said."
    )
    assert _pairs(text) == [
        ("Anselm", "Our life is a journey, and we must keep walking")
    ]


def test_a_name_after_an_organisation_and_a_lowercase_occupation_is_new():
    """ "… he said. ¶ Northern Soil Institute senior researcher Juma Otieno leads
    the team. He says …": Otieno opens his sentence behind an organisation's
    name and a lower-case occupation, so he is whom the pronoun means."""
    text = (
        "“The crop is failing,” said agronomist Tom Reed.\n\n"
        "“It will get worse,” he said.\n\n"
        "Northern Soil Institute senior researcher Juma Otieno leads the task "
        "force. He says farmers are losing half their yields."
    )
    found = _pairs(text)
    assert ("Juma Otieno", "farmers are losing half their yields") in found


def test_said_to_be_is_hearsay_not_a_statement():
    """ "a crowd said to be from the club arrived …": the crowd is described
    by unnamed others, and says nothing; "said to reporters" still speaks."""
    assert (
        _pairs(
            "That evening, a crowd of men said to be from the club arrived at "
            "the bar wearing costumes."
        )
        == []
    )
    assert _pairs("A man said to have fled the city was arrested on Monday.") == []
    assert _pairs("Tom Reed said to reporters that the club would apologise.") == [
        ("Tom Reed", "the club would apologise")
    ]


def test_an_opening_capacity_and_an_adverb_leave_the_participle_subject():
    """ "As mayor from 2001 to 2009, Mr. Reed often clashed with the council
    by asserting …": the capacity opening the sentence is no speaker, and the
    adverb before the verb does not hide the subject."""
    text = (
        "Tom Reed was sentenced on Friday. As mayor from 2001 to 2009, Mr. Reed "
        "frequently clashed with the council by asserting the city's autonomy."
    )
    assert _pairs(text) == [("Tom Reed", "the city's autonomy")]


@pytest.mark.parametrize(
    "heading",
    [
        "Transcript of opening remarks by Regional Administrator Jane Moreno at a "
        "flood response briefing on March 3, 2015:",
        "Deputy Secretary Jane Moreno Delivers Remarks at a Roundtable on Rural Health",
        "Deputy Secretary Jane Moreno's Remarks at Hillside Middle School in "
        "Dayton, Ohio",
    ],
)
def test_a_speech_s_page_heading_names_the_one_who_gives_it(heading):
    """ "Transcript of opening remarks by X at a …", "X Delivers Remarks at …",
    "X's Remarks at …": the paragraphs under the heading are X's speech."""
    text = (
        f"{heading}\n\nMarch 3, 2015\n\n"
        "Thank you, Tom, for that introduction. The river crested overnight.\n\n"
        "Our teams are working around the clock with the state."
    )
    assert _pairs(text) == [
        ("Jane Moreno", "The river crested overnight."),
        ("Jane Moreno", "Our teams are working around the clock with the state."),
    ]


def test_a_remarks_heading_keeps_quoted_paragraphs_and_their_reports():
    """Under a remarks heading, a paragraph quoting another is still the
    speaker's, and the one it quotes says their own words too; a short lead-in
    ending in a colon is no statement."""
    text = (
        "Remarks by Secretary Jane Moreno on Rural Health\n\n"
        "As Governor Ann Lee said last week, “no clinic should close.”\n\n"
        "Because of this funding:\n\n"
        "Clinics in forty states stayed open."
    )
    found = _pairs(text)
    assert (
        "Jane Moreno",
        "As Governor Ann Lee said last week, “no clinic should close.",
    ) in found
    assert ("Ann Lee", "no clinic should close.") in found
    assert ("Jane Moreno", "Clinics in forty states stayed open.") in found
    assert all("Because of this funding" not in statement for _, statement in found)


def test_a_moderator_handing_over_the_microphone_gives_the_next_paragraphs():
    """ "I will turn the microphone over to Dr. Roe.": the unlabelled paragraphs
    after the moderator's turn are Roe's, until the next label; a welcome is no
    statement."""
    text = (
        "Press Briefing Transcripts\n\n"
        "MARK (ph): I lead media relations here, and with us today is Dr. Ellen "
        "Roe, the agency's chief scientist. I will turn the microphone over to "
        "Dr. Roe.\n\n"
        "I want to welcome you to today's update. Our goal is to share what we "
        "know.\n\n"
        "We have confirmed twelve cases so far.\n\n"
        "QUESTION: How many states are affected?"
    )
    assert _pairs(text) == [
        ("Ellen Roe", "Our goal is to share what we know."),
        ("Ellen Roe", "We have confirmed twelve cases so far."),
    ]


def test_a_handover_in_a_news_story_s_quotation_gives_nothing():
    """A hand-over inside quotation marks is someone's quoted words, not a
    transcript's turn: the paragraphs after it stay narration."""
    text = (
        "“I will turn the microphone over to Dr. Roe,” the mayor said.\n\n"
        "The meeting then ran for two hours."
    )
    assert _pairs(text) == [("mayor", "I will turn the microphone over to Dr. Roe")]


def test_an_opening_participle_or_subordinator_is_no_speaker():
    """ "Explaining his secret, Reed … revealed a photo", "Despite continued
    acrimony, …", "If confirmed, …": the word opening the sentence is no
    person, and "he said" after it still means Reed."""
    text = (
        "Tom Reed won the race. Explaining his secret, Reed reached into his "
        'bag and revealed a photo.\n\n"Hard work," he said as he shuffled the '
        "cards."
    )
    assert _pairs(text) == [("Tom Reed", "Hard work")]
    assert (
        _pairs(
            "Despite continued acrimony, it has been agreed that Reed will be "
            "appointed."
        )
        == []
    )
    assert _pairs("If confirmed, the find could change scientific theories.") == []


def test_who_after_a_name_and_its_description_is_the_name():
    """ "mediated by Ann Lee, former head of the agency, who has stated that
    …": the relative clause's subject is the person named, not the
    description; a long clause before "who" is no description."""
    assert _pairs(
        "The talks have been mediated by Ann Lee, former head of the United "
        "Nations, who has stated that the talks have not broken down."
    ) == [("Ann Lee", "the talks have not broken down")]
    assert _pairs(
        "The talks have been mediated by Ann Lee, who said that the talks have "
        "not broken down."
    ) == [("Ann Lee", "the talks have not broken down")]
    found = _pairs(
        "On Thursday, a judge upheld a complaint filed by four opposition "
        "candidates, who had argued that the ballots were invalid."
    )
    assert all(speaker != "On Thursday" for speaker, _ in found)


def test_a_title_and_a_state_s_name_and_a_manner_before_a_quotation():
    """ "… of Newport, Rhode Island, President Washington explained that …":
    "President Washington" is a titled person, not the state's second half;
    "said in condemning the crime, “…”" says how, and the quotation what."""
    assert _pairs(
        "In a letter to the people of Newport, Rhode Island, President "
        "Washington explained that the nation stands for liberty."
    ) == [("Washington", "the nation stands for liberty")]
    assert _pairs(
        "As President Tom Reed said in condemning the crime, “there must be no "
        "tolerance.”"
    ) == [("Tom Reed", "there must be no tolerance.")]


def test_an_opening_within_phrase_is_no_statement():
    """ "Within a few hours of the fire, Mayor Tom Reed announced the filing of
    charges.": the opening phrase is a time, not what Reed announced."""
    found = _pairs(
        "Within a few hours of the fire on Saturday, Mayor Tom Reed announced the "
        "filing of charges."
    )
    assert [speaker for speaker, _ in found] == ["Tom Reed"]
    assert found[0][1] != "Within a few hours of the fire on Saturday"


def test_she_after_one_user_is_that_user_not_a_company():
    """ "One Twitter user commented on the news. She admitted …": "One" opens
    no name, and the woman is the user just described, not the company."""
    found = _pairs(
        "Hackers stole data from Acme. One Twitter user commented on the news. "
        "She admitted she sometimes uses older equipment."
    )
    assert [speaker for speaker, _ in found] == ["user"]


def test_a_name_with_two_descriptions_and_a_place_before_that():
    """ "Tom Reed, a guide from Koh Lanta, a diving resort, told reporters in
    Phuket Thursday that …": the name before both descriptions speaks, and
    where and when he said it are not what."""
    assert _pairs(
        "Tom Reed, a guide from Koh Lanta, a diving resort, told reporters in "
        "Phuket Thursday that he is worried the reef will die."
    ) == [("Tom Reed", "he is worried the reef will die")]


def test_officials_on_the_island_of_a_place_are_officials_not_the_place():
    """ "Officials on the island of Malta said …": the officials speak, and
    "He says" after a man is named is that man, not the island."""
    text = (
        "Officials on the island of Malta said seven bodies had been sighted.\n\n"
        "The migrants were taken to the reception center, directed by Federico "
        "Rossi.\n\nHe says that the migrants are tired."
    )
    assert _pairs(text) == [
        ("Officials", "seven bodies had been sighted"),
        ("Federico Rossi", "the migrants are tired"),
    ]


def test_reported_in_and_an_adjective_accused_are_no_statements():
    """ "as observers reported in from around the country": they arrived with
    news, said nothing here; "nine accused war criminals": an adjective."""
    assert (
        _pairs(
            "The office was quiet as observers reported in from around the "
            "country, and leaders were dumbstruck."
        )
        == []
    )
    assert (
        _pairs(
            "Tom Reed, who is defending nine accused war criminals, plans to "
            "appeal the verdict."
        )
        == []
    )


def test_he_after_an_owner_s_role_and_a_name_is_the_named_person():
    """ "Azad's lawyer, Tom Reed, … plans to appeal. He accused …": "he" is the
    lawyer named after his description, not the man who owns it."""
    assert _pairs(
        "Abul Azad was sentenced on Monday. Azad's lawyer, Tom Reed, who is "
        "defending nine accused war criminals, plans to appeal the verdict. He "
        "accused the court of ignoring evidence."
    ) == [("Tom Reed", "He accused the court of ignoring evidence.")]


# -- round from the twenty-fourth set ------------------------------------------


def test_reports_of_inside_a_trailing_clause_is_a_noun():
    """ "…, and the vote has been marred by numerous reports of fraud, says
    X.": "reports of" is a noun inside the clause; X says all of it."""
    assert _pairs(
        "A drought is spreading in the south, and farming has been hurt by "
        "dozens of fires and several reports of looting, says Amnesty "
        "International researcher Paula Ortiz."
    ) == [
        (
            "Paula Ortiz",
            "A drought is spreading in the south, and farming has been hurt by "
            "dozens of fires and several reports of looting",
        )
    ]


def test_another_nation_s_military_is_not_the_one_that_spoke_before():
    """ "The Chilean military said … The Peruvian military said …": a body
    named with another nationality is not the organisation that spoke."""
    assert _pairs(
        "The Chilean military said its ships patrolled the coast. The Peruvian "
        "military said the patrol entered its waters."
    ) == [
        ("Chilean military", "its ships patrolled the coast"),
        ("Peruvian military", "the patrol entered its waters"),
    ]


def test_it_after_an_organisation_with_a_based_in_aside():
    """ "The Centre for Water Studies, based in Nairobi, tracks … It said …":
    the lowercase aside does not hide the organisation opening the sentence."""
    assert _pairs(
        "The Centre for Water Studies, based in Nairobi, tracks rainfall in the "
        "region. It said the rains failed in nine districts."
    ) == [("Centre for Water Studies", "the rains failed in nine districts")]


def test_they_after_an_opening_phrase_and_a_group():
    """ "In a statement, officials at the ministry said … They condemned …":
    "they" is the group after the opening phrase, not the phrase."""
    pairs = _pairs(
        "In a statement, officials at the Foreign Ministry said the talks had "
        "failed. They condemned the border raids by armed groups."
    )
    assert pairs[-1] == (
        "officials",
        "They condemned the border raids by armed groups.",
    )


def test_told_someone_to_do_something_is_an_instruction():
    """ "They told the jurors to remember …": an instruction, no statement."""
    assert (
        _pairs(
            "During the hearing, defense lawyers played the recording. They told "
            "the judges to listen closely to the last minute."
        )
        == []
    )


def test_the_publisher_under_its_name_turned_round():
    """ "…, the Commerce Department announced today" in a "U.S. Department
    of Commerce" release is the publisher's own voice."""
    text = (
        "Twelve exporters have been fined for shipping controlled parts "
        "abroad, the Commerce Department announced today."
    )
    assert _pairs(text, publisher="U.S. Department of Commerce") == []
    assert _pairs(text, publisher="Voice of America") != []


def test_for_example_then_a_name_introduces_the_next_he():
    """ "For example, Ana Ruiz, head of …, called for … He said …": the
    person a linking adverbial introduces is the next "he"/"she"."""
    pairs = _pairs(
        "Omar Diallo claimed the vote was fair. For example, Jorge Paz, head of "
        "the regional bloc yesterday called for a recount. He said that he "
        "supports the observers' report."
    )
    assert pairs[-1] == ("Jorge Paz", "he supports the observers' report")


def test_called_it_a_noun_is_a_description():
    """ "Lopez called it an inspiration": a description, the whole sentence;
    "called it a day" is not."""
    assert _pairs(
        "Maria Lopez praised the team. The new record is two minutes faster. "
        "Lopez called it an inspiration."
    )[-1] == ("Maria Lopez", "Lopez called it an inspiration.")
    assert _pairs("After the long match, Lopez called it a day.") == []


def test_the_group_after_members_sent_by_an_organisation():
    """ "Observers from the Council of Regional Democracies were there. The
    group said …": the group is the organisation that sent them."""
    assert _pairs(
        "Observers from the Council of Regional Democracies were in Peru for "
        "the vote. The group said the count was orderly."
    ) == [("Council of Regional Democracies", "the count was orderly")]


def test_ended_the_review_with_a_quotation():
    """ "But he ended the review with, “…”": the words a text ends with are
    its author's."""
    assert _pairs(
        "Tom Reyes is a writer at a technology site. But he ended the review "
        "with, “You do not need one. Nobody needs it.”"
    ) == [
        ("Tom Reyes", "You do not need one."),
        ("Tom Reyes", "Nobody needs it."),
    ]


def test_a_concessive_report_ends_where_the_main_clause_begins():
    """ "Though police had said the man confessed, he denied …": "police"
    speak (not "Though police"), and only up to the main clause."""
    assert _pairs(
        "Though police had said the man made a full confession, he denied the "
        "charges in court on Monday."
    ) == [("police", "the man made a full confession")]


def test_he_after_one_unnamed_person_who_spoke():
    """ "One researcher called the fossil “a rare find.” He said …": the
    unnamed person who just spoke goes on."""
    pairs = _pairs(
        "One geologist called the rock “a rare find.” He said such clear "
        "layers are very unusual for so old a sample."
    )
    assert pairs[-1] == (
        "geologist",
        "such clear layers are very unusual for so old a sample",
    )


def test_a_quantified_group_with_a_capitalised_modifier():
    """ "Some China watchers say …": a group described, not a name."""
    assert _pairs("Some Brazil watchers in Europe say the economy is stalling.") == [
        ("Brazil watchers", "the economy is stalling")
    ]


def test_a_long_office_before_a_name_after_the_clause():
    """ "…, Under Secretary of the Treasury for Terrorism and Financial
    Intelligence X says.": a long office and a name still attribute."""
    pairs = _pairs(
        "The Treasury has come to play a vital role in fighting threats, Under "
        "Secretary of the Treasury for Terrorism and Financial Intelligence "
        "Paul Mercer says."
    )
    assert len(pairs) == 1
    assert pairs[0][0].endswith("Paul Mercer")
    assert (
        pairs[0][1] == "The Treasury has come to play a vital role in fighting threats"
    )


# -- round from the twenty-fifth set -------------------------------------------


def test_a_group_before_who_says_is_the_speaker():
    """ "opposition from local clerics who say …", "two guards who described
    …, and said …": the group the relative clause is about speaks."""
    assert _pairs(
        "There is still resistance from local clerics who say the new well is unsafe."
    ) == [("local clerics", "the new well is unsafe")]
    assert _pairs(
        "The tribunal also heard from two guards who described the riot, and "
        "said they had been locked in a cell."
    ) == [("guards", "they had been locked in a cell")]


def test_a_home_town_and_its_state_inside_a_description():
    """ "Spc. X, a Dayton, Ohio, native and a medic, said": the state is part
    of the description, not the speaker."""
    assert _pairs(
        "After the drill, Spc. Maria Gomez, a Dayton, Ohio, native and a medic "
        "with the battalion, said the training was very useful."
    ) == [("Maria Gomez", "the training was very useful")]


def test_tech_sgt_is_a_rank():
    """ "according to Tech. Sgt. X": the Air Force rank, not a sentence end."""
    assert _pairs(
        "The runway was finished in May, according to Tech. Sgt. Ann Berry, "
        "flight chief."
    ) == [("Ann Berry", "The runway was finished in May")]


def test_what_someone_heads_is_no_person():
    """ "J. X heads Acme Widgets in Austin. He announced …": the company he
    heads is not "he", and an initial ends no sentence."""
    assert _pairs(
        "Brightline Optics says it has a new lens. And the company says it will "
        "sell it.\n\nR. Owen Tate heads Brightline Optics in Tucson, Arizona. He "
        "announced his company's results to investors last week."
    )[-1] == (
        "R. Owen Tate",
        "He announced his company's results to investors last week.",
    )


def test_an_announcement_inside_a_clause_of_time():
    """ "Crowds cheered Sunday, after President X announced his resignation":
    the announcement is the clause, not the crowds' cheering."""
    assert _pairs(
        "Crowds cheered in the capital Sunday, after President Alan Brook "
        "announced his resignation."
    ) == [("Alan Brook", "President Alan Brook announced his resignation.")]
    assert _pairs(
        "After President Alan Brook announced his resignation, crowds cheered "
        "in the capital."
    ) == [("Alan Brook", "President Alan Brook announced his resignation")]


def test_an_attribution_set_inside_the_sentence():
    """ "…, said X, they …" and "A, B and C, he added, not only …": the
    attribution between commas; the sentence is the statement."""
    text = (
        "Cpl. Ellen Park leads the unit. Wherever the nurses go, said Park, "
        "they are always trying to “do more with less.”"
    )
    assert _pairs(text)[-1] == (
        "Ellen Park",
        "Wherever the nurses go, said Park, they are always trying to “do more "
        "with less.”",
    )
    text = (
        "Cpl. Ellen Park leads the unit. Nurses buy soap, towels and whatever "
        "else they need in town, she added, not only helping patients but also "
        "local shops."
    )
    assert _pairs(text)[-1][0] == "Ellen Park"
    # "…, said X, the ward's manager.": a description, no clause going on.
    assert _pairs("The beds are all full, said Ellen Park, the ward's manager.") == [
        ("Ellen Park", "The beds are all full")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Health officials have declared a public health emergency for the coast.",
        "The province declared independence from Spain in 1990, sparking a war.",
    ],
)
def test_declaring_independence_or_an_emergency_is_an_act(text):
    """ "declared independence", "declared a public health emergency": acts."""
    assert _pairs(text) == []


def test_a_second_source_in_a_coordinated_clause():
    """ "X says A, and world leaders are warning B", "…, where Governor Y says
    B": each clause reports its own source."""
    assert _pairs(
        "Hanoi says it has tested a new missile, and world leaders are warning "
        "there will be a response."
    ) == [
        ("Hanoi", "it has tested a new missile"),
        ("world leaders", "there will be a response"),
    ]
    assert _pairs(
        "Rebel officials are claiming control of the town, where Governor Ana "
        "Lind says troops are fighting a war against her province."
    )[-1] == ("Ana Lind", "troops are fighting a war against her province")
    # "…, but he thinks …": the same speaker goes on.
    assert (
        len(
            _pairs(
                "Ann Cole says the group may be small, but she thinks it is better "
                "at making bombs."
            )
        )
        == 1
    )


def test_one_of_them_then_a_quotation():
    """ "… for some collectors. X is one of them. “…”": the one picked from
    the group speaks the quotation after."""
    assert _pairs(
        "The sale cannot come soon enough for some collectors. Boris Lenko is "
        "one of them. “It is very exciting. There is much history.”"
    ) == [
        ("Boris Lenko", "It is very exciting."),
        ("Boris Lenko", "There is much history."),
    ]


# -- round from the twenty-sixth set -------------------------------------------


def test_a_titled_label_names_an_official_the_transcript_does_not_introduce():
    """ "DR. HALVORSEN: …": an office's title marks an official, named by the
    label alone; a moderator's "MR. PIKE:", handing the floor over, stays
    unread (since the twenty-seventh set an honorific marks a speaker too, so
    the moderator is known by the handover)."""
    text = (
        "DR. HALVORSEN: Thank you for joining us. The outbreak in the north "
        "has slowed.\n\nWe have not seen any new cases this week."
    )
    assert _pairs(text) == [
        ("Halvorsen", "The outbreak in the north has slowed."),
        ("Halvorsen", "We have not seen any new cases this week."),
    ]
    moderator = (
        "MR. PIKE: The briefing is on the record. I now turn it over to you, sir."
    )
    assert _pairs(moderator) == []


def test_a_mixed_case_label_with_an_office_in_brackets():
    """ "Jane Roe (Deputy Director): …": a transcript's label; the host whom
    the transcript never names again is its own voice."""
    text = (
        "Tom Reyes (Press Officer): Good morning. I will bring up Director "
        "Kessler now.\n\nAnna Kessler (Agency Director): Thanks so much. The "
        "new clinics opened on time. They will serve every county."
    )
    assert _pairs(text) == [
        ("Anna Kessler", "The new clinics opened on time."),
        ("Anna Kessler", "They will serve every county."),
    ]


def test_a_long_statement_heading_with_two_officials():
    """ "Statement from Commissioner X, M.D., and Y, M.D., director of … on
    …": the paragraphs under a long heading are the statement's."""
    text = (
        "Statement from Transit Commissioner Laura Penn, Ph.D., and Omar Vance, "
        "Ph.D., director of the Office of Rail Safety and Planning on the Board's "
        "review of brake failures and an update on its findings\n\n"
        "Millions of people ride trains every day. The review is led by a team "
        "of engineers."
    )
    assert _pairs(text) == [
        ("Laura Penn", "Millions of people ride trains every day."),
        ("Laura Penn", "The review is led by a team of engineers."),
    ]


def test_testimony_states():
    """ "…, the testimony states.": testimony to a legislature is a document
    that speaks, before, after or inside its clause; and "…,” the report
    said." is the report's ("report" a noun after "the")."""
    text = (
        "Ann Rudd delivered the agency's testimony before the committee.\n\n"
        "“The law has helped us stop fraud,” the testimony states. The law gave "
        "the agency new tools in three areas, the testimony states. With these "
        "tools, the testimony states, the agency has recovered millions."
    )
    assert _pairs(text) == [
        ("testimony", "The law has helped us stop fraud"),
        ("testimony", "The law gave the agency new tools in three areas"),
        (
            "testimony",
            "With these tools, the testimony states, the agency has recovered "
            "millions.",
        ),
    ]
    assert _pairs("“The city will need more buses,” the report said.") == [
        ("report", "The city will need more buses")
    ]


def test_a_plain_paragraph_inside_a_briefing_turn():
    """ "MR. LARK: … we …" then a paragraph with no "we" and another with
    one: the middle paragraph is the spokesman's too, not narration."""
    text = (
        "Tom Lark, Department Spokesperson\n\nMR. LARK: Good afternoon. We "
        "condemn the vote.\n\nBut whatever its leaders claim, the region remains "
        "part of the country.\n\nWe will keep working with our partners."
    )
    assert _pairs(text) == [
        ("Tom Lark", "We condemn the vote."),
        (
            "Tom Lark",
            "But whatever its leaders claim, the region remains part of the country.",
        ),
        ("Tom Lark", "We will keep working with our partners."),
    ]


def test_a_transcribers_note_and_a_broken_start_are_no_speech():
    """ "(Laughter.)" and "Before —" inside a turn are not the speaker's."""
    text = (
        "Tom Lark, Department Spokesperson\n\nMR. LARK: We have guests today. "
        "(Laughter.)\n\nQUESTION: Why me?\n\nMR. LARK: Before —\n\nQUESTION: "
        "I was only —\n\nMR. LARK: We condemn the vote."
    )
    assert _pairs(text) == [
        ("Tom Lark", "We have guests today."),
        ("Tom Lark", "We condemn the vote."),
    ]


def test_the_publishers_initials_with_of():
    """ "VOA confirmed …" in a Voice of America story: the publisher's own
    reporting, its initials counting "of"."""
    text = "VOA confirmed the mayor was released on Friday."
    assert _pairs(text, publisher="Voice of America") == []


def test_a_name_then_a_capitalised_role():
    """ "X, Politics Lecturer at Y University, wrote": the name speaks, not
    the role in capitals."""
    assert _pairs(
        "“The vote settled an old rivalry”, Ruth Okafor, Politics Lecturer at "
        "Lakeside University, wrote in reaction to the result."
    ) == [("Ruth Okafor", "The vote settled an old rivalry")]


def test_continued_to_say():
    """ "has continued to say she is innocent": the report goes on; "insists
    on sharia law" is a demand."""
    assert _pairs("Omar Tate has continued to say he is innocent of any crime.") == [
        ("Omar Tate", "he is innocent of any crime")
    ]
    demand = "The militia continues to insist on strict rule while the council "
    assert all(speaker != "militia" for speaker, _ in _pairs(demand + "votes."))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The district court ruled Tate guilty of fraud on Friday.", "district court"),
        ("A jury found Tate guilty of fraud and bribery on Friday.", "jury"),
        ("The judges found the former governor not guilty of aiding rebels.", "judges"),
    ],
)
def test_a_verdict_is_the_courts_finding(text, speaker):
    """ "the jury found him guilty of …", "the court ruled X guilty": the
    verdict is the sentence, the court's or jury's."""
    assert _pairs(text) == [(speaker, text)]


def test_they_have_long_warned():
    """ "They have long warned that …": "long" an adverb of time."""
    assert _pairs(
        "Scientists say the drought is caused by heat. They have long warned "
        "that rising temperatures are drying rivers."
    )[-1] == ("Scientists", "rising temperatures are drying rivers")


def test_a_group_between_a_subject_and_its_verb():
    """ "The findings, said scientists, indicate …": the attribution inside
    the sentence names a group; the sentence is the statement."""
    text = "The results, said researchers, suggest the lake was once much larger."
    assert _pairs(text) == [("researchers", text)]


# -- round from the twenty-seventh set -----------------------------------------


def test_an_honorific_label_opening_a_briefing_and_its_unlabelled_paragraphs():
    """ "MR. LARKIN:" opening the body of a briefing: the press secretary's
    turn, though the transcript never names him; its paragraphs with no label
    are his too, until the reporter's "Q" turn, which is not his."""
    text = (
        "MR. LARKIN: Good afternoon. I want to give you a report on the "
        "Governor's day.\n\n"
        "The Governor began this morning with a call to the mayor of Eastport. "
        "The two discussed the flooding.\n\n"
        "Q  Tom, can you tell us more about the call?\n\n"
        "MR. LARKIN: The call lasted ten minutes."
    )
    assert _pairs(text) == [
        ("Larkin", "I want to give you a report on the Governor's day."),
        (
            "Larkin",
            "The Governor began this morning with a call to the mayor of Eastport.",
        ),
        ("Larkin", "The two discussed the flooding."),
        ("Larkin", "The call lasted ten minutes."),
    ]


def test_a_label_with_a_long_office_before_the_name():
    """ "SECRETARY OF THE NAVY DR. ANN B. HOLT:": the name after the office;
    "So good morning, everyone." is a greeting."""
    text = (
        "SECRETARY OF THE NAVY DR. ANN B. HOLT:  So good morning, everyone.  "
        "The fleet will sail on Monday."
    )
    assert _pairs(text) == [("Ann B. Holt", "The fleet will sail on Monday.")]


def test_a_moderators_turn_and_bare_assent_are_not_statements():
    """ "MS. PARK: … I'll turn it over to the Director." introduces another
    speaker; "That's right, yeah." and "Great, thank you." assert nothing."""
    text = (
        "MS. PARK: Thanks for joining us. Our guest needs no introduction, and "
        "I now turn it over to Director Vance.\n\n"
        "DIRECTOR VANCE: Great, thank you. The office reopens on Friday.\n\n"
        "MR. OKAFOR: That's right, yeah."
    )
    assert _pairs(text) == [("Vance", "The office reopens on Friday.")]


def test_a_question_turn_asks_the_official_as_you():
    """In a reporter's "Q" turn, "You've previously praised …" reports the
    official the question asks."""
    text = (
        "GENERAL ROWE: Good morning. We took the hill on Tuesday.\n\n"
        "Q General, the brigade has lost ten men. You've previously praised the "
        "brigade as a model unit. Do you still?"
    )
    assert _pairs(text) == [
        ("Rowe", "We took the hill on Tuesday."),
        ("Rowe", "You've previously praised the brigade as a model unit."),
    ]


def test_a_turn_cut_off_by_the_copy():
    """A turn's last sentence broken off on "your" with no stop: not a
    statement."""
    text = (
        "MR. DALE: Good afternoon. We have no announcements, so I'll take your\n\n"
        "MR. DALE: The talks resume on Monday."
    )
    assert _pairs(text) == [("Dale", "The talks resume on Monday.")]


def test_the_following_remarks_are_attributed_at_the_end_of_an_introduction():
    """ "… held a briefing at the river. The following remarks can be
    attributed to Agency Administrator Jane Doe:" then paragraphs in her own
    words, up to a section's heading."""
    text = (
        "On Tuesday the Administrator held a briefing at the river. The following "
        "remarks can be attributed to Agency Administrator Rosa Lindqvist:\n\n"
        "We are committed to the people of the valley. The water is safe.\n\n"
        "Additional Information:\n\n"
        "The agency opened a centre in the town."
    )
    assert _pairs(text) == [
        ("Rosa Lindqvist", "We are committed to the people of the valley."),
        ("Rosa Lindqvist", "The water is safe."),
    ]


def test_a_testimonys_heading_on_several_lines_and_its_salutation():
    """ "Statement of / Jane Roe / Assistant Secretary … / , / before the
    Committee …": the testimony is hers; the salutation to the committee is
    not a statement."""
    text = (
        "Statement of\nMartin K. Osei\nAssistant Secretary of Commerce\n"
        "for Fisheries\n,\nbefore the Committee on Natural Resources,\n"
        "United States Senate,\nMay 4, 2015\n\n"
        "Chairman Ruiz, Ranking Member Holt, and Members of the Committee:\n\n"
        "I appreciate the opportunity to appear here today. The fleet has shrunk "
        "by half."
    )
    assert _pairs(text) == [
        ("Martin K. Osei", "I appreciate the opportunity to appear here today."),
        ("Martin K. Osei", "The fleet has shrunk by half."),
    ]


def test_an_interview_with_name_and_initials_labels():
    """ "Lena Moss: …", then "LM: …": the guest named in full, then by her
    initials; the interviewer's turns ("((WN))", "Omar:") are not hers, and a
    bare "Yeah!" asserts nothing."""
    text = (
        "Wikinews interviewed Lena Moss of the national rowing team.\n\n"
        "Omar: Where are you from?\n\n"
        "Lena Moss: I'm from Perth.\n\n"
        "((WN)) As a rower myself, I find that impressive. Do you train there?\n\n"
        "LM: Yeah! I train with the Swan River club."
    )
    assert _pairs(text) == [
        ("Lena Moss", "I'm from Perth."),
        ("Lena Moss", "I train with the Swan River club."),
    ]


def test_an_answer_label_under_the_crosshead_naming_the_guest():
    """ "Q: …" / "A: …" under a crosshead that is only the candidate's name:
    the answers, and the paragraph going on in the first person, are his."""
    text = (
        "Two candidates answered our questions.\n\n"
        "Ivan Petrov\n\n"
        "Ivan Petrov is a teacher running for Ward 3.\n\n"
        "Q: What is the main issue?\n\n"
        "A: We need more buses.\n\n"
        "I also want safer bike lanes."
    )
    assert _pairs(text) == [
        ("Ivan Petrov", "We need more buses."),
        ("Ivan Petrov", "I also want safer bike lanes."),
    ]


# -- round from the twenty-eighth set ------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Below are his remarks:",
        "Here is his statement:",
        "His remarks, as prepared for delivery, follow:",
        "The full text of Secretary Okafor's speech follows.",
    ],
)
def test_a_lead_in_to_remarks_that_follow(lead):
    """ "… made the announcement at the plant. Below are his remarks:": the
    paragraphs after the lead-in are the speaker's own words."""
    text = (
        "Today, Secretary Daniel Okafor announced new grants for solar research. "
        "Secretary Okafor spoke at a factory in Ohio. " + lead + "\n\n"
        "Good ideas can change the world.\n\n"
        "We are here to fund the boldest of them."
    )
    found = _pairs(text, publisher="U.S. Department of Energy")
    assert ("Daniel Okafor", "Good ideas can change the world.") in found
    assert ("Daniel Okafor", "We are here to fund the boldest of them.") in found


def test_a_sentence_naming_its_subject_is_no_lead_in_without_a_colon():
    """ "His statement." alone announces nothing that follows."""
    text = (
        "Mayor Lisa Grant spoke on Monday. His statement.\n\n"
        "The bridge will reopen in May."
    )
    assert _pairs(text) == []


def test_a_testimonys_heading_set_as_paragraphs_after_a_title():
    """ "Title // Testimony of // Jane Roe, Deputy Director, // Agency, //
    Before the // House Committee …": each heading line a paragraph of its
    own, under the page's title; the testimony is hers."""
    text = (
        "Our Forests at Risk: The Proposed Timber Rule\n\n"
        "Testimony of\n\n"
        "Clara Voss, Deputy Chief for Programs,\n\n"
        "United States Forest Service,\n\n"
        "Before the\n\n"
        "Senate Committee on Energy,\n\n"
        "Subcommittee on Public Lands\n\n"
        "March 3, 2022\n\n"
        "I am Clara Voss, Deputy Chief for Programs. The rule protects old "
        "growth.\n\n"
        "The proposal would help managers plan ahead."
    )
    assert _pairs(text) == [
        ("Clara Voss", "I am Clara Voss, Deputy Chief for Programs."),
        ("Clara Voss", "The rule protects old growth."),
        ("Clara Voss", "The proposal would help managers plan ahead."),
    ]


@pytest.mark.parametrize(
    ("agency", "publisher"),
    [
        ("The SEC", "Securities and Exchange Commission"),
        ("The FTC", "Federal Trade Commission"),
    ],
)
def test_the_publishers_own_allegation_and_the_scheme_it_goes_on_with(
    agency, publisher
):
    """ "The SEC alleges that …" in an SEC release: an allegation to a court
    is a statement, though its announcements are narration; the scheme told
    in the sentences after it goes on with it."""
    text = (
        f"{agency} today announced fraud charges against a Texas dealer.\n\n"
        f"{agency} alleges that Carl Mendes of Austin sold fake bonds to "
        "retirees. Mendes used a shell company to hide the money."
    )
    found = _pairs(text, publisher=publisher)
    assert [speaker for speaker, _ in found] == [agency.split()[-1]]
    assert found[0][1].startswith("Carl Mendes of Austin sold fake bonds")
    assert found[0][1].endswith("to hide the money.")


@pytest.mark.parametrize(
    ("title", "attribution"),
    [
        ("Lt. Col.", "said the colonel of the two-hour drive"),
        ("Capt.", "said the captain of the long drive home"),
        ("Coach", "said the coach of the 3-1 win"),
    ],
)
def test_said_the_role_of_a_thing_is_the_person_with_that_role(title, attribution):
    """ "“…,” said the colonel of the 40-minute flight": "of" with a thing in
    lower case says what the words were about; the colonel is the one the
    article introduced."""
    text = (
        f"Leading the convoy was {title} Tessa Brandt of the 4th Battalion.\n\n"
        f'"It was a quiet trip," {attribution}.'
    )
    assert _pairs(text) == [("Tessa Brandt", "It was a quiet trip")]


def test_a_pronoun_after_an_appositive_description_is_the_named_person():
    """ "Lund, the former chairman of the party, was asked …. He replied …":
    the noun describes the named person; it is no unnamed speaker."""
    text = (
        "The station spoke with Omar Reyes, a mayoral candidate.\n\n"
        "Reyes, the former head of the city council, was asked about the race. "
        'He replied, "My chances are good."'
    )
    assert _pairs(text) == [("Omar Reyes", "My chances are good.")]


@pytest.mark.parametrize(
    "opening",
    [
        "When asked about the budget she said",
        "Asked about the budget she said",
        "In response to the mayor she said",
    ],
)
def test_an_opening_phrase_without_its_comma_before_a_pronoun(opening):
    """ "When asked about the economy he said, “…”": the comma after the
    opening phrase is missing; the pronoun is the subject."""
    text = f'Nora Field is a candidate.\n\n{opening}, "The plan is a mess."'
    assert _pairs(text) == [("Nora Field", "The plan is a mess.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reyes was asked if he thinks he can win the primary.",
        "Reporters asked her whether she believes the tax will pass.",
        "The panel wondered whether officials say the dam is safe.",
    ],
)
def test_a_questions_content_is_no_report(sentence):
    """ "was asked if he thinks he has a good shot": what a question asks
    about asserts nothing."""
    assert _pairs("Omar Reyes and Ana Diaz spoke.\n\n" + sentence) == []


@pytest.mark.parametrize("label", ["Mr. Reyes", "Dr. Reyes"])
def test_an_interview_label_with_an_honorific_and_the_surname(label):
    """ "Mr. Lund: I am running …" in an interview: the guest named in full
    above."""
    text = (
        "Wikinews interviewed Omar Reyes, a mayoral candidate.\n\n"
        "((WN)) : Why are you running?\n\n"
        f"{label}: I am running because the city needs buses."
    )
    assert _pairs(text, publisher="Wikinews") == [
        ("Omar Reyes", "I am running because the city needs buses.")
    ]


@pytest.mark.parametrize("dash", ["--", "—", " – "])
def test_a_quotation_signed_after_a_dash_on_its_line(dash):
    """ "“…” --Ann B. Lee": a quotation signed at its paragraph's end."""
    text = (
        "Omar Reyes is a candidate.\n\n"
        f'One thing I believe is: "Luck favours the bold. Keep trying."{dash}'
        "Mary T. Okoro"
    )
    assert _pairs(text) == [
        ("Mary T. Okoro", "Luck favours the bold."),
        ("Mary T. Okoro", "Keep trying."),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The World Bank Wednesday said growth would slow.", "World Bank"),
        ("The Red Cross on Friday said supplies were short.", "Red Cross"),
    ],
)
def test_a_weekday_between_subject_and_verb(sentence, speaker):
    """ "The World Health Organization Wednesday said …": a weekday, bare or
    after "on", is no part of the subject."""
    assert [s for s, _ in _pairs(sentence)] == [speaker]


@pytest.mark.parametrize("verb", ["cautioned", "cautions"])
def test_cautioned_with_a_clause_is_a_warning(verb):
    """ "Yellen also cautioned that officials still predict …": the warning is
    hers; "cautioned against" or "cautioned investors" is a call."""
    text = (
        f"Central bank chief Ada Morel also {verb} that officials still predict "
        "a slow recovery."
    )
    assert _pairs(text) == [("Ada Morel", "officials still predict a slow recovery")]
    assert _pairs("Ada Morel cautioned against quick rate rises.") == []


@pytest.mark.parametrize(
    "curfew", ["a dusk-to-dawn curfew", "a 24-hour curfew", "a three-day curfew"]
)
def test_a_relative_clause_declaring_an_act_reports_nothing(curfew):
    """ "Tensions persisted in the city, where officials declared a dusk-to-dawn
    curfew.": a relative clause of place, and a curfew declared is an act."""
    text = f"Tensions persisted in the port city, where officials declared {curfew}."
    assert _pairs(text) == []
    assert _pairs(f"Officials declared {curfew}.") == []


@pytest.mark.parametrize(
    "circumstance",
    [
        "after results on Tuesday showed him far behind",
        "as counting went on in the north",
        "before the commission spoke",
    ],
)
def test_a_trailing_attribution_followed_by_a_clause_of_time(circumstance):
    """ "CLAUSE, a Buhari adviser and other officials said, after election
    results showed …": the clause before the attribution is what they said."""
    text = (
        "The president has called his rival to concede the election, an aide "
        f"and other officials said, {circumstance}."
    )
    assert _pairs(text) == [
        (
            "aide and other officials",
            "The president has called his rival to concede the election",
        )
    ]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("As alleged in the complaint,", "complaint"),
        ("As reported by Reuters,", "Reuters"),
        ("As noted in the report,", "report"),
    ],
)
def test_as_alleged_in_a_source_reads_like_according_to(opening, speaker):
    """ "As alleged in the complaint, the defendants …": the complaint's
    statement, not a speaker called "As"."""
    text = f"{opening} the dealers sold fake bonds to retirees in Ohio."
    assert _pairs(text) == [
        (speaker, "the dealers sold fake bonds to retirees in Ohio")
    ]


# -- round from the twenty-ninth set ------------------------------------------------


def test_a_state_abbreviation_ends_the_sentence_before_a_capital():
    """ "… at Camp Reed, Ga. By Friday, …": "Ga. By" is no person; the pronoun
    after it is the official named before."""
    text = (
        "Sgt. Maj. Ann B. Lee opened the contest at Camp Reed, Ga. By Friday, "
        "the best will be named.\n\n"
        "“We test the whole Soldier,” she told the competitors."
    )
    assert _pairs(text) == [("Ann B. Lee", "We test the whole Soldier")]


@pytest.mark.parametrize(
    "title", ["Sgt. Maj. of the Army", "Secretary of the Navy", "Chief of the Guard"]
)
def test_an_office_of_the_organisation_before_a_name(title):
    """ "…, said Secretary of the Navy Ann Lee.": the person after the office,
    and an infinitive earlier in the clause is no report of its own."""
    text = (
        f"Indeed, the exercise is meant to show which crews are ready, said {title} "
        "Ann B. Lee."
    )
    assert _pairs(text) == [
        ("Ann B. Lee", "Indeed, the exercise is meant to show which crews are ready")
    ]


@pytest.mark.parametrize("initials", ["U. S.", "U.S."])
def test_spaced_country_initials_are_no_person(initials):
    """ "U. S. Forest Service Regional Director Ann Lee said": the initials
    set apart are the country's, not a person called "U. S. Forest"."""
    text = (
        f"{initials} Forest Service Regional Director Ann B. Lee said, "
        "“The count of young trout is the highest in years.”"
    )
    ((speaker, statement),) = _pairs(text)
    assert speaker.endswith("Director Ann B. Lee") or speaker == "Ann B. Lee"
    assert statement == "The count of young trout is the highest in years."


@pytest.mark.parametrize(
    "opening",
    [
        "Federal prosecutors announced the sentencing of Carl Ruiz, 41, for fraud.",
        "Carl Ruiz pleaded guilty in May to two counts of fraud.",
        "Carl Ruiz, 41, was convicted of fraud on Monday.",
    ],
)
def test_the_defendant_is_the_person_the_case_is_about(opening):
    """ "The defendant admitted that …": the person charged, tried or
    sentenced before."""
    text = f"{opening} The defendant admitted that he forged the checks."
    assert ("Carl Ruiz", "he forged the checks") in _pairs(text)


def test_a_passive_description_names_who_is_described():
    """ "The suspect was described as “calm”": not the suspect's statement."""
    text = "Police arrested Carl Ruiz. He was described as being “very calm” later."
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz would not withdraw the remarks and stated that he meant every word.",
        "Later, at the hearing, Ruiz would not withdraw the remarks and "
        "stated that he meant every word.",
        "The defendant wrote three angry emails to the judge and stated that "
        "he meant every word.",
        "The defendant sent, by post, two notes to the judge and described in "
        "each note that he meant every word.",
    ],
)
def test_a_report_coordinated_with_an_earlier_verb(sentence):
    """ "X would not withdraw …, and stated that …", "X wrote three emails and
    described in each one that …": the subject of the first verb reports
    in the second; the emails written are an object, not the report."""
    text = f"Carl Ruiz pleaded guilty. {sentence}"
    assert _pairs(text)[-1] == ("Carl Ruiz", "he meant every word")
    assert [s.cue for s in extract(text)][-1] in ("stated", "described")
    assert "wrote" not in [s.cue for s in extract(text)]


def test_described_with_a_clause_reports_and_without_one_does_not():
    assert _pairs("Ann Lee described in her memo that the plan had failed.") == [
        ("Ann Lee", "the plan had failed")
    ]
    assert _pairs("Police described the scene.") == []


@pytest.mark.parametrize(
    "name",
    ["Brig. Gen. Ann B. Lee U.S. Air Force (Ret.)", "Col. Ann B. Lee, USMC (Ret.)"],
)
def test_a_retired_officer_s_service_is_no_part_of_the_name(name):
    """ "said Brig. Gen. Ann Lee U.S. Air Force (Ret.), director of …"."""
    text = (
        f"“Storms kill hundreds every year,” said {name}, director of the "
        "weather service."
    )
    assert _pairs(text) == [("Ann B. Lee", "Storms kill hundreds every year")]


def test_a_name_then_a_description_with_commas_of_its_own():
    """ "Roe, the deputy director, operations, for the state agency, praised
    …": the description's parts set off by commas; the name speaks."""
    text = (
        "Ann Lee visited the site. Lee, the deputy director, operations, for the "
        "state agency, said the dam will hold."
    )
    assert _pairs(text) == [("Ann Lee", "the dam will hold")]


# -- round from the thirtieth set ------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Flood Relief Opening Remarks - State Director Ann Roe",
        "Harbour Safety Keynote Address – Dr. Ann Roe",
        "Prepared Statement — Commissioner Ann Roe",
    ],
)
def test_a_speech_heading_with_its_giver_after_a_dash(heading):
    """ "Flood Relief Opening Remarks - State Director Ann Roe": the occasion,
    the speech, a dash, then its giver; the paragraphs are her own words."""
    text = (
        f"{heading}\n\nThanks for joining us today.\n\n"
        "The first grants will arrive in June. We expect more next year."
    )
    assert _pairs(text) == [
        ("Ann Roe", "The first grants will arrive in June."),
        ("Ann Roe", "We expect more next year."),
    ]


def test_a_bare_surname_labels_a_guest_named_in_the_narration():
    """ "Roe: …" in a radio transcript after "Dr. Ann Roe, who led the survey,
    says …": the guest's turns; the host's label names no one."""
    text = (
        "Marsh: Tide gauges show the sea is rising. Dr. Ann Roe, who led the "
        "survey, says the rise is speeding up.\n\n"
        "Roe: We measured it at forty sites.\n\n"
        "Marsh: Dr. Roe adds that the data go back a century.\n\n"
        "Roe: So the trend is clear. And it is getting faster."
    )
    pairs = _pairs(text)
    assert ("Ann Roe", "We measured it at forty sites.") in pairs
    assert ("Ann Roe", "So the trend is clear.") in pairs
    assert ("Ann Roe", "And it is getting faster.") in pairs


def test_a_reporter_s_surname_label_stays_narration():
    text = (
        "Marsh: The sea is rising, as we hear from VOA's Ann Roe.\n\n"
        "Roe: Tide gauges at forty sites show a rise.\n\n"
        "Marsh: Roe reports from the coast."
    )
    assert all(speaker != "Ann Roe" for speaker, _ in _pairs(text))


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Her family", "family"),
        ("His family", "family"),
        ("A close ally of the mayor", "close ally of the mayor"),
    ],
)
def test_nouns_ending_in_ly_head_a_subject(subject, speaker):
    """ "Her family says": "family" is a noun, not an adverb like "quickly"."""
    text = f"Ann Roe died in custody. {subject} says she had no heart trouble."
    assert (speaker, "she had no heart trouble") in [
        (s.speaker, s.text) for s in extract(text)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Roe promised new jobs and said the strikes were a plot.",
        "Mr. Roe vowed swift reforms and said the strikes were a plot.",
    ],
)
def test_a_report_after_a_verb_with_no_clause_of_its_own(sentence):
    """ "X promised reforms and said …": the promise has no clause; the verb
    coordinated with it reports."""
    text = f"Carl Roe spoke on Monday. {sentence}"
    assert _pairs(text)[-1] == ("Carl Roe", "the strikes were a plot")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("New polls predict the mayor will win.", "New polls"),
        ("Recent studies show the mayor will win.", "Recent studies"),
        ("Polling firms say the mayor will win.", "Polling firms"),
        ("The three dissenting justices argued that the mayor will win.", "three"),
        ("FAA research shows that the mayor will win.", "FAA research"),
    ],
)
def test_plural_bodies_and_studies_as_subjects(sentence, speaker):
    """ "New polls predict", "polling firms say", "the dissenting justices
    argued", "FAA research shows": studies and bodies that state."""
    pairs = _pairs(f"The vote is on Sunday. {sentence}")
    assert len(pairs) == 1
    assert speaker in pairs[0][0]
    assert pairs[0][1] == "the mayor will win"


def test_bare_figures_after_an_opening_adjective_are_no_source():
    """ "New figures also reveal that …" stays narration; a study speaks."""
    assert _pairs("New figures also reveal that prices rose.") == []


@pytest.mark.parametrize(
    "subject",
    [
        "Ms. Roe and other backers of the plan",
        "Roe and her colleagues",
        "Ann Roe and fellow members of the panel",
    ],
)
def test_a_named_person_and_others_as_one_subject(subject):
    """ "Mr. Lund and other backers of the treaty say": the one named
    speaks with the rest."""
    text = f"Senator Ann Roe is in Oslo. {subject} say the plan will work."
    assert _pairs(text) == [("Ann Roe", "the plan will work")]


def test_a_line_that_sets_the_scene_for_a_quotation():
    """ "First, a mother talking to her baby. “…”": a broadcast line with no
    finite verb; the woman named after it is "she" again."""
    text = (
        "Ann Roe studies how parents speak. Roe offers an example. First, a "
        "father talking to his son. “Look at the big dog.” And here is the "
        "same father talking to a neighbour. “The dog bit me last week.” Roe "
        "explains the change. “Pitch rises with babies,” she told reporters."
    )
    pairs = _pairs(text)
    assert ("father", "Look at the big dog.") in pairs
    assert ("father", "The dog bit me last week.") in pairs
    assert ("Ann Roe", "Pitch rises with babies") in pairs


def test_a_group_then_a_comma_then_who():
    """ "the result of a suit by two unions, who argued that …"."""
    text = (
        "The ruling is the result of a suit by three local unions, who argued "
        "that the quota was unfair."
    )
    assert _pairs(text) == [("local unions", "the quota was unfair")]


# -- round from the thirty-first set ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The road will close, announced U.S. Attorney Paul R. Dane Jr. and Ann Lee.",
        "Paul R. Dane Jr. said the road will close.",
        "The road will close, said Paul R. Dane Sr., the county engineer.",
    ],
)
def test_a_generational_suffix_keeps_its_full_stop(text):
    """ "announced U.S. Attorney John Doe Jr. and …": the name is "John Doe
    Jr.", its suffix's full stop no sentence end."""
    speakers = [speaker for speaker, _ in _pairs(text)]
    assert speakers and speakers[0].startswith("Paul R. Dane ")
    assert speakers[0].endswith(("Jr.", "Sr."))


@pytest.mark.parametrize(
    "text",
    [
        "Agents questioned Lee about the missing funds.",
        "The guard questioned him over the open gate.",
        "After the board questioned Lee, the meeting ended.",
    ],
)
def test_questioning_someone_about_something_reports_nothing(text):
    """ "an officer questioned Roe about the mail": an interrogation, whom
    and on what, with no content of its own."""
    assert _pairs(f"Ann Lee is a cashier. {text}") == []


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("When a guard questioned Lee about the cash, she", "Ann Lee"),
        ("After the board questioned Lee, the mayor", "mayor"),
    ],
)
def test_a_main_clause_after_an_empty_questioning_clause_still_reports(
    opening, speaker
):
    """ "When an officer questioned Roe about it, she said that …": the
    opening clause reports nothing; the main clause's own subject does."""
    text = f"Ann Lee is a cashier. {opening} said that the vault was open."
    assert _pairs(text) == [(speaker, "the vault was open")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lee, of Dover, pled guilty in the U.S. District Court to one count of theft.",
        "Ann Lee recently pleaded guilty of the fraud at Leeds Crown Court.",
        "Lee pleaded guilty before the Superior Court to two counts of arson.",
    ],
)
def test_a_plea_made_in_a_named_court_is_a_statement(sentence):
    """ "pled guilty in the U.S. District Court … to one count of …": a plea
    that says where it was made is the defendant's admission."""
    pairs = _pairs(f"Ann Lee is a former cashier. {sentence}")
    assert pairs == [("Ann Lee", sentence)]


def test_a_briefing_turn_skips_how_are_you_and_a_named_welcome():
    text = (
        "Carla Diaz is the spokeswoman.\n\n"
        "MS. DIAZ: Hi, all. How is everybody doing today? Anyway, welcome to "
        "the press room, everyone. Ravi, welcome. The minister arrives in "
        "Lima tomorrow for two days of talks.\n\n"
        "QUESTION: Who will she meet?"
    )
    texts = [t for _, t in _pairs(text)]
    assert "How is everybody doing today?" not in texts
    assert not any("welcome" in t for t in texts)
    assert any(t.startswith("The minister arrives in Lima") for t in texts)


@pytest.mark.parametrize(
    "subject",
    [
        "Tom Hale, who voted Sunday in his home village, Elmore,",
        "Tom Hale, who farms near Dover, Delaware,",
        "Tom Hale, whose shop stands in the old town, Corby,",
    ],
)
def test_commas_inside_a_relative_clause_after_the_subject(subject):
    """ "NAME, who voted in his home town, Antigua, says": the commas set off
    parts of the relative clause; the name before "who" is the subject."""
    assert _pairs(f"{subject} says he wants lower taxes.") == [
        ("Tom Hale", "he wants lower taxes")
    ]


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "Late Sunday, Tom Hale expressed optimism that he would reach the "
            "final round.",
            "he would reach the final round",
        ),
        (
            "Tom Hale voiced deep concern that the talks could fail.",
            "the talks could fail",
        ),
        (
            "Tom Hale expressed confidence that the deal would hold.",
            "the deal would hold",
        ),
    ],
)
def test_a_stance_named_as_a_noun_before_its_clause(sentence, statement):
    """ "expressed optimism that …", "voiced concern that …": the stance's
    clause is what the speaker says."""
    assert _pairs(sentence) == [("Tom Hale", statement)]


def test_expressing_thanks_without_a_clause_reports_nothing():
    assert _pairs("Tom Hale expressed his thanks to the crew.") == []


# -- round from the thirty-second set -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue", "statement"),
    [
        (
            "Governor Maria Costa met with the city's Anglican Archbishop and "
            "sought to calm residents by insisting that the water supply is safe.",
            "insisting",
            "the water supply is safe",
        ),
        (
            "Mayor Tom Hale visited Bishop Carl Dunne and won applause while "
            "saying that the schools would reopen soon.",
            "saying",
            "the schools would reopen soon",
        ),
    ],
)
def test_a_participle_after_by_or_while_takes_the_clause_subject(
    sentence, cue, statement
):
    """ "X met with Y and moved to reassure the public by insisting that …":
    a participle of means or time is the subject's, not the last name's."""
    found = extract(sentence)
    assert [(s.cue, s.text) for s in found] == [(cue, statement)]
    assert found[0].speaker in ("Maria Costa", "Tom Hale")


def test_a_moderator_handing_this_microphone_over_is_not_the_guest():
    text = (
        "Operator: Welcome. I will now turn today's conference over to Dana "
        "Price.\n\n"
        "Dana Price: Thank you all for joining us. Today we have Dr. Lena Moss, "
        "who directs the vaccine office. And so I will turn this microphone "
        "over to Dr. Moss for some brief remarks. Dr. Moss?\n\n"
        "Lena Moss: Good morning, everyone. And happy Fourth of July. The "
        "vaccine supply has doubled since May."
    )
    assert _pairs(text) == [("Lena Moss", "The vaccine supply has doubled since May.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale, a former clerk and claims examiner at the agency, was "
        "sentenced to five years in prison.",
        "As part of the Lee Administration's continued effort to cut costs, the "
        "city closed two libraries.",
        "The Ridge Foundation's stated aim is higher pay for nurses.",
        "The spokeswoman warned against any attempt to reopen the treaty.",
        "Analysts argued against raising interest rates this year.",
    ],
)
def test_nouns_adjectives_and_advice_that_look_like_report_verbs(sentence):
    """ "a supervisor and claims examiner", "the Council's continued effort",
    "warned against any attempt": no report."""
    assert _pairs(sentence) == []


def test_a_participle_after_a_possessive_leaves_the_main_verb():
    sentence = (
        "As part of the Westfield Council's continued effort to cut costs, Mayor "
        "Ann Lee announced that the city will close two libraries."
    )
    assert _pairs(sentence) == [("Ann Lee", "the city will close two libraries")]


@pytest.mark.parametrize("place", ["city of", "college town of", "port town of"])
def test_a_name_after_the_city_of_is_a_place_not_the_speaker(place):
    """ "went to the city of Cedar Falls": the name is a place, which a later
    "she said" never means."""
    text = (
        "President Ann Lee is touring the flooded north.\n\n"
        f"President Lee went to the {place} Mason Ridge for a briefing from "
        "local officials.\n\n"
        "“We will rebuild,” she said."
    )
    assert _pairs(text) == [("Ann Lee", "We will rebuild")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Scientists have found a new kind of living organism that had been "
        "frozen for thousands of years.",
        "Researchers found a previously unknown strain of the virus in bats.",
        "Scientists have found two new species of frog in the cloud forest.",
    ],
)
def test_researchers_finding_a_new_thing_is_a_discovery(sentence):
    assert _pairs(sentence) == []


def test_researchers_finding_a_link_is_still_a_finding():
    sentence = "Researchers have found a link between sleep and memory."
    assert _pairs(sentence) == [("Researchers", sentence)]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "Jan Roe charged that some troops are refusing to fight and he said "
            "some generals have been fired.",
            "some troops are refusing to fight",
            "some generals have been fired",
        ),
        (
            "Jan Roe said some troops are refusing to fight, and he added that "
            "some generals have been fired.",
            "some troops are refusing to fight",
            "some generals have been fired",
        ),
        (
            "Jan Roe said the rebels are lying, because he says the weather has "
            "been clear.",
            "the rebels are lying",
            "the weather has been clear",
        ),
    ],
)
def test_the_same_speaker_reporting_again_after_and_he_said(sentence, first, second):
    """ "X charged that A and he said B", "…, because she says B": two
    statements of one speaker."""
    assert _pairs(sentence) == [("Jan Roe", first), ("Jan Roe", second)]


def test_charged_with_an_object_is_a_prosecution():
    assert _pairs("Police charged Jan Roe with fraud on Monday.") == []
    assert _pairs("Jan Roe and two others were charged for smuggling arms.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "statement"),
    [
        (
            "The spokesman denied Jan Roe's report that the army has lost a battle.",
            "Jan Roe",
            "the army has lost a battle",
        ),
        (
            "The statement also refuted recent reports that the leader was "
            "arrested in May.",
            "recent reports",
            "the leader was arrested in May",
        ),
        (
            "The statement follows unconfirmed reports that a senior commander "
            "was detained abroad.",
            "unconfirmed reports",
            "a senior commander was detained abroad",
        ),
    ],
)
def test_a_claim_named_as_a_noun_with_its_clause_is_nested(
    sentence, speaker, statement
):
    """ "denied X's report that …", "refuted recent reports that …": the claim
    answered is its owner's statement."""
    assert (speaker, statement) in _pairs(sentence)


def test_a_possessives_insistence_that_is_a_demand_not_a_report():
    sentence = "The envoy rejected Jan Roe's insistence that the vote go ahead."
    assert all(speaker != "Jan Roe" for speaker, _ in _pairs(sentence))


@pytest.mark.parametrize(
    "dateline", ["DOVER, Del. -- ", "WASHINGTON, D.C. -- ", "SALEM, Ore. — "]
)
def test_a_dateline_with_a_comma_before_a_long_coordinated_subject(dateline):
    sentence = (
        f"{dateline}Secretary of the Interior Ann Lee and Secretary of "
        "Agriculture Tom Roe announced today that four agencies are in the "
        "process of buying land."
    )
    pairs = _pairs(sentence)
    assert len(pairs) == 1
    assert pairs[0][1] == "four agencies are in the process of buying land"


def test_an_e_mail_after_its_quotation_says_it():
    text = (
        "The group released a statement on Sunday.\n\n"
        "Raids will come without warning, though the group will claim them "
        "soon after, the e-mail said."
    )
    assert _pairs(text) == [
        (
            "e-mail",
            "Raids will come without warning, though the group will claim them "
            "soon after",
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "statement"),
    [
        (
            "A navy spokesman says the military suspects that rebels mounted "
            "the attack.",
            "military",
            "rebels mounted the attack",
        ),
        (
            "Health Minister Ann Lee says the agency believes that the outbreak "
            "has peaked.",
            "agency",
            "the outbreak has peaked",
        ),
    ],
)
def test_a_body_reporting_inside_a_persons_report_is_nested(
    sentence, speaker, statement
):
    """ "A spokesman says the military suspects that …": the military's
    statement inside the spokesman's."""
    assert (speaker, statement) in _pairs(sentence)


def test_a_body_inside_an_according_to_account_is_not_nested():
    sentence = (
        "According to the Daily Ledger, the ministry believes that talks could "
        "resume in May."
    )
    assert all(speaker != "ministry" for speaker, _ in _pairs(sentence))


# -- recurring misses across the seen sets --------------------------------------
# Constructions missed in several articles of different seen splits.


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Mr. Hale disagrees with conservative critics of the tax plan. They "
            "say higher taxes mean fewer jobs.",
            "conservative critics",
            "higher taxes mean fewer jobs",
        ),
        (
            "The council met with residents of the flooded district. They said "
            "the levee had failed twice before.",
            "residents",
            "the levee had failed twice before",
        ),
        (
            "People reacted to the film on social media. They said they had "
            "waited years for a sequel.",
            "People",
            "they had waited years for a sequel",
        ),
    ],
)
def test_they_takes_up_the_only_group_the_sentence_before_names(
    text, speaker, statement
):
    """ "Mr. Hale disagrees with conservative critics. They say …": "they" is
    the one group the sentence before names, even when it is no subject."""
    assert (speaker, statement) in _pairs(text)


def test_they_skips_a_group_inside_what_was_said():
    text = (
        "The union says the refinery has laid off people without notice. They "
        "say the plant will close by spring."
    )
    assert all(speaker != "people" for speaker, _ in _pairs(text))


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Today we tell about a United Nations report on the oceans. It says "
            "fish stocks have fallen by a third.",
            "report",
            "fish stocks have fallen by a third",
        ),
        (
            "This week we will tell you about a new study on sleep. It says most "
            "teenagers get too little rest.",
            "study",
            "most teenagers get too little rest",
        ),
    ],
)
def test_it_takes_up_the_report_the_sentence_before_is_about(text, speaker, statement):
    """ "Today we tell about a new report on pollution. It says …": the
    report, though it does not open the sentence."""
    assert (speaker, statement) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Zorbex is a small software company in Ohio. It says demand for its "
            "tools has doubled.",
            "Zorbex",
            "demand for its tools has doubled",
        ),
        (
            "Harvestline is an agricultural trade group based in Iowa. It said "
            "the drought will cut yields.",
            "Harvestline",
            "the drought will cut yields",
        ),
        (
            "In March of last year, the IMF refused to extend new loans. It said "
            "the government had failed to control spending.",
            "IMF",
            "the government had failed to control spending",
        ),
    ],
)
def test_it_takes_up_an_organisation_defined_or_after_a_dated_opening(
    text, speaker, statement
):
    """ "Acme is a software firm. It says …" (the sentence defines the name as
    an organisation) and "In December of last year, the IMF refused …. It
    said …" (a dated opening of several words before the organisation)."""
    assert (speaker, statement) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "The drought has hit the valley hard. A Kenyan athlete says his "
            "training camp has had no water for a week.",
            "Kenyan athlete",
            "his training camp has had no water for a week",
        ),
        (
            "The river burst its banks overnight. One person there said the water "
            "rose faster than anyone expected.",
            "person",
            "the water rose faster than anyone expected",
        ),
        (
            "One Ohio voter said she would wait to see the debates.",
            "Ohio voter",
            "she would wait to see the debates",
        ),
        (
            "In a new paper, 32 researchers from 12 universities report the glacier "
            "is shrinking twice as fast as before.",
            "researchers",
            "the glacier is shrinking twice as fast as before",
        ),
        (
            "A Canadian senator representing a northern district says the road "
            "will not be finished this year.",
            "Canadian senator",
            "the road will not be finished this year",
        ),
    ],
)
def test_a_person_counted_or_described_but_unnamed(text, speaker, statement):
    """ "A Kenyan athlete says", "One person there said", "32 researchers from
    12 universities report": a count or "a" before a person noun, with a
    capitalised modifier, a place or a participle after it, names an unnamed
    source."""
    assert (speaker, statement) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Three of the region's largest teachers unions say they will strike "
            "next month.",
            "region's largest teachers unions",
            "they will strike next month",
        ),
        (
            "Sixty percent of those surveyed said they had cut back on travel.",
            "those surveyed",
            "they had cut back on travel",
        ),
        (
            "A number of Republican senators said the bill went too far.",
            "Republican senators",
            "the bill went too far",
        ),
    ],
)
def test_a_share_of_a_group_is_the_group(text, speaker, statement):
    """ "Three of the region's largest unions say", "Sixty percent of those
    surveyed said": a count or a share of a group speaks for the group."""
    assert (speaker, statement) in _pairs(text)


def test_a_bare_share_is_of_the_group_counted_before():
    text = (
        "Sixty percent of those surveyed said they had cut back on travel. Almost "
        "a third said they had cancelled a holiday. More than half of the firms "
        "reported lower sales. Nearly half the firms expect to cut jobs."
    )
    pairs = _pairs(text)
    assert ("those surveyed", "they had cancelled a holiday") in pairs
    assert all(
        statement != "Nearly half the firms expect to cut jobs."
        for _, statement in pairs
    )


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "The mayor, Ann Berg, said in an interview with the BBC's Spanish "
            "service that the bridge would reopen in May.",
            "Ann Berg",
            "the bridge would reopen in May",
        ),
        (
            "Tom Reyes says in an interview with Reuters' Asia desk that prices "
            "will keep rising.",
            "Tom Reyes",
            "prices will keep rising",
        ),
    ],
)
def test_said_in_an_interview_with_an_outlets_service(text, speaker, statement):
    """ "said in an interview with VOA’s Korean service that …": the outlet's
    possessive is part of the circumstance between the verb and "that"."""
    assert (speaker, statement) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "“Safety comes first,” said Secretary of Transportation, Ann Berg.",
            "Ann Berg",
            "Safety comes first",
        ),
        (
            "“The budget is balanced,” said Finance Minister, Tom Reyes.",
            "Tom Reyes",
            "The budget is balanced",
        ),
    ],
)
def test_a_title_then_a_comma_then_its_holder(text, speaker, statement):
    """ "…, said Secretary of Labor, Ann Lee.": a bare title, then its holder's
    name after a comma."""
    assert (speaker, statement) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "The vote is on Friday. Republicans agree the tax code needs work, but "
            "they say the bill goes too far.",
            "Republicans",
            "the bill goes too far",
        ),
        (
            "Mr. Hale toured the coast. Provincial officials gave the estimate "
            "after a flight over the islands, where they say whole villages are gone.",
            "Provincial officials",
            "whole villages are gone",
        ),
    ],
)
def test_they_is_the_group_its_own_sentence_opens_on(text, speaker, statement):
    """ "Republicans agree …, but they say …": "they" after a comma and a
    conjunction is the group the same sentence opens on."""
    assert (speaker, statement) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "“The report shows that rents rose faster than wages in every city,” "
            "said Mayor Ann Vale. “It is a warning.”",
            "report",
            "rents rose faster than wages in every city",
        ),
        (
            "“The report shows that rents rose faster than wages in every city,” "
            "said Mayor Ann Vale. “It is a warning.”",
            "Ann Vale",
            "It is a warning.",
        ),
        (
            "Tom Reed is an analyst at the bank. He says the company’s survey found "
            "most farmers expect a smaller harvest this year.",
            "survey",
            "most farmers expect a smaller harvest this year",
        ),
        (
            "“Our tests show that the river water is safe to drink again,” said "
            "Dr. Lena Park, the county health officer.",
            "tests",
            "the river water is safe to drink again",
        ),
        (
            "Governor Paul Ashe issued the following statement on the census:\n\n"
            "Research shows that small towns are growing again for the first time "
            "in decades. We will build on that.",
            "research",
            "small towns are growing again for the first time in decades",
        ),
    ],
)
def test_a_finding_nested_in_another_speakers_words(text, speaker, statement):
    """ "“The report shows that …,” said X": a document's finding inside
    another speaker's words is the document's statement too, and the words
    after it go on being the speaker's."""
    assert (speaker, statement) in _pairs(text)


def test_generic_studies_and_known_facts_are_not_findings():
    """ "Studies show …" appeals to research in general, and "confirm what
    parents already know" has no clause of its own."""
    text = (
        "“Studies show that children learn better after a good breakfast,” said "
        "Principal Rosa Diaz. “These findings confirm what parents already know.”"
    )
    assert all(speaker.endswith("Rosa Diaz") for speaker, _ in _pairs(text))


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "The woman nominated to be the country's top diplomat says she is "
            "worried about what she called a “dangerous” loss of forecasters. "
            "Doctor Helen Marsh spoke at her confirmation hearing Monday.\n\n"
            "Dr. Marsh said the agency needs more money.",
            "Helen Marsh",
            "she is worried about what she called a “dangerous” loss of forecasters",
        ),
        (
            "A leading water expert warns that the lake could dry up within a "
            "decade.\nPaul Oduya, director of the regional water board, spoke to "
            "farmers on Friday. He says rainfall has dropped by a third.",
            "Paul Oduya",
            "the lake could dry up within a decade",
        ),
        (
            "The man nominated to be the state's top judge says the courts are too slow. "
            "Judge Omar Reyes answered questions from senators for two hours. "
            "Reyes said he will hire more clerks.",
            "Omar Reyes",
            "the courts are too slow",
        ),
    ],
)
def test_a_lead_description_named_in_the_next_sentence(text, speaker, statement):
    """ "The man nominated to … says …" or "A top health expert warns …" in the
    lead, then the name, with a title or introduced without a statement of
    its own, opening the next sentence: the description's words are the named
    person's, and they end where the introduction begins."""
    assert (speaker, statement) in _pairs(text)


def test_a_lead_description_is_not_a_person_named_after_a_statement():
    """ "A resident said …" then "Jane Roe, a shopkeeper, said …": the second
    sentence describes a new person with their own statement."""
    pairs = _pairs(
        "A resident said the water smelled of oil. Jane Roe, a shopkeeper, said "
        "she closed early."
    )
    assert ("Jane Roe", "the water smelled of oil") not in pairs


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "The governor was re-elected by a wide margin, official results show.",
            "official results",
            "The governor was re-elected by a wide margin",
        ),
        (
            "Official results show that the ruling party won 60 percent of the vote.",
            "Official results",
            "the ruling party won 60 percent of the vote",
        ),
        (
            "The mayor has lost her seat, preliminary results show, while her "
            "party cries fraud.",
            "preliminary results",
            "The mayor has lost her seat",
        ),
    ],
)
def test_election_results_as_the_speaker(text, speaker, statement):
    """ "…, official results show.": an election's count states who won, like
    a report's findings."""
    assert (speaker, statement) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "“As alleged in today’s indictment, the ring laundered millions "
            "through shell companies,” said U.S. Attorney Jane Roe.",
            "indictment",
            "the ring laundered millions through shell companies",
        ),
        (
            "“The complaint in this case alleges that Harbor Metals dumped waste "
            "into the creek for years,” said Assistant Attorney General John Doe.",
            "complaint",
            "Harbor Metals dumped waste into the creek for years",
        ),
        (
            "“The indictment alleges that the defendants bribed port inspectors. "
            "We will not tolerate it,” said Director Ann Poe.",
            "indictment",
            "the defendants bribed port inspectors",
        ),
    ],
)
def test_a_charging_documents_allegation_inside_an_officials_words(
    text, speaker, statement
):
    """ "“As alleged in today's indictment, …,” she said", "“The complaint
    alleges that …”": the document's allegation, nested in the official's
    quotation, is annotated apart with the document as its speaker."""
    assert (speaker, statement) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Jane Roe, 52, of Tulsa, pleaded guilty to two counts of the "
            "indictment returned against her on Oct. 4, 2021, alleging that she "
            "sold stolen cattle across state lines.",
            "indictment",
            "she sold stolen cattle across state lines",
        ),
        (
            "The Justice Department filed a complaint on behalf of the U.S. "
            "Army Corps of Engineers against a quarry of Dover, Delaware, "
            "alleging that it filled protected wetlands.",
            "complaint",
            "it filled protected wetlands",
        ),
    ],
)
def test_a_documents_participle_after_a_date_or_a_place(text, speaker, statement):
    """ "the indictment returned on Oct. 4, 2021, alleging that …": the commas
    and abbreviation points of a date or a place inside the document's
    description do not keep the participle from being the document's."""
    assert (speaker, statement) in _pairs(text)


def test_a_document_named_in_passing_does_not_go_on_speaking():
    """ "He pleaded guilty to the indictment, alleging that …. He ran a shop
    …": a document's participle inside a plea sentence is not an account the
    next sentence continues."""
    pairs = _pairs(
        "John Doe, 40, of Reno, pleaded guilty to the indictment returned "
        "against him on May 2, 2019, alleging that he smuggled rare parrots. "
        "Doe owned and operated a pet shop, Bird World, selling exotic birds."
    )
    assert ("indictment", "he smuggled rare parrots") in pairs
    assert not any(
        speaker == "indictment" and statement.startswith("Doe owned")
        for speaker, statement in pairs
    )


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "The farmers' coalition said it would fight the new tax in court.",
            "farmers' coalition",
            "it would fight the new tax in court",
        ),
        (
            "The national teachers' association warns that classrooms are overcrowded.",
            "national teachers' association",
            "classrooms are overcrowded",
        ),
    ],
)
def test_a_body_of_members_speaks(text, speaker, statement):
    """ "The opposition coalition said", "the association warns": a coalition,
    association, federation or league is a body that speaks."""
    assert (speaker, statement) in _pairs(text)


def test_a_bodys_name_after_its_description_speaks():
    """ "The region's biggest farmers' union, the Valley Growers League, says":
    the body's name after the description of the body is the speaker."""
    pairs = _pairs(
        "The region's biggest farmers' federation, the Valley Growers League "
        "(VGL), says it was never consulted about the dam."
    )
    assert ("Valley Growers League", "it was never consulted about the dam") in pairs


def test_stray_feed_marks_do_not_join_two_sentences():
    """ "… the plan. '' ''Mayor Ann Lee says …": a feed copy's stray marks
    between sentences do not hide the next sentence's start."""
    pairs = _pairs(
        "The Valley Growers League says it will not accept the plan. '' ''"
        "Mayor Ann Lee says the plan is fair."
    )
    assert ("Valley Growers League", "it will not accept the plan") in pairs
    assert ("Ann Lee", "the plan is fair") in pairs


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Ann Lee has written a memoir about the feud that she says has "
            "cost her two jobs.",
            "Ann Lee",
            "the feud that she says has cost her two jobs",
        ),
        (
            "In the memoir, Ann Lee lays out documents she says will clear her name.",
            "Ann Lee",
            "documents she says will clear her name",
        ),
        (
            "Tom Roe was charged with fraud, which he says was invented by his rivals.",
            "Tom Roe",
            "fraud, which he says was invented by his rivals",
        ),
    ],
)
def test_a_saying_verb_inside_a_relative_clause(text, speaker, statement):
    """ "the feud that she says has cost her two jobs": a saying verb whose
    clause has no subject of its own says something of the noun before it;
    the noun and the clause are the statement."""
    assert (speaker, statement) in _pairs(text)


def test_a_relative_saying_verb_needs_a_nameable_subject():
    """ "User @tlee shared this photo, which he said was taken …": the pronoun
    is the sentence's own subject, not the person named before it."""
    pairs = _pairs(
        "Reporter Jim Hale says the roads are closed. Forum user @tlee "
        "posted this photo, which he said was taken at noon in Osaka."
    )
    assert not any(speaker == "Jim Hale" and "photo" in text for speaker, text in pairs)


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "As Maria Okafor reports, the river has burst its banks.",
            "Maria Okafor",
            "the river has burst its banks",
        ),
        (
            "As Maria Okafor reported from Port Harcourt, the river has burst "
            "its banks.",
            "Maria Okafor",
            "the river has burst its banks",
        ),
        (
            "Maria Okafor reports from Port Harcourt that the river has burst "
            "its banks.",
            "Maria Okafor",
            "the river has burst its banks",
        ),
    ],
)
def test_a_named_reporters_report(text, speaker, statement):
    """ "As X reports (from PLACE), CLAUSE", "X reports from PLACE that
    CLAUSE": what a named correspondent reports is X's statement."""
    assert (speaker, statement) in _pairs(text)


def test_a_report_of_what_others_say_nests_their_statement():
    """ "X reports from PLACE that officials say CLAUSE": the reporter's
    statement, and the officials' statement nested in it."""
    pairs = _pairs(
        "Maria Okafor reports from Port Harcourt that officials say the river "
        "has burst its banks."
    )
    assert ("Maria Okafor", "officials say the river has burst its banks") in pairs
    assert ("officials", "the river has burst its banks") in pairs


def test_what_someone_said_is_no_nested_statement():
    """ "X has said that what the minister said is wrong": "what … said" is
    the clause's subject, not a report of its own."""
    pairs = _pairs("Ann Lee has said that what the minister said is not acceptable.")
    assert ("Ann Lee", "what the minister said is not acceptable") in pairs
    assert len(pairs) == 1


def test_our_correspondent_is_narration():
    """ "Our correspondent reports from Kinshasa that …": the publisher's own
    unnamed correspondent is its narration."""
    pairs = _pairs(
        "Our correspondent reports from Kinshasa that the talks have stalled."
    )
    assert not any(speaker.lower().endswith("correspondent") for speaker, _ in pairs)


def test_initials_keep_their_last_point():
    """ "the U.N. said": the speaker is "U.N.", as written, not "U.N"."""
    pairs = _pairs("In a statement, the U.N. said the fighting had killed dozens.")
    assert ("U.N.", "the fighting had killed dozens") in pairs


def test_adding_a_sum_is_not_adding_words():
    """ "Tourists add an estimated two billion dollars a year to the economy":
    a sum added to something, not a statement."""
    assert (
        _pairs(
            "Tourists add an estimated two billion dollars a year to the island's "
            "economy."
        )
        == []
    )
    assert ("Ann Lee", "prices will rise") in _pairs(
        "Ann Lee added that prices will rise."
    )


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Early estimates show that the island's economy shrank last year.",
            "Early estimates",
            "the island's economy shrank last year",
        ),
        (
            "Norwegian government statistics show that fish exports rose in March.",
            "Norwegian government statistics",
            "fish exports rose in March",
        ),
    ],
)
def test_estimates_and_statistics_show(text, speaker, statement):
    """ "Early estimates show that …", "Norwegian government statistics show
    …": a count or an estimate after the sentence's capital is a source."""
    assert (speaker, statement) in _pairs(text)


def test_an_office_no_one_holds_is_the_last_subject():
    """ "… said Tom Reed, the committee's senior Democrat. Reed voiced doubts …
    “…,” the senator said.": no one is titled senator; the office names the
    person who was last the subject."""
    text = (
        "Tom Reed, the senior Democrat on the farm committee, spoke first. Reed "
        'voiced doubts about the grain deal Ann Wu signed. "The farmers were '
        'never asked what they thought of the deal," the senator said.'
    )
    assert (
        "Tom Reed",
        "The farmers were never asked what they thought of the deal",
    ) in _pairs(text)


def test_a_correspondent_reports_from_a_place():
    """ "VOA's Ann Lee reports from Dover, CLAUSE": the correspondent's report,
    with neither "As" nor "that" before the clause; a place described by
    "where" is no report."""
    assert (
        "Ann Lee",
        "the bridge over the river was closed by the police after the flood",
    ) in _pairs(
        "Storms hit the coast on Monday. VOA's Ann Lee reports from Dover, the "
        "bridge over the river was closed by the police after the flood."
    )
    assert not any(
        speaker == "Ann Lee"
        for speaker, _ in _pairs(
            "VOA's Ann Lee reports from Dover, where the bridge over the river "
            "was closed on Monday."
        )
    )


def test_a_charging_document_after_a_clause_about_it():
    """ "The indictment, which was returned …, charges …": the charging
    document speaks, whatever is said of it before its verb."""
    text = (
        "The indictment, which was returned by a grand jury on May 2, 2019, and "
        "unsealed Monday, charges the four men with wire fraud."
    )
    assert ("indictment", text) in _pairs(text)
    filed = "The complaint, filed Friday in federal court, charges the firm with fraud."
    assert ("complaint", filed) in _pairs(filed)


def test_a_sentence_naming_the_finding_of_the_one_before():
    """ "CLAUSE. That was the finding of a new study.": the sentence before is
    the source's; a question before it, or a paragraph break, is not."""
    assert (
        "new study",
        "Teenagers who read more sleep better at night.",
    ) in _pairs(
        "Teenagers who read more sleep better at night. That is the finding of a "
        "new study of students in Norway."
    )
    assert ("Ann Lee", "Small farms can feed the region for a decade.") in _pairs(
        "Small farms can feed the region for a decade. That was the conclusion of "
        "economist Ann Lee at the University of Dover."
    )
    assert (
        _pairs(
            "Do teenagers who read more sleep better at night? That is the "
            "finding of a new study of students in Norway."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The mayor, Ann Lee, issued a statement that the bridge would stay "
        "closed until May.",
        "On Monday Ann Lee released a brief statement that the bridge would stay "
        "closed until May.",
    ],
)
def test_issuing_a_statement_that(text):
    """ "issued a statement that CLAUSE": the clause is what the statement says;
    a report that showed something is not read so."""
    assert ("Ann Lee", "the bridge would stay closed until May") in _pairs(text)


def test_a_report_released_that_showed_is_no_statement_clause():
    assert _pairs("Ann Lee released a report that showed the bridge was unsafe.") == []


def test_a_second_clause_with_its_time_before_its_subject():
    """ "X was in Paris, and on March 3 she said CLAUSE": the pronoun after the
    time is the subject of the second clause."""
    assert ("Ann Lee", "the bridge would stay closed") in _pairs(
        "Ann Lee was in Paris, and on March 3 she said the bridge would stay closed."
    )


def test_a_mixed_case_honorific_label_and_an_answer_label_in_a_briefing():
    """ "Ms. Tran: …" opening a briefing is the official's turn, as "MS. TRAN:"
    would be; the reporter's "Q:" is not a statement, and the "A:" after it
    is the answer of the official whose label came last."""
    text = (
        "Ms. Tran: Good morning. I have two items for you today. The new bridge "
        "over the Calder River opens on Friday.\n\n"
        "Second, I'd like to say the ferry will keep running until June.\n\n"
        "Q: Will the ferry crews lose their jobs?\n\n"
        "A: Not at all. The crews will move to the harbour service."
    )
    pairs = _pairs(text)
    assert ("Tran", "The new bridge over the Calder River opens on Friday.") in pairs
    assert (
        "Tran",
        "Second, I'd like to say the ferry will keep running until June.",
    ) in pairs
    assert ("Tran", "The crews will move to the harbour service.") in pairs
    assert not any("ferry crews lose" in statement for _, statement in pairs)


def test_a_label_opening_the_page_names_its_speaker_for_the_paragraphs_after():
    """ "OKAFOR: …" opening a statement with no narration before it: the
    speaker need not be introduced; the unlabelled paragraphs after it in the
    first person are the same speaker's, a quotation inside them too."""
    text = (
        "OKAFOR: Since I took this office I have worked to cut waiting times. "
        "Today the agency meets that goal.\n\n"
        "We have hired two hundred nurses this year. I asked the head nurse "
        'whether we were ready. She answered with a firm "Yes."'
    )
    pairs = _pairs(text)
    assert ("Okafor", "Today the agency meets that goal.") in pairs
    assert ("Okafor", "We have hired two hundred nurses this year.") in pairs
    assert ("Okafor", "I asked the head nurse whether we were ready.") in pairs


def test_a_host_who_introduces_the_next_speaker_is_no_source():
    """A conference call's "OPERATOR:" and the host whose turn names the next
    label's speaker ("With me today is Dr. Lena Voss") are the programme's
    voices; "DR. LENA VOSS, CHIEF, FLU BRANCH:", a label with her role after
    the name, is the speaker's."""
    text = (
        "OPERATOR: Welcome and thank you for holding. Your lines are on listen "
        "only until the question and answer session.\n\n"
        "PAUL GRANT, PRESS OFFICE: Thank you. We published our weekly report "
        "today. With me today is Dr. Lena Voss, who leads the flu branch.\n\n"
        "DR. LENA VOSS, CHIEF, FLU BRANCH, HEALTH AGENCY: Thanks, Paul. Flu "
        "activity has risen in every region since January.\n\n"
        "This week thirty states are reporting widespread activity, as I said."
    )
    assert _pairs(text) == [
        ("Lena Voss", "Flu activity has risen in every region since January."),
        (
            "Lena Voss",
            "This week thirty states are reporting widespread activity, as I said.",
        ),
    ]


def test_an_opening_host_who_names_the_first_speaker_is_no_source():
    text = (
        "KAREN LOWE: Good afternoon. We have two speakers today. Our first "
        "speaker is Dr. Omar Haddad.\n\n"
        "OMAR HADDAD: Thank you. The outbreak is slowing in the north."
    )
    assert _pairs(text) == [("Omar Haddad", "The outbreak is slowing in the north.")]


def test_a_transcribers_note_opening_a_turn_is_left_out():
    text = (
        "Q: Welcome to the show.\n\n"
        "DR. MARTA REYES: [Laughs] That is kind of you. The new road opens in "
        "May.\n\nQ: Thank you."
    )
    pairs = _pairs(text)
    assert ("Marta Reyes", "That is kind of you.") in pairs
    assert ("Marta Reyes", "The new road opens in May.") in pairs


def test_a_speech_page_headed_by_the_speaker_s_name_then_the_kind_of_speech():
    """ "Chairman Ann Roe / Opening Statement / date": the paragraphs after the
    heading lines are her speech, each sentence hers; the greeting is not."""
    text = (
        "Commissioner Rosa M. Delgado\n\nOpening Statement\n\nMonday, March 3, "
        "2014\n\nGood Morning. My name is Rosa Delgado and I chair this "
        "commission. Today we begin our review of the harbour fire.\n\n"
        "The fire burned for three days. It was a disaster for the port."
    )
    pairs = _pairs(text)
    assert ("Rosa M. Delgado", "Today we begin our review of the harbour fire.") in (
        pairs
    )
    assert ("Rosa M. Delgado", "It was a disaster for the port.") in pairs
    assert not any(statement == "Good Morning." for _, statement in pairs)
    agency = "City Agency Statement\n\nThe harbour will reopen on Monday."
    assert _pairs(agency) == []


def test_a_vocative_before_as_i_told_them_is_no_speaker():
    """ "Mr. Mayor, as I told them, …": the one addressed did not tell; the
    subject is "I"."""
    text = (
        "Q: And Mr. Mayor, as I told them that day, it is great to see the new "
        "park full of children."
    )
    assert _pairs(text) == []


def test_a_name_with_its_rank_after_an_office_and_a_comma():
    """ "said Regional Command Commander, Rear Adm. Ann Lee Jr.": the name
    with its rank ends the attribution, not the office before the comma."""
    text = (
        '"The ship is ready," said Regional Command Commander, Rear Adm. Ann '
        'Lee Jr. "We sail on Monday."'
    )
    assert [speaker for speaker, _ in _pairs(text)] == ["Ann Lee Jr.", "Ann Lee Jr."]


def test_where_the_speaker_spoke_is_no_part_of_the_name():
    text = (
        '"It is too soon to say," says agency biologist Dr. Ruth K. Amari in '
        'Port Hale, Maine. "We will count again next year."'
    )
    assert [speaker for speaker, _ in _pairs(text)] == ["Ruth K. Amari"] * 2


def test_a_rank_before_of_the_service_and_the_holder_s_name():
    """ "Chief Master Sgt. of the Air Force Ann Lee": the rank is no name,
    the service's name is skipped, and "the chief" later is Ann Lee."""
    text = (
        "Uniforms will change in May, Chief Master Sgt. of the Air Force Ann "
        'B. Lee said.\n\n"We are proud of the new badge," the chief said.'
    )
    assert _pairs(text) == [
        ("Ann B. Lee", "Uniforms will change in May"),
        ("Ann B. Lee", "We are proud of the new badge"),
    ]


def test_the_heading_lines_under_remarks_by_are_no_statements():
    """ "Remarks by Ann Lee" then her office, the occasion, the place and the
    date, each on a line of its own: heading lines, not her words; "It's a
    great pleasure to be here." is a pleasantry."""
    text = (
        "Remarks by Nora T. Vance\n\n"
        "Deputy Secretary of Transport for Rail Safety and Standards\n\n"
        "Fifth Annual Conference on Freight Rail Safety and Research\n\n"
        "Omaha, Nebraska\n\n"
        "It's a great pleasure to be here. Freight rail has never been safer. "
        "Derailments fell by a third last year."
    )
    assert _pairs(text) == [
        ("Nora T. Vance", "Freight rail has never been safer."),
        ("Nora T. Vance", "Derailments fell by a third last year."),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Interior Minister Khalid Omar al-Rashid said on Monday that the border "
            "would reopen.",
            "Khalid Omar al-Rashid",
        ),
        (
            "The talks will go on. Foreign Minister Samir el-Hadi announced the "
            "decision. He said the border would reopen.",
            "Samir el-Hadi",
        ),
    ],
)
def test_a_surname_with_a_joined_arabic_article(text, speaker):
    assert (speaker, "the border would reopen") in _pairs(text)


def test_a_junior_grade_rank_and_a_unit_abbreviation_end_no_sentence():
    """ "Lt. j.g. Ann Lee" and "3rd Bn., 12th Marines" hold full stops that end
    no sentence; the description after the name may have three parts."""
    text = (
        "“We visit schools to help the children.” said Lt. j.g. Mara D. Quinn, "
        "battalion chaplain, 3rd Bn., 12th Marines.\n\n"
        "The project builds trust with the town, said Cpl. Evan R. Holt, a "
        "clerk with Alpha Battery, 3rd Bn., 12th Marines."
    )
    assert _pairs(text) == [
        ("Mara D. Quinn", "We visit schools to help the children."),
        ("Evan R. Holt", "The project builds trust with the town"),
    ]


def test_a_question_label_before_i_is_no_speaker():
    """ "Q    I thought you …": the reporter's "I" after the turn's label names
    no one."""
    text = (
        "MR. HALE: Good morning.\n\n"
        "Q    I thought you were going to do this by phone.\n\n"
        "MR. HALE: The budget goes to the council on Monday."
    )
    assert _pairs(text) == [("Hale", "The budget goes to the council on Monday.")]


def test_a_clause_of_time_opening_the_sentence_before_it_said_is_no_name():
    """ "When reporters asked …, the ministry's office said … It said …": "it"
    is the office, never the "When" that opens the sentence."""
    text = (
        "When reporters asked about the new permits, the governor's office said "
        'the valley is under a temporary order. It said the farmers "are all '
        'from the valley."'
    )
    assert [speaker for speaker, _ in _pairs(text)] == ["governor's office"] * 2


def test_a_person_introduced_after_a_fronted_phrase_and_a_described_office():
    """ "On Thursday, Ruritania's attorney general, Ann Lee, called …. But she
    said …": Lee, introduced as the subject since the spokeswoman spoke, is
    whom "she" means."""
    text = (
        "A spokeswoman for the president said the government will accept a "
        "new vote.\n\nOn Thursday, Ruritania's attorney general, Ann Lee, "
        "called for a recount. But she said only a court could cancel the result."
    )
    assert ("Ann Lee", "only a court could cancel the result") in _pairs(text)


def test_a_person_described_with_a_given_name_or_by_a_country_s_office():
    """ "A man named Karim was at the market. He told …": the given name;
    "Ruritania's interior minister appeared on television. He said …": the
    office the sentence describes, not the ruler named earlier."""
    named = (
        "Crowds filled the square.\n\nA man named Karim was at the market with "
        "his sons. He told reporters the crowds were peaceful."
    )
    assert ("Karim", "the crowds were peaceful") in _pairs(named)
    office = (
        "President Tomas Varga has been ousted. Varga ruled for 20 years.\n\n"
        "Ruritania's interior minister appeared on television Friday. He said "
        "the army will run the country for a year."
    )
    assert (
        "Ruritania's interior minister",
        "the army will run the country for a year",
    ) in _pairs(office)


def test_they_after_a_quantified_people():
    text = (
        "Some Iraqis have been marching since May. They accused the "
        "government of ignoring the drought."
    )
    assert [speaker for speaker, _ in _pairs(text)] == ["Iraqis"]


def test_a_title_inside_the_sentence_before_ends_no_sentence_for_he():
    """ "Mr. Roe promises a campaign to stop Mr. Lee's inauguration. He says
    …": "Mr." ends no sentence, so Roe opens the sentence before."""
    text = (
        "President Tomas Lee won a third term. Carlos Roe refused to take part."
        "\n\nMr. Roe promises a campaign to stop Mr. Lee's inauguration, set for "
        "July. He says he will lead a march of a million people."
    )
    assert ("Carlos Roe", "he will lead a march of a million people") in _pairs(text)


def test_she_after_a_titled_name_that_a_relative_clause_describes():
    text = (
        "Ada Okafor leads the opposition.\n\nHours before the vote, reporters "
        "spoke with Ms. Okafor, who had just met President Tomas Lee in Lagos. "
        "She said the two had agreed to work together."
    )
    pairs = _pairs(text)
    assert [speaker for speaker, _ in pairs] == ["Ada Okafor"]


def test_they_after_a_possessive_group():
    """ "Mr. Roe's opponents protested …. They insist …": the group with its
    possessive, never an "s opponents" from inside it."""
    text = (
        "Throughout the campaign, Mr. Lee's opponents protested the count. They "
        "also insist turnout was far lower than reported."
    )
    assert ("Mr. Lee's opponents", "turnout was far lower than reported") in _pairs(
        text
    )


def test_a_crosshead_between_paragraphs_is_no_statement():
    """ "Mayor says the bridge will open": a short line with no stop between
    two paragraphs of the story is a heading, not a report."""
    text = (
        "The city council met on Tuesday to debate the budget for the coming "
        "year, and the mayor spoke for an hour about roads and schools.\n\n"
        "Mayor says the bridge will open\n\n"
        "The bridge has been closed since March, when engineers found cracks in "
        "two of its supports during a routine inspection of the span."
    )
    assert _pairs(text) == []


def test_an_adjective_participle_after_a_preposition_makes_no_speaker():
    """ "… is calling for continued protests": "continued" is no verb of
    saying, and no speaker ends on "for"; "G8 member states gathered": a noun."""
    assert (
        _pairs("In Ruritania, candidate Ann Lee is calling for continued protests.")
        == []
    )
    assert (
        _pairs(
            "Leaders of the member states gathered in Paris to mark the change "
            "of the presidency."
        )
        == []
    )


def test_a_subject_listing_several_governments():
    """ "Today, the Governments of A, B, and C, announced …": the whole list
    speaks, without the opening word of time."""
    text = (
        "Today, the Governments of Ruritania, the Kingdom of Freedonia, and the "
        "Republic of Elbonia, announced a partnership to map rural land."
    )
    assert [speaker for speaker, _ in _pairs(text)] == [
        "Governments of Ruritania, the Kingdom of Freedonia, and the Republic of "
        "Elbonia"
    ]


def test_a_named_official_made_the_following_statement():
    """ "…'s director, Ann Lee, today made the following statement on the
    case:": the paragraphs after it are hers."""
    text = (
        "Dover, Jan. 5, 2012 — The Agency's Director of Enforcement, Nadia "
        "Brandt, today made the following statement on the Acme case:\n\n"
        "We believe the court erred in rejecting the settlement. We will "
        "appeal the decision."
    )
    pairs = _pairs(text)
    assert (
        "Nadia Brandt",
        "We believe the court erred in rejecting the settlement.",
    ) in (pairs)
    assert ("Nadia Brandt", "We will appeal the decision.") in pairs


def test_a_heading_in_capitals_and_the_title_lines_of_a_speech():
    """ "PREPARED REMARKS OF ANN B. LEE" heads her speech as the mixed-case
    heading would; a title line or a crosshead in capitals inside it is no
    sentence of hers."""
    text = (
        "May 3, 2011\n\nPREPARED REMARKS OF NORA T. VANCE\n\nDIRECTOR\n\n"
        "Spring Survey Results: Thank You, Ruritania!\n\n"
        "Prepared for the Spring Press Briefing at the National Press Club\n\n"
        "Today we thank the public for a strong response. Our response rate "
        "stands at 70 percent.\n\nFIELD WORK – ON SCHEDULE\n\n"
        "Our field offices will close in June."
    )
    assert _pairs(text) == [
        ("Nora T. Vance", "Today we thank the public for a strong response."),
        ("Nora T. Vance", "Our response rate stands at 70 percent."),
        ("Nora T. Vance", "Our field offices will close in June."),
    ]


def test_words_borne_by_a_thing_that_said_them():
    """ "a jersey signed by him that said, “…”", "a banner that read: “…”":
    the thing that bears the words."""
    text = (
        "Coach Dan Ruiz gave the mayor a team jersey signed by him that said, "
        "“You are our best fan.”"
    )
    assert _pairs(text) == [("team jersey", "You are our best fan.")]
    assert _pairs("Marchers carried a banner that read: “The river is ours.”") == [
        ("banner", "The river is ours.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ann B. Lee, 41, of Dover, Delaware, a former clerk at the county "
        "office, pleaded guilty in the Southern District of Ohio to wire fraud.",
        "Ann B. Lee, 41, of Dover, pleaded guilty to one count of conspiracy to "
        "commit wire fraud.",
        "Ann B. Lee, 41, pleaded guilty today in federal court in Dayton to "
        "wire fraud.",
    ],
)
def test_a_plea_in_a_district_or_federal_court_or_to_counts_of_a_crime(text):
    """A plea that names where it was made or what the counts were is the
    defendant's statement; the name before the age is the subject, not the
    home town's state in the description after it."""
    assert [speaker for speaker, _ in _pairs(text)] == ["Ann B. Lee"]


def test_a_plea_naming_only_the_charge_and_the_month_stays_narration():
    assert _pairs("Tom Reyes pleaded guilty to the federal charge in April 2024.") == []


def test_a_surname_that_is_also_a_month():
    """ "Kenya's Joseph May …, said May.": a first name before the month and
    no day after it make it a surname; "in May 2020" stays a date."""
    text = (
        "Kenya's Joseph May is close to his goal. “The best would be a medal,” "
        "said May.\n\nHe trains every day. He says his coach has helped him."
    )
    assert _pairs(text) == [
        ("Joseph May", "The best would be a medal"),
        ("Joseph May", "his coach has helped him"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "Critics fear Ruritania wants to close the border, which "
            "Ruritania's leaders say they do not want to do.",
            "Ruritania's leaders",
            "which Ruritania's leaders say they do not want to do",
        ),
        (
            "The vote, which many say was rigged in favor of the mayor, set off "
            "protests.",
            "many",
            "which many say was rigged in favor of the mayor",
        ),
        (
            "Trams began running at dawn in what city leaders say is a new era "
            "for the old town.",
            "city leaders",
            "what city leaders say is a new era for the old town",
        ),
    ],
)
def test_a_relative_clause_that_reports_its_subject(text, speaker, clause):
    assert _pairs(text) == [(speaker, clause)]


def test_what_someone_said_as_a_subject_clause_is_no_report():
    assert _pairs("Tom Reyes said what the woman said is not acceptable.") == [
        ("Tom Reyes", "what the woman said is not acceptable")
    ]


def test_calling_part_of_a_whole_something():
    text = (
        "Dr. Ann Roe led the study of the herd. She called one of the "
        "findings a “shock.”"
    )
    assert [speaker for speaker, _ in _pairs(text)] == ["Ann Roe"]


def test_a_host_s_quoted_turn_handing_over_is_no_statement():
    text = (
        "MR. TOM REYES:\"On the line I have Dr. Ann Lee. At this time, I'm going "
        'to turn it over to Dr. Lee."\n\n'
        'DR. ANN LEE: "Thank you, Tom. The herd is free of the disease."'
    )
    pairs = _pairs(text)
    assert ("Ann Lee", "The herd is free of the disease.") in pairs
    assert all(speaker == "Ann Lee" for speaker, _ in pairs)


def test_a_landmark_is_no_person():
    """ "the fall of the Berlin Wall" names no person whom "she" could mean."""
    text = (
        "Chancellor Greta Lind addressed the assembly on Tuesday. Ms. Lind is "
        "the first chancellor to do so.\n\n"
        "The speech came days before the anniversary of the fall of the Berlin "
        "Wall.\n\n"
        "She said the mission must pass to the local government."
    )
    assert _pairs(text) == [
        ("Greta Lind", "the mission must pass to the local government")
    ]


def test_a_name_after_with_casts_no_vote_for_the_pronoun_after_it():
    """ "The chancellor, who met with President Tom Roe, spoke …, where she
    noted …": the "she" after Roe, an object, is no evidence that Roe is a
    woman; "Roe is reviewing his plan" says he is not."""
    text = (
        "Chancellor Greta Lind addressed the assembly. Ms. Lind spoke for an "
        "hour.\n\n"
        "The German leader, who met earlier in the day with President Tom Roe, "
        "spoke of the war, where she noted that her country has the third "
        "largest force.\n\n"
        "Her comments come as President Roe is reviewing his plan for the war."
    )
    assert _pairs(text) == [("Greta Lind", "her country has the third largest force")]


def test_a_bare_quantifier_says_and_they_goes_on():
    """ "But some say …. They say …": the unnamed "some" speak; "Some reports
    state …" is a noun after the quantifier, no group."""
    text = (
        "But some say Mr. Roe lacks the money to run such a campaign. They say "
        "the mayor still enjoys wide support."
    )
    assert _pairs(text) == [
        ("some", "Mr. Roe lacks the money to run such a campaign"),
        ("some", "the mayor still enjoys wide support"),
    ]
    assert all(
        speaker != "some"
        for speaker, _ in _pairs("Some reports state that ten people were hurt.")
    )


def test_a_noun_s_relative_that_clause_reports_its_subject():
    text = (
        "Sailors from the 3rd Division, Unit B, have bonded in a way that some "
        "sailors say they never thought possible."
    )
    assert _pairs(text) == [
        ("sailors", "that some sailors say they never thought possible")
    ]


def test_they_after_a_group_named_after_a_number_in_a_passive():
    """ "The count was watched by about 300 monitors from the League …. They
    say …": the monitors, the sentence's only group; a body that opens the
    sentence ("The Union is trying to stop people …. They say …") is no
    group's antecedent."""
    text = (
        "The count was watched by about 300 monitors from the League of "
        "Nations. They say they will issue their report later today."
    )
    assert _pairs(text) == [("monitors", "they will issue their report later today")]
    body = (
        "The Trade Union is trying to stop the large number of people entering "
        "the port. They say workers are leaving for better pay."
    )
    assert all(speaker != "people" for speaker, _ in _pairs(body))


def test_a_pronoun_s_clause_is_no_speaker_of_the_verb_inside_it():
    text = (
        "If you read the papers, you probably noticed that during the flood the "
        "press emphasized a few rescuers."
    )
    assert _pairs(text) == []


def test_they_through_a_sentence_that_goes_on_about_the_group():
    """ "New studies by researchers at Dover College …. They ran tests on
    runners. They observed that …": "they" is the group named two sentences
    before, through the "They" that opens the sentence between."""
    text = (
        "Researchers at Dover College led the work. They ran tests on forty "
        "runners. They observed that the effect was greater than expected."
    )
    assert _pairs(text) == [("Researchers", "the effect was greater than expected")]


def test_adding_that_after_a_quotation_s_attribution():
    text = (
        "“This is about readiness,” Gen. Ann Roe said, adding that care for "
        "families remains a top priority."
    )
    assert _pairs(text) == [
        ("Ann Roe", "This is about readiness"),
        ("Ann Roe", "care for families remains a top priority"),
    ]


def test_testimony_heading_with_its_topic_before_the_giver():
    text = (
        "Testimony on Safety in School Buses by Jane A. Roe\n\n"
        "Deputy Administrator\n\n"
        "June 3, 2011\n\n"
        "Good morning. I am here to report on our inspections. We found "
        "serious faults in older buses."
    )
    pairs = _pairs(text)
    assert ("Jane A. Roe", "I am here to report on our inspections.") in pairs
    assert ("Jane A. Roe", "We found serious faults in older buses.") in pairs


def test_prepared_remarks_for_the_giver():
    text = (
        "Prepared Remarks for Transport Secretary Roe\n\n"
        "Thank you all for coming.\n\n"
        "Today we are opening three new rail lines. They will carry ten "
        "thousand riders a day."
    )
    pairs = _pairs(text)
    assert ("Roe", "Today we are opening three new rail lines.") in pairs
    assert ("Roe", "They will carry ten thousand riders a day.") in pairs


def test_remarks_for_the_record_name_no_giver():
    text = (
        "Statement for the Record\n\n"
        "The committee met on Tuesday. It reviewed the budget."
    )
    assert _pairs(text) == []


def test_a_name_alone_on_a_line_heads_first_person_paragraphs():
    text = (
        "Welcome to our online forum, where officials answer your questions.\n\n"
        "March 4, 2009\n\n"
        "Jane Roe\n\n"
        "I'm glad to have this chance to talk about our parks. We have opened "
        "four new trails this year.\n\n"
        "The trails are free to use."
    )
    pairs = _pairs(text)
    assert ("Jane Roe", "We have opened four new trails this year.") in pairs
    assert ("Jane Roe", "The trails are free to use.") in pairs


def test_a_name_line_before_third_person_narration_heads_nothing():
    text = (
        "Jane Roe\n\n"
        "The council voted on Monday to close the bridge. Repairs will take a "
        "year."
    )
    assert _pairs(text) == []


def test_interviewers_named_in_the_heading_ask_and_do_not_state():
    text = (
        "Interview With John Doe and Mary Major of Daily Ledger\n\n"
        "Secretary Jane Roe\n"
        "Washington, DC\n"
        "May 2, 2006\n\n"
        "MR. DOE: The storm season is here. Are you ready?\n\n"
        "SECRETARY ROE: We are ready. We have stocked supplies in every "
        "region.\n\n"
        "MS. MAJOR: What about the levees?\n\n"
        "SECRETARY ROE: The levees have been rebuilt."
    )
    pairs = _pairs(text)
    assert pairs and all(speaker.endswith("Roe") for speaker, _ in pairs)
    assert not any("?" in statement for _, statement in pairs)


@pytest.mark.parametrize(
    "turn",
    [
        "And thanks to all of you for being here today.",
        "So with that, Mr. Secretary, over to you.",
        "Next?",
        "Again, I would not comment.",
        "Tom, I'm not going to get into the details from here.",
        "I'm not.",
    ],
)
def test_a_transcript_s_courtesies_handovers_and_bare_refusals(turn):
    text = (
        "News Transcript\n\n"
        "Q Will the talks resume, Mr. Roe?\n\n"
        f"MR. ROE: {turn}\n\n"
        "Q And the budget?\n\n"
        "MR. ROE: The budget will be sent to Congress next week."
    )
    pairs = _pairs(text)
    assert ("Roe", "The budget will be sent to Congress next week.") in pairs
    assert len(pairs) == 1


def test_a_refusal_with_its_reason_stays_a_statement():
    text = (
        "News Transcript\n\n"
        "Q Will the talks resume, Mr. Roe?\n\n"
        "MR. ROE: I would not comment, because the case is still open."
    )
    assert _pairs(text) == [
        ("Roe", "I would not comment, because the case is still open.")
    ]


def test_a_turn_broken_off_at_a_dash_is_not_a_statement():
    text = (
        "News Transcript\n\n"
        "Q What is the plan, Mr. Roe?\n\n"
        "MR. ROE: The plan is simple. And so if you have any questions --"
    )
    assert _pairs(text) == [("Roe", "The plan is simple.")]


def test_a_reporter_s_question_naming_the_official_does_not_make_a_host():
    text = (
        "Q Good morning, Ms. Roe.\n\n"
        "SECRETARY ROE: Good morning.\n\n"
        "Q Have you read the report?\n\n"
        "SECRETARY ROE: I have read the report.\n\n"
        "Q Ms. Roe, the report says costs doubled. Do you agree?\n\n"
        "SECRETARY ROE: The costs rose, but not by that much."
    )
    pairs = _pairs(text)
    assert ("Roe", "I have read the report.") in pairs
    assert ("Roe", "The costs rose, but not by that much.") in pairs


def test_the_rank_names_the_officer_whose_appositive_is_his_role():
    text = (
        "Col. John Roe, the airlift group's commander, landed two hours "
        "earlier.\n\n"
        "“We are unloading the first plane now,” the colonel said.\n\n"
        "Some pilots, like 1st Lt. Ann Lee, had flown in the flood relief.\n\n"
        "“You never get used to this,” the lieutenant said."
    )
    assert _pairs(text) == [
        ("John Roe", "We are unloading the first plane now"),
        ("Ann Lee", "You never get used to this"),
    ]


def test_a_statement_list_label_name_then_office():
    text = (
        "The grants were made on Monday.\n\n"
        "Jane Roe, ACME Agency Administrator:\n"
        "“These grants will rebuild our harbors.”"
    )
    assert _pairs(text) == [("Jane Roe", "These grants will rebuild our harbors.")]


def test_a_broadcast_script_s_act_marker_names_the_recorded_speaker():
    text = (
        "TEXT: Officials met in the capital on Monday.\n\n"
        "Deputy Minister Jane Roe said the talks went well.\n\n"
        "/// ROE ACT ///\n\n"
        "We have made real progress. The next round is in May.\n\n"
        "/// END ACT ///\n\n"
        "The talks resume next month."
    )
    pairs = _pairs(text)
    assert ("Jane Roe", "We have made real progress.") in pairs
    assert ("Jane Roe", "The next round is in May.") in pairs
    assert not any(text == "The talks resume next month." for _, text in pairs)


def test_an_envoy_s_post_between_title_and_name():
    text = (
        "U.S. Ambassador in Lagos John Roe visited the port on Monday.\n\n"
        "“The police did fine work,” Roe said."
    )
    assert _pairs(text) == [("John Roe", "The police did fine work")]


def test_he_after_a_fronted_phrase_is_the_subject_not_the_rival_named_last():
    text = (
        "Paulo Roberto da Costa won the runoff on Sunday.\n\n"
        "Dressed in a grey suit, Mr. da Costa thanked his supporters and his "
        "rival, Carlos Mendes. He described the vote as a festival of "
        "democracy."
    )
    assert _pairs(text) == [
        (
            "Paulo Roberto da Costa",
            "He described the vote as a festival of democracy.",
        )
    ]


@pytest.mark.parametrize("verb", ["told CNN", "told reporters that", "said"])
def test_a_description_running_into_who_told(verb):
    text = (
        f"The plan appealed to voters like Jane Roe, a doctor who {verb} the "
        "clinics need more staff."
    )
    assert _pairs(text) == [("Jane Roe", "the clinics need more staff")]


def test_she_opening_sentence_after_sentence_goes_on_about_the_first_subject():
    text = (
        "Governor Tom Lee flies to Lisbon on Monday.\n\n"
        "Ann Roe is a historian at Dover College. She has written about "
        "Portugal. She will be in the city during Governor Lee’s visit.\n\n"
        "She told reporters that the trip could reopen old trade routes."
    )
    assert _pairs(text) == [
        ("Ann Roe", "the trip could reopen old trade routes"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "statement"),
    [
        (
            "The port closed because of what U.S. officials call credible "
            "threats against it.",
            "U.S. officials",
            "what U.S. officials call credible threats against it",
        ),
        (
            "The drought caused what the United Nations calls “the worst "
            "famine in decades.”",
            "United Nations",
            "what the United Nations calls “the worst famine in decades.”",
        ),
        (
            "Belgium and Spain protested what they consider an unlawful vote.",
            "Belgium and Spain",
            "what they consider an unlawful vote",
        ),
    ],
)
def test_what_a_named_source_calls(sentence, speaker, statement):
    assert (speaker, statement) in _pairs(sentence)


def test_a_what_it_calls_phrase_starts_no_continuation():
    text = (
        "The port closed because of what U.S. officials call credible threats "
        "against it. Ships were sent to other harbors."
    )
    assert _pairs(text) == [
        ("U.S. officials", "what U.S. officials call credible threats against it")
    ]


def test_says_about_a_number_opens_a_clause():
    text = (
        "Police spokesman Tom Roe says about 40 people came to the station to "
        "report the theft."
    )
    assert _pairs(text) == [
        ("Tom Roe", "about 40 people came to the station to report the theft")
    ]


def test_questioned_about_a_number_is_no_statement():
    text = "The survey questioned about 300 farmers between the ages of 18 and 35."
    assert _pairs(text) == []


def test_a_fronted_participle_of_saying_is_the_main_subject_s_statement():
    text = (
        "Saying that if the city waits for the flood, it may be too late, Mayor "
        "Jane Roe called on the council to fund new levees."
    )
    assert _pairs(text) == [
        ("Jane Roe", "if the city waits for the flood, it may be too late")
    ]


def test_a_fronted_participle_with_a_noun_phrase_says_nothing():
    text = "Noting the long lines, the mayor urged voters to be patient."
    assert _pairs(text) == []


def test_according_to_after_a_quotation_names_the_one_before_the_office():
    text = (
        "“Crews will reach every county,” according to Bill Roe.\n\n"
        "“We know how large this storm was”, according to Frank Lee, Deputy "
        "State Coordinating Officer."
    )
    assert _pairs(text) == [
        ("Bill Roe", "Crews will reach every county"),
        ("Frank Lee", "We know how large this storm was"),
    ]


def test_a_pronoun_inside_a_quotation_gives_the_speaker_no_gender():
    text = (
        "Kim Doe hosts the morning show, and Lee Park has been her guest many "
        "times, as has Dr. Sam Ortiz.\n\n"
        "Park welcomed the switch. “I sit where she usually sits,” he said."
    )
    assert ("Lee Park", "I sit where she usually sits") in _pairs(text)


def test_they_after_an_opening_participle_is_the_group_before():
    text = (
        "About two weeks later, some women were found near the market. After "
        "being questioned by locals, they claimed they had walked from a "
        "distant village. But they said something went wrong on the way."
    )
    assert _pairs(text) == [
        ("women", "they had walked from a distant village"),
        ("women", "something went wrong on the way"),
    ]


def test_a_passive_before_a_verb_of_finding_attributes_nothing():
    text = "Three days later, some residents were found near the dam."
    assert _pairs(text) == []


def test_reported_that_after_a_participle_aside_is_not_inverted():
    text = (
        "The Daily Ledger, citing two police sources, reported that the dead "
        "included a young boy."
    )
    assert _pairs(text) == [("Daily Ledger", "the dead included a young boy")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police cautioned fans to celebrate responsibly.",
        "The United States warned Ruritania against such an incursion.",
        "Officials warned residents to stay indoors.",
    ],
)
def test_warning_someone_to_act_is_advice_not_a_statement(sentence):
    assert _pairs(sentence) == []


def test_warning_with_a_clause_stays_a_statement():
    text = "Lawmakers have warned they will take him to court if he refuses."
    assert _pairs(text) == [("Lawmakers", "they will take him to court if he refuses")]


def test_the_statement_continued_is_the_issuer_s():
    text = (
        "At a news conference, an aide read a statement from Governor Ann Roe:\n\n"
        "“We have decided to leave the coalition.”\n\n"
        "The statement continued, “The ministries will be handed back to the "
        "council.”"
    )
    assert (
        "Ann Roe",
        "The ministries will be handed back to the council.",
    ) in _pairs(text)


def test_denounced_is_a_stance_taken_as_a_statement():
    text = "President Jane Roe immediately denounced the vote as unlawful."
    assert _pairs(text) == [
        ("Jane Roe", "President Jane Roe immediately denounced the vote as unlawful.")
    ]


def test_a_one_word_answer_opening_its_sentence_is_a_quotation():
    text = (
        "“Humbled,” said Tom Roe, a petty officer, describing the ceremony. "
        "“I will never forget it.”"
    )
    assert _pairs(text) == [
        ("Tom Roe", "Humbled"),
        ("Tom Roe", "I will never forget it."),
    ]


def test_a_one_word_scare_quote_inside_a_sentence_is_no_quotation():
    text = "The town stayed “quiet” for days after the storm."
    assert _pairs(text) == []


def test_are_complaining_that_reports_the_clause():
    assert _pairs("Residents are complaining that the water is dirty.") == [
        ("Residents", "the water is dirty")
    ]
    assert _pairs("Residents are complaining about the water.") == []


# -- Sixth session ---------------------------------------------------------------


@pytest.mark.parametrize("day", ["Tuesday", "Friday", "Sunday"])
def test_a_weekday_owning_a_noun_opens_the_clause(day):
    text = (
        "Divers reached the boys on Monday. Governor Ann Roe has led the search. "
        f"She said {day}’s attempt began just after dawn."
    )
    assert _pairs(text) == [("Ann Roe", f"{day}’s attempt began just after dawn")]


def test_a_bare_weekday_after_the_verb_is_still_when_it_was_said():
    text = "Governor Ann Roe said Tuesday the attempt began just after dawn."
    assert _pairs(text) == [("Ann Roe", "the attempt began just after dawn")]


@pytest.mark.parametrize(
    ("opening", "pronoun", "speaker"),
    [
        ("The governor of Bago province", "He", "governor of Bago province"),
        ("The mayor of Lindenau", "She", "mayor of Lindenau"),
    ],
)
def test_he_after_an_unnamed_office_opening_the_sentence_before(
    opening, pronoun, speaker
):
    text = (
        "Four boys were brought out on Sunday. "
        f"{opening} has been heading the rescue effort. "
        f"{pronoun} said the last attempt began just after dawn."
    )
    assert _pairs(text) == [(speaker, "the last attempt began just after dawn")]


def test_an_office_after_is_describes_the_one_named_before():
    text = (
        "“We are ready,” said Karl Brenner. He is the head of Lindenau College "
        "in Vienna. He added that classes would resume in May."
    )
    assert [s for s, _ in _pairs(text)] == ["Karl Brenner", "Karl Brenner"]


@pytest.mark.parametrize(
    ("organisation", "speaker"),
    [("Open Borders Watch", "Ann Roe"), ("Clean Seas Now", "Ann Roe")],
)
def test_the_organisation_after_a_name_and_of_is_no_person(organisation, speaker):
    text = (
        f"In the hallways, Ann Roe of {organisation} compared the mood to a "
        "festival. "
        "“It is a new era,” she said."
    )
    assert _pairs(text)[-1] == (speaker, "It is a new era")


def test_a_title_of_a_place_before_a_name_still_names_the_holder():
    text = "Secretary of Labor Hilda Ramos said the rules would change in May."
    assert _pairs(text) == [("Hilda Ramos", "the rules would change in May")]


@pytest.mark.parametrize("place", ["community", "suburb", "neighborhood"])
def test_a_place_named_after_a_place_noun_is_no_person(place):
    text = (
        f"Tom Baker lives in the hillside {place} of Glen Harbor. He went back "
        "to look for his dog. As he looked around, he noted that some houses "
        "had survived."
    )
    assert _pairs(text) == [("Tom Baker", "some houses had survived")]


@pytest.mark.parametrize(
    "description",
    ["The state's forestry department fire chief", "The city’s mayor", "Its director"],
)
def test_a_name_in_commas_after_the_opening_description_is_the_new_subject(
    description,
):
    text = (
        "President Ann Roe said on Monday the region would get federal aid. "
        f"{description}, Tom Baker, is directing the crews. "
        "He said the fire was “catastrophic.”"
    )
    assert _pairs(text)[-1][0] == "Tom Baker"


def test_a_name_in_commas_after_an_object_does_not_become_the_subject():
    text = (
        "President Ann Roe said on Monday the region would get federal aid. "
        "Roe praised the state's fire chief, Tom Baker, for his work. "
        "She said the fire was “catastrophic.”"
    )
    assert _pairs(text)[-1][0] == "Ann Roe"


@pytest.mark.parametrize(
    "opening",
    [
        "One subject that the minister spoke about was water.",
        "The issue that the minister spoke about most was water.",
    ],
)
def test_the_subject_of_a_relative_clause_is_the_speaker_not_its_noun(opening):
    text = (
        f"Minister Ann Roe visited three villages this week. {opening}\n\n"
        "“Clean water is the first medicine. Every village needs a well.”"
    )
    assert [speaker for speaker, _ in _pairs(text)] == ["Ann Roe", "Ann Roe"]


def test_a_demonstrative_that_is_no_relative_clause():
    text = "The judge in that case found that Tom Baker had lied."
    assert _pairs(text) == [("judge in that case", "Tom Baker had lied")]


@pytest.mark.parametrize("subordinator", ["after", "when", "because"])
def test_the_subject_after_a_subordinator_speaks_for_its_own_verb(subordinator):
    # The subject of the verb is the one after the subordinator ("results"),
    # never the participle clause; and the main clause is no one's report.
    text = (
        "The governor left the capital on Friday, promising to leave office "
        f"{subordinator} official results showed him losing by a wide margin."
    )
    pairs = _pairs(text)
    assert all("promising" not in s for s, _ in pairs)
    assert all(not t.startswith("The governor left") for _, t in pairs)


def test_said_that_he_is_no_relative_clause():
    text = (
        "General Tom Baker, a former air force commander, said later on "
        "Saturday that he also recognized the council as the government."
    )
    assert _pairs(text) == [
        ("Tom Baker", "he also recognized the council as the government")
    ]


@pytest.mark.parametrize("opening", ["When asked", "Asked", "While pressed"])
def test_an_opening_when_clause_is_no_subject_of_a_participle(opening):
    text = (
        "Press secretary Tom Baker met reporters on Monday. "
        f"{opening} about the new radar, Baker responded by saying that "
        "“the progress is remarkable.”"
    )
    assert _pairs(text) == [("Tom Baker", "the progress is remarkable.")]


@pytest.mark.parametrize("word", ["When", "While", "Because"])
def test_a_bare_subordinator_is_no_speaker(word):
    text = f"{word} pressed about the delay, saying the budget was “fine.”"
    assert all(s != word for s, _ in _pairs(text))


@pytest.mark.parametrize(
    "office", ["prime minister", "foreign minister", "interim president"]
)
def test_a_two_word_office_no_one_holds_is_the_last_subject(office):
    text = (
        "Tom Baker was due in court on Friday; his lawyers say he went abroad "
        f"for treatment. The {office} announced on Thursday that he would "
        "step down in July."
    )
    assert ("Tom Baker", "he would step down in July") in _pairs(text)


def test_a_two_word_office_in_a_new_paragraph_names_no_one_before():
    text = (
        "Tom Baker was due in court on Friday.\n\n"
        "The prime minister announced on Thursday that elections would be held."
    )
    assert _pairs(text) == [("prime minister", "elections would be held")]


def test_a_namesake_s_mention_is_not_the_subject_s():
    text = (
        "Tom Baker was due in court over the death of Lisa Baker, his first "
        "wife. The prime minister announced that he would step down in July."
    )
    assert ("Tom Baker", "he would step down in July") in _pairs(text)


@pytest.mark.parametrize("noun", ["independence", "ceasefire", "state of emergency"])
def test_a_clause_about_an_act_after_said_is_reported(noun):
    text = (
        "President Ann Roe spoke on Monday. She said the "
        f"{noun} the nation had won would mean little if people stay poor."
    )
    assert _pairs(text)[-1] == (
        "Ann Roe",
        f"the {noun} the nation had won would mean little if people stay poor",
    )


@pytest.mark.parametrize("verb", ["declared", "announced"])
def test_declaring_an_act_is_still_no_statement(verb):
    assert _pairs(f"The province {verb} a state of emergency on Monday.") == []


@pytest.mark.parametrize(
    "name", ["Khalid bin Salman al-Saud", "Omar ibn Rashid", "Faisal bin Ali Jaber"]
)
def test_a_patronymic_is_part_of_the_name(name):
    text = (
        f"In a televised address, 41-year-old Sheikh {name} praised the army. "
        "He said the country would take direction from no one."
    )
    assert _pairs(text)[-1] == (name, "the country would take direction from no one")


@pytest.mark.parametrize("outlet", ["Burmese state radio", "Kenyan public radio"])
def test_state_radio_speaks(outlet):
    text = f"{outlet} said nearly 300 people were missing in one town."
    assert _pairs(text) == [(outlet, "nearly 300 people were missing in one town")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Maybe the key to being a popular radio show host is being curious.",
        "Perhaps the secret of having good neighbours shows in the garden.",
    ],
)
def test_an_idea_opening_a_clause_is_no_speaker(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        (
            "The International Committee of the Mountain Rescue and the Alpine "
            "Rescue Society of Ruritania",
            "International Committee of the Mountain Rescue and the Alpine Rescue "
            "Society of Ruritania",
        ),
        (
            "The World Bank and the Ruritanian Finance Ministry",
            "World Bank and the Ruritanian Finance Ministry",
        ),
    ],
)
def test_two_organisations_joined_by_and_speak_together(subject, name):
    text = f"{subject} said on Thursday it had registered 2,500 displaced families."
    assert _pairs(text) == [(name, "it had registered 2,500 displaced families")]


def test_a_person_and_an_organisation_are_no_joint_body():
    text = "Ann Roe and the Alpine Club said the trail had been closed."
    assert _pairs(text) == [("Ann Roe", "the trail had been closed")]


@pytest.mark.parametrize(
    ("subject", "verb"),
    [
        ("The 70-year-old leader", "says"),
        ("Ann Roe", "insisted"),
        ("The minister", "said"),
    ],
)
def test_but_joins_a_second_verb_to_the_same_subject(subject, verb):
    text = (
        "Ann Roe, the minister, spoke on Monday. "
        f"{subject} is expected to stay on the council, but {verb} she will not "
        "seek the top post."
    )
    assert _pairs(text)[-1] == ("Ann Roe", "she will not seek the top post")


def test_but_after_a_reported_clause_keeps_the_reporter():
    text = (
        "Tom Baker has said Ruritania would do everything to reverse the vote, "
        "but added that Ruritania would not use force."
    )
    speakers = [s for s, _ in _pairs(text)]
    assert speakers and set(speakers) == {"Tom Baker"}


@pytest.mark.parametrize(
    "modifier",
    [
        "in a statement issued early Saturday",
        "in a letter sent on Monday",
        "in a brief communique released March 3",
    ],
)
def test_a_dated_statement_between_verb_and_clause_is_skipped(modifier):
    text = f"Ruritania's government said {modifier} the rebels had broken the truce."
    assert _pairs(text) == [
        ("Ruritania's government", "the rebels had broken the truce")
    ]


def test_a_dated_statement_before_that_still_reads_the_clause_after_that():
    text = (
        "The ministry said in a statement issued on Monday that the rebels had "
        "broken the truce."
    )
    assert _pairs(text) == [("ministry", "the rebels had broken the truce")]


def test_the_clause_before_he_said_adding_is_his_and_so_is_the_quotation():
    text = (
        "Navy spokesman Tom Baker spoke on Monday. Some of the sailors were "
        "badly hurt, he said, adding, “They were thrown against the walls.”"
    )
    assert _pairs(text) == [
        ("Tom Baker", "Some of the sailors were badly hurt"),
        ("Tom Baker", "They were thrown against the walls."),
    ]


def test_a_participle_after_a_named_attribution_is_the_named_speaker():
    text = (
        "The storm flattened three villages, Governor Ann Roe said, adding "
        "that aid would arrive on Friday."
    )
    assert {s for s, _ in _pairs(text)} == {"Ann Roe"}


@pytest.mark.parametrize(
    "listener",
    ["a Russian news agency", "a local radio station", "the state broadcaster"],
)
def test_an_unnamed_outlet_told_is_no_part_of_the_clause(listener):
    text = f"Spokesman Tom Baker told {listener} it appears the engine failed."
    assert _pairs(text) == [("Tom Baker", "it appears the engine failed")]


@pytest.mark.parametrize("outlet", ["MSNBC", "CNN", "Reuters"])
def test_told_an_outlet_after_the_clause_relays_it(outlet):
    text = f"The attack is being assessed, Press Secretary Ann Roe told {outlet}."
    (statement,) = extract(text)
    assert (statement.speaker, statement.via) == ("Ann Roe", outlet)


@pytest.mark.parametrize(
    ("descriptor", "outlet"),
    [("local radio station", "Magik 9"), ("the private broadcaster", "Radio Vision")],
)
def test_confirmed_to_a_described_outlet_relays_the_quotation_only(descriptor, outlet):
    text = f"“The minister is alive and is being treated,” Tom Baker confirmed to {descriptor} {outlet}."
    statements = extract(text)
    assert [(s.speaker, s.via, s.text) for s in statements] == [
        ("Tom Baker", outlet, "The minister is alive and is being treated")
    ]


def test_confirmed_with_a_clause_after_a_quotation_is_still_a_statement():
    text = (
        "“We are safe,” the crew wrote. Tom Baker confirmed that the crew "
        "had reached the shore."
    )
    assert ("Tom Baker", "the crew had reached the shore") in _pairs(text)


@pytest.mark.parametrize(
    ("sentence", "speaker", "clause"),
    [
        (
            "Results showed the ruling party won the most seats.",
            "Results",
            "the ruling party won the most seats",
        ),
        (
            "Early returns show the governor lost his own district.",
            "Early returns",
            "the governor lost his own district",
        ),
        (
            "An unofficial count of ballots shows Tom Baker Jr. received 3 million votes.",
            "unofficial count",
            "Tom Baker Jr. received 3 million votes",
        ),
        (
            "A partial tally of the votes shows the mayor became the front-runner.",
            "partial tally",
            "the mayor became the front-runner",
        ),
    ],
)
def test_a_count_shows_a_clause_in_the_past_tense(sentence, speaker, clause):
    assert _pairs(sentence) == [(speaker, clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The results showed a steady rise in turnout.",
        "The count showed little change from the first round.",
    ],
)
def test_a_count_showing_an_object_is_no_statement(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Many farmers see the new dam as a threat to their fields.", "farmers"),
        ("However, some economists regard the tax cut as a mistake.", "economists"),
        ("Most residents viewed the U.S. plan as a fair deal.", "Most residents"),
    ],
)
def test_a_view_held_by_many_of_a_group_is_their_statement(sentence, speaker):
    assert [s for s, _ in _pairs(sentence)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm saw the mayor replaced as head of the council.",
        "Voters are expected to see the vote as a test.",
        "Analysts still see the alliance as a concern.",
    ],
)
def test_seeing_as_without_a_quantified_group_is_no_statement(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The rebels accuse Ruritania of arming the militia.", "rebels"),
        (
            "Environmental groups blame illegal loggers for the fires.",
            "Environmental groups",
        ),
        ("Opposition parties reject the official results.", "Opposition parties"),
    ],
)
def test_a_plural_subject_takes_a_stance_in_the_base_form(sentence, speaker):
    assert _pairs(sentence) == [(speaker, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels want to accuse nobody.",
        "Voters did not blame the mayor.",
    ],
)
def test_a_base_form_after_an_infinitive_or_do_is_no_stance(sentence):
    assert _pairs(sentence) == []


def test_a_stance_sentence_is_not_continued_by_narration():
    text = (
        "Protest leaders accuse the president of ruining the economy. "
        "A national strike that has crippled the oil industry is entering its "
        "third week."
    )
    assert _pairs(text) == [
        (
            "Protest leaders",
            "Protest leaders accuse the president of ruining the economy.",
        )
    ]


def test_a_stance_sentence_goes_on_with_its_pronoun_subject():
    text = (
        "Foreign monitors praised the vote as largely peaceful. But, they "
        "faulted the ruling party for dominating the airwaves."
    )
    assert [s for s, _ in _pairs(text)] == ["Foreign monitors", "Foreign monitors"]


def test_a_headline_line_over_the_first_story_is_no_statement():
    text = (
        "Roe rejects idea of 'endless growth'\n\n"
        "Ruritania's development minister Ann Roe has attacked the idea of endless "
        "growth in a speech given to a think tank in Geneva on Monday, saying "
        "that the planet cannot sustain it."
    )
    assert all(not t.startswith("Roe rejects") for _, t in _pairs(text))


@pytest.mark.parametrize("name", ["Chen Shui-bian", "Lee Teng-hui", "Wang Jian-min"])
def test_a_hyphenated_given_name_in_ian_is_a_name(name):
    text = (
        f"Former President {name} was sentenced on Friday. Mr. {name.split()[0]} "
        "and his supporters accuse the government of persecuting him."
    )
    assert _pairs(text)[-1][0] == name


@pytest.mark.parametrize(
    ("sentence", "speaker", "claim"),
    [
        (
            "The army claims to have captured the rebel commander.",
            "army",
            "to have captured the rebel commander",
        ),
        (
            "For weeks, the ministry has claimed to be close to a deal.",
            "ministry",
            "to be close to a deal",
        ),
    ],
)
def test_a_claim_about_oneself_with_to_have_or_to_be(sentence, speaker, claim):
    assert _pairs(sentence) == [(speaker, claim)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A man claimed to be the owner arrived at the gate.",
        "The group's claims to be neutral were doubted.",
        "A woman said to be his sister waved from the car.",
    ],
)
def test_hearsay_and_claims_as_nouns_are_no_claim(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize("noun", ["claims", "allegations", "accusations"])
def test_claims_by_someone_that_is_their_statement(noun):
    text = (
        "Complaints of fraud have mounted all week, despite "
        f"{noun} by foreign observers that the vote was free and fair."
    )
    assert _pairs(text) == [("foreign observers", "the vote was free and fair")]


def test_he_after_a_nested_claim_is_the_one_who_dismissed_it():
    text = (
        "Tom Baker, a party spokesman, dismissed claims by Ann Roe that the "
        "vote had been stolen.\n\n“That has been her story all along,” he said."
    )
    assert _pairs(text)[-1] == ("Tom Baker", "That has been her story all along")


def test_the_government_after_a_joint_government_and_army_is_the_government():
    text = (
        "The Ruritanian government and military say the rebel leader was killed. "
        "For months, the government has claimed to be closing in on him."
    )
    assert _pairs(text)[-1] == ("Ruritanian government", "to be closing in on him")


@pytest.mark.parametrize(
    "before",
    [
        "the rebels have been fighting against",
        "the rebels are fighting",
        "the rebels fought",
    ],
)
def test_they_in_what_they_say_is_the_clause_subject(before):
    text = (
        "The United Nations says 150,000 people have fled. Since 2004, "
        f"{before} what they say is oppression by the government."
    )
    assert ("rebels", "what they say is oppression by the government") in _pairs(text)
    assert ("United Nations", "what they say is oppression by the government") not in (
        _pairs(text)
    )


def test_what_it_considers_after_a_progressive_is_no_statement():
    text = "A local group is employing what it considers its best weapon: prayer."
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The results, announced early Sunday morning, are the first to be made public.",
        "The figures, released on Monday, show a steep fall in exports.",
        "The plan, revealed last week, has angered farmers.",
    ],
)
def test_a_participle_between_commas_after_the_subject_is_no_report(sentence):
    assert _pairs(sentence) == []


def test_a_subject_in_commas_then_announced_that_still_reports():
    text = "The minister, Ann Roe, announced that the plan would be dropped."
    assert _pairs(text) == [("Ann Roe", "the plan would be dropped")]


@pytest.mark.parametrize("named", ["Ruritania", "President Ann Roe", "the new nation"])
def test_praising_a_named_object_is_a_stance(named):
    text = f"Foreign leaders praised {named}."
    assert _pairs(text) == [("Foreign leaders", text)]


def test_questioning_someone_named_is_still_no_statement():
    assert _pairs("Investigators questioned Tom Baker.") == []


@pytest.mark.parametrize("opener", ["Even so", "Nevertheless", "In fact"])
def test_a_connective_opener_is_no_participle_subject(opener):
    text = (
        f"{opener}, President Roe has given a first estimate of the cost, "
        "saying it could reach $3 billion."
    )
    assert _pairs(text) == [("Roe", "it could reach $3 billion")]


@pytest.mark.parametrize("prep", ["in", "with"])
def test_in_which_he_said_is_the_letter_writer(prep):
    text = (
        "Tom Baker resigned on Monday. State radio read a letter from Mr. Baker "
        f"{prep} which he said he is unable to carry on."
    )
    assert _pairs(text) == [("Tom Baker", "he is unable to carry on")]


@pytest.mark.parametrize("verb", ["added", "insisted", "warned"])
def test_and_a_second_verb_after_a_quotation_is_the_quoted_speaker(verb):
    text = (
        "Ann Roe conceded on Friday. She also said, “My time is up,” and "
        f"{verb} she would move to her farm in January."
    )
    assert _pairs(text)[-1] == ("Ann Roe", "she would move to her farm in January")


def test_and_an_act_after_a_quotation_is_no_second_statement():
    text = "Ann Roe said, “My time is up,” and left the stage."
    assert _pairs(text) == [("Ann Roe", "My time is up")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Police estimated this Sunday's crowd at only 30,000.", "Police"),
        ("Organisers estimate the turnout at more than 100,000.", "Organisers"),
        ("The ministry estimated the damage at $2 billion.", "ministry"),
    ],
)
def test_an_estimate_of_a_figure_is_a_statement(sentence, speaker):
    assert _pairs(sentence) == [(speaker, sentence)]


def test_an_estimate_without_a_figure_is_no_statement():
    assert _pairs("Police estimated the size of the crowd from the air.") == []


@pytest.mark.parametrize(
    "verb", ["joked", "quipped", "boasted", "lamented", "calculated"]
)
def test_a_manner_of_saying_before_that_reports_the_clause(verb):
    text = f"The prime minister {verb} that the protesters were paid by foreigners."
    assert _pairs(text) == [
        ("prime minister", "the protesters were paid by foreigners")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The comedian joked about the weather all evening.",
        "The accountant calculated the total cost of the trip.",
    ],
)
def test_a_manner_of_saying_without_a_clause_is_no_statement(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The election commission certified Ann Roe as the winner of the runoff.",
        "The board certifies the count as final.",
    ],
)
def test_certifying_a_result_is_a_statement(sentence):
    assert len(_pairs(sentence)) == 1 and _pairs(sentence)[0][1] == sentence


def test_a_certified_noun_is_no_certification():
    assert _pairs("A certified accountant checked the books.") == []


@pytest.mark.parametrize("opener", ["Today, 54-year-old ", "", "Now "])
def test_she_said_after_a_quoted_paragraph_is_the_subject_before(opener):
    text = (
        f"{opener}Ann Roe has achieved something that Eva Lind, or Evita as she "
        "was known, could hardly have imagined.\n\n"
        "“A new era! Get used to it!” she said."
    )
    assert {s for s, _ in _pairs(text)} == {"Ann Roe"}


def test_a_named_speaker_in_the_quoted_paragraph_is_kept():
    text = (
        "Ann Roe has achieved something that Eva Lind could hardly have "
        "imagined.\n\n“It was a long road,” Eva Lind said later."
    )
    assert {s for s, _ in _pairs(text)} == {"Eva Lind"}


def test_an_organisation_after_name_of_the_is_no_person():
    text = (
        "Some traders blame the weak dollar. Tom Baker, of the Ruritania "
        "Commodity Exchange, is among them.\n\n“It is the same trend,” he said."
    )
    assert _pairs(text)[-1] == ("Tom Baker", "It is the same trend")


@pytest.mark.parametrize("verb", ["reminded", "assured"])
def test_reminding_or_assuring_someone_that_reports_the_clause(verb):
    text = (
        f"Speaking at the summit, Ann Roe {verb} Mr. Baker that the vote had been fair."
    )
    assert _pairs(text) == [("Ann Roe", "the vote had been fair")]


def test_reminding_someone_to_act_is_no_statement():
    assert _pairs("Ann Roe reminded voters to bring their cards.") == []


def test_being_informed_that_is_no_report_of_the_one_informed():
    text = "She was later contacted and informed that the cards had been loaded."
    assert all(s != "She" for s, _ in _pairs(text))


@pytest.mark.parametrize("adjective", ["an irate", "a smiling", "a visibly tired"])
def test_a_titled_name_after_an_adjective_is_a_person(adjective):
    text = (
        f"The speech prompted blunt words from {adjective} King Karl Ostrom of "
        "Ruritania.\n\nThe king said, “Why do you not stop talking?”"
    )
    assert _pairs(text) == [("Karl Ostrom", "Why do you not stop talking?")]


def test_an_award_after_a_is_still_no_person():
    text = "A former Nobel Peace Prize winner said the talks would fail."
    assert all("Peace Prize" not in s for s, _ in _pairs(text))


@pytest.mark.parametrize(
    "office", ["newly elected premier", "new prime minister", "incumbent premier"]
)
def test_a_described_head_of_government_is_the_one_titled_so(office):
    text = (
        "Ruritanian Prime Minister Ann Roe vowed on Sunday to help the poor.\n\n"
        f"In a speech to parliament, the {office} said her party would keep its "
        "promises."
    )
    assert _pairs(text)[-1] == ("Ann Roe", "her party would keep its promises")


@pytest.mark.parametrize("initials", ["K.V.", "A.P.J.", "M.K."])
def test_a_titled_name_with_initials_is_a_person(initials):
    text = (
        f"In the capital, Food Minister {initials} Baker was quick to dismiss "
        "the concerns. “The stocks are safe,” he said."
    )
    assert _pairs(text)[-1] == (f"{initials} Baker", "The stocks are safe")
    assert {s for s, _ in _pairs(text)} == {f"{initials} Baker"}


@pytest.mark.parametrize(
    ("group", "speaker"),
    [
        ("Some Kuwaiti Islamic fundamentalists", "Kuwaiti Islamic fundamentalists"),
        ("Several Iraqi Socialist activists", "Iraqi Socialist activists"),
    ],
)
def test_a_nationality_and_an_adjective_are_no_person(group, speaker):
    text = (
        f"{group} are urging women not to stand for parliament, saying it is "
        "against tradition."
    )
    assert _pairs(text) == [(speaker, "it is against tradition")]


def test_a_name_ending_in_ic_is_still_a_person():
    text = "Goran Ivanovic said the match had been fixed."
    assert _pairs(text) == [("Goran Ivanovic", "the match had been fixed")]


@pytest.mark.parametrize(
    "place", ["Cape Town, South Africa", "Mombasa, Kenya", "Leeds, England"]
)
def test_a_country_after_the_city_completes_the_place(place):
    text = f"In January, officials in {place} warned that the water would run out."
    assert [s for s, _ in _pairs(text)] == ["officials"]


def test_a_name_after_a_comma_is_still_the_subject():
    text = (
        "In a speech to officials in Cape Town, Ann Roe warned that the water "
        "would run out."
    )
    assert [s for s, _ in _pairs(text)] == ["Ann Roe"]


@pytest.mark.parametrize(
    "second",
    [
        "Tom Baker is with Grid Systems in Ohio.",
        "Ann Roe works for a power company in Texas.",
    ],
)
def test_a_sentence_about_a_named_person_does_not_continue_an_unnamed_source(second):
    text = (
        "The storm led to calls to bury power lines. But, at least one expert "
        f"says, that did not help the city. {second}"
    )
    assert all(not t.startswith(second[:8]) for _, t in _pairs(text))


def test_an_unnamed_source_still_goes_on_in_a_sentence_naming_no_one():
    text = (
        "A local official told VOA the road would reopen soon. Repairs to the "
        "bridge could take three more weeks."
    )
    assert _pairs(text) == [
        (
            "local official",
            "the road would reopen soon. Repairs to the bridge could take three "
            "more weeks.",
        )
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Office of the U.N. High Commissioner for Refugees",
        "Office of the Special Envoy for Ruritania",
        "Ministry of Foreign Affairs",
    ],
)
def test_an_office_of_a_titled_person_is_an_organisation(body):
    text = f"The {body} says it will need at least $180 million."
    assert _pairs(text) == [(body, "it will need at least $180 million")]


def test_a_person_titled_by_an_office_of_is_still_the_person():
    text = "Court of Appeals judge Ann Roe said the plan would cost more."
    assert _pairs(text) == [("Ann Roe", "the plan would cost more")]


@pytest.mark.parametrize(
    ("spelled", "initials"),
    [
        ("United Nations agencies", "U.N. agencies"),
        ("European Union officials", "E.U. officials"),
    ],
)
def test_initials_of_a_source_spelled_out_before_are_that_source(spelled, initials):
    text = (
        f"{spelled} say food aid has been cut. Refugees have received less food "
        f"since May. The {initials} say the situation has improved a little."
    )
    assert [s for s, _ in _pairs(text)] == [spelled, spelled]


def test_initials_never_spelled_out_stay_as_written():
    text = "The U.N. agencies say the situation has improved a little."
    assert [s for s, _ in _pairs(text)] == ["U.N. agencies"]


@pytest.mark.parametrize("noun", ["couple", "pair"])
def test_a_couple_or_a_pair_is_a_source(noun):
    text = f"The {noun} have denied any part in the fraud."
    assert _pairs(text) == [(noun, text)]


def test_a_couple_of_things_is_no_source():
    pairs = _pairs("A couple of reports suggested that the launch would slip.")
    assert all("couple" not in s for s, _ in pairs)


@pytest.mark.parametrize("participle", ["confirming", "admitting", "contending"])
def test_more_participles_report_their_clause(participle):
    text = (
        "The rebel group contacted a news agency on Monday, "
        f"{participle} that its fighters had attacked the base."
    )
    assert _pairs(text) == [("rebel group", "its fighters had attacked the base")]


def test_a_document_alleging_stays_the_document_s():
    text = (
        "The agency filed a complaint against Acme Ranches LLP, alleging "
        "violations of the Clean Water Act."
    )
    assert all(s != "Acme Ranches LLP" for s, _ in _pairs(text))


@pytest.mark.parametrize("when", ["on Tuesday", "on Monday", "last week"])
def test_a_conditional_clause_said_on_a_day_is_reported(when):
    text = f"If the trend continues, we could lose the forest, Ann Roe warned {when}."
    assert _pairs(text) == [
        ("Ann Roe", "If the trend continues, we could lose the forest")
    ]


def test_an_opening_phrase_before_a_clause_after_the_verb_is_still_no_report():
    text = "In an interview with the BBC, Ann Roe said the plant would close."
    assert _pairs(text) == [("Ann Roe", "the plant would close")]


@pytest.mark.parametrize(
    "where",
    ["from VOA's Jerusalem bureau", "from Jerusalem", "from the Nairobi office"],
)
def test_as_a_correspondent_reports_from_a_bureau(where):
    text = f"As Tom Baker reports {where}, it is the most serious effort in years."
    assert _pairs(text) == [("Tom Baker", "it is the most serious effort in years")]


@pytest.mark.parametrize("where", [" from Abuja", "", " from Lagos City"])
def test_a_clause_as_a_correspondent_reports_after_it(where):
    text = f"Ruritania hopes to get the vaccine next, as Ann Roe reports{where}."
    assert _pairs(text) == [("Ann Roe", "Ruritania hopes to get the vaccine next")]


def test_a_clause_as_a_correspondent_reports_with_no_comma():
    text = "Ruritania hopes to get the vaccine next as Ann Roe reports from Abuja."
    assert _pairs(text) == [("Ann Roe", "Ruritania hopes to get the vaccine next")]


@pytest.mark.parametrize("title", ["Administrator", "Commissioner", "Secretary"])
def test_the_bare_capitalised_title_is_the_one_titled_so(title):
    text = (
        f"{title} Ann Roe resigned today. In her letter, the {title} added she "
        "was proud to have served three presidents."
    )
    assert _pairs(text)[-1] == (
        "Ann Roe",
        "she was proud to have served three presidents",
    )


def test_a_capitalised_group_name_is_no_title():
    text = (
        "The Taleban ambassador, Abdul Zaeef, spoke on Monday. The Taleban also "
        "says the dam was struck."
    )
    assert _pairs(text)[-1][0] == "Taleban"


@pytest.mark.parametrize(
    "honoured",
    [
        "Ann and Tom Baker, new homeowners",
        "Sgt. Ann Roe for her bravery",
        "Tom Baker as volunteer of the year",
    ],
)
def test_recognising_people_is_honouring_them(honoured):
    text = f"The secretary toured the agency and recognized {honoured}."
    assert _pairs(text) == []


def test_recognising_a_claim_is_still_a_statement():
    text = "The minister recognized that the program had failed."
    assert _pairs(text) == [("minister", "the program had failed")]


@pytest.mark.parametrize(
    "circumstance",
    [
        "during a recent trip to Italy and the Balkans",
        "at a news conference in the capital on Monday afternoon",
        "while touring the flooded northern districts with local officials",
    ],
)
def test_a_long_circumstance_after_a_trailing_verb_is_no_clause(circumstance):
    text = f"All bases are on alert, Defense Secretary Ann Roe said {circumstance}."
    assert _pairs(text) == [("Ann Roe", "All bases are on alert")]


def test_a_circumstance_before_a_further_clause_is_not_the_end():
    text = (
        "The party chairman, Tom Baker, says in addition to ending term limits, "
        "the changes would protect the president."
    )
    assert all(not t.startswith("The party chairman") for _, t in _pairs(text))


@pytest.mark.parametrize(
    "name", ["Karina Pugliese", "Marco Albanese", "Paul Christian"]
)
def test_a_surname_ending_like_an_adjective_is_a_name(name):
    text = (
        f"School teacher {name} shrugs when asked about the vote.\n\n"
        "“It all depends on what happens next,” she said."
    )
    assert _pairs(text) == [(name, "It all depends on what happens next")]


@pytest.mark.parametrize(
    "phrase", ["Middle Eastern", "East Timorese", "Southern Sudanese"]
)
def test_a_regional_adjective_is_no_name(phrase):
    text = f"{phrase} leaders said the talks would resume in May."
    assert all(s != phrase for s, _ in _pairs(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The ambassador is warning citizens traveling in the north to use caution.",
        "The ambassador warned U.S. citizens traveling in the north to use caution.",
        "The mayor spoke on Monday, warning residents of the lower town to stay indoors.",
    ],
)
def test_warning_people_to_act_is_advice(sentence):
    assert _pairs(sentence) == []


def test_warning_that_people_will_suffer_is_a_statement():
    text = "The ambassador is warning that citizens in the north will face violence."
    assert _pairs(text) == [("ambassador", "citizens in the north will face violence")]


@pytest.mark.parametrize(
    "declared",
    [
        "part of the north a disaster area",
        "the border a military zone",
        "three counties a federal disaster area",
    ],
)
def test_declaring_a_place_a_zone_is_an_act(declared):
    assert _pairs(f"Earlier this week, President Ann Roe declared {declared}.") == []


def test_declaring_that_a_place_is_safe_is_a_statement():
    text = "President Ann Roe declared that the north was safe again."
    assert _pairs(text) == [("Ann Roe", "the north was safe again")]


@pytest.mark.parametrize(
    "sentence",
    [
        "But last year Ruritanian voters rejected the treaty.",
        "In March the electorate rejected the new constitution.",
    ],
)
def test_voters_rejecting_a_measure_is_a_vote(sentence):
    assert _pairs(sentence) == []


def test_voters_saying_remains_a_statement():
    text = "Many voters say the treaty was rushed."
    assert _pairs(text) == [("voters", "the treaty was rushed")]


@pytest.mark.parametrize("day", ["Monday", "on Friday", "yesterday"])
def test_a_day_after_the_name_is_no_part_of_it(day):
    text = (
        f"The President of Ruritania Ann Roe {day}, in a speech to parliament, "
        "stated that the reform would pass."
    )
    assert _pairs(text) == [("Ann Roe", "the reform would pass")]


def test_a_month_surname_is_kept():
    text = "Coach Marlon August said the team was ready. “We train hard,” said August."
    assert all(s == "Marlon August" for s, _ in _pairs(text))


@pytest.mark.parametrize(
    "standard",
    [
        "their interpretation of the Koran",
        "plan",
        "tradition",
        "his own reading of the Bible",
    ],
)
def test_according_to_a_standard_is_no_source(standard):
    text = f"The offices are reserved for elders according to {standard}."
    assert _pairs(text) == []


def test_according_to_a_source_is_still_a_report():
    text = "According to their spokesman, the offices are reserved for elders."
    assert [t for _, t in _pairs(text)] == ["the offices are reserved for elders"]


@pytest.mark.parametrize(
    ("verb", "clause"),
    [
        ("added", "some of the men spoke in Spanish"),
        ("said", "the gunmen made staff lie down"),
        ("noted", "the guards ran away"),
    ],
)
def test_a_clause_in_an_irregular_past_follows_a_clause_only_verb(verb, clause):
    text = f"Ann Roe described the gunmen as “foreigners” and {verb} {clause}."
    assert ("Ann Roe", clause) in _pairs(text)


def test_a_circumstance_between_the_quotation_and_and_said_is_skipped():
    text = (
        "Ann Roe described the gunmen as “foreigners” during an interview with "
        "a local radio station on Wednesday and said some of them spoke Spanish."
    )
    assert ("Ann Roe", "some of them spoke Spanish") in _pairs(text)


def test_a_verb_between_the_quotation_and_and_said_is_someone_else_s():
    text = (
        "Ann Roe described the gunmen as “foreigners” after police arrested "
        "two men and said the case was closed."
    )
    assert ("Ann Roe", "the case was closed") not in _pairs(text)


@pytest.mark.parametrize(
    "medium",
    [
        "through towers of loudspeakers",
        "over the radio",
        "via a video link",
        "into a megaphone",
    ],
)
def test_the_medium_between_verb_and_that_is_skipped(medium):
    text = f"Ann Roe announced {medium} that the march would go ahead."
    assert _pairs(text) == [("Ann Roe", "the march would go ahead")]


@pytest.mark.parametrize("verb", ["added", "noted", "explained"])
def test_a_clause_after_verb_and_comma_is_reported(verb):
    text = f"Ann Roe {verb}, It will depend on how much rain falls in May."
    assert _pairs(text) == [("Ann Roe", "It will depend on how much rain falls in May")]


def test_a_circumstance_after_verb_and_comma_is_no_clause():
    assert _pairs("Ann Roe added, smiling broadly at the crowd.") == []


@pytest.mark.parametrize("noun", ["aides", "lawyers", "advisers"])
def test_whose_noun_predicting_is_the_owner_s_people(noun):
    text = (
        "It was a setback for envoy Ann Roe, "
        f"whose {noun} Sunday were predicting an agreement within days."
    )
    assert _pairs(text) == [(f"Ann Roe's {noun}", "an agreement within days")]


@pytest.mark.parametrize("subordinator", ["after", "when", "because"])
def test_a_report_in_a_clause_after_an_announcement_is_its_own(subordinator):
    text = (
        "A court announced the recount on Monday "
        f"{subordinator} Prime Minister Ann Roe alleged that the vote was rigged."
    )
    pairs = _pairs(text)
    assert pairs[0] == ("court", "A court announced the recount on Monday")
    assert ("Ann Roe", "the vote was rigged") in pairs


def test_an_announcement_with_a_plain_time_clause_stays_whole():
    text = "The ministry announced the new rules after the storm passed."
    assert _pairs(text) == [("ministry", text)]


@pytest.mark.parametrize(
    "participle",
    [
        "vowing to step down after results showed",
        "promising reforms after polls showed",
    ],
)
def test_a_participle_clause_reporting_is_no_attribution_of_the_main_clause(participle):
    text = (
        "The president conceded defeat on Friday, "
        f"{participle} him with a surprising loss."
    )
    assert all(not t.startswith("The president conceded") for _, t in _pairs(text))


def test_a_trailing_attribution_after_a_comma_still_works():
    text = "The vote was fair, international observers said."
    assert _pairs(text) == [("international observers", "The vote was fair")]


@pytest.mark.parametrize("noun", ["opposition", "ruling party", "commission"])
def test_it_after_a_body_named_by_its_common_noun(noun):
    text = (
        f"However, the {noun} boycotted the ceremony. It accuses the government "
        "of cheating in the election."
    )
    assert _pairs(text) == [
        (noun, "It accuses the government of cheating in the election.")
    ]


def test_it_after_a_thing_is_no_body():
    text = "However, the ceremony lasted two hours. It says a lot about the country."
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "object_", ["the city's decision to ration water", "the new curfew", "his record"]
)
def test_defending_a_decision_is_a_stance(object_):
    text = f"Deputy Mayor Ann Roe has defended {object_}."
    assert _pairs(text) == [("Ann Roe", text)]


def test_defending_a_title_in_sport_with_an_infinitive_is_no_statement():
    assert _pairs("The champion will defend her title in May.") == []


def test_a_participle_after_contacting_an_outlet_is_relayed_by_it():
    text = (
        "The rebel group contacted the Reuters news service, confirming that "
        "its fighters had attacked the base."
    )
    (statement,) = extract(text)
    assert (statement.speaker, statement.via) == ("rebel group", "Reuters")


@pytest.mark.parametrize("day", ["Sunday", "Monday"])
def test_told_an_outlet_on_a_day_relays_it(day):
    text = f"Tom Baker told the BBC {day} he does not think the plan will work."
    (statement,) = extract(text)
    assert (statement.speaker, statement.via) == ("Tom Baker", "BBC")


@pytest.mark.parametrize(
    "verb", ["dismiss any concerns", "praise the rescuers", "reject the claims"]
)
def test_quick_to_take_a_stance_takes_it(verb):
    text = f"In the capital, Minister Ann Roe was quick to {verb}."
    assert _pairs(text) == [("Ann Roe", text)]


def test_wanting_to_take_a_stance_is_no_stance():
    assert _pairs("Minister Ann Roe wants to dismiss any concerns.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Aid workers call it the hunger season.", "Aid workers"),
        ("Farmers call it the lean season.", "Farmers"),
        ("Critics describe it as a land grab.", "Critics"),
    ],
)
def test_a_group_naming_something_in_the_base_form(sentence, speaker):
    assert _pairs(sentence) == [(speaker, sentence)]


@pytest.mark.parametrize(
    "sentence",
    ["Residents call the police every night.", "Voters call for new elections."],
)
def test_calling_someone_or_for_something_is_no_naming(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize("noun", ["tests", "experiments", "measurements"])
def test_tests_after_a_subordinator_show_a_clause(noun):
    text = f"Last year the agency launched the vaccine after {noun} showed it was safe."
    assert _pairs(text) == [(noun, "it was safe")]


def test_trials_are_courts_not_measurements():
    """In news "trials" are mostly courts': "the Nuremberg and Tokyo trials"
    after "says unlike" is no speaker of the sentence before it."""
    text = (
        "A former adviser to the government, Ann Roe, says unlike the Nuremberg "
        "and Tokyo trials, the tribunal was created during wartime."
    )
    assert _pairs(text) == [
        (
            "Ann Roe",
            "unlike the Nuremberg and Tokyo trials, the tribunal was created during wartime",
        )
    ]


def test_tests_that_show_nothing_are_no_statement():
    assert _pairs("Tests were carried out on the water on Monday.") == []


@pytest.mark.parametrize("verb", ["claims", "insists", "says"])
def test_and_also_a_second_verb_has_the_sentence_subject(verb):
    text = (
        "Hezbollah seized three soldiers on patrol and also "
        f"{verb} that a fourth man is alive."
    )
    assert _pairs(text) == [("Hezbollah", "a fourth man is alive")]


@pytest.mark.parametrize("document", ["communique", "declaration", "resolution"])
def test_a_formal_text_issued_on_a_day_speaks(document):
    text = (
        f"The {document} issued Monday night said the experts had finished their work."
    )
    assert _pairs(text) == [(document, "the experts had finished their work")]


def test_a_statement_issued_by_a_body_is_the_body_s():
    text = (
        "A written statement issued by the Ruritanian Ministry of Defence said "
        "two soldiers had been detained."
    )
    assert [s for s, _ in _pairs(text)][0].endswith("Ministry of Defence")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruritanian officials are blasting the king over his remarks.",
        "The union slammed the new contract.",
    ],
)
def test_blasting_or_slamming_someone_is_a_stance(sentence):
    assert len(_pairs(sentence)) == 1 and _pairs(sentence)[0][1] == sentence


def test_a_door_slammed_is_no_stance():
    assert _pairs("The door slammed shut behind her.") == []


def test_he_in_which_after_a_titled_name_is_that_person():
    text = (
        "VOA's Tom Baker reports from Washington. President Karl Ostrom spoke on "
        "Friday. Saturday, a speech by President Ostrom in which he labeled former "
        "Prime Minister Ann Roe a “traitor” prompted blunt words."
    )
    assert (
        "Karl Ostrom",
        "Saturday, a speech by President Ostrom in which he "
        "labeled former Prime Minister Ann Roe a “traitor” prompted blunt words.",
    ) in _pairs(text)


@pytest.mark.parametrize("adjective", ["former", "then"])
def test_labeling_a_former_official_is_describing(adjective):
    text = f"Ann Roe labeled {adjective} minister Tom Baker a “fascist.”"
    assert _pairs(text)[0][0] == "Ann Roe"


def test_an_unclosed_straight_quotation_ends_where_the_next_one_opens():
    text = (
        '"We moved people from critical skills," he said, General Tom Baker '
        'said. "We need them back. We are over our strength. "We do not want to '
        'lose good people," General Baker said. For those who remain, fitness '
        "remains a concern."
    )
    pairs = _pairs(text)
    assert ("Tom Baker", "We do not want to lose good people") in pairs
    assert all(not t.startswith("For those who remain") for _, t in pairs)


def test_a_closing_straight_mark_after_a_full_stop_still_closes():
    text = 'Ann Roe spoke on Monday. "We are ready." She smiled. "We leave at dawn," she added.'
    pairs = _pairs(text)
    assert ("Ann Roe", "We leave at dawn") in pairs
    assert all(not t.startswith("She smiled") for _, t in pairs)


@pytest.mark.parametrize("verb", ["concurs", "agrees", "disagreed"])
def test_a_person_s_verb_and_a_colon_introduce_the_quotation(verb):
    text = f"Refuge manager Ann Roe {verb}: “It is a model for every backyard.”"
    assert _pairs(text) == [("Ann Roe", "It is a model for every backyard.")]


def test_a_thing_s_verb_and_a_colon_introduce_no_one():
    text = "The sign reads: “Keep out.” The brochure contains: “Maps and tips.”"
    assert all(s not in ("brochure",) for s, _ in _pairs(text))


def test_a_written_note_speaks():
    text = (
        "Divers found a note in the officer's pocket. “There are 23 people "
        "here,” the note said."
    )
    assert _pairs(text) == [("note", "There are 23 people here")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thursday, the navy released a portion of a note found on one of the bodies.",
        "Last week the ministry published the list of names found in the files.",
    ],
)
def test_a_clause_with_its_own_verb_and_object_is_no_speaker(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Supporters of the jailed activist said the verdict was expected.",
            "Supporters",
        ),
        ("Residents of the flooded town said the water was rising.", "Residents"),
    ],
)
def test_a_participle_adjective_in_the_subject_is_no_clause(sentence, speaker):
    assert [s for s, _ in _pairs(sentence)] == [speaker]


# --- Seventh round: the thirty-eighth set ---------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Voters weighed comparisons to the tycoon Peter Vance, a businessman.\n\n"
            "Senator Lina Marsh was another candidate. She is 52 years old. Her "
            "slogan was “hope first.”\n\nAs she cast her vote at a school Monday, "
            "she was surrounded by supporters. She told the media she trusted the "
            "voters.\n\nMarsh’s father was the actor Tomas Marsh Jr. He ran for "
            "office in 1998 and lost.",
            "Lina Marsh",
        ),
        (
            "The race drew comment from the banker Otto Grell.\n\nGovernor Maria "
            "Delgado was the favourite. Her platform was jobs.\n\nOn Sunday she "
            "greeted crowds in the capital. She told reporters she expected a "
            "close count.\n\nDelgado’s husband is the lawyer Ramon Delgado. He "
            "ran a firm in the capital for years.",
            "Maria Delgado",
        ),
    ],
)
def test_a_namesake_under_another_given_name_says_nothing_of_her_gender(text, speaker):
    assert [s for s, _ in _pairs(text)][:1] == [speaker]


def test_the_same_person_under_a_title_still_tells_his_gender():
    # "Senator Reyes" is Paul Reyes himself: his pronouns still count.
    text = (
        "The vote drew comment from the banker Otto Grell.\n\nSenator Paul "
        "Reyes led the count. Senator Reyes thanked voters and he smiled. On "
        "Monday, he told reporters he expected to win."
    )
    assert [s for s, _ in _pairs(text)] == ["Paul Reyes"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Late on Sunday, the challenger Tom Roe conceded defeat and left the hall.",
        "Ana Lee conceded the election to her rival on Monday night.",
        "After the recount, the senator conceded the race, and his aides wept.",
        "Speaking after her opponent, Ian Holt, conceded the runoff, Roe thanked "
        "her supporters.",
    ],
)
def test_yielding_a_contest_is_no_statement(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "Tom Roe conceded that the vote had been fair.",
            "the vote had been fair",
        ),
        (
            "Ana Lee conceded the election was lost because of turnout.",
            "the election was lost because of turnout",
        ),
    ],
)
def test_conceding_a_claim_is_still_a_statement(sentence, statement):
    assert [t for _, t in _pairs(sentence)] == [statement]


@pytest.mark.parametrize(
    "sentence",
    [
        "Coming before reporters after the count, Tom Roe promised a legal challenge.",
        "Walking out of the hearing on Friday, Ann Lee vowed an appeal.",
        "Early on Tuesday, the mayor promised a full inquiry into the fire.",
    ],
)
def test_a_fronted_phrase_without_a_verb_is_no_clause_before_the_verb(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "Spending on roads rose sharply last year, Roe told reporters.",
            "Spending on roads rose sharply last year",
        ),
        (
            "Cutting the tax would cost jobs, the minister warned on Monday.",
            "Cutting the tax would cost jobs",
        ),
    ],
)
def test_a_gerund_subject_still_opens_the_clause_before_the_verb(sentence, statement):
    assert [t for _, t in _pairs(sentence)] == [statement]


def test_the_subject_after_a_fronted_participle_is_whom_he_goes_on_about():
    text = (
        "Felipe Cruz, the governor, held a slight lead, which he said was backed by "
        "exit polls. The electoral board announced a recount.\n\nComing before reporters after the "
        "count, Tom Roe promised a legal challenge.\n\nHe says there was an "
        "evident manipulation of the count."
    )
    assert _pairs(text)[-1] == (
        "Tom Roe",
        "there was an evident manipulation of the count",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "“The unit went in to end a cruel regime,” Ann Lee said. Villagers "
            "found the “fear lifted” because of the mission, she continued.",
            "Ann Lee",
            "Villagers found the “fear lifted” because of the mission",
        ),
        (
            'Tom Roe spoke at the rally. Farmers saw the deal as "a betrayal of '
            'the valley" because of the tariffs, he said.',
            "Tom Roe",
            'Farmers saw the deal as "a betrayal of the valley" because of the tariffs',
        ),
    ],
)
def test_words_quoted_inside_a_clause_that_ends_on_its_attribution(
    text, speaker, statement
):
    assert _pairs(text)[-1] == (speaker, statement)


def test_words_quoted_after_a_verb_without_an_attribution_after_stay_a_quotation():
    text = 'Tom Roe said the deal was "a betrayal of farmers" and voted against it.'
    assert _pairs(text) == [("Tom Roe", "a betrayal of farmers")]


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "Tom Roe, the league's president, explained the decision to bar the "
            "pair saying, “They will not play in any event we host.”",
            "They will not play in any event we host.",
        ),
        (
            "The mayor announced the closure of the bridge saying: “It is no "
            "longer safe for traffic.”",
            "It is no longer safe for traffic.",
        ),
    ],
)
def test_the_topic_before_saying_and_a_quotation_is_no_statement(sentence, statement):
    assert [t for _, t in _pairs(sentence)] == [statement]


def test_an_object_announced_without_a_quotation_after_it_stays_the_statement():
    sentence = "The mayor announced the closure of the bridge on Monday."
    assert [t for _, t in _pairs(sentence)] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff at the museum discovered a suspicious package and called police.",
        "Hikers found a stray dog by the trail and alerted rangers.",
    ],
)
def test_a_second_verb_after_and_makes_no_clause_of_the_object(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "Researchers discovered the vaccine and its rival worked equally well.",
            "the vaccine and its rival worked equally well",
        ),
        (
            "The study found wages and rents rose together last year.",
            "wages and rents rose together last year",
        ),
    ],
)
def test_a_subject_joined_by_and_still_opens_a_clause(sentence, statement):
    assert [t for _, t in _pairs(sentence)] == [statement]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The opposition party says it wants new terms for the union. The "
            "ruling party says such talk is dangerous.",
            ["opposition party", "ruling party"],
        ),
        (
            "The governing coalition says turnout was high. The opposition "
            "coalition says the count was rigged.",
            ["governing coalition", "opposition coalition"],
        ),
    ],
)
def test_a_body_described_by_another_modifier_is_another_body(text, speakers):
    assert [s for s, _ in _pairs(text)] == speakers


def test_a_description_after_a_named_body_still_means_it():
    text = (
        "The Civic United Party says it wants new terms for the union. The "
        "opposition party says the vote was rigged."
    )
    assert [s for s, _ in _pairs(text)] == ["Civic United Party"] * 2


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Yet one of the rebel groups, the Western Liberation Front, says it "
            "will skip the talks.",
            "Western Liberation Front",
        ),
        (
            "One of the opposition parties, the People's Reform Party, said it "
            "would boycott the vote.",
            "People's Reform Party",
        ),
        (
            "Another of the unions, the Dock Workers Union, warned it would strike.",
            "Dock Workers Union",
        ),
    ],
)
def test_one_of_a_set_of_bodies_then_its_name_is_the_name(sentence, speaker):
    assert [s for s, _ in _pairs(sentence)] == [speaker]


def test_one_of_a_set_without_a_name_after_it_stays_the_set():
    sentence = "One of the rebel groups says it will skip the talks."
    assert [s for s, _ in _pairs(sentence)] == ["rebel groups"]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "President Amir Tahan was held by his guards on Monday. Late that "
            "night, however, the president's Twitter account released a message "
            "saying he was unharmed.",
            "Amir Tahan",
            "Twitter",
        ),
        (
            "On Friday, the ministry's Facebook page posted a message saying the "
            "border would stay closed.",
            "ministry",
            "Facebook",
        ),
    ],
)
def test_an_account_speaks_for_its_owner_through_its_platform(text, speaker, via):
    found = extract(text)
    assert [(s.speaker, s.via) for s in found] == [(speaker, via)]


def test_a_message_released_without_saying_is_no_statement():
    text = "The ministry released a message of condolence on Friday."
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mr. Lee has already said the summit will change little.", "Lee"),
        ("Ann Roe has often said the rules are too loose.", "Ann Roe"),
        ("The union has just said it would strike over pay.", "union"),
    ],
)
def test_an_adverb_of_time_between_the_auxiliary_and_the_verb(sentence, speaker):
    assert [s for s, _ in _pairs(sentence)] == [speaker]


def test_a_noun_is_no_adverb_between_subject_and_verb():
    # "just" is an adverb; "justice" is no part of it.
    sentence = "The Justice Ministry said the inquiry was closed."
    assert [s for s, _ in _pairs(sentence)] == ["Justice Ministry"]


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "Foreign diplomats assumed the kingdom would stay calm.",
            "the kingdom would stay calm",
        ),
        (
            "Tom Roe assumes the deal will pass next week.",
            "the deal will pass next week",
        ),
    ],
)
def test_an_assumption_before_its_clause_is_a_statement(sentence, statement):
    assert [t for _, t in _pairs(sentence)] == [statement]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Roe assumed office in 2004.",
        "The firm assumed the debts of its former partner.",
    ],
)
def test_assuming_an_office_or_a_debt_is_no_statement(sentence):
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Among the candidates was Tom Roe of the Green Union Party, which says "
            "its observers were turned away at gunpoint.",
            "Green Union Party",
        ),
        (
            "The protest was led by Ann Lee from the Harbor Workers Federation, "
            "which says wages have not risen in a decade.",
            "Harbor Workers Federation",
        ),
    ],
)
def test_which_after_a_body_named_in_a_phrase_is_the_body(sentence, speaker):
    assert [s for s, _ in _pairs(sentence)] == [speaker]


def test_who_after_a_body_named_in_a_phrase_is_the_person():
    sentence = (
        "Among the candidates was Tom Roe of the Green Union Party, who says "
        "the plan will fail."
    )
    assert [s for s, _ in _pairs(sentence)] == ["Tom Roe"]


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Tom Roe said on Twitter that he had won the state.", "Twitter"),
        ("On Facebook later, Tom Roe claimed victory in three states.", "Facebook"),
        ("Tom Roe said in a tweet that the count was over.", "Twitter"),
        ("“We are with you,” Tom Roe wrote on Telegram.", "Telegram"),
    ],
)
def test_the_platform_a_statement_was_made_on_relays_it(text, via):
    assert [s.via for s in extract(text)] == [via]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Roe said the ban on TikTok would hurt young users.",
        "Acme, in its media release, reported that with limits in place, “many "
        "stores are still selling out within an hour of delivery”, and called the "
        "demand “unprecedented”, while Bolt, in a Facebook post on Tuesday, called "
        "it “unexpected”.",
    ],
)
def test_a_platform_in_the_statement_or_another_clause_relays_nothing(text):
    found = extract(text)
    assert found and all(s.via is None for s in found)


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "A statement published by the state-run Xinhua news agency said the "
            "border would stay open.",
            "Xinhua",
        ),
        (
            "A statement carried by the official Xinhua news agency said the "
            "talks were “as firm as steel.”",
            "Xinhua",
        ),
    ],
)
def test_the_outlet_that_carried_a_document_relays_it(text, via):
    found = extract(text)
    assert found and all(s.via == via for s in found)


def test_a_document_released_by_a_ministry_has_no_relay():
    text = "A statement released by the ministry said the border would stay open."
    found = extract(text)
    assert found and all(s.via is None for s in found)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ann Lee played down reports that she would resign.", "Ann Lee"),
        ("The ministry plays down the risk of a shortage this winter.", "ministry"),
    ],
)
def test_playing_down_a_claim_is_a_stance(sentence, speaker):
    assert [s for s, _ in _pairs(sentence)] == [speaker]


def test_playing_down_the_wing_is_no_stance():
    assert _pairs("The striker played down the wing for most of the match.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Here is a summary of the aid sent since the president declared the "
        "state eligible for federal disaster assistance.",
        "The governor declared six counties eligible for emergency loans.",
        "The board declared the runner ineligible to compete this season.",
    ],
)
def test_declaring_someone_eligible_is_an_act(sentence):
    assert _pairs(sentence) == []


def test_declaring_a_clause_about_eligibility_is_a_statement():
    sentence = "The agency declared that the farms were eligible for aid."
    assert [t for _, t in _pairs(sentence)] == ["the farms were eligible for aid"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom Roe took office on Monday.\n\nThis man has a job with the city "
            "and he says he voted for Mr. Roe.",
            "This man",
        ),
        (
            "Tom Roe took office on Monday. One woman lost her shop in the flood "
            "and she said the aid came too late.",
            "woman",
        ),
        (
            "Tom Roe took office on Monday. This woman runs a bakery. She says "
            "prices keep rising.",
            "This woman",
        ),
    ],
)
def test_a_person_described_not_named_is_whom_the_pronoun_after_means(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


def test_a_named_person_after_the_description_keeps_the_pronoun():
    text = (
        "This man has a job with the city. Tom Roe, the mayor, spoke next. He "
        "says the budget is balanced."
    )
    assert [s for s, _ in _pairs(text)] == ["Tom Roe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom Roe won the vote. Others, like a woman taxi driver in Rome, doubt "
            "him.\n\nShe says “we only chose him because the last one failed.”",
            "woman taxi driver",
        ),
        (
            "Tom Roe won the vote. One man, a shop owner, was pleased. He says "
            "sales will rise.",
            "man",
        ),
        (
            "Tom Roe won the vote. A man later joined the crowd. He says the "
            "count was fair.",
            "man",
        ),
    ],
)
def test_an_occupation_after_the_noun_heads_the_description(text, speaker):
    assert [s for s, _ in _pairs(text)][-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The government Web site announced the results on Monday.",
            "government Web site",
        ),
        ("The company website says the recall covers 2,000 cars.", "company website"),
    ],
)
def test_a_described_website_speaks_by_what_it_is(sentence, speaker):
    assert [s for s, _ in _pairs(sentence)] == [speaker]


def test_a_website_that_only_crashed_says_nothing():
    assert _pairs("The government website crashed on Monday.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "statement"),
    [
        (
            "The strikes began on Monday with what organizers called a “Day of "
            "Anger” against the council.",
            "organizers",
            "what organizers called a “Day of Anger” against the council",
        ),
        (
            "The march ended in what protesters called a massacre.",
            "protesters",
            "what protesters called a massacre",
        ),
    ],
)
def test_what_people_named_by_their_role_called(sentence, speaker, statement):
    assert (speaker, statement) in _pairs(sentence)


def test_what_researchers_considered_a_standard_is_no_statement():
    sentence = (
        "The devices stayed within what researchers considered an acceptable error."
    )
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "statement"),
    [
        (
            "This winter will bring more snow than usual, say scientists in the "
            "first seasonal outlook ever issued by the weather service.",
            "scientists",
            "This winter will bring more snow than usual",
        ),
        (
            "The dam could fail within a decade, say engineers in the regional office.",
            "engineers",
            "The dam could fail within a decade",
        ),
        (
            "The forecast says there is a strong chance of an early frost.",
            "forecast",
            "there is a strong chance of an early frost",
        ),
    ],
)
def test_an_inverted_plural_say_and_a_forecast_that_says(sentence, speaker, statement):
    assert _pairs(sentence) == [(speaker, statement)]


def test_an_outlook_that_only_improved_says_nothing():
    assert _pairs("The economic outlook improved in the spring.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "statement"),
    [
        (
            "The parties say they were encouraged by a new United Nations rights "
            "report, which accused the government of jailing critics.",
            "new United Nations rights report",
            "a new United Nations rights report, which accused the government of "
            "jailing critics",
        ),
        (
            "Farmers welcomed the ministry's audit, which found that half the "
            "subsidies never arrived.",
            "ministry",
            "the ministry's audit, which found that half the subsidies never arrived",
        ),
    ],
)
def test_a_document_then_what_it_said_in_a_relative_clause(
    sentence, speaker, statement
):
    assert (speaker, statement) in _pairs(sentence)


def test_a_document_that_a_relative_clause_only_describes_says_nothing():
    assert (
        _pairs("The fire destroyed a report, which described the plant in detail.")
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The ministry considers the island to be part of its territory.", "ministry"),
        ("Officials consider the blaze to be an accident.", "Officials"),
    ],
)
def test_considering_something_to_be_something_is_a_stance(sentence, speaker):
    assert _pairs(sentence) == [(speaker, sentence)]


@pytest.mark.parametrize(
    "text",
    [
        "The board considered the proposal at its meeting.",
        "He is considered to be the favourite.",
    ],
)
def test_considering_a_proposal_or_a_passive_is_no_stance(text):
    assert _pairs(text) == []


def test_a_view_stated_is_not_continued_by_the_next_sentence():
    text = (
        "Officials consider the blaze to be an accident. However, investigators "
        "will be questioning the roofers who worked there."
    )
    assert [s for s, _ in _pairs(text)] == ["Officials"]


def test_it_after_a_message_saying_goes_on_with_its_sender():
    text = (
        "President Amir Tahan was held by his guards on Monday.\n\nLate that "
        "night, the president's Twitter account released a message saying he "
        "was unharmed.\n\nIt said other officers planned to support the president."
    )
    found = extract(text)
    assert [(s.speaker, s.via) for s in found][-2:] == [
        ("Amir Tahan", "Twitter"),
        ("Amir Tahan", "Twitter"),
    ]


def test_it_after_a_message_and_a_new_name_is_not_the_sender():
    text = (
        "The ministry sent a letter saying the road was closed. The Roads Agency "
        "disagreed. It said repairs would take a week."
    )
    assert [s for s, _ in _pairs(text)][-1] != "ministry"


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "The blast, described as minor by embassy spokesman Luca Ferro, "
            "happened while police searched the building.",
            "Luca Ferro",
            "The blast, described as minor by embassy spokesman Luca Ferro",
        ),
        (
            "Ann Roe won easily. The result was described by Roe as a “clear "
            "mandate”, and she thanked voters.",
            "Ann Roe",
            "The result was described by Roe as a “clear mandate”",
        ),
    ],
)
def test_a_description_whose_agent_is_named(text, speaker, statement):
    assert (speaker, statement) in _pairs(text)


def test_a_description_with_no_named_agent_is_no_statement():
    assert _pairs("The suspect was described as tall and thin.") == []


def test_citing_a_quotation_is_the_subjects_statement():
    text = (
        "Fitch Ratings cut the city's outlook to negative, citing “the risk of "
        "a long period of uncertainty.”"
    )
    assert _pairs(text) == [
        ("Fitch Ratings", "the risk of a long period of uncertainty.")
    ]


def test_citing_a_bare_reason_is_no_statement():
    assert _pairs("The agency cut the rating, citing weak growth.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "statement"),
    [
        (
            "Early results show the Labour Party winning its first majority in decades.",
            "Early results",
            "the Labour Party winning its first majority in decades",
        ),
        (
            "Polls show Ann Roe leading by ten points.",
            "Polls",
            "Ann Roe leading by ten points",
        ),
    ],
)
def test_results_showing_someone_winning_or_leading(sentence, speaker, statement):
    assert _pairs(sentence) == [(speaker, statement)]


def test_photos_showing_someone_running_are_no_finding():
    assert _pairs("The photos show a man running from the scene.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "At a news conference, party chief Ann Roe personally took responsibility for the loss.",
            "Ann Roe",
        ),
        (
            "The Harbor Front has taken full responsibility for the paint attack on the office.",
            "Harbor Front",
        ),
    ],
)
def test_taking_responsibility_is_owning_up(sentence, speaker):
    assert [s for s, _ in _pairs(sentence)] == [speaker]


def test_a_duty_to_take_responsibility_is_no_statement():
    assert _pairs("Parents must take responsibility for their children.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ann Roe - who led the campaign - said the loss was hers.", "Ann Roe"),
        (
            "Tom Lee — the party's treasurer — told reporters the books were clean.",
            "Tom Lee",
        ),
    ],
)
def test_a_parenthesis_between_dashes_before_the_verb(sentence, speaker):
    assert [s for s, _ in _pairs(sentence)] == [speaker]


def test_a_dash_inside_the_clause_is_no_parenthesis_of_the_subject():
    sentence = "Ann Roe said the loss - the party's worst - was hers."
    assert [s for s, _ in _pairs(sentence)] == ["Ann Roe"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Green Party is calling the suspension of parliament a “coup.”",
        "Opposition leaders are calling the vote a fraud.",
    ],
)
def test_calling_something_something_in_the_progressive(sentence):
    assert [t for _, t in _pairs(sentence)] == [sentence]


def test_calling_for_something_is_no_description():
    assert _pairs("The union is calling for a strike next week.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The opposition party questioned the independence of the commission.",
            "opposition party",
        ),
        ("Ann Roe disputed the independence of the auditors.", "Ann Roe"),
    ],
)
def test_a_stance_on_the_independence_of_a_body(sentence, speaker):
    assert _pairs(sentence) == [(speaker, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The province declared independence in 1992.",
        "The firm declared bankruptcy on Monday.",
    ],
)
def test_declaring_independence_or_bankruptcy_is_an_act(sentence):
    assert _pairs(sentence) == []


def test_the_next_named_with_the_same_verb_and_a_figure_goes_on_with_the_count():
    text = (
        "Ann Lee, the council head, spoke. She said that candidate Tom Roe won "
        "54.52 percent of the votes. Bob Hale won 44.97 percent of the votes."
    )
    found = _pairs(text)
    assert found and found[-1][0] == "Ann Lee"
    assert "Bob Hale won 44.97 percent of the votes" in found[-1][1]


def test_a_named_persons_own_figure_after_a_count_is_narration():
    text = "Ann Lee said turnout was 60 percent. Bob Hale is a farmer who has 40 cows."
    assert _pairs(text) == [("Ann Lee", "turnout was 60 percent")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ordinary Iraqis see the vote as their best chance for peace.",
        "Ordinary Kenyans view the reform as a step backward.",
    ],
)
def test_a_peoples_view_of_something_as_something(sentence):
    assert [t for _, t in _pairs(sentence)] == [sentence]


def test_one_persons_seeing_something_is_no_stated_view():
    assert _pairs("The Iraqi minister saw the vote as it happened.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "An official of the country's ruling Labor Party told reporters the "
            "people had demanded the review.",
            "official",
        ),
        (
            "A top official of Northern Rail said service would resume.",
            "top official",
        ),
    ],
)
def test_an_unnamed_official_of_a_body_is_an_official(sentence, speaker):
    assert [s for s, _ in _pairs(sentence)] == [speaker]


def test_an_official_of_an_unnamed_body_keeps_the_description():
    sentence = "A senior official of the local union said the strike would go on."
    assert [s for s, _ in _pairs(sentence)] == ["senior official of the local union"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Roe points to inconsistencies in the count that appeared overnight.",
        "Ann Lee pointed to parallels between the two uprisings.",
    ],
)
def test_pointing_to_evidence_for_a_claim_is_a_statement(sentence):
    assert [t for _, t in _pairs(sentence)] == [sentence]


def test_pointing_to_a_survey_shows_a_source_not_a_claim():
    assert _pairs("Tom Roe, an economist, points to the group's latest survey.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Tom Roe, candidate of the leftist party, is charging election officials "
            "with “manipulation” of the vote count.",
            "Tom Roe",
        ),
        ("The opposition charged the government with rigging the vote.", "opposition"),
    ],
)
def test_charging_someone_with_something_is_an_accusation(sentence, speaker):
    assert _pairs(sentence) == [(speaker, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police charged him with murder on Friday.",
        "Prosecutors have charged the two men with fraud.",
    ],
)
def test_a_legal_charge_is_no_statement(sentence):
    assert _pairs(sentence) == []


def test_polls_that_showed_someone_winning_inside_another_report():
    text = (
        "Ann Roe kept a slight lead, which she said was backed by several "
        "independent exit polls that showed her as the winner."
    )
    assert (
        "independent exit polls",
        "several independent exit polls that showed her as the winner",
    ) in _pairs(text)


def test_polls_that_a_sentence_only_mentions_say_nothing():
    assert _pairs("The exit polls that closed at noon were counted by hand.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "The opposition rejected the vote. VOA's Ann Lee reports, the ruling "
            "party faces its hardest test yet.",
            "Ann Lee",
            "the ruling party faces its hardest test yet",
        ),
        (
            "The talks resumed. CNN's Tom Roe reports from Geneva, both sides want "
            "a deal by Friday.",
            "Tom Roe",
            "both sides want a deal by Friday",
        ),
    ],
)
def test_a_correspondent_reports_comma_clause(text, speaker, statement):
    assert (speaker, statement) in _pairs(text)


def test_a_correspondent_reports_where_clause_is_no_report():
    text = "VOA's Ann Lee reports, where the fighting was worst, shops stayed shut."
    assert all(s != "Ann Lee" for s, _ in _pairs(text))


@pytest.mark.parametrize(
    ("sentence", "speaker", "statement"),
    [
        (
            "The electoral board refrained from naming a winner, having already "
            "announced a recount of the vote.",
            "electoral board",
            "a recount of the vote",
        ),
        (
            "The ministry stayed silent, having said earlier that the talks had failed.",
            "ministry",
            "the talks had failed",
        ),
    ],
)
def test_a_perfect_participle_of_saying_reports(sentence, speaker, statement):
    assert _pairs(sentence) == [(speaker, statement)]


def test_having_met_is_no_report():
    assert _pairs("The board, having met on Monday, approved the plan.") == []


@pytest.mark.parametrize(
    "text",
    [
        'Kenji Mori teaches politics in Tokyo. "That is his strength," mori said.',
        "Ana Ruiz runs the clinic. “We need more nurses,” ruiz told VOA.",
    ],
)
def test_a_known_surname_typed_in_lower_case_after_a_quotation(text):
    assert [s for s, _ in _pairs(text)] == [
        text.split(" ")[0] + " " + text.split(" ")[1]
    ]


def test_a_lower_case_word_that_is_no_known_surname_is_no_person():
    text = 'Kenji Mori teaches politics. "That is his strength," someone said.'
    assert all(s != "Kenji Mori" for s, _ in _pairs(text))


def test_a_count_in_an_election_that_shows_a_lead():
    text = (
        "Tom Roe disputes the vote count in Sunday's election that shows his "
        "rival with a lead of about one percent."
    )
    assert (
        "vote count",
        "the vote count in Sunday's election that shows his rival with a lead of about one percent",
    ) in _pairs(text)


# ---------------------------------------------------------------------------
# Eighth round: the thirty-ninth set
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Singer Mara Olsen, who sold ten million records, has died. Olsen was 81. "
            "Governor Paul Denton issued a statement about Olsen's passing. "
            "“Our state has lost a voice that carried all of us, and my wife and I have lost a dear friend,” he said.",
            "Paul Denton",
        ),
        (
            "The explorer Ruth Kagame died on Sunday in Lagos. Kagame was 90. "
            "Foreign Minister Ines Varga sent condolences on Kagame's death. "
            "“We mourn a woman who crossed every border and never once asked anyone for permission to do it,” she said.",
            "Ines Varga",
        ),
    ],
)
def test_a_quotation_opening_its_sentence_goes_on_about_the_subject_before(
    text, speaker
):
    assert [s for s, _ in _pairs(text)] == [speaker]


def test_the_subject_before_a_quotation_must_agree_with_the_pronoun():
    # The woman who opens the sentence before is not "he".
    text = (
        "Coach Tom Reyes retired on Friday after a decade. Senator Ann Vale "
        "wrote that she would miss him, in a statement about the coach. "
        "“I owe this town everything,” he said."
    )
    assert [s for s, _ in _pairs(text)] == ["Ann Vale", "Tom Reyes"]


def test_a_capitalised_office_before_its_holder_names_the_holder():
    text = (
        "The vote was the tenth this year.\n\n"
        "House Minority whip Dana Kirk left the chamber before the count. "
        "“We will not let this pass, not this week and not in any week while I "
        "hold this seat,” she said."
    )
    assert [s for s, _ in _pairs(text)] == ["Dana Kirk"]


def test_a_holder_joined_by_and_is_no_office():
    text = (
        "The vote was close.\n\n"
        "Senator Dana Kirk and her aide Tom Vale left early. "
        "“We will be back next week, with more votes than they have ever "
        "counted,” she said."
    )
    assert [s for s, _ in _pairs(text)] == ["Dana Kirk"]


@pytest.mark.parametrize(
    "text",
    [
        "The law took effect in January. Lena Park reported on this story for "
        "NewsDesk.com. Omar Hale adapted it for schools.",
        "The fire spread fast. Ana Ruiz reported this story from Lima.",
        "The fire spread fast. Ana Ruiz reported the story for the Daily Star "
        "from Lima.",
    ],
)
def test_a_credit_line_reporting_the_story_is_no_statement(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The agency reported the story was false.", "agency"),
        (
            "The ministry reported on Monday the fire had spread to three towns.",
            "ministry",
        ),
    ],
)
def test_what_was_reported_about_a_story_is_still_a_statement(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Smiling broadly, Omar Hale accepted the award from the jury. He first "
            "thanked Governor Tom Vale, who had backed his campaign for years.\n\n"
            "“I owe this prize to everyone who believed in the clinic when nobody "
            "else did,” he said.",
            "Omar Hale",
        ),
        (
            "Nadia Stone took the stage at noon. She spoke about the flood. She then "
            "praised Mayor Ruth Ames, against whom she had run twice.\n\n"
            "“We fought hard, but nobody in this city has worked longer for the "
            "families who lost their homes,” she said.",
            "Nadia Stone",
        ),
    ],
)
def test_a_quoted_paragraph_goes_back_along_the_pronoun_to_who_was_named(text, speaker):
    assert _pairs(text)[-1][0] == speaker


def test_a_pronoun_of_the_other_gender_does_not_lead_back():
    text = (
        "Ana Ruiz opened the clinic in May. She first thanked Mayor Tom Vale, who "
        "had paid for the roof.\n\n"
        "“This roof will outlast every one of us, and that is exactly how it "
        "should be,” he said."
    )
    assert [s for s, _ in _pairs(text)] == ["Tom Vale"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Governor Tom Lee spoke to the crowd on Friday.\n\n"
            "A young protester found little to cheer in Mr. Lee's speech about the "
            "new curfew. She said, “He promised us jobs and gave us a curfew "
            "instead.”",
            "protester",
        ),
        (
            "Prime Minister Omar Vale addressed the nation late on Sunday.\n\n"
            "One marcher took no comfort in Vale’s offer of talks. He said, “We "
            "have heard these offers for ten years.”",
            "marcher",
        ),
    ],
)
def test_a_described_subject_is_not_displaced_by_an_owner_it_names(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


def test_a_described_subject_with_another_person_as_object_is_not_claimed():
    text = (
        "Governor Tom Lee spoke to the crowd on Friday.\n\n"
        "One marcher walked beside Mr. Lee for an hour. He said, “We will march "
        "again next week and the week after that.”"
    )
    assert all(s != "marcher" for s, _ in _pairs(text))


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The mayor of Leeds released the following statement: “Our thoughts "
            "are with the family.”",
            "mayor of Leeds",
        ),
        (
            "The governor of Kaduna state said the roads were closed.",
            "governor of Kaduna state",
        ),
        (
            "The mayor of Fort Worth told reporters the water was safe.",
            "mayor of Fort Worth",
        ),
    ],
)
def test_an_unnamed_office_keeps_its_place(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The mayor of Leeds, Ann Lee, said the city was safe.", "Ann Lee"),
        ("The governor said the roads to Leeds were closed.", "governor"),
    ],
)
def test_an_office_with_its_holder_or_without_a_place_is_unchanged(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Ann Roe, nurse with 1st Battalion, 12th Marines, said the plan works.",
            "Ann Roe",
        ),
        (
            "Sgt. Tom Hale, a medic with 2nd Brigade, 82nd Airborne Division, said "
            "the road was clear.",
            "Tom Hale",
        ),
        (
            "The drill ended at dawn. Capt. Lia Moss, signal officer in 3rd "
            "Squadron, 7th Cavalry, spoke about the drill.\n\n"
            '"Every team learned something it can use at home."',
            "Lia Moss",
        ),
    ],
)
def test_a_unit_and_the_unit_above_it_are_one_description(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


def test_a_single_unit_after_the_name_is_unchanged():
    text = "Tom Hale, a medic with 2nd Brigade, said the road was clear."
    assert [s for s, _ in _pairs(text)] == ["Tom Hale"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Airman Omar Vale, a mechanic, told reporters the jet was ready.",
            "Omar Vale",
        ),
        ("Cpl. Ann Lee said the bridge was down.", "Ann Lee"),
        (
            "The general is now more than a name to one Dover Airman here.\n\n"
            "She met Senior Airman Tom Hale, a technician, on Friday.\n\n"
            '"He was easy to talk to," Airman Hale said.\n\n'
            "The unit cheered.\n\n"
            '"I think he knew everything I was talking about," the Airman said.',
            "Tom Hale",
        ),
    ],
)
def test_an_enlisted_rank_is_a_title_before_the_name(text, speaker):
    assert {s for s, _ in _pairs(text)} == {speaker}


def test_a_rank_in_a_description_after_the_name_is_no_title():
    text = "Tom Hale, an airman with the wing, said the runway was icy."
    assert [s for s, _ in _pairs(text)] == ["Tom Hale"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The shop reopened on Monday. A parent named Mandy said she would not "
            "shop there again.",
            "Mandy",
        ),
        ("A farmer called Tomas told reporters the rain came too late.", "Tomas"),
        ("One student named Priya says the exam was fair.", "Priya"),
    ],
)
def test_a_person_described_and_given_one_name(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "A ship named Endeavour reported the ice was thick.",
        "A storm called Ida said nothing about the coast.",
    ],
)
def test_a_thing_given_a_name_is_no_person(text):
    assert all(s not in ("Endeavour", "Ida") for s, _ in _pairs(text))


@pytest.mark.parametrize(
    "text",
    [
        "Day Three of Peru's border-town dispute centered on the river crossing.",
        "The long-running dispute over the border flared again on Monday.",
        "Month Four of the city's garbage-strike claim ended in court.",
    ],
)
def test_a_base_form_after_a_compound_modifier_is_a_noun(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Critics of the cease-fire dispute the figures.", "Critics"),
        ("Their well-known critics dispute the figures.", "well-known critics"),
    ],
)
def test_a_plural_subject_before_a_base_form_still_reports(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "It is not clear how many unions have rejected the pay offer.",
        "It remains unclear whether the ministry denied the report.",
        "It was not yet known which candidates had disputed the count.",
    ],
)
def test_an_open_question_about_a_report_is_no_statement(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("It is clear that the ministry denied the report.", "ministry"),
        ("Officials said it is not clear how many people died.", "Officials"),
    ],
)
def test_a_settled_report_or_one_reporting_the_question_stays(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Queues stretched around the square, as voters added their names to the "
        "appeal.",
        "Tents went up across the park, as families added their blankets to the pile.",
    ],
)
def test_a_trailing_verb_with_an_object_of_the_subjects_own_is_an_act(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The plan will fail, Ann Lee told her staff.", "Ann Lee"),
        ("The bridge will stay closed, the minister said in his speech.", "minister"),
    ],
)
def test_a_trailing_verb_with_a_listener_or_a_circumstance_still_reports(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


def test_a_sentence_that_is_its_own_report_leaves_the_next_to_the_narration():
    text = (
        "One passenger reports hearing a loud bang before the stop. The line had "
        "been closed twice that week for repairs."
    )
    assert _pairs(text) == [
        ("passenger", "One passenger reports hearing a loud bang before the stop.")
    ]


def test_the_same_subject_again_still_goes_on_after_its_own_sentence():
    text = (
        "Observers praised the count as orderly. But, they criticized the long "
        "queues at rural stations."
    )
    assert [s for s, _ in _pairs(text)] == ["Observers", "Observers"]


def _vias(text):
    return [(s.speaker, s.via) for s in extract(text)]


@pytest.mark.parametrize(
    "text, via",
    [
        (
            "One farmer told the French News Agency the drought is a “slow "
            "disaster” for the valley.",
            "French News Agency",
        ),
        (
            "A farmer told the Anadolu News Agency the crop had failed.",
            "Anadolu News Agency",
        ),
        ("A nurse told Al-Jazeera the hospital was full.", "Al-Jazeera"),
    ],
)
def test_a_news_agency_told_is_the_via(text, via):
    assert {v for _, v in _vias(text)} == {via}


def test_a_national_body_told_is_no_via():
    text = "A nurse told the French Foreign Minister the hospital was full."
    assert all(v is None for _, v in _vias(text))


@pytest.mark.parametrize(
    "text, via",
    [
        ("BBC correspondent Tom Hale said the road was closed.", "BBC"),
        (
            "Speaking from Lima, Al-Jazeera reporter Rosa Diaz said the rescue "
            "had stopped for the night.",
            "Al-Jazeera",
        ),
    ],
)
def test_a_reporter_named_with_the_outlet_relays_through_it(text, via):
    assert [v for _, v in _vias(text)] == [via]


@pytest.mark.parametrize(
    "text",
    [
        "Local reporter Tom Hale said the road was closed.",
        "VOA correspondent Tom Hale said the road was closed.",
    ],
)
def test_a_reporter_without_an_outlet_or_of_the_publisher_has_no_via(text):
    assert [s.via for s in extract(text, publisher="Voice of America")] == [None]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Tom Hale runs the clinic.\n\nA hospital doctor lists nine injuries on "
            "the boy, most of them, she says, caused by glass.",
            "hospital doctor",
        ),
        (
            "Tom Hale runs the clinic.\n\nA morgue official counts 40 wounds on one "
            "body, many of them, he says, made after death.",
            "morgue official",
        ),
    ],
)
def test_a_pronoun_set_off_in_the_sentence_of_an_unnamed_subject(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


def test_a_named_person_in_between_keeps_the_pronoun_from_the_unnamed_subject():
    text = (
        "Tom Hale runs the clinic.\n\nA nurse helped Mr. Hale with the count of "
        "patients, most of them, he says, children."
    )
    assert all(s != "nurse" for s, _ in _pairs(text))


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Rebel leaders are once again accusing the army of shelling the market.",
            "Rebel leaders",
        ),
        ("The ministry is now denying any role in the raid.", "ministry"),
        ("State media are still reporting that the bridge is down.", "State media"),
    ],
)
def test_an_adverb_between_the_auxiliary_and_the_progressive(text, speaker):
    pairs = _pairs(text)
    assert len(pairs) == 1
    if speaker:
        assert pairs[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "They are still saying nothing.",
        "The talks are now being held in Geneva.",
    ],
)
def test_an_adverb_and_a_progressive_without_content_is_no_report(text):
    assert _pairs(text) == []


# ---------------------------------------------------------------------------
# Ninth round: the fortieth set
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The governor criticized the utility's plan to raise rates this winter.",
            "governor",
        ),
        (
            "Senator Jane Orr criticised the new levy on fishing boats.",
            "Jane Orr",
        ),
        (
            "The mayor commended the volunteers on their quick response to the flood.",
            "mayor",
        ),
    ],
)
def test_criticizing_or_commending_is_a_stance_stated(text, speaker):
    pairs = _pairs(text)
    assert len(pairs) == 1
    assert pairs[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "But many farmers have criticized the new quotas.",
        "Last week some Danes criticized the decision.",
        "The U.S. Attorney commended the work of the county task force.",
        "The chief commended the efforts of the fire crews.",
    ],
)
def test_a_crowds_mood_or_a_release_giving_credit_is_no_statement(text):
    assert _pairs(text) == []


@pytest.mark.parametrize("opening", ["Today, the", "Yesterday the", "Tonight, the"])
def test_a_name_at_a_headings_end_does_not_run_into_the_next_paragraph(opening):
    text = (
        "Readout of the Governor's Calls with Coaches Ann Reyes and Tom Okafor\n\n"
        f"{opening} Governor called Coach Tom Okafor to congratulate the team. "
        "The Governor told the coach that she looks forward to meeting the players."
    )
    assert not any("Okafor" in s for s, _ in _pairs(text))


def test_a_name_that_goes_on_after_a_line_break_in_a_sentence_is_kept():
    text = "The report was written by\n\nMaria Lopez, who said the figures were wrong."
    assert [s for s, _ in _pairs(text)] == ["Maria Lopez"]


@pytest.mark.parametrize(
    "first",
    [
        "Mourners vented their anger at President Ivan Petrov, who fled the capital.",
        "Voters have lost faith in Prime Minister Lena Varga after the vote.",
    ],
)
def test_a_titled_full_name_after_at_or_in_is_a_person_not_a_place(first):
    text = first + "\n\nThe {} says there will be no early election.".format(
        "president" if "President" in first else "prime minister"
    )
    assert [s for s, _ in _pairs(text)] == [
        "Ivan Petrov" if "Petrov" in first else "Lena Varga"
    ]


def test_a_place_after_at_is_still_no_person():
    text = (
        "Talks were held at Camp Harmon Ridge.\n\n"
        "The president says there will be no early election."
    )
    assert [s for s, _ in _pairs(text)] == ["president"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The governor continues to promise that the plant will reopen.", "governor"),
        ("Union leaders vow that the strike will go on until spring.", "Union leaders"),
    ],
)
def test_promise_and_vow_in_the_base_form_with_a_clause(text, speaker):
    assert [s for s, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Few workers took comfort in the governor's promise to reopen the plant.",
        "The new owners promise to keep every job.",
        "Union leaders vow to fight on.",
    ],
)
def test_promise_or_vow_as_a_noun_or_with_an_infinitive_is_no_report(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Committee to Protect Journalists said the reporter was held "
            "without charge for a week.",
            "Committee to Protect Journalists",
        ),
        (
            "Farmers rejected claims by the Campaign to End Hunger that the "
            "harvest had failed in the north.",
            "Campaign to End Hunger",
        ),
    ],
)
def test_a_body_named_by_its_purpose_keeps_its_to_clause(text, speaker):
    """ "Committee to Protect Journalists": "to" and a capitalised verb after
    an organisation's head word go on naming it; the words after "to" are no
    person."""
    assert speaker in [s.speaker for s in extract(text)]
    assert not any(
        "Protect" in s.speaker[:7] or "End" in s.speaker[:3] for s in extract(text)
    )


def test_he_after_a_body_named_by_its_purpose_is_the_person_before():
    text = (
        "The mayor, Anna Petrov, rejected charges by the Alliance to Save "
        "Rivers that the city had polluted the lake. She says the tests were "
        "clean."
    )
    pairs = _pairs(text)
    assert ("Alliance to Save Rivers", "the city had polluted the lake") in pairs
    assert ("Anna Petrov", "the tests were clean") in pairs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Surgeon General Maria Lopez, M.D., said the vaccine was safe for "
            "young children.",
            "Maria Lopez",
        ),
        (
            "Chief of Medicine Alan Kim, Ph.D. announced that the ward would "
            "close in May.",
            "Alan Kim",
        ),
        (
            "Our counsel, Jane Ortiz, Esq. argued that the contract was void.",
            "Jane Ortiz",
        ),
    ],
)
def test_a_degree_after_a_name_is_no_speaker_of_its_own(text, speaker):
    """ "Ann Roe, M.D., said": the degree after the comma is part of how the
    person is written, not the subject chunk."""
    assert [s.speaker for s in extract(text)] == [speaker]


@pytest.mark.parametrize(
    "agency",
    [
        "Health and Human Services Secretary",
        "Veterans and Military Affairs Secretary",
        "Food and Drug Administration Commissioner",
    ],
)
def test_a_person_after_an_agency_with_and_and_a_title(agency):
    """ "Health and Human Services Secretary Tom Price said": the agency's
    name, its title, then the person, who speaks."""
    text = f"{agency} Lena Marsh said the new rules would take effect in June."
    assert _pairs(text) == [("Lena Marsh", "the new rules would take effect in June")]


@pytest.mark.parametrize("pronoun", ["she", "he"])
def test_a_relative_clause_speaker_nested_in_a_statement_is_not_the_next_pronoun(
    pronoun,
):
    """ "Roe says …, which Lee says …. “…,” she said.": the speaker of the
    relative clause inside Roe's statement is not whom the pronoun goes on
    about."""
    name, title = ("Maria Duval", "Ms.") if pronoun == "she" else ("Omar Haddad", "Mr.")
    text = (
        f"{name}, a spokesperson for the Green Union, says the union will not "
        f"strike in March. {title} {name.split()[-1]} says the union is not ready "
        "to walk out before the spring talks, which Mayor Carl Brandt says can "
        "go ahead as planned.\n\n"
        f"“We have members to think of before anything else,” {pronoun} said."
    )
    pairs = _pairs(text)
    assert (name, "We have members to think of before anything else") in pairs


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "After the release of the Federal Reserve report showing slower "
            "growth, Treasury Secretary Ana Ruiz said the economy was strong.",
            "Ana Ruiz",
            "the economy was strong",
        ),
        (
            "Ahead of the World Bank report on food prices, Minister Omar "
            "Haddad said the harvest was good.",
            "Omar Haddad",
            "the harvest was good",
        ),
        (
            "Following the Budget Office (BO) report analyzing the tax bill, "
            "Senator Lena Marsh said the estimate was wrong.",
            "Lena Marsh",
            "the estimate was wrong",
        ),
    ],
)
def test_a_noun_report_inside_an_opening_phrase_is_no_verb(text, speaker, statement):
    """ "Following the release of the X report analyzing …, Y said": the
    sentence opens with a preposition, so "report" after "the" and a name is
    the phrase's noun, not a verb with a subject."""
    assert _pairs(text) == [(speaker, statement)]


def test_a_plural_subject_before_report_still_reports():
    text = "Residents of the Gaza Strip report that shelling went on all night."
    assert _pairs(text) == [("Residents", "shelling went on all night")]


@pytest.mark.parametrize(
    "lead",
    [
        "The following are highlights from Governor Lena Marsh’s remarks:",
        "Below are excerpts from Governor Lena Marsh's speech:",
        "The following is an excerpt of Governor Lena Marsh's address:",
    ],
)
def test_highlights_or_excerpts_from_someones_remarks_introduce_their_words(lead):
    """ "The following are highlights from X's remarks:": the quotations after
    the lead-in are X's, not those of a person named inside them."""
    text = (
        "SALEM – Today, Governor Lena Marsh addressed farmers at the state "
        "fair on her first day in office after being sworn in by Chief Justice "
        f"Tom Berg. {lead}\n\n"
        "“I am grateful that Justice Berg could be with us today.”\n\n"
        "“Just like you, I grew up on a farm. We will fix the roads before the "
        "harvest.”\n\n"
        "“Every county will get its share of the money.”"
    )
    speakers = {s.speaker for s in extract(text) if s.is_direct_quote}
    assert speakers == {"Lena Marsh"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Ann Roe called the National Guard the backbone of the "
            "rescue effort.",
            "Ann Roe",
        ),
        (
            "Mayor Ann Roe called the fire service the unit that defends the "
            "city from every disaster.",
            "Ann Roe",
        ),
        (
            "Mayor Ann Roe called every delay a betrayal of the voters.",
            "Ann Roe",
        ),
    ],
)
def test_called_with_a_definite_or_every_complement_is_a_description(text, speaker):
    """ "X called Y the Z (that …)", "X called every Y a Z": the sentence is
    X's description; a verb inside the complement's relative clause is none."""
    assert [(s.speaker, s.cue) for s in extract(text)] == [(speaker, "called")]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Roe called the Red Cross the next morning to ask for help.",
        "Mayor Ann Roe called the office the moment the storm began.",
    ],
)
def test_called_with_a_time_after_the_object_is_no_description(text):
    assert extract(text) == []


def test_a_pronoun_in_a_description_is_read_after_the_sentences_own_subject():
    text = (
        "Coach Tom Berg said the team would rest on Sunday.\n\n"
        "Senator Lena Marsh was campaigning in Ohio on Friday, repeating "
        "that she was joking when she called the governor the worst "
        "manager in the state."
    )
    pairs = [(s.speaker, s.cue) for s in extract(text)]
    assert ("Lena Marsh", "called") in pairs
    assert ("Tom Berg", "called") not in pairs


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Former Finnish Prime Minister Anna Virtanen", "The former prime minister"),
        ("Acting Foreign Minister Anna Virtanen", "The acting foreign minister"),
        ("Outgoing Defense Minister Anna Virtanen", "The outgoing defense minister"),
    ],
)
def test_a_time_in_office_before_an_office_of_two_words_is_its_holder(first, later):
    """ "The former prime minister also said …" after "Former Prime Minister
    Ann Roe": the person the article titled so."""
    text = (
        f"{first} told reporters the vote was fair. {later} also said the "
        "turnout was the highest in years."
    )
    assert _pairs(text)[-1] == ("Anna Virtanen", "the turnout was the highest in years")


@pytest.mark.parametrize(
    "joint",
    [", a day after", " -- hours after", ", just two days after", " — a week before"],
)
def test_a_time_set_against_another_report_ends_the_first(joint):
    """ "X insists …, a day after Y said …": the first report ends before the
    time phrase, and Y's report after it is Y's."""
    text = (
        f"Minister Tom Berg said the vote was fair{joint} opposition leader "
        "Ana Ruiz said the count was rigged."
    )
    assert _pairs(text) == [
        ("Tom Berg", "the vote was fair"),
        ("Ana Ruiz", "the count was rigged"),
    ]


def test_a_time_phrase_with_no_report_after_it_stays_in_the_clause():
    text = "Minister Tom Berg said the vote was fair, two days after the count ended."
    assert _pairs(text) == [
        ("Tom Berg", "the vote was fair, two days after the count ended")
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The government of South Sudan", "government of South Sudan"),
        ("The government of Finland", "government of Finland"),
        ("The military of Peru", "military of Peru"),
    ],
)
def test_a_government_of_a_place_keeps_its_place(subject, speaker):
    """ "The government of South Sudan says …": the country's government, as
    "South Sudan's government", not a bare "government"."""
    text = f"{subject} says the vote was fair and free."
    assert _pairs(text) == [(speaker, "the vote was fair and free")]


def test_a_government_of_a_person_is_not_read_as_a_place():
    text = "The government of Prime Minister Ann Roe said the rebels attacked first."
    assert [s.speaker for s in extract(text)] != [
        "government of Prime Minister Ann Roe"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Farmers Party won the most seats on Sunday, claiming nearly half of "
        "the vote.",
        "Although the Greens claimed more votes overall, no party can govern alone.",
        "The Liberal bloc claimed about a third of the seats in the new chamber.",
    ],
)
def test_claiming_a_share_of_votes_or_seats_is_no_claim_made(text):
    """ "claiming almost one-third", "claimed more votes overall": a share won,
    no statement."""
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The rebels claimed more than 200 soldiers were killed in the raid.",
            "more than 200 soldiers were killed in the raid",
        ),
        (
            "The rebels issued a statement, claiming some 150,000 people are "
            "trapped in the valley.",
            "some 150,000 people are trapped in the valley",
        ),
    ],
)
def test_claiming_a_number_that_opens_a_clause_is_still_a_claim(text, statement):
    assert [s.text for s in extract(text)] == [statement]


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("The medical charity - Save The Children Fund -", "Save The Children Fund"),
        ("The rights group -- Amnesty Watchers --", "Amnesty Watchers"),
    ],
)
@pytest.mark.parametrize("later", ["It says", "The group said"])
def test_a_name_between_dashes_after_a_bodys_description_speaks(opening, name, later):
    """ "The medical aid group - Doctors Without Borders - warns …": the name
    set off by dashes is the body's; "it" and "the group" after it are the
    same body."""
    text = (
        f"{opening} warns the outbreak is not over. {later} the response "
        "was slow in the north."
    )
    assert [s.speaker for s in extract(text)] == [name, name]


def test_a_person_between_dashes_after_an_office_speaks():
    text = "The new president -- Ann Roe -- said the budget was balanced."
    assert _pairs(text) == [("Ann Roe", "the budget was balanced")]


@pytest.mark.parametrize(
    "text",
    [
        "Roe submitted false forms to the agency, claiming approximately $2.9 "
        "million in tuition payments.",
        "The firm claimed $40 million in refunds last year.",
    ],
)
def test_claiming_a_sum_of_money_is_no_claim_made(text):
    """ "claiming approximately $2.9 million in payments": money claimed."""
    assert extract(text) == []


def test_claiming_a_sum_that_opens_a_clause_is_still_a_claim():
    text = "The union claimed $40 million was missing from the pension fund."
    assert _pairs(text) == [("union", "$40 million was missing from the pension fund")]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "A third man, the suspected driver, was detained on Monday in the "
            "north, police spokesman Tom Berg said.",
            "A third man, the suspected driver, was detained on Monday in the north",
        ),
        (
            "The officer, the reported target of the attack, was unhurt, Ann Roe said.",
            "The officer, the reported target of the attack, was unhurt",
        ),
    ],
)
def test_a_participle_after_a_determiner_in_an_apposition_is_no_verb(text, statement):
    """ "…, the suspected bomb-maker, was arrested, X said": "the suspected" is
    an adjective in the apposition; the attribution at the end speaks."""
    assert [s.text for s in extract(text)] == [statement]


@pytest.mark.parametrize(
    "lead",
    [
        "Then, speaking through an interpreter, she added this:",
        "Later, turning to the crowd, Ann Roe said the following:",
    ],
)
def test_a_lead_in_ending_in_a_colon_reports_no_clause_before_it(lead):
    """ "Then, speaking through an interpreter, he added this:": the words
    before the verb are how it was said, not a statement."""
    text = f"Ann Roe spoke in Oslo on Monday.\n\n{lead}\n\nThe work is done."
    assert not any(s.text.startswith(lead.split(",")[0]) for s in extract(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Prime Minister Ann Roe lashed out at the press on Friday for "
            "allegedly twisting her words.",
            "lashed out at",
        ),
        (
            "The union hit out at the airline over its new rosters.",
            "hit out at",
        ),
    ],
)
def test_lashing_out_at_someone_for_something_is_a_stance(text, cue):
    """ "X lashed out at Y for …": an attack in words, the sentence X's."""
    assert [(s.cue, s.text) for s in extract(text)] == [(cue, text)]


def test_lashing_out_at_something_with_no_reason_is_no_statement():
    assert extract("The workers lashed out at the machine with hammers.") == []


def test_a_description_in_the_second_clause_after_but_is_its_subjects():
    """ "Iran says the victims were pilgrims, but a rebel commander describes
    them as elite guards": the first report ends at ", but"; the second
    clause is the commander's description."""
    text = (
        "Oslo says the men were tourists, but a commander with the rebel army "
        "describes them as elite soldiers."
    )
    pairs = [(s.speaker, s.cue) for s in extract(text)]
    assert pairs == [("Oslo", "says"), ("commander with the rebel army", "describes")]
    assert extract(text)[0].text == "the men were tourists"


@pytest.mark.parametrize(
    ("text", "owner", "charge"),
    [
        (
            "Governor Ann Roe visited the school. A spokesman, Tom Berg, said the "
            "governor's remarks accusing teachers of laziness were unfair.",
            "Ann Roe",
            "accusing teachers of laziness",
        ),
        (
            "Union leader Tom Berg said Ann Roe's comments blaming nurses for the "
            "delays had angered staff.",
            "Ann Roe",
            "blaming nurses for the delays",
        ),
    ],
)
def test_a_persons_remarks_accusing_someone_are_that_persons_charge(
    text, owner, charge
):
    """ "X said Y's remarks accusing Z of … were unfair": the charge nested in
    X's statement is Y's, up to the outer clause's verb."""
    pairs = _pairs(text)
    assert (owner, charge) in pairs
    assert ("Tom Berg", charge) not in pairs


@pytest.mark.parametrize("quantifier", ["some", "many", "most"])
def test_a_bare_plural_then_that_and_a_quantifier_that_says(quantifier):
    """ "new headquarters that some said project a modern image": the
    relative clause is the view of "some", not the sentence subject's."""
    text = (
        "The league moved into shiny new offices that "
        f"{quantifier} said project a modern image of the sport."
    )
    assert _pairs(text) == [
        (quantifier, f"that {quantifier} said project a modern image of the sport")
    ]


def test_a_verb_then_that_and_a_quantifier_is_the_verbs_clause():
    text = "Roe argued that some say the plan is too costly for the city."
    assert ("Roe", "some say the plan is too costly for the city") in _pairs(text)


def test_a_relative_clause_after_the_listener_is_no_statement():
    """ "“…,” Roe told Berg, who has coached the team for a decade.": the
    relative clause describes the listener."""
    text = "“We will win this race,” Roe told Berg, who has coached the team for years."
    assert _pairs(text) == [("Roe", "We will win this race")]


def test_a_that_clause_after_the_listeners_relative_clause_is_what_was_told():
    text = "Roe told Berg, who has coached the team for years, that the race was lost."
    assert _pairs(text) == [("Roe", "the race was lost")]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Warships sailed near the island, which Beijing sees as part of its "
            "territory.",
            "Beijing",
            "which Beijing sees as part of its territory",
        ),
        (
            "Warships sailed near the island, which China considers a breakaway "
            "province, on Monday.",
            "China",
            "which China considers a breakaway province",
        ),
    ],
)
def test_a_view_in_a_relative_clause_is_its_holders(text, speaker, statement):
    """ "Taiwan, which Beijing sees as part of its territory": the view of the
    one named in the relative clause, up to its end."""
    assert (speaker, statement) in _pairs(text)


@pytest.mark.parametrize("city", ["Beijing", "Nanjing"])
def test_a_city_ending_in_ing_is_no_participle(city):
    text = f"{city} says the ships were spying on the coast."
    assert _pairs(text) == [(city, "the ships were spying on the coast")]


@pytest.mark.parametrize(
    "text",
    [
        "Having said that, the two sides met again on Friday.",
        "Having said this, the plan did not change the budget.",
        "All told, the storm cost the county about $3 million.",
        "All told this means that 40 homes were lost in the fire.",
    ],
)
def test_a_set_phrase_before_a_verb_of_saying_is_no_speaker(text):
    """ "Having said that, …", "All told, …": a set phrase, no one speaking."""
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The bridge will reopen in May, Marine Corps Public Affairs Officer "
            "Maj. Gen. Ann Castillo Berg said on Monday.\n\n"
            "The repairs cost little, the general said.",
            "Ann Castillo Berg",
        ),
        (
            "The bridge will reopen in May, Army Lt. Col. Tom Wendt said on Monday."
            "\n\nThe repairs cost little, the colonel said.",
            "Tom Wendt",
        ),
    ],
)
def test_a_service_and_a_rank_before_a_name_leave_the_person(text, speaker):
    """ "Air Force Brig. Gen. Ann Lee said": a service's name, then a rank's
    abbreviation, then the person, however long the run; "the general" later
    is the same person."""
    assert [s for s, _ in _pairs(text)] == [speaker, speaker]


def test_a_surname_before_a_suffix_names_the_person():
    text = (
        "Team captain Walter Jon Ames III set a record on Sunday.\n\n"
        "“I never thought it would happen,” Ames said."
    )
    assert _pairs(text) == [("Walter Jon Ames III", "I never thought it would happen")]


@pytest.mark.parametrize(
    ("text", "outer", "inner", "statement"),
    [
        (
            "The Dutch news agency reports a police spokesman told journalists "
            "that two suspects had been arrested.",
            "Dutch news agency",
            "police spokesman",
            "two suspects had been arrested",
        ),
        (
            "State radio reported an army colonel said the border was closed.",
            "State radio",
            "colonel",
            "the border was closed",
        ),
    ],
)
def test_a_report_of_another_speakers_words_is_a_clause(text, outer, inner, statement):
    """ "X reports a spokesman told journalists that …": what X reports is a
    clause, the spokesman's words nested in it, not an object of "reports"."""
    pairs = _pairs(text)
    assert pairs[0][0] == outer
    assert not pairs[0][1].startswith(("The ", "State "))
    assert any(s.endswith(inner) and t == statement for s, t in pairs)


def test_a_report_of_a_figure_is_still_the_sentence():
    text = "The bank reported a loss of four million dollars in May."
    assert _pairs(text) == [("bank", text)]


def test_a_quotation_after_a_nested_report_goes_on_with_the_report():
    """ "The Herald reports Roe said that …. “Mr. Roe said …”": the quotation
    is the Herald's, whose report the nested words were in."""
    text = (
        "The Daily Herald reports Roe said that the plan was dead.  “Mr. Roe said "
        "the last council wasted money. He pointed to the new stadium."
    )
    pairs = _pairs(text)
    assert ("Roe", "the plan was dead") in pairs
    assert pairs.count(("Roe", "the plan was dead")) == 1
    assert [s for s, _ in pairs[-2:]] == ["Daily Herald", "Daily Herald"]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The mayor warned reporters that the bridge would close.",
            "the bridge would close",
        ),
        ("The coach warned them that the season was over.", "the season was over"),
    ],
)
def test_a_warnings_listener_is_not_what_was_said(text, statement):
    """ "warned reporters that …": whom the warning was given, then what."""
    assert [t for _, t in _pairs(text)] == [statement]


def test_a_lower_case_title_before_a_name_is_the_persons_role_later():
    """ "stopped by deputy mayor Tom Ferris, from the transport office," then
    "the deputy mayor warned him that …": the same person, whose title came
    before the name and an appositive after it."""
    text = (
        "Lee said he was stopped by deputy mayor Tom Ferris, from the city "
        "transport office. He said the deputy mayor warned him that he would lose "
        "his job."
    )
    assert ("Tom Ferris", "he would lose his job") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Geneva-based Center for Labor Studies said 300 workers were "
            "fired. The center said most were women.",
            "Center for Labor Studies",
        ),
        (
            "The Kenya Wildlife Observatory reported that 40 elephants died. "
            "The observatory said most were poached.",
            "Kenya Wildlife Observatory",
        ),
    ],
)
def test_the_noun_heading_a_bodys_name_is_the_body_later(text, speaker):
    """ "The Syrian Observatory for Human Rights said … The observatory said
    …": the body by the noun that heads its own name; "Geneva-based" before it
    is where it is, no part of the name."""
    assert [s for s, _ in _pairs(text)] == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "Police accused Tom Berg of fraud last year. He denies the allegation.",
            "Tom Berg",
        ),
        ("Acme accused Globex of stealing its designs. It denied the claim.", "Globex"),
        (
            "Turkey blames the bombing on the Kurdish Workers Party. It denies any role.",
            "Kurdish Workers Party",
        ),
    ],
)
def test_a_pronoun_denying_an_accusation_is_the_accused(text, denier):
    """ "X blames the attack on Y. It denies the charge.": the accused denies."""
    assert _pairs(text)[-1][0] == denier


def test_a_denial_after_no_accusation_keeps_its_pronoun():
    text = "The ministry said the report was false. It denies any wrongdoing."
    assert [s for s, _ in _pairs(text)] == ["ministry", "ministry"]


def test_a_quotation_signed_on_the_line_below_with_name_and_role():
    """ "“…” // Ann Lee, mission specialist": a quotation signed on its own
    line below with the name and a role in lower case."""
    text = (
        "Here is what the new class of teachers said.\n\n"
        "“I never thought I would get this far.”\nMaria Lopez, science teacher\n\n"
        "“It is a dream come true.”\nTom Baker, history teacher."
    )
    assert _pairs(text) == [
        ("Maria Lopez", "I never thought I would get this far."),
        ("Tom Baker", "It is a dream come true."),
    ]


def test_a_place_on_the_line_below_a_quotation_signs_nothing():
    text = "The crowd was large.\n\n“We will be back.”\nRiver City, Ohio"
    assert _pairs(text) == []


def test_a_script_set_all_in_capitals_is_read_like_mixed_case():
    """A broadcast script of the 1990s in capitals: its names and verbs read as
    in mixed case, the statements given in the script's own capitals."""
    text = (
        "INTRO: PRIME MINISTER HELEN MARSH SAYS THE GOVERNMENT WILL CUT TAXES ON "
        "FUEL BEFORE THE WINTER. OUR CORRESPONDENT PETER VALE REPORTS FROM THE "
        "CAPITAL.\n\n"
        "TEXT: SPEAKING TO FARMERS IN THE NORTH OF THE COUNTRY, MS. MARSH SAID "
        "THE PRICE OF DIESEL HAD BECOME A BURDEN FOR RURAL FAMILIES.\n\n"
        "OPPOSITION LEADER TOM GREENE SAYS THE PLAN COMES TOO LATE."
    )
    pairs = _pairs(text)
    assert (
        "Helen Marsh",
        "THE GOVERNMENT WILL CUT TAXES ON FUEL BEFORE THE WINTER",
    ) in pairs
    assert (
        "Helen Marsh",
        "THE PRICE OF DIESEL HAD BECOME A BURDEN FOR RURAL FAMILIES",
    ) in pairs
    assert ("Tom Greene", "THE PLAN COMES TOO LATE") in pairs


def test_an_aside_in_the_first_person_after_which_is_no_report():
    text = "The deal gives a role to the Russians, which I think is fair, and I am pleased."
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Envoy Marco De Luca arrived on Monday.\n\n"
            "Mr. De Luca says the talks are on track.",
            "De Luca",
        ),
        (
            "Judge Pieter van Dam ruled on Friday.\n\n"
            "Dr. Van Dam says the case is closed.",
            "Van Dam",
        ),
    ],
)
def test_a_surnames_particle_after_a_title_is_the_name(text, speaker):
    """ "Mr. De Soto says …": "De" opens the surname, not an office's "of"."""
    assert [s for s, _ in _pairs(text)][-1] == speaker


@pytest.mark.parametrize("office", ["mediator", "envoy", "negotiator"])
def test_a_go_betweens_office_names_the_person_later(office):
    text = (
        f"U.N. {office} Karl Brandt met both leaders on Monday.\n\n"
        f"The {office} says the talks are on track."
    )
    assert _pairs(text) == [("Karl Brandt", "the talks are on track")]


def test_a_report_of_an_office_holders_words_after_a_relative_clause():
    """ "X reports the secretary-general, who is leading the talks in Vienna,
    Austria, says …": the office's holder named before speaks, not the place
    inside the relative clause."""
    text = (
        "Secretary-General Hanna Olsen opened the meeting. Tom Reyes in Vienna "
        "reports the secretary-general, who is leading the talks in Vienna, "
        "Austria, says a deal must be reached by Friday."
    )
    pairs = _pairs(text)
    assert pairs[0][0] == "Tom Reyes"
    assert ("Hanna Olsen", "a deal must be reached by Friday") in pairs


def test_a_news_agencys_report_relays_the_nested_speaker():
    text = (
        "The French news agency reports a police colonel told journalists that "
        "the road was reopened."
    )
    nested = [s for s in extract(text) if s.text == "the road was reopened"]
    assert [(s.speaker, s.via) for s in nested] == [
        ("police colonel", "French news agency")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Germany and Italy have voiced alarm over the fighting near the port.",
            "Germany and Italy",
        ),
        ("The senator expressed strong support for the new budget.", "senator"),
        ("Canada voiced deep concern about the arrests of reporters.", "Canada"),
    ],
)
def test_a_stance_voiced_about_something_is_the_sentences_statement(text, speaker):
    """ "have voiced growing alarm of an imminent massacre": a stance named as a
    noun and what it is about, with no clause, is the whole sentence."""
    assert _pairs(text) == [(speaker, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Like many parents, he expressed anger about the search effort.",
        "He expressed his thanks to the crowd.",
    ],
)
def test_a_feeling_expressed_is_no_stance_stated(text):
    assert _pairs(text) == []


def test_a_claim_discounted_is_a_stance():
    text = "The governor discounted fears that the new tax would drive firms away."
    assert _pairs(text) == [("governor", text)]


def test_a_price_discounted_is_no_stance():
    assert _pairs("The store discounted its winter coats by half.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Mayor Ruth Kimani spoke on Monday. Later she attacked the builders and "
            "the county, which she accused of ignoring the flood warnings.",
            "Ruth Kimani",
            "which she accused of ignoring the flood warnings",
        ),
        (
            "Officials hunted the rebels, whom the army blames for the bombing of "
            "the bridge.",
            "army",
            "whom the army blames for the bombing of the bridge",
        ),
    ],
)
def test_a_relative_clause_whose_subject_accuses_the_noun_before(
    text, speaker, statement
):
    """ "Khartoum, which she accused of masquerading as a peacemaker": the
    relative clause's subject accuses the noun it follows."""
    assert (speaker, statement) in _pairs(text)
    assert not any(s.startswith(("whom", "which")) for s, _ in _pairs(text))


def test_a_hyphened_modifier_before_a_place_is_no_persons_name():
    text = (
        "The envoy criticized Arab-dominated Khartoum on Monday. She said the "
        "talks had stalled."
    )
    assert _pairs(text)[-1] == ("envoy", "the talks had stalled")


@pytest.mark.parametrize(
    ("second", "statement"),
    [
        (
            "But, as he put it, reform must be debated in parliament.",
            "reform must be debated in parliament",
        ),
        ("In his words, the old tax was a disaster.", "the old tax was a disaster"),
        (
            "The new road will save lives, as Okafor put it.",
            "The new road will save lives",
        ),
        (
            "In Okafor's own words, the bridge is unsafe.",
            "the bridge is unsafe",
        ),
    ],
)
def test_as_he_put_it_and_in_his_words_name_whose_words(second, statement):
    text = "Governor Daniel Okafor spoke to farmers on Monday. " + second
    assert _pairs(text) == [("Daniel Okafor", statement)]


def test_the_giver_of_the_following_statement_is_the_name_before_its_appositive():
    """ "NASA astronaut Ann Berg, commander of the mission aboard the
    International Space Station, made the following statement:": the name
    before the appositive gives it, not a name inside the appositive."""
    text = (
        "HOUSTON -- Today, NASA astronaut Ann Berg, commander of the shuttle "
        "mission aboard the International Space Station, made the following "
        "statement:\n\n“We will keep going. The station is our home in orbit.”"
    )
    assert {s for s, _ in _pairs(text)} == {"Ann Berg"}


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Sergeant Ann Lee explained how the drill showed her how much her "
            "leaders cared.",
            "the drill showed her how much her leaders cared",
        ),
        (
            "Chief Tom Diaz explained how his crew had saved the barn in minutes.",
            "his crew had saved the barn in minutes",
        ),
    ],
)
def test_explained_how_a_clause_is_the_clause(text, statement):
    assert [t for _, t in _pairs(text)] == [statement]


@pytest.mark.parametrize(
    "text",
    [
        "The minister explained how to apply for the grant.",
        "Piazza explains how people change their timbre.",
    ],
)
def test_explained_how_to_or_a_general_topic_is_no_statement(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Kenya's president Ruth Wanjiru is the latest African leader to say "
            "the new tariffs will hurt farmers.",
            "Ruth Wanjiru",
            "the new tariffs will hurt farmers",
        ),
        (
            "Norway became the first country to warn that the fishing quota was "
            "too high.",
            "Norway",
            "the fishing quota was too high",
        ),
    ],
)
def test_the_latest_to_say_says_it(text, speaker, statement):
    assert _pairs(text) == [(speaker, statement)]


def test_the_first_to_say_no_is_no_statement():
    assert _pairs("Ann Lee was the first woman to say no to the board.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Egypt's leader, President Abdel Fattah el-Sisi, said on Monday the "
            "border would reopen.",
            "Abdel Fattah el-Sisi",
            "the border would reopen",
        ),
        (
            "Libya's navy chief, Admiral Omar al-Tarhouni, said in a statement "
            "that two boats had sunk.",
            "Omar al-Tarhouni",
            "two boats had sunk",
        ),
    ],
)
def test_a_titled_name_with_an_arabic_article_after_a_description(
    text, speaker, statement
):
    assert _pairs(text) == [(speaker, statement)]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "The rebels, who seized the port town, Kismayo, last week, have said "
            "they will advance on the capital.",
            "rebels",
            "they will advance on the capital",
        ),
        (
            "The insurgents, who took the northern city, Mosul, in June, said "
            "they would hold elections.",
            "insurgents",
            "they would hold elections",
        ),
    ],
)
def test_a_group_before_a_relative_clause_with_commas_speaks(text, speaker, statement):
    assert _pairs(text) == [(speaker, statement)]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Ann Lee spoke with reporter Tom Hale, saying the drought had ruined "
            "the harvest.",
            "Ann Lee",
            "the drought had ruined the harvest",
        ),
        (
            "Carla Diaz, head of the port workers' union talked to radio host "
            "Mark Bell, saying the strike would go on.",
            "Carla Diaz",
            "the strike would go on",
        ),
    ],
)
def test_the_one_spoken_to_is_not_the_participles_subject(text, speaker, statement):
    assert _pairs(text) == [(speaker, statement)]


_CAPS_SCRIPT = (
    "ARMY ENGINEERS ARE IN NORWAY THIS WEEK FOR A WINTER BRIDGING EXERCISE ON THE "
    "FROZEN RIVERS OF THE NORTH, WHERE THEY BUILD AND TEAR DOWN PONTOON BRIDGES "
    "IN THE DARK AND THE COLD. {lead} THE COLD TESTS EVERY PIECE OF EQUIPMENT "
    'THEY BRING.\n\n"WE LEARN SOMETHING NEW EVERY SINGLE DAY OUT HERE."\n'
)


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("SERGEANT KAREN HOLDING SAYS", "Karen Holding"),
        ("CAPTAIN OMAR RASHED SAYS", "Omar Rashed"),
        ("NORWEGIAN MAJOR LARS BERG AGREES, SAYING", "Lars Berg"),
    ],
)
def test_a_script_in_capitals_keeps_its_speakers_name_whole(lead, speaker):
    pairs = _pairs(_CAPS_SCRIPT.format(lead=lead))
    assert pairs and {who for who, _ in pairs} == {speaker}


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Major Ruth Okafor, head of the field hospital, explains their mission.",
            "Ruth Okafor",
        ),
        ("Dr. Sam Ortiz, the clinic's director, explains its mission.", "Sam Ortiz"),
    ],
)
def test_a_name_and_description_before_a_verb_and_its_object_lead_a_quote(
    lead, speaker
):
    text = f'{lead}\n\n"We open at dawn. Nobody is turned away."'
    assert {who for who, _ in _pairs(text)} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Captain Rosa Lind commander of the 3rd Signal Company said the "
            "network was back up.",
            "Rosa Lind",
            "the network was back up",
        ),
        (
            "Tom Hale director of the Port Authority said the dock would stay closed.",
            "Tom Hale",
            "the dock would stay closed",
        ),
    ],
)
def test_a_name_then_its_role_with_no_comma_is_the_name(text, speaker, statement):
    assert _pairs(text) == [(speaker, statement)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The president of the Maldives says the islands need help with the "
            "rising sea.",
            "president of the Maldives",
        ),
        (
            "The mayor of The Hague said the tram line would reopen next week.",
            "mayor of The Hague",
        ),
    ],
)
def test_an_unnamed_office_keeps_its_place_after_the(text, speaker):
    assert [who for who, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Rebels said the rockets had closed the harbour, through which the "
            "army maintains its supplies.",
            "Rebels",
            "the rockets had closed the harbour, through which the army maintains "
            "its supplies",
        ),
        (
            "Farmers said the flood had cut the road, by which the ministry "
            "reports its deliveries.",
            "Farmers",
            "the flood had cut the road, by which the ministry reports its deliveries",
        ),
    ],
)
def test_a_verb_in_a_relative_clause_after_a_preposition_attributes_nothing(
    text, speaker, statement
):
    assert _pairs(text) == [(speaker, statement)]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "INTRO: Peru's president appealed Monday for foreign help, warning "
            "that the mudslides could cut off the northern towns.",
            "Peru's president",
            "the mudslides could cut off the northern towns",
        ),
        (
            "TEXT: Speaking in the capital, Minister Rosa Lind said the roads "
            "would reopen within a week.",
            "Rosa Lind",
            "the roads would reopen within a week",
        ),
    ],
)
def test_a_scripts_intro_and_text_markers_are_no_speakers(text, speaker, statement):
    assert _pairs(text) == [(speaker, statement)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The British Ambassador in Lima said the embassy would stay open.",
            "British Ambassador in Lima",
        ),
        ("The U.N. Envoy to Yemen said the truce was holding.", "U.N. Envoy to Yemen"),
    ],
)
def test_an_office_in_capitals_without_its_holder_speaks_as_the_office(text, speaker):
    assert [who for who, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "From Quito, Ann Lee reports the farmers are claiming to have lost "
        "their whole crop.",
        "From Quito, she reports the farmers are claiming to have lost their "
        "whole crop.",
    ],
)
def test_reports_after_its_subject_is_a_verb_not_a_nested_report(text):
    assert "reports" not in {who for who, _ in _pairs(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Lifeguards found and rescued two swimmers off the north pier late on "
        "Sunday evening.",
        "Roe, who in 2019 declared herself the party's interim leader, spoke in Leeds.",
        "The colonel declared himself president after the coup.",
    ],
)
def test_two_acts_on_one_object_or_an_office_taken_say_nothing(text):
    assert _pairs(text) == []


def test_declaring_oneself_the_winner_is_still_a_claim():
    assert [
        w for w, _ in _pairs("The mayor declared herself the winner of the race.")
    ] == ["mayor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rosa Lind told reporter Sam Ortiz of Radio Norte that the mine would "
            "reopen in May.",
            [("Rosa Lind", "the mine would reopen in May")],
        ),
        (
            "Rosa Lind told a correspondent of the French agency that Mr. Beck "
            "told her that he would resign.",
            [
                ("Rosa Lind", "Mr. Beck told her that he would resign"),
                ("Beck", "he would resign"),
            ],
        ),
    ],
)
def test_a_listener_with_a_description_ends_at_that(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        (
            "Rosa Lind, head of the dockers' union, announced the union's demand: "
            "“A fair wage for every shift.”",
            ["A fair wage for every shift."],
        ),
        (
            "Coach Ana Ruiz declared the team’s goal: “We want the title this year.”",
            ["We want the title this year."],
        ),
    ],
)
def test_a_short_object_before_a_colon_leads_in_the_quotation(text, statements):
    assert [t for _, t in _pairs(text)] == statements


@pytest.mark.parametrize(
    "text",
    [
        "There has been no official comment on the arrests, but there is talk "
        "that the mayor knew of them.",
        "There was little comment from the ministry on the new figures.",
        "Radio Sur correspondent Lucia Mendes reported from Quito.",
        "Tom Hale reported from Nairobi, Kenya.",
    ],
)
def test_no_comment_and_a_filing_credit_say_nothing(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The two deaths were confirmed by the health ministry on Monday.",
            "health ministry",
        ),
        (
            "The new fares were announced by the Transit Authority after a long "
            "review.",
            "Transit Authority",
        ),
    ],
)
def test_a_passive_with_its_agent_is_the_agents_statement(text, speaker):
    assert _pairs(text) == [(speaker, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee was confirmed by the Senate today as ambassador to Chile.",
        "At least six aftershocks had been reported by 9:15 p.m. on Monday.",
    ],
)
def test_a_confirmation_vote_or_a_time_is_no_agent(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels continued firing mortars at the airport through the night.",
        "The navy continues patrolling the strait with three frigates.",
    ],
)
def test_continuing_an_activity_is_no_report(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Ann Lee met Tom Hale on Monday. Lee called the vote that Hale claims "
            "to have won a “sham,” and she noted that four nations have rejected "
            "the result.",
            "four nations have rejected the result",
        ),
        (
            "Rosa Lind met Sam Ortiz in Quito. Lind praised the plan Ortiz says he "
            "drafted, and she noted that it would cost little.",
            "it would cost little",
        ),
    ],
)
def test_a_pronoun_after_and_goes_on_with_the_sentences_subject(text, statement):
    pairs = dict((t, w) for w, t in _pairs(text))
    assert pairs[statement] in ("Ann Lee", "Rosa Lind")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The storm will hit tonight,” meteorologist Anne Clark in Denver said.",
            "Anne Clark",
        ),
        ("“Prices will rise,” Tom Roe of Dover, Delaware, said.", "Tom Roe"),
        ("Tom Roe of Dover, Delaware, said prices would rise.", "Tom Roe"),
        ("“We are ready,” Sgt. Paul Hart of Laurens, S.C., said.", "Paul Hart"),
        (
            "Lt. Col. Mark Owens, brigade commander, from Akron, Ohio, said the "
            "range was ready.",
            "Mark Owens",
        ),
        ("“Rates will stay low,” the Bank of England, said.", "Bank of England"),
    ],
)
def test_news_a_home_town_or_a_place_after_a_name_is_not_the_speaker(text, speaker):
    """Where a speaker comes from or stands, after the name, does not speak."""
    assert [s.speaker for s in extract(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Acting Secretary Tom Wells visited the base on Monday. During his visit, "
        "Wells met Soldiers of a battalion deployed to the base from Fort Hale, "
        "Texas.\n\n“We are proud of you,” he told the Soldiers.",
        "Acting Secretary Tom Wells visited the base on Monday. During his visit, "
        "Wells met Soldiers of the 3rd Battalion, 9th Cavalry Regiment.\n\n"
        "“We are proud of you,” he told the Soldiers.",
        "Acting Secretary Tom Wells visited the base on Monday. He met a medic "
        "from Glen Falls, N.Y.\n\n“We are proud of you,” he told the Soldiers.",
    ],
)
def test_news_a_town_with_its_state_or_a_unit_is_no_antecedent_of_he(text):
    """A town and its state after a preposition, or a unit's name, is no person."""
    assert [s.speaker for s in extract(text)] == ["Tom Wells"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The talks joined the existing mechanisms,” Gen. Paul Roe, Commander "
            "of Joint Forces Command said in a statement.",
            "Paul Roe",
        ),
        (
            "Dr. Ann Hale, NOAA lead fisheries scientist on the report said the "
            "results were unclear.",
            "Ann Hale",
        ),
        (
            "Tom Baxter, of the Center for the Study of Policy, at Kings College in "
            "London, says Western nations are now more careful.",
            "Tom Baxter",
        ),
        (
            "Gaza resident Lina Farouk, a member of the advocacy group, Voices Of "
            "Gaza, or VOG, told reporters the strikes are everywhere.",
            "Lina Farouk",
        ),
        (
            "Joined by Acting Administrator Ray Dunn, Attorney General Ann Lee "
            "announced the new rules.",
            "Ann Lee",
        ),
    ],
)
def test_news_a_name_then_only_its_descriptions_speaks(text, speaker):
    """A name, then a role, a workplace, a group's name or an alias: the name."""
    assert [s.speaker for s in extract(text)] == [speaker]


def test_news_the_office_named_before_with_its_holder_is_the_holder():
    """ "The chairman …. “…,” he said.": the chairman the article named."""
    text = (
        "“We have a great team,” Gen. Tom Hale, the chairman of the board, said "
        "in an interview.\n\nHale led the long journey across the country.\n\n"
        "The chairman planned the trip to meet every worker. “I wanted to see "
        "them all,” he said."
    )
    assert [s.speaker for s in extract(text)] == ["Tom Hale", "Tom Hale"]


def test_news_a_rank_after_a_service_name_titles_the_person():
    """ "Marine Corps Sgt. Maj. Tom Hale" is "the sergeant major" later."""
    text = (
        "Marine Corps Sgt. Maj. Tom B. Hale, senior enlisted advisor to the chairman, "
        "joined the ceremony at the tomb.\n\n“We remember the fallen,” the sergeant "
        "major said.\n\n“What better place for us?” he said."
    )
    assert [s.speaker for s in extract(text)] == ["Tom B. Hale", "Tom B. Hale"]


def test_news_the_reporter_someone_spoke_to_is_no_antecedent_of_he():
    """ "… spoke to VOA reporter Paul Odhiambo. ¶ He said …": not the reporter."""
    text = (
        "John Kimani of Kenya observed the vote. After the results were announced "
        "in Ohio he spoke to VOA reporter Paul Odhiambo.\n\nHe said he was "
        "impressed by the speed of the count."
    )
    assert [s.speaker for s in extract(text)] == ["John Kimani"]


def test_news_a_nation_is_no_person_whose_surname_a_he_takes_up():
    """ "our Nation’s parks" is no mention of a person "… Nation"."""
    text = (
        "Today, Secretary of the Interior Tom Hale traveled to Dover, where he met "
        "park staff.\n\nSecretary Hale underscored the work of local officials in "
        "protecting our Nation’s parks. Additionally, he reiterated that the parks "
        "are open to visitors.\n\nSecretary Hale also met with Chairman Sam Lee and "
        "other elders of the Akimel O’otham Nation."
    )
    assert [s.speaker for s in extract(text)] == ["Tom Hale"]


def test_news_an_opening_phrase_without_its_comma_then_a_surname():
    """ "In basic training and beyond Roe said …": Roe, not the training."""
    text = (
        "Gen. Tom Roe visited the school on Monday.\n\nIn Basic Combat Training and "
        "beyond Roe said the manner of training needs to change."
    )
    assert [s.speaker for s in extract(text)] == ["Tom Roe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputy Secretary Tom Roe visited the base on Friday.\n\n“It’s people "
            "like you who make the difference,” the deputy secretary told all "
            "service members he met here.",
            [("Tom Roe", "It’s people like you who make the difference")],
        ),
        (
            "“I was with him last week,” Tom Roe told the troops, “and he wanted "
            "me to thank you.”",
            [
                ("Tom Roe", "I was with him last week"),
                ("Tom Roe", "and he wanted me to thank you."),
            ],
        ),
    ],
)
def test_news_whom_a_quotation_was_told_to_is_no_clause(text, expected):
    """ "“…,” X told all the troops he met": the listeners, no statement."""
    assert _pairs(text) == expected


def test_news_what_the_party_said_was_is_the_partys_statement():
    """ "… despite what the party said was provocation": the party's, alone."""
    text = (
        "The Lakeside Unity Party held a rally on Sunday. The leader of the party "
        "called on supporters this week to stay calm despite what the party said "
        "was extreme provocation by the ruling party."
    )
    found = [(s.speaker.lower(), s.text) for s in extract(text)]
    assert len(found) == 1
    assert found[0][0].endswith("party")
    assert found[0][1] == (
        "what the party said was extreme provocation by the ruling party"
    )


def test_news_what_she_calls_with_a_comma_before_the_quotation():
    """ "… held in what she calls, “a hostile climate.”": her words."""
    text = (
        "Ann Lee, a senior member of the party, has been critical of the talks "
        "because they are being held in what she calls, “a hostile climate.”"
    )
    assert _pairs(text) == [("Ann Lee", "what she calls, “a hostile climate.”")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group told local media networks to end their contracts with the "
            "two agencies.",
            [],
        ),
        (
            "Security sources told VOA News the directive to stop him came from the "
            "top.",
            [("Security sources", "the directive to stop him came from the top")],
        ),
    ],
)
def test_news_told_three_lowercase_words_to_do_is_an_instruction(text, expected):
    """ "told local media networks to end …": an instruction, no statement."""
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Washington think tank says the port is likely to close within weeks.",
            [("Washington think tank", "the port is likely to close within weeks")],
        ),
        (
            "A think tank says the port is likely to close, the BBC reports.",
            [("think tank", "the port is likely to close")],
        ),
        (
            "Think tanks said the tax would not raise much money.",
            [("Think tanks", "the tax would not raise much money")],
        ),
    ],
)
def test_news_think_tank_is_a_speaker_not_a_verb(text, expected):
    """ "A think tank says …": "think" before "tank" is no verb; the tank speaks."""
    assert _pairs(text) == expected


def test_news_he_after_someone_asked_him_is_the_one_asked():
    """ "Ann Lee asked him about the war. He says …": the man asked speaks."""
    text = (
        "Major Tom Reed is a spokesman for the army. Radio Ten's Ann Lee asked him "
        "to describe the fighting.\n\nHe says the rebels are weak and scattered."
    )
    assert _pairs(text) == [("Tom Reed", "the rebels are weak and scattered")]


def test_news_he_after_a_long_quotation_is_the_speaker_before_it():
    """A long quotation after "X told VOA …" puts no distance between X and "he"."""
    long_quote = " ".join(
        f"The raid on the {place} camp was meant to wreck the talks."
        for place in ("northern", "southern", "eastern", "western", "coastal", "river")
    )
    text = (
        "The raid came after rebel leader John Hale refused to sign a deal.\n\n"
        "Rebel negotiator Tom Reed told VOA the raid was a failure because with "
        "Hale still at large, the war can only end through talks.\n\n"
        f"“{long_quote} It failed, and everyone can see that it failed in the end "
        "for all of us,” he said."
    )
    assert {speaker for speaker, _ in _pairs(text)} == {"Tom Reed"}


def test_news_quotation_below_a_rejected_claim_is_the_rejecters():
    """ "Roe rejected Lee's claims that …" ¶ "“…”": Roe goes on, not Lee."""
    text = (
        "Tom Reed rejected army spokesman John Hale's claims that the raid was a "
        "success because many rebels were killed.\n\n"
        "“What do you call success? You call killing people a success?”"
    )
    assert _pairs(text)[2:] == [
        ("Tom Reed", "What do you call success?"),
        ("Tom Reed", "You call killing people a success?"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Union leaders responded that they would not accept the offer.",
            [("Union leaders", "they would not accept the offer")],
        ),
        (
            "The governor hinted that she would run again next year.",
            [("governor", "she would run again next year")],
        ),
        (
            "Tom Lee retorted that the budget was a fraud.",
            [("Tom Lee", "the budget was a fraud")],
        ),
        ("Firefighters responded to reports that a house was burning.", []),
        ("The minister hinted at a deal with the unions.", []),
    ],
)
def test_news_responded_hinted_retorted_that(text, expected):
    """A reply, a hint or a retort with "that" and its clause is a statement."""
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "The mayor said on Monday that the road was “long and hard” and needed "
            "all of the city's “money and time,” Reuters reported.",
            "mayor",
            "Reuters",
        ),
        (
            "The governor told the council it would have to “learn the words "
            "'thrift' and 'saving,'” Radio Free Europe/Radio Liberty reported.",
            "governor",
            "Radio Free Europe/Radio Liberty",
        ),
    ],
)
def test_news_quoted_words_inside_a_clause_an_outlet_relays(text, speaker, via):
    """ "X said … “…” and … “…,” Reuters reported.": one report of X's, relayed."""
    found = extract(text)
    assert [(s.speaker, s.via) for s in found] == [(speaker, via)]


def test_news_a_brotherhood_is_no_person_saying():
    """ "… leaders of the Elbonian Freedom Brotherhood Wednesday, saying …": the
    sentence's subject says it; a Brotherhood is a body, not a person."""
    text = (
        "The army arrested Lee and other leaders of the Elbonian Freedom "
        "Brotherhood Wednesday, saying the arrests were needed to stop riots."
    )
    assert _pairs(text) == [("army", "the arrests were needed to stop riots")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Witnesses report at least four people were hurt in the blast.",
            [("Witnesses", "at least four people were hurt in the blast")],
        ),
        ("The reports at least mentioned the fire.", []),
    ],
)
def test_news_report_at_least_a_count_is_a_verb(text, expected):
    """ "Witnesses report at least four people were hurt": "report" is the verb."""
    assert _pairs(text) == expected


def test_news_name_then_a_long_affiliation_and_its_city():
    """ "Senior analyst Ann Roe of the Center for … in Washington said": Roe."""
    text = (
        "Senior analyst Ann Roe of the Center for Strategic and International "
        "Studies in Washington said the talks would fail."
    )
    assert _pairs(text) == [("Ann Roe", "the talks would fail")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A local news media report Thursday said the army was moving troops.",
            [("local news media report", "the army was moving troops")],
        ),
        (
            "Officials report Monday that the road is closed.",
            [("Officials", "the road is closed")],
        ),
    ],
)
def test_news_report_then_its_day_then_said_is_a_noun(text, expected):
    """ "A media report Thursday said …": the report speaks; "report" is no verb."""
    assert _pairs(text) == expected


def test_news_claims_from_a_source_that():
    """ "despite claims from the capital that …": the claim is the capital's."""
    text = (
        "The rebels say troops attacked villages despite claims from the "
        "Defense Ministry that its soldiers had stood down."
    )
    assert ("Defense Ministry", "its soldiers had stood down") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "The appeals court ruled — for the third time this year — that the "
            "law was void.",
            "appeals court",
            "the law was void",
        ),
        (
            "The governor said, once again, that the bridge would be rebuilt.",
            "governor",
            "the bridge would be rebuilt",
        ),
    ],
)
def test_news_aside_between_the_verb_and_that(text, speaker, statement):
    """ "ruled — for the third time — that …": the aside is not the clause."""
    assert _pairs(text) == [(speaker, statement)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized two engineers on Monday. No group has claimed "
        "responsibility, but kidnappings are common in the region.",
        "Nobody claimed the strike had been planned.",
        "No one said the bridge was safe.",
    ],
)
def test_news_a_denied_subject_says_nothing(text):
    """ "No group has claimed responsibility": no one is said to have said it."""
    assert _pairs(text) == []


def test_news_group_at_work_in_a_place_is_the_group():
    """ "Aid workers operating in Dover say …": the workers speak, not Dover."""
    text = "Aid workers operating in Dover say they are short of drugs."
    assert _pairs(text) == [("Aid workers", "they are short of drugs")]


# The round written from the fifty-second set (ninth session).


def test_said_name_title_place_is_the_name_not_the_place():
    text = (
        "EAGLE PASS, Texas – Officers at the port intercepted narcotics.\n\n"
        "“These seizures are fine examples of our training,” said John Brandt, "
        "CBP Acting Port Director, Eagle Pass. “Our officers used every tool.”"
    )
    assert _pairs(text) == [
        ("John Brandt", "These seizures are fine examples of our training"),
        ("John Brandt", "Our officers used every tool."),
    ]


def test_said_office_then_name_still_reads_the_name():
    text = "“The range is vital,” said Center Commander, Rear Adm. Ann Lee."
    assert _pairs(text) == [("Ann Lee", "The range is vital")]


def test_signed_below_after_a_dash_with_name_and_office():
    text = (
        "“There is a sense of wonder every time I walk into this building.”\n\n"
        "—Gary Jordan, Public Affairs Manager, NASA’s Johnson Space Center"
    )
    (statement,) = extract(text)
    assert (statement.speaker, statement.cue) == ("Gary Jordan", "(signed)")
    assert (
        statement.speaker_role == "Public Affairs Manager, NASA’s Johnson Space Center"
    )


def test_according_to_a_description_then_the_name_set_off():
    text = (
        "According to a Baltimore Fire Department official, Kevin Cartwright, "
        "the fire was reported just before 5 am."
    )
    assert _pairs(text) == [
        ("Kevin Cartwright", "the fire was reported just before 5 am")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # An age after the name: the name is the clause's subject.
        "According to a spokesman, John Smith, 45, was arrested on Monday.",
        # A second description, no verb of its own: the clause's subject.
        "According to the official, John Smith, a teacher, was arrested on Monday.",
    ],
)
def test_according_to_a_description_keeps_a_name_that_opens_the_clause(text):
    speakers = [s.speaker for s in extract(text)]
    assert "John Smith" not in speakers


def test_narrators_label_is_no_part_of_the_subject():
    text = (
        "The sick are waiting, Alex McAlary reports.\n\n"
        "McALARY: Health officials say the outbreak is spreading fast.\n\n"
        "McALARY: Dr. John Lee says the clinics are full."
    )
    assert _pairs(text)[1:] == [
        ("Health officials", "the outbreak is spreading fast"),
        ("John Lee", "the clinics are full"),
    ]


def test_programme_reporter_introduced_with_tells_us_is_narration():
    text = (
        "As Rosanne Skirble tells us, the jobs must pay a living wage.\n\n"
        "SKIRBLE: Senator Debbie Stabenow observes that jobs are being exported."
    )
    assert ("Debbie Stabenow", "jobs are being exported") in _pairs(text)
    assert all(s.cue != "SKIRBLE:" for s in extract(text))


def test_second_office_of_the_one_named_is_no_second_speaker():
    text = (
        "Mike Omeri, the director general of the agency, and Coordinator of the "
        "Information Center also says the government has sent a delegation."
    )
    assert _pairs(text) == [("Mike Omeri", "the government has sent a delegation")]


def test_two_people_listed_are_not_read_as_one_with_two_offices():
    text = "Ann Lee, the mayor, and Police Chief Tom Roe say the roads are closed."
    assert "Ann Lee" not in [s.speaker for s in extract(text)]


def test_he_after_an_unnamed_one_of_several_then_the_name():
    text = (
        "“We are looking for progress,” said voter John Camara.\n\n"
        "A third voter, Peter Beckley, expressed hope for a brighter future.\n\n"
        "“I believe this is the only way,” he said."
    )
    assert _pairs(text) == [
        ("John Camara", "We are looking for progress"),
        ("Peter Beckley", "I believe this is the only way"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Doctors Without Borders says hundreds were wounded in Upper Nile, Unity and "
        "Jonglei states.",
        "Guard members are responding to floods in Nebraska, Iowa and other Midwest states.",
        "The talks will go on, the group of member states.",
    ],
)
def test_states_after_places_is_the_noun(text):
    assert all(s.cue != "states" for s in extract(text))


def test_states_after_one_speaker_is_still_the_verb():
    assert _pairs("The plan is sound, Ann Lee states.") == [
        ("Ann Lee", "The plan is sound")
    ]


# The round written from the fifty-fourth set (ninth session).


def test_a_message_sent_to_staff_is_its_senders_words():
    text = (
        "WASHINGTON - Today, HUD Secretary Marcia L. Fudge sent the following message "
        "to the Department:\n\n"
        "Hi everyone. Earlier this week I was sworn in as the 18th Secretary.\n\n"
        "The pandemic has exacerbated our nation's housing crisis."
    )
    assert _pairs(text) == [
        ("Marcia L. Fudge", "Earlier this week I was sworn in as the 18th Secretary."),
        (
            "Marcia L. Fudge",
            "The pandemic has exacerbated our nation's housing crisis.",
        ),
    ]


def test_a_podcast_hosts_turns_are_narration():
    text = (
        "Mr. Schiff: Hello I’m Neal Schiff and welcome to Inside the FBI, a weekly "
        "podcast about news. You’ve probably heard of the list.\n\n"
        "Mr. Bryant: “It was created on March 14th, 1950.”\n\n"
        "Mr. Schiff: You don’t want to be on the list. Supervisory Special Agent Brad "
        "Bryant is the chief of the unit. He says the list was first made in 1950.\n\n"
        "Mr. Schiff: What types of fugitives were on the list?"
    )
    assert _pairs(text) == [
        ("Bryant", "It was created on March 14th, 1950."),
        ("Bryant", "the list was first made in 1950"),
    ]


def test_a_greeting_and_self_introduction_are_no_part_of_a_name():
    text = "Hello I’m Neal Schiff and welcome to the show.\n\nSchiff said the show is weekly."
    assert [s.speaker for s in extract(text)] == ["Neal Schiff"]


def test_a_quotation_reached_back_into_is_never_the_speaker():
    text = (
        "In a sparse apartment, seven-year-old Mohammad describes his life in Syria: a "
        "bomb went off.\n\n"
        '"Lebanon is not as scary as Syria, but it’s not as good as home," he says, '
        "explaining that he doesn’t go to school here, and he doesn’t go out to play.\n\n"
        '"Playing was before the war," he says.'
    )
    assert "Syria" not in [s.speaker for s in extract(text)]


def test_a_relative_named_after_whose_relative_she_is():
    text = (
        "“The life here is very expensive,” says Mohammad's mother, Lina. With the rent "
        "paid only through August, she says, they cannot afford another month.\n\n"
        "Poverty, he says, is the reason he is going home."
    )
    found = extract(text)
    assert [(s.speaker, s.speaker_role) for s in found[:2]] == [
        ("Lina", "Mohammad's mother"),
        ("Lina", "Mohammad's mother"),
    ]
    # Her role says she is a woman: a later "he" is not her.
    assert all(s.speaker != "Lina" for s in found[2:])


def test_a_conjunction_opening_the_sentence_is_no_first_name():
    text = (
        "Falah Mustafa Bakir said the forces are ready. Once IS is defeated there, he "
        "said, it will be much easier to expel the group."
    )
    assert [s.speaker for s in extract(text)] == ["Falah Mustafa Bakir"] * 2


def test_a_grade_before_the_title_and_a_unit_after_it():
    text = (
        "Supervisory Special Agent Brett Hovington is the chief of the FBI’s Community "
        "Outreach Unit. He says the award was first presented in the early 1990s."
    )
    assert _pairs(text) == [
        ("Brett Hovington", "the award was first presented in the early 1990s")
    ]


def test_said_a_rank_with_its_class_then_the_name():
    text = (
        "“I became a corpsman because of my grandmother,” said Hospital Corpsman 3rd "
        "Class, Keeon Haynes, the most junior corpsman during the ceremony."
    )
    assert _pairs(text) == [
        ("Keeon Haynes", "I became a corpsman because of my grandmother")
    ]


def test_a_legislative_office_between_an_institution_and_a_name():
    # "Senate Majority Leader" and "House Speaker" are offices, not names: the
    # person is registered as Harry Reid, so a later "he" finds him rather than
    # the woman quoted before him.
    text = (
        "Senator Ann Lee, a California Democrat, supports the bill.\n\n"
        "“It will pass,” she said.\n\n"
        "Senate Majority Leader Harry Reid, a Nevada Democrat, says the amendment "
        "should help:\n\n"
        "“This bill is great,” he said. “It should pass.”"
    )
    assert [s.speaker for s in extract(text)] == ["Ann Lee"] + ["Harry Reid"] * 3
    for office, name in [
        ("House Speaker", "Nancy Roe"),
        ("U.N. Special Envoy", "Tom Hale"),
        ("Senate Minority Whip", "Dick Moe"),
        ("Congressman", "Curt Dole"),
    ]:
        found = extract(f"{office} {name} said the talks would resume.")
        assert [s.speaker for s in found] == [name], office


def test_a_description_in_the_same_pronoun_s_sentence_is_no_new_speaker():
    # The sentence before is "he"'s own: "a passenger" there is what he said
    # the service is, not a man who speaks next.
    text = (
        "The planes carry cargo, said navigator Lt. Col. Shawn Roe. He said it is a "
        "passenger and cargo service the military has run since 1955.\n\n"
        "“We will bring some people in,” he said."
    )
    assert [s.speaker for s in extract(text)] == ["Shawn Roe"] * 3


def test_a_district_and_an_army_corps_are_no_people_a_pronoun_means():
    # "Tulsa District" ends a unit's name and "Army Corps" is a service's body:
    # neither is a person a later "he" could be, so "he" is Mike Roe.
    text = (
        "Mike Roe, U.S. Army Corps of Engineers, Tulsa District chief of civil works, "
        "deployed to Iraq in 2009. He served as the area engineer.\n\n"
        "“One of the reasons I wanted to deploy was my background,” he said."
    )
    assert [s.speaker for s in extract(text)] == ["Mike Roe"]


def test_a_name_set_off_by_dashes_after_the_description_opening_the_sentence():
    # "The top Democrat in the Senate - Harry Reid - spoke …" introduces Reid
    # as the subject: the next "he" is Reid, not the president quoted before.
    text = (
        "“Our nation is shocked,” the president said.\n\n"
        "Political foes joined in a moment of silence.\n\n"
        "The top Democrat in the Senate - Harry Roe - spoke of the loss. He said "
        "many questions remain unanswered."
    )
    assert [s.speaker for s in extract(text)][-1] == "Harry Roe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A description by what the person is: the one the article gave it.
        (
            "Sheikh Tamim bin Hamad al-Thani, the new emir, took power on Tuesday. "
            "Moving forward, the new emir said the country would take direction "
            "from no one.",
            "Tamim bin Hamad al-Thani",
        ),
        # An age for a description: the person just spoken of.
        (
            "Juan Roe returned to Caracas on Monday. But the 35-year-old said he got "
            "through immigration checks with no problems.",
            "Juan Roe",
        ),
        # No one named: the description itself.
        (
            "Police fired tear gas at the crowd. The organizer said the march "
            "would go on.",
            "organizer",
        ),
    ],
)
def test_the_description_of_one_person_speaks(text, speaker):
    assert [s.speaker for s in extract(text)] == [speaker]


def test_a_time_between_two_coordinated_verbs_leaves_the_subject_alone():
    # "on Friday" is cut from the subject's chunk; the first verb is no part
    # of the speaker's name.
    text = "Ann Roe arrived in the capital on Friday and said the country was ready."
    assert _pairs(text) == [("Ann Roe", "the country was ready")]


@pytest.mark.parametrize(
    "text",
    [
        # A lawmaker's party and state, wire style, after the name.
        "Sen. Ann Roe, R-Texas, said that the bridge would reopen next month.",
        "“The bridge would reopen next month,” Sen. Ann Roe, R-Texas, said.",
        # A description between the name and the verb that ends the sentence.
        "The bridge would reopen next month, Ann Roe, 45, said.",
        "The bridge would reopen next month, Ann Roe, a spokeswoman for the "
        "ministry, said on Tuesday.",
        "The bridge would reopen next month, Sen. Ann Roe, R-Texas, told reporters.",
        # Written on Twitter.
        "Ann Roe tweeted that the bridge would reopen next month.",
    ],
)
def test_newswire_shapes_of_a_named_speaker(text):
    found = extract(text)
    assert [s.speaker for s in found] == ["Ann Roe"]
    assert found[0].text.rstrip(".") in (
        "the bridge would reopen next month",
        "The bridge would reopen next month",
    )


def test_said_in_a_statement_then_a_clause_without_that():
    text = "The Pentagon said in a statement the bridge would reopen next month."
    assert _pairs(text) == [("Pentagon", "the bridge would reopen next month")]


def test_what_a_leading_report_adds_is_a_statement_of_its_own():
    text = "Ann Lee told reporters the talks would resume, adding that a date was set."
    found = extract(text)
    assert [(s.speaker, s.text, s.cue) for s in found] == [
        ("Ann Lee", "the talks would resume", "told"),
        ("Ann Lee", "a date was set", "adding"),
    ]


@pytest.mark.parametrize(
    "verb", ["underscored", "underlined", "speculated", "forecasted", "expects"]
)
def test_verbs_of_saying_that_need_their_clause(verb):
    text = f"Ann Lee {verb} that the talks would resume."
    assert _pairs(text) == [("Ann Lee", "the talks would resume")]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "Two sources familiar with the matter told Reuters the talks would resume.",
            "sources",
            "Reuters",
        ),
        (
            "A source close to the talks told Meduza they would resume.",
            "source",
            "Meduza",
        ),
        (
            "Two people with knowledge of the talks said they would resume.",
            "people",
            None,
        ),
    ],
)
def test_an_unnamed_source_and_what_it_knows(text, speaker, via):
    ((found),) = extract(text)
    assert (found.speaker, found.speaker_kind, found.via) == (speaker, "anonymous", via)


def test_an_agency_named_centers_is_an_organisation():
    text = "The Centers for Disease Control and Prevention said the talks would resume."
    ((found),) = extract(text)
    assert (found.speaker, found.speaker_kind) == (
        "Centers for Disease Control and Prevention",
        "organisation",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hassan al-Roe lives here.\n\n“We are ready,” said al-Roe.", "Hassan al-Roe"),
        ("Hassan al-Roe lives here.\n\n“We are ready,” al-Roe said.", "Hassan al-Roe"),
        (
            "Ursula von der Roe spoke.\n\n“We are ready,” said von der Roe.",
            "Ursula von der Roe",
        ),
    ],
)
def test_a_surname_opening_on_its_lowercase_particle(text, speaker):
    assert [s.speaker for s in extract(text)] == [speaker]


def test_quotation_marks_typed_as_backticks_and_apostrophes():
    text = (
        "``We have got a tie ballgame,'' Ann Roe told volunteers. ``We will "
        "struggle tonight. That is a fact.''"
    )
    assert _pairs(text) == [
        ("Ann Roe", "We have got a tie ballgame"),
        ("Ann Roe", "We will struggle tonight."),
        ("Ann Roe", "That is a fact."),
    ]


def test_a_quotation_after_the_sentence_about_the_one_person_it_names():
    text = (
        "Alec Roe is a strategist at the firm. “Oil is trading at 59 dollars. "
        "We think growth is slowing.”"
    )
    assert [s.speaker for s in extract(text)] == ["Alec Roe", "Alec Roe"]
    # Two people named: whose words they are is not said.
    assert extract("Ann Lee is a friend of Tom Roe. “We lost everything.”") == []


def test_a_dateline_is_no_part_of_a_clause_before_its_attribution():
    text = "WASHINGTON — The talks will resume next week, Ann Roe said."
    assert _pairs(text) == [("Ann Roe", "The talks will resume next week")]


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("“We are ready,” Ann Roe told Reuters.", "Reuters"),
        (
            "“We are ready,” Ann Roe told the Financial Times on Monday.",
            "Financial Times",
        ),
        (
            "Ann Roe told the South China Morning Post the talks would resume.",
            "South China Morning Post",
        ),
    ],
)
def test_the_outlet_a_speaker_told(text, via):
    assert [(s.speaker, s.via) for s in extract(text)] == [("Ann Roe", via)]


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Speaking to the BBC, Ann Roe said the talks would resume.", "BBC"),
        ("Ann Roe was quoted by Xinhua as saying the talks would resume.", "Xinhua"),
    ],
)
def test_the_outlet_that_relays_a_fronted_or_passive_report(text, via):
    assert [(s.speaker, s.via) for s in extract(text)] == [("Ann Roe", via)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("An eyewitness said the roof fell in.", "eyewitness"),
        ("A veteran said the roof fell in.", "veteran"),
        ("One pilot said the roof fell in.", "pilot"),
        ("Veterans said the roof fell in.", "Veterans"),
        ("Some fishermen said the roof fell in.", "fishermen"),
    ],
)
def test_unnamed_people_described_by_what_they_are(text, speaker):
    assert [(s.speaker, s.speaker_kind) for s in extract(text)] == [
        (speaker, "anonymous")
    ]


def test_went_on_to_say_reports():
    text = "Ann Roe went on to say the talks would resume."
    assert _pairs(text) == [("Ann Roe", "the talks would resume")]


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” said Sgt. Ann Roe with the 5th Battalion, 3rd Marines.",
        "“We are ready,” Ann Roe with the Red Cross said.",
        "Ann Roe with the ministry said we are ready.",
    ],
)
def test_a_person_and_the_unit_or_body_she_is_with(text):
    assert [s.speaker for s in extract(text)] == ["Ann Roe"]


def test_a_product_with_a_report_is_no_speaker():
    text = "The toy is sold in the United States as Aqua Dots with several illnesses reported."
    assert extract(text) == []


def test_said_a_name_then_as_and_what_was_happening():
    text = (
        "“We saw pure devastation,” said Officer Trainee Joseph Roe as he and other "
        "volunteers cleared rubble."
    )
    assert [s.speaker for s in extract(text)] == ["Joseph Roe"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "The owner of the store says power has been restored.",
            "owner of the store",
            "anonymous",
        ),
        (
            "The operator of the plant says power has been restored.",
            "operator of the plant",
            "anonymous",
        ),
        (
            "The company that runs the plant says power has been restored.",
            "company",
            "organisation",
        ),
    ],
)
def test_a_description_with_what_it_is_of_or_what_it_does(text, speaker, kind):
    assert [(s.speaker, s.speaker_kind) for s in extract(text)] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Amnesty International said the trial was unfair.\n\n"
            "“This verdict must be overturned,” the group said.",
            "Amnesty International",
        ),
        (
            "Human Rights Watch said the trial was unfair. The group said the "
            "judge was biased.",
            "Human Rights Watch",
        ),
    ],
)
def test_a_body_named_international_or_watch_is_what_the_group_goes_on_about(
    text, speaker
):
    found = extract(text)
    assert [(s.speaker, s.speaker_kind) for s in found] == [
        (speaker, "organisation")
    ] * 2


def test_a_corporation_abbreviated_is_an_organisation():
    ((found),) = extract("Acme Corp. said sales rose sharply last year.")
    assert (found.speaker, found.speaker_kind) == ("Acme Corp", "organisation")


def test_a_clause_of_a_subject_and_its_verb_alone():
    assert _pairs("Ann Roe said sales rose.") == [("Ann Roe", "sales rose")]
    assert _pairs("Ann Roe said goodbye.") == []


def test_says_a_name_between_the_subject_and_its_verb():
    text = "The drought, says Ann Roe, is the worst in memory."
    assert [s.speaker for s in extract(text)] == ["Ann Roe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom Roe, 34, was injured in the blast.\n\n“I heard a loud noise,” the "
            "34-year-old said.",
            "Tom Roe",
        ),
        (
            "Dr. Ann Lee leads the study.\n\n“The results surprised us,” the "
            "researcher said.",
            "Ann Lee",
        ),
    ],
)
def test_a_description_after_a_quotation_takes_up_the_person_introduced(text, speaker):
    assert [s.speaker for s in extract(text)] == [speaker]


@pytest.mark.parametrize(
    "verb", ["shouted", "whispered", "asked", "responded", "urged"]
)
def test_how_the_words_of_a_quotation_were_spoken(verb):
    assert _pairs(f"“We are ready to go,” Ann Roe {verb}.") == [
        ("Ann Roe", "We are ready to go")
    ]


@pytest.mark.parametrize(
    "lead", ["Ann Roe put it this way:", "Ann Roe summed it up:", "Ann Roe asked,"]
)
def test_how_a_person_said_the_quotation_that_follows(lead):
    assert [s.speaker for s in extract(f"{lead} “Are we ready to go?”")] == ["Ann Roe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Charging documents allege Roe sold the stolen goods online.",
            "Charging documents",
        ),
        (
            "Local pollsters say the party will win with 63 percent of the vote.",
            "Local pollsters",
        ),
        (
            "According to the plea agreement, Roe sold the stolen goods online.",
            "plea agreement",
        ),
    ],
)
def test_a_common_noun_phrase_capitalised_only_to_open_the_sentence(text, speaker):
    assert [s.speaker for s in extract(text)] == [speaker]


def test_a_country_opening_a_clause_is_no_common_noun_phrase():
    text = "Some European countries say Germany encourages refugees to come."
    assert all("germany" not in s.speaker for s in extract(text))


def test_according_to_between_a_subject_and_its_verb():
    text = "The drought, according to Ann Roe, is the worst in memory."
    assert _pairs(text) == [
        ("Ann Roe", "The drought, according to Ann Roe, is the worst in memory")
    ]


def test_an_institution_is_no_person_and_the_one_person_introduced_speaks():
    text = "Ann Roe is with the Brookings Institution in Washington.\n\n“The drug works well.”"
    assert [s.speaker for s in extract(text)] == ["Ann Roe"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe spoke in Kyiv. Roe's speech argued that the war cannot be won.",
        "Ann Roe's letter said the war cannot be won.",
    ],
)
def test_the_words_of_a_persons_speech_or_letter_are_hers(text):
    assert [(s.speaker, s.speaker_kind) for s in extract(text)] == [
        ("Ann Roe", "person")
    ]


@pytest.mark.parametrize(
    "verb", ["opined", "confided", "theorized", "retorted", "swore"]
)
def test_rarer_verbs_of_saying_before_their_clause(verb):
    assert _pairs(f"Ann Roe {verb} that the war cannot be won.") == [
        ("Ann Roe", "the war cannot be won")
    ]


def test_a_participle_after_a_document_is_no_verb_of_saying():
    text = "He kept to the checklist, as the statement mentioned shows."
    assert extract(text) == []


def test_an_owners_assertion_nested_in_another_statement():
    text = "Critics reject the administration's assertion that the United States does not torture."
    assert ("administration", "the United States does not torture") in _pairs(text)


def test_said_a_name_then_of_where_she_serves():
    assert [
        s.speaker
        for s in extract("“We are ready,” said Army Spc. Ann Roe of Fort Hood, Texas.")
    ] == ["Ann Roe"]
    assert [
        s.speaker for s in extract("“We are ready,” said Secretary of State Ann Roe.")
    ] == ["Ann Roe"]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("a U.S. Embassy press release", "U.S. Embassy press release"),
        ("an official police briefing", "official police briefing"),
        ("records from five hospitals", "records"),
        ("readers of the site", "readers"),
    ],
)
def test_according_to_a_release_a_briefing_records_or_readers(source, speaker):
    text = f"The death toll has climbed to 52, according to {source}."
    assert _pairs(text) == [(speaker, "The death toll has climbed to 52")]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "According to The Press one video shows two students, one of them hurt.",
            "Press",
            "one video shows two students, one of them hurt",
        ),
        (
            "According to the U.S. Geological Survey this was the fifth strongest "
            "earthquake since 1900.",
            "U.S. Geological Survey",
            "this was the fifth strongest earthquake since 1900",
        ),
    ],
)
def test_according_to_a_name_with_no_comma_before_the_clause(text, speaker, clause):
    assert _pairs(text) == [(speaker, clause)]


def test_according_to_a_name_with_its_comma_is_read_as_before():
    assert _pairs("According to Ann Roe, the bridge is safe.") == [
        ("Ann Roe", "the bridge is safe")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "But as VOA's Ann Lee reports from Johannesburg, the speech was "
            "overshadowed by the prosecutors.",
            "Ann Lee",
            "the speech was overshadowed by the prosecutors",
        ),
        (
            "However, as Ann Lee reports, the talks have stalled.",
            "Ann Lee",
            "the talks have stalled",
        ),
        (
            "As Ann Lee reports from VOA's East Africa bureau in Nairobi, Sudan "
            "has appealed to the world.",
            "Ann Lee",
            "Sudan has appealed to the world",
        ),
        (
            "VOA's Mike O'Sullivan reports, this year's awards have an "
            "international flavor.",
            "Mike O'Sullivan",
            "this year's awards have an international flavor",
        ),
        (
            "Stefan Bos reports from Budapest, the agency's headquarters is in "
            "the old palace.",
            "Stefan Bos",
            "the agency's headquarters is in the old palace",
        ),
    ],
)
def test_a_correspondents_report_introduced_by_name(text, speaker, clause):
    assert _pairs(text) == [(speaker, clause)]


@pytest.mark.parametrize(
    "text",
    [
        "Carol Pineau reports from Asmara, the Eritrean capital.",
        "Ann Lee reports from Cologne, Germany, where the president is traveling.",
    ],
)
def test_where_a_correspondent_reports_from_is_no_report(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "The rebels, who officials say have killed dozens of people, retreated.",
            "officials",
            "who officials say have killed dozens of people",
        ),
        (
            "The militants, whom police say belong to the group, fled.",
            "police",
            "whom police say belong to the group",
        ),
        (
            "Crowds cheered what many here say was a brilliant performance.",
            "many",
            "what many here say was a brilliant performance",
        ),
        (
            "They rejected last month's election that critics say was fraudulent.",
            "critics",
            "that critics say was fraudulent",
        ),
    ],
)
def test_a_relative_clause_reporting_someone_elses_view(text, speaker, clause):
    assert (speaker, clause) in _pairs(text)
    # The clause after "say" is not read as a report by the noun before it.
    assert all(found != "rebels" for found, _ in _pairs(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The bridge is unsafe, the report said.", "report"),
        ("The bridge is unsafe, the report concluded.", "report"),
        ("The bridge is unsafe, the reports said.", "reports"),
    ],
)
def test_a_report_after_the_clause_is_the_subject_not_a_verb(text, speaker):
    assert _pairs(text) == [(speaker, "The bridge is unsafe")]


def test_informed_someone_that_is_told():
    assert _pairs("Ann Roe informed the federation that she would not play.") == [
        ("Ann Roe", "she would not play")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police informed the family of his death.",
        "She was contacted by the bank and informed that the cards were loaded.",
        "Information keeps citizens informed of the changing weather.",
    ],
)
def test_informed_of_news_or_as_a_passive_reports_nothing(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The statement read: “We are ready to talk.”", "statement"),
        ("Her letter read, in part: “We are ready to talk.”", "letter"),
    ],
)
def test_a_text_that_read_introduces_its_words(text, speaker):
    assert [(s.speaker, s.text, s.is_direct_quote) for s in extract(text)] == [
        (speaker, "We are ready to talk.", True)
    ]


def test_a_person_who_read_aloud_is_no_text():
    assert extract("He read: “We are ready to talk.”") == []


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "Western experts believe Hezbollah gets support from Iran.",
            "Western experts",
            "Hezbollah gets support from Iran",
        ),
        (
            "New data showed the economy shrank in the third quarter.",
            "New data",
            "the economy shrank in the third quarter",
        ),
    ],
)
def test_a_clause_whose_verb_is_a_present_in_s_or_an_irregular_past(
    text, speaker, clause
):
    assert _pairs(text) == [(speaker, clause)]


def test_a_plural_thing_after_a_finding_verb_is_no_clause():
    assert _pairs("Police found the plans for the attack in a car.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senate Environment Committee Chairman Ann Roe (R-Wyo.): “This is big news.”",
            "Ann Roe",
        ),
        ("Ranking Member Sam Graves (MO-07): “This is big news.”", "Sam Graves"),
    ],
)
def test_a_statement_lists_lawmaker_with_party_or_district(text, speaker):
    assert [(s.speaker, s.text) for s in extract(text)] == [
        (speaker, "This is big news.")
    ]


def test_is_vowing_that_is_a_pledge_with_its_clause():
    assert _pairs("Mugabe is vowing that the opposition will never rule.") == [
        ("Mugabe", "the opposition will never rule")
    ]
    assert _pairs("Mugabe is vowing to fight on.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "Journalists watching the vote say turnout appeared low.",
            "Journalists",
            "turnout appeared low",
        ),
        (
            "Residents living near the plant said the air smelled of gas.",
            "Residents",
            "the air smelled of gas",
        ),
    ],
)
def test_a_group_placed_by_a_participle_speaks(text, speaker, clause):
    assert _pairs(text) == [(speaker, clause)]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "Weldon quoted North Korean officials as saying they were building weapons.",
            "North Korean officials",
            None,
        ),
        (
            "Reuters quoted Ann Roe as saying the bridge would reopen.",
            "Ann Roe",
            "Reuters",
        ),
    ],
)
def test_quoted_someone_as_saying_a_clause_is_theirs(text, speaker, via):
    assert [(s.speaker, s.via) for s in extract(text)] == [(speaker, via)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Ann Roe made the formal announcement that the bridge would reopen.",
            "made the formal announcement",
        ),
        (
            "Ann Roe repeated her claim that the bridge would reopen.",
            "repeated her claim",
        ),
        ("Ann Roe gave assurances that the bridge would reopen.", "gave assurances"),
    ],
)
def test_a_statement_made_as_a_noun_with_its_clause(text, cue):
    assert [(s.speaker, s.cue, s.text) for s in extract(text)] == [
        ("Ann Roe", cue, "the bridge would reopen")
    ]


def test_the_person_noun_an_article_gave_someone_names_her_later():
    text = "Ann Roe, a teacher, spoke first. “We are ready,” the teacher said."
    assert [s.speaker for s in extract(text)] == ["Ann Roe"]


def test_a_broadcasts_announcer_speaks():
    assert _pairs("The announcer says the test produced no radiation leakage.") == [
        ("announcer", "the test produced no radiation leakage")
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        (
            "South Korea's ministry of national defense",
            "South Korea's ministry of national defense",
        ),
        ("The office of the prosecutor", "office of the prosecutor"),
    ],
)
def test_a_body_named_in_lower_case_by_its_charge(subject, speaker):
    text = f"{subject} says the launcher was seen."
    assert [(s.speaker, s.speaker_kind) for s in extract(text)] == [
        (speaker, "government_body")
    ]


def test_a_group_named_with_an_arabic_article():
    assert [
        (s.speaker, s.speaker_kind)
        for s in extract("The militant group al-Shabab said it carried out the attack.")
    ] == [("al-Shabab", "organisation")]


def test_a_dateline_with_the_country_in_full_before_a_quotation():
    text = "KABUL, Afghanistan (AFPS) — “We are ready,” Ann Roe said."
    assert [(s.speaker, s.text, s.is_direct_quote) for s in extract(text)] == [
        ("Ann Roe", "We are ready", True)
    ]


def test_said_of_something_after_a_quotation_is_no_second_statement():
    text = "“We are ready,” Roe said of the plan, which she helped write."
    assert [(s.speaker, s.text) for s in extract(text)] == [("Roe", "We are ready")]


def test_said_one_resident_who_asked_not_to_be_named():
    text = "“We are ready,” said one resident, who asked not to be named."
    assert [(s.speaker, s.cue) for s in extract(text)] == [("resident", "said")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are ready,” said a voter who gave her name as Fona.", "Fona"),
        ("“We are ready,” said a man who gave his name only as Ahmed.", "Ahmed"),
        ("A woman who identified herself as Enza says the bridge is unsafe.", "Enza"),
    ],
)
def test_the_name_a_source_gave_is_the_speaker(text, speaker):
    assert [s.speaker for s in extract(text)] == [speaker]


def test_an_adverb_before_asked_and_the_quotation():
    text = "Judge Ann Roe repeatedly asked, “Why a goat?”"
    assert [(s.speaker, s.cue, s.text) for s in extract(text)] == [
        ("Ann Roe", "asked", "Why a goat?")
    ]


def test_a_quoted_question_then_the_name_and_asked():
    text = "The mayor spoke. “Will it reopen?” Ann Roe asked."
    assert [(s.speaker, s.cue, s.text) for s in extract(text)] == [
        ("Ann Roe", "asked", "Will it reopen?")
    ]


@pytest.mark.parametrize(
    "verb", ["bemoaned", "implied", "ventured", "relayed", "mused"]
)
def test_rarer_verbs_with_a_clause(verb):
    assert _pairs(f"Ann Roe {verb} that the bridge would not reopen.") == [
        ("Ann Roe", "the bridge would not reopen")
    ]


def test_relayed_a_message_is_no_statement():
    assert _pairs("Ann Roe relayed the message to the mayor.") == []


def test_the_new_york_based_group_is_the_group_named_before():
    text = (
        "Human Rights Watch says the vote was rigged. "
        "The New York-based group says observers were blocked."
    )
    assert [s.speaker for s in extract(text)] == ["Human Rights Watch"] * 2


def test_the_world_body_is_the_united_nations_named_before():
    text = "The U.N. says the vote was fair. The world body also says turnout was high."
    assert [s.speaker for s in extract(text)] == ["U.N.", "U.N."]


def test_told_a_broadcasters_language_service_then_the_clause():
    text = "Ann Roe told VOA's Somali service in an interview that the bridge would reopen."
    assert _pairs(text) == [("Ann Roe", "the bridge would reopen")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Officials who spoke on condition of anonymity said the talks had stalled.",
            "Officials",
        ),
        (
            "Two officials who asked not to be named said the talks had stalled.",
            "officials",
        ),
        (
            "Local residents reached by telephone said the talks had stalled.",
            "Local residents",
        ),
    ],
)
def test_a_group_with_why_it_is_unnamed_or_how_it_was_reached(text, speaker):
    assert [(s.speaker, s.speaker_kind) for s in extract(text)] == [
        (speaker, "anonymous")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Those who attended the meeting said the talks had stalled.",
            "those who attended the meeting",
        ),
        ("Both sides said the talks had stalled.", "Both sides"),
        ("A 25-year-old student named Ann Roe said the talks had stalled.", "Ann Roe"),
    ],
)
def test_people_described_by_what_they_did_or_are_called(text, speaker):
    assert [s.speaker for s in extract(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The newspaper reported that the bridge would reopen.", "newspaper"),
        (
            "Ann Roe spoke to the Daily Star newspaper. "
            "The newspaper reported that the bridge would reopen.",
            "Daily Star",
        ),
    ],
)
def test_the_newspaper_is_the_one_named_before_or_itself(text, speaker):
    assert [s.speaker for s in extract(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "Ann Roe claims to suffer from a rare disease.",
            "Ann Roe",
            "to suffer from a rare disease",
        ),
        ("The hikers claimed to be hiking alone.", "hikers", "to be hiking alone"),
    ],
)
def test_a_claim_about_oneself_in_an_infinitive(text, speaker, clause):
    assert _pairs(text) == [(speaker, clause)]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("the company's website", "company"),
        ("those familiar with the case", "those familiar with the case"),
    ],
)
def test_according_to_a_website_or_those_familiar(source, speaker):
    text = f"The plant will close in May, according to {source}."
    assert _pairs(text) == [(speaker, "The plant will close in May")]


def test_special_englishs_mizz_is_a_title():
    text = "Ann Roe is the director of the agency. Mizz Roe says the bridge is unsafe."
    assert [s.speaker for s in extract(text)] == ["Ann Roe"]


def test_no_name_runs_from_a_headline_into_the_next_paragraph():
    text = (
        "Microsoft to end support for Windows XP\n\n"
        "Microsoft has announced that it will end support next year."
    )
    assert [s.speaker for s in extract(text)] == ["Microsoft"]


def test_he_after_a_headline_line_is_the_person_introduced_below_it():
    text = (
        "Governor Rick Perry declared an emergency. He said help was coming.\n\n"
        "Visit to Japan\n\n"
        "Chinese Premier Wen Jiabao arrived in Tokyo. He told the Japanese "
        "parliament that the two countries must look to the future."
    )
    assert [s.speaker for s in extract(text)] == ["Rick Perry", "Wen Jiabao"]
    assert extract(text)[1].text == "the two countries must look to the future"


def test_a_releases_date_line_is_no_turn():
    text = (
        "Remarks by Secretary Ann Roe on the Border Initiative\n\n"
        "Release Date: August 23, 2006\n\n"
        "Secretary Roe: Good morning. We are ready.\n\n"
        "Question: When will it open?\n\n"
        "Secretary Roe: Next month."
    )
    assert "Release Date" not in [s.speaker for s in extract(text)]


def test_an_outlet_relays_no_anonymous_source_of_the_next_item():
    text = (
        "Chinese premier visits Japan\n\n"
        "The visit is the first by a Chinese premier in seven years, according "
        "to Xinhua.\n\n"
        "Bird flu found in Nigeria\n\n"
        "Officials in Nigeria said a new case of bird flu was found."
    )
    assert [(s.speaker, s.via) for s in extract(text)] == [
        ("Xinhua", None),
        ("Officials", None),
    ]


def test_a_units_abbreviations_end_no_sentence():
    text = (
        "Spc. Tom Hale, a combat medic with Company B, 1st Bn., 5th Inf. Regt., "
        "said he was proud of his team."
    )
    assert _pairs(text) == [("Tom Hale", "he was proud of his team")]


@pytest.mark.parametrize(
    "rank",
    [
        "Sgt. 1st Class",
        "Petty Officer 2nd Class",
        "Airman 1st Class",
        "Mass Communication Specialist 3rd Class",
        "Ens.",
        "Sailor",
    ],
)
def test_a_grade_with_its_class_is_no_part_of_the_name(rank):
    assert [s.speaker for s in extract(f"“We are ready,” said {rank} Ann Roe.")] == [
        "Ann Roe"
    ]


def test_a_grade_and_one_name_is_a_person_the_story_goes_on_about():
    text = (
        "Gen. Ann Myers visited the base. Airman 1st Class Knekeshia served "
        "food. She said she was proud to serve."
    )
    assert [s.speaker for s in extract(text)] == ["Knekeshia"]


@pytest.mark.parametrize(
    "listener", ["VOA's English to Africa service", "VOA's Studio 7"]
)
def test_a_voa_service_with_to_or_a_number_is_the_listener(listener):
    text = f"Ann Roe told {listener} that the bridge would reopen."
    assert _pairs(text) == [("Ann Roe", "the bridge would reopen")]


@pytest.mark.parametrize(
    ("text", "cue", "clause"),
    [
        (
            "Ann Roe is reported to have said the bridge would reopen.",
            "is reported to have said",
            "the bridge would reopen",
        ),
        (
            "Ann Roe is said to have told the minister that the bridge would reopen.",
            "is said to have told",
            "the bridge would reopen",
        ),
    ],
)
def test_words_reported_second_hand_are_still_the_subjects(text, cue, clause):
    assert [(s.speaker, s.cue, s.text) for s in extract(text)] == [
        ("Ann Roe", cue, clause)
    ]


def test_a_thing_said_to_have_happened_is_no_statement():
    assert extract("The bridge is said to have collapsed.") == []


def test_hosts_who_present_a_programme_narrate_their_turns():
    text = (
        "ANN ROE: This is THE WORLD TODAY, in VOA Special English. I’m Ann Roe.\n\n"
        "TOM LEE: And I’m Tom Lee. Farmers are worried about the drought.\n\n"
        "ANN ROE: The ministry said the harvest would be late.\n\n"
        "TOM LEE: Officials say rain is expected next week."
    )
    assert [(s.speaker, s.text) for s in extract(text)] == [
        ("ministry", "the harvest would be late"),
        ("Officials", "rain is expected next week"),
    ]


def test_a_turn_that_only_gives_the_name_is_a_hosts():
    text = (
        "STEVE EMBER: I’m Steve Ember.\n\n"
        "SHIRLEY GRIFFITH: And I’m Shirley Griffith with EXPLORATIONS in VOA "
        "Special English. Today we tell about a spacecraft."
    )
    assert extract(text) == []


def test_an_official_opening_a_briefing_with_his_name_is_still_speaking():
    text = (
        "MR. WITT: Good afternoon. I'm James Lee Witt, Director of the Agency. "
        "And I just got in this morning from California.\n\n"
        "There have been thousands of people evacuated."
    )
    assert [s.speaker for s in extract(text)] == ["Witt"] * 3


def test_a_moderator_giving_her_name_states_nothing():
    text = (
        "KELLY FLYNN: Thank you all for joining us today for this media "
        "roundtable. This is not a general brief, so I'd ask you to hold any "
        "questions that are not related to this subject.\n\n"
        "My name is Kelly Flynn and I am from the DOD Press Office. I will be "
        "moderating today's media roundtable. Participating with us today is "
        "Douglas Bush, assistant secretary of the Army.\n\n"
        "DOUGLAS BUSH: Thank you. The stockpile is gone."
    )
    assert [(s.speaker, s.text) for s in extract(text)] == [
        ("Douglas Bush", "The stockpile is gone.")
    ]


@pytest.mark.parametrize("rank", ["LtCol.", "Cdr.", "SSgt.", "MajGen.", "LCpl."])
def test_the_navys_and_marine_corps_spellings_of_a_rank_come_before_a_name(rank):
    text = (
        f"“We are ready,” said {rank} Troy Roesti, the executive officer. "
        "“We practice continually.”"
    )
    assert [s.speaker for s in extract(text)] == ["Troy Roesti", "Troy Roesti"]


def test_the_office_goes_to_whom_the_article_titled_with_it():
    text = (
        "President Bush denied he has ignored the region.\n\n"
        "But the president stressed that funding to help the poor remains a "
        "priority."
    )
    assert [s.speaker for s in extract(text)] == ["Bush", "Bush"]


def test_a_titled_name_inside_a_quotation_holds_no_office():
    text = (
        "Ann Roe said “President Lee will come.”\n\n"
        "But the president stressed that funding remains a priority."
    )
    assert [s.speaker for s in extract(text)][-1] == "president"


def test_a_leader_with_a_hyphened_epithet_is_the_one_titled_so():
    text = (
        "Officials criticised the plans of Venezuelan President Hugo Chavez.\n\n"
        "The left-leaning Venezuelan leader said that no one can prevent it."
    )
    assert [s.speaker for s in extract(text)] == ["Officials", "Hugo Chavez"]


def test_a_signatures_office_and_body_after_a_name_leave_the_name_speaking():
    text = (
        "Col. James C. Carroll III, commanding officer, Marine Corps Logistics "
        "Base Albany, said it was motivation having them aboard."
    )
    assert [s.speaker for s in extract(text)] == ["James C. Carroll III"]


@pytest.mark.parametrize(
    "subject",
    [
        "Surono of Indonesia's Directorate of Vulcanology",
        "Surono of the Directorate of Vulcanology",
    ],
)
def test_one_who_goes_by_a_single_name_is_not_the_body_they_belong_to(subject):
    text = f"{subject} said the warning was raised."
    assert [(s.speaker, s.speaker_kind) for s in extract(text)] == [
        ("Surono", "person")
    ]


def test_a_body_named_with_of_is_still_one_name():
    text = "The University of Michigan said the warning was raised."
    assert [s.speaker for s in extract(text)] == ["University of Michigan"]


@pytest.mark.parametrize(
    "text",
    [
        "The command team observed the base's positioning along the range.",
        "The director recognized 58 individuals for their efforts.",
        "The parents explain their situation on a blog.",
        "The State Department expressed skepticism about the plans.",
        "A United Nations agency expressed deep concern over the killings.",
        "This week, the United Nations declared a famine in parts of Somalia.",
        "The president declared major disasters in Texas and Louisiana.",
        "The government declared a “Day of National Sovereignty” to mark it.",
    ],
)
def test_a_feeling_an_act_or_a_thing_for_object_is_no_statement(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Researchers observed the effect was even greater than expected.",
            "the effect was even greater than expected",
        ),
        ("Officials expressed concern that the dam could fail.", "the dam could fail"),
        (
            "Officials declared the ruling unconstitutional.",
            "Officials declared the ruling unconstitutional.",
        ),
    ],
)
def test_the_same_verbs_before_a_clause_or_a_judgement_still_report(text, said):
    assert [s.text for s in extract(text)] == [said]


def test_a_given_name_tells_whom_he_or_she_takes_up():
    text = (
        "Harold Varmus spoke on Monday.\n\n"
        "Acting director Dr. Ruth Kirschstein had announced that this year's "
        "lecturer needed no introduction, and Varmus seemed to appreciate the "
        "economy. “That was a serious nonintroduction,” he quipped."
    )
    assert [s.speaker for s in extract(text)][-1] == "Harold Varmus"


def test_the_storys_credited_reporters_are_not_whom_she_said_means():
    text = (
        "As residents prepare to mark the first year of President Ann "
        "Johnson-Lee, the mood remains hopeful. VOA's Nico Colombant reports "
        "from Dakar with interviewing in Monrovia by reporter Precious Seboe.\n\n"
        "On January 16, 2006, music ushered in the swearing-in ceremony.\n\n"
        "“Let us begin anew,” she said."
    )
    assert [s.speaker for s in extract(text)][-1] == "Ann Johnson-Lee"


def test_a_university_called_tech_ends_its_sentence():
    text = (
        "Manuel Perez is a professor at Virginia Tech. He says Apple led the "
        "development. Tech. Sgt. Ann Lee said the range was open."
    )
    assert [s.speaker for s in extract(text)] == ["Manuel Perez", "Ann Lee"]


def test_a_role_in_lower_case_before_a_known_surname_is_that_person():
    text = 'Ben Higgins works here. "It works," said biologist Higgins.'
    assert [s.speaker for s in extract(text)] == ["Ben Higgins"]


def test_an_owners_description_in_lower_case_then_the_name_after_said():
    text = "“It works,” said Mercy's civil service master, Capt. Robert Wiley."
    assert [s.speaker for s in extract(text)] == ["Robert Wiley"]


@pytest.mark.parametrize(
    "group", ["The cyber pros", "Pollsters", "Forecasters", "The negotiators"]
)
def test_trades_and_posts_in_the_plural_are_groups_that_speak(group):
    text = f"{group} said the vote is likely to be close."
    assert [s.text for s in extract(text)] == ["the vote is likely to be close"]


def test_one_word_set_after_a_bodys_noun_names_the_body_not_a_person():
    text = (
        "Prime Minister Ann Lee called the election.\n\n"
        "His party, Keadilan, says electoral fraud has already begun. He "
        "acknowledged Wednesday that his coalition will lose seats."
    )
    assert [(s.speaker, s.speaker_kind) for s in extract(text)] == [
        ("Keadilan", "organisation"),
        ("Ann Lee", "person"),
    ]


def test_a_titled_name_then_where_its_holder_works_is_the_name_after_a_description():
    text = (
        "A close observer of Mexican politics here in the United States, "
        "Professor George Grayson of the College of William and Mary, says the "
        "candidate is looking like a sore loser."
    )
    assert [s.speaker for s in extract(text)] == ["George Grayson"]


def test_an_office_in_capitals_after_a_groups_name_speaks():
    text = (
        "VOA's Jim Teeple reports from Islamabad, the strikes took place as the "
        "Taleban Ambassador to Pakistan said Taleban authorities have detained "
        "several U.S. citizens."
    )
    assert (
        "Taleban Ambassador to Pakistan",
        "Taleban authorities have detained several U.S. citizens",
    ) in [(s.speaker, s.text) for s in extract(text, publisher="Voice of America")]


def test_a_quotation_closed_and_glued_to_the_next_sentence_ends_there():
    text = (
        "Majority Leader Harry Reid opened the session.\n\n"
        '"American voters sent us a message," he said. "They would rather we '
        'work with each other."Minority Leader Mitch McConnell said voters '
        "want real change."
    )
    assert [s.speaker for s in extract(text)] == [
        "Harry Reid",
        "Harry Reid",
        "Mitch McConnell",
    ]


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Republican Mitch McConnell", "Mitch McConnell"),
        ("Nevada Democrat Harry Reid", "Harry Reid"),
        ("The Democratic Party", "Democratic Party"),
    ],
)
def test_a_lawmakers_party_and_state_are_no_part_of_the_name(subject, name):
    assert [s.speaker for s in extract(f"{subject} said voters want change.")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Japan issued a tsunami warning immediately after the earthquake.",
        "The director related a story about speaking to young audiences and "
        "warning them against losing sight of what really matters in life.",
        "Editorials were warning against the dangers of a deal.",
        "China backed up the Security Council this week in warning North Korea.",
    ],
)
def test_a_warning_as_a_thing_or_as_advice_says_nothing(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Ann Lee warned of more aftershocks.", "of more aftershocks"),
        (
            "Ann Lee warned the delay cannot go on indefinitely.",
            "the delay cannot go on indefinitely",
        ),
    ],
)
def test_a_warning_of_something_or_with_a_clause_still_reports(text, said):
    assert [s.text for s in extract(text)] == [said]


def test_an_initials_full_stop_inside_what_is_called_is_no_sentence_end():
    text = "North Korea called the latest U.S.-led sanctions an “act of war.”"
    assert [(s.speaker, s.cue) for s in extract(text)] == [("North Korea", "called")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to the United States Geological Survey (USGS) a moderate "
            "earthquake occurred in southern California on Sunday.",
            "United States Geological Survey",
        ),
        (
            "According to Food and Agriculture Organization crop production "
            "officer Paul Omanga a survey conducted in July indicated the crop "
            "was ruined.",
            "Paul Omanga",
        ),
    ],
)
def test_according_to_with_no_comma_past_an_abbreviation_or_a_post(text, speaker):
    assert [s.speaker for s in extract(text)][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "At least ten arrests took place, police said.",
        "As many as 30 people died, police said.",
    ],
)
def test_a_count_that_opens_a_sentence_is_no_opening_phrase(text):
    assert [(s.speaker, s.text) for s in extract(text)] == [
        ("police", text.split(", police")[0])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ten people have died, says the International Organization for Migration.",
        "The International Organization for Migration says ten people died.",
    ],
)
def test_a_connector_inside_a_name_in_capitals_is_the_names(text):
    assert [s.speaker for s in extract(text)] == [
        "International Organization for Migration"
    ]


def test_a_subject_that_did_something_and_says_more_stops_before_its_verb():
    text = (
        "The agency flew supplies to Nairobi Friday, but says it is not able to "
        "deliver the aid."
    )
    assert [(s.speaker, s.text) for s in extract(text)] == [
        ("agency", "it is not able to deliver the aid")
    ]


def test_the_day_a_document_came_out_is_no_part_of_who_speaks():
    text = (
        "Thursday's report from the Labor Department says falling gasoline "
        "costs brought prices down."
    )
    assert [s.speaker for s in extract(text)] == ["Labor Department"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Lee who lives nearby says the bridge is unsafe.", "Ann Lee"),
        ("Residents who live nearby say the bridge is unsafe.", "Residents"),
    ],
)
def test_a_relative_clause_with_no_commas_is_no_part_of_who_speaks(text, speaker):
    assert [(s.speaker, s.text) for s in extract(text)] == [
        (speaker, "the bridge is unsafe")
    ]


# The review of this session's rules: shapes each rule must leave alone.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A feeling's or an act's verb in an earlier sentence is not the
        # verb of words that come before their own.
        (
            "The United Nations declared a famine in two regions. Thousands "
            "could die within weeks, the agency declared.",
            [("United Nations", "Thousands could die within weeks")],
        ),
        # A warning with a time before its colon still reports.
        (
            "Ann Lee is an economist. Lee warned on Tuesday: prices will rise "
            "sharply next year.",
            [("Ann Lee", "prices will rise sharply next year")],
        ),
        # "Many of …" is a part of a group, not a person called Many.
        (
            "Many of the Ministry officials said the plan would fail.",
            [("Ministry officials", "the plan would fail")],
        ),
        # "Vice President Cheney" holds no presidency.
        (
            "Vice President Cheney denied the report on Monday. The president "
            "stressed that the plan works.",
            [
                ("Cheney", "Vice President Cheney denied the report on Monday."),
                ("president", "the plan works"),
            ],
        ),
        # Another state's governor is not the one named before.
        (
            "California Gov. Ann Lee signed the bill. The Texas Governor said the "
            "bill was a mistake.",
            [("Texas Governor", "the bill was a mistake")],
        ),
        # "a moderate Democrat" moderates nothing.
        (
            "My name is Ann Lee, and I am a moderate Democrat from Ohio.",
            [
                (
                    "Ann Lee",
                    "My name is Ann Lee, and I am a moderate Democrat from Ohio.",
                )
            ],
        ),
        # A rank's spelling is no part of the name.
        (
            "SgtMaj. Ann Lee said the range was open.",
            [("Ann Lee", "the range was open")],
        ),
        # An acronym's scientist who "reports to Congress" is no correspondent.
        (
            "NASA's chief scientist Ann Lee reports to Congress every year. The "
            'probe was launched in 2010. "It is working well," she said.',
            [("Ann Lee", "It is working well")],
        ),
        # A signature's office and body after a name with no rank.
        (
            "Ann Lee, commanding officer, Marine Corps Logistics Base Albany, said "
            "it was motivation.",
            [("Ann Lee", "it was motivation")],
        ),
    ],
)
def test_this_sessions_rules_leave_these_shapes_alone(text, expected):
    assert [(s.speaker, s.text) for s in extract(text)] == expected
