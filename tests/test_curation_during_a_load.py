"""A load that runs while a curator works in the admin undoes nothing the curator did.

A real load runs in a process of its own while a curator (tests/curator.py, another process)
edits and rejects, through the admin, the events reported most often. The load reads every
article stored before again, this time with its URL, so as another article (new reports of
the same events), and as many new ones: it revisits every event and refines many (a more
precise date, a stronger status). Afterwards every edit and every rejection is still there,
and no save waited long for the load.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.sites import ROOT, Site, generate

pytestmark = pytest.mark.slow

ARTICLES = 400
MOST_SECONDS_A_SAVE_MAY_WAIT = 5.0


def test_a_load_never_undoes_what_a_curator_does_meanwhile(database_url, tmp_path):
    site = Site(database_url)
    site.run("migrate", "--noinput", "-v0")
    corpus = generate(tmp_path, ARTICLES)
    first_half = tmp_path / "first-half.jsonl"
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    without_url = [{k: v for k, v in r.items() if k != "url"} for r in records[: ARTICLES // 2]]
    first_half.write_text("".join(json.dumps(r) + "\n" for r in without_url), encoding="utf-8")
    site.run("load_corpus", str(first_half))

    load = site.start("load_corpus", str(corpus), "--batch", "10")
    curator = subprocess.run(
        [sys.executable, "-m", "tests.curator", str(load.pid), "60", "30"],
        cwd=ROOT, env=site.env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    out, err = load.communicate(timeout=600)
    assert load.returncode == 0, out + err
    assert f"{ARTICLES} created" in out and "0 failed" in out
    assert curator.returncode == 0, curator.stdout + curator.stderr
    done = json.loads(curator.stdout.strip().splitlines()[-1])
    assert len(done["edited"]) >= 10 and len(done["rejected"]) >= 5, "too few while loading"

    stored = json.loads(site.run("shell", "-c", STORED).stdout.strip().splitlines()[-1])
    for pk, summary in done["edited"].items():
        assert stored[pk] == [summary, True, "auto"], f"event {pk}: the edit was undone"
    for pk in done["rejected"]:
        assert stored[str(pk)][2] == "rejected", f"event {pk}: the rejection was undone"
    assert max(done["seconds"]) < MOST_SECONDS_A_SAVE_MAY_WAIT, done["seconds"]


STORED = (
    "import json; from dashboard.models import Event; print(json.dumps({str(pk): [s, e, r]"
    " for pk, s, e, r in Event.objects.values_list('pk', 'summary', 'edited', 'review')}))"
)
