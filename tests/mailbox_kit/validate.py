#!/usr/bin/env python3
"""Check a generated holdout mailbox without trusting its generator; each set's own
validate.py calls `run` with its folder.

  python3 tests/holdoutN/validate.py [-v]

- every message parses without defects, every text part decodes strictly in its
  declared charset (or its HTML <meta> charset), no line is over 998 octets and no
  quoted-printable line over 76;
- every label in expected.json is readable in the decoded text of its message, in the
  forms its marketplace writes amounts and dates (the sender's domain says which
  marketplace), and its fields follow the label rules in README.md;
- Message-IDs are unique except one intended duplicate (identical bytes); negatives
  carry no event;
- emails/, mailbox.mbox (mboxrd) and Maildir/ hold the same messages byte for byte;
- no body sentence of 30+ characters is copied from ../shared/corpus or another
  tests/holdout*/ set.
Exit 1 and a list of problems when anything fails.
"""
import datetime
import email
import email.policy
import html
import json
import os
import re
import sys
from collections import Counter

HERE = None  # the set's folder, given to `run`
MARKET_OF = [("amazon.co.uk", "UK"), ("amazon.co.jp", "JP"), ("amazon.ca", "CA"), ("amazon.de", "DE"),
             ("amazon.fr", "FR"), ("amazon.com", "US")]
CURRENCY = {"US": "USD", "UK": "GBP", "CA": "CAD", "DE": "EUR", "FR": "EUR", "JP": "JPY"}
PROGRAMS = {"grant": {"no-rush", "promotional", "kindle-rewards", "shopper-panel", "trade-in", "gift-card"},
            "redeem": {"promotional", "gift-card"}, "promise": {"no-rush"}, "points": {"kindle-rewards"},
            "code": {"promo-code"}}
problems = []


def problem(msg):
    problems.append(msg)


def find_corpus():
    d = HERE
    for _ in range(6):
        d = os.path.dirname(d)
        c = os.path.join(d, "shared", "corpus")
        if os.path.isdir(os.path.join(c, "emails")):
            return c
    return None


# ------------------------------------------------------------------ text

BREAK = re.compile(r"<\s*/?\s*(p|div|br|tr|td|th|table|h[1-6]|li|ul|ol|title)\b[^>]*>", re.I)


def html_text(markup):
    markup = re.sub(r"<(style|script)\b.*?</\1\s*>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    markup = BREAK.sub("\n", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def part_text(part, where):
    data = part.get_payload(decode=True) or b""
    cs = part.get_content_charset()
    if not cs and part.get_content_type() == "text/html":
        m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data, re.I)
        cs = m.group(1).decode() if m else None
    cs = cs or "us-ascii"
    try:
        text = data.decode(cs)
    except (UnicodeDecodeError, LookupError) as e:
        problem(f"{where}: {part.get_content_type()} does not decode as {cs}: {e}")
        text = data.decode("utf-8", errors="replace")
    return html_text(text) if part.get_content_type() == "text/html" else text


def message_text(msg, where):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part_text(part, where))
    return re.sub(r"[ \t\u00a0\u202f]+", " ", "\n".join(out))


def market_of(msg):
    m = re.search(r"@([a-z0-9.\-]+)>?\s*$", str(msg.get("From", "")).lower())
    dom = m.group(1) if m else ""
    for suffix, mk in MARKET_OF:
        if dom == suffix or dom.endswith("." + suffix):
            return mk
    return None


# ------------------------------------------------------------------ amounts (text has nbsp folded to space)

EN = r"\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+(?:\.\d{2})?"
EU = r"\d{1,3}(?:[. ]\d{3})+(?:,\d{2})?|\d+(?:,\d{2})?"
JPN = r"\d{1,3}(?:,\d{3})+|\d+"
MONEY = {
    "USD": [(rf"(?:US\$|USD ?|\$)({EN})", "en")],
    "GBP": [(rf"(?:£|GBP ?)({EN})", "en")],
    "CAD": [(rf"(?:CDN\$ ?|CA\$|\$)({EN})", "en"), (rf"({EU}) ?\$", "eu")],
    "EUR": [(rf"({EU}) ?(?:€|EUR)", "eu"), (rf"EUR ?({EU})", "eu")],
    "JPY": [(rf"(?:￥|¥) ?({JPN})", "jp"), (rf"({JPN})円", "jp")],
}


def to_dec(num, form, cur):
    num = re.sub(r"[. ]", "", num).replace(",", ".") if form == "eu" else num.replace(",", "")
    if cur == "JPY":
        return str(int(num))
    whole, _, frac = num.partition(".")
    return f"{int(whole)}.{(frac or '00'):0<2}"


def amounts(text, cur):
    return {to_dec(m.group(1), form, cur) for pat, form in MONEY[cur] for m in re.finditer(pat, text)}


# ------------------------------------------------------------------ dates

EN_M = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
DE_M = {m: i + 1 for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                                         "september", "oktober", "november", "dezember"])}
FR_M = {m: i + 1 for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                         "septembre", "octobre", "novembre", "décembre"])}
EN_NAME = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"


def ymd(y, m, d):
    y = int(y)
    y = y + 2000 if y < 100 else y
    try:
        return datetime.date(y, int(m), int(d)).isoformat()
    except ValueError:
        return None


def dates(text, mk):
    out = set()
    for m in re.finditer(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", text):
        out.add(ymd(*m.groups()))
    if mk in ("US", "CA"):
        for m in re.finditer(EN_NAME + r"\s+(\d{1,2}),?\s+(\d{4})", text):
            out.add(ymd(m.group(3), EN_M[m.group(1)[:3].lower()], m.group(2)))
    if mk == "US":
        for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])", text):
            out.add(ymd(m.group(3), m.group(1), m.group(2)))
    if mk == "UK":
        for m in re.finditer(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + EN_NAME + r"\s+(\d{4})", text):
            out.add(ymd(m.group(3), EN_M[m.group(2)[:3].lower()], m.group(1)))
    if mk in ("UK", "FR"):
        for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", text):
            out.add(ymd(m.group(3), m.group(2), m.group(1)))
    if mk == "DE":
        for m in re.finditer(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)", text):
            out.add(ymd(m.group(3), m.group(2), m.group(1)))
        for m in re.finditer(r"(?<!\d)(\d{1,2})\.\s*(" + "|".join(DE_M) + r")\s+(\d{4})", text, re.I):
            out.add(ymd(m.group(3), DE_M[m.group(2).lower()], m.group(1)))
    if mk in ("FR", "CA"):
        for m in re.finditer(r"(?<!\d)(1er|\d{1,2})\s+(" + "|".join(FR_M) + r")\s+(\d{4})", text, re.I):
            out.add(ymd(m.group(3), FR_M[m.group(2).lower()], 1 if m.group(1) == "1er" else m.group(1)))
    if mk == "JP":
        for m in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text):
            out.add(ymd(*m.groups()))
        for m in re.finditer(r"(?<!\d)(\d{4})/(\d{2})/(\d{2})(?!\d)", text):
            out.add(ymd(*m.groups()))
    out.discard(None)
    return out


# ------------------------------------------------------------------ containers

def read_mbox(path):
    msgs, cur = [], None
    for line in open(path, "rb").read().splitlines(keepends=True):
        if line.startswith(b"From "):
            if cur is not None:
                msgs.append(cur)
            cur = []
            continue
        if re.match(rb">+From ", line):
            line = line[1:]
        cur.append(line)
    if cur is not None:
        msgs.append(cur)
    out = []
    for lines in msgs:
        raw = b"".join(lines)
        raw = raw[:-2] if raw.endswith(b"\r\n\r\n") else raw[:-1] if raw.endswith(b"\n\n") else raw
        out.append(raw)
    return out


def sentences(text):
    text = re.sub(r"\s+", " ", text)
    return {s.strip().lower() for s in re.split(r"(?<=[.!?。])\s+", text) if len(s.strip()) >= 30}


def body_sentences(folder):
    out = set()
    for n in sorted(os.listdir(folder)):
        if n.endswith(".eml"):
            m = email.message_from_bytes(open(os.path.join(folder, n), "rb").read(), policy=email.policy.default)
            saved = len(problems)
            out |= sentences(message_text(m, n).split("\n", 1)[-1])
            del problems[saved:]          # other sets' decoding problems are not ours
    return out


# ------------------------------------------------------------------ main

def main():
    verbose = "-v" in sys.argv
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    names = sorted(n for n in os.listdir(os.path.join(HERE, "emails")) if n.endswith(".eml"))
    if names != [f"{i:04d}.eml" for i in range(len(names))]:
        problem("emails/ is not numbered 0000.eml upwards without gaps")
    raws = [open(os.path.join(HERE, "emails", n), "rb").read() for n in names]
    if exp.get("messages") != len(raws):
        problem(f"expected.json says {exp.get('messages')} messages, emails/ holds {len(raws)}")

    by_id, texts, markets, auth_fail = {}, {}, {}, set()
    for name, raw in zip(names, raws):
        for i, line in enumerate(raw.split(b"\n")):
            if len(line.rstrip(b"\r")) > 998:
                problem(f"{name}: line {i + 1} over 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for d in msg.defects:
            problem(f"{name}: {type(d).__name__}")
        for part in msg.walk():
            for d in part.defects:
                problem(f"{name}: part {type(d).__name__}")
            if str(part.get("Content-Transfer-Encoding", "")).lower() == "quoted-printable":
                if any(len(l.rstrip("\r")) > 76 for l in part.get_payload(decode=False).split("\n")):
                    problem(f"{name}: quoted-printable line over 76 characters")
        mid = str(msg.get("Message-ID", "")).strip()
        if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", mid):
            problem(f"{name}: bad Message-ID {mid!r}")
        by_id.setdefault(mid, []).append(raw)
        texts[mid] = message_text(msg, name)
        markets[mid] = market_of(msg)
        if re.search(r"\b(dkim|spf|dmarc)=(fail|softfail)", str(msg.get("Authentication-Results", ""))):
            auth_fail.add(mid)

    dups = {k: v for k, v in by_id.items() if len(v) > 1}
    if len(dups) != 1:
        problem(f"expected exactly one duplicated Message-ID, found {len(dups)}")
    for mid, copies in dups.items():
        if len(set(copies)) != 1 or len(copies) != 2:
            problem(f"{mid}: duplicate copies differ or appear {len(copies)} times")

    fields = ["kind", "program", "amount", "currency", "expires_on", "order_id", "points", "code", "message_id"]
    per = Counter()
    for e in exp["events"]:
        where = f"{e.get('kind')}/{e.get('program')} in {e.get('message_id')}"
        if sorted(e) != sorted(fields):
            problem(f"{where}: fields {sorted(e)}")
            continue
        per[(e["kind"], e["program"], e["currency"] or "-")] += 1
        if e["program"] not in PROGRAMS.get(e["kind"], ()):
            problem(f"{where}: program not allowed for this kind")
        mid = e["message_id"]
        if mid not in texts:
            problem(f"{where}: no such message")
            continue
        text, mk = texts[mid], markets[mid]
        if mk is None:
            problem(f"{where}: sender is not on an Amazon marketplace domain")
            continue
        if mid in auth_fail:
            problem(f"{where}: Authentication-Results fail, cannot carry an event")
        if e["amount"] is not None:
            if e["currency"] != CURRENCY[mk]:
                problem(f"{where}: currency {e['currency']} in a {mk} message")
            elif not re.fullmatch(r"\d+" if mk == "JP" else r"\d+\.\d{2}", e["amount"]):
                problem(f"{where}: amount {e['amount']!r} not in major units")
            elif e["amount"] not in amounts(text, e["currency"]):
                problem(f"{where}: amount {e['amount']} not readable (found {sorted(amounts(text, e['currency']))})")
        elif e["currency"] is not None:
            problem(f"{where}: currency without amount")
        if e["expires_on"] and e["expires_on"] not in dates(text, mk):
            problem(f"{where}: expiry {e['expires_on']} not readable (found {sorted(dates(text, mk))})")
        for k in ("order_id", "code"):
            if e[k] and e[k] not in text:
                problem(f"{where}: {k} {e[k]} not in the text")
        if e["points"] is not None and not re.search(rf"(?<!\d){e['points']}(?!\d)", text):
            problem(f"{where}: points {e['points']} not in the text")
        k = e["kind"]
        if k in ("grant", "promise", "redeem") and e["amount"] is None:
            problem(f"{where}: no amount")
        if k in ("redeem", "promise") and not e["order_id"]:
            problem(f"{where}: no order id")
        if k == "grant" and e["program"] == "no-rush" and not (e["order_id"] and e["expires_on"]):
            problem(f"{where}: No-Rush grant needs order id and expiry")
        if k == "grant" and e["program"] != "no-rush" and e["order_id"]:
            problem(f"{where}: only No-Rush grants carry an order id")
        if k == "points" and (e["points"] is None or not e["expires_on"] or e["amount"] is not None):
            problem(f"{where}: points need points and expires_on, no amount")
        if k == "code" and (not e["code"] or not e["expires_on"]):
            problem(f"{where}: code needs code and expires_on")
        if k == "redeem" and e["order_id"] and (e["order_id"].startswith("D01-") != (e["program"] == "promotional")):
            problem(f"{where}: digital orders redeem promotional credit, retail orders gift card")
        if k != "code" and e["code"] is not None:
            problem(f"{where}: code on a {k}")
    negs = exp["negatives"]
    for mid in negs:
        if mid not in texts:
            problem(f"negative {mid}: no such message")
    if set(negs) & {e["message_id"] for e in exp["events"]}:
        problem("a negative carries events")
    if len(set(negs)) != len(negs):
        problem("a negative is listed twice")
    for mid in auth_fail:
        if mid not in negs:
            problem(f"{mid}: fails authentication but is not a negative")

    mbox = read_mbox(os.path.join(HERE, "mailbox.mbox"))
    if mbox != raws:
        problem(f"mailbox.mbox differs from emails/ ({len(mbox)} vs {len(raws)} messages)")
    md = []
    for sub in ("cur", "new"):
        d = os.path.join(HERE, "Maildir", sub)
        md += [open(os.path.join(d, n), "rb").read() for n in os.listdir(d) if not n.startswith(".")]
    if Counter(md) != Counter(raws):
        problem(f"Maildir differs from emails/ ({len(md)} vs {len(raws)} messages)")
    for sub in ("cur", "new", "tmp"):
        if not os.path.isdir(os.path.join(HERE, "Maildir", sub)):
            problem(f"Maildir/{sub} missing")

    ours = set()
    for t in texts.values():
        ours |= sentences(t.split("\n", 1)[-1])
    checked = []
    corpus = find_corpus()
    others = [corpus] if corpus else []
    tests = os.path.dirname(HERE)
    others += [os.path.join(tests, d) for d in sorted(os.listdir(tests))
               if d.startswith("holdout") and os.path.join(tests, d) != HERE]
    for folder in others:
        em = os.path.join(folder, "emails")
        if not os.path.isdir(em):
            continue
        same = sorted(ours & body_sentences(em))
        checked.append(f"{os.path.basename(folder)} {len(same)}")
        for s in same:
            problem(f"sentence also in {os.path.basename(folder)}: {s!r}")
    if corpus:
        ids = {e["message_id"] for e in json.load(open(os.path.join(corpus, "expected.json")))["events"]}
        if ids & set(by_id):
            problem("Message-IDs shared with ../shared/corpus")

    print(f"{len(raws)} messages, {len(by_id)} distinct Message-IDs, {len(exp['events'])} events, "
          f"{len(negs)} negatives; shared sentences: {', '.join(checked) or 'not checked'}")
    if verbose:
        for (k, p, c), n in sorted(per.items()):
            print(f"  {k:7s} {p:15s} {c:4s} {n}")
    for p in problems:
        print("FAIL", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def run(folder):
    global HERE
    HERE = os.path.abspath(folder)
    return main()
