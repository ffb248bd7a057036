# Vigie — the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DATA   ?= ../shared/data

.PHONY: venv lock demo test lint bench model model-teacher model-encoder clean

venv: $(STAMP)

# The locked versions (requirements.lock, as constraints: the editable install of Vigie itself stays editable).
$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	@touch $(STAMP)

# Refresh requirements.lock from pyproject's dependencies and its dev extra (not `encoder`: torch is build-only),
# with pip-tools in a throwaway venv. Existing pins are kept while they still fit; `make lock LOCK_FLAGS=--upgrade`
# moves every package to its newest release within pyproject's bounds.
LOCK_VENV := .lock-venv
lock:
	rm -rf $(LOCK_VENV) && $(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet pip-tools
	CUSTOM_COMPILE_COMMAND="make lock" $(LOCK_VENV)/bin/pip-compile --quiet $(LOCK_FLAGS) --extra dev \
	  --strip-extras --unsafe-package vigie --no-emit-index-url --no-emit-find-links --no-emit-trusted-host \
	  --output-file requirements.lock pyproject.toml
	rm -rf $(LOCK_VENV)

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
	$(BIN)/python models/encoder/build.py --data $(DATA) --out models/vigie-fr-encoder --extra models/extra/written_examples.csv --suite models/suite/train.csv

clean:
	rm -rf $(VENV) $(LOCK_VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
