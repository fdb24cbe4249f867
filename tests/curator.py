"""A curator at work in the admin, in a process of its own, for as long as another process
(a load) runs: `python -m tests.curator PID EDITS REJECTIONS`.

It takes the events reported most often (those a load revisits most), then, while the load
runs, edits the summary of some through the admin's change form and rejects others through
the admin's action, as a person would, one after another, timing each save. It prints what
it did as JSON: the summaries it wrote, the events it rejected, how long each save took, and
how often a form had to be sent again because the load had changed a row it showed.
"""

from __future__ import annotations

import json
import os
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parley.settings")
django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from dashboard.models import Event  # noqa: E402


def change_form_data(response) -> dict:
    """The admin change form's fields and inline formsets, as the browser would post them."""
    data: dict = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        forms.extend(inline.formset.forms)
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value is None or value is False:
                continue
            data[form.add_prefix(name)] = "on" if value is True else value
    return data


def form_errors(response) -> list:
    if not response.context or "adminform" not in response.context:
        return []
    errors = [response.context["adminform"].form.errors]
    errors += [inline.formset.errors for inline in response.context["inline_admin_formsets"]]
    return [e for e in errors if e]


def running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A finished child that its parent has not reaped yet is a zombie, not a running load.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0] != "Z"


def main(load_pid: int, edits: int, rejections: int) -> None:
    setup_test_environment()  # lets the test client's host name through ALLOWED_HOSTS
    user = User.objects.create_superuser("curator", password="a-long-passphrase-for-tests")
    client = Client()
    client.force_login(user)
    busiest = list(
        Event.objects.visible()
        .filter(review="auto", edited=False)
        .annotate(reports=Count("mentions"))
        .order_by("-reports", "id")
        .values_list("id", flat=True)[: edits + rejections]
    )
    to_edit, to_reject = busiest[:edits], busiest[edits:]
    done: dict = {"edited": {}, "rejected": [], "seconds": [], "retries": 0}
    plan = [("edit", pk) for pk in to_edit] + [("reject", pk) for pk in to_reject]
    # Edits and rejections interleaved, for as long as the load runs.
    plan.sort(key=lambda step: step[1] % 7)
    for kind, pk in plan:
        if not running(load_pid):
            break
        url = f"/admin/dashboard/event/{pk}/change/"
        started = time.monotonic()
        if kind == "edit":
            summary = f"Curated summary of event {pk}"
            for _ in range(3):  # as a person would when the form says a row has changed
                data = change_form_data(client.get(url))
                response = client.post(url, {**data, "summary": summary})
                if response.status_code == 302:
                    break
                done["retries"] += 1
            done["edited"][pk] = summary
        else:
            response = client.post(
                "/admin/dashboard/event/",
                {"action": "mark_rejected", "_selected_action": [pk]},
            )
            done["rejected"].append(pk)
        done["seconds"].append(time.monotonic() - started)
        if response.status_code != 302:
            raise SystemExit(
                f"the admin answered {response.status_code} for {kind} {pk}: "
                f"{form_errors(response)}"
            )
        time.sleep(0.05)
    print(json.dumps(done))


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:4]))
