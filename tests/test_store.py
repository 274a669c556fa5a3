"""Cross-article identity: the same actor is one row in `newswire entities`."""

from __future__ import annotations

from newswire.store.duckdb_store import Store


def test_same_actor_across_articles_is_one_row(analyse, tmp_path):
    a = analyse("Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Monday. "
                "Putin said the talks were useful.", external_id="a")
    b = analyse("Ukrainian officials said Putin had ordered new strikes on Kyiv. "
                "The Kremlin denied it.", external_id="b")
    with Store(tmp_path / "s.duckdb") as st:
        st.save(a)
        st.save(b)
        st.save(a)  # re-saving replaces, never duplicates
        rows = [r for r in st.entities(type_="PERSON") if "Putin" in r["name"]]
        assert len(rows) == 1, rows
        assert rows[0]["articles"] == 2 and rows[0]["country"] == "RUS"
        assert st.counts()["articles"] == 2


def test_an_actors_store_code_is_the_one_most_mentions_carry(analyse, tmp_path):
    import copy

    texts = ["Turkish foreign minister Mevlut Cavusoglu met Iranian officials in Tehran on Monday. "
             "Cavusoglu said the talks had gone well.",
             "Mevlut Cavusoglu, Turkey's foreign minister, warned Washington over the Kurds. "
             "Cavusoglu spoke in Ankara."]
    reports = [analyse(t, external_id=f"c{i}") for i, t in enumerate(texts)]
    # a third article whose own composition mis-codes him (as a parse of "met his Russian
    # counterpart" could): one article must not decide his code across the store
    odd = copy.deepcopy(reports[0])
    odd["article"]["id"] = "odd-article"
    for e in odd["entities"]:
        if "Cavusoglu" in e["name"]:
            e["actor"].update(country="RUS", sector=None, code="RUS")
    with Store(tmp_path / "s.duckdb") as st:
        for r in reports + [odd]:
            st.save(r)
        rows = [r for r in st.entities(type_="PERSON") if "Cavusoglu" in r["name"]]
        assert len(rows) == 1 and rows[0]["articles"] == 3, rows
        assert rows[0]["country"] == "TUR" and rows[0]["code"] == "TURGOV", rows
        assert any("Cavusoglu" in r["name"] for r in st.entities(country="TUR"))
        assert not any("Cavusoglu" in r["name"] for r in st.entities(country="RUS"))
