"""The project's configured pipeline: built once per thread, rebuilt when what it is made of
changes."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from dashboard.configured import configured_pipeline
from dashboard.curation import merge_actors
from dashboard.extraction import pipeline as pipeline_module
from dashboard.extraction.pipeline import RULES_FINGERPRINT, rules_fingerprint
from dashboard.models import Actor
from tests.factories import make_actor

pytestmark = pytest.mark.django_db


def test_the_pipeline_is_built_once_and_rebuilt_when_curators_merge_actors():
    first = configured_pipeline()
    assert configured_pipeline() is first
    pak = Actor.objects.create(name="Pak Myong-ho", kind="person")
    merge_actors(make_actor("Kim Yong-chol"), [pak])
    rebuilt = configured_pipeline()
    assert rebuilt is not first
    assert "Pak Myong-ho" in rebuilt.gazetteer.actors["Kim Yong-chol"].aliases
    assert configured_pipeline(curated=False) is configured_pipeline(curated=False)


def test_each_thread_has_its_own_pipeline():
    here = configured_pipeline(curated=False)
    there = []
    thread = threading.Thread(target=lambda: there.append(configured_pipeline(curated=False)))
    thread.start()
    thread.join()
    assert there[0] is not here


def test_any_change_to_the_rules_code_changes_the_pipelines_version(tmp_path):
    """load_corpus re-extracts stored articles when the version changes: a rule edited in
    dashboard/extraction/ must change it without anyone bumping a number."""
    package = Path(pipeline_module.__file__).parent
    for path in package.glob("*.py"):
        shutil.copy(path, tmp_path / path.name)
    assert rules_fingerprint(tmp_path) == RULES_FINGERPRINT
    events = tmp_path / "events.py"
    events.write_text(events.read_text(encoding="utf-8") + "\n# a rule changed\n", "utf-8")
    assert rules_fingerprint(tmp_path) != RULES_FINGERPRINT
