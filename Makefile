# The two commands of the README: `make run` and `make test`. Everything they need is installed here.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KAFKA_PORT ?= 9092
export KAFKA_PORT
KAFKA := bash deploy/kafka/kafka.sh
PYTEST_ARGS ?=

.PHONY: run test install system-deps kafka-up kafka-down bench schema clean

# A marker file: reinstall when pyproject.toml changes.
$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "streamer needs Python 3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

# The compiled core (mypyc, about 5 minutes) is rebuilt when a source changed; without a C compiler the
# pure-Python core runs with the same output.
install: $(BIN)/.installed
	@$(BIN)/python -m streamer.extraction.tools.build_native --if-stale || true

# promtool and prometheus (Debian's package) for the rules and dashboard tests; Java and Maven for the broker.
system-deps:
	@command -v promtool >/dev/null && command -v prometheus >/dev/null || { \
	  echo "installing Debian's prometheus package (promtool, prometheus)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null; }
	@command -v docker-compose >/dev/null || docker compose version >/dev/null 2>&1 || { \
	  echo "installing Debian's docker-compose (to check docker-compose.yml)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null; }
	@command -v openssl >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >/dev/null; }
	@command -v java >/dev/null || { echo "streamer's local broker needs Java 17+ (apt-get install openjdk-17-jre-headless)"; exit 1; }
	@command -v mvn >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >/dev/null; }

kafka-up:
	$(KAFKA) up

kafka-down:
	$(KAFKA) down

# The service on its embedded default: local broker (unless STREAMER_KAFKA_BOOTSTRAP points elsewhere),
# a worker, the bundled sample articles, their events printed. Ctrl-C stops it.
run: install
	@if [ -z "$$STREAMER_KAFKA_BOOTSTRAP" ]; then $(KAFKA) up; export STREAMER_KAFKA_BOOTSTRAP=127.0.0.1:$(KAFKA_PORT); fi; \
	$(BIN)/streamer demo $(DEMO_ARGS)

# Every test, against the real broker, which is stopped afterwards whatever the outcome.
test: install system-deps
	$(KAFKA) up
	@export STREAMER_TEST_BOOTSTRAP=127.0.0.1:$(KAFKA_PORT); \
	$(BIN)/python -m pytest $(PYTEST_ARGS); status=$$?; \
	$(KAFKA) down; exit $$status

bench: install system-deps
	$(KAFKA) up
	@export STREAMER_TEST_BOOTSTRAP=127.0.0.1:$(KAFKA_PORT); $(BIN)/python -m streamer.bench $(BENCH_ARGS); status=$$?; \
	$(KAFKA) down; exit $$status

schema: install
	$(BIN)/streamer schema --write streamer/message_schemas

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache bench-results
