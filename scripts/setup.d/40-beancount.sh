# Sourced by scripts/test after 30-alerts.sh (which provides UNSPENT_TEST_PYTHON).
# The journal test reads `unspent export --format beancount` with Beancount itself:
# its parser, its balance assertions and its realization of the accounts.
if ! "$UNSPENT_TEST_PYTHON" -c 'import beancount' >/dev/null 2>&1; then
    "$UNSPENT_TEST_PYTHON" -m pip install --quiet beancount \
        || "$UNSPENT_TEST_PYTHON" -m pip install --quiet --break-system-packages beancount
fi
"$UNSPENT_TEST_PYTHON" -c 'import beancount' \
    || { echo "setup 40-beancount: python3 with beancount is required (pip install beancount)" >&2; return 1; }
