#!/usr/bin/env python3
"""Generate the holdout4 mailbox: a synthetic, labelled Amazon-credit mailbox in new
wordings and encodings, shaped like ../shared/corpus.

  python3 tests/holdout4/make.py        # rewrites emails/, mailbox.mbox, Maildir/, expected.json, README.md

Deterministic: the same bytes every run (seeded random, no clock).
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen import containers, credits, forwards, negatives, noise, report  # noqa: E402
from gen.build import Ctx, assemble  # noqa: E402


def build(seed=4):
    ctx = Ctx(seed)
    specs = credits.all_credits(ctx) + negatives.all_negatives(ctx)
    for s in specs:
        assemble(ctx, s)
    specs += noise.all_noise(ctx)

    # the user's own forwards of two grants already in the mailbox
    uk = next(s for s in specs if s.family == "no-rush grant UK")
    de = next(s for s in specs if s.family == "no-rush grant DE" and s.profile["layout"] != "plain")
    us = next(s for s in specs if s.family == "no-rush grant US" and s.profile["layout"] == "html")
    specs.append(forwards.inline_forward(ctx, uk, "For the spreadsheet.", "---------- Forwarded message ---------"))
    specs.append(forwards.inline_forward(ctx, de, "Zur Ablage.", "-------- Weitergeleitete Nachricht --------"))
    specs.append(forwards.attached_forward(ctx, us))

    ctx.rng.shuffle(specs)
    # one message present twice (same bytes), far apart
    dup = next(s for s in specs if s.family == "no-rush grant JP" and s.profile["layout"] != "plain")
    at = len(specs) - 1 - ctx.rng.randrange(20)
    specs.insert(at, dup)
    return ctx, specs, dup


def expected(specs):
    events, negs, seen = [], [], set()
    for s in specs:
        if s.msgid in seen:
            continue
        seen.add(s.msgid)
        for e in s.events:
            events.append(dict(e, message_id=s.msgid))
        if s.negative:
            negs.append(s.msgid)
    return {"split": "holdout4", "messages": len(specs), "events": events, "negatives": negs}


def main():
    ctx, specs, dup = build()
    raws = [s.raw for s in specs]
    containers.write_all(HERE, raws, ctx.rng)
    exp = expected(specs)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(report.readme(specs, exp, dup))
    size = sum(len(r) for r in raws)
    print(f"{len(raws)} messages ({size // 1024} KiB each container), {len(exp['events'])} events, "
          f"{len(exp['negatives'])} negatives")


if __name__ == "__main__":
    main()
