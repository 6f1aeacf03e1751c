# wirecheck -- see README.md.  `make demo` and `make check` install what is
# missing (through tools/deps.sh) before they build.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/wirecheck
MANDIR  ?= $(PREFIX)/share/man
DESTDIR ?=
BUILD   ?= build
CC      ?= cc
PKG_CONFIG ?= pkg-config
PKGS    := hunspell libutf8proc libxml-2.0

WARN    := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wno-unused-parameter
ifeq ($(CI),true)
WERROR  ?= 1
endif
ifeq ($(WERROR),1)
WARN    += -Werror
endif
OPT     ?= -O2 -g
SAN     ?=
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
# link-grammar (garble.grammar, only with --deep): used when installed
LG_OK      := $(shell $(PKG_CONFIG) --exists link-grammar 2>/dev/null && echo 1)
ifeq ($(LG_OK),1)
PKG_CFLAGS += $(shell $(PKG_CONFIG) --cflags link-grammar) -DWC_HAVE_LINKGRAMMAR
PKG_LIBS   += $(shell $(PKG_CONFIG) --libs link-grammar)
endif
CFLAGS_ALL := -std=c11 -D_GNU_SOURCE $(OPT) $(SAN) $(WARN) \
              -Ichecker/include -Ichecker/src $(PKG_CFLAGS) \
              -DWC_DATA_DIR='"$(DATADIR)"' $(CFLAGS)
LDLIBS_ALL := $(SAN) $(PKG_LIBS) -lm $(LDFLAGS)

LIB_SRC := $(sort $(wildcard checker/src/*.c checker/src/*/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
LIB     := $(BUILD)/libwirecheck.a
BIN     := wirecheck
ifneq ($(BUILD),build)
BIN     := $(BUILD)/wirecheck
endif
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps deps-check check check-run demo install uninstall asan bench \
        eval fuzz clean golden-update docs unit

all: $(BIN)

$(BUILD)/%.o: %.c $(wildcard checker/include/*.h checker/src/*.h checker/src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(BUILD)/checker/cli/main.o $(LIB)
	$(CC) -o $@ $^ $(LDLIBS_ALL)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/harness.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests/unit -o $@ $< $(LIB) $(LDLIBS_ALL) \
	  $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

unit: $(UNIT_BIN)

# Installs missing Debian packages when run as root; otherwise prints the
# command.  deps-check only acts when something is missing.
deps:
	@sh tools/deps.sh install

deps-check:
	@sh tools/deps.sh check || sh tools/deps.sh install

check: deps-check
	@$(MAKE) --no-print-directory check-run

check-run: $(BIN) $(UNIT_BIN)
	@WIRECHECK=$(BIN) BUILD=$(BUILD) sh tests/run.sh

demo: deps-check
	@$(MAKE) --no-print-directory $(BIN)
	./$(BIN) corpora/ || true
	@./$(BIN) --format html --output report.html --fail-on none corpora/ \
	  2> /dev/null; echo "wirecheck: the HTML report of corpora/ is $(CURDIR)/report.html (open it in a browser)"

golden-update: $(BIN)
	@WIRECHECK=$(BIN) sh tests/golden.sh --update

asan: deps-check
	@$(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -g" \
	  SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  check-run

bench: $(BIN)
	@WIRECHECK=$(BIN) sh tests/bench.sh

eval: $(BIN)
	@WIRECHECK=$(BIN) sh tests/eval.sh

# libFuzzer targets (clang), FUZZ_TIME seconds each, seeded from corpora/.
FUZZ_TIME ?= 60
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
fuzz:
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang OPT="-O1 -g" \
	  SAN="-fsanitize=fuzzer-no-link,address,undefined" build-fuzz/libwirecheck.a
	@mkdir -p build-fuzz/corpus
	@cp corpora/*/*.txt corpora/*/*.html corpora/*/*.xml build-fuzz/corpus/ 2>/dev/null || true
	@for f in $(FUZZ_SRC); do \
	  n=$$(basename $$f .c); \
	  clang -O1 -g -fsanitize=fuzzer,address,undefined -Ichecker/include \
	    -Ichecker/src $(PKG_CFLAGS) -o build-fuzz/$$n $$f build-fuzz/libwirecheck.a \
	    $(PKG_LIBS) -lm || exit 1; \
	  WIRECHECK_DATA_DIR=$$(pwd)/dictionaries ./build-fuzz/$$n \
	    -max_total_time=$(FUZZ_TIME) -max_len=65536 build-fuzz/corpus || exit 1; \
	done

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/wirecheck
	cp -R dictionaries/. $(DESTDIR)$(DATADIR)/
	install -m 644 docs/wirecheck.1 $(DESTDIR)$(MANDIR)/man1/wirecheck.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/wirecheck $(DESTDIR)$(MANDIR)/man1/wirecheck.1
	rm -rf $(DESTDIR)$(DATADIR)

docs: docs/rules.md

docs/rules.md: $(sort $(wildcard docs/rules/*.md))
	@cat $^ > $@

clean:
	rm -rf build build-asan wirecheck
