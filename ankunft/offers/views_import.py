"""Office pages for the spreadsheet import and export of offers (see `spreadsheets`).

Upload -> review (column mapping and dry run, as often as needed) -> confirm. Nothing is
written to the directory before the confirmation."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from ankunft.core.forms import TranslatedErrorsMixin
from ankunft.core.models import Region
from ankunft.offers import selectors
from ankunft.offers.models import OfferImport
from ankunft.offers.spreadsheets import (
    MAX_FILE_SIZE,
    MAX_ROWS,
    DryRun,
    Table,
    clean_mapping,
    dry_run,
    export_queryset_relations,
    export_rows,
    import_table,
    offer_import_create,
    offer_import_set_mapping,
    offers_import_apply,
    targets,
    too_large,
    validate_mapping,
    write_csv,
    write_xlsx,
)
from ankunft.office.access import office_user, office_view

GET_OR_POST = ["GET", "HEAD", "POST"]
RECENT_IMPORTS = 10
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class UploadForm(TranslatedErrorsMixin, forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (CSV or Excel .xlsx)"),
        widget=forms.FileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "At most %(size)s MB and %(rows)s rows; the first row names the columns."
        ) % {"size": MAX_FILE_SIZE // (1024 * 1024), "rows": MAX_ROWS}
        self.fields["file"].error_messages.update(
            {
                "empty": _("The file is empty."),
                "invalid": _("Please choose a file."),
                "missing": _("Please choose a file."),
            }
        )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_SIZE:  # before reading it into memory
            raise too_large()
        return upload


class MappingForm(TranslatedErrorsMixin, forms.Form):
    """One choice per column of the file: which field it fills, or none."""

    def __init__(self, *args: Any, region: Region, table: Table, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.region, self.table = region, table
        choices = [("", _("– ignore this column –"))] + [
            (target.key, target.label) for target in targets(region)
        ]
        for index in range(len(table.headers)):
            field = forms.ChoiceField(
                label=table.column_label(index), choices=choices, required=False
            )
            field.error_messages["invalid_choice"] = _(
                "Select a valid choice. That choice is not one of the available choices."
            )
            self.fields[f"column_{index}"] = field

    @staticmethod
    def initial_for(mapping: dict[str, str]) -> dict[str, str]:
        return {f"column_{index}": target for index, target in mapping.items()}

    def mapping(self) -> dict[str, str]:
        return clean_mapping(
            {
                name.removeprefix("column_"): value
                for name, value in self.cleaned_data.items()
                if name.startswith("column_")
            },
            len(self.table.headers),
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.errors:
            validate_mapping(self.region, self.table, self.mapping())
        return data

    def rows(self) -> list[tuple[forms.BoundField, list[str]]]:
        """Each column's select with a few sample values from the file."""
        return [
            (self[f"column_{index}"], self.table.samples(index))
            for index in range(len(self.table.headers))
        ]


def _mapping_errors(region: Region, table: Table, mapping: dict[str, str]) -> list[str]:
    try:
        validate_mapping(region, table, mapping)
    except ValidationError as error:
        return error.messages
    return []


@office_view("office.manage_offers")
@require_http_methods(GET_OR_POST)
def offer_import_upload(request: HttpRequest, region: Region) -> HttpResponse:
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            offer_import = offer_import_create(
                actor=office_user(request),
                region=region,
                filename=upload.name or "upload",
                content=upload.read(),
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            return redirect(
                "office:offer_import_review", region_slug=region.slug, import_id=offer_import.pk
            )
    imports = (
        OfferImport.objects.for_region(region)
        .select_related("created_by")
        .defer("content")[:RECENT_IMPORTS]
    )
    return render(
        request,
        "offers/office/import.html",
        {"form": form, "imports": imports, "targets": targets(region)},
        status=400 if request.method == "POST" else 200,
    )


def _render_review(
    request: HttpRequest,
    offer_import: OfferImport,
    *,
    form: MappingForm | None = None,
    result: DryRun | None = None,
    mapping_errors: list[str] | None = None,
    error: str = "",
    status: int = 200,
) -> HttpResponse:
    confirm_fields = [
        (f"column_{index}", target)
        for index, target in sorted(offer_import.mapping.items(), key=lambda item: int(item[0]))
    ]
    return render(
        request,
        "offers/office/import_review.html",
        {
            "offer_import": offer_import,
            "form": form,
            "result": result,
            "mapping_errors": mapping_errors or [],
            "error": error,
            "confirm_fields": confirm_fields,
            "report": offer_import.report if offer_import.applied_at else None,
        },
        status=status,
    )


@office_view("office.manage_offers")
@require_http_methods(GET_OR_POST)
def offer_import_review(request: HttpRequest, region: Region, import_id: int) -> HttpResponse:
    offer_import = get_object_or_404(
        OfferImport.objects.for_region(region).select_related("created_by"), pk=import_id
    )
    offer_import.region = region
    if offer_import.applied_at is not None:
        if request.method == "POST":
            return _render_review(
                request,
                offer_import,
                error=_("This spreadsheet has already been imported."),
                status=400,
            )
        return _render_review(request, offer_import)
    try:
        table = import_table(offer_import)
    except ValidationError as error:
        return _render_review(request, offer_import, error=" ".join(error.messages), status=400)
    stored = clean_mapping(offer_import.mapping, len(table.headers))

    if request.method != "POST":
        form = MappingForm(initial=MappingForm.initial_for(stored), region=region, table=table)
        errors = _mapping_errors(region, table, stored)
        result = None if errors else dry_run(region, table, stored)
        return _render_review(
            request, offer_import, form=form, result=result, mapping_errors=errors
        )

    form = MappingForm(request.POST, region=region, table=table)
    action = "confirm" if request.POST.get("confirm") == "1" else request.POST.get("action", "")
    if not form.is_valid():
        return _render_review(request, offer_import, form=form, status=400)
    mapping = form.mapping()
    if action == "confirm" and mapping == stored:
        try:
            report = offers_import_apply(
                actor=office_user(request), offer_import=offer_import, mapping=mapping
            )
        except ValidationError as error:
            return _render_review(
                request, offer_import, form=form, error=" ".join(error.messages), status=400
            )
        messages.success(
            request,
            _(
                "The import is done. New offers (drafts): %(created)s, updated offers: "
                "%(updated)s, skipped rows: %(rejected)s."
            )
            % report["counts"],
        )
        return redirect(
            "office:offer_import_review", region_slug=region.slug, import_id=offer_import.pk
        )
    offer_import = offer_import_set_mapping(offer_import=offer_import, mapping=mapping)
    offer_import.region = region
    result = dry_run(region, table, mapping)
    if action == "confirm":
        return _render_review(
            request,
            offer_import,
            form=MappingForm(initial=MappingForm.initial_for(mapping), region=region, table=table),
            result=result,
            error=_(
                "The columns have changed since the check, so nothing was imported. Please look "
                "at the new result below and confirm again."
            ),
            status=400,
        )
    if action != "check":
        return _render_review(
            request,
            offer_import,
            form=form,
            result=result,
            error=_("Please choose to check the file or to import it."),
            status=400,
        )
    return _render_review(request, offer_import, form=form, result=result)


@office_view("office.access")
@require_safe
def offer_export(request: HttpRequest, region: Region) -> HttpResponse:
    """The office list (with its filters) as CSV or XLSX; partners get their own offers."""
    file_format = request.GET.get("format", "csv")
    if file_format not in FORMATS:
        return render(
            request,
            "core/error.html",
            {
                "status": 400,
                "title": _("Bad request"),
                "message": _("Please choose CSV or XLSX as the format of the export."),
            },
            status=400,
        )
    offers = selectors.office_offers(region, office_user(request), request.GET)
    headers, rows = export_rows(region, export_queryset_relations(offers))
    content = write_csv(headers, rows) if file_format == "csv" else write_xlsx(headers, rows)
    filename = f"offers-{region.slug}-{timezone.localdate():%Y-%m-%d}.{file_format}"
    response = HttpResponse(content, content_type=FORMATS[file_format])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
