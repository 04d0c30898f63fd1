#!/usr/bin/env bash
# The acceptance bar on the shared labelled corpus (see scripts/check-corpus):
# grant precision and recall >= 0.99, other kinds >= 0.95, no grant from a negative.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$root/../shared/corpus"
if [ ! -f "$corpus/expected.json" ]; then
    echo "20-corpus: $corpus is missing; this check needs ../shared beside the repository (as CI has it)" >&2
    exit 1
fi
exec "$root/scripts/check-corpus" "$corpus"
