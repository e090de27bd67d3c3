from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    name = "ankunft.guide"
    label = "guide"
    verbose_name = _("Welcome guide")
    default_auto_field = "django.db.models.BigAutoField"
