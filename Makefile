# Entry points. `make run` and `make test` do all set-up on a fresh Debian 12 machine.
BUILD_DIR := build
WERROR := $(if $(CI),ON,OFF)
CTEST_JOBS ?= 2
# Let every checkout of the project share ccache entries (CI builds a fresh clone elsewhere).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true

.PHONY: all deps configure build run test bench package clean sanitize fuzz translations

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

# Refresh resources/translations/*.ts after changing user-visible strings (then translate them).
translations: deps
	@./packaging/update-translations.sh

# The .deb ships stripped executables (debug information in contextbench-dbgsym_*.ddeb); it is
# then unpacked into a scratch root and started under LANG=ko_KR.UTF-8 (no root, no network).
package: build
	cd $(BUILD_DIR) && cpack -G DEB
	./packaging/check-deb.sh $$(ls -t $(BUILD_DIR)/contextbench_*.deb | head -n 1)

# Debug build with AddressSanitizer + UndefinedBehaviorSanitizer; any report fails its test.
# Leaks are checked; tests/lsan.supp lists the only suppressed frames (inside Qt Pdf / pdfium).
SAN_ENV := QT_QPA_PLATFORM=offscreen \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
sanitize: deps
	@cmake --preset sanitize >/dev/null
	@cmake --build build-sanitize --target cb_unit_tests cb_integration_tests cb_pack_save_loop
	$(SAN_ENV) ctest --test-dir build-sanitize -L "unit|integration" --output-on-failure -j $(CTEST_JOBS)

# libFuzzer (clang): every target for FUZZ_SECONDS each against fuzz/corpus/<target>/; crashes
# land in fuzz/crashes/<target>/ and `make test` replays them. FUZZ_TARGETS="sse pack" for a few.
FUZZ_SECONDS ?= 60
fuzz:
	@./packaging/deps.sh --fuzz
	FUZZ_SECONDS=$(FUZZ_SECONDS) ./fuzz/run-fuzz.sh $(FUZZ_TARGETS)

clean:
	rm -rf $(BUILD_DIR) build-sanitize build-fuzz
