#!/usr/bin/env python3
"""Generate the holdout6 mailbox: a synthetic, labelled Amazon-credit mailbox in
wordings and encodings of its own, shaped like ../shared/corpus.

  python3 tests/holdout6/make.py   # rewrites emails/, mailbox.mbox, Maildir/, expected.json, README.md

Deterministic: the same bytes every run (seeded random, no clock, no set/dict-of-str ordering).
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))  # tests/, for mailbox_kit

from gen import cr, neg, nr  # noqa: E402
from mailbox_kit import containers, report  # noqa: E402
from gen.build import Ctx, make  # noqa: E402
from gen.forwards import attached_forward, inline_forward  # noqa: E402
import datetime as dt  # noqa: E402

PLAN = [  # (family, templates per market, {market: count})
    ("no-rush grant", nr.GRANTS, {"US": 14, "UK": 5, "CA": 4, "DE": 5, "FR": 4, "JP": 5}),
    ("promotional grant", cr.PROMO, {"US": 6, "UK": 2, "CA": 1, "DE": 2, "FR": 1, "JP": 1}),
    ("kindle-rewards grant", {"US": cr.KINDLE}, {"US": 4}),
    ("kindle points", {"US": cr.POINTS}, {"US": 7}),
    ("shopper-panel grant", cr.PANEL, {"US": 3, "UK": 1, "CA": 1, "DE": 1, "FR": 1, "JP": 1}),
    ("trade-in grant", cr.TRADEIN, {"US": 3, "UK": 1, "CA": 1, "DE": 1, "FR": 1}),
    ("gift-card grant", cr.GIFT, {"US": 2, "UK": 1, "CA": 1, "DE": 1, "FR": 1, "JP": 1}),
    ("no-rush promise", nr.PROMISES, {"US": 4, "UK": 1, "CA": 1, "DE": 1, "FR": 1, "JP": 1}),
    ("redeem (digital)", cr.REDEEM_DIGITAL, {"US": 4, "UK": 1, "DE": 1, "FR": 1, "JP": 1}),
    ("redeem (retail)", cr.REDEEM_RETAIL, {"US": 2, "UK": 1, "CA": 1, "DE": 1, "JP": 1}),
    ("promo code", cr.CODES, {"US": 3, "UK": 1, "CA": 1, "DE": 1, "FR": 1, "JP": 1}),
]
NOISE_COUNT = 43


def build(seed=6):
    ctx = Ctx(seed)
    msgs = []
    for family, table, counts in PLAN:
        for market, n in counts.items():
            tmpls = table[market]
            for i in range(n):
                t = tmpls[i % len(tmpls)]
                lang = "fr" if t.__name__ == "ca_fr" else None
                fam = f"{family} {market}" if family == "no-rush grant" else family
                msgs.append(make(ctx, fam, market, t, lang=lang, note=t.__name__))
    fixed = {"coins_notice": dt.datetime(2025, 4, 12, 15, 20), "coins_refund": dt.datetime(2025, 8, 29, 10, 5)}
    for t, market, family, auth in neg.AMAZON_NEG:
        msgs.append(make(ctx, family, market, t, negative=True, auth=auth, note=t.__name__, when=fixed.get(t.__name__)))
    for i in range(NOISE_COUNT):
        t, market = neg.NOISE[i % len(neg.NOISE)]
        msgs.append(make(ctx, "noise: " + t.__name__[2:], market, t, note=t.__name__))

    uk = next(m for m in msgs if m.family == "no-rush grant UK")
    fr = next(m for m in msgs if m.family == "promotional grant" and m.market == "FR")
    jp = next(m for m in msgs if m.family == "no-rush grant JP" and m.layout != "plain")
    us = next(m for m in msgs if m.family == "shopper-panel grant" and m.market == "US")
    msgs.append(inline_forward(ctx, uk, "Saving this for later, reminder to buy the audiobook.",
                               "Begin forwarded message:", "Fwd: "))
    f1 = inline_forward(ctx, fr, "Pour les comptes du mois.", "----- Message d'origine -----", "Fw: ")
    msgs.append(f1)
    msgs.append(inline_forward(ctx, f1, "Encore celui-ci, au cas où.", "----- Message d'origine -----", "Fw: "))
    msgs.append(attached_forward(ctx, jp))
    sp = inline_forward(ctx, us, "Dana - this landed in my inbox by mistake? It's your panel reward.",
                        "-------- Original Message --------", "FW: ", who=("Sam Whitcombe", "sam.whitcombe@example.co.uk"))
    sp.family = "forward from someone else"
    msgs.append(sp)

    ctx.rng.shuffle(msgs)
    dup = next(m for m in msgs if m.family == "no-rush grant US")
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
    return {"split": "holdout6", "messages": len(msgs), "events": events, "negatives": negs}


def main():
    ctx, msgs, dup = build()
    raws = [m.raw for m in msgs]
    containers.write_all(HERE, raws, ctx.rng)
    exp = expected(msgs)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(report.readme(msgs, exp, dup, "holdout6", "sixth"))
    print(f"{len(raws)} messages, {len(exp['events'])} events, {len(exp['negatives'])} negatives")


if __name__ == "__main__":
    main()
