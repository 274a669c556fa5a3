"""Cross-article identity: the same actor is one row in `newswire entities`."""

from __future__ import annotations

import pytest

from newswire.store import open_store


@pytest.fixture(params=["duckdb", "postgres"])
def store_target(request, tmp_path) -> str:
    """The embedded store's file, or a fresh database on a PostgreSQL server the tests start:
    the same tests hold for both."""
    if request.param == "duckdb":
        return str(tmp_path / "s.duckdb")
    return request.getfixturevalue("pg_server").new_database()


@pytest.fixture(scope="module")
def putin_reports(analyse) -> tuple[dict, dict]:
    # (analysed once for both stores: the pipeline skips an exact copy of a text it has seen)
    return (analyse("Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Monday. "
                    "Putin said the talks were useful.", external_id="a"),
            analyse("Ukrainian officials said Putin had ordered new strikes on Kyiv. "
                    "The Kremlin denied it.", external_id="b"))


def test_same_actor_across_articles_is_one_row(putin_reports, store_target):
    a, b = putin_reports
    with open_store(store_target) as st:
        st.save(a)
        st.save(b)
        st.save(a)  # re-saving replaces, never duplicates
        rows = [r for r in st.entities(type_="PERSON") if "Putin" in r["name"]]
        assert len(rows) == 1, rows
        assert rows[0]["articles"] == 2 and rows[0]["country"] == "RUS"
        assert st.counts()["articles"] == 2


@pytest.fixture(scope="module")
def cavusoglu_reports(analyse) -> list[dict]:
    texts = ["Turkish foreign minister Mevlut Cavusoglu met Iranian officials in Tehran on Monday. "
             "Cavusoglu said the talks had gone well.",
             "Mevlut Cavusoglu, Turkey's foreign minister, warned Washington over the Kurds. "
             "Cavusoglu spoke in Ankara."]
    return [analyse(t, external_id=f"c{i}") for i, t in enumerate(texts)]


def test_an_actors_store_code_is_the_one_most_mentions_carry(cavusoglu_reports, store_target):
    import copy

    reports = cavusoglu_reports
    # a third article whose own composition mis-codes him (as a parse of "met his Russian
    # counterpart" could): one article must not decide his code across the store
    odd = copy.deepcopy(reports[0])
    odd["article"]["id"] = "odd-article"
    for e in odd["entities"]:
        if "Cavusoglu" in e["name"]:
            e["actor"].update(country="RUS", sector=None, code="RUS")
    with open_store(store_target) as st:
        for r in reports + [odd]:
            st.save(r)
        rows = [r for r in st.entities(type_="PERSON") if "Cavusoglu" in r["name"]]
        assert len(rows) == 1 and rows[0]["articles"] == 3, rows
        assert rows[0]["country"] == "TUR" and rows[0]["code"] == "TURGOV", rows
        assert any("Cavusoglu" in r["name"] for r in st.entities(country="TUR"))
        assert not any("Cavusoglu" in r["name"] for r in st.entities(country="RUS"))
