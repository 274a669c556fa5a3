"""The reference article: boilerplate, speakers, multi-paragraph quotes, claims, negation."""

from __future__ import annotations

from tests.conftest import SAMPLE, needs_shared

pytestmark = needs_shared(SAMPLE)


def _entity(rep, eid):
    return next(e for e in rep["entities"] if e["id"] == eid)


def test_boilerplate_removed_body_kept(sample_report):
    a = sample_report["article"]
    text = a["text"]
    for junk in ("We use your sign-up", "DON’T MISS", "[REVEAL]", "[ANALYSIS]", "[INSIGHT]",
                 "Source: Read Full Article", "Russia: Putin unveils new Belarus deal"):
        assert junk not in text
    reasons = {b["reason"] for b in a["boilerplate"]}
    assert {"consent", "promo", "source-footer"} <= reasons
    assert a["title"].startswith("Putins ally amasses troops")
    for body in ("The Belarusian military chief has insisted", "Protestors have sabotaged railway lines",
                 "have reportedly done so on multiple occasions", "Belarusian people have made very clear"):
        assert body in text


def test_people_are_one_entity_each_with_codes(sample_report):
    people = {e["name"]: e for e in sample_report["entities"] if e["type"] == "PERSON"}
    luk = people["Alyaksandr Lukashenko"]  # the misspelt "Alyaksandra" corrected by the KB
    assert luk["actor"]["country"] == "BLR" and luk["actor"]["sector"] == "GOV"
    texts = {m["text"] for m in luk["mentions"]}
    assert {"Alyaksandra Lukashenko", "Lukashenko", "The dictator"} <= texts
    gul = people["Viktor Gulevich"]
    assert gul["actor"]["country"] == "BLR" and gul["actor"]["sector"] == "MIL"
    kaz = people["Gennady Kazakevich"]
    assert kaz["actor"]["country"] == "BLR" and kaz["actor"]["sector"] == "GOV"
    assert people["Vladimir Putin"]["actor"]["country"] == "RUS"
    assert not any(e["type"] == "PERSON" and e["name"] == "Belarus" for e in sample_report["entities"])


def test_every_direct_quote_has_its_canonical_speaker(sample_report):
    rep = sample_report
    direct = [q for q in rep["quotes"] if q["kind"] == "direct"]
    by_start = {q["text"].split()[0:3].__str__(): q for q in direct}
    assert len(direct) == 6, [q["text"][:40] for q in direct]

    def speaker_of(prefix: str) -> str:
        q = next(q for q in direct if q["text"].startswith(prefix))
        return q["speaker"]["name"], q

    name, q = speaker_of("We are realists")
    assert name.endswith("Lukashenko") and len(q["spans"]) == 2 and "But we can cause damage" in q["text"]
    name, q = speaker_of("The group created")
    assert name == "Viktor Gulevich" and len(q["spans"]) == 2 and q["channel"] == "Telegram"
    name, q = speaker_of("The grouping created")
    assert name == "Viktor Gulevich" and len(q["spans"]) == 2 and q["speaker"]["text"] == "He"
    name, q = speaker_of("I want to stress")
    assert name.endswith("Lukashenko")
    name, q = speaker_of("We categorically")  # "He said:" after "The dictator also called..."
    assert name.endswith("Lukashenko") and len(q["spans"]) == 2
    name, q = speaker_of("As you know")
    assert name == "Gennady Kazakevich"
    assert by_start
    # spans point at the text
    for q in direct:
        for s in q["spans"]:
            assert rep["article"]["text"][s["start"]:s["end"]].strip()[:10] in q["text"]


def test_indirect_claims_and_according_to(sample_report):
    quotes = sample_report["quotes"]
    claim = next(q for q in quotes if q["text"].startswith("Ukraine gathered 20,000 people"))
    assert claim["kind"] == "indirect" and claim["speaker"]["name"] == "Viktor Gulevich"
    acc = next(q for q in quotes if q["cue"] == "according to")
    assert "Interior Ministry" in acc["speaker"]["name"]
    mixed = next(q for q in quotes if "in order to ensure the security" in q["text"] and q["kind"] == "mixed")
    assert mixed["speaker"]["name"] == "Viktor Gulevich"


def test_events_factuality_and_sources(sample_report):
    events = sample_report["events"]
    ukr = [v for v in events if v["type"] == "MOBILIZE" and (v["actor"] or {}).get("country") == "UKR"]
    assert ukr, "the claimed Ukrainian grouping is missing"
    v = ukr[0]
    assert v["factuality"] == "claimed" and v["quantity"]["value"] == 20000
    assert v["source"]["name"] == "Viktor Gulevich"
    blr_mob = [v for v in events if v["type"] == "MOBILIZE" and (v["actor"] or {}).get("country") == "BLR"]
    assert blr_mob
    # "has yet to commit Belarus to join Russia in direct combat": negated, never asserted
    for v in events:
        if v["type"] == "ASSAULT" and (v["actor"] or {}).get("country") == "BLR" \
                and (v.get("target") or {}).get("country") == "UKR":
            assert v["factuality"] != "asserted", v["evidence"]["text"]
    assert any(v["type"] == "ASSAULT" and v["factuality"] == "negated" for v in events)
    sab = next(v for v in events if v["trigger"]["text"] == "sabotaged")
    assert sab["actor"]["sector"] == "OPP" and sab["mode"] == "destroy"
    crack = next(v for v in events if v["type"] == "COERCE")
    assert crack["actor"]["country"] == "BLR" and crack["actor"]["sector"] == "GOV"
    threat = next(v for v in events if v["type"] == "THREATEN")
    assert threat["actor"]["text"] == "Gennady Kazakevich"
    assert any(v["type"] == "REQUEST" and "called" in v["evidence"]["text"] for v in events)
    for v in events:  # evidence offsets point at the clean text
        ev = v["evidence"]
        assert sample_report["article"]["text"][ev["start"]:ev["end"]] == ev["text"]


def test_issue5_event_list(sample_report):
    """The events the reference article reports, each with its factuality and source."""
    events = sample_report["events"]

    def find(pred):
        hits = [v for v in events if pred(v)]
        assert hits, "missing event"
        return hits[0]

    def actor(v):
        return v.get("actor") or {}

    # the Belarusian deployment to the border, as Gulevich states it
    dep = find(lambda v: v["type"] == "MOBILIZE" and actor(v).get("country") == "BLR" and v["location"])
    assert dep["location"]["text"].endswith("border") and dep["source"]["name"] == "Viktor Gulevich"
    # missile cooperation with Russia, announced by Lukashenko
    coop = find(lambda v: v["type"] == "COOPERATE")
    assert actor(coop).get("country") == "BLR" and coop["target"]["country"] == "RUS"
    # railway sabotage: protesters, over 80 times according to the Interior Ministry
    sab = find(lambda v: v["mode"] == "destroy")
    assert actor(sab)["country"] == "BLR" and actor(sab)["sector"] == "OPP"
    assert sab["quantity"] == {"value": 80, "unit": "times", "approx": True}
    assert sab["acled"] == "PROPERTY_DISTRUCT"  # ACLED sub-event through data/acled_crosswalk.tsv
    assert any((s.get("source") or {}).get("name", "").endswith("Interior Ministry") for s in sab["support"])
    # the article itself states the sabotage: the ministry is the source of the count, not of the event
    assert sab["factuality"] == "asserted" and sab["source"] is None, sab
    # drills announced for the west: planned, not asserted
    drills = find(lambda v: v["trigger"]["text"] == "drills")
    assert drills["factuality"] == "planned" and drills["location"]["text"] == "the west"
    west = find(lambda v: v["trigger"]["text"] == "deploy")  # "Belarus would also deploy ... in the west"
    assert west["location"]["country"] == "BLR" and west["location"]["lat"] is None
    # the build-up Gulevich describes is his claim
    build = find(lambda v: v["trigger"]["text"] == "increase")
    assert build["type"] == "MOBILIZE" and build["factuality"] == "claimed"
    # security forces may use firearms; they reportedly did
    fire = [v for v in events if v["mode"] == "firearms"]
    assert {v["factuality"] for v in fire} == {"hypothetical", "claimed"}
    assert all(actor(v)["sector"] == "COP" for v in fire)
    # nothing in the article asserts that Belarus attacked Ukraine
    for v in events:
        assert not (v["type"] == "ASSAULT" and actor(v).get("country") == "BLR"
                    and (v.get("target") or {}).get("country") == "UKR" and v["factuality"] == "asserted")
