"""Multilingual values are stored as {language code: text}; this picks one for a reader."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard


@dataclass(frozen=True)
class Translation:
    text: str
    language: str
    requested: str

    @property
    def is_fallback(self) -> bool:
        return bool(self.text) and self.language != self.requested

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def is_text(value: object) -> TypeGuard[str]:
    """A stored translation counts only if it is a string with something besides blanks."""
    return isinstance(value, str) and bool(value.strip())


def pick(values: Mapping[str, Any] | None, chain: Iterable[str]) -> Translation:
    """The first non-empty text along the chain of languages, then any text at all."""
    chain = list(chain)
    requested = chain[0] if chain else ""
    values = values or {}
    for code in chain:
        text = values.get(code)
        if is_text(text):
            return Translation(text=text, language=code, requested=requested)
    for code, text in values.items():
        if is_text(text):
            return Translation(text=text, language=code, requested=requested)
    return Translation(text="", language=requested, requested=requested)


def clean_translations(values: Mapping[str, Any], allowed: Iterable[str]) -> dict[str, str]:
    """Keep only allowed languages and non-empty, stripped texts."""
    allowed_codes = set(allowed)
    return {
        code: text.strip()
        for code, text in values.items()
        if code in allowed_codes and is_text(text)
    }


def set_texts(
    obj: object, *, language: str, texts: Mapping[str, str], allowed: Iterable[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Set several multilingual fields of `obj` in one language (a blank text removes that
    language). Returns the fields' values before and after, for the audit log."""
    allowed_codes = list(allowed)
    before = {field: dict(getattr(obj, field)) for field in texts}
    for field, text in texts.items():
        merged = {**getattr(obj, field), language: text}
        setattr(obj, field, clean_translations(merged, allowed_codes))
    return before, {field: getattr(obj, field) for field in texts}
