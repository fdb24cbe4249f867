"""python manage.py benchmark_http [--connections 32] [--seconds 30]

Start gunicorn (gunicorn.conf.py) on a free loopback port against the database named by
DATABASE_URL, then keep --connections concurrent keep-alive clients requesting the overview,
the events table, a filtered table and the events API for --seconds. Prints requests per
second, latency percentiles and errors. A benchmark, not a test: it prints figures.
"""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from dashboard.measure import percentile

URLS = ["/", "/events/", "/events/?type=cancellation&date_after=2018-01-01", "/api/events"]


class Command(BaseCommand):
    help = "Print requests/s and latency of gunicorn under concurrent connections."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--connections", type=int, default=32)
        parser.add_argument("--seconds", type=float, default=30)

    def handle(self, *args, connections: int, seconds: float, **options) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        with tempfile.TemporaryDirectory() as static, tempfile.TemporaryFile("w+") as log:
            env = {**os.environ, "PORT": str(port), "HTTPS": "0", "ALLOWED_HOSTS": "127.0.0.1",
                   "STATIC_ROOT": static, "DEBUG": "0"}  # fmt: skip
            env.setdefault("SECRET_KEY", "benchmark-only-" + "x" * 50)
            # Production settings serve static files by hashed names: collect them first.
            subprocess.run(
                [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                cwd=settings.BASE_DIR, env=env, check=True,
            )  # fmt: skip
            gunicorn = Path(sys.executable).parent / "gunicorn"
            server = subprocess.Popen(
                [str(gunicorn), "parley.wsgi", "--access-logfile", "/dev/null"],
                cwd=settings.BASE_DIR, env=env, stdout=log, stderr=log,
            )  # fmt: skip
            try:
                self._wait_for(port, server)
                latencies, errors = self._load(port, connections, seconds)
            finally:
                server.terminate()
                server.wait(timeout=30)
            log.seek(0)
            failures = [line for line in log if "Error" in line]
        if failures:
            self.stderr.write(f"server errors ({len(failures)} lines), first: {failures[0]}")
        if not latencies:
            raise CommandError("no request succeeded")
        p50, p90, p99 = (percentile(latencies, p) for p in (50, 90, 99))
        self.stdout.write(
            f"gunicorn ({env.get('WEB_CONCURRENCY', 'default')} workers), {connections} "
            f"connections, {seconds:.0f} s, {os.cpu_count()} CPUs: {len(latencies):,} requests, "
            f"{len(latencies) / seconds:,.1f} requests/s, {errors} errors"
        )
        self.stdout.write(
            f"latency ms: p50 {p50:.0f}, p90 {p90:.0f}, p99 {p99:.0f}, "
            f"max {max(latencies):.0f}, mean {statistics.mean(latencies):.0f}"
        )

    def _wait_for(self, port: int, server: subprocess.Popen) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise CommandError("gunicorn exited at start")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.2)
        raise CommandError("gunicorn did not start within 60 s")

    def _load(self, port: int, connections: int, seconds: float) -> tuple[list[float], int]:
        latencies: list[float] = []
        errors = [0]
        lock = threading.Lock()
        stop = time.monotonic() + seconds

        def client(offset: int) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            n = offset
            while time.monotonic() < stop:
                url = URLS[n % len(URLS)]
                n += 1
                began = time.perf_counter()
                try:
                    conn.request("GET", url, headers={"Host": "127.0.0.1"})
                    response = conn.getresponse()
                    response.read()
                    ok = response.status == 200
                except (OSError, http.client.HTTPException):
                    ok = False
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                elapsed = (time.perf_counter() - began) * 1000
                with lock:
                    if ok:
                        latencies.append(elapsed)
                    else:
                        errors[0] += 1
            conn.close()

        threads = [threading.Thread(target=client, args=(i,)) for i in range(connections)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return latencies, errors[0]
