#!/usr/bin/env python3
"""Check the holdout4 mailbox without trusting the generator.

  python3 tests/holdout4/validate.py [-v]

Every message parses and every text part decodes strictly in its declared charset;
every label in expected.json can be read in the decoded text of its message, in the
forms its marketplace writes amounts and dates; Message-IDs are unique except the one
intended duplicate (identical bytes); negatives carry no event; emails/, mailbox.mbox
and Maildir/ hold the same bytes; no body sentence is copied from ../shared/corpus.
Exits 1 and lists the problems when anything fails.
"""
import email
import email.policy
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "corpus")

MARKET_OF = [("amazon.co.uk", "UK"), ("amazon.co.jp", "JP"), ("amazon.ca", "CA"), ("amazon.de", "DE"),
             ("amazon.fr", "FR"), ("amazon.com", "US")]
CURRENCY = {"US": "USD", "UK": "GBP", "CA": "CAD", "DE": "EUR", "FR": "EUR", "JP": "JPY"}

problems = []


def problem(msg):
    problems.append(msg)


# ------------------------------------------------------------------ decoding

BLOCK = re.compile(r"<\s*/?\s*(p|div|br|tr|td|th|table|h[1-6]|li|ul|ol|hr|title|dt|dd)\b[^>]*>", re.I)


def html_to_text(markup):
    markup = re.sub(r"<(style|script)\b.*?</\1\s*>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    markup = BLOCK.sub("\n", markup)
    markup = re.sub(r"<[^>]+>", "", markup)        # inline tags join what they split
    return html.unescape(markup)


def unflow(text, delsp=False):
    out, cur = [], ""
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line.endswith(" ") and line != "-- ":
            cur += line[:-1] if delsp else line
        else:
            out.append(cur + line)
            cur = ""
    if cur:
        out.append(cur)
    return "\n".join(out)


def meta_charset(data):
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data, re.I)
    return m.group(1).decode() if m else None


def decode_part(part, where):
    data = part.get_payload(decode=True) or b""
    cs = part.get_content_charset()
    if part.get_content_type() == "text/html" and not cs:
        cs = meta_charset(data)
    cs = cs or "us-ascii"
    try:
        text = data.decode(cs)
    except (UnicodeDecodeError, LookupError) as e:
        problem(f"{where}: {part.get_content_type()} does not decode as {cs}: {e}")
        text = data.decode(cs if cs != "us-ascii" else "utf-8", errors="replace") if cs else ""
    if part.get_content_type() == "text/html":
        return html_to_text(text)
    if part.get_param("format") == "flowed":
        return unflow(text, (part.get_param("delsp") or "").lower() == "yes")
    return text


def decoded_text(msg, where):
    """Subject plus every text part, inline or in an attached message."""
    texts = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.append(decode_part(part, where))
    t = "\n".join(texts)
    return re.sub(r"[ \t\u00a0\u200c\u034f]+", " ", t)


def market_of(msg):
    frm = str(msg.get("From", "")).lower()
    m = re.search(r"@([a-z0-9.\-]+)", frm)
    dom = m.group(1) if m else ""
    for suffix, mk in MARKET_OF:
        if dom == suffix or dom.endswith("." + suffix):
            return mk
    return None


# ------------------------------------------------------------------ amounts

EN = r"\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+(?:\.\d{2})?"
EU = r"\d{1,3}(?:[.\u00a0 ]\d{3})+(?:,\d{2})?|\d+(?:,\d{2})?"
JP = r"\d{1,3}(?:,\d{3})+|\d+"

MONEY = {
    "USD": [(rf"(?:US\$|USD|\$)\s?({EN})", "en"), (rf"({EN})\s?USD", "en")],
    "GBP": [(rf"(?:£|GBP)\s?({EN})", "en"), (rf"({EN})\s?GBP", "en")],
    "CAD": [(rf"(?:CDN\$|CA\$|C\$|CAD|\$)\s?({EN})", "en"), (rf"({EN})\s?CAD", "en"), (rf"({EU})\s?\$", "eu")],
    "EUR": [(rf"({EU})\s?(?:€|EUR)", "eu"), (rf"(?:EUR|€)\s?({EU})", "eu")],
    "JPY": [(rf"(?:￥|¥|JPY)\s?({JP})", "jp"), (rf"({JP})\s?円", "jp")],
}


def to_decimal(num, form):
    if form == "eu":
        num = re.sub(r"[.\u00a0 ]", "", num).replace(",", ".")
    else:
        num = num.replace(",", "")
    if "." not in num:
        num += ".00"
    whole, frac = num.split(".")
    return f"{int(whole)}.{frac}"


def amounts_in(text, cur):
    found = set()
    for pat, form in MONEY[cur]:
        for m in re.finditer(pat, text):
            d = to_decimal(m.group(1), form)
            found.add(d if cur != "JPY" else d.split(".")[0])
    return found


def norm_label_amount(a, cur):
    return a if cur == "JPY" else f"{int(a.split('.')[0])}.{a.split('.')[1]}"


# ------------------------------------------------------------------ dates

M_EN = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
        "nov": 11, "dec": 12}
M_DE = {m: i + 1 for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                                         "september", "oktober", "november", "dezember"])}
M_FR = {m: i + 1 for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                         "septembre", "octobre", "novembre", "décembre"])}
EN_NAME = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?" \
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"


def _ymd(y, m, d):
    y = int(y)
    y = y + 2000 if y < 100 else y
    try:
        import datetime
        return datetime.date(y, int(m), int(d)).isoformat()
    except ValueError:
        return None


def dates_in(text, market):
    out = set()

    def add(v):
        if v:
            out.add(v)
    for m in re.finditer(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", text):
        add(_ymd(*m.groups()))
    if market in ("US", "CA"):
        for m in re.finditer(EN_NAME + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", text):
            add(_ymd(m.group(3), M_EN[m.group(1)[:3].lower()], m.group(2)))
    if market == "US":
        for m in re.finditer(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?!\d)", text):
            add(_ymd(m.group(3), m.group(1), m.group(2)))
    if market == "UK":
        for m in re.finditer(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + EN_NAME + r"\s+(\d{4})", text):
            add(_ymd(m.group(3), M_EN[m.group(2)[:3].lower()], m.group(1)))
    if market in ("UK", "FR"):
        for m in re.finditer(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)", text):
            add(_ymd(m.group(3), m.group(2), m.group(1)))
    if market == "DE":
        for m in re.finditer(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)", text):
            add(_ymd(m.group(3), m.group(2), m.group(1)))
        for m in re.finditer(r"(?<!\d)(\d{1,2})\.\s*(" + "|".join(M_DE) + r")\s+(\d{4})", text, re.I):
            add(_ymd(m.group(3), M_DE[m.group(2).lower()], m.group(1)))
    if market in ("FR", "CA"):
        for m in re.finditer(r"(?<!\d)(1er|\d{1,2})\s+(" + "|".join(M_FR) + r")\s+(\d{4})", text, re.I):
            add(_ymd(m.group(3), M_FR[m.group(2).lower()], 1 if m.group(1) == "1er" else m.group(1)))
    if market == "JP":
        for m in re.finditer(r"(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日", text):
            add(_ymd(*m.groups()))
        for m in re.finditer(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)", text):
            add(_ymd(*m.groups()))
    return out


# ------------------------------------------------------------------ containers

def read_mbox(path):
    """mboxrd: split on 'From ' lines, drop one '>' from '>+From ' lines."""
    data = open(path, "rb").read()
    msgs, cur = [], None
    for line in data.splitlines(keepends=True):
        if line.startswith(b"From "):
            if cur is not None:
                msgs.append(cur)
            cur = []
            continue
        if re.match(rb"^>+From ", line):
            line = line[1:]
        cur.append(line)
    if cur is not None:
        msgs.append(cur)
    out = []
    for lines in msgs:
        raw = b"".join(lines)
        # the writer adds one empty line after each message
        if raw.endswith(b"\r\n\r\n"):
            raw = raw[:-2]
        elif raw.endswith(b"\n\n"):
            raw = raw[:-1]
        out.append(raw)
    return out


def sentences(text):
    text = re.sub(r"\s+", " ", text)
    return {s.strip().lower() for s in re.split(r"(?<=[.!?。])\s+|\n", text) if len(s.strip()) >= 30}


# ------------------------------------------------------------------ main

def main():
    verbose = "-v" in sys.argv
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    names = sorted(n for n in os.listdir(os.path.join(HERE, "emails")) if n.endswith(".eml"))
    raws = [open(os.path.join(HERE, "emails", n), "rb").read() for n in names]
    if exp["messages"] != len(raws):
        problem(f"expected.json says {exp['messages']} messages, emails/ holds {len(raws)}")

    by_id, texts, markets = {}, {}, {}
    for name, raw in zip(names, raws):
        for i, line in enumerate(raw.split(b"\n")):
            if len(line.rstrip(b"\r")) > 998:
                problem(f"{name}: line {i + 1} longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.get("Content-Transfer-Encoding", "").lower() == "quoted-printable":
                body = part.get_payload(decode=False)
                if any(len(ln.rstrip("\r")) > 76 for ln in body.split("\n")):
                    problem(f"{name}: quoted-printable line over 76 characters")
        for d in msg.defects:
            problem(f"{name}: {type(d).__name__}")
        mid = str(msg.get("Message-ID", "")).strip()
        if not mid:
            problem(f"{name}: no Message-ID")
        by_id.setdefault(mid, []).append((name, raw))
        texts[mid] = decoded_text(msg, name)
        markets[mid] = market_of(msg)

    dups = {k: v for k, v in by_id.items() if len(v) > 1}
    if len(dups) != 1:
        problem(f"expected exactly one duplicated Message-ID, found {len(dups)}")
    for mid, copies in dups.items():
        if len({raw for _, raw in copies}) != 1:
            problem(f"{mid}: duplicate copies differ")

    # labels
    evs = exp["events"]
    keys = ["kind", "program", "amount", "currency", "expires_on", "order_id", "points", "code", "message_id"]
    per_kind = Counter()
    for e in evs:
        per_kind[(e["kind"], e["program"])] += 1
        where = f"{e['kind']}/{e['program']} in {e['message_id']}"
        if sorted(e) != sorted(keys):
            problem(f"{where}: fields {sorted(e)}")
        mid = e["message_id"]
        if mid not in texts:
            problem(f"{where}: no such message")
            continue
        text, mk = texts[mid], markets[mid]
        if mk is None:
            problem(f"{where}: sender is not an Amazon marketplace")
            continue
        if e["amount"] is not None:
            if e["currency"] != CURRENCY[mk]:
                problem(f"{where}: currency {e['currency']} in a {mk} message")
            elif norm_label_amount(e["amount"], e["currency"]) not in amounts_in(text, e["currency"]):
                problem(f"{where}: amount {e['amount']} {e['currency']} not readable "
                        f"(found {sorted(amounts_in(text, e['currency']))})")
        if e["expires_on"] and e["expires_on"] not in dates_in(text, mk):
            problem(f"{where}: expiry {e['expires_on']} not readable (found {sorted(dates_in(text, mk))})")
        for k in ("order_id", "code"):
            if e[k] and e[k] not in text:
                problem(f"{where}: {k} {e[k]} not in the text")
        if e["points"] is not None and not re.search(rf"(?<!\d){e['points']}(?!\d)", text):
            problem(f"{where}: points {e['points']} not in the text")
        if e["kind"] in ("grant", "promise", "redeem") and e["amount"] is None:
            problem(f"{where}: no amount")
        if e["kind"] in ("redeem", "promise") and not e["order_id"]:
            problem(f"{where}: no order id")
        if e["kind"] == "grant" and e["program"] == "no-rush" and not e["order_id"]:
            problem(f"{where}: No-Rush grant without order id")
        if e["kind"] == "points" and (e["points"] is None or not e["expires_on"]):
            problem(f"{where}: points need points and expires_on")
        if e["kind"] == "code" and (not e["code"] or not e["expires_on"]):
            problem(f"{where}: code needs code and expires_on")
    for mid in exp["negatives"]:
        if mid not in texts:
            problem(f"negative {mid}: no such message")
    overlap = set(exp["negatives"]) & {e["message_id"] for e in evs}
    if overlap:
        problem(f"negatives with events: {sorted(overlap)}")
    if len(set(exp["negatives"])) != len(exp["negatives"]):
        problem("a negative is listed twice")

    # containers
    mbox = read_mbox(os.path.join(HERE, "mailbox.mbox"))
    if mbox != raws:
        problem(f"mailbox.mbox differs from emails/ ({len(mbox)} vs {len(raws)} messages"
                f"{'' if len(mbox) != len(raws) else ', first difference at ' + names[[a == b for a, b in zip(mbox, raws)].index(False)]})")
    md = []
    for sub in ("cur", "new"):
        d = os.path.join(HERE, "Maildir", sub)
        md += [open(os.path.join(d, n), "rb").read() for n in os.listdir(d) if not n.startswith(".")]
    if Counter(md) != Counter(raws):
        problem(f"Maildir differs from emails/ ({len(md)} vs {len(raws)} messages)")
    for sub in ("cur", "new", "tmp"):
        if not os.path.isdir(os.path.join(HERE, "Maildir", sub)):
            problem(f"Maildir/{sub} missing")

    # independence from the team's sample
    copied = "not checked (no ../shared/corpus)"
    if os.path.isdir(os.path.join(CORPUS, "emails")):
        theirs = set()
        for n in os.listdir(os.path.join(CORPUS, "emails")):
            m = email.message_from_bytes(open(os.path.join(CORPUS, "emails", n), "rb").read(),
                                         policy=email.policy.default)
            body = decoded_text(m, n).split("\n", 1)[-1]
            theirs |= sentences(body)
        ours = set()
        for mid, t in texts.items():
            ours |= sentences(t.split("\n", 1)[-1])
        same = sorted(ours & theirs)
        copied = len(same)
        for s in same:
            problem(f"sentence also in ../shared/corpus: {s!r}")
        ids = {e["message_id"] for e in json.load(open(os.path.join(CORPUS, "expected.json")))["events"]}
        if ids & set(by_id):
            problem("Message-IDs shared with ../shared/corpus")

    print(f"{len(raws)} messages, {len(by_id)} distinct Message-IDs, {len(evs)} events, "
          f"{len(exp['negatives'])} negatives; sentences shared with ../shared/corpus: {copied}")
    if verbose:
        for (k, p), n in sorted(per_kind.items()):
            print(f"  {k:7s} {p:15s} {n}")
    for p in problems:
        print("FAIL", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
