from __future__ import annotations

from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("events/", views.event_list, name="events"),
    path("events.csv", views.event_csv, name="events_csv"),
    path("chronology/", views.chronology, name="chronology"),
    path("chronology.md", views.chronology_markdown, name="chronology_md"),
    path("chronology.csv", views.chronology_csv, name="chronology_csv"),
    path("events/<int:pk>/", views.event_detail, name="event"),
    path("actors/", views.actor_list, name="actors"),
    path("meetings/", views.meetings, name="meetings"),
    path("map/", views.event_map, name="map"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor"),
    path("articles/", views.article_list, name="articles"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("api/events", views.api_events, name="api_events"),
    path("api/events/<int:pk>", views.api_event, name="api_event"),
    path("api/actors", views.api_actors, name="api_actors"),
    path("api/articles", views.api_articles, name="api_articles"),
    path("favicon.ico", views.favicon),  # asked for by browsers that open the API's JSON
]
