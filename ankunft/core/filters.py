"""Filters in the address (`?theme=a&theme=b&free=1&q=...`), shared by the offers directory
and the event calendar: reading them with a message per wrong field, and the links that
switch one value on or off, so that filtering works without JavaScript."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, ClassVar
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class FilterLinks:
    """For frozen dataclasses with `q`, a tuple per name in MULTI and a bool per name in FLAGS."""

    MULTI: ClassVar[tuple[str, ...]] = ()
    FLAGS: ClassVar[tuple[str, ...]] = ()
    q: str

    def params(self) -> list[tuple[str, str]]:
        pairs: list[tuple[str, str]] = [("q", self.q)] if self.q else []
        for name in self.MULTI:
            pairs += [(name, value) for value in getattr(self, name)]
        pairs += [(name, "1") for name in self.FLAGS if getattr(self, name)]
        return pairs

    def querystring(self) -> str:
        return urlencode(self.params())

    def toggled(self, name: str, value: str = "1") -> str:
        """The query string with one filter value switched on or off."""
        change: dict[str, Any]
        if name in self.FLAGS:
            change = {name: not getattr(self, name)}
        else:
            values: tuple[str, ...] = getattr(self, name)
            change = {
                name: tuple(v for v in values if v != value)
                if value in values
                else (*values, value)
            }
        return replace(self, **change).querystring()  # type: ignore[type-var]

    def is_on(self, name: str, value: str = "1") -> bool:
        if name in self.FLAGS:
            return bool(getattr(self, name))
        return value in getattr(self, name)


def parse_flag(raw: str, name: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"", "0", "false", "no", "off"}:
        return False
    raise ValidationError({name: _("Use 1 or 0.")})


def as_lists(params: Mapping[str, Sequence[str]]) -> Mapping[str, Sequence[str]]:
    """Every value of a name: a QueryDict's .get() would give only the last one."""
    getlist = getattr(params, "getlist", None)
    if getlist is not None:
        return {name: getlist(name) for name in params}
    return params


def read_filters(
    params: Mapping[str, Sequence[str]],
    *,
    multi: Sequence[str],
    flags: Sequence[str],
    allowed: Callable[[str], set[str] | None],
    max_query_length: int,
    errors: dict[str, str],
) -> dict[str, Any]:
    """The text, the lists and the yes/no filters from (listed) parameters. A wrong value adds
    a message to `errors`; `allowed(name)` is the set of values a list accepts (None: any
    value of up to 20 characters)."""
    values: dict[str, Any] = {}
    q = " ".join((params.get("q") or [""])[-1].split())
    if len(q) > max_query_length:
        errors["q"] = _("The search text is too long.")
    values["q"] = q
    for name in multi:
        given = tuple(dict.fromkeys(v.strip() for v in params.get(name, []) if v.strip()))
        options = allowed(name) if given else None
        wrong = [v for v in given if (v not in options if options is not None else len(v) > 20)]
        if wrong:
            errors[name] = _("Unknown value: %s") % ", ".join(wrong)
        values[name] = given
    for name in flags:
        try:
            values[name] = parse_flag((params.get(name) or [""])[-1], name)
        except ValidationError as error:
            errors[name] = error.messages[0]
    return values
