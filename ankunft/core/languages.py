"""The language catalogue: the 37 languages newcomer apps in Germany are read in."""

from __future__ import annotations

CATALOGUE: list[tuple[str, str, str, str]] = [
    # code, native name, English name, direction
    ("de", "Deutsch", "German", "ltr"),
    # Plain German ("Leichte Sprache"), a variant a region may enable as its own language.
    ("de-x-ls", "Leichte Sprache", "Plain German", "ltr"),
    ("en", "English", "English", "ltr"),
    ("ar", "العربية", "Arabic", "rtl"),
    ("uk", "Українська", "Ukrainian", "ltr"),
    ("tr", "Türkçe", "Turkish", "ltr"),
    ("ru", "Русский", "Russian", "ltr"),
    ("fa", "فارسی", "Persian", "rtl"),
    ("prs", "دری", "Dari", "rtl"),
    ("ro", "Română", "Romanian", "ltr"),
    ("bg", "Български", "Bulgarian", "ltr"),
    ("pl", "Polski", "Polish", "ltr"),
    ("kmr", "Kurmancî", "Kurdish (Kurmanji)", "ltr"),
    ("ckb", "کوردیی ناوەندی", "Kurdish (Sorani)", "rtl"),
    ("ti", "ትግርኛ", "Tigrinya", "ltr"),
    ("fr", "Français", "French", "ltr"),
    ("so", "Soomaali", "Somali", "ltr"),
    ("hr", "Hrvatski", "Croatian", "ltr"),
    ("es", "Español", "Spanish", "ltr"),
    ("sr-Latn", "Srpski", "Serbian (Latin)", "ltr"),
    ("sr-Cyrl", "Српски", "Serbian (Cyrillic)", "ltr"),
    ("ps", "پښتو", "Pashto", "rtl"),
    ("am", "አማርኛ", "Amharic", "ltr"),
    ("el", "Ελληνικά", "Greek", "ltr"),
    ("it", "Italiano", "Italian", "ltr"),
    ("zh-CN", "简体中文", "Chinese (Simplified)", "ltr"),
    ("mk", "Македонски", "Macedonian", "ltr"),
    ("sq", "Shqip", "Albanian", "ltr"),
    ("ka", "ქართული", "Georgian", "ltr"),
    ("hu", "Magyar", "Hungarian", "ltr"),
    ("ur", "اردو", "Urdu", "rtl"),
    ("fi", "Suomi", "Finnish", "ltr"),
    ("nl", "Nederlands", "Dutch", "ltr"),
    ("pt", "Português", "Portuguese", "ltr"),
    ("cs", "Čeština", "Czech", "ltr"),
    ("sk", "Slovenčina", "Slovak", "ltr"),
    ("om", "Afaan Oromoo", "Oromo", "ltr"),
    ("da", "Dansk", "Danish", "ltr"),
]


def ensure_language_catalogue(language_model: type | None = None) -> None:
    """Create or refresh the catalogue rows (used by the migration and the demo loader)."""
    if language_model is None:
        from ankunft.core.models import Language

        language_model = Language
    for code, native, english, direction in CATALOGUE:
        language_model.objects.update_or_create(  # type: ignore[attr-defined]
            code=code,
            defaults={"native_name": native, "english_name": english, "direction": direction},
        )
