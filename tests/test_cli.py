"""The commands as a user runs them: output, store contents and exit codes (CONTRACT.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main

pytestmark = pytest.mark.slow


def _run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_cli_analyze_prints_the_contract_object(wire_file: Path) -> None:
    code, out, _ = _run("analyze", str(wire_file), "--json", "--published", "2020-10-05")
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "claimgraph/1"
    assert set(data) >= {"article", "actors", "entities", "places", "times", "counts", "quotes", "claims", "events"}
    article = data["article"]
    assert article["title"].startswith("Ministry rejects reports")
    assert article["dateline"]["agency"] == "TASS"
    assert article["published"] == "2020-10-03"
    assert not article["body"].startswith("All news")
    for entity in data["entities"]:
        assert article["body"][entity["start"]:entity["end"]] == entity["text"]
    assert any(actor["name"] == "Emmanuel Macron" for actor in data["actors"])


def test_cli_analyze_reads_standard_input() -> None:
    code, out, _ = _run("analyze", "-", "--json", "--language", "en",
                        input="Angela Merkel visited Paris on Monday.")
    assert code == 0
    assert json.loads(out)["article"]["body"] == "Angela Merkel visited Paris on Monday."


def test_cli_analyze_readable_report(wire_file: Path) -> None:
    code, out, _ = _run("analyze", str(wire_file))
    assert code == 0
    assert "Emmanuel Macron" in out and "dateline" in out


def test_cli_analyze_not_an_article_exits_3_with_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, _, err = _run("analyze", str(empty))
    assert code == 3
    assert "E001" in err and len(err.strip().splitlines()) == 1


def test_cli_analyze_skips_non_english(tmp_path: Path) -> None:
    french = tmp_path / "fr.txt"
    french.write_text(
        "Le président de la République a déclaré vendredi que les combattants étrangers avaient quitté la "
        "région. Les ministres se réuniront la semaine prochaine pour discuter de la situation.",
        encoding="utf-8",
    )
    code, _, err = _run("analyze", str(french))
    assert code == 3 and "'fr'" in err


def test_cli_usage_errors_exit_2(wire_file: Path) -> None:
    assert _run("analyze", "missing.txt")[0] == 2
    assert _run("analyze", str(wire_file), "--published", "yesterday")[0] == 2
    assert _run("frobnicate")[0] == 2


def test_cli_ingest_batch_goes_on_past_broken_files(tmp_path: Path, wire_file: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(wire_file.read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "copy.txt").write_text(wire_file.read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "bad.txt").write_bytes(b"\xff\xfe\x00\x01")
    (inputs / "broken.html").write_text("<html><body><div></div></body>", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    code, out, _ = _run("ingest", str(inputs), "--db", db, "--json", "--workers", "1")
    assert code == 1
    report = json.loads(out)
    assert (report["read"], report["stored"], report["duplicates"], report["failed"]) == (5, 1, 1, 3)
    assert {failure["code"] for failure in report["failures"]} == {"E001", "E002", "E005"}

    code, out, _ = _run("stats", "--db", db, "--json")
    counts = json.loads(out)
    assert (counts["articles"], counts["failures"], counts["sightings"]) == (1, 3, 2)

    code, out, _ = _run("export", "--table", "failures", "--format", "jsonl", "--db", db)
    assert code == 0 and len(out.strip().splitlines()) == 3


def test_cli_ingest_all_failed_exits_3(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, _ = _run("ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.duckdb"))
    assert code == 3


def test_cli_show_prints_what_was_stored(tmp_path: Path, wire_file: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    assert _run("ingest", str(wire_file), "--db", db, "--workers", "1", "--published", "2020-10-05")[0] == 0
    _, out, _ = _run("export", "--table", "articles", "--db", db)
    article_id = json.loads(out.splitlines()[0])["id"]
    code, out, _ = _run("show", article_id[:12], "--db", db, "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["article"]["id"] == article_id
    assert shown["sightings"][0]["source"] == str(wire_file)


def test_cli_commands_that_read_a_store_need_one(tmp_path: Path) -> None:
    code, _, err = _run("stats", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "no store" in err


def test_cli_every_command_has_help() -> None:
    for name, command in main.commands.items():
        assert command.help, name
        assert _run(name, "--help")[0] == 0


def test_cli_demo_uses_its_own_store_and_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "demo" / "demo.duckdb"
    code, out, _ = _run("demo", "--db", str(db), "--workers", "1")
    assert code == 0
    assert f"The demo store is {db}" in out
    assert "Emmanuel Macron" in out
    assert not (tmp_path / "claimgraph.duckdb").exists()
    code, out, _ = _run("stats", "--db", str(db), "--json")
    assert json.loads(out)["articles"] >= 8
    assert _run("demo", "--db", "claimgraph.duckdb")[0] == 2


def test_cli_contested_claims_and_actor_after_ingest(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Armenian Prime Minister Nikol Pashinyan said on Friday that Turkish military officers are fighting for "
        "Azerbaijan.\n\nTurkish Foreign Minister Mevlut Cavusoglu said on Saturday that no Turkish officers are "
        "fighting for Azerbaijan.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.duckdb")
    code, out, _ = _run("ingest", str(story), "--db", db, "--workers", "1", "--published", "2020-10-03", "--json")
    assert code == 0 and json.loads(out)["link"]["contested"] == 1
    code, out, _ = _run("contested", "--db", db, "--json")
    [proposition] = json.loads(out)
    assert [claim["claimant"] for claim in proposition["affirming"]] == ["Nikol Pashinyan"]
    assert [claim["claimant"] for claim in proposition["denying"]] == ["Mevlut Cavusoglu"]
    code, out, _ = _run("claims", "--by", "Cavusoglu", "--db", db, "--json")
    assert code == 0 and {claim["polarity"] for claim in json.loads(out)} == {"deny"}
    code, out, _ = _run("claims", "--about", "foreign troops", "--db", db, "--json")
    assert code == 0 and {claim["claimant"] for claim in json.loads(out)} == {"Nikol Pashinyan", "Mevlut Cavusoglu"}
    code, out, _ = _run("claims", "--about", "ceasefire talks", "--db", db, "--json")
    assert json.loads(out) == []
    code, out, _ = _run("claims", "--since", "2020-10-03", "--db", db, "--json")
    assert {claim["said_on"] for claim in json.loads(out)} == {"2020-10-03"}
    code, out, _ = _run("actor", "Nikol Pashinyan", "--db", db)
    assert code == 0 and "Nikol Pashinyan" in out
    assert _run("actor", "Nobody Here", "--db", db)[0] == 3
