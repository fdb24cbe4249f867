"""Parley settings, read from the environment.

Defaults are safe for a laptop: SQLite in the project folder, DEBUG off. Set DEBUG=1 for
local development (`make run` does), DATABASE_URL for PostgreSQL, and SECRET_KEY plus
ALLOWED_HOSTS for any real deployment.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a boolean; anything but the usual spellings is a configuration error."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name, "")
    return [item.strip() for item in value.split(",") if item.strip()] or default


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (or set DEBUG=1 for local development)."
        )
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# HTTPS is assumed outside development: redirect plain HTTP, send cookies over TLS only and
# ask browsers to remember it (HSTS). HTTPS=0 serves plain HTTP, e.g. on a private loopback.
HTTPS = env_bool("HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "31536000")) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", default=True)
# Behind a proxy that terminates TLS, trust its X-Forwarded-Proto header (and only then).
if env_bool("BEHIND_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Every script and style sheet comes from our own static files; Plotly sets inline styles.
PARLEY_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
    "form-action 'self'"
)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_filters",
    "dashboard",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "dashboard.middleware.WritersFirstMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "dashboard.middleware.ContentSecurityPolicyMiddleware",
    "dashboard.middleware.LoginRequiredMiddleware",
    "dashboard.middleware.DataVersionMiddleware",
]

ROOT_URLCONF = "parley.urls"
WSGI_APPLICATION = "parley.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "dashboard.context_processors.login",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'parley.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Each article is loaded in its own transaction; wait for a concurrent writer
    # instead of failing at once with "database is locked".
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["timeout"] = 30
    # Write-ahead logging: the dashboard keeps reading while a load writes, and a commit
    # costs no full sync (a power cut may lose the last articles, never corrupt the file).
    options["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    # Take the write lock when a transaction starts, so two writers queue instead of failing.
    options["transaction_mode"] = "IMMEDIATE"
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    # plotly.js as shipped inside the plotly package, served as vendor/plotly/plotly.min.js.
    "dashboard.staticfinders.PlotlyJsFinder",
    # The world map of the events map (scripts/fetch_map_data.py), as vendor/topojson/*.json.
    "dashboard.staticfinders.MapDataFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# A pasted article in the admin may take the article limit (2 MB of UTF-8, see
# dashboard/extraction/limits.py), which a form encodes in up to three times as many bytes;
# over that limit the form says so. Django's default (2.5 MB) answered a bare 400 sooner.
DATA_UPLOAD_MAX_MEMORY_SIZE = 8_000_000

# Where load_corpus looks when given no path, and where the gazetteer lives.
PARLEY_SEEDS_DIR = BASE_DIR / "seeds"
PARLEY_CORPUS_DIR = BASE_DIR / "corpus"
PARLEY_CHRONOLOGY_DIR = PARLEY_CORPUS_DIR / "chronology"  # the reference chronology


def _development_corpus() -> Path:
    """The real texts that `make evaluate` measures extraction on. They are read where they
    are (never copied into the project): PARLEY_DEVCORPUS, else ../shared/devcorpus next to
    the project, else the shared folder of the machines Parley is developed on."""
    given = os.environ.get("PARLEY_DEVCORPUS")
    if given:
        return Path(given)
    for candidate in (BASE_DIR.parent / "shared" / "devcorpus", Path("/work/shared/devcorpus")):
        if candidate.exists():
            return candidate
    return BASE_DIR.parent / "shared" / "devcorpus"


PARLEY_DEVCORPUS = _development_corpus()
PARLEY_GOLD_DIR = BASE_DIR / "tests" / "gold" / "devcorpus"
PARLEY_PAGE_SIZE = 50
# Readable without logging in unless PARLEY_LOGIN_REQUIRED=1 (curation always needs a login).
# Readers sign in at /accounts/login/ with any active account; the admin keeps its own login,
# for staff only.
PARLEY_LOGIN_REQUIRED = env_bool("PARLEY_LOGIN_REQUIRED")
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard:overview"
LOGOUT_REDIRECT_URL = "dashboard:overview"

# Cached facets, chart series and counts (dashboard/caching.py), per process. They are keyed
# by a data version kept in the database, so no process serves them after the data changed.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "parley",
        "TIMEOUT": int(os.environ.get("PARLEY_CACHE_SECONDS", "3600")),
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("PARLEY_CACHE_ENTRIES", "300"))},
    }
}
# REDIS_URL (redis://host:6379/0): one cache for every web process and host, which loads fill
# with the main pages' aggregates as soon as they commit (dashboard/aggregates.py).
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "TIMEOUT": int(os.environ.get("PARLEY_CACHE_SECONDS", "3600")),
        "KEY_PREFIX": os.environ.get("PARLEY_CACHE_PREFIX", "parley"),
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
