"""Quote and attribution forms on real-style news text (no ../shared needed)."""

from __future__ import annotations


def _quotes(analyse, text: str) -> list[dict]:
    return analyse(text, published="2016-03-01")["quotes"]


def _by_text(quotes: list[dict], fragment: str) -> dict | None:
    return next((q for q in quotes if fragment in q["text"]), None)


def test_learned_attributions_without_a_clausal_complement(analyse):
    # PARC/PolNeAR attributions that a "said that" rule misses: an appeal with an
    # infinitive, a poll that "shows", an endorsement of a plan
    quotes = _quotes(analyse, (
        "Sen. Bernie Sanders called on Michigan Gov. Rick Snyder to resign over the lead poisoning "
        "crisis in Flint.\n\n"
        "A new poll shows Hillary Clinton leading Donald Trump by six points in Pennsylvania.\n\n"
        "The senator endorsed the governor's plan to rebuild the water system.\n\n"
        "The company released its earnings on Tuesday.\n"))
    appeal = _by_text(quotes, "to resign over the lead poisoning crisis")
    assert appeal is not None and appeal["speaker"]["name"] == "Bernie Sanders" and appeal["kind"] == "indirect"
    poll = _by_text(quotes, "Hillary Clinton leading Donald Trump")
    assert poll is not None and "poll" in poll["speaker"]["text"]
    assert _by_text(quotes, "plan to rebuild the water system") is not None
    # a bare object of a verb that only sometimes reports ("released a statement") is not a quote
    assert _by_text(quotes, "its earnings") is None


def test_dash_attributions_and_inverted_cue(analyse):
    quotes = _quotes(analyse, (
        "Readers sent us their reactions to the debate.\n\n"
        "“He is ignorant of our culture and lives and makes blanket statements about people.” ― Pamela Padilla\n\n"
        "“The most unqualified candidate to ever run for president, in my view.”― Francisco Herrero\n\n"
        "Tax experts were divided. Said Ellis: “I don’t get the sense she’s the least bit interested in "
        "simplifying the code.”\n"))
    first = _by_text(quotes, "ignorant of our culture")
    second = _by_text(quotes, "most unqualified candidate")
    third = _by_text(quotes, "least bit interested")
    assert first and first["speaker"] and first["speaker"]["name"] == "Pamela Padilla"
    assert second and second["speaker"] and second["speaker"]["name"] == "Francisco Herrero"
    assert third and third["speaker"] and "Ellis" in third["speaker"]["name"]


def test_cue_in_an_earlier_sentence_does_not_claim_the_quote(analyse):
    # the tagger can run two sentences together; the reporting verb before the full stop
    # reports something else
    quotes = _quotes(analyse, (
        "The plan would raise taxes on the rich, and critics add that it would bring so many new layers "
        "of complexity that it would be a boon for tax lawyers. ''There's a lot of new complexity,'' "
        "said Mr. Burman, a tax expert.\n"))
    q = _by_text(quotes, "a lot of new complexity")
    assert q is not None and q["speaker"] is not None and "Burman" in q["speaker"]["name"]


def test_adjunct_speaker_is_the_governing_subject(analyse):
    quotes = _quotes(analyse, (
        "In response to the proposal, Hillary Clinton’s right-hand woman rallied supporters, saying: "
        "“We have to be ready to stop him.”\n"))
    q = _by_text(quotes, "ready to stop him")
    assert q is not None and q["speaker"] is not None and "woman" in q["speaker"]["text"]


def test_timestamps_and_labels_do_not_speak(analyse):
    # live blogs put a time line before each item; the tagger runs it into the sentence
    quotes = _quotes(analyse, (
        "___.\n\n12:15 p.m.\n\nDonald Trump says political correctness has run amok in the military.\n\n"
        "The Latest: Trump urges supporters to monitor polling places.\n"))
    says = _by_text(quotes, "political correctness has run amok")
    assert says is not None and says["speaker"]["name"] == "Donald Trump"
    assert "p.m." not in says["text"]
    urges = _by_text(quotes, "monitor polling places")
    assert urges is not None and urges["speaker"]["text"] == "Trump"


def test_headline_labels_attribute_to_people_not_places(analyse):
    quotes = _quotes(analyse, (
        "NY Post: Megyn Kelly Is No Different Than Kim Kardashian.\n\n"
        "Ukraine war: Russia moves more troops to the border.\n\n"
        "The newspaper's column drew wide criticism on Monday.\n"))
    post = _by_text(quotes, "No Different Than Kim Kardashian")
    assert post is not None and post["speaker"]["name"] == "NY Post"
    assert _by_text(quotes, "Russia moves more troops") is None  # a place is no speaker
    # a source noun is a label too, and a surname the tagger reads as a common noun
    quotes = _quotes(analyse, (
        "Poll: Warren Overtakes Biden In Iowa For The First Time.\n\n"
        "Sanders: Medicare Debate Has Moved On.\n\n"
        "Analysis of the week: Congress leaves town without a deal.\n\n"
        "Senator Bernie Sanders told reporters on Sunday that voters wanted change.\n"))
    poll = _by_text(quotes, "Warren Overtakes Biden")
    assert poll is not None and poll["speaker"]["text"] == "Poll", poll
    sanders = _by_text(quotes, "Medicare Debate Has Moved On")
    assert sanders is not None and sanders["speaker"]["name"] == "Bernie Sanders", sanders
    assert _by_text(quotes, "Congress leaves town") is None  # a topic is no source


def test_interrupted_quote_and_medial_cue(analyse):
    quotes = _quotes(analyse, (
        "“Every time you say that,” Senator Jon Tester said, referring to the 1 percent excuse, “you give "
        "ammunition to the people who want to break up the big banks.”\n\n"
        "If this argument fails to persuade, Mr. Castañeda argues, there are other tools in the toolbox.\n"))
    q = _by_text(quotes, "Every time you say that")
    assert q is not None and len(q["spans"]) == 2 and "give ammunition" in q["text"]
    assert q["speaker"]["name"] == "Jon Tester"
    med = _by_text(quotes, "other tools in the toolbox")
    assert med is not None and "If this argument fails to persuade" in med["text"]


def test_quoted_words_inside_an_attribution_keep_its_speaker(analyse):
    quotes = _quotes(analyse, "Senator Ted Cruz called Donald Trump a “pathological liar” who is “utterly amoral”.\n")
    q = _by_text(quotes, "pathological liar")
    assert q is not None and q["speaker"] is not None and q["speaker"]["name"] == "Ted Cruz"
    assert all(x["speaker"] is not None for x in quotes)


def test_quoted_fragment_belongs_to_the_subject_of_its_sentence(analyse):
    quotes = _quotes(analyse, (
        "Senator Ted Cruz lashed out at Donald Trump on Tuesday.\n\n"
        "Cruz slammed Trump as a “narcissist at a level I don't think this country has ever seen” "
        "at a news conference.\n"))
    assert quotes and all(q["speaker"] and q["speaker"]["name"] == "Ted Cruz" for q in quotes), quotes


def test_relative_pronoun_speaker_is_resolved_to_its_noun(analyse):
    quotes = _quotes(analyse, (
        "The plan was criticised by Senator Bob Corker, who said it would put the country at risk.\n"))
    q = _by_text(quotes, "put the country at risk")
    assert q is not None and q["speaker"]["text"] == "who" and q["speaker"]["name"] == "Bob Corker", quotes


def test_transcript_turns_are_separate_quotes_of_their_labels(analyse):
    quotes = _quotes(analyse, (
        "On \"Fox News Sunday,\" host Chris Wallace interviewed Gov. Mike Pence.\n\n"
        "Partial transcript as follows:\n\n"
        "\"WALLACE: Let's start with breaking news on the debate story. Why would Trump do that?\n\n"
        "\"PENCE: Well, look, this is serious business for the American people and for the country.\n"))
    ask = _by_text(quotes, "breaking news on the debate")
    answer = _by_text(quotes, "serious business")
    assert ask is not None and answer is not None and ask is not answer, quotes
    assert ask["speaker"]["name"] == "Chris Wallace" and answer["speaker"]["name"] == "Mike Pence", quotes


def test_a_date_never_speaks(analyse):
    quotes = _quotes(analyse, "Said Tuesday, “We will win this state and we will win it big.”\n")
    q = _by_text(quotes, "win this state")
    assert q is not None and (q["speaker"] is None or q["speaker"]["text"] != "Tuesday"), quotes


def test_speaker_stands_outside_the_quote(analyse):
    # scraped text glues marks to words ('said,“Look'); the words between a closing mark and
    # its cue name the speaker ("Ramos, 58, told AFP"), never a pronoun inside the quote
    quotes = _quotes(analyse, (
        "House Speaker Paul Ryan spoke on Tuesday.\n\n"
        "Ryan said,“Look, anti-Semitic images, they’ve got no place in a presidential campaign.”\n\n"
        "“We were tremendously wrong to not have confronted him from the beginning,” Jorge Ramos, 58, "
        "told AFP in an interview in Mexico City on Monday.\n"))
    look = _by_text(quotes, "anti-Semitic images")
    assert look is not None and look["speaker"]["name"] == "Paul Ryan"
    wrong = _by_text(quotes, "tremendously wrong")
    assert wrong is not None and wrong["speaker"]["name"] == "Jorge Ramos"


def test_noun_phrase_and_colon_and_according_to_introduce_direct_quotes(analyse):
    quotes = _quotes(analyse, (
        "The timing of the surge does not surprise Republican pollster Daron Shaw: “Historically, "
        "lesser-known candidates have seen the biggest boost in their national support.”\n\n"
        "According to the newspaper, “America’s porous gun laws empower dealers to sell weapons to "
        "essentially any adult who passes a background check.”\n\n"
        "Here is the thing: “we will never know what happened there tonight, not ever.”\n"))
    shaw = _by_text(quotes, "biggest boost")
    assert shaw is not None and shaw["speaker"]["name"] == "Daron Shaw"
    paper = [q for q in quotes if "porous gun laws" in q["text"]]
    assert len(paper) == 1 and paper[0]["kind"] == "direct" and paper[0]["speaker"]["name"] == "newspaper"
    thing = _by_text(quotes, "never know")
    assert thing is None or thing["speaker"] is None


def test_as_clause_and_second_cue_of_a_coordination(analyse):
    quotes = _quotes(analyse, (
        "As Breitbart News reported, even on Friday morning, the White House was refusing to call the "
        "attack terrorism.\n\n"
        "Bernie Sanders says millions lost their homes. He says the obvious response was to break up "
        "fraudulent operators and says he introduced legislation to accomplish that.\n\n"
        "The crowd cheered as Trump spoke.\n"))
    refusing = _by_text(quotes, "White House was refusing")
    assert refusing is not None and refusing["speaker"]["name"] == "Breitbart News"
    legislation = _by_text(quotes, "he introduced legislation")
    assert legislation is not None and legislation["speaker"]["name"] == "Bernie Sanders"
    assert _by_text(quotes, "The crowd cheered") is None


def test_a_new_sentence_reporting_its_own_clause_is_not_the_quote_s_cue(analyse):
    quotes = _quotes(analyse, (
        "“It is very fertile and prized ground,” said a regional official. “The people there are traditionally "
        "conservative. They will be hard to oust.” Regional estimates suggest that as many as 5,000 Isis members "
        "have moved into the area.\n"))
    oust = _by_text(quotes, "hard to oust")
    assert oust is not None and oust["speaker"]["name"] == "regional official"
    moved = _by_text(quotes, "have moved into the area")
    assert moved is not None and moved["speaker"]["name"] == "Regional estimates"


def test_speaker_phrases_stop_before_relative_clauses_and_skip_places(analyse):
    quotes = _quotes(analyse, (
        "Officials who have dealt with him said he had become obsessive about the dangers of digital technology. "
        "Residents of Baghuz who were told to leave said the town had been destroyed.\n"))
    obsessive = _by_text(quotes, "obsessive")
    assert obsessive is not None and obsessive["speaker"]["name"] == "Officials"
    town = _by_text(quotes, "town had been destroyed")
    assert town is not None and town["speaker"]["name"].startswith("Residents")


def test_a_quote_closed_by_a_full_stop_is_not_attributed_to_the_next_sentence(analyse):
    quotes = _quotes(analyse, (
        "Mikhail Bogdanov said he did not think a clash was likely. “I think it does not exist,” he told "
        "journalists. “I believe that common sense should prevail over insanity.” On Monday Trump promised "
        "“major decisions” by Wednesday on a response.\n"))
    sense = _by_text(quotes, "common sense")
    assert sense is not None and sense["speaker"]["name"] == "Mikhail Bogdanov"


def test_an_official_of_a_body_speaks_as_the_official(analyse):
    quotes = _quotes(analyse, (
        "Shelling continued on Monday.\n\n“The offensive has not started yet. This is preliminary bombing,” a "
        "commander in the pro-Assad forces told Reuters.\n"))
    q = _by_text(quotes, "preliminary bombing")
    assert q is not None and q["speaker"]["name"].startswith("commander")


def test_extracting_twice_from_one_parse_gives_the_same_quotes():
    # the evaluation and the belief switch run the extractor twice on one parse: an
    # interrupted quote once grew the shared quote-mark cache, so the second run saw a
    # quotation twice as long
    from newswire.annotate import get_nlp
    from newswire.extract.entities import extract_entities
    from newswire.extract.quotes import extract_quotes

    doc = get_nlp()(
        "“Every time you say that,” Senator Jon Tester said, referring to the 1 percent excuse, “you give "
        "ammunition to the people who want to break up the big banks.”\n\n"
        "“We will not back down,” the senator added.\n")
    runs = [[(q.kind, q.spans, q.text) for q in extract_quotes(doc, extract_entities(doc))] for _ in range(2)]
    assert runs[0] == runs[1]
    assert any(kind == "direct" and len(spans) == 2 for kind, spans, _ in runs[0])


def test_learned_attributions_in_war_reporting(analyse):
    # the learned cue model is trained on political news; in war reporting a verb with a
    # noun-phrase object is usually an act, not speech, and a passive's subject is what
    # was said, never who said it
    quotes = _quotes(analyse, (
        "Saudi Arabia imposed an economic and diplomatic boycott on Qatar in 2017.\n\n"
        "The army released the prisoners on Monday.\n\n"
        "Alexanda Kotey is alleged to have been one of the four members of the cell.\n\n"
        "The death was confirmed on Friday by the family's lawyer, Tasnime Akunjee.\n\n"
        "Saudi Arabia accuses Iran of backing the Houthis.\n\n"
        "Many fighters hoped to blend in with the civilians fleeing the town.\n\n"
        "Western leaders put a final decision on military strikes in Syria on hold.\n"))
    assert _by_text(quotes, "boycott") is None and _by_text(quotes, "prisoners") is None
    # a belief is no quote unless beliefs are asked for; putting a decision on hold is an act
    assert _by_text(quotes, "blend in") is None and _by_text(quotes, "final decision") is None
    assert not [q for q in quotes if q["speaker"] and "Kotey" in q["speaker"]["text"]]
    death = _by_text(quotes, "The death")
    assert death is not None and death["speaker"]["name"].endswith("Akunjee")
    accuse = _by_text(quotes, "Iran of backing the Houthis")
    assert accuse is not None and accuse["speaker"]["text"] == "Saudi Arabia"
    assert 0.5 <= accuse["confidence"] <= 1 and all(q["confidence"] is None for q in quotes if q is not accuse
                                                    and q is not death)


def test_reported_clause_keeps_the_words_the_parser_hangs_on_the_cue(analyse):
    quotes = _quotes(analyse, (
        "Several voters said they had misgivings about the candidate, but could not bear to insult "
        "the president.\n\n"
        "Smith said the plan was dead but declined to say why.\n\n"
        "The senator is demanding President Barack Obama make a pledge not to pardon the former secretary.\n"))
    # a subjectless modal conjunct carries the reported clause on; a plain past is the cue's own
    assert _by_text(quotes, "had misgivings about the candidate, but could not bear to insult") is not None
    dead = _by_text(quotes, "the plan was dead")
    assert dead is not None and "declined" not in dead["text"]
    # the object of "demand" is the subject of what is demanded
    demand = _by_text(quotes, "make a pledge")
    assert demand is not None and "President Barack Obama make a pledge" in demand["text"]


def test_mixed_quotes_are_the_whole_reported_phrase(analyse):
    quotes = _quotes(analyse, (
        "The mayor said she was glad the governor had recovered and looks forward to “seeing him back "
        "at work and continuing on the path to recovery.”\n\n"
        "The police department reported “2,521 shooting incidents” that left hundreds dead.\n"))
    # a cue word inside the quotation ("continuing") does not cut what was said
    glad = _by_text(quotes, "she was glad the governor had recovered")
    assert glad is not None and glad["kind"] == "mixed" and "path to recovery" in glad["text"]
    # the quoted words are part of the reported object, which goes on past the closing mark
    report = _by_text(quotes, "2,521 shooting incidents")
    assert report is not None and report["kind"] == "mixed" and "left hundreds dead" in report["text"]


def test_speech_nouns_with_a_that_clause_are_quotes_of_their_maker(analyse):
    rep = analyse(
        "President Alexander Lukashenko repeated his claim that Ukraine had gathered 20,000 troops near "
        "the border.\n\n"
        "The ministry issued a statement that troops had withdrawn from the town.\n\n"
        "Donald Trump’s announcement that US troops will withdraw from Syria surprised allies.\n\n"
        "He dismissed the report that he wrote last year.\n\n"
        "There were fears that the war would spread.\n", published="2023-05-01")
    quotes = rep["quotes"]
    claim = _by_text(quotes, "Ukraine had gathered 20,000 troops")
    assert claim is not None and claim["speaker"]["name"] == "Alexander Lukashenko", claim
    statement = _by_text(quotes, "troops had withdrawn from the town")
    assert statement is not None and statement["speaker"]["text"] == "The ministry", statement
    announcement = _by_text(quotes, "US troops will withdraw from Syria")
    assert announcement is not None and announcement["speaker"]["text"] == "Donald Trump", announcement
    # a relative clause ("the report that he wrote") and a fear report nobody's words
    assert _by_text(quotes, "he wrote last year") is None or _by_text(quotes, "he wrote last year")["cue"] != "report"
    assert _by_text(quotes, "the war would spread") is None
    # what the claim carries is claimed by its maker, not asserted
    grouping = next(v for v in rep["events"] if v["type"] == "MOBILIZE")
    assert grouping["factuality"] == "claimed" and grouping["source"]["name"] == "Alexander Lukashenko"


def test_a_programme_named_after_the_cue_is_no_quote(analyse):
    quotes = _quotes(analyse, "“I am confident we will win,” Pence said on “Fox News Sunday.”\n")
    said = _by_text(quotes, "I am confident we will win")
    assert said is not None and said["kind"] == "direct" and "Fox News" not in said["text"], quotes
    assert _by_text(quotes, "Fox News Sunday") is None


def test_naming_verbs_quote_the_words_they_put_on_something(analyse):
    # "branded X “Q”", "characterising X as “Q”": the quoted label is the subject's words
    rep = analyse("The opposition boycotted the talks entirely, characterising them as “the regime talking to "
                  "the regime”. Rebels branded the ceasefire “a farce”.", published="2017-11-20")
    mixed = [q for q in rep["quotes"] if q["kind"] == "mixed"]
    assert [q["speaker"]["text"] for q in mixed] == ["The opposition", "Rebels"]


def test_what_was_said_runs_on_where_the_parser_hangs_the_cue_below_the_sentence(analyse):
    # the small parser makes "pointed out" the complement of "translate": the words after the
    # clause are still what was said
    rep = analyse("Clinton then pointed out that one shooting may have more than one victim, so thousands of "
                  "shooting victims does not necessarily translate into thousands of shootings.", published="2016-10-01")
    q = next(q for q in rep["quotes"] if q["cue"] == "pointed")
    assert q["text"].endswith("translate into thousands of shootings"), q["text"]
    # a later cue is another report, not more of this one
    rep = analyse("Trump said the election was rigged, aides said on Monday.", published="2016-10-01")
    assert all("aides" not in q["text"] for q in rep["quotes"])


def test_a_name_after_an_office_is_a_persons_even_when_tagged_an_organisation(analyse):
    rep = analyse("The UN special envoy for Syria, Staffan de Mistura, has repeatedly told Putin he needs the "
                  "democratic legitimacy of the UN to end the war.", published="2017-11-20")
    q = next(q for q in rep["quotes"] if q["cue"] == "told")
    assert q["speaker"]["name"] == "Staffan de Mistura"
    ent = next(e for e in rep["entities"] if e["name"] == "Staffan de Mistura")
    assert ent["type"] == "PERSON"


def test_who_a_phrase_is_about_or_a_passive_cues_subject_does_not_speak(analyse):
    rep = analyse("Earlier this week, the lawyers representing Elsheikh's mother said their client had long made "
                  "clear her opposition to the actions of Islamic State. Elsheikh and Kotey, who were raised in "
                  "Britain, are alleged to have been part of an Isis terror cell, known as “the Beatles”. "
                  "Trump was told by aides that the plan would fail.", published="2018-07-20")
    speakers = [(q["speaker"] or {}).get("text") for q in rep["quotes"]]
    assert "the lawyers" in speakers and "aides" in speakers
    assert not any(s and ("Elsheikh" in s or s == "Trump") for s in speakers), speakers


def test_a_title_after_a_preposition_is_no_quote_anywhere_in_the_sentence(analyse):
    rep = analyse("On this weekend's broadcast of “Fox News Sunday,” Republican vice-presidential nominee Mike Pence "
                  "said his running mate's tweet was only mocking the Clinton camp.", published="2016-09-25")
    assert [q["kind"] for q in rep["quotes"]] == ["indirect"]
    assert rep["quotes"][0]["speaker"]["name"] == "Mike Pence"


def test_a_finding_reported_by_a_poll_the_parser_made_the_root_is_the_polls(analyse):
    # the small parser reads "poll found" as a noun with a participle; a participle with a
    # "that"-clause on a verbless sentence's root is the finite verb of that noun
    rep = analyse("A Quinnipiac University poll found last week that Clinton would beat Trump 46 to 40 percent "
                  "in a general election match-up. The poll conducted last week had 1,200 respondents.",
                  published="2016-03-01")
    q = next(q for q in rep["quotes"] if q["cue"] == "found")
    assert "poll" in q["speaker"]["text"] and q["text"].startswith("that Clinton would beat Trump")
    assert len(rep["quotes"]) == 1


def test_making_the_case_that_is_arguing_it(analyse):
    rep = analyse("Sanders made the case that taxes on Wall Street should rise. The lawyers won the case that the "
                  "family brought against the city.", published="2016-03-01")
    assert [(q["speaker"]["name"], q["text"]) for q in rep["quotes"]] == [
        ("Sanders", "taxes on Wall Street should rise")]


def test_a_volley_or_a_topic_not_spoken_of_is_no_quote(analyse):
    rep = analyse("Kenyan police fired tear gas and water cannon at thousands of opposition supporters in Nairobi "
                  "on Wednesday. President William Ruto did not comment on the deaths. The minister fired back at "
                  "critics, saying the law was fair. Police fired tear gas to prevent protesters from marching.",
                  published="2023-07-12")
    texts = [q["text"] for q in rep["quotes"]]
    assert not any("tear gas" in t or t == "the deaths" for t in texts), texts
    assert "the law was fair" in texts


def test_a_relative_pronoun_as_the_cues_own_object_is_no_quote(analyse):
    rep = analyse("Erdogan is fighting the Kurds, all of whom he denounces as terrorists. Bloomberg said the guns, "
                  "which he said were at his side, were real.", published="2018-01-24")
    texts = [q["text"] for q in rep["quotes"]]
    assert not any("denounces" in t for t in texts), texts
    # a relative clause that reports a claim about its noun is one; the relative pronoun
    # and the cue are not what was said
    assert "were at his side" in texts


def test_a_leader_epithet_and_a_possessive_surname_are_the_prime_minister(analyse):
    rep = analyse("Hungarian Prime Minister Viktor Orbán has threatened to veto new sanctions against Russia.\n\n"
                  "Speaking on state radio on Friday, the veteran leader said Hungary \"will not sign a blank "
                  "cheque\" and accused the European Commission of blackmail.\n\nOrban's chief of staff, Gergely "
                  "Gulyas, later told reporters that the government had not yet decided.", published="2025-03-21")
    q = next(q for q in rep["quotes"] if q["cue"] == "said")
    assert q["speaker"]["name"] == "Viktor Orbán"
    # the participle before the speaker is no part of what was said; no dangling "and"
    assert q["text"] == "Hungary will not sign a blank cheque", q["text"]
    names = [e["name"] for e in rep["entities"]]
    assert "Orban" not in names, names


def test_how_something_looks_is_no_ones_words(analyse):
    rep = analyse("Turkey's position appeared to have softened recently. As well as pushing its own deal, Russia "
                  "sees a chance to influence the Kurds. Erdogan said the talks had failed.", published="2018-01-24")
    assert [q["cue"] for q in rep["quotes"]] == ["said"], [(q["cue"], q["text"]) for q in rep["quotes"]]


def test_a_final_reporting_clause_and_a_reporting_relative_clause(analyse):
    # "C, S said" where the parser hangs the reporting clause on C as an adverbial clause
    r = analyse("Iran and Saudi Arabia agreed on Friday to restore diplomatic relations, after talks "
                "hosted by China, the three countries said in a joint statement.")
    q = [x for x in r["quotes"] if x["speaker"]["text"] == "the three countries"]
    assert len(q) == 1 and q[0]["text"].startswith("Iran and Saudi Arabia agreed")
    assert not any(x["text"].startswith(("a joint statement", "Friday")) for x in r["quotes"])
    # a relative clause's reporting verb reports the rest of the relative clause only
    r = analyse("Thousands marched through the capital to protest a bill that critics say would stifle "
                "media freedom, and riot police used water cannon and pepper spray to clear protesters.")
    assert [x["text"] for x in r["quotes"]] == ["would stifle media freedom"]
    hit = next(v for v in r["events"] if v["trigger"]["text"] == "used")
    assert hit["type"] == "ASSAULT" and hit["factuality"] == "asserted" and hit["actor"]["text"] == "riot police"


def test_a_reduced_relative_report_is_said_of_its_noun(analyse):
    r = analyse("A court on Friday sentenced Imran Khan to 14 years in prison in a land graft case, a verdict "
                "his party said was politically motivated.")
    assert [(q["speaker"]["text"], q["text"]) for q in r["quotes"]] == [("his party", "was politically motivated")]
    sent = next(v for v in r["events"] if v["trigger"]["text"] == "sentenced")
    assert sent["factuality"] == "asserted" and sent["actor"]["text"].startswith("A court")


def test_coordinated_speakers_of_a_final_reporting_verb(analyse):
    r = analyse("Kenyan police shot dead at least two protesters in Nairobi on Tuesday as thousands of "
                "demonstrators stormed parliament, setting part of the building on fire, witnesses and a "
                "rights group said.")
    [q] = r["quotes"]
    assert q["speaker"]["text"] == "witnesses and a rights group"
    assert q["text"].endswith("setting part of the building on fire")
    shot = next(v for v in r["events"] if v["trigger"]["text"] == "shot")
    assert shot["factuality"] == "claimed" and shot["actor"]["sector"] == "COP"


def test_a_name_the_ner_calls_an_organisation_after_an_office_is_a_person(analyse):
    r = analyse("CARACAS, July 29 (AP) — Venezuela's electoral council declared President Nicolás Maduro the "
                "winner, but the opposition said its candidate, Edmundo González, had won.\n\nOpposition leader "
                "María Corina Machado said the coalition had collected most tally sheets. \"We won, and everyone "
                "knows it,\" she told reporters.\n\nArgentina said it would not recognise the result.",
                published="2024-07-29")
    machado = next(e for e in r["entities"] if e["name"] == "María Corina Machado")
    assert machado["type"] == "PERSON" and machado["actor"]["code"] == "VENOPP"
    direct = next(q for q in r["quotes"] if q["kind"] == "direct")
    assert direct["speaker"]["name"] == "María Corina Machado"
    rej = next(v for v in r["events"] if v["trigger"]["text"] == "recognise")
    assert rej["type"] == "REJECT" and rej["actor"]["country"] == "ARG"


def test_a_quoted_name_opening_a_sentence_is_no_statement_after_an_announcement(analyse):
    r = analyse("Fighting continued into 2015, with Moscow denying Kiev's claims that it was sending troops to the "
                "region. The “Minsk agreement” stipulated a ceasefire and a special status for the rebel-held areas.")
    assert not any("Minsk agreement" in q["text"] for q in r["quotes"])
    r = analyse("Smith spoke to reporters on Monday. “We will not go back to the old ways of doing things.”")
    assert any(q["speaker"] and q["speaker"]["name"] == "Smith" for q in r["quotes"])


def test_a_family_name_without_its_arabic_article_is_the_same_speaker(analyse):
    r = analyse("Nasr al-Hariri, chief negotiator for the Syrian Negotiations Commission, said he welcomed the US "
                "decision. Hariri has been lobbying in Washington to urge more pressure on Russia. “We need help,” "
                "Hariri said.")
    names = {q["speaker"]["name"] for q in r["quotes"] if q["speaker"]}
    assert names == {"Nasr al-Hariri"}


def test_a_predicate_torn_from_its_subject_is_the_reported_clauses_not_a_quote_of_its_own(analyse):
    r = analyse("Tensions reached breaking point last week after the Pentagon announced that Kurds it had backed to "
                "oust Islamic State from Raqqa would form a border force near the Turkish frontier.")
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Pentagon"]
    assert r["quotes"][0]["text"].endswith("would form a border force near the Turkish frontier")


def test_they_said_is_the_latest_plural_speaker(analyse):
    r = analyse("Lawyers for the woman said the decision was unlawful. “Her request is that the norms of due process "
                "form the basis of any trial,” they said.")
    direct = next(q for q in r["quotes"] if q["kind"] == "direct")
    assert direct["speaker"]["text"] == "they" and direct["speaker"]["name"] == "Lawyers for the woman"
    r = analyse("Jane Lyndon said her son was a hero. “We will appeal,” they said.")
    direct = next(q for q in r["quotes"] if q["kind"] == "direct")
    assert direct["speaker"]["name"] in (None, "they")  # one woman is no "they"


def test_a_reduced_passive_of_alleging_quotes_no_one(analyse):
    r = analyse("The two other members of the group alleged to have been involved in the killings are Mohammed "
                "Emwazi and Aine Davis.")
    assert r["quotes"] == []
    r = analyse("Russia has alleged that Ukraine attacked the plant.")
    assert [q["speaker"]["name"] for q in r["quotes"]] == ["Russia"]


def test_a_body_in_a_place_speaks_not_the_place(analyse):
    r = analyse("The court in the town of Kilis, near the Syrian border, said Prakash must stay behind bars for now.")
    sp = r["quotes"][0]["speaker"]
    assert sp["text"].startswith("The court") and sp["name"] != "Kilis"


def test_a_pronoun_agrees_in_gender_with_a_title(analyse):
    r = analyse("Mr Tang said the trip was cancelled. Mrs Lyndon has made crossing the border harder. “Of course you "
                "don't talk politics to the children,” he said.")
    direct = next(q for q in r["quotes"] if q["kind"] == "direct")
    assert direct["speaker"]["name"] == "Tang"
    r = analyse("Mrs Clinton said the plan was reckless. Mr Trump spoke in Ohio on Monday. “It underscores that "
                "he is unfit to be commander in chief,” she said.")
    direct = next(q for q in r["quotes"] if q["kind"] == "direct")
    assert direct["speaker"]["name"] == "Clinton"


def test_a_body_says_it_and_a_quote_after_reported_speech_goes_on_with_its_speaker(analyse):
    rep = analyse("Global Affairs Canada denied there had been any deal concerning the repatriation of citizens. "
                  "It said in a statement: “Canadian diplomats have established a communications channel with "
                  "local Kurdish authorities.”\n\nA UK Foreign Office spokesperson reiterated that consular "
                  "services in Syria were suspended in 2012. “The government will do what it takes to keep "
                  "families, communities and our country safe.”", published="2018-12-27")
    by_text = {q["text"][:20]: q["speaker"]["name"] if q["speaker"] else None for q in rep["quotes"]}
    assert by_text["Canadian diplomats h"] == "Global Affairs Canada"
    assert by_text["The government will "] == "UK Foreign Office"
    # a quotation with its own attribution after it keeps that one
    rep = analyse("All the experts I spoke with said the plan was sound. “It has the important virtue of being "
                  "fiscally responsible,” Leonard E. Burman, director of the Tax Policy Center and a professor at "
                  "Syracuse University, said of the plan.", published="2016-03-01")
    q = next(q for q in rep["quotes"] if q["text"].startswith("It has"))
    assert q["speaker"]["name"] == "Leonard E. Burman"


def test_an_anonymous_sources_condition_and_a_statements_maker(analyse):
    rep = analyse("“It is a tragedy,” a UN official, who asked not to be named, told the Guardian.",
                  published="2023-06-01")
    assert [q["cue"] for q in rep["quotes"]] == ["told"]  # no quote "not to be named", no cue "asked"
    rep = analyse("According to a statement from the army, three soldiers were killed.", published="2023-06-01")
    assert rep["quotes"][0]["speaker"]["text"] == "the army"


def test_a_final_report_joined_by_a_comma_reports_the_clause_before_it(analyse):
    rep = analyse("Meanwhile, a series of airstrikes by Russian jets in the past 24 hours killed about 120 Islamic "
                  "State fighters in Syria, Russia’s defence ministry said on Saturday.", published="2017-10-07")
    assert rep["quotes"] and rep["quotes"][0]["speaker"]["text"] == "Russia’s defence ministry"
    killed = next(v for v in rep["events"] if v["trigger"]["text"] == "killed")
    assert killed["factuality"] == "claimed"


def test_a_subject_with_a_past_verb_and_its_complement_before_a_final_report(analyse):
    rep = analyse("Students resorted to throwing stones during protests against the new law, witnesses said on "
                  "Friday.", published="2005-03-01")
    assert rep["quotes"] and rep["quotes"][0]["speaker"]["text"] == "witnesses"
    protest = next(v for v in rep["events"] if v["type"] == "PROTEST")
    assert protest["actor"]["text"] == "Students" and protest["factuality"] == "claimed"


def test_a_name_inside_quoted_words_is_no_antecedent_for_the_reporters_he(analyse):
    rep = analyse("Speaking on Monday, John Smith said the army had failed. “Even Bashar al-Assad did not expect "
                  "this,” he added.", published="2018-03-19")
    q = next(q for q in rep["quotes"] if q["text"].startswith("Even"))
    assert q["speaker"]["name"] == "John Smith"


def test_a_newspaper_told_is_the_channel(analyse):
    rep = analyse("“It is a tragedy,” a UN official, who asked not to be named, told The Guardian on Sunday.",
                  published="2023-06-01")
    assert rep["quotes"][0]["channel"] == "The Guardian"


def test_a_time_phrase_before_what_was_said(analyse):
    rep = analyse("Trump said after the convention he would not accept Cruz's endorsement if it were offered.",
                  published="2016-08-01")
    assert [q["text"] for q in rep["quotes"]] == ["he would not accept Cruz's endorsement if it were offered"]


def test_the_channel_in_a_speaking_clause(analyse):
    rep = analyse("Speaking to the BBC, the prime minister insisted the policy was working.", published="2023-06-01")
    assert rep["quotes"][0]["channel"] == "the BBC"


def test_a_name_swallowed_by_a_fronted_phrase_is_the_speaker(analyse):
    rep = analyse("In a March 2016 meeting with the editorial board of the Washington Post Trump said that U.S. "
                  "involvement in NATO may need to be significantly diminished.", published="2016-09-10")
    q = rep["quotes"][0]
    assert "Trump" in q["speaker"]["text"] and q["text"].startswith("U.S. involvement")


def test_a_colon_introduces_all_of_the_unquoted_words_after_it(analyse):
    # within the paragraph: every sentence after the colon; across paragraphs: the next one
    quotes = _quotes(analyse, (
        "The senator replied: The bill is dead. Nobody in this chamber will vote for it.\n\n"
        "Later the ministry's spokeswoman added:\n\n"
        "The border crossings will stay closed until further notice. Trucks must wait.\n\n"
        "The list of those present was long:\n\n"
        "The mayor, the police chief and two councillors attended the session.\n"))
    bill = _by_text(quotes, "The bill is dead")
    assert bill is not None and "Nobody in this chamber" in bill["text"], quotes
    border = _by_text(quotes, "crossings will stay closed")
    assert border is not None and "spokeswoman" in border["speaker"]["text"] and "Trucks must wait" in border["text"]
    assert _by_text(quotes, "police chief and two councillors") is None  # a list is no one's words


def test_a_because_clause_after_what_was_said_is_part_of_it(analyse):
    quotes = _quotes(analyse, (
        "A committee aide said the hearing could not go ahead because the minister had only "
        "asked for the papers a few hours earlier.\n\n"
        "Senator Ron Baxter said the plan smacked of hypocrisy, because ministers have long "
        "opposed such checks.\n"))
    aide = _by_text(quotes, "hearing could not go ahead")
    assert aide is not None and "asked for the papers" in aide["text"], quotes
    baxter = _by_text(quotes, "smacked of hypocrisy")
    assert baxter is not None and "long opposed such checks" in baxter["text"], quotes
    # a contrast or another report stays apart: its words are someone else's
    quotes = _quotes(analyse, "Turkish officials demand that the governor be removed, although Mayor Ali Kaya "
                              "recently described him in a speech as a reformer.\n")
    demand = _by_text(quotes, "governor be removed")
    assert demand is not None and "reformer" not in demand["text"], quotes


def test_an_aside_hung_on_the_subject_still_reports_the_whole_clause(analyse):
    quotes = _quotes(analyse, "The change now, he told me on Tuesday, is that he runs a news program.\n")
    q = _by_text(quotes, "The change now")
    assert q is not None and "he runs a news program" in q["text"] and len(q["spans"]) == 2, quotes


def test_according_to_a_source_the_tagger_reads_as_a_verb_phrase(analyse):
    quotes = _quotes(analyse, "The host repeatedly insulted his guests on air, according to show insiders.\n")
    q = _by_text(quotes, "repeatedly insulted his guests")
    assert q is not None and q["speaker"] is not None and "insiders" in q["speaker"]["text"], quotes
    assert not any(x["speaker"] and x["speaker"]["text"].startswith("The host") for x in quotes), quotes


def test_family_feature_speakers_by_given_name_and_pronoun(analyse):
    # a feature names its people by first name after the first mention; the small NER reads
    # a lone "Dirk" as an organisation, and a "she" must not be the father
    rep = analyse((
        "When Maria Campbell told her father of her plan to join the Kurdish forces, he made a joke. "
        "“By then, I knew enough to know that it would imperil her life,” says Dirk Campbell, 67. "
        "“We were shocked when she told us she was going there,” says Dirk. "
        "Maria was 11 when Dirk realised there was something different about her. "
        "“It seems a small thing, but I remember when she protected a bumblebee at school,” he says. "
        "“Her mother and I were once arrested for staging a sit-in at a shop,” Dirk chuckles. "
        "“She was one of the first people to go into the camp to protect refugees,” says Dirk.\n"),
        published="2018-03-20")
    quotes = rep["quotes"]
    for fragment in ("imperil her life", "we were shocked", "protected a bumblebee",
                     "arrested for staging a sit-in", "to protect refugees"):
        q = next((q for q in quotes if fragment.lower() in q["text"].lower()), None)
        assert q is not None and q["speaker"]["name"] == "Dirk Campbell", fragment
    dirk = next(e for e in rep["entities"] if e["name"] == "Dirk Campbell")
    assert not any(m["text"].lower() in ("she", "her") for m in dirk["mentions"])


def test_a_speaker_with_a_long_apposition_or_quoted_as_saying(analyse):
    quotes = _quotes(analyse, (
        "Turkish-backed rebels attacked the city on 20 January. “It was like nothing I’d ever seen,” "
        "another British fighter, who asked to be known only by her nom de guerre, Ruken Renas, "
        "told me from her frontline position last week.\n\n"
        "The Russian defence ministry said the flag was flying in Douma. “The raising of a regime flag "
        "over a building in the town of Douma signified control over this town,” Major General Yury "
        "Yevtushenko, head of the Russian military’s centre for reconciliation in Syria, was quoted as "
        "saying by the Interfax news agency.\n"))
    seen = _by_text(quotes, "like nothing I’d ever seen")
    assert seen is not None and "fighter" in seen["speaker"]["text"] and seen["cue"] == "told"
    assert _by_text(quotes, "told me from her frontline") is None  # the cue is no one's words
    flag = _by_text(quotes, "The raising of a regime flag")
    assert flag is not None and flag["speaker"]["name"] == "Yury Yevtushenko"


def test_he_added_after_an_unnamed_speaker_is_that_speaker(analyse):
    quotes = _quotes(analyse, (
        "The Assad government has besieged eastern Ghouta for years, and President Bashar al-Assad "
        "has vowed to retake it. “We are standing before the massacre of the 21st century,” said a "
        "doctor in the town. “This is the massacre of this century right now.” He added: “A little "
        "while ago a child came to me who was blue in the face and barely breathing.”\n"))
    added = _by_text(quotes, "blue in the face")
    assert added is not None and "doctor" in added["speaker"]["name"]


def test_a_given_name_other_naming_traditions_give_men_is_not_read_as_female(analyse):
    # the US census lists call Valery a woman's name; Valery Gerasimov is "he"
    quotes = _quotes(analyse, (
        "In March, Anna Petrova asked Valery Gerasimov, the chief of the general staff of the Russian "
        "armed forces, about the strikes. “In the case of a threat to the lives of our servicemen, the Russian armed forces will take "
        "response measures,” he said.\n"))
    threat = _by_text(quotes, "response measures")
    assert threat is not None and threat["speaker"]["name"] == "Valery Gerasimov"


def test_inverted_cues_name_the_speaker_the_parser_reads_on(analyse):
    # "said NAME ..." after a quote: the parser makes the name the subject of what follows
    quotes = _quotes(analyse, (
        "Human rights groups said it was vital to keep up the pressure. “If security council members "
        "want to save lives in eastern Ghouta, they must enforce the resolution,” said Ibrahim al-Assil "
        "of the Syrian Nonviolence Movement.\n\n"
        "Hundreds gathered for the funeral. “I came all this way because Jac was one of the original "
        "volunteers to join the YPG,” said Canadian Hanna Bohman, one of a handful of international "
        "female volunteers to have joined the YPJ.\n\n"
        "Dunford pointed to the fighters crossing the border. “It’s the flow of foreign fighters,” said "
        "Dunford speaking to a conference on countering extremism, “the ability to move resources, and "
        "the ideology that allows these groups to operate.”\n\n"
        "Some holdouts had bought the new message. “The Islamic state will rise again,” screamed two "
        "women, their faces covered in niqabs, as they were driven to detention centres.\n"))
    assert _by_text(quotes, "must enforce the resolution")["speaker"]["name"] == "Ibrahim al-Assil"
    assert "Hanna Bohman" in _by_text(quotes, "I came all this way")["speaker"]["name"]
    flow = _by_text(quotes, "the flow of foreign fighters")
    assert "Dunford" in flow["speaker"]["name"] and "ability to move resources" in flow["text"]
    assert len(flow["spans"]) == 2  # one quotation interrupted by its attribution
    assert _by_text(quotes, "will rise again")["speaker"]["text"] == "two women"


def test_a_quoted_note_and_an_exclamation_that_ends_its_sentence(analyse):
    quotes = _quotes(analyse, (
        "Politico has obtained the text of his remarks. It quotes Pompeo’s note saying: “There are few "
        "who dread war more than those of us who have served in uniform.”\n\n"
        "“Why are we fighting for our enemy, Syria, by staying and killing ISIS for them?,” Trump asked "
        "on Twitter. “Time to focus on our Country and bring our youth back home where they belong!” "
        "The planned US pullout was announced as Turkey was preparing to send its military into Syria.\n\n"
        "“Who would have believed that we would have received almost 14 million votes?” Trump said, "
        "looking out on the cheering crowd.\n"))
    assert "Pompeo" in _by_text(quotes, "few who dread war")["speaker"]["name"]
    youth = _by_text(quotes, "bring our youth back home")
    assert youth is not None and "Trump" in youth["speaker"]["name"]
    assert "Trump" in _by_text(quotes, "14 million votes")["speaker"]["name"]


def test_a_pronoun_and_an_unlisted_verb_and_a_people_noun_that_announces_a_quote(analyse):
    quotes = _quotes(analyse, (
        "Her six-year-old sister Sylvana sits with them. She narrowly escaped the organ traffickers "
        "who smuggled her to Turkey. “They tried to take my kidney but a doctor stole me from the "
        "hospital,” she whispers, in a child’s hesitant account of a journey that took her back to "
        "Iraq.\n\n"
        "A Kurdish resident of the city, who has not been given permission to leave by Kurdish "
        "militant groups, said the opposite. “Last night they bombed the hospital, and last week they "
        "blew up the waterworks. This is barbaric.”\n"))
    kidney = _by_text(quotes, "take my kidney")
    assert kidney is not None and kidney["speaker"]["name"] == "Sylvana" and kidney["cue"] == "whispers"
    bombed = _by_text(quotes, "bombed the hospital")
    assert bombed is not None and "resident" in bombed["speaker"]["text"]
    assert _by_text(quotes, "the opposite") is None  # the announcing verb's object is no quote


def test_a_pronoun_in_a_subordinate_clause_looks_in_its_own_sentence_first(analyse):
    quotes = _quotes(analyse, (
        "Neil Basu, the head of counter-terrorism policing, said officers would question the teenager. "
        "The family were dismayed by the home secretary Sajid Javid’s seemingly tough talk in a "
        "newspaper interview where he said he may use powers to revoke her British passport.\n"))
    powers = _by_text(quotes, "may use powers")
    assert powers is not None and powers["speaker"]["name"] == "Sajid Javid"


def test_inverted_cues_before_an_age_or_a_described_speaker(analyse):
    quotes = _quotes(analyse, (
        "Residents discuss the trees. “We built this place ourselves, brick by brick,” says "
        "35-year-old Barwa Darwish, who came to Jinwar with her seven children.\n\n"
        "A Saudi national told the Guardian about the camp. “Most want to leave, like me,” said the "
        "26-year-old, who called himself Abu Saad.\n\n"
        "Russia backs the plan. “Afrin is not within the coalition area of operations,” said a US "
        "military spokesman, in a statement.\n\n"
        "Trump will look for new crises. “We know from people who have worked with this man that he "
        "tends to create more chaos,” Farkas said. “That is what we are seeing now.” ‘Added room for "
        "misjudgment’ Accounts from inside the White House confirm that Mattis had steered him.\n"))
    assert _by_text(quotes, "brick by brick")["speaker"]["name"] == "Barwa Darwish"
    assert _by_text(quotes, "Most want to leave")["speaker"]["text"] == "the 26-year-old"
    assert "spokesman" in _by_text(quotes, "coalition area of operations")["speaker"]["text"]
    now = _by_text(quotes, "what we are seeing now")
    assert now is not None and now["speaker"]["name"] == "Farkas"


def test_a_subheading_in_single_marks_is_no_ones_words(analyse):
    # scraped pages run the paper's subheadings into the text between two sentences
    quotes = _quotes(analyse, (
        "Trump will look for new crises abroad. “When he feels out of control, he tends to create more "
        "chaos,” Farkas said. ‘Added room for misjudgment’ Accounts from inside the White House confirm "
        "that Mattis had steered the president from impulsive moves.\n\n"
        "A week later, another reporter came to his home to write about their living conditions. ‘I’ve "
        "never cried in public, but when I read them I cried’ Numerous health inspectors had deemed "
        "the duplex safe.\n"))
    assert _by_text(quotes, "Added room for misjudgment") is None
    assert _by_text(quotes, "never cried in public") is None
    assert "Farkas" in _by_text(quotes, "create more chaos")["speaker"]["name"]


def test_an_appeal_for_someone_to_act_and_a_quote_the_parser_reads_as_a_relative_clause(analyse):
    # "called for X to do Y": the parser reads the for-to infinitive as an adverbial clause
    # with "for" as its mark; the quote after it once crashed the extractor, because the
    # parser hung "he said" on "culture" as a relative clause with its complement before it
    quotes = _quotes(analyse, (
        "Senator Jane Holloway on Tuesday called for the United States to take a stronger role in "
        "the conflict.\n\n"
        "The relief agency called for both sides to open the roads to the city.\n\n"
        "She waited for the rain to stop.\n\n"
        "Tom Becker spoke about the race. “This is a culture in which, if one candidate is really "
        "boring and the other candidate is really amusing, the amusing candidate gains ground,” he "
        "said.\n"))
    appeal = _by_text(quotes, "the United States to take a stronger role")
    assert appeal is not None and appeal["speaker"]["name"] == "Jane Holloway"
    assert not appeal["text"].startswith("for")
    roads = _by_text(quotes, "both sides to open the roads")
    assert roads is not None and "agency" in roads["speaker"]["text"]
    assert _by_text(quotes, "the rain to stop") is None
    culture = _by_text(quotes, "the amusing candidate gains ground")
    assert culture is not None and culture["kind"] == "direct" and culture["speaker"]["name"] == "Tom Becker"


def test_who_speaks_for_a_named_person_is_not_that_person(analyse):
    quotes = _quotes(analyse, (
        "The lawyer for Hoda Muthana, the woman who fled the group, said that she wanted to come "
        "home.\n\n"
        "A friend of Shamima Begum said the baby had turned blue before he was rushed to a clinic.\n\n"
        "The US special envoy for Syria, James Jeffrey, said the militants would come back.\n\n"
        "Senior senators such as Lindsey Graham said the withdrawal was a mistake.\n"))
    lawyer = _by_text(quotes, "she wanted to come home")["speaker"]
    assert lawyer["text"] == "The lawyer for Hoda Muthana" and lawyer["name"] != "Hoda Muthana"
    friend = _by_text(quotes, "the baby had turned blue")["speaker"]
    assert friend["name"] != "Shamima Begum" and "friend" in friend["text"]
    assert _by_text(quotes, "militants would come back")["speaker"]["name"] == "James Jeffrey"
    assert _by_text(quotes, "withdrawal was a mistake")["speaker"]["name"] == "Lindsey Graham"


def test_thats_according_to_attributes_the_sentence_before(analyse):
    quotes = _quotes(analyse, (
        "About two-thirds of voters in the five states support the ban on new arrivals. That's "
        "according to early results of exit polls conducted by Edison Research.\n\n"
        "That's according to the police.\n"))
    polls = _by_text(quotes, "support the ban on new arrivals")
    assert polls is not None and polls["cue"] == "according to" and "Edison Research" in polls["speaker"]["text"]
    # with no sentence before it, the demonstrative stands for nothing: no quote, and no
    # quote of "the police" by "That"
    assert not any(q["speaker"] and q["speaker"]["text"] == "That" for q in quotes)
    assert _by_text(quotes, "the police") is None


def test_former_members_those_close_to_someone_and_an_adjective_are_not_the_named_speaker(analyse):
    quotes = _quotes(analyse, (
        "Isis sent thousands of its men to the town. “I was one of the people preparing our guys for "
        "battle,” said a former Isis member now living outside Syria.\n\n"
        "Barack Obama praised him. “We all owe him our gratitude,” said the former Obama adviser Ben "
        "Rhodes.\n\n"
        "Abu Bakr al-Baghdadi has slipped the net. Those close to him say that he always harboured "
        "fears of betrayal.\n\n"
        "The group has rebranded itself. Central to that is claiming that the losses are a result of a "
        "war on Islam.\n"))
    member = _by_text(quotes, "preparing our guys for battle")["speaker"]
    assert member["name"] != "Isis" and member["text"] == "a former Isis member"
    assert _by_text(quotes, "owe him our gratitude")["speaker"]["name"] == "Ben Rhodes"
    close = _by_text(quotes, "always harboured fears")["speaker"]
    assert close["text"] == "Those close to him" and close["name"] != "Abu Bakr al-Baghdadi"
    central = _by_text(quotes, "the losses are a result")
    assert central is None or central["speaker"] is None or "Central" not in central["speaker"]["text"]


def test_polls_images_and_inquiries_report_what_they_show_or_found(analyse):
    quotes = _quotes(analyse, (
        "Repeated polls show we are almost evenly split on whether to take them in.\n\n"
        "Satellite images show that the air base was destroyed.\n\n"
        "A UN inquiry found that the convoy was struck from the air.\n\n"
        "Rescuers found the bodies of six children. The video showed him the door.\n"))
    # the model scores "show" low; a record as its subject makes it a report all the same
    polls = _by_text(quotes, "we are almost evenly split")
    assert polls is not None and polls["speaker"]["text"] == "Repeated polls"
    images = _by_text(quotes, "the air base was destroyed")
    assert images is not None and "Satellite images" in images["speaker"]["text"]
    assert _by_text(quotes, "the convoy was struck from the air") is not None
    # "find" and "show" with no record as their subject, or with a plain object, report nothing
    assert _by_text(quotes, "the bodies of six children") is None
    assert _by_text(quotes, "the door") is None


def test_an_infinitive_on_the_object_speaks_for_the_subject(analyse):
    quotes = _quotes(analyse, (
        "Vladimir Putin went out of his way to say that Russia's economy had hit bottom this year.\n\n"
        "Cypriot officials have been at pains to stress that Cyprus has no part in the conflict.\n\n"
        "The western powers saw no need to argue for an intervention to help the Kurds.\n\n"
        "She gave him a chance to explain that the plan had failed.\n"))
    bottom = _by_text(quotes, "economy had hit bottom")
    assert bottom is not None and bottom["speaker"]["name"] == "Vladimir Putin"
    cyprus = _by_text(quotes, "Cyprus has no part in the conflict")
    assert cyprus is not None and cyprus["speaker"]["text"] == "Cypriot officials"
    # no need to argue is no argument; a chance given to him is not her words
    assert _by_text(quotes, "an intervention to help the Kurds") is None
    assert not any(q["speaker"] and q["speaker"]["text"] == "She" for q in quotes)


def test_a_report_the_parser_hangs_on_the_next_cue_stays_its_own(analyse):
    quotes = _quotes(analyse, (
        "More than six in 10 said they were not looking forward to the next few months of the "
        "campaign; 46 percent said they were unenthusiastic about the 2016 presidential election.\n\n"
        "Although he denied that the US was about to embark on nation-building, Rex Tillerson "
        "acknowledged that the Syrian conflict would go on.\n\n"
        "Administration officials had described the objective as “the enduring defeat of Isis”. "
        "Since Trump announced his decision, they have said it was the destruction of the caliphate.\n"))
    second = _by_text(quotes, "they were unenthusiastic")
    assert second is not None and second["speaker"]["text"] == "46 percent"
    assert "not looking forward" not in second["text"]
    tillerson = _by_text(quotes, "the Syrian conflict would go on")
    assert tillerson is not None and "nation-building" not in tillerson["text"]
    caliphate = _by_text(quotes, "the destruction of the caliphate")
    assert caliphate is not None and "Trump announced" not in caliphate["text"]
    assert caliphate["speaker"]["name"] and "officials" in caliphate["speaker"]["name"]


def test_he_after_a_described_subject_is_that_person(analyse):
    quotes = _quotes(analyse, (
        "The Syrian rebel commander stared at photographs of his fighters on the frontline. “It’s "
        "going to be a tough battle, maybe five or six months,” he said.\n\n"
        "The woman looked out at the sea. “It’s going to be a long winter,” he said.\n"))
    battle = _by_text(quotes, "a tough battle")["speaker"]
    assert battle["text"] == "he" and battle["name"] == "Syrian rebel commander"
    # "he" cannot stand for "the woman"
    assert _by_text(quotes, "a long winter")["speaker"]["name"] is None


def test_a_citation_in_brackets_is_not_the_speaker(analyse):
    quotes = _quotes(analyse, (
        "One of your correspondents (Letters, 19 April) argued that we should have sided with Russia.\n\n"
        "A senior official (Reuters, 2 May) said that the talks had failed.\n\n"
        "The Syrian Observatory for Human Rights (SOHR) said that 20 people had died.\n"))
    russia = _by_text(quotes, "sided with Russia")["speaker"]
    assert russia["text"] == "One of your correspondents" and russia["name"] != "Letters"
    assert _by_text(quotes, "the talks had failed")["speaker"]["name"] != "Reuters"
    assert "Observatory" in _by_text(quotes, "20 people had died")["speaker"]["name"]


def test_a_clause_cut_off_by_a_colon_or_a_bracket_is_the_writers(analyse):
    quotes = _quotes(analyse, (
        "Turnout in the north was low: officials said fewer than half of the voters came.\n\n"
        "Both candidates face questions about their health (her campaign later disclosed that "
        "she has pneumonia).\n\n"
        "If the talks fail, the minister said, there will be war.\n"))
    turnout = _by_text(quotes, "fewer than half of the voters came")
    assert turnout is not None and "Turnout" not in turnout["text"]
    pneumonia = _by_text(quotes, "she has pneumonia")
    assert pneumonia is not None and "candidates" not in pneumonia["text"]
    assert pneumonia["speaker"]["text"] == "her campaign"
    # a lead clause with no such mark is still part of what was said
    assert _by_text(quotes, "If the talks fail") is not None


def test_phrasal_cues_asides_and_impersonal_passives(analyse):
    quotes = _quotes(analyse, (
        "As critics have pointed out, the president is free to disclose his tax returns.\n\n"
        "As he pointed at the map, the crowd cheered loudly.\n\n"
        "To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum.\n\n"
        "When it was pointed out that Russia had vetoed the inquiry, Diane Abbott said talks must go on.\n\n"
        "The senator called Friday for releasing the police videos.\n"))
    returns = _by_text(quotes, "free to disclose his tax returns")
    assert returns is not None and returns["speaker"]["text"] == "critics"
    assert _by_text(quotes, "the crowd cheered") is None
    museum = _by_text(quotes, "one should visit this museum")
    assert museum["speaker"]["name"] == "Roberts" and "Dred Scott" in museum["text"]
    vetoed = _by_text(quotes, "Russia had vetoed the inquiry")
    assert vetoed is not None and vetoed["speaker"] is None
    talks = _by_text(quotes, "talks must go on")
    assert talks["speaker"]["name"] == "Diane Abbott" and "vetoed" not in talks["text"]
    videos = next(q for q in quotes if q["cue"] == "called")
    assert "releasing the police videos" in videos["text"] and "Friday" not in videos["text"]


def test_a_phrase_quoted_in_a_fronted_participle(analyse):
    quotes = _quotes(analyse, (
        "Bemoaning the “phony system,” Trump accused Holt of being a Democrat.\n\n"
        "Casting Iran as a “cancerous influence”, Pompeo said the US had reimposed sanctions.\n\n"
        "Obama, appearing on “The Tonight Show with Jimmy Fallon,” was asked about the photo.\n"))
    holt = _by_text(quotes, "Holt of being a Democrat")
    assert holt is not None and holt["speaker"]["name"] == "Trump"
    system = _by_text(quotes, "phony system")
    assert system["cue"] != "accused" and system["speaker"]["name"] == "Trump"
    influence = _by_text(quotes, "cancerous influence")
    assert influence["kind"] == "mixed" and influence["cue"] == "casting"
    assert "Pompeo" in influence["speaker"]["name"]
    assert _by_text(quotes, "reimposed sanctions")["cue"] == "said"
    # a programme's name after a preposition is no one's words
    assert _by_text(quotes, "Tonight Show") is None


def test_a_final_report_after_a_verb_of_thinking_and_the_question_asked(analyse):
    quotes = _quotes(analyse, (
        "Hillary Clinton thinks the federal government requires too many tests for school "
        "children, former President Bill Clinton said this week.\n\n"
        "The moderator asked Bernie Sanders if he would ever endorse Hillary Clinton.\n\n"
        "He can't credibly make fun of the ratings if Holt asks him about his tax returns.\n\n"
        "It should be noted that this designation applies almost only among Nato countries.\n"))
    tests = _by_text(quotes, "requires too many tests")
    assert tests is not None and tests["speaker"]["name"] == "Bill Clinton"
    assert "said this week" not in tests["text"]
    asked = next(q for q in quotes if q["cue"] == "asked")
    assert "if he would ever endorse Hillary Clinton" in asked["text"]
    # a condition after another verb is not what was said
    assert all("if Holt asks" not in q["text"] for q in quotes)
    # the writer's own aside is no one's quote
    assert _by_text(quotes, "this designation applies") is None


def test_a_document_sent_or_released_is_not_what_was_said(analyse):
    quotes = _quotes(analyse, (
        "The Clinton campaign released an ad this week showing Trump making remarks viewed by some "
        "as disparaging toward the military.\n"))
    assert all(not q["text"].startswith("an ad") for q in quotes)
    showing = _by_text(quotes, "Trump making remarks")
    assert showing is not None and "Clinton" in showing["speaker"]["text"]


def test_a_name_the_ner_calls_a_body_but_an_office_names_a_person_speaks_as_one(analyse):
    quotes = _quotes(analyse, (
        "The UN special envoy for Syria, Staffan de Mistura, said the country would face a long "
        "reconstruction. Bashar al-Assad has refused to negotiate.\n\n"
        "Speaking on BBC Radio 4’s Today programme, De Mistura argued that permanent peace would "
        "not be possible if the war ended without a settlement.\n\n"
        "Isis finds itself encircled in the east. De Mistura reiterated a message he gave to the UN "
        "security council this week. “The one thing above all that can make a difference will be a "
        "common sense of purpose,” he said.\n"))
    for fragment in ("permanent peace", "common sense of purpose"):
        assert _by_text(quotes, fragment)["speaker"]["name"] == "Staffan de Mistura", fragment


def test_a_name_in_a_prepositional_phrase_of_the_subject_is_not_the_next_he(analyse):
    quotes = _quotes(analyse, (
        "The director of GCHQ, Jeremy Fleming, has accused Russia of being reckless. Fleming said "
        "the attack on Sergei and Yulia Skripal was the first time nerve agents had been used in "
        "Europe since the second world war. “It demonstrates how reckless Russia is prepared to be,” "
        "he said.\n\n"
        "Some made their accommodations when Isis came, and others, like Abu Jassem from Falluja, "
        "have an older affiliation. Surrounded by suspicious men, he said he had moved from Falluja "
        "to Bukamal.\n"))
    assert _by_text(quotes, "how reckless Russia")["speaker"]["name"] == "Jeremy Fleming"
    # an example in the subject ("others, like Abu Jassem") is what the subject names
    assert _by_text(quotes, "moved from Falluja")["speaker"]["name"] == "Abu Jassem"


def test_a_horizontal_bar_is_read_as_a_dash(analyse):
    # HuffPost-style text sets asides off with U+2015, which the small tagger reads as a verb
    quotes = _quotes(analyse, (
        "When Clinton noted that Trump has occasionally not paid anything in federal income taxes "
        "\u2015 as was true for the few years his tax returns were made public \u2015 Trump boasted, "
        "“That makes me smart.”\n\n"
        "“He is ignorant of our culture and makes blanket statements about people.” \u2015 Pamela Padilla\n"))
    smart = _by_text(quotes, "That makes me smart")
    assert smart["speaker"]["name"] == "Donald Trump" or smart["speaker"]["text"] == "Trump"
    assert _by_text(quotes, "ignorant of our culture")["speaker"]["name"] == "Pamela Padilla"


def test_a_concession_before_the_cue_is_the_writers(analyse):
    # "While X, S said C": a concessive clause contrasts the report with what the writer knows
    quotes = _quotes(analyse, (
        "While the foreign minister did not give a time frame, the president said last week that Turkey would "
        "stall its offensive.\n\n"
        "Although the talks failed, the minister said the truce would hold.\n"))
    for words, lead in (("stall its offensive", "time frame"), ("the truce would hold", "talks failed")):
        q = _by_text(quotes, words)
        assert q is not None and lead not in q["text"], q


def test_a_place_as_the_object_of_a_learned_cue_is_no_report(analyse):
    quotes = _quotes(analyse, "Alexander Lukashenko has ruled Belarus since 1994.\n\nThe court ruled the decree "
                              "unlawful, and Mr Lukashenko ruled out talks.\n")
    assert _by_text(quotes, "Belarus") is None, quotes


def test_an_action_called_is_no_report_but_an_object_cited_as_something_is(analyse):
    # "called a strike": a walkout organised, not words; "cited the election as a reason"
    # says what the election is to the speaker
    quotes = _quotes(analyse, "The dockers' union called a strike at the port of Antwerp.\n\n"
                              "Several judges have cited the coming vote as a reason to speed release of records.\n")
    assert _by_text(quotes, "a strike") is None, quotes
    assert _by_text(quotes, "coming vote") is not None, quotes


def test_a_definite_description_takes_up_the_unnamed_speaker_introduced_since(analyse):
    rep = analyse("“The only winner so far is Iran,” said Bassam Barabandi, a former Syrian diplomat who defected "
                  "in 2013. A senior Turkish diplomat told the Observer that Moscow feels threatened. “But how can "
                  "they stop them?” the diplomat said.", published="2018-02-18")
    q = _by_text(rep["quotes"], "how can they stop them")
    assert q is not None and q["speaker"]["text"] == "the diplomat", rep["quotes"]
    assert q["speaker"]["name"] != "Bassam Barabandi", q  # not the named diplomat before him
    q = _by_text(rep["quotes"], "The only winner")
    assert q["speaker"]["name"] == "Bassam Barabandi", q


def test_a_relative_pronoun_content_is_its_noun_and_a_bare_pronoun_is_no_quote(analyse):
    quotes = _quotes(analyse, "The Russian president's move, which was announced by his defence minister, Sergei "
                              "Shoigu, highlighted Russia's primacy in Syrian affairs.")
    q = next(q for q in quotes if q["cue"] == "announced")
    assert q["text"].startswith("The Russian president's move") and q["speaker"]["name"] == "Sergey Shoigu", q
    quotes = _quotes(analyse, "Trump has admitted using the tax code, but he does not defend it.")
    assert not any(q["text"].strip(" .").lower() == "it" for q in quotes), quotes


def test_a_pronoun_speaker_is_not_someone_the_quote_names_in_the_third_person(analyse):
    rep = analyse("Bashar al-Assad has ruled Syria since 2000. The Turkish president spoke in Ankara on Tuesday. "
                  "He said: “It is definitely not possible to move ahead in Syria with Assad.”", published="2018-01-02")
    q = _by_text(rep["quotes"], "move ahead in Syria")
    assert q is not None and q["speaker"]["text"] == "He", rep["quotes"]
    assert q["speaker"]["name"] != "Bashar al-Assad", q
    # a speaker's namesake in the quote is another person
    rep = analyse("Shamima Begum spoke to reporters at the camp. She said: “Sharmeena Begum stayed behind in "
                  "Baghuz.”", published="2019-02-17")
    q = _by_text(rep["quotes"], "Sharmeena Begum stayed")
    assert q is not None and q["speaker"]["name"] == "Shamima Begum", q
