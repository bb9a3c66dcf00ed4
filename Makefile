PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= .frontline/store

.PHONY: demo test graph eval lint typecheck clean browser

$(BIN)/frontline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[test,eval]'
	touch $@

venv: $(BIN)/frontline

demo: $(BIN)/frontline
	$(BIN)/frontline build corpus/ --store $(STORE)
	$(BIN)/frontline validate --store $(STORE)
	$(BIN)/frontline query acknowledgements --param about="North Korean troops" --store $(STORE)
	$(BIN)/frontline query statements --store $(STORE)
	$(BIN)/frontline stats --store $(STORE)

test: $(BIN)/frontline browser
	$(BIN)/python -m pytest -q

graph: $(BIN)/frontline
	$(BIN)/python -m frontline.graphgen corpus graph

eval: $(BIN)/frontline
	$(BIN)/python benchmarks/quality/run.py --write-readme README.md

# headless Chromium for tests/test_browser.py (Debian's package; Playwright drives it directly);
# where it cannot be installed (no root, no apt) the browser tests skip and say why
browser:
	@command -v chromium >/dev/null 2>&1 || \
	  { apt-get update -qq && apt-get install -y -qq chromium chromium-driver; } || \
	  echo "no chromium; the browser tests will skip"

lint: $(BIN)/frontline
	$(BIN)/ruff check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .frontline build dist

.PHONY: bench
bench: $(BIN)/frontline  ## speed and scale benchmarks (BENCH_ARGS="--full" for the 10k figures)
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)
