# Entry points. `make run` and `make test` do all set-up on a fresh Debian 12 machine.
BUILD_DIR := build
WERROR := $(if $(CI),ON,OFF)
CTEST_JOBS ?= 2
# Let every checkout of the project share ccache entries (CI builds a fresh clone elsewhere).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true

.PHONY: all deps configure build run test bench package clean sanitize

all: build

deps:
	@./packaging/deps.sh

configure: deps
	@cmake --preset default -DCB_WERROR=$(WERROR) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR)

run: build
	./$(BUILD_DIR)/app/contextbench

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(CTEST_JOBS)

bench: build
	./bench/run-all.sh $(BUILD_DIR)

package: build
	cd $(BUILD_DIR) && cpack -G DEB

sanitize: deps
	@cmake --preset sanitize >/dev/null
	@cmake --build build-sanitize
	QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 ctest --test-dir build-sanitize -L "unit|integration" --output-on-failure -j $(CTEST_JOBS)

clean:
	rm -rf $(BUILD_DIR) build-sanitize
