# lkjip — build, test, install. See README.md.
#
#   make            the release binary build/lkjip
#   make demo       install what is missing, build, check the samples, the workbook round trip
#   make check      the whole test suite, under ASan + UBSan, warnings as errors
#   make faults     every output call of a build failed, then killed, in turn (tests/unit/test_faults.c)
#   make install    PREFIX=/usr/local DESTDIR=
#   make docs       regenerate docs/diagnostics.md from the catalogue

PREFIX   ?= /usr/local
BINDIR   ?= $(PREFIX)/bin
DATADIR  ?= $(PREFIX)/share/lkjip
MANDIR   ?= $(PREFIX)/share/man
CC       ?= cc
PKGS      = libxml-2.0 libxslt libexslt libpcre2-8 zlib nettle xlsxwriter libzip

# Debian 12 packages the build and the demo need.
DEB_PACKAGES  = gcc make pkg-config libxml2-dev libxslt1-dev libpcre2-dev zlib1g-dev nettle-dev \
                libxlsxwriter-dev libzip-dev libxml2-utils xsltproc gzip
# The tests also validate DocBook (jing), render the HTML in headless
# Chromium, make a PDF the way make pdf does, watch syscalls (strace),
# open the workbooks of lkjip template with another reader (openpyxl) and
# have LibreOffice Calc save them again (tests/libreoffice.sh).
TEST_PACKAGES = strace time jing docbook5-xml chromium poppler-utils docbook-xsl-ns fop fonts-dejavu-core pandoc librsvg2-bin \
                python3-openpyxl libreoffice-calc-nogui unzip
# make demo's workbook round trip fills a workbook as an operator would,
# with another writer than lkjip's (demo/isi-buku-kerja.py, openpyxl).
DEMO_PACKAGES = python3-openpyxl
# make pdf (optional): DocBook XSL and FOP.
PDF_PACKAGES  = docbook-xsl-ns fop poppler-utils fonts-dejavu-core
DOCX_PACKAGES = pandoc librsvg2-bin

WARNINGS = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wformat=2 \
           -Wpointer-arith -Wundef -Wvla
BASE_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc $(WARNINGS) \
              $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# libzip and libxlsxwriter are not linked: src/workbook_libs.c loads them the
# first time a workbook is read or written, by the sonames of the libraries
# the linker would have taken.
WORKBOOK_PKGS = xlsxwriter libzip
soname = $(shell objdump -p "$$($(CC) -print-file-name=$(1).so)" 2>/dev/null | awk '/SONAME/ {print $$2}')
ZIP_SONAME  := $(or $(call soname,libzip),libzip.so.4)
XLSX_SONAME := $(or $(call soname,libxlsxwriter),libxlsxwriter.so.4)
BASE_CFLAGS += -DLKJ_ZIP_SONAME='"$(ZIP_SONAME)"' -DLKJ_XLSX_SONAME='"$(XLSX_SONAME)"'
LIBS     = $(shell pkg-config --libs $(filter-out $(WORKBOOK_PKGS),$(PKGS)) 2>/dev/null) -lm -lpthread -ldl

RELEASE_CFLAGS = -O2 -g -DNDEBUG
CHECK_CFLAGS   = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
                 -fno-sanitize-recover=undefined -Werror

SOURCES = $(sort $(wildcard src/*.c))
ASM     = src/schemas_embed.S
HEADERS = $(wildcard include/lkjip/*.h src/*.h)
SCHEMAS = schemas/submission.xsd schemas/workspace.xsd schemas/lke.xsd schemas/lke-88-2021.xml stylesheets/i18n/id.xml stylesheets/i18n/en.xml

RELEASE_OBJS = $(SOURCES:src/%.c=build/release/%.o) build/release/schemas_embed.o
CHECK_OBJS   = $(SOURCES:src/%.c=build/check/%.o) build/check/schemas_embed.o
# Unit tests (tests/unit/test_*.c) link every stage but main.
UNIT_TESTS   = $(patsubst tests/unit/%.c,build/check/%,$(sort $(wildcard tests/unit/test_*.c)))

.PHONY: all deps install-packages check demo pdf docx install uninstall clean docs lint unit golden bench bench-national bench-import faults
.DEFAULT_GOAL := all

all: build/lkjip

build/release/%.o: src/%.c $(HEADERS) | build/release
	$(CC) $(BASE_CFLAGS) $(RELEASE_CFLAGS) $(CFLAGS) -DLKJ_DATADIR='"$(DATADIR)"' -c $< -o $@
build/check/%.o: src/%.c $(HEADERS) | build/check
	$(CC) $(BASE_CFLAGS) $(CHECK_CFLAGS) -c $< -o $@
build/release/schemas_embed.o: $(ASM) $(SCHEMAS) | build/release
	$(CC) -c $(ASM) -o $@
build/check/schemas_embed.o: $(ASM) $(SCHEMAS) | build/check
	$(CC) -c $(ASM) -o $@

build/lkjip: $(RELEASE_OBJS)
	$(CC) $(RELEASE_CFLAGS) $(LDFLAGS) $^ -o $@ $(LIBS)

docs: build/lkjip
	{ cat docs/diagnostics-intro.md; ./build/lkjip explain --all --markdown --lang en; } > docs/diagnostics.md.tmp
	mv docs/diagnostics.md.tmp docs/diagnostics.md
build/check/lkjip: $(CHECK_OBJS)
	$(CC) $(CHECK_CFLAGS) $(LDFLAGS) $^ -o $@ $(LIBS)
build/check/test_%: tests/unit/test_%.c tests/unit/unit.h $(filter-out build/check/main.o,$(CHECK_OBJS))
	$(CC) $(BASE_CFLAGS) $(CHECK_CFLAGS) -Itests/unit $< $(filter-out build/check/main.o,$(CHECK_OBJS)) -o $@ $(LIBS)

# The out-of-memory test wraps lkjip's own malloc, calloc, realloc and
# strdup (tests/unit/test_oom.c), so it is linked with its own rule.
OOM_WRAP = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup
build/check/test_oom: tests/unit/test_oom.c tests/unit/unit.h $(filter-out build/check/main.o,$(CHECK_OBJS))
	$(CC) $(BASE_CFLAGS) $(CHECK_CFLAGS) -Itests/unit $< $(filter-out build/check/main.o,$(CHECK_OBJS)) \
	  $(OOM_WRAP) -o $@ $(LIBS)

# The fault test wraps the calls lkjip makes to write its output
# (tests/unit/test_faults.c), so it is linked with its own rule. make check
# runs it at the level FAULTS_CHECK says: self-test (the wrappers, a few
# builds), or bounded (both sweeps, the IR of a small workspace, about a
# minute); make faults runs both sweeps in full.
FAULTS_CHECK = bounded
FAULT_CALLS = open openat creat write pwrite fsync fdatasync syncfs rename renameat renameat2 mkdir mkdirat \
              link linkat unlink unlinkat rmdir close fopen fwrite fclose ftruncate mkstemp mkostemp syscall
FAULT_WRAP  = $(foreach c,$(FAULT_CALLS),-Wl,--wrap=$(c))
build/check/test_faults: tests/unit/test_faults.c tests/unit/unit.h $(filter-out build/check/main.o,$(CHECK_OBJS))
	$(CC) $(BASE_CFLAGS) $(CHECK_CFLAGS) -Itests/unit $< $(filter-out build/check/main.o,$(CHECK_OBJS)) \
	  $(FAULT_WRAP) -o $@ $(LIBS)

build/release build/check:
	mkdir -p $@

# Fuzz targets (tests/fuzz/fuzz_*.c). make check builds each with
# tests/fuzz/replay.c into a plain binary that runs its committed corpus
# (tests/fuzz/corpus/TARGET/) like a unit test; make fuzz builds them with
# clang's libFuzzer and runs each for FUZZ_SECONDS, in parallel, then
# merges what adds coverage into the committed corpus.
FUZZ_TARGETS  = check formula build pack identity import lke
FUZZ_PACKAGES = clang libclang-rt-14-dev
FUZZ_SECONDS ?= 600
FUZZ_CC      ?= clang
FUZZ_CFLAGS   = -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined \
                -fno-sanitize-recover=undefined
FUZZ_OBJS     = $(SOURCES:src/%.c=build/fuzz/%.o) build/fuzz/schemas_embed.o
UNIT_TESTS   += $(FUZZ_TARGETS:%=build/check/replay_%)

build/check/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h $(filter-out build/check/main.o,$(CHECK_OBJS))
	$(CC) $(BASE_CFLAGS) $(CHECK_CFLAGS) -Itests/fuzz -DLKJ_REPLAY_TARGET='"$*"' \
	  -DLKJ_REPLAY_CORPUS='"tests/fuzz/corpus/$*"' $< tests/fuzz/replay.c \
	  $(filter-out build/check/main.o,$(CHECK_OBJS)) -o $@ $(LIBS)
build/fuzz/%.o: src/%.c $(HEADERS) | build/fuzz
	$(FUZZ_CC) $(BASE_CFLAGS) $(FUZZ_CFLAGS) -c $< -o $@
build/fuzz/schemas_embed.o: $(ASM) $(SCHEMAS) | build/fuzz
	$(FUZZ_CC) -c $(ASM) -o $@
build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(filter-out build/fuzz/main.o,$(FUZZ_OBJS))
	$(FUZZ_CC) $(BASE_CFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer -Itests/fuzz $< \
	  $(filter-out build/fuzz/main.o,$(FUZZ_OBJS)) -o $@ $(LIBS)
build/fuzz:
	mkdir -p $@
.SECONDARY: $(FUZZ_OBJS)

.PHONY: fuzz
fuzz:
	@$(MAKE) -s install-packages PACKAGES="$(FUZZ_PACKAGES)"
	$(MAKE) $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
	@pids=; for t in $(FUZZ_TARGETS); do \
	  mkdir -p build/fuzz/new-$$t; \
	  dict=; [ -f tests/fuzz/$$t.dict ] && dict=-dict=tests/fuzz/$$t.dict; \
	  echo "make fuzz: $$t for $(FUZZ_SECONDS) s (log: build/fuzz/$$t.log)"; \
	  build/fuzz/fuzz_$$t build/fuzz/new-$$t tests/fuzz/corpus/$$t $$dict -timeout=2 \
	    -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=build/fuzz/$$t- >build/fuzz/$$t.log 2>&1 & pids="$$pids $$!"; \
	done; \
	failed=0; for p in $$pids; do wait $$p || failed=1; done; \
	for t in $(FUZZ_TARGETS); do \
	  echo "== $$t:"; grep -E '^(#[0-9]+[[:space:]]+DONE|SUMMARY|==[0-9]+==ERROR)' build/fuzz/$$t.log | tail -3; \
	  build/fuzz/fuzz_$$t -merge=1 -use_counters=0 tests/fuzz/corpus/$$t build/fuzz/new-$$t >>build/fuzz/$$t.log 2>&1; \
	done; \
	if [ $$failed = 1 ]; then echo "make fuzz: a target failed; its input is build/fuzz/TARGET-crash-*"; exit 1; fi


# Installs the missing Debian packages (apt-get, through sudo when not
# root); does nothing when everything is present.
deps:
	@$(MAKE) -s install-packages PACKAGES="$(DEB_PACKAGES)"

install-packages:
	@missing=$$(for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing" $$missing; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

check: deps
	@$(MAKE) -s install-packages PACKAGES="$(TEST_PACKAGES)"
	$(MAKE) build/check/lkjip build/lkjip $(UNIT_TESTS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 LKJIP_FAULTS=$(FAULTS_CHECK) \
	  LKJIP=build/check/lkjip LKJIP_RELEASE=build/lkjip UNIT_TESTS="$(UNIT_TESTS)" tests/run.sh

# Issue 11, in full (not part of make check): a build over a good one, with
# each output call failing (ENOSPC or EIO), then each commit step killing
# it, in turn, in the four formats; every N that leaves the output neither
# the old build nor the new one, or a next run that is not a clean build,
# is listed. FAULTS_ARGS narrows it (--mode kill, --from N, --to N, ...).
faults: build/check/test_faults
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=87 \
	  LC_ALL=C.UTF-8 build/check/test_faults --full $(FAULTS_ARGS)

demo: deps
	@$(MAKE) -s install-packages PACKAGES="$(DEMO_PACKAGES)"
	$(MAKE) build/lkjip
	build/lkjip check samples/
	build/lkjip build samples/ -o out --format html,docbook,pk,ir
	@echo
	@demo/round-trip.sh build/lkjip out-buku-kerja
	@echo
	@echo "Open the reports in a browser:"
	@echo "  out/kab-sukamaju/lkjip.html          the LKjIP of Kabupaten Sukamaju"
	@echo "  out/kab-sukamaju/dinkes/lkjip.html   the LKjIP of Dinas Kesehatan (and the other OPDs beside it)"
	@echo "  out/kab-sukamaju/dinkes/pk.html      its Perjanjian Kinerja"
	@echo "DocBook: out/**/lkjip.xml (make pdf turns them into PDF). A broken file, in English:"
	@echo "  build/lkjip check --lang en tests/data/bad/missing-satuan.xml"
	@echo "The OPD workbooks: out-buku-kerja/buku-kerja/*.xlsx; the operators' guide: docs/panduan-opd.md"

# PDF from the DocBook of the demo (optional: installs DocBook XSL and FOP).
pdf: demo
	@$(MAKE) -s install-packages PACKAGES="$(PDF_PACKAGES)"
	@for x in $$(find out -name lkjip.xml | sort); do stylesheets/pdf/docbook-pdf.sh $$x || exit 1; done

# Word: the demo's DocBook through pandoc, charts as PNG (rsvg-convert).
docx: demo
	@$(MAKE) -s install-packages PACKAGES="$(DOCX_PACKAGES)"
	@for x in $$(find out -name lkjip.xml | sort); do stylesheets/docx/docbook-docx.sh $$x || exit 1; done

# Benchmarks (not part of make check): lkjip against the plain tools on a
# generated workspace (bench/gen), medians of RUNS runs and peak RSS, written
# to bench/RESULTS.md (bench/README.md). bench-national: the 22,000-file set
# (NATIONAL_PEMDA=N for the first N of its 550 pemda).
BENCH_PACKAGES = time libxml2-utils xsltproc gzip valgrind
bench: build/lkjip
	@$(MAKE) -s install-packages PACKAGES="$(BENCH_PACKAGES)"
	bench/run.sh province
bench-national: build/lkjip
	@$(MAKE) -s install-packages PACKAGES="$(BENCH_PACKAGES)"
	bench/run.sh national
# Issue 14: the province's OPD workbooks imported by lkjip against openpyxl,
# and written by lkjip template (bench/import.sh).
bench-import: build/lkjip
	@$(MAKE) -s install-packages PACKAGES="time python3-openpyxl"
	bench/import.sh

# The golden IR of the samples (tests/cases/build/golden-samples.t), their
# reports (tests/cases/emit/golden-reports.t), and the letters of the
# samples and of every file in tests/data/bad (tests/golden-letters.sh,
# tests/cases/emit/golden-letters.t); review the change with git diff
# before committing it.
golden: build/lkjip
	rm -rf tests/golden/ir tests/golden/reports
	build/lkjip build samples/ -o tests/golden/ir --format ir --quiet --no-cache --state build/golden-state
	build/lkjip build samples/ -o tests/golden/reports --format html,docbook,pk --quiet --no-cache --state build/golden-state
	tests/golden-letters.sh build/lkjip tests/golden/letters

install: build/lkjip
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/schemas $(DESTDIR)$(MANDIR)/man1
	install -m 755 build/lkjip $(DESTDIR)$(BINDIR)/lkjip
	install -m 644 schemas/*.xsd schemas/lke-88-2021.xml $(DESTDIR)$(DATADIR)/schemas/
	if ls stylesheets/*.xsl >/dev/null 2>&1; then \
	  install -d $(DESTDIR)$(DATADIR)/stylesheets && \
	  cp -R stylesheets/. $(DESTDIR)$(DATADIR)/stylesheets/; fi
	install -m 644 docs/lkjip.1 $(DESTDIR)$(MANDIR)/man1/lkjip.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/lkjip $(DESTDIR)$(MANDIR)/man1/lkjip.1
	rm -rf $(DESTDIR)$(DATADIR)

# Unit tests alone: make unit (or tests/run.sh with UNIT_TESTS set).
unit: $(UNIT_TESTS)
	LKJIP_FAULTS=$(FAULTS_CHECK) UNIT_TESTS="$(UNIT_TESTS)" tests/run.sh unit/

lint:
	clang-tidy $(SOURCES) -- $(BASE_CFLAGS)
	cppcheck --quiet --enable=warning,performance,portability --std=c11 -Iinclude -Isrc src

clean:
	rm -rf build out out-buku-kerja
