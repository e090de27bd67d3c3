from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "ankunft.offers"
    label = "offers"
    verbose_name = _("Directory of offers")
    default_auto_field = "django.db.models.BigAutoField"
