from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.etree import ElementTree as ET

import pytest
from django.utils import translation

from ankunft.guide.xliff import (
    MAX_XLIFF_BYTES,
    NS_12,
    NS_20,
    XliffBundle,
    XliffError,
    XliffUnit,
    bundle_to_xliff,
    xliff_to_bundle,
)

HTML = (
    '<p>Öffnungszeiten &amp; Termine: "Mo–Fr"</p>\n<p>Bitte <a href="/x?a=1&amp;b=2">hier</a></p>'
)
ARABIC_HTML = '<p>مواعيد العمل &amp; المواعيد: "الاثنين–الجمعة"</p>\n<p>من <a href="/x">هنا</a></p>'



def make_bundle(*, target_language: str = "ar", translated: bool = False) -> XliffBundle:
    arabic = translated and target_language == "ar"
    ukrainian = translated and target_language == "uk"
    return XliffBundle(
        region="kaiserslautern",
        source_language="de",
        target_language=target_language,
        units=(
            XliffUnit(12, "title", 5, "Ankommen & wohnen", "الوصول والسكن" if arabic else ""),
            XliffUnit(12, "content", 5, HTML, ARABIC_HTML if arabic else ""),
            XliffUnit(40, "title", 1, "Ärztliche Hilfe", "Медична допомога" if ukrainian else ""),
        ),
    )


def xliff_12(units: str, *, file_attributes: str | None = None) -> bytes:
    attributes = file_attributes or (
        'original="guide.kaiserslautern" source-language="de" target-language="ar"'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="{NS_12}">'
        f'<file {attributes} datatype="html"><body>{units}</body></file></xliff>'
    ).encode()


def xliff_2(units: str, *, version: str = "2.0", namespace: str = NS_20) -> bytes:
    return (
        f'<xliff version="{version}" xmlns="{namespace}" srcLang="de" trgLang="ar">'
        f'<file id="guide.kaiserslautern">{units}</file></xliff>'
    ).encode()


def trans_unit(unit_id: str, source: str = "Hallo", target: str = "مرحبا") -> str:
    texts = f"<source>{source}</source><target>{target}</target>"
    return f'<trans-unit id="{unit_id}">{texts}</trans-unit>'


def error_of(data: bytes) -> str:
    with pytest.raises(XliffError) as caught:
        xliff_to_bundle(data)
    return str(caught.value)


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_it_round_trips_arabic_translations_with_html(version: str) -> None:
    bundle = make_bundle(translated=True)

    assert xliff_to_bundle(bundle_to_xliff(bundle, version=version)) == bundle


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_it_round_trips_ukrainian_translations(version: str) -> None:
    bundle = make_bundle(target_language="uk", translated=True)

    assert xliff_to_bundle(bundle_to_xliff(bundle, version=version)) == bundle


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_it_reads_targets_that_a_translation_tool_added(version: str) -> None:
    namespace = NS_12 if version == "1.2" else NS_20
    root = ET.fromstring(bundle_to_xliff(make_bundle(), version=version))
    parents = [
        parent for parent in root.iter() if parent.find(f"{{{namespace}}}source") is not None
    ]
    for parent, text in zip(parents, ["الوصول والسكن", ARABIC_HTML], strict=False):
        target = ET.Element(f"{{{namespace}}}target")
        target.text = text
        parent.insert(1, target)  # right after <source>, as the schemas want it

    imported = xliff_to_bundle(ET.tostring(root, encoding="utf-8"))

    assert [unit.target for unit in imported.units] == ["الوصول والسكن", ARABIC_HTML, ""]


def test_it_writes_xliff_1_2_with_region_unit_ids_and_notes() -> None:
    root = ET.fromstring(bundle_to_xliff(make_bundle(), version="1.2"))

    file = root.find(f"{{{NS_12}}}file")
    assert root.tag == f"{{{NS_12}}}xliff" and root.get("version") == "1.2"
    assert file is not None and file.get("original") == "guide.kaiserslautern"
    assert (file.get("source-language"), file.get("target-language")) == ("de", "ar")
    assert file.get("datatype") == "html"
    units = list(root.iter(f"{{{NS_12}}}trans-unit"))
    assert [unit.get("id") for unit in units] == [
        "page-12.v5.title",
        "page-12.v5.content",
        "page-40.v1.title",
    ]
    assert units[1].findtext(f"{{{NS_12}}}source") == HTML
    assert units[1].findtext(f"{{{NS_12}}}note") == "Content of page 12 “Ankommen & wohnen” (HTML)"


def test_it_writes_xliff_2_0_with_languages_on_the_root() -> None:
    root = ET.fromstring(bundle_to_xliff(make_bundle(), version="2.0"))

    assert root.tag == f"{{{NS_20}}}xliff" and root.get("version") == "2.0"
    assert (root.get("srcLang"), root.get("trgLang")) == ("de", "ar")
    file = root.find(f"{{{NS_20}}}file")
    assert file is not None and file.get("id") == "guide.kaiserslautern"
    unit = file.find(f"{{{NS_20}}}unit")
    assert unit is not None and unit.get("id") == "page-12.v5.title"
    assert unit.findtext(f"{{{NS_20}}}notes/{{{NS_20}}}note") == "Title of page 12"
    assert unit.findtext(f"{{{NS_20}}}segment/{{{NS_20}}}source") == "Ankommen & wohnen"


def test_it_omits_empty_targets_on_export() -> None:
    assert b"<target" not in bundle_to_xliff(make_bundle(), version="1.2")


def test_it_keeps_carriage_returns_and_drops_characters_xml_cannot_carry() -> None:
    bundle = XliffBundle("kaiserslautern", "de", "ar", (XliffUnit(1, "content", 1, "a\r\nb\x00c"),))

    (unit,) = xliff_to_bundle(bundle_to_xliff(bundle)).units

    assert unit.source == "a\r\nbc"


@pytest.mark.parametrize(
    ("version", "namespace"), [("2.0", NS_20), ("2.1", NS_20), ("2.2", NS_20.replace("2.0", "2.2"))]
)
def test_it_reads_xliff_2_x_versions(version: str, namespace: str) -> None:
    segment = "<segment><source>Hallo</source><target>مرحبا</target></segment>"
    data = xliff_2(
        f'<unit id="page-3.v2.title">{segment}</unit>', version=version, namespace=namespace
    )

    assert xliff_to_bundle(data).units == (XliffUnit(3, "title", 2, "Hallo", "مرحبا"),)


def test_it_reads_xliff_1_2_without_namespace() -> None:
    data = xliff_12(trans_unit("page-3.v2.title")).replace(f' xmlns="{NS_12}"'.encode(), b"")

    assert xliff_to_bundle(data).units == (XliffUnit(3, "title", 2, "Hallo", "مرحبا"),)


@pytest.mark.parametrize(
    ("version", "namespace"),
    [("1.1", "urn:oasis:names:tc:xliff:document:1.1"), ("3.0", NS_20), ("1.0", "")],
)
def test_it_rejects_an_unknown_xliff_version(version: str, namespace: str) -> None:
    data = f'<xliff version="{version}" xmlns="{namespace}"/>'.encode()

    assert error_of(data) == (
        f"XLIFF version {version} is not supported. Please use XLIFF 1.2 or 2.x."
    )


def test_it_rejects_a_version_that_contradicts_the_namespace() -> None:
    data = f'<xliff version="2.0" xmlns="{NS_12}"/>'.encode()

    assert "namespace of another version" in error_of(data)


def test_it_joins_the_segments_of_a_2_x_unit() -> None:
    unit = (
        '<unit id="page-3.v2.content">'
        "<segment><source>Satz eins.</source><target>جملة واحدة.</target></segment>"
        "<ignorable><source> </source></ignorable>"
        "<segment><source>Satz zwei.</source><target>جملة اثنتان.</target></segment>"
        "</unit>"
    )

    (imported,) = xliff_to_bundle(xliff_2(unit)).units

    assert (imported.source, imported.target) == (
        "Satz eins. Satz zwei.",
        "جملة واحدة. جملة اثنتان.",
    )


def test_it_rejects_a_partly_translated_2_x_unit() -> None:
    unit = (
        '<unit id="page-3.v2.content">'
        "<segment><source>Eins.</source><target>واحد.</target></segment>"
        "<segment><source>Zwei.</source></segment>"
        "</unit>"
    )

    assert "page-3.v2.content" in error_of(xliff_2(unit))


def test_it_reads_units_inside_groups() -> None:
    data = xliff_12(f'<group id="g1">{trans_unit("page-3.v2.title")}</group>')

    assert [unit.page_id for unit in xliff_to_bundle(data).units] == [3]


@pytest.mark.parametrize("target", ["", "<target/>", "<target>  \n </target>"])
def test_it_returns_an_empty_target_when_it_is_missing_or_empty(target: str) -> None:
    data = xliff_12(f'<trans-unit id="page-3.v2.title"><source>Hallo</source>{target}</trans-unit>')

    assert xliff_to_bundle(data).units[0].target == ""


def test_it_rejects_a_billion_laughs_file_quickly() -> None:
    entities = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    data = (
        f'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY lol0 "lol">{entities}]>'
        f'<xliff version="1.2" xmlns="{NS_12}">&lol9;</xliff>'
    ).encode()

    started = time.monotonic()
    message = error_of(data)

    assert time.monotonic() - started < 0.5
    assert "not allowed" in message


def test_it_rejects_an_external_entity_without_reading_it() -> None:
    data = (
        '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        + xliff_12(trans_unit("page-3.v2.title", target="&secret;")).decode().split("?>", 1)[1]
    ).encode()

    message = error_of(data)

    assert "not allowed" in message
    assert "root:" not in message


@pytest.fixture
def request_log() -> Iterator[tuple[str, list[str]]]:
    requested: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requested.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<!ENTITY leak 'leaked'>")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requested
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE xliff SYSTEM "{url}/xliff.dtd">',
        '<!DOCTYPE xliff [<!ENTITY % remote SYSTEM "{url}/entities.dtd"> %remote;]>',
        '<!DOCTYPE xliff [<!ENTITY leak SYSTEM "{url}/secret">]>',
    ],
)
def test_it_never_fetches_external_resources(
    request_log: tuple[str, list[str]], doctype: str
) -> None:
    url, requested = request_log
    data = doctype.format(url=url).encode() + xliff_12(trans_unit("page-3.v2.title"))

    error_of(data)

    assert requested == []


def test_it_rejects_a_dtd() -> None:
    data = (
        b'<?xml version="1.0"?><!DOCTYPE xliff>'
        + xliff_12(trans_unit("page-3.v2.title")).split(b"?>", 1)[1]
    )

    assert "document type declaration" in error_of(data)


@pytest.mark.parametrize(
    "data", [b"", b"Titel;Inhalt\nA;B\n", b"<xliff><file></xliff>", b"\xff\xfe<"]
)
def test_it_rejects_a_file_that_is_not_xml(data: bytes) -> None:
    assert "not valid XML" in error_of(data)


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body>Hallo</body></html>",
        f'<tmx version="1.4" xmlns="{NS_12}"/>'.encode(),
        b'<xliff version="1.2" xmlns="urn:example:not-xliff"/>',
    ],
)
def test_it_rejects_xml_that_is_not_xliff(data: bytes) -> None:
    assert error_of(data) == "The file is not an XLIFF file."


@pytest.mark.parametrize(
    "data",
    [
        xliff_12(
            trans_unit("page-3.v2.title"),
            file_attributes='original="guide.kaiserslautern" source-language="de"',
        ),
        xliff_2(
            '<unit id="page-3.v2.title"><segment><source>Hallo</source></segment></unit>'
        ).replace(b' trgLang="ar"', b""),
    ],
)
def test_it_rejects_a_file_without_target_language(data: bytes) -> None:
    assert error_of(data) == "The file does not name its target language."


def test_it_rejects_an_invalid_language_code() -> None:
    data = xliff_12(
        trans_unit("page-3.v2.title"),
        file_attributes='original="guide.x" source-language="de" target-language="a r"',
    )

    assert error_of(data) == "“a r” is not a language code."


def test_it_rejects_files_with_different_languages() -> None:
    first = '<file original="guide.kaiserslautern" source-language="de" target-language="ar">'
    second = '<file original="guide.kaiserslautern" source-language="de" target-language="uk">'
    body = f"<body>{trans_unit('page-3.v2.title')}</body></file>"
    data = f'<xliff version="1.2" xmlns="{NS_12}">{first}{body}{second}{body}</xliff>'.encode()

    assert "de → ar" in error_of(data) and "de → uk" in error_of(data)


@pytest.mark.parametrize("original", ["", "kaiserslautern", "guide.", "guide.kaisers lautern"])
def test_it_rejects_a_file_element_without_a_region(original: str) -> None:
    data = xliff_12(
        trans_unit("page-3.v2.title"),
        file_attributes=f'original="{original}" source-language="de" target-language="ar"',
    )

    assert "not exported from the welcome guide" in error_of(data)


@pytest.mark.parametrize(
    "unit_id",
    [
        "page-3.title",
        "page-3.v2.summary",
        "page-x.v2.title",
        "page-03.v2.title",
        "3",
        "page-3.v2.title.x",
    ],
)
def test_it_rejects_a_malformed_unit_id(unit_id: str) -> None:
    message = error_of(xliff_12(trans_unit(unit_id)))

    assert f"“{unit_id}”" in message


def test_it_rejects_a_unit_without_id() -> None:
    data = xliff_12("<trans-unit><source>Hallo</source></trans-unit>")

    assert error_of(data) == "A translation unit in the file has no id."


@pytest.mark.parametrize("second_id", ["page-3.v2.title", "page-3.v7.title"])
def test_it_rejects_a_duplicate_unit(second_id: str) -> None:
    data = xliff_12(trans_unit("page-3.v2.title") + trans_unit(second_id))

    assert second_id in error_of(data)


@pytest.mark.parametrize(
    ("target", "element"),
    [
        ('Hallo <g id="1">Welt</g>', "g"),
        ('Hallo <x id="1"/> Welt', "x"),
        ('<ph id="1">&lt;br&gt;</ph>', "ph"),
        ('<mrk mtype="seg" mid="1">مرحبا</mrk>', "mrk"),
    ],
)
def test_it_rejects_inline_markup_in_a_1_2_target(target: str, element: str) -> None:
    message = error_of(xliff_12(trans_unit("page-3.v2.title", target=target)))

    assert "page-3.v2.title" in message and f"<{element}>" in message


@pytest.mark.parametrize(
    ("target", "element"),
    [('<pc id="1">مرحبا</pc>', "pc"), ('مرحبا<ph id="1"/>', "ph"), ('<mrk id="m1">a</mrk>', "mrk")],
)
def test_it_rejects_inline_markup_in_a_2_x_target(target: str, element: str) -> None:
    segment = f"<segment><source>Hallo</source><target>{target}</target></segment>"
    unit = f'<unit id="page-3.v2.title">{segment}</unit>'

    message = error_of(xliff_2(unit))

    assert "page-3.v2.title" in message and f"<{element}>" in message


def test_it_rejects_inline_markup_in_a_source() -> None:
    message = error_of(xliff_12(trans_unit("page-3.v2.title", source='Hallo <x id="1"/>')))

    assert "source text of unit page-3.v2.title" in message


def test_it_rejects_a_unit_without_source() -> None:
    data = xliff_12('<trans-unit id="page-3.v2.title"><target>مرحبا</target></trans-unit>')

    assert error_of(data) == "Unit page-3.v2.title has no source text."


def test_it_rejects_a_file_without_units() -> None:
    assert error_of(xliff_12("")) == "The file contains no translation units."


def test_it_rejects_an_oversized_file_before_parsing() -> None:
    data = b"<" * (MAX_XLIFF_BYTES + 1)

    assert "too large" in error_of(data)


def test_it_gives_messages_in_the_active_language() -> None:
    with translation.override("de"):
        message = error_of(b"<" * (MAX_XLIFF_BYTES + 1))

    assert "zu groß" in message


def test_it_refuses_to_export_an_unknown_version() -> None:
    with pytest.raises(ValueError, match=r"1\.1"):
        bundle_to_xliff(make_bundle(), version="1.1")
