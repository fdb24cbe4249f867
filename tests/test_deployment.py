"""The production path end to end: migrate, collectstatic and gunicorn with gunicorn.conf.py."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_settings import PRODUCTION, clean_environment

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str) -> tuple[int, dict, bytes]:
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("deploy")
    port = free_port()
    env = clean_environment({
        **PRODUCTION, "DATABASE_URL": f"sqlite:///{tmp / 'parley.sqlite3'}", "HTTPS": "0",
        "ALLOWED_HOSTS": "127.0.0.1", "STATIC_ROOT": str(tmp / "static"), "PORT": str(port),
        "WEB_CONCURRENCY": "2",
    })  # fmt: skip

    def manage(*args: str) -> None:
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=300)  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr

    manage("migrate", "--noinput")
    manage("collectstatic", "--noinput")
    manage("load_corpus")
    server = subprocess.Popen(
        [BIN / "gunicorn", "parley.wsgi"], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            fetch(base + "/")
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"gunicorn did not start:\n{server.stdout.read()}")
            time.sleep(0.2)
    yield base
    server.terminate()
    server.wait(timeout=30)


def test_gunicorn_serves_the_dashboard_with_security_headers(gunicorn):
    status, headers, body = fetch(gunicorn + "/")
    assert status == 200, body[-2000:]
    assert b"No events yet" not in body and b"Kim Jong-un" in body  # the seeds are served
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src 'self'" in headers["Content-Security-Policy"]


def test_static_files_have_hashed_names_and_are_cached_for_ever(gunicorn):
    _, _, body = fetch(gunicorn + "/")
    path = re.search(rb'src="(/static/vendor/plotly/plotly\.min\.[0-9a-f]{12}\.js)"', body)
    assert path, "the page must reference plotly.js by its hashed name"
    status, headers, script = fetch(gunicorn + path.group(1).decode())
    assert status == 200 and len(script) > 1_000_000
    assert "immutable" in headers["Cache-Control"]


def test_the_admin_needs_a_login_and_unknown_hosts_are_refused(gunicorn):
    status, headers, _ = fetch(gunicorn + "/admin/")
    assert status == 302 and "/admin/login/" in headers["Location"]
    request = urllib.request.Request(gunicorn + "/", headers={"Host": "evil.example"})
    try:
        urllib.request.urlopen(request, timeout=10)
        status = 200
    except urllib.error.HTTPError as error:
        status = error.code
    assert status == 400


def test_the_map_page_reads_its_world_from_our_static_files(gunicorn):
    status, _, body = fetch(gunicorn + "/map/")
    assert status == 200, body[-2000:]
    # plotly.js appends "world_50m.json" to this prefix: the file's own name, not a hashed one.
    prefix = re.search(rb'data-topojson="([^"]+)"', body).group(1).decode()
    assert prefix == "/static/vendor/topojson/"
    status, _, world = fetch(gunicorn + prefix + "world_50m.json")
    assert status == 200 and world.startswith(b'{"type":"Topology"')
