# gdprdesk: `make run` and `make test` are the two commands (README.md).

PORT	?= 8080
BUILD	?= build
CC	?= cc

PKGS	 = fcgi libmariadb libxml-2.0 libxslt libexslt libargon2 nettle
TPKGS	 = cunit libcurl

WARN	 = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	   -Wmissing-prototypes -Wformat=2 -Wvla
HARDEN	 = -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE
ifeq ($(CI),true)
WARN	+= -Werror
endif
ifeq ($(SAN),1)
OPT	 = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	   -fno-sanitize-recover=undefined
HARDEN	 = -fPIE
SANLD	 = -fsanitize=address,undefined
else
OPT	?= -O2 -g
endif

CPPFLAGS += -D_DEFAULT_SOURCE -D_GNU_SOURCE -Ifcgi
CFLAGS	 += $(WARN) $(HARDEN) $(OPT) $(shell pkg-config --cflags $(PKGS))
LDFLAGS	 += -pie -Wl,-z,relro,-z,now $(SANLD)
LDLIBS	  = $(shell pkg-config --libs $(PKGS))
TLDLIBS	  = $(shell pkg-config --libs $(TPKGS))

CORE_SRC   = $(wildcard fcgi/core/*.c)
MODEL_SRC  = $(wildcard fcgi/model/*.c)
PUBLIC_SRC = $(wildcard fcgi/public/*.c)
STAFF_SRC  = $(wildcard fcgi/staff/*.c)
CTL_SRC    = $(wildcard fcgi/ctl/*.c)
UNIT_SRC   = $(wildcard tests/unit/*.c)
INTEG_SRC  = $(wildcard tests/integration/*.c)

obj = $(patsubst %.c,$(BUILD)/obj/%.o,$(1))

# The page files of a program without its main(), for the unit tests.
PUBLIC_LIB = $(filter-out fcgi/public/main.c,$(PUBLIC_SRC))
STAFF_LIB  = $(filter-out fcgi/staff/main.c,$(STAFF_SRC))

PROGS = $(BUILD)/gdprdesk-public $(BUILD)/gdprdesk-staff $(BUILD)/gdprdeskctl
TESTS = $(BUILD)/test-unit $(BUILD)/test-integration

.PHONY: all tests deps run start stop test check bench clean format fuzz

all: $(PROGS)
tests: $(TESTS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/obj/tests/%.o: tests/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(shell pkg-config --cflags $(TPKGS)) -MMD -MP -c -o $@ $<

# The public program links core and model only: no staff code.
$(BUILD)/gdprdesk-public: $(call obj,$(PUBLIC_SRC) $(MODEL_SRC) $(CORE_SRC))
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/gdprdesk-staff: $(call obj,$(STAFF_SRC) $(MODEL_SRC) $(CORE_SRC))
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/gdprdeskctl: $(call obj,$(CTL_SRC) $(MODEL_SRC) $(CORE_SRC))
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/test-unit: $(call obj,$(UNIT_SRC) $(STAFF_LIB) $(MODEL_SRC) $(CORE_SRC))
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) $(TLDLIBS)

$(BUILD)/test-integration: $(call obj,$(INTEG_SRC) $(CORE_SRC))
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) $(TLDLIBS)

deps:
	@scripts/deps.sh

# Foreground: Ctrl-C stops everything; the data stays in var/.
run: deps
	@$(MAKE) --no-print-directory all
	@scripts/stack.sh run var $(PORT)

start: deps
	@$(MAKE) --no-print-directory all
	@scripts/stack.sh start var $(PORT)

stop:
	@scripts/stack.sh stop var

test: deps
	@$(MAKE) --no-print-directory all tests
	@scripts/test.sh $(BUILD)

check: deps
	@$(MAKE) --no-print-directory BUILD=build/san SAN=1 all tests
	@scripts/test.sh build/san

bench: deps
	@$(MAKE) --no-print-directory all
	@scripts/bench.sh $(BUILD)

# libFuzzer harnesses (clang and libclang-rt-14-dev): each parser's
# harness is built with ASan and UBSan. Run it with a scratch corpus
# first (libFuzzer adds what it finds there) and the seeds second:
#   mkdir -p build/corpus && build/fuzz-multipart -max_total_time=60 \
#       build/corpus tests/fuzz/corpus-multipart
FUZZ_CC	 = clang
FUZZ_SRC = fcgi/core/multipart.c fcgi/core/form.c fcgi/core/util.c \
	   fcgi/core/crypto.c fcgi/core/xml.c

fuzz: $(BUILD)/fuzz-multipart

$(BUILD)/fuzz-multipart: tests/fuzz/fuzz_multipart.c $(FUZZ_SRC)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) -std=c11 -g -O1 \
	    -fsanitize=fuzzer,address,undefined \
	    $(shell pkg-config --cflags $(PKGS)) -o $@ $^ $(LDLIBS)

format:
	clang-format -i fcgi/*/*.c fcgi/*/*.h tests/*/*.c

clean:
	rm -rf build

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
