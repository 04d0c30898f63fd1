"""Promotional credits of every kind: Prime Video, Amazon Photos (Prime Day), Amazon Music, Alexa,
customer-service courtesy credits, delivery-promise credits, Amazon Fresh, and the same in UK, CA,
DE, FR and JP. Grants carry the stated expiry, or null when the mail states none; order_id is null
(the convention for grants other than No-Rush)."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc
from ..compose import amazon_msg, body as mk, soft
from ..core import at, day, grant, order_id, rng_for
from ._common import finish, greet, plus

FAM = "promotional"


def us_video():
    key, mp = "promo-us-video", "US"
    rng = rng_for(key)
    when = at(2026, 1, 31, 17, 0, 0, -8)
    amt, exp = 500, day(2026, 4, 30)
    d = Doc(mp, rng, "Your Prime Video credit is ready", "Movie night is on us.")
    d.p(greet(mp, rng))
    d.p(f"A <b>{L.money(mp, amt)}</b> Prime Video credit has been applied to your account. Rent or buy a movie or TV episode and "
        "the credit comes off the price at checkout.")
    d.box(f"<b>Credit:</b> {L.money(mp, amt)}<br><b>Expires:</b> {L.date(mp, exp)}<br><b>Good for:</b> digital movie and TV rentals or purchases")
    d.p("New this week: rent recent releases from $5.99, or buy complete seasons from $19.99.")
    d.tail("Promotional credit limited to one per customer order. The credit cannot be used on Prime Video Channels subscriptions, "
           "and it has no cash value.")
    body = finish(d, when, deals=False)
    return amazon_msg(key, FAM, mp, when, "primevideo-noreply", f"Your {L.money(mp, amt)} Prime Video credit", body, display="Prime Video",
                      events=[grant("promotional", amt, "USD", exp)], note="rental prices in the body as noise")


def us_photos():
    key, mp = "promo-us-photos", "US"
    rng = rng_for(key)
    when = at(2025, 7, 15, 10, 30, 0, -7)
    amt, exp = 2000, day(2025, 8, 10)
    d = Doc(mp, rng, "Thanks for trying Amazon Photos", None)
    d.p(greet(mp, rng))
    d.p(f"You uploaded your first photo to the Amazon Photos app before {L.date(mp, day(2025, 7, 12), 'short')}, so you qualified for our Prime Day offer. "
        f"As promised, we have applied a <b>{L.money(mp, amt)} credit</b> to your account.")
    d.p(f"Use it on an eligible Prime Day purchase of items sold and shipped by Amazon. The credit is valid through 11:59 PM PT, {L.date(mp, exp)}.")
    d.p("Prime Day deals end tonight. Top offers: Echo Dot for $22.99, Fire TV Stick 4K for $24.99, Kindle Paperwhite for $124.99.")
    body = finish(d, when, deals=True, entities="named")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Your Amazon Photos Prime Day credit has been applied", body,
                      events=[grant("promotional", amt, "USD", exp)], labels="Inbox,Category Promotions,Opened",
                      note="the qualifying date (July 12) and Prime Day prices are not the expiry or the amount")


def us_music():
    key, mp = "promo-us-music", "US"
    rng = rng_for(key)
    when = at(2026, 2, 20, 12, 45, 0, -8)
    amt = 1000
    d = Doc(mp, rng, "A credit for your music library", None)
    d.p(greet(mp, rng))
    d.p(f"You streamed with Amazon Music during our listening challenge ({L.date(mp, day(2026, 2, 1), 'short')} \u2013 {L.date(mp, day(2026, 2, 14), 'short')}). "
        f"To say thanks, we added a {L.money(mp, amt)} promotional credit to your account for digital music purchases.")
    d.p("Buy albums or songs from the Digital Music Store and the credit is applied before your card is charged. Albums start at $7.99.")
    body = finish(d, when, layout="html", cte_html="quoted-printable")
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", f"We added {L.whole(mp, amt)} to your account", body, display="Amazon Music",
                      events=[grant("promotional", amt, "USD", None)],
                      note="no expiry stated: expires_on null; the challenge dates are the qualifying period")


def us_courtesy():
    key, mp = "promo-us-courtesy", "US"
    rng = rng_for(key)
    when = at(2025, 12, 22, 20, 14, 0, -8)
    oid, amt = order_id(rng, mp), 1500
    text = (
        f"{greet(mp, rng)}\n\n"
        "This is Priya from Amazon Customer Service. Thank you for chatting with us today about order\n"
        f"{oid}, which arrived four days after the date we promised.\n\n"
        f"I'm sorry about the delay. I refunded the {L.money(mp, 499)} shipping charge to your Visa ending in 4421; it\n"
        "should appear within 3-5 business days. In addition, I've issued a promotional credit of\n"
        f"{L.money(mp, amt)} to your Amazon account as an apology. It will be applied automatically to your next eligible\n"
        "order of items sold by Amazon.com.\n\n"
        "We'd appreciate your feedback. Did I solve your problem?\n"
        "Yes: https://www.amazon.com/gp/help/survey?y=1&c=" + "".join(rng.choice("abcdefghij0123456789") for _ in range(16)) + "\n"
        "No:  https://www.amazon.com/gp/help/survey?y=0&c=" + "".join(rng.choice("abcdefghij0123456789") for _ in range(16)) + "\n\n"
        "Have a lovely evening.\nPriya\nAmazon.com\nhttps://www.amazon.com\n"
    )
    return amazon_msg(key, FAM, mp, when, "cs-reply", "Your Amazon.com Inquiry", mk(None, text, "text", "utf-8", cte_text="quoted-printable"),
                      events=[grant("promotional", amt, "USD", None)],
                      note="courtesy credit from customer service, no expiry; the $4.99 refund to the card is not a credit")


def us_alexa():
    key, mp = "promo-us-alexa", "US"
    rng = rng_for(key)
    when = at(2025, 11, 9, 8, 0, 0, -8)
    amt, exp = 500, day(2026, 1, 15)
    d = Doc(mp, rng, "Your Alexa shopping credit", None)
    d.p(greet(mp, rng))
    d.p("Thanks for placing your first order by voice. We have added a "
        f"{L.money(mp, amt)} promotional credit to your account. It applies to your next voice order of {L.money(mp, 1000)} or more "
        f"of eligible items sold by Amazon, and it expires on {L.date(mp, exp, 'num')}.")
    d.p('Just say "Alexa, reorder paper towels" or "Alexa, what are my deals?" to get started.')
    body = finish(d, when, charset="windows-1252")
    return amazon_msg(key, FAM, mp, when, "alexa-noreply", "Your Alexa shopping credit", body, display="Amazon Alexa",
                      events=[grant("promotional", amt, "USD", exp)], note="US numeric 01/15/2026; $10.00 minimum as noise")


def us_delay():
    key, mp = "promo-us-delay", "US"
    rng = rng_for(key)
    when = at(2026, 2, 2, 19, 40, 0, -8)
    oid, amt, exp = order_id(rng, mp), 1000, day(2026, 5, 15)
    d = Doc(mp, rng, "We missed our delivery promise", None)
    d.p(greet(mp, rng))
    d.p(f"Your order {oid} was guaranteed to arrive by {L.date(mp, plus(when, -2), 'wlong')}, and it didn't. We're sorry.")
    d.p(f"We've added a {soft(L.money(mp, amt), 3)} promotional credit to your account toward a future purchase of items sold by Amazon. "
        f"Please use it by {soft(exp.isoformat(), 7)}.")
    d.p("Your package is now expected tomorrow. You can track it from Your Orders.")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "order-update", "An update about your delivery", body,
                      events=[grant("promotional", amt, "USD", exp)],
                      note="order id shown but a promotional grant carries none; soft breaks inside amount and ISO date")


def us_fresh():
    key, mp = "promo-us-fresh", "US"
    rng = rng_for(key)
    when = at(2026, 3, 1, 9, 5, 0, -8)
    amt, exp = 1000, day(2026, 3, 31)
    d = Doc(mp, rng, "A grocery credit for you", None)
    d.p(greet(mp, rng))
    d.p(f"We've added a {L.money(mp, amt)} promotional credit for Amazon Fresh to your account. It is applied automatically to one "
        f"Fresh order of {L.money(mp, 5000)} or more placed by {L.date(mp, exp, 'wlong')}.")
    d.p("Delivery is free on Fresh orders over $150.00 for Prime members; orders under that pay a $6.95 service fee.")
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "fresh-noreply", "Your Amazon Fresh credit is here", body, display="Amazon Fresh",
                      events=[grant("promotional", amt, "USD", exp)], note="'placed by' a date = expiry")


def uk_video():
    key, mp = "promo-uk-video", "UK"
    rng = rng_for(key)
    when = at(2026, 2, 27, 16, 20, 0)
    amt, exp = 500, day(2026, 5, 31)
    d = Doc(mp, rng, "Your Prime Video credit", None)
    d.p(greet(mp, rng))
    d.p(f"Thanks for watching with Prime Video. We\u2019ve added a {L.money(mp, amt)} credit to your account to rent or buy films and TV.")
    d.kv([("Credit", L.money(mp, amt)), ("Use by", L.date(mp, exp, "num"))])
    d.p("Popular to rent this week from £3.49; buy from £7.99.")
    body = finish(d, when, layout="alt", cte_text="base64", cte_html="base64", entities="named")
    return amazon_msg(key, FAM, mp, when, "primevideo-noreply", "A Prime Video credit for you", body, display="Prime Video",
                      events=[grant("promotional", amt, "GBP", exp)], note="British numeric 31/05/2026")


def ca_credit():
    key, mp = "promo-ca", "CA"
    rng = rng_for(key)
    when = at(2025, 8, 19, 11, 0, 0, -4)
    amt, exp = 500, day(2025, 11, 30)
    d = Doc(mp, rng, "Your promotional credit", None)
    d.p(greet(mp, rng))
    d.p(f"Your {L.money(mp, amt)} promotional credit for Kindle books has been applied to your Amazon.ca account. "
        f"It expires on {L.date(mp, exp, 'short')}.")
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "no-reply", "Your promotional credit has been applied", body,
                      events=[grant("promotional", amt, "CAD", exp)], note="Canada, CDN$, short month")


def de_credit():
    key, mp = "promo-de", "DE"
    rng = rng_for(key)
    when = at(2026, 1, 5, 9, 30, 0, 1)
    amt, exp = 500, day(2026, 5, 31)
    d = Doc(mp, rng, "Ihr Aktionsguthaben", None)
    d.p(greet(mp, rng))
    d.p(f"wir haben Ihrem Konto ein Aktionsguthaben von <b>{L.money(mp, amt)}</b> gutgeschrieben. Sie können es für Filme und Serien "
        f"bei Prime Video verwenden. Das Guthaben ist einlösbar bis {L.date(mp, exp)}.")
    d.p("Pro Bestellung kann nur ein Aktionsguthaben eingelöst werden. Keine Barauszahlung.")
    body = finish(d, when, charset="iso-8859-15", cte_html="quoted-printable", cte_text="quoted-printable")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Ihr Aktionsguthaben über 5,00 € ist da", body, subject_enc="Q", subject_charset="iso-8859-15",
                      events=[grant("promotional", amt, "EUR", exp)], note="ISO-8859-15, euro sign in a Q-encoded subject")


def fr_credit():
    key, mp = "promo-fr", "FR"
    rng = rng_for(key)
    when = at(2025, 12, 1, 8, 45, 0, 1)
    amt, exp = 1000, day(2026, 4, 30)
    d = Doc(mp, rng, "Votre crédit promotionnel", None)
    d.p(greet(mp, rng))
    d.p(f"Un crédit promotionnel de {L.money(mp, amt)} a été ajouté à votre compte. Il est valable jusqu\u2019au {L.date(mp, exp)} "
        "sur les livres Kindle et la musique numérique.")
    d.p("Un seul crédit promotionnel par commande. Ce crédit n\u2019est ni remboursable ni échangeable contre des espèces.")
    body = finish(d, when, layout="html", entities="numeric", charset="us-ascii", cte_html="7bit")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Votre crédit promotionnel de 10,00 €", body,
                      events=[grant("promotional", amt, "EUR", exp)], note="HTML only, us-ascii, every accent and the euro sign as numeric entities")


def jp_credit():
    key, mp = "promo-jp", "JP"
    rng = rng_for(key)
    when = at(2026, 1, 22, 12, 0, 0, 9)
    amt, exp = 500, day(2026, 4, 30)
    d = Doc(mp, rng, "Prime Videoクレジットのお知らせ", None)
    d.p(greet(mp, rng))
    d.p(f"いつもPrime Videoをご利用いただきありがとうございます。{L.money(mp, amt, 1)}分のPrime Videoクレジットをお客様のアカウントに付与しました。")
    d.kv([("クレジット額：", L.money(mp, amt)), ("有効期限：", L.date(mp, exp))])
    d.p("レンタル作品は￥199から、購入作品は￥1,500からご利用いただけます。")
    body = finish(d, when, charset="iso-2022-jp", cte_html="base64", cte_text="7bit")
    return amazon_msg(key, FAM, mp, when, "primevideo-noreply", "Prime Videoクレジットを付与しました", body, display="Prime Video",
                      subject_enc="B", subject_charset="iso-2022-jp", events=[grant("promotional", amt, "JPY", exp)],
                      note="ISO-2022-JP (7bit text, base64 HTML); rental prices as noise")


def messages():
    return [f() for f in (us_video, us_photos, us_music, us_courtesy, us_alexa, us_delay, us_fresh, uk_video, ca_credit, de_credit, fr_credit, jp_credit)]
