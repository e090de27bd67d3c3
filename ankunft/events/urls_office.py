"""Office pages of events: /office/<region>/events/..."""

from __future__ import annotations

from django.urls import path

from ankunft.events import views_office

urlpatterns = [
    path("", views_office.event_list, name="events"),
    path("new/", views_office.event_create_view, name="event_create"),
    path("<int:event_id>/", views_office.event_edit, name="event_edit"),
    path("<int:event_id>/status/", views_office.event_status, name="event_status"),
    path("<int:event_id>/registrations/", views_office.registrations, name="event_registrations"),
    path(
        "<int:event_id>/registrations.csv",
        views_office.registrations_csv,
        name="event_registrations_csv",
    ),
    path(
        "<int:event_id>/attendance/", views_office.attendance_list, name="event_attendance"
    ),
    path("<int:event_id>/invitations/", views_office.invitations, name="event_invitations"),
    path("programmes/", views_office.programme_list, name="programmes"),
    path("programmes/new/", views_office.programme_create_view, name="programme_create"),
    path("programmes/<int:programme_id>/", views_office.programme_edit, name="programme_edit"),
    path(
        "programmes/<int:programme_id>/submissions/",
        views_office.programme_submissions,
        name="programme_submissions",
    ),
    path("feeds/", views_office.feed_list, name="event_feeds"),
    path("feeds/<int:feed_id>/", views_office.feed_edit, name="event_feed"),
]
