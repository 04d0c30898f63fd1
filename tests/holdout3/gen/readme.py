"""Write tests/holdout3/README.md: what the holdout is, and a coverage table made from the messages."""

from __future__ import annotations

import os
from collections import Counter, defaultdict




def leaves(body):
    if isinstance(body, tuple):
        if body[0] == "rfc822":
            yield ("message/rfc822", "-", "-")
            yield from leaves(body[1].body)
            return
        for b in body[1]:
            yield from leaves(b)
        return
    yield (f"text/{body.subtype}", body.charset, body.cte)


def shape(body) -> str:
    if isinstance(body, tuple):
        if body[0] == "rfc822":
            return "attached message"
        kinds = [shape(b) for b in body[1]]
        return f"multipart/{body[0]}(" + ", ".join(kinds) + ")"
    return f"text/{body.subtype}"


def write(here, manifest, expected):
    fams = defaultdict(list)
    for name, m in manifest:
        fams[m.family].append((name, m))
    ev_by_id = defaultdict(list)
    for e in expected["events"]:
        ev_by_id[e["message_id"]].append(e)
    kinds = Counter(e["kind"] for e in expected["events"])
    programs = Counter((e["kind"], e["program"]) for e in expected["events"])

    out = []
    w = out.append
    w("# Holdout 3: a labelled, synthetic mailbox for measuring the mail extractor\n")
    w("Every message here is **synthetic**: written for this holdout by `make.py` (Python 3 standard library, "
      "deterministic, no network), modelled on the facts in `../shared/reference/amazon-facts.md` and the event "
      "rules in `../shared/DESIGN.md`. No personal data; no sentence is taken from `../shared/corpus`. "
      "Real Amazon wording is mostly unknown, so the wording varies on purpose.\n")
    with_events = sum(1 for _, m in manifest if m.events)
    w("It exists to measure the extractor on mail nobody tuned it on, and above all its **precision**: "
      f"{with_events} of the {len(manifest)} messages carry a credit event; the other {len(manifest) - with_events} are "
      "ordinary order confirmations, shipping notices, receipts, statements, expiring-soon reminders, marketing, other "
      "services' credits, phishing, forwards, duplicates and other shops' newsletters, full of amounts and dates that "
      "are not credits.\n")
    w("**Do not tune the extractor on this folder.** Score it, read the misses, fix the rule in general, and do "
      "not look at the messages while fixing.\n")
    w("## Files\n")
    w("- `emails/NNNN.eml`: one file per message")
    w("- `mailbox.mbox`: the same messages as one mbox (Google Takeout `From NNN@xxx <date>` lines, mboxrd `>From ` escaping; "
      "each message carries Takeout's `X-GM-THRID` and `X-Gmail-Labels` headers)")
    w("- `Maildir/`: the same messages in `cur/` (read, `:2,S`-style flags) and `new/` (unread); `tmp/` holds only "
      "`.gitkeep` because git keeps no empty folders")
    w("- `expected.json`: the labels, in the format of `../shared/corpus/expected.json` (`messages`, `events`, "
      "`negatives` = every Message-ID that must yield no grant)")
    w("- `make.py` + `gen/`: the generator (one module per family of messages in `gen/families/`)")
    w("- `validate.py`: checks the generated files (see below)\n")
    w("Regenerate with `python3 tests/holdout3/make.py`, check with `python3 tests/holdout3/validate.py`. "
      "Score a build with:\n")
    w("```\nunspent --db /tmp/h3.db scan tests/holdout3/mailbox.mbox\nunspent --db /tmp/h3.db events --json > /tmp/h3.json\n"
      "python3 ../shared/tools/score.py tests/holdout3/expected.json /tmp/h3.json -v\n```\n")
    w("`validate.py` checks that every message parses without MIME defects, has no line over 998 octets and decodes strictly in its declared "
      "charset (and its HTML `<meta charset>` agrees); that every labelled amount, expiry, order id, code and points "
      "value is readable in the decoded text in its marketplace's own form (a Canadian `04/06/2026` does not count); "
      "that Message-IDs are unique except the intended duplicates; that the mbox, `emails/` and `Maildir/` hold the "
      "same bytes; and that `negatives` lists exactly the messages without a grant.\n")
    w("## Labelling conventions\n")
    w("- A label is what a careful person reads in the mail, nothing inferred: an expiry that is only a period "
      "(\"10 years from issue\", \"90 days from then\") or a date that is ambiguous in its marketplace stays `null`.")
    w("- Amounts are decimal strings in major units (`\"2.00\"`, JPY `\"500\"`); dates `YYYY-MM-DD`.")
    w("- `order_id` on No-Rush / Amazon Day grants, on promises and on redeems (the order the credit belongs to); "
      "`null` on every other grant even when the mail shows an order number.")
    w("- Gift-card, Trade-In and Shopper Panel grants have `expires_on` null unless a date is printed; a promotional "
      "credit with no stated expiry is `null`.")
    w("- Codes carry `code` and `expires_on`, and `amount` only when a fixed amount is off.")
    w("- Offers, expiring-soon reminders, balance statements, refunds to a card, coupons, Shop with Points, Amazon "
      "points in Japan, AWS and Audible credits, other shops' credits, phishing, forwards, replies and duplicate copies "
      "yield nothing.")
    w("- More in `docs/notes/holdout3.md`.\n")
    w("## Counts\n")
    w(f"{expected['messages']} messages, {len(expected['events'])} labelled events "
      f"({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}), {len(expected['negatives'])} messages that must yield no grant.\n")
    w("| kind | program | events |\n|---|---|---|")
    for (k, p), n in sorted(programs.items()):
        w(f"| {k} | {p} | {n} |")
    w("")
    w("## Families × encodings\n")
    w("| family | messages | with events | marketplaces | charsets | transfer encodings | shapes |\n|---|---|---|---|---|---|---|")
    for fam in sorted(fams):
        ms = fams[fam]
        mps = Counter(m.mp or "other" for _, m in ms)
        cs = Counter(c for _, m in ms for _, c, _ in leaves(m.body) if c != "-")
        ctes = Counter(t for _, m in ms for _, _, t in leaves(m.body) if t != "-")
        shapes = Counter(shape(m.body).split("(")[0] for _, m in ms)
        with_ev = sum(1 for _, m in ms if m.events)
        fmt = lambda c: ", ".join(f"{k} {v}" for k, v in sorted(c.items()))  # noqa: E731
        w(f"| {fam} | {len(ms)} | {with_ev} | {fmt(mps)} | {fmt(cs)} | {fmt(ctes)} | {fmt(shapes)} |")
    w("")
    crlf = sum(1 for _, m in manifest if m.crlf)
    def subject_kind(m):
        if m.subject_enc:
            return f"{m.subject_enc} ({m.subject_charset})"
        if all(ord(c) < 128 for c in m.subject):
            return "ASCII"
        return "raw UTF-8" if m.raw_8bit_headers else "B (utf-8)"

    subj = Counter(subject_kind(m) for _, m in manifest)
    w(f"Subjects: {', '.join(f'{k} {v}' for k, v in sorted(subj.items()))} (B/Q = RFC 2047 encoded-words). "
      f"CRLF line ends: {crlf} messages. Maildir `new/`: {sum(1 for _, m in manifest if m.maildir == 'new')}.\n")
    w("## Every message\n")
    w("| file | family | mp | from | subject | events | note |\n|---|---|---|---|---|---|---|")
    for name, m in manifest:
        evs = ev_by_id.get(m.message_id, []) if m.events else []
        evs_s = "; ".join(
            f"{e['kind']} {e['program']}"
            + (f" {e['amount']} {e['currency']}" if e["amount"] else "")
            + (f" {e['points']} pts" if e["points"] else "")
            + (f" {e['code']}" if e["code"] else "")
            + (f" exp {e['expires_on']}" if e["expires_on"] else "")
            + (f" order {e['order_id']}" if e["order_id"] else "")
            for e in evs
        ) or "—"
        frm = m.from_.rsplit("<", 1)[-1].rstrip(">")
        subj = m.subject.replace("|", "/")
        w(f"| {name} | {m.family} | {m.mp or '-'} | {frm} | {subj} | {evs_s} | {m.note.replace('|', '/')} |")
    w("")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
