# Two commands do everything: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV := ANKUNFT_DEBUG=1
# Debian packages: Chromium for the browser tests; Pango, HarfBuzz (subsetting) and
# fontconfig for WeasyPrint's PDF brochures, poppler-utils (pdftotext, pdffonts) for their
# tests; Noto fonts for Latin, Greek, Cyrillic, Arabic script, Ethiopic, Georgian (all in
# fonts-noto-core) and Chinese (fonts-noto-cjk).
SYSTEM_PACKAGES := chromium fonts-noto-core fonts-noto-ui-core fonts-noto-cjk \
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libfontconfig1 poppler-utils

.PHONY: install run test test-only lint bench messages system-deps browser-deps clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt -r requirements-dev.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)
	@$(DEV) $(BIN)/ankunft buildtranslations

run: install
	@mkdir -p var
	$(DEV) $(BIN)/ankunft migrate --noinput
	$(DEV) $(BIN)/ankunft demo
	$(DEV) $(BIN)/ankunft runserver 127.0.0.1:8000

# Installs whichever of SYSTEM_PACKAGES is missing (as root; otherwise prints a hint).
# dpkg-query rather than `dpkg -s`: a removed package whose config files remain is "known"
# to dpkg -s but not installed.
system-deps:
	@missing=""; \
	for pkg in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing Debian packages:$$missing; as root, 'make test' installs them (apt-get install$$missing)."; \
	  fi; \
	fi

# The old name, kept for scripts that call it.
browser-deps: system-deps

test: install browser-deps test-only

test-only:
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check ankunft tests benchmarks
	$(DEV) $(BIN)/mypy ankunft

# The public pages and the API on the demo data, then the search of the directory of offers
# at 1,000 and 100,000 generated offers (SQLite, and PostgreSQL when it answers on
# 127.0.0.1:5432; ANKUNFT_BENCH_OFFERS=1000,10000 for a shorter run).
bench: install
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/guide.py
	$(BIN)/python benchmarks/offers_search.py

# Re-extract the interface strings after changing templates or code.
messages: install
	cd ankunft && for lang in de en ar uk tr ru fa ro bg pl kmr ti; do \
	  ../$(BIN)/django-admin makemessages -l $$lang --no-location --no-obsolete \
	    --settings=ankunft.settings -i "demo/content.py" >/dev/null; done

clean:
	rm -rf $(VENV) var/static
