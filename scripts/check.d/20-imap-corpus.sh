#!/usr/bin/env bash
# The labelled corpus read over IMAP gives the same events as the same corpus
# read from its mbox: appends ../shared/corpus/emails to a fresh mailbox on the
# test Dovecot (scripts/setup.d/10-dovecot.sh), scans it with the default
# server-side search (From mentions "amazon"), and compares.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${UNSPENT_TEST_IMAP_PORT:?not set: run this check through scripts/test, which starts Dovecot}"
corpus=${UNSPENT_SHARED:-../shared}/corpus
[ -d "$corpus/emails" ] || { echo "20-imap-corpus: $corpus/emails is missing" >&2; exit 1; }

cargo build -q --locked -p unspent
bin=target/debug/unspent
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mailbox="corpus-$$"

python3 - "$corpus/emails" "$mailbox" <<'PY'
import imaplib, os, ssl, sys
folder, mailbox = sys.argv[1:]
ctx = ssl.create_default_context(cafile=os.environ["UNSPENT_TEST_IMAP_CA"])
m = imaplib.IMAP4_SSL(os.environ["UNSPENT_TEST_IMAP_HOST"], int(os.environ["UNSPENT_TEST_IMAP_PORT"]), ssl_context=ctx)
m.login(os.environ["UNSPENT_TEST_IMAP_USER"], os.environ["UNSPENT_TEST_IMAP_PASSWORD"])
m.create(mailbox)
for name in sorted(os.listdir(folder)):
    raw = open(os.path.join(folder, name), "rb").read()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    typ, _ = m.append(mailbox, None, None, raw)
    assert typ == "OK", (name, typ)
m.logout()
PY

url="imaps://$UNSPENT_TEST_IMAP_USER@$UNSPENT_TEST_IMAP_HOST:$UNSPENT_TEST_IMAP_PORT/$mailbox"
export UNSPENT_TODAY=2026-11-25
UNSPENT_IMAP_PASSWORD=$UNSPENT_TEST_IMAP_PASSWORD "$bin" --db "$tmp/imap.db" scan --json \
    --ca-file "$UNSPENT_TEST_IMAP_CA" "$url" >"$tmp/imap-report.json"
"$bin" --db "$tmp/mbox.db" scan --json "$corpus/mailbox.mbox" >"$tmp/mbox-report.json"
"$bin" --db "$tmp/imap.db" events --json >"$tmp/imap.json"
"$bin" --db "$tmp/mbox.db" events --json >"$tmp/mbox.json"

python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
def load(name):
    events = json.load(open(f"{tmp}/{name}.json"))
    for e in events:
        for k in ("source", "origin"):
            (e.get("evidence") or {}).pop(k, None)
        e.pop("id", None)
    return sorted(json.dumps(e, sort_keys=True) for e in events)
imap, mbox = load("imap"), load("mbox")
report = json.load(open(f"{tmp}/imap-report.json"))
print(f"20-imap-corpus: fetched {report['fetched']} messages over IMAP; {len(imap)} events over IMAP, {len(mbox)} from the mbox")
if imap != mbox:
    missing = [e for e in mbox if e not in imap]
    extra = [e for e in imap if e not in mbox]
    print("IMAP scan differs from the mbox scan:", file=sys.stderr)
    for e in missing[:10]: print("  only in mbox:", e, file=sys.stderr)
    for e in extra[:10]: print("  only over IMAP:", e, file=sys.stderr)
    sys.exit(1)
PY
