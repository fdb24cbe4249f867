"""WSGI entry point: `gunicorn parley.wsgi`."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

from parley.memory import freeze_startup_objects

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parley.settings")

application = get_wsgi_application()
freeze_startup_objects()  # once the app is loaded, in every worker process
