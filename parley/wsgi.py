"""WSGI entry point: `gunicorn parley.wsgi`."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

from parley.memory import tune_garbage_collector

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parley.settings")

application = get_wsgi_application()
tune_garbage_collector()  # once the app is loaded, in every worker process
