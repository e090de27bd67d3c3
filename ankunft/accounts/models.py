"""People and their roles per region."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ankunft.core.models import Region


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("name"), max_length=150, blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=20, default="de")
    is_active = models.BooleanField(_("active"), default=True)  # type: ignore[misc]
    is_staff = models.BooleanField(_("may use the Django admin"), default=False)
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []  # type: ignore[misc]

    class Meta:
        ordering = ["email"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.full_name or self.email

    @property
    def is_platform_admin(self) -> bool:
        return self.is_active and self.is_superuser


class Role(models.TextChoices):
    REGION_ADMIN = "region_admin", _("Region administrator")
    OFFICE_STAFF = "office_staff", _("Office staff")
    VOLUNTEER = "volunteer", _("Volunteer")
    INTERPRETER = "interpreter", _("Interpreter")
    REQUESTER = "requester", _("Requesting institution")
    COMMITTEE_MEMBER = "committee_member", _("Committee member")


# Roles whose holders must log in with a second factor.
STAFF_ROLES = frozenset({Role.REGION_ADMIN, Role.OFFICE_STAFF})


class RoleAssignmentQuerySet(models.QuerySet["RoleAssignment"]):
    def for_region(self, region: Region) -> RoleAssignmentQuerySet:
        return self.filter(region=region)


class RoleAssignment(models.Model):
    """A role a user holds in one region. Partner membership lives on the organisation."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RoleAssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["region__name", "role"]
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "region", "role"], name="unique_role_assignment"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} ({self.region})"
