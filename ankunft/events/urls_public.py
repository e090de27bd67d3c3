"""Public pages of events: /<region>/<lang>/events/..."""

from __future__ import annotations

from django.urls import path

from ankunft.events import views_booklet, views_public

urlpatterns = [
    path("", views_public.event_list, name="events"),
    path("week/", views_public.event_week, name="events_week"),
    path("month/", views_public.event_month, name="events_month"),
    path("month/<int:year>-<int:month>/", views_public.event_month, name="events_month_of"),
    path("feed.ics", views_public.event_feed, name="events_feed"),
    path("<int:event_id>/", views_public.event_detail, name="event"),
    path("<int:event_id>/event.ics", views_public.event_ics, name="event_ics"),
    path("<int:event_id>/register/", views_public.event_register, name="event_register"),
    path(
        "registration/<str:token>/", views_public.registration_view, name="event_registration"
    ),
    path("invitation/<str:token>/", views_public.invitation_view, name="event_invitation"),
    path("programmes/<int:programme_id>/", views_public.programme_detail, name="programme"),
    path(
        "programmes/<int:programme_id>/booklet.pdf",
        views_booklet.programme_booklet,
        name="programme_booklet",
    ),
]
