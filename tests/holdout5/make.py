#!/usr/bin/env python3
"""Generate the holdout5 mailbox: a synthetic, labelled Amazon-credit mailbox in
wordings and encodings of its own, shaped like ../shared/corpus.

  python3 tests/holdout5/make.py   # rewrites emails/, mailbox.mbox, Maildir/, expected.json, README.md

Deterministic: the same bytes every run (seeded random, no clock).
"""
import datetime as dt
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))  # tests/, for mailbox_kit

from gen import credits, negatives, norush  # noqa: E402
from mailbox_kit import containers, report  # noqa: E402
from gen.build import Ctx, make  # noqa: E402
from gen.forwards import attached_forward, inline_forward  # noqa: E402

PLAN = [  # (family, table of templates per market, {market: count}, program)
    ("no-rush grant", norush.GRANTS, {"US": 16, "UK": 5, "CA": 4, "DE": 5, "FR": 4, "JP": 5}),
    ("promotional grant", credits.PROMO, {"US": 6, "UK": 2, "CA": 1, "DE": 1, "FR": 1, "JP": 1}),
    ("kindle-rewards grant", {"US": credits.KINDLE}, {"US": 4}),
    ("kindle points", {"US": credits.POINTS}, {"US": 7}),
    ("shopper-panel grant", credits.PANEL, {"US": 3, "UK": 1, "CA": 1, "DE": 1, "FR": 1, "JP": 1}),
    ("trade-in grant", credits.TRADEIN, {"US": 3, "UK": 1, "DE": 1, "CA": 1}),
    ("gift-card grant", credits.GIFT, {"US": 2, "UK": 1, "CA": 1, "DE": 1, "FR": 1, "JP": 1}),
    ("no-rush promise", norush.PROMISES, {"US": 3, "UK": 1, "CA": 1, "DE": 1, "JP": 1}),
    ("redeem (digital)", credits.REDEEM_DIGITAL, {"US": 4, "UK": 1, "DE": 1, "FR": 1, "JP": 1}),
    ("redeem (retail)", credits.REDEEM_RETAIL, {"US": 2, "UK": 1, "CA": 1, "DE": 1, "JP": 1}),
    ("promo code", credits.CODES, {"US": 3, "UK": 1, "DE": 1, "FR": 1, "JP": 1}),
]
NOISE_COUNT = 46


def build(seed=5):
    ctx = Ctx(seed)
    msgs = []
    for family, table, counts in PLAN:
        for market, n in counts.items():
            tmpls = table[market]
            for i in range(n):
                t = tmpls[i % len(tmpls)]
                lang = "fr" if t.__name__ == "ca_fr" else None
                msgs.append(make(ctx, f"{family} {market}" if family == "no-rush grant" else family, market, t, lang=lang,
                                 note=t.__name__))
    fixed = {"coins_notice": dt.datetime(2025, 2, 21, 16, 5), "coins_refund": dt.datetime(2025, 8, 27, 9, 40)}
    for t, market, family, auth in negatives.AMAZON_NEG:
        msgs.append(make(ctx, family, market, t, negative=True, auth=auth, note=t.__name__, when=fixed.get(t.__name__)))
    for i in range(NOISE_COUNT):
        t, market = negatives.NOISE[i % len(negatives.NOISE)]
        msgs.append(make(ctx, "noise: " + t.__name__[2:], market, t, note=t.__name__))

    uk = next(m for m in msgs if m.family == "no-rush grant UK")
    fr = next(m for m in msgs if m.family == "promotional grant" and m.market == "FR")
    jp = next(m for m in msgs if m.family == "no-rush grant JP" and m.layout != "plain")
    msgs.append(inline_forward(ctx, uk, "For my records - the No-Rush thing again.", "---------- Forwarded message ---------", "Fwd: "))
    msgs.append(inline_forward(ctx, fr, "À garder.", "-------- Message transféré --------", "TR : "))
    msgs.append(attached_forward(ctx, jp))

    ctx.rng.shuffle(msgs)
    dup = next(m for m in msgs if m.family == "no-rush grant DE")
    msgs.insert(len(msgs) - 1 - ctx.rng.randrange(30), dup)
    return ctx, msgs, dup


def expected(msgs):
    events, negs, seen = [], [], set()
    for m in msgs:
        if m.msgid in seen:
            continue
        seen.add(m.msgid)
        for e in m.events:
            events.append(dict(e, message_id=m.msgid))
        if m.negative:
            negs.append(m.msgid)
    return {"split": "holdout5", "messages": len(msgs), "events": events, "negatives": negs}


def main():
    ctx, msgs, dup = build()
    raws = [m.raw for m in msgs]
    containers.write_all(HERE, raws, ctx.rng)
    exp = expected(msgs)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(report.readme(msgs, exp, dup, "holdout5", "fifth"))
    print(f"{len(raws)} messages, {len(exp['events'])} events, {len(exp['negatives'])} negatives")


if __name__ == "__main__":
    main()
