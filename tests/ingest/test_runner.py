"""``ingest`` end to end on small batches: parallel workers, skips, duplicates and oversized texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.config import Settings
from claimgraph.ingest.runner import ingest
from claimgraph.store import Store

pytestmark = pytest.mark.slow

FRENCH = (
    "Le ministre des Affaires étrangères a déclaré samedi que aucun combattant étranger ne participait aux "
    "opérations militaires. Il a ajouté que le pays n'avait pas besoin d'aide extérieure pour défendre son "
    "territoire et que les rapports publiés cette semaine étaient faux."
)


def _story(number: int) -> str:
    return (
        f"Ceasefire talks, round {number}\n\n"
        f"GENEVA (Reuters) - Envoys from Armenia and Azerbaijan met for round {number} of talks on Monday, "
        "French President Emmanuel Macron said, adding that Russia and the United States also took part."
    )


def test_ingest_with_two_workers_stores_every_article_in_order(tmp_path: Path) -> None:
    for number in range(6):
        (tmp_path / f"{number}.txt").write_text(_story(number), encoding="utf-8")
    with Store(":memory:") as store:
        report = ingest([tmp_path], store, Settings(workers=2, batch_size=2, language="en"))
        titles = [row["title"] for row in store.rows("SELECT title FROM articles ORDER BY source")]
        actors = store.rows("SELECT DISTINCT name FROM actors WHERE name = 'Emmanuel Macron'")
    assert (report.read, report.stored, report.failed) == (6, 6, 0)
    assert titles == [f"Ceasefire talks, round {number}" for number in range(6)]
    assert actors


def test_ingest_skips_non_english_with_the_language_found(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(_story(1), encoding="utf-8")
    with Store(":memory:") as store:
        report = ingest([tmp_path], store, Settings(workers=1))
        skipped = store.rows("SELECT language, reason FROM skipped")
    assert (report.stored, report.skipped, report.failed) == (1, 1, 0)
    assert skipped == [{"language": "fr", "reason": "language 'fr' is not English"}]


def test_ingest_same_body_again_is_a_duplicate_with_a_second_sighting(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_story(1), encoding="utf-8")
    with Store(":memory:") as store:
        first = ingest([tmp_path / "a.txt"], store, Settings(workers=1, language="en"))
        (tmp_path / "b.txt").write_text(_story(1).replace("\n\n", "\r\n\r\n"), encoding="utf-8")
        again = ingest([tmp_path / "b.txt"], store, Settings(workers=1, language="en"))
        counts = store.counts()
    assert (first.stored, again.stored, again.duplicates) == (1, 0, 1)
    assert (counts["articles"], counts["sightings"]) == (1, 2)


def test_ingest_oversized_text_fails_with_its_own_code(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(_story(1) * 50, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(_story(2), encoding="utf-8")
    with Store(":memory:") as store:
        report = ingest([tmp_path], store, Settings(workers=1, language="en", max_chars=1000))
        failures = store.rows("SELECT source, code FROM failures")
    assert report.stored == 1
    assert failures == [{"source": str(tmp_path / "big.txt"), "code": "E004"}]
