"""Many people registering and cancelling at the same moment, each request in its own
thread with its own database connection, released together by a barrier.

These run on PostgreSQL only, where `select_for_update` really locks the event's row. The
suite's SQLite database is in memory with a shared cache: there a second writer gets
"database table is locked" at once (the busy timeout does not apply to shared-cache table
locks), so the same test on SQLite would fail for reasons that production, with a file
database in WAL mode and BEGIN IMMEDIATE, does not have."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import pytest
from django.db import connection

from ankunft.core.languages import ensure_language_catalogue
from ankunft.core.models import Region
from ankunft.events.models import Event, Registration, RegistrationStatus
from ankunft.events.services import registration_cancel, registration_create
from tests.factories import make_event

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: row locks across connections (the SQLite test database is "
        "shared-cache in memory, where concurrent writers fail instead of waiting)",
    ),
]

T = TypeVar("T")


@pytest.fixture(autouse=True)
def _languages(transactional_db: None) -> None:
    """The catalogue comes from a data migration; transactional tests that ran before this
    one emptied every table."""
    ensure_language_catalogue()


def run_together(tasks: list[Callable[[], T]]) -> tuple[list[T], list[BaseException]]:
    """Runs each task in its own thread (and connection), all released at once."""
    barrier = threading.Barrier(len(tasks))
    results: list[T] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(task: Callable[[], T]) -> None:
        try:
            barrier.wait()
            result = task()
            with lock:
                results.append(result)
        except BaseException as error:  # every failure is reported by the test
            with lock:
                errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(task,)) for task in tasks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def registering(event: Event, number: int) -> Callable[[], Registration]:
    return lambda: registration_create(
        event=event, name=f"Person {number}", email=f"person{number}@example.org", language="de"
    )


def counts(event: Event) -> dict[str, int]:
    found = {status: 0 for status in RegistrationStatus.values}
    for status in event.registrations.values_list("status", flat=True):
        found[status] += 1
    return found


def test_it_confirms_exactly_the_places_when_thirty_register_at_once(region: Region) -> None:
    event = make_event(region, registration=True, capacity=5)

    results, errors = run_together([registering(event, number) for number in range(30)])

    assert errors == []
    assert len(results) == 30
    assert counts(event) == {"confirmed": 5, "waiting": 25, "cancelled": 0}


def test_it_moves_the_waiting_list_up_exactly_under_concurrent_cancellations(
    region: Region,
) -> None:
    event = make_event(region, registration=True, capacity=5)
    first = [
        registration_create(event=event, name=f"P{n}", email=f"p{n}@example.org", language="de")
        for n in range(15)
    ]
    confirmed = [item for item in first if item.status == RegistrationStatus.CONFIRMED]
    assert len(confirmed) == 5

    cancellations: list[Callable[[], object]] = [
        (lambda item=item: registration_cancel(registration=item)) for item in confirmed[:3]
    ]
    newcomers: list[Callable[[], object]] = [
        registering(event, number) for number in range(100, 112)
    ]
    _results, errors = run_together([*cancellations, *newcomers])

    assert errors == []
    assert counts(event) == {"confirmed": 5, "waiting": 19, "cancelled": 3}
    # The three freed places went to the three who waited longest, not to newcomers.
    moved_up = Registration.objects.filter(pk__in=[item.pk for item in first[5:8]])
    assert set(moved_up.values_list("status", flat=True)) == {RegistrationStatus.CONFIRMED}
