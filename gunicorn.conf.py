"""gunicorn settings for Parley; gunicorn reads this file when started from the project folder.

    gunicorn parley.wsgi

Everything can be overridden from the environment (gunicorn also honours GUNICORN_CMD_ARGS):
PORT or BIND for the address, WEB_CONCURRENCY for worker processes, GUNICORN_THREADS for
threads per worker. The web tier keeps no state of its own, so it scales by adding
processes here or hosts behind a load balancer that share one PostgreSQL database.
"""

from __future__ import annotations

import multiprocessing
import os

bind = os.environ.get("BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Threads let one worker wait on the database for one request while serving another.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))  # a full CSV export streams for a while
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so no slow leak can grow without bound.
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# Trust X-Forwarded-* only from a proxy on this host (the usual nginx in front).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
