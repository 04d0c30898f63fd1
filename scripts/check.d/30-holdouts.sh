#!/usr/bin/env bash
# The labelled holdout mailboxes (tests/holdout*): their labels must agree with
# their text (validate.py, a gate), and the extractor's precision/recall on each
# is printed as a report, not a gate: a holdout that gates CI becomes a tuning
# set and stops measuring how unspent does on mail nobody wrote rules for.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bin=target/release/unspent
[ -x "$bin" ] || cargo build --release --locked -q -p unspent
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in tests/holdout*/; do
    name=$(basename "$dir")
    python3 "$dir/validate.py" >"$tmp/validate.log" 2>&1 || { cat "$tmp/validate.log" >&2; echo "30-holdouts: $name's labels disagree with its mail" >&2; exit 1; }
    "$bin" --db "$tmp/$name.db" -q scan "$dir/mailbox.mbox" >/dev/null
    "$bin" --db "$tmp/$name.db" events --json >"$tmp/$name.json"
    summary=$(cargo run --release --locked -q -p unspent-mail --example corpus_score -- "$dir/expected.json" "$tmp/$name.json" 2>/dev/null | grep -E '^\s*grant ' | head -1 | sed 's/  BELOW THE BAR//; s/^ *//' || true)
    echo "30-holdouts: $name (report only): ${summary# }"
done
