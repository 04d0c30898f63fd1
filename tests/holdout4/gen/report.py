"""README.md for the generated mailbox, with the coverage tables read back from the bytes."""
import email
import email.policy
import re
from collections import Counter, OrderedDict

SHORT = {"quoted-printable": "QP", "base64": "B64", "7bit": "7bit", "8bit": "8bit", "utf-8": "UTF-8",
         "us-ascii": "ASCII", "iso-8859-1": "8859-1", "iso-8859-15": "8859-15", "windows-1252": "cp1252",
         "iso-2022-jp": "2022-JP", "shift_jis": "SJIS"}
LAYOUT = {"text/plain": "plain", "text/html": "html", "multipart/alternative": "alt",
          "multipart/related": "related", "multipart/mixed": "mixed"}


def features(raw):
    m = email.message_from_bytes(raw, policy=email.policy.compat32)
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    subj = re.search(rb"^Subject:(.*(?:\r?\n[ \t].*)*)", head, re.M).group(1)
    if re.search(rb"=\?[^?]+\?[Bb]\?", subj):
        senc = "B:" + re.search(rb"=\?([^?]+)\?", subj).group(1).decode().lower()
    elif re.search(rb"=\?[^?]+\?[Qq]\?", subj):
        senc = "Q:" + re.search(rb"=\?([^?]+)\?", subj).group(1).decode().lower()
    elif any(b > 127 for b in subj):
        senc = "raw 8-bit"
    else:
        senc = "ascii"
    ctes, css = set(), set()
    top = m.get_content_type()
    layout = LAYOUT.get(top, top)
    if top == "multipart/mixed":
        inner = m.get_payload()[0].get_content_type()
        if any(p.get_content_type() == "message/rfc822" for p in m.get_payload()):
            layout = "rfc822 attached"
        else:
            layout = LAYOUT.get(inner, inner) + "+attachment"
    for p in m.walk():
        if p.get_content_maintype() == "text":
            ctes.add(SHORT.get((p.get("Content-Transfer-Encoding") or "7bit").lower(), "?"))
            cs = p.get_content_charset() or "(meta only)"
            css.add(SHORT.get(cs, cs))
            if p.get_param("format") == "flowed":
                layout += " flowed"
    return dict(layout=layout, ctes=ctes, css=css, senc=senc, eol="CRLF" if b"\r\n" in raw else "LF",
                auth="fail" if b"dkim=fail" in head else "pass" if b"dkim=pass" in head else "-")


def _fmt_counter(c):
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def family_table(specs):
    rows = OrderedDict()
    seen = set()
    for s in specs:
        if s.msgid in seen:
            continue
        seen.add(s.msgid)
        r = rows.setdefault(s.family, dict(n=0, markets=Counter(), layout=Counter(), ctes=Counter(), css=Counter(),
                                           senc=Counter(), eol=Counter(), notes=set()))
        f = features(s.raw)
        r["n"] += 1
        r["markets"][s.market] += 1
        r["layout"][f["layout"]] += 1
        for c in f["ctes"]:
            r["ctes"][c] += 1
        for c in f["css"]:
            r["css"][c] += 1
        r["senc"][f["senc"]] += 1
        r["eol"][f["eol"]] += 1
        if s.note:
            r["notes"].add(s.note)
    lines = ["| family | n | marketplaces | layouts | transfer enc. (text parts) | charsets | subject | EOL |",
             "|---|---|---|---|---|---|---|---|"]
    order = sorted(rows, key=lambda k: (k.startswith("noise"), k))
    for k in order:
        r = rows[k]
        mk = ", ".join(f"{m} {n}" for m, n in sorted(r["markets"].items())) if not k.startswith("noise") else "-"
        lines.append(f"| {k} | {r['n']} | {mk} | {_fmt_counter(r['layout'])} | {_fmt_counter(r['ctes'])} | "
                     f"{_fmt_counter(r['css'])} | {_fmt_counter(r['senc'])} | {_fmt_counter(r['eol'])} |")
    notes = [f"- **{k}**: " + "; ".join(sorted(rows[k]["notes"])) for k in order if rows[k]["notes"]]
    return "\n".join(lines), "\n".join(notes)


def kind_table(exp):
    c = Counter((e["kind"], e["program"], e["currency"] or "-") for e in exp["events"])
    curs = ["USD", "GBP", "CAD", "EUR", "JPY", "-"]
    keys = sorted({(k, p) for k, p, _ in c})
    lines = ["| kind | program | " + " | ".join(curs) + " | total |", "|---|---|" + "---|" * (len(curs) + 1)]
    for k, p in keys:
        row = [c.get((k, p, cu), 0) for cu in curs]
        lines.append(f"| {k} | {p} | " + " | ".join(str(x or "") for x in row) + f" | {sum(row)} |")
    return "\n".join(lines)


def readme(specs, exp, dup):
    ft, notes = family_table(specs)
    total = Counter()
    for s in specs:
        f = features(s.raw)
        total[f["layout"]] += 1
    return f"""# holdout4: an independent labelled mailbox in new wordings and encodings

**Synthetic.** Every message here was written by `make.py` for this test set: the
people, orders, codes and wordings are invented (no personal data), and no sentence is
taken from `../shared/corpus`, which it imitates in shape only: the same kinds of
messages, programmes, marketplaces, negatives and label rules, in wordings and
encodings that sample does not use. It exists to measure the mail extractor the way
acceptance measures it, on mail it has not been tuned on. Do not tune phrase tables
against it; a holdout that was looked at stops being one.

Files (all generated; `python3 make.py` rewrites them byte for byte):

- `emails/NNNN.eml`: one message per file ({exp['messages']} files; one message is
  present twice, same bytes, as a real mailbox sometimes is)
- `mailbox.mbox`: the same messages in order, Google Takeout style `From <id>@xxx <date>`
  lines, mboxrd escaping (`From ` and `>From ` at a line start gain one `>`); each
  message keeps its own line ends (CRLF or LF)
- `Maildir/`: the same messages in `cur/` (with `:2,` flags) and `new/`; `tmp/` holds only
  a `.keep` file because git stores no empty directory
- `expected.json`: labels in the format of `../shared/corpus/expected.json`
- `validate.py`: checks all of the above without trusting the generator

Counts: {exp['messages']} messages, {len(exp['events'])} events, {len(exp['negatives'])} negatives.

## Score

```
unspent --db /tmp/h4.db scan tests/holdout4/mailbox.mbox
unspent --db /tmp/h4.db events --json > /tmp/h4-events.json
python3 ../shared/tools/score.py tests/holdout4/expected.json /tmp/h4-events.json -v
python3 tests/holdout4/validate.py      # the set itself is sound
```

## Events by kind and currency

{kind_table(exp)}

## Families × encodings

Read back from the generated bytes (a message counts once per transfer encoding and
charset its text parts use). Layouts: `plain` text/plain only, `html` text/html only,
`alt` multipart/alternative, `related` multipart/related (HTML + inline image), `mixed`
with an attachment, `rfc822 attached` a forwarded message as an attachment, `flowed`
format=flowed.

{ft}

What is deliberately awkward, per family:

{notes}

Across the whole set: """ + _fmt_counter(total) + """.

## Label rules (the same as ../shared/corpus)

- Amounts are decimal strings in major units (`"2.00"`, JPY `"100"`); dates `YYYY-MM-DD`.
- No-Rush and Amazon Day grants carry the order id and the stated expiry; Amazon Day is
  programme `no-rush`.
- Promotional grants: expiry only when the mail states one, else null; no order id.
- Gift-card, trade-in and Shopper Panel grants: expiry null unless a date is stated (one
  Japanese gift card states its 有効期限 and is labelled with it); a revised trade-in is
  labelled with the value actually paid.
- Kindle: a reward is a `grant` (USD 3.00 with its expiry); points earned are `points`
  with the number earned (not a balance shown beside it) and their expiry.
- Promises: No-Rush/Amazon Day order confirmations that promise a reward, with amount and
  order id. Redeems: credit used on an order (digital orders `promotional`, retail
  orders `gift-card`), amount positive, with the order id.
- Codes: `code` with the code and its expiry, plus the amount when it is a fixed amount
  (a percentage code has none).
- The duplicate and the user's own forwards add nothing. `negatives` lists the
  look-alikes and the Amazon mail that must yield no grant (offers, reminders, a gift
  card bought for someone else, donated and rejected rewards, the Coins refund, phishing,
  spoofed senders with failing Authentication-Results, order and account mail).
"""
