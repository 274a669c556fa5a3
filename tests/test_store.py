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
