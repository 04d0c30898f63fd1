"""Amazon Trade-In: accepted and revised trade-ins paid into the gift-card balance (grant trade-in,
expires_on null), and the look-alikes: rejected, received-and-pending, shipping label with a quote."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc
from ..compose import amazon_msg, body as mk
from ..core import at, day, digits, grant, rng_for
from ._common import finish, greet, plus

FAM = "trade-in"


def ti_id(rng):
    return f"TI{digits(rng, 3)}-{digits(rng, 7)}"


def us_accepted():
    key, mp = "tradein-us-accepted", "US"
    rng = rng_for(key)
    when = at(2025, 10, 8, 14, 0, 0, -7)
    tid, amt = ti_id(rng), 4200
    d = Doc(mp, rng, "Your trade-in was accepted", None)
    d.p(greet(mp, rng))
    d.p(f"We received and checked your Kindle Paperwhite (11th Generation). It matched the condition you described, so we accepted it and "
        f"added <b>{L.money(mp, amt)}</b> to your Amazon gift card balance.")
    d.kv([("Trade-in ID:", tid), ("Item:", "Kindle Paperwhite (11th Generation), Good"), ("Quoted value:", L.money(mp, amt)),
          ("Accepted value:", L.money(mp, amt)), ("Received:", L.date(mp, plus(when, -2), "short"))])
    d.p("Your gift card balance is applied automatically to eligible purchases at checkout.")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "tradein-notifications", f"Trade-in {tid}: accepted", body, display="Amazon Trade-In",
                      events=[grant("trade-in", amt, "USD")], note="quoted = accepted value; one grant")


def us_revised():
    key, mp = "tradein-us-revised", "US"
    rng = rng_for(key)
    when = at(2026, 1, 27, 9, 30, 0, -8)
    tid, quoted, amt = ti_id(rng), 3100, 1850
    d = Doc(mp, rng, "We've evaluated your trade-in", None)
    d.p(greet(mp, rng))
    d.p(f"Your Fire HD 10 tablet arrived with a cracked screen corner, which puts it in the \u201cAcceptable\u201d condition rather than \u201cGood\u201d. "
        f"Instead of returning it, we accepted it at the revised value of <b>{L.money(mp, amt)}</b> (your quote was {L.money(mp, quoted)}).")
    d.p(f"{L.money(mp, amt)} has been credited to your Amazon gift card balance.")
    d.kv([("Trade-in ID:", tid), ("Quoted value:", L.money(mp, quoted)), ("Revised value:", L.money(mp, amt))])
    body = finish(d, when, layout="alt", cte_text="base64", cte_html="quoted-printable")
    return amazon_msg(key, FAM, mp, when, "tradein-notifications", "Your trade-in value was revised", body, display="Amazon Trade-In",
                      events=[grant("trade-in", amt, "USD")], note="revised value $18.50 is the grant, not the $31.00 quote")


def us_with_device_promo():
    key, mp = "tradein-us-promo", "US"
    rng = rng_for(key)
    when = at(2026, 2, 16, 11, 0, 0, -8)
    tid, amt = ti_id(rng), 2730
    d = Doc(mp, rng, "Trade-in complete", None)
    d.p(greet(mp, rng))
    d.p(f"Your Echo Show 5 (2nd Gen) trade-in is complete: {L.money(mp, amt)} is now in your gift card balance.")
    d.p(f"Because you traded in an Amazon device, you also get 20% off one new Echo device. The discount is applied automatically at checkout "
        f"until {L.date(mp, day(2026, 3, 31))}.")
    d.kv([("Trade-in ID:", tid), ("Payout:", L.money(mp, amt))])
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "tradein-notifications", "Trade-in complete", body, display="Amazon Trade-In",
                      events=[grant("trade-in", amt, "USD")],
                      note="the 20%-off device discount has no amount and no code: not an event")


def uk_accepted():
    key, mp = "tradein-uk", "UK"
    rng = rng_for(key)
    when = at(2025, 11, 20, 10, 0, 0)
    tid, amt = ti_id(rng), 3500
    d = Doc(mp, rng, "Trade-in accepted", None)
    d.p(greet(mp, rng))
    d.p(f"Good news \u2013 we\u2019ve accepted your trade-in of a Kindle Oasis. {L.money(mp, amt)} has been added to your Amazon.co.uk gift card balance.")
    d.kv([("Trade-in reference:", tid)])
    body = finish(d, when, charset="iso-8859-15", entities="named")
    return amazon_msg(key, FAM, mp, when, "trade-in-noreply", "Your trade-in has been accepted", body, display="Amazon.co.uk Trade-In",
                      events=[grant("trade-in", amt, "GBP")], note="ISO-8859-15")


def de_accepted():
    key, mp = "tradein-de", "DE"
    rng = rng_for(key)
    when = at(2026, 2, 9, 13, 0, 0, 1)
    tid, amt = ti_id(rng), 6400
    text = (
        f"{greet(mp, rng)}\n\n"
        "wir haben Ihr Gerät geprüft und Ihren Trade-In angenommen.\n\n"
        f"Trade-In-Nummer:   {tid}\n"
        "Artikel:           Fire TV Cube (3. Generation)\n"
        f"Angebotener Wert:  {L.money(mp, amt)}\n\n"
        f"Der Betrag von {L.money(mp, amt)} wurde Ihrem Geschenkgutschein-Konto gutgeschrieben.\n\n"
        "Amazon.de Trade-In\n"
    )
    return amazon_msg(key, FAM, mp, when, "trade-in-noreply", "Ihr Trade-In wurde angenommen", mk(None, text, "text", "utf-8", cte_text="base64"),
                      display="Amazon.de Trade-In", events=[grant("trade-in", amt, "EUR")], note="German text only, base64")


# ---------------------------------------------------------------- look-alikes


def us_rejected():
    key, mp = "tradein-us-rejected", "US"
    rng = rng_for(key)
    when = at(2025, 8, 28, 16, 0, 0, -7)
    tid = ti_id(rng)
    d = Doc(mp, rng, "We couldn't accept your trade-in", None)
    d.p(greet(mp, rng))
    d.p(f"The iPad (8th Generation) you sent has an activation lock, so we can\u2019t accept it. Your quote of {L.money(mp, 9500)} no longer applies, "
        f"and we will return the item to you free of charge within 5 business days.")
    d.kv([("Trade-in ID:", tid), ("Status:", "Rejected \u2013 returning to you")])
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "tradein-notifications", f"Trade-in {tid}: not accepted", body, display="Amazon Trade-In",
                      note="rejected: nothing paid")


def us_received():
    key, mp = "tradein-us-received", "US"
    rng = rng_for(key)
    when = at(2026, 1, 23, 9, 0, 0, -8)
    tid = ti_id(rng)
    d = Doc(mp, rng, "We received your trade-in", None)
    d.p(greet(mp, rng))
    d.p(f"Your Fire HD 10 tablet arrived on {L.date(mp, when.date(), 'short')}. We\u2019ll check it within 2 business days. If it matches the condition "
        f"you chose, {L.money(mp, 3100)} will be added to your gift card balance.")
    d.kv([("Trade-in ID:", tid), ("Quoted value:", L.money(mp, 3100))])
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "tradein-notifications", "Trade-in received", body, display="Amazon Trade-In",
                      note="received and pending: a quote, not a payout (the revised payout comes later)")


def us_label():
    key, mp = "tradein-us-label", "US"
    rng = rng_for(key)
    when = at(2025, 8, 20, 8, 0, 0, -7)
    tid = ti_id(rng)
    d = Doc(mp, rng, "Your prepaid shipping label", None)
    d.p(greet(mp, rng))
    d.p(f"Print the attached label and ship your iPad (8th Generation) by {L.date(mp, plus(when, 7))}. Your trade-in is quoted at {L.money(mp, 9500)}.")
    d.kv([("Trade-in ID:", tid), ("Ship by:", L.date(mp, plus(when, 7), "num"))])
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "tradein-notifications", "Ship your trade-in", body, display="Amazon Trade-In",
                      note="quote and ship-by date")


def messages():
    return [f() for f in (us_accepted, us_revised, us_with_device_promo, uk_accepted, de_accepted, us_rejected, us_received, us_label)]
