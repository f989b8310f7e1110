# `make test` (what phpize tells every user to run): run-tests gets the system's php.ini without
# its extension= lines and looks for the extensions a test needs (--EXTENSIONS--) in modules/, so
# posix and pcntl, which most tests need to run servers, would be missing. Load them (and the
# other shared extensions the suite uses, where installed) from PHP's extension directory.
WORKERMAN_TEST_EXTENSIONS = `for e in posix pcntl sockets mbstring; do \
	if test -f "$(EXTENSION_DIR)/$$e.so"; then printf ' -d extension=%s' "$(EXTENSION_DIR)/$$e.so"; fi; \
	done`
PHP_TEST_SHARED_EXTENSIONS += $(WORKERMAN_TEST_EXTENSIONS)
