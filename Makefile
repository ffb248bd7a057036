# Vigie — the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DATA   ?= ../shared/data

.PHONY: venv demo test lint bench model model-teacher model-encoder clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: venv
	$(BIN)/vigie demo

lint: venv
	$(BIN)/ruff check worker tests models
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

bench: venv
	$(BIN)/vigie bench --json-out bench-results.json

model: venv
	$(BIN)/python models/train_default.py --data $(DATA)

# The default model's teacher: out-of-fold scores of the fine-tuned encoder (~45 min on two cores).
model-teacher: venv
	$(BIN)/python -m pip install --quiet -e '.[encoder]'
	$(BIN)/python models/encoder/crossfit.py cache --data $(DATA)
	$(BIN)/python models/encoder/crossfit.py fold 0 1 2 --data $(DATA) & pid=$$!; \
	  $(BIN)/python models/encoder/crossfit.py fold 3 4 --data $(DATA) && wait $$pid
	$(BIN)/python models/encoder/crossfit.py collect --data $(DATA)

model-encoder: venv
	$(BIN)/python -m pip install --quiet -e '.[encoder]'
	$(BIN)/python models/encoder/build.py --data $(DATA) --out models/vigie-fr-encoder --extra models/extra/written_examples.csv

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
