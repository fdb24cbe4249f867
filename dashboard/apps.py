from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate

CURATORS = "curators"
# Curators review and correct the record; they do not manage users or delete articles.
CURATOR_PERMISSIONS = [
    "view_event", "change_event",
    "view_actor", "change_actor",
    "view_article", "change_article", "add_article",
    "view_participant", "add_participant", "change_participant", "delete_participant",
    "view_mention", "change_mention", "delete_mention",
    "view_actorrole", "add_actorrole", "change_actorrole", "delete_actorrole",
]  # fmt: skip


class DashboardConfig(AppConfig):
    name = "dashboard"
    verbose_name = "Parley"

    def ready(self) -> None:
        from .caching import connect_signals

        post_migrate.connect(ensure_curators_group, sender=self)
        connect_signals()


def ensure_curators_group(sender, **kwargs) -> None:
    """The `curators` group with exactly its permissions (after migrate, when they exist)."""
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name=CURATORS)
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label="dashboard", codename__in=CURATOR_PERMISSIONS
        )
    )
