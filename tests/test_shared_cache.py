"""A cache shared by every web process (REDIS_URL: Django's Redis cache, a real redis-server
here), which loads fill with the main pages' aggregates as soon as they commit."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from dashboard import aggregates, caching
from tests.sites import Site

pytestmark = [pytest.mark.django_db, pytest.mark.slow]  # a redis-server, processes


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A redis-server of the test's own, on a free port, saving nothing to disk."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("redis-server is not installed: `make test` installs Debian's redis-server")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
         "no", "--dir", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    break
        except OSError:
            time.sleep(0.05)
    else:
        process.kill()
        pytest.fail("redis-server did not start")
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(timeout=10)


def redis_cache(url: str, prefix: str) -> dict:
    return {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                        "LOCATION": url, "KEY_PREFIX": prefix}}  # fmt: skip


def queries_of(client, url: str) -> int:
    caching.start_request()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_after_warming_the_overview_and_events_pages_compute_no_aggregate(client, redis_url):
    call_command("load_chronology", stdout=StringIO())
    with override_settings(CACHES=redis_cache(redis_url, "in-process")):
        cache.clear()
        cold = {url: queries_of(client, url) for url in ("/", "/events/", "/api/events")}
        cache.clear()
        assert aggregates.shared()
        aggregates.warm()
        warm = {url: queries_of(client, url) for url in ("/", "/events/", "/api/events")}
    # Only the page's own rows are read once warm: the latest events, the page of the table.
    assert all(warm[url] < cold[url] for url in cold), (warm, cold)
    assert warm["/"] <= 6 and warm["/events/"] <= 6, warm


def test_a_load_in_one_process_warms_the_pages_every_other_process_serves(redis_url, tmp_path):
    site = Site(f"sqlite:///{tmp_path / 'parley.sqlite3'}")
    site.env["REDIS_URL"] = redis_url
    site.env["PARLEY_CACHE_PREFIX"] = "processes"
    site.run("migrate", "--noinput", "-v0")
    site.run("load_chronology")  # warms the shared cache when it is done
    seen = json.loads(site.run("shell", "-c", CHECK).stdout.strip().splitlines()[-1])
    assert seen == {"overview": True, "events": True, "other page": False}


CHECK = (
    "import json; from django.http import QueryDict; from dashboard import caching;"
    "from dashboard.filters import validated_events;"
    "found = validated_events(QueryDict(''));"
    "print(json.dumps({'overview': caching.is_cached('overview', 'us-dprk:auto'),"
    " 'events': caching.is_cached('events', found.key),"
    " 'other page': caching.is_cached('overview', 'no-such-negotiation')}))"
)
