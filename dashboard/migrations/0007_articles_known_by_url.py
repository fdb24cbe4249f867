"""Articles with a URL are known by it (dashboard/sources.py, url_key): their stored keys
change from the file they were loaded from to `url:` and the URL, scheme and host in lower
case, fragment dropped, so that the next load finds them instead of storing them again.

The rule is written out here as it stood when this migration was made (a migration must not
change with later code). Where two stored articles have the same URL, the oldest takes the
key and the others keep theirs; an article whose URL is not an http(s) address keeps its key.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from django.db import migrations

MAX_KEY_LENGTH = 500


def url_key(url: str) -> str | None:
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    written = len(parts.scheme) + len("://") + len(parts.netloc)
    userinfo, at, host_and_port = parts.netloc.rpartition("@")
    rest = url.strip().partition("#")[0][written:]
    key = f"url:{parts.scheme.lower()}://{userinfo}{at}{host_and_port.lower()}{rest}"
    if len(key) > MAX_KEY_LENGTH:
        digest = hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
        key = f"{key[: MAX_KEY_LENGTH - len(digest) - 1]}#{digest}"
    return key


def known_by_url(apps, schema_editor) -> None:
    Article = apps.get_model("dashboard", "Article")
    taken = set(Article.objects.filter(source_key__startswith="url:").values_list(
        "source_key", flat=True))
    for pk, url in Article.objects.exclude(url="").exclude(
        source_key__startswith="url:"
    ).order_by("pk").values_list("pk", "url"):
        key = url_key(url)
        if key is None or key in taken:
            continue
        Article.objects.filter(pk=pk).update(source_key=key)
        taken.add(key)


class Migration(migrations.Migration):
    dependencies = [("dashboard", "0006_actor_spans_and_web_urls")]

    operations = [migrations.RunPython(known_by_url, migrations.RunPython.noop)]
