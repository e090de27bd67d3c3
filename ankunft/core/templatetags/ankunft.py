from __future__ import annotations

from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

from ankunft.core.translated import Translation

register = template.Library()


@register.inclusion_tag("core/_translated.html", takes_context=True)
def translated(
    context: dict[str, Any], text: Translation, tag: str = "div", html: bool = False
) -> dict[str, Any]:
    """A multilingual text with the right lang/dir, and a notice when it is a fallback."""
    region = context.get("region")
    languages = (
        {language.code: language for language in region.enabled_languages()} if region else {}
    )
    shown = languages.get(text.language)
    return {
        "text": text,
        "tag": tag,
        "html": html,
        "shown_language": shown,
        "direction": shown.direction if shown else "ltr",
    }


@register.simple_tag(takes_context=True)
def language_links(context: dict[str, Any]) -> list[dict[str, Any]]:
    """The current public page in each of the region's languages."""
    request = context.get("request")
    region = context.get("region")
    match = getattr(request, "resolver_match", None)
    if region is None or match is None or "lang" not in match.kwargs:
        return []
    current = match.kwargs["lang"]
    links = []
    for language in region.enabled_languages():
        kwargs = {**match.kwargs, "lang": language.code}
        try:
            url = reverse(match.view_name, kwargs=kwargs)
        except NoReverseMatch:
            url = reverse("public:start", args=[region.slug, language.code])
        links.append({"language": language, "url": url, "current": language.code == current})
    return links


@register.simple_tag(takes_context=True)
def lang_attrs(context: dict[str, Any], text: Translation) -> str:
    """` lang=".." dir=".."` for an inline text shown in another language than the page's."""
    if not text.is_fallback:
        return ""
    region = context.get("region")
    language = region.language_by_code(text.language) if region else None
    direction = language.direction if language else "ltr"
    return format_html(' lang="{}" dir="{}"', text.language, direction)
