"""XLIFF export and import of welcome guide texts for translation agencies.

Pure functions without database access: `bundle_to_xliff` writes an `XliffBundle` as XLIFF 1.2
or 2.0, `xliff_to_bundle` reads a translated file back (XLIFF 1.2, 2.0, 2.1 or 2.2). The
guide's services check the region, pages, versions and languages of the result against the
database.

Decisions:

- **Identifiers.** The `<file>` element carries the region as `guide.<slug>` (1.2: `original`,
  2.x: `id`; a slug never contains a dot). Every unit id is `page-<id>.v<version>.<field>`,
  e.g. `page-12.v5.content`, so the import knows which page, field and source version a
  translation belongs to. Page and field identify a unit: the same pair twice is an error.
- **HTML is text.** Content goes into `<source>` as escaped text, which CAT tools keep as it
  is. A `<source>` or `<target>` holding elements (inline codes such as `<g>`, `<x/>`, `<ph>`,
  `<pc>` or segmentation `<mrk>`) is rejected with the unit's id rather than dropped silently.
- **Segments (2.x).** A unit's text is its segments and ignorables joined in document order.
  A unit without any target comes back with target "", a partly translated one is an error.
  Whitespace-only targets count as empty. The `order` attribute of 2.x targets is ignored.
- **Hostile files.** Parsing goes through defusedxml with DTDs forbidden, so entity expansion
  ("billion laughs") and external entities are refused before anything is expanded or
  fetched. Files above `MAX_XLIFF_BYTES` are refused before parsing.
- **XML limits.** Control characters that XML 1.0 cannot carry are removed on export. Carriage
  returns are written as `&#13;` so that they survive the parser's line-end normalisation.
- **Notes** tell the translator which page a unit belongs to; they are written in the
  office's interface language and ignored on import.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # only for building and types; parsing uses defusedxml
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeAlias

import defusedxml
import defusedxml.ElementTree
from django.utils.translation import gettext as _

MAX_XLIFF_BYTES = 10 * 1024 * 1024
FIELDS = ("title", "content")
EXPORT_VERSIONS = ("1.2", "2.0")

NS_PREFIX = "urn:oasis:names:tc:xliff:document:"
NS_12 = NS_PREFIX + "1.2"
NS_20 = NS_PREFIX + "2.0"  # also XLIFF 2.1
NS_22 = NS_PREFIX + "2.2"
VERSIONS_2X = ("2.0", "2.1", "2.2")

REGION_PREFIX = "guide."
REGION_RE = re.compile(r"guide\.([A-Za-z0-9_-]+)")
UNIT_ID_RE = re.compile(r"page-(0|[1-9][0-9]{0,17})\.v(0|[1-9][0-9]{0,17})\.(title|content)")
LANGUAGE_RE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
# Characters outside XML 1.0's Char production.
NOT_XML_CHAR_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_Qualify: TypeAlias = Callable[[str], str]  # turns a local name into a namespaced tag


@dataclass(frozen=True)
class XliffUnit:
    page_id: int
    field: str  # "title" or "content"
    source_version: int  # number of the page's source-language version the text was taken from
    source: str  # plain title, or HTML for content
    target: str = ""

    @property
    def unit_id(self) -> str:
        return f"page-{self.page_id}.v{self.source_version}.{self.field}"


@dataclass(frozen=True)
class XliffBundle:
    region: str  # region slug, e.g. "kaiserslautern"
    source_language: str  # e.g. "de"
    target_language: str  # e.g. "ar"
    units: tuple[XliffUnit, ...]


class XliffError(ValueError):
    """A file that cannot be imported; str(error) is a translated message for the office."""


# Export


def bundle_to_xliff(bundle: XliffBundle, *, version: str = "1.2") -> bytes:
    """The bundle as an XLIFF document (UTF-8), in version "1.2" or "2.0"."""
    _check_exportable(bundle, version)
    titles = {unit.page_id: unit.source for unit in bundle.units if unit.field == "title"}
    root = _xliff_12(bundle, titles) if version == "1.2" else _xliff_20(bundle, titles)
    ET.indent(root)
    document = ET.tostring(root, encoding="unicode")
    # Attributes are escaped by ElementTree, so a raw CR can only stand in text content.
    document = document.replace("\r", "&#13;")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + document + "\n").encode()


def _check_exportable(bundle: XliffBundle, version: str) -> None:
    if version not in EXPORT_VERSIONS:
        raise ValueError(f"XLIFF export supports versions {EXPORT_VERSIONS}, not {version!r}")
    if not bundle.units:
        raise ValueError("An XLIFF bundle needs at least one unit")
    if not REGION_RE.fullmatch(REGION_PREFIX + bundle.region):
        raise ValueError(f"{bundle.region!r} cannot be written as a region slug")
    seen: set[tuple[int, str]] = set()
    for unit in bundle.units:
        if unit.field not in FIELDS:
            raise ValueError(f"Unknown field {unit.field!r} in unit {unit.unit_id}")
        if (unit.page_id, unit.field) in seen:
            raise ValueError(f"Unit {unit.unit_id} is in the bundle twice")
        seen.add((unit.page_id, unit.field))


def _xliff_12(bundle: XliffBundle, titles: dict[int, str]) -> ET.Element:
    root = ET.Element("xliff", {"version": "1.2", "xmlns": NS_12})
    file = ET.SubElement(
        root,
        "file",
        {
            "original": REGION_PREFIX + bundle.region,
            "source-language": bundle.source_language,
            "target-language": bundle.target_language,
            "datatype": "html",
        },
    )
    body = ET.SubElement(file, "body")
    for unit in bundle.units:
        attributes = {"id": unit.unit_id, "resname": unit.unit_id, "xml:space": "preserve"}
        trans_unit = ET.SubElement(body, "trans-unit", attributes)
        _text_element(trans_unit, "source", unit.source)
        if unit.target:
            _text_element(trans_unit, "target", unit.target, {"xml:lang": bundle.target_language})
        _text_element(trans_unit, "note", _unit_note(unit, titles))
    return root


def _xliff_20(bundle: XliffBundle, titles: dict[int, str]) -> ET.Element:
    root = ET.Element(
        "xliff",
        {
            "version": "2.0",
            "xmlns": NS_20,
            "srcLang": bundle.source_language,
            "trgLang": bundle.target_language,
        },
    )
    file = ET.SubElement(root, "file", {"id": REGION_PREFIX + bundle.region})
    for unit in bundle.units:
        unit_element = ET.SubElement(file, "unit", {"id": unit.unit_id, "xml:space": "preserve"})
        notes = ET.SubElement(unit_element, "notes")
        _text_element(notes, "note", _unit_note(unit, titles), {"category": "description"})
        segment = ET.SubElement(unit_element, "segment")
        _text_element(segment, "source", unit.source)
        if unit.target:
            _text_element(segment, "target", unit.target)
    return root


def _text_element(
    parent: ET.Element, tag: str, text: str, attributes: dict[str, str] | None = None
) -> None:
    element = ET.SubElement(parent, tag, attributes or {})
    element.text = NOT_XML_CHAR_RE.sub("", text)


def _unit_note(unit: XliffUnit, titles: dict[int, str]) -> str:
    if unit.field == "title":
        return _("Title of page %(page)s") % {"page": unit.page_id}
    title = " ".join(titles.get(unit.page_id, "").split())
    if title:
        return _("Content of page %(page)s “%(title)s” (HTML)") % {
            "page": unit.page_id,
            "title": title,
        }
    return _("Content of page %(page)s (HTML)") % {"page": unit.page_id}


# Import


@dataclass(frozen=True)
class _FileHeader:
    region_value: str
    source_language: str
    target_language: str


@dataclass(frozen=True)
class _RawUnit:
    unit_id: str
    source: str
    target: str


def xliff_to_bundle(data: bytes) -> XliffBundle:
    """Read an XLIFF 1.2, 2.0, 2.1 or 2.2 file; raise XliffError when it cannot be imported."""
    root = _parse(data)
    namespace, family = _detect_version(root)
    qualify = _qualifier(namespace)
    if family == "1":
        headers, units = _read_12(root, qualify)
    else:
        headers, units = _read_2x(root, qualify)
    return _bundle(headers, units)


def _parse(data: bytes) -> ET.Element:
    if len(data) > MAX_XLIFF_BYTES:
        raise XliffError(
            _("The file is too large: at most %(size)s MB are possible. Please split it.")
            % {"size": MAX_XLIFF_BYTES // (1024 * 1024)}
        )
    try:
        root: ET.Element = defusedxml.ElementTree.fromstring(data, forbid_dtd=True)
    except defusedxml.DTDForbidden as error:
        raise XliffError(
            _("The file contains a document type declaration (DTD), which is not allowed.")
        ) from error
    except defusedxml.EntitiesForbidden as error:
        raise XliffError(_("The file declares entities, which are not allowed.")) from error
    except defusedxml.ExternalReferenceForbidden as error:
        raise XliffError(
            _("The file refers to external resources, which are not allowed.")
        ) from error
    except ET.ParseError as error:
        line, column = error.position
        raise XliffError(
            _("The file is not valid XML (line %(line)s, column %(column)s).")
            % {"line": line, "column": column}
        ) from error
    return root


def _split_tag(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, _brace, name = tag[1:].partition("}")
        return namespace, name
    return "", tag


def _detect_version(root: ET.Element) -> tuple[str, str]:
    """The root's namespace and the XLIFF family ("1" for 1.2, "2" for 2.x)."""
    namespace, name = _split_tag(root.tag)
    version = (root.get("version") or "").strip()
    if name != "xliff" or (namespace and not namespace.startswith(NS_PREFIX)):
        raise XliffError(_("The file is not an XLIFF file."))
    if not namespace and not version:
        raise XliffError(_("The file is not an XLIFF file."))
    namespace_families = {NS_12: "1", NS_20: "2", NS_22: "2"}
    if namespace and namespace not in namespace_families:
        raise _unsupported_version(namespace.removeprefix(NS_PREFIX))
    version = version or namespace.removeprefix(NS_PREFIX)
    family = "1" if version == "1.2" else "2" if version in VERSIONS_2X else ""
    if not family:
        raise _unsupported_version(version)
    if namespace_families.get(namespace, family) != family:
        raise XliffError(
            _("The file says it is XLIFF %(version)s but uses the namespace of another version.")
            % {"version": version}
        )
    return namespace, family


def _unsupported_version(version: str) -> XliffError:
    return XliffError(
        _("XLIFF version %(version)s is not supported. Please use XLIFF 1.2 or 2.x.")
        % {"version": version}
    )


def _qualifier(namespace: str) -> _Qualify:
    prefix = f"{{{namespace}}}" if namespace else ""
    return lambda name: prefix + name


def _read_12(root: ET.Element, q: _Qualify) -> tuple[list[_FileHeader], list[_RawUnit]]:
    headers: list[_FileHeader] = []
    units: list[_RawUnit] = []
    for file in root.findall(q("file")):
        headers.append(
            _FileHeader(
                region_value=file.get("original", ""),
                source_language=file.get("source-language", ""),
                target_language=file.get("target-language", ""),
            )
        )
        units.extend(_unit_12(trans_unit, q) for trans_unit in file.iter(q("trans-unit")))
    return headers, units


def _unit_12(trans_unit: ET.Element, q: _Qualify) -> _RawUnit:
    unit_id = _unit_id(trans_unit)
    source = _single_child(trans_unit, q("source"), unit_id)
    if source is None:
        raise XliffError(_("Unit %(unit)s has no source text.") % {"unit": unit_id})
    target = _single_child(trans_unit, q("target"), unit_id)
    return _RawUnit(
        unit_id=unit_id,
        source=_source_text(source, unit_id),
        target="" if target is None else _target_text(target, unit_id),
    )


def _read_2x(root: ET.Element, q: _Qualify) -> tuple[list[_FileHeader], list[_RawUnit]]:
    headers: list[_FileHeader] = []
    units: list[_RawUnit] = []
    for file in root.findall(q("file")):
        headers.append(
            _FileHeader(
                region_value=file.get("id", ""),
                source_language=root.get("srcLang", ""),
                target_language=root.get("trgLang", ""),
            )
        )
        units.extend(_unit_2x(unit, q) for unit in file.iter(q("unit")))
    return headers, units


def _unit_2x(unit: ET.Element, q: _Qualify) -> _RawUnit:
    unit_id = _unit_id(unit)
    sources: list[str] = []
    targets: list[str | None] = []
    has_segment = False
    for part in unit:
        if part.tag not in (q("segment"), q("ignorable")):
            continue
        is_segment = part.tag == q("segment")
        has_segment = has_segment or is_segment
        source = _single_child(part, q("source"), unit_id)
        if source is None:
            raise XliffError(_("Unit %(unit)s has no source text.") % {"unit": unit_id})
        sources.append(_source_text(source, unit_id))
        target = _single_child(part, q("target"), unit_id)
        if target is not None:
            targets.append(_target_text(target, unit_id))
        else:
            # An ignorable without a target stands for itself in the translation.
            targets.append(None if is_segment else sources[-1])
    if not has_segment:
        raise XliffError(_("Unit %(unit)s has no source text.") % {"unit": unit_id})
    return _RawUnit(
        unit_id=unit_id, source="".join(sources), target=_join_targets(targets, unit_id)
    )


def _join_targets(targets: list[str | None], unit_id: str) -> str:
    if all(target is None for target in targets):
        return ""
    if any(target is None for target in targets):
        raise XliffError(
            _("Unit %(unit)s is only partly translated: some segments have no target.")
            % {"unit": unit_id}
        )
    return "".join(target or "" for target in targets)


def _unit_id(element: ET.Element) -> str:
    unit_id = (element.get("id") or "").strip()
    if not unit_id:
        raise XliffError(_("A translation unit in the file has no id."))
    return unit_id


def _single_child(parent: ET.Element, tag: str, unit_id: str) -> ET.Element | None:
    children = parent.findall(tag)
    if len(children) > 1:
        raise XliffError(
            _("Unit %(unit)s has more than one <%(element)s> element.")
            % {"unit": unit_id, "element": _split_tag(tag)[1]}
        )
    return children[0] if children else None


def _source_text(element: ET.Element, unit_id: str) -> str:
    markup = _first_markup(element)
    if markup:
        raise XliffError(
            _(
                "The source text of unit %(unit)s contains markup (<%(element)s>) where plain"
                " text is expected."
            )
            % {"unit": unit_id, "element": markup}
        )
    return element.text or ""


def _target_text(element: ET.Element, unit_id: str) -> str:
    markup = _first_markup(element)
    if markup:
        raise XliffError(
            _(
                "The translation of unit %(unit)s contains markup (<%(element)s>) where plain"
                " text is expected. Please remove the tags in the translation tool and export"
                " the file again."
            )
            % {"unit": unit_id, "element": markup}
        )
    return element.text or ""


def _first_markup(element: ET.Element) -> str:
    for child in element:
        return _split_tag(child.tag)[1]
    return ""


def _bundle(headers: list[_FileHeader], raw_units: list[_RawUnit]) -> XliffBundle:
    if not headers:
        raise XliffError(_("The file contains no <file> element."))
    source_language, target_language = _languages(headers)
    region = _region(headers)
    units = tuple(_units(raw_units))
    if not units:
        raise XliffError(_("The file contains no translation units."))
    return XliffBundle(
        region=region,
        source_language=source_language,
        target_language=target_language,
        units=units,
    )


def _languages(headers: Iterable[_FileHeader]) -> tuple[str, str]:
    pairs: list[tuple[str, str]] = []
    for header in headers:
        source = header.source_language.strip()
        target = header.target_language.strip()
        if not source:
            raise XliffError(_("The file does not name its source language."))
        if not target:
            raise XliffError(_("The file does not name its target language."))
        for code in (source, target):
            if not LANGUAGE_RE.fullmatch(code):
                raise XliffError(_("“%(code)s” is not a language code.") % {"code": code})
        pairs.append((source, target))
    first = pairs[0]
    for other in pairs[1:]:
        if other != first:
            raise XliffError(
                _("The file mixes languages: %(first)s and %(other)s.")
                % {"first": " → ".join(first), "other": " → ".join(other)}
            )
    return first


def _region(headers: Iterable[_FileHeader]) -> str:
    regions: list[str] = []
    for header in headers:
        match = REGION_RE.fullmatch(header.region_value.strip())
        if not match:
            raise XliffError(
                _(
                    "The file was not exported from the welcome guide: its <file> element"
                    " names “%(value)s” instead of a region."
                )
                % {"value": header.region_value}
            )
        regions.append(match.group(1))
    for region in regions[1:]:
        if region != regions[0]:
            raise XliffError(
                _("The file mixes regions: %(first)s and %(other)s.")
                % {"first": regions[0], "other": region}
            )
    return regions[0]


def _units(raw_units: Iterable[_RawUnit]) -> Iterator[XliffUnit]:
    seen: set[tuple[int, str]] = set()
    for raw in raw_units:
        match = UNIT_ID_RE.fullmatch(raw.unit_id)
        if not match:
            raise XliffError(
                _(
                    "The unit id “%(unit)s” does not come from the welcome guide (expected"
                    " something like page-12.v5.content)."
                )
                % {"unit": raw.unit_id}
            )
        page_id, version, field = int(match.group(1)), int(match.group(2)), match.group(3)
        if (page_id, field) in seen:
            raise XliffError(
                _("Unit %(unit)s repeats another unit of the file (same page and field).")
                % {"unit": raw.unit_id}
            )
        seen.add((page_id, field))
        yield XliffUnit(
            page_id=page_id,
            field=field,
            source_version=version,
            source=raw.source,
            target=raw.target if raw.target.strip() else "",
        )
