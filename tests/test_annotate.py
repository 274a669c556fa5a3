"""The annotate stage's own components, on sentences written for these tests."""

from __future__ import annotations


def _parse(text: str):
    from newswire.annotate import get_nlp

    return get_nlp()(text)


def test_a_sentence_read_as_a_noun_phrase_is_parsed_again_as_a_clause():
    # the small model reads each of these as one noun phrase, its verb an adjective or a noun
    for text, verb, subj, obj in (
        ("The CIA armed Afghan rebels during the Soviet occupation.", "armed", "CIA", "rebels"),
        ("Armenia ceded control of several districts to Azerbaijan.", "ceded", "Armenia", "control"),
        ("The UN secretary-general renewed calls for a ceasefire in Yemen.", "renewed", "general", "calls"),
    ):
        doc = _parse(text)
        tok = next(t for t in doc if t.text == verb)
        assert tok.dep_ == "ROOT" and tok.pos_ == "VERB", [(t.text, t.dep_) for t in doc]
        assert [c.text for c in tok.children if c.dep_ == "nsubj"] == [subj]
        assert [c.text for c in tok.children if c.dep_ == "dobj"] == [obj]
        assert len(list(doc.sents)) == 1 and tok.lemma_ != verb


def test_repair_leaves_a_real_noun_phrase_and_the_other_sentences_alone():
    doc = _parse("Armed men in masks. The besieged town of Madaya. Police detained 20 people in Minsk.")
    sents = list(doc.sents)
    assert [s.root.pos_ for s in sents[:2]] == ["NOUN", "NOUN"], [(s.text, s.root.pos_) for s in sents]
    assert sents[2].root.text == "detained"


def test_a_repaired_clause_and_a_headline_passive_give_their_events(analyse):
    rep = analyse("The CIA armed Afghan rebels during the Soviet occupation. Opposition leader jailed for "
                  "five years. Police arrest 50 in anti-government protests.", published="2021-03-01")
    by = {v["trigger"]["text"]: v for v in rep["events"]}
    assert by["armed"]["type"] == "AID" and by["armed"]["actor"]["country"] == "USA", by["armed"]
    assert by["armed"]["target"]["text"] == "Afghan rebels"
    # a verb that needs an object, with none and no auxiliary, is a passive: the leader was jailed
    assert by["jailed"]["type"] == "COERCE" and by["jailed"]["actor"] is None, by["jailed"]
    assert by["jailed"]["target"]["text"] == "Opposition leader"
    # arrests at protests are arrests, not the protest's form
    assert by["arrest"]["type"] == "COERCE" and by["arrest"]["mode"] == "arrest", by["arrest"]
