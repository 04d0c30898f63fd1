"""No-Rush and Amazon Day rewards ("Benefit Confirmation") in US, UK, CA (en, fr), DE, FR and JP.

Every message here is a grant: program no-rush, the reward amount, the stated expiry and the order
the reward belongs to. The wording differs from message to message on purpose; around it sit the
shipment's items and prices, delivery dates, return windows, carousels and legal footers.
"""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc, esc
from ..compose import amazon_msg, soft
from ..core import at, day, grant, order_id, rng_for
from ._common import finish, greet, item_lines, pick_items, plus, subtotal

FAM = "no-rush"


def _shipment(doc, mp, rng, items, oid, shipped, arriving):
    c = L.chrome(mp)
    doc.kv([
        (esc(c["order_no"]), f'<a href="{doc.www}/gp/your-account/order-details?orderID={oid}">{oid}</a>'),
        (esc(c["arriving"]), esc(L.date_nodigits_year(mp, arriving))),
    ])
    doc.items(item_lines(mp, rng, items))


# ---------------------------------------------------------------- US


def us1():
    key, mp = "norush-us-1", "US"
    rng = rng_for(key)
    when = at(2025, 11, 18, 14, 2, 11)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 2, 20)
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, "Benefit Confirmation", f"Your {L.money(mp, amt)} digital reward is ready.")
    d.p(greet(mp, rng))
    d.p(f'Thank you for choosing FREE No-Rush Shipping on order <a href="{d.www}/gp/your-account/order-details?orderID={oid}">#{oid}</a>. '
        f"Because you were flexible on timing, we have added a <b>{L.money(mp, amt)} digital reward</b> to your account.")
    d.p(f"Use it on select eBooks, digital music, videos, and apps sold by Amazon. This reward expires on <b>{L.date(mp, exp)}</b>; "
        "any part of it you have not used by then is removed from your account.")
    _shipment(d, mp, rng, items, oid, when, plus(when, 3))
    d.p(f"Items in this shipment are eligible for return until {L.date(mp, plus(when, 33), 'short')}.", style="font-size:12px;color:#565959")
    d.p(f'See every reward and when it ends on <a href="{d.www}/norushcredits?{rng.randint(10**6, 10**7)}">your No-Rush rewards page</a>.')
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "USD", exp, oid)], note="classic wording; return-by date and deal end dates as noise")


def us2():
    key, mp = "norush-us-2", "US"
    rng = rng_for(key)
    when = at(2025, 12, 3, 18, 45, 0)
    oid, amt, exp = order_id(rng, mp), 200, day(2026, 6, 30)
    items = pick_items(mp, rng, 3)
    d = Doc(mp, rng, "Your Amazon Day benefit is here", "Fewer boxes, one delivery day, and a credit for you.")
    d.p(greet(mp, rng))
    d.p(f"Choosing Amazon Day Delivery meant fewer boxes and fewer trips to your door. As a thank-you, a {L.money(mp, amt)} digital credit "
        f"has been applied to your account for order {oid}.")
    split = ('<span class="a-price"><span class="a-price-symbol">$</span><span class="a-price-whole">2</span>'
             '<span class="a-price-decimal">.</span><span class="a-price-fraction">00</span></span>')
    d.kv([("Credit:", f"<b>{split}</b>"), ("Good through:", L.date(mp, exp, "short")),
          ("Use on:", "Prime Video rentals and purchases, Kindle books, Amazon Music and apps")])
    d.p(f"Your Amazon Day is {L.date_nodigits_year(mp, plus(when, 2))}. Everything below will arrive together.")
    d.items(item_lines(mp, rng, items))
    body = finish(d, when, layout="html", cte_html="base64", entities="named")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "USD", exp, oid)], note="Amazon Day, HTML only, base64; the amount in the details box is split over price spans")


def us3():
    key, mp = "norush-us-3", "US"
    rng = rng_for(key)
    when = at(2026, 1, 9, 7, 13, 40)
    oid, amt, exp = order_id(rng, mp), 300, day(2026, 8, 4)
    items = pick_items(mp, rng, 1)
    shipped = plus(when, -1)
    text = (
        "Amazon.com\n\nYour No-Rush reward has been issued\n\n"
        f"{greet(mp, rng)}\n\n"
        f"Order:            {oid}\n"
        f"Shipped:          {L.date(mp, shipped, 'num')}\n"
        f"Reward:           {L.money(mp, amt)} (digital)\n"
        f"Expiration date:  {L.date(mp, exp, 'num')}\n\n"
        f"Your No-Rush rewards balance is now {L.money(mp, 500)} across 3 rewards, including this one.\n"
        "Rewards apply automatically when you buy eligible eBooks, digital music, videos and apps.\n\n"
        f"Item shipped: {items[0][0]} - {L.money(mp, items[0][2])}\n\n"
        "Manage your rewards: https://www.amazon.com/norushcredits\n\n"
        "This email was sent from a notification-only address. Please do not reply.\n"
        f"(c) 1996-2026 Amazon.com, Inc. or its affiliates.\n"
    )
    from ..compose import body as mk

    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", mk(None, text, "text", "us-ascii", cte_text="7bit"),
                      events=[grant("no-rush", amt, "USD", exp, oid)],
                      note="text only, US numeric expiry 08/04/2026 = 4 Aug; the stated balance ($5.00) is not a grant")


def us4():
    key, mp = "norush-us-4", "US"
    rng = rng_for(key)
    when = at(2026, 1, 20, 22, 5, 0, -8)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 7, 10)
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, "Thanks for choosing No-Rush Shipping", None)
    d.p(greet(mp, rng))
    d.p(f"Your order {oid} is on its way. We credited " + soft(L.money(mp, amt), 2) + " to your No-Rush rewards for picking the slower shipping option.")
    d.p(f"The reward is available until {L.date(mp, exp, 'wlong')}. After that date it can no longer be used.")
    d.p(f"Estimated delivery: {L.date(mp, plus(when, 4), 'wshort')}. Delivered items can be returned until {L.date(mp, plus(when, 34))}.")
    d.items(item_lines(mp, rng, items))
    body = finish(d, when, layout="alt", deals=True)
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "USD", exp, oid)], note="soft break inside the amount; weekday expiry")


def us5():
    key, mp = "norush-us-5", "US"
    rng = rng_for(key)
    when = at(2026, 2, 11, 16, 30, 0)
    o1, o2 = order_id(rng, mp), order_id(rng, mp)
    e1, e2 = day(2026, 5, 15), day(2026, 5, 29)
    d = Doc(mp, rng, "Benefit Confirmation", "Two rewards for two No-Rush orders.")
    d.p(greet(mp, rng))
    d.p("Two of your recent orders shipped with FREE No-Rush Shipping, so each one earned a digital reward:")
    rows = "".join(
        f"<tr><td>{o}</td><td>{L.money(mp, 100)}</td><td>{L.date(mp, e)}</td></tr>" for o, e in ((o1, e1), (o2, e2))
    )
    d.raw(f'<table border="1" cellpadding="4" style="border-color:#d5d9d9"><tr><th>Order</th><th>Reward</th><th>Expires</th></tr>{rows}</table>',
          "Order                 Reward   Expires\n" + "\n".join(f"{o}   {L.money(mp, 100)}    {L.date(mp, e)}" for o, e in ((o1, e1), (o2, e2))))
    d.p(f"Your total No-Rush balance after these rewards: {L.money(mp, 200)}.")
    d.p("Rewards are used automatically on eligible digital purchases, oldest expiration first.")
    body = finish(d, when, layout="alt", cte_text="base64", cte_html="quoted-printable")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Orders", body,
                      events=[grant("no-rush", 100, "USD", e1, o1), grant("no-rush", 100, "USD", e2, o2)],
                      note="two orders, two rewards in one table; the balance line is not a third grant")


def us6():
    key, mp = "norush-us-6", "US"
    rng = rng_for(key)
    when = at(2025, 8, 2, 11, 0, 5)
    oid, amt, exp = order_id(rng, mp), 100, day(2025, 11, 30)
    items = pick_items(mp, rng, 2)
    lines = [f"  {n} (Qty {q})  {L.money(mp, p * q)}" for n, q, p in items]
    text = (
        f"{greet(mp, rng)}\n\n"
        "Good news - because you chose FREE No-Rush Shipping, your account now has a digital reward.\n\n"
        f"  Reward amount ........ {L.money(mp, amt)}\n"
        f"  Valid through ........ {exp.isoformat()}\n"
        f"  Earned on order ...... {oid}\n\n"
        "Shipped items:\n" + "\n".join(lines) + "\n"
        f"  Shipment total: {L.money(mp, subtotal(items))}\n\n"
        "Redeem your reward on Kindle books, Prime Video, Amazon Music or Appstore purchases.\n"
        "Reward terms: one reward per shipment; rewards have no cash value and cannot be transferred.\n\n"
        "Amazon.com\nhttps://www.amazon.com/norushcredits\n"
    )
    from ..compose import body as mk

    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", mk(None, text, "text", "utf-8", cte_text="7bit"),
                      events=[grant("no-rush", amt, "USD", exp, oid)], note="text only, 7bit, ISO expiry")


def us7():
    key, mp = "norush-us-7", "US"
    rng = rng_for(key)
    when = at(2025, 9, 10, 9, 40, 0)
    oid, amt, exp = order_id(rng, mp), 500, day(2025, 10, 31)
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, f"Your {L.money(mp, amt)} No-Rush reward for household essentials", None)
    d.p(greet(mp, rng))
    d.p(f"You chose FREE No-Rush Shipping for order {oid}. This time your reward is for everyday items: "
        f"<b>{L.money(mp, amt)} off</b> a future purchase of {L.money(mp, 2500)} or more of select household essentials sold by Amazon.")
    d.p(f"The reward is already in your account and comes off automatically at checkout. Reward valid through {L.date(mp, exp, 'short')}.")
    d.p("Eligible categories: paper towels, laundry detergent, dish soap, trash bags and other household staples. Not valid on digital items or gift cards.",
        style="font-size:12px;color:#565959")
    d.items(item_lines(mp, rng, items))
    body = finish(d, when, layout="alt", entities="named", deals=True)
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "USD", exp, oid)],
                      note="non-digital category reward with a $25.00 minimum: still a No-Rush grant of $5.00")


def us8():
    key, mp = "norush-us-8", "US"
    rng = rng_for(key)
    when = at(2025, 10, 14, 13, 22, 9, -7)
    oid, amt, exp = order_id(rng, mp), 200, day(2026, 1, 31)
    items = pick_items(mp, rng, 4)
    d = Doc(mp, rng, "Your Amazon Day credit", "Your packages arrived together.")
    d.p(greet(mp, rng))
    d.p(f"Your Amazon Day order {oid} arrived in one trip \u2013 that\u2019s fewer boxes and less packaging. "
        f"We\u2019ve added a {L.money(mp, amt)} digital credit to your account.")
    d.p(f"It\u2019s yours to spend on digital movies, TV shows, books, music and apps until {L.date(mp, exp)}.")
    d.p("Delivered items:")
    d.items(item_lines(mp, rng, items))
    body = finish(d, when, layout="alt", charset="windows-1252")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "USD", exp, oid)], crlf=True,
                      note="Amazon Day, windows-1252, CRLF line ends")


def us9():
    key, mp = "norush-us-9", "US"
    rng = rng_for(key)
    when = at(2026, 3, 2, 8, 15, 0)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 10, 1)
    items = pick_items(mp, rng, 1)
    d = Doc(mp, rng, "A digital reward for your No-Rush order", None)
    d.p(greet(mp, rng))
    d.p(f"Order {oid} has shipped. Thanks to your No-Rush choice, {L.money(mp, amt)} is waiting in your digital rewards.")
    d.p(f"Use it by 11:59 p.m. PT on {L.date(mp, exp, 'short')}. Rewards don't combine with Kindle Unlimited or subscriptions.")
    d.items(item_lines(mp, rng, items))
    d.p(f"Order total: {L.money(mp, subtotal(items) * 108 // 100)} (including tax). Paid with Visa ending in 4421.")
    body = finish(d, when, layout="alt-html-first", cte_html="base64", cte_text="quoted-printable")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "USD", exp, oid)], labels="Inbox,Category Updates,Unread", maildir="new",
                      note="html part first; 'use by ... on' phrasing; order total as noise")


# ---------------------------------------------------------------- UK


def uk1():
    key, mp = "norush-uk-1", "UK"
    rng = rng_for(key)
    when = at(2025, 9, 23, 10, 4, 0, 1)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 1, 6)
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, "Benefit Confirmation", None)
    d.p(greet(mp, rng))
    d.p(f"Thanks for choosing FREE No-Rush Delivery. Your order {oid} has been despatched and we\u2019ve added "
        f"<b>{L.money(mp, amt)}</b> to your account to spend on Kindle books, digital films and music.")
    d.p(f"Your reward expires on {L.date(mp, exp)}.")
    _shipment(d, mp, rng, items, oid, when, plus(when, 3))
    d.p(f"Return window closes {L.date(mp, plus(when, 33))}.", style="font-size:12px;color:#565959")
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "GBP", exp, oid)], note="despatched; British long date")


def uk2():
    key, mp = "norush-uk-2", "UK"
    rng = rng_for(key)
    when = at(2026, 2, 17, 19, 30, 0)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 6, 4)
    items = pick_items(mp, rng, 1)
    d = Doc(mp, rng, "Your No-Rush reward", "Reward added for your order.")
    d.p(greet(mp, rng))
    d.p(f"Order {oid} left our fulfilment centre today. Because you picked No-Rush Delivery, a digital reward is now on your account.")
    d.kv([("Reward:", L.money(mp, amt)), ("Valid until:", L.date(mp, exp, "num")), ("Spend it on:", "Kindle eBooks, Prime Video films and TV, digital music")])
    d.items(item_lines(mp, rng, items))
    body = finish(d, when, layout="html", entities="named", cte_html="quoted-printable")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "GBP", exp, oid)], note="HTML only, &pound;, British numeric 04/06/2026 = 4 June")


def uk3():
    key, mp = "norush-uk-3", "UK"
    rng = rng_for(key)
    when = at(2025, 7, 8, 6, 50, 0, 1)
    oid, amt, exp = order_id(rng, mp), 100, day(2025, 10, 13)
    items = pick_items(mp, rng, 3)
    d = Doc(mp, rng, "Your digital reward is ready", None)
    d.p(greet(mp, rng))
    d.p(f"Your {L.money(mp, amt)} digital reward for order {oid} is ready to use. Spend it by {L.date(mp, exp, 'wlong')} on "
        "eligible Kindle books, films, TV and music bought from Amazon.co.uk.")
    d.p("We sent your items together with other parcels on the same route, which helps us reduce our delivery emissions.")
    _shipment(d, mp, rng, items, oid, when, plus(when, 4))
    body = finish(d, when, charset="iso-8859-1", entities="named")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "GBP", exp, oid)], note="ISO-8859-1; weekday expiry")


# ---------------------------------------------------------------- CA (en)


def ca1():
    key, mp = "norush-ca-1", "CA"
    rng = rng_for(key)
    when = at(2025, 12, 19, 15, 10, 0, -5)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 3, 29)
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, "Benefit Confirmation", None)
    d.p(greet(mp, rng))
    d.p(f"Thanks for choosing FREE No-Rush Shipping on order {oid}. A <b>{L.money(mp, amt)}</b> digital reward has been added to your account, "
        f"and it expires on {L.date(mp, exp)}.")
    d.p("You can use it on Kindle books, digital music and apps from Amazon.ca.")
    _shipment(d, mp, rng, items, oid, when, plus(when, 5))
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "CAD", exp, oid)], note="CDN$ amount")


def ca2():
    key, mp = "norush-ca-2", "CA"
    rng = rng_for(key)
    when = at(2026, 1, 28, 9, 0, 0, -5)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 7, 21)
    items = pick_items(mp, rng, 1)
    d = Doc(mp, rng, "Your No-Rush reward", None)
    d.p(greet(mp, rng))
    d.p(f"Order {oid} has shipped. Your No-Rush reward of {L.money(mp, amt, 1)} is on your account.")
    d.kv([("Expiry date:", exp.isoformat()), ("Order date:", plus(when, -3).isoformat())])
    d.items(item_lines(mp, rng, items))
    body = finish(d, when, cte_text="base64", cte_html="base64")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "CAD", exp, oid)], note="plain $ on amazon.ca is CAD; ISO dates; base64")


def ca3():
    key, mp = "norush-ca-3", "CA"
    rng = rng_for(key)
    when = at(2025, 10, 2, 12, 0, 0, -4)
    oid, amt = order_id(rng, mp), 100
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, "Benefit Confirmation", None)
    d.p(greet(mp, rng))
    d.p(f"Your No-Rush order {oid} is on its way and {L.money(mp, amt)} in digital rewards is now available to you.")
    d.kv([("Reward expiry:", "04/06/2026")])
    d.items(item_lines(mp, rng, items))
    body = finish(d, when, layout="alt")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Benefit Confirmation for your Order", body,
                      events=[grant("no-rush", amt, "CAD", None, oid)],
                      note="expiry written only as 04/06/2026: in Canada that is 4 June or 6 April, so expires_on stays null")


# ---------------------------------------------------------------- CA (fr)


def cafr1():
    key, mp = "norush-cafr-1", "CAFR"
    rng = rng_for(key)
    when = at(2026, 2, 25, 17, 5, 0, -5)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 6, 1)
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, "Votre avantage est confirmé", None)
    d.p(greet(mp, rng))
    d.p(f"Merci d\u2019avoir choisi la livraison sans urgence GRATUITE. Votre commande {oid} a été expédiée et une récompense numérique de "
        f"<b>{L.money(mp, amt)}</b> a été ajoutée à votre compte.")
    d.p(f"Elle expire le {L.date(mp, exp)} et s\u2019applique aux livres Kindle, à la musique numérique et aux applications.")
    _shipment(d, mp, rng, items, oid, when, plus(when, 4))
    body = finish(d, when, entities="named")
    return amazon_msg(key, FAM, mp, when, "no-reply", f"Votre avantage pour la commande {oid} est confirmé", body,
                      subject_enc="Q", events=[grant("no-rush", amt, "CAD", exp, oid)], note="Canadian French, '1er juin', Q subject")


def cafr2():
    key, mp = "norush-cafr-2", "CAFR"
    rng = rng_for(key)
    when = at(2025, 11, 3, 10, 20, 0, -5)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 4, 15)
    items = pick_items(mp, rng, 1)
    d = Doc(mp, rng, "Récompense sans urgence", None)
    d.p(greet(mp, rng))
    d.p(f"Votre récompense de {L.money(mp, amt)} pour la commande {oid} est prête. Elle est valable jusqu\u2019au {L.date(mp, exp, 'wlong')}.")
    d.items(item_lines(mp, rng, items))
    html, text = d.render(when.date(), charset="iso-8859-1", entities="named")
    text = text.replace(f"valable jusqu\u2019au {L.date(mp, exp, 'wlong')}", f"valable jusqu'au {exp.isoformat()} (date d'expiration)")
    from ..compose import body as mk

    return amazon_msg(key, FAM, mp, when, "no-reply", "Confirmation de votre avantage de livraison", mk(html, text, "alt", "iso-8859-1"),
                      events=[grant("no-rush", amt, "CAD", exp, oid)],
                      note="ISO-8859-1; HTML says the weekday date, the text part the ISO date")


# ---------------------------------------------------------------- DE


def de1():
    key, mp = "norush-de-1", "DE"
    rng = rng_for(key)
    when = at(2026, 3, 3, 7, 30, 0, 1)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 9, 30)
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, "Ihr Vorteil ist bestätigt", None)
    d.p(greet(mp, rng))
    d.p("vielen Dank, dass Sie sich für den kostenlosen No-Rush-Versand entschieden haben. Ihre Bestellung wurde versandt, und wir haben "
        f"Ihrem Konto eine digitale Prämie über <b>{L.money(mp, amt)}</b> gutgeschrieben.")
    d.p(f"Die Prämie ist bis zum {L.date(mp, exp, 'num')} gültig und kann für ausgewählte eBooks, digitale Musik, Videos und Apps verwendet werden.")
    _shipment(d, mp, rng, items, oid, when, plus(when, 2))
    d.p(f"Rücksendungen sind bis zum {L.date(mp, plus(when, 30), 'num')} möglich.", style="font-size:12px;color:#565959")
    body = finish(d, when, charset="windows-1252", deals=True)
    return amazon_msg(key, FAM, mp, when, "no-reply", f"Ihr Vorteil zur Bestellung {oid} ist bestätigt", body,
                      subject_enc="Q", subject_charset="windows-1252", events=[grant("no-rush", amt, "EUR", exp, oid)],
                      note="windows-1252; German numeric dates (expiry and return-by)")


def de2():
    key, mp = "norush-de-2", "DE"
    rng = rng_for(key)
    when = at(2025, 10, 27, 16, 0, 0, 1)
    oid, amt, exp = order_id(rng, mp), 100, day(2025, 12, 17)
    items = pick_items(mp, rng, 1)
    exp_s = L.date(mp, exp)
    text = (
        f"{greet(mp, rng)}\n\n"
        f"Ihre Bestellung {oid} ist unterwegs. Als Dankeschön für die Wahl des No-Rush-Versands erhalten Sie eine Prämie\n"
        f"in Höhe von {L.money(mp, amt, 1)} für digitale Inhalte.\n\n"
        f"Ablaufdatum der Prämie: {soft(exp_s, 5)}\n\n"
        f"Versendeter Artikel: {items[0][0]} ({L.money(mp, items[0][2], 1)})\n"
        f"Voraussichtliche Zustellung: {L.date(mp, plus(when, 2), 'wlong')}\n\n"
        "Ihre Prämien finden Sie unter https://www.amazon.de/norushcredits\n\n"
        "Amazon.de\n"
    )
    from ..compose import body as mk

    return amazon_msg(key, FAM, mp, when, "no-reply", "Vorteilsbestätigung zu Ihrer Bestellung", mk(None, text, "text", "iso-8859-1"),
                      events=[grant("no-rush", amt, "EUR", exp, oid)],
                      note="text only, ISO-8859-1 (no euro sign: 'EUR 1,00'), soft break inside '17. Dezember 2025'")


def de3():
    key, mp = "norush-de-3", "DE"
    rng = rng_for(key)
    when = at(2026, 1, 14, 11, 11, 0, 1)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 6, 11)
    items = pick_items(mp, rng, 3)
    d = Doc(mp, rng, "Prämie für No-Rush-Versand", None)
    d.p(greet(mp, rng))
    d.p(f"für Ihre Bestellung {oid} haben Sie den langsameren Versand gewählt. Dafür schreiben wir Ihnen {L.money(mp, amt)} gut.")
    d.p(f"Gültig bis {L.date(mp, exp, 'wlong')}.")
    d.items(item_lines(mp, rng, items))
    body = finish(d, when, layout="html", charset="iso-8859-15", cte_html="base64")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Ihre Prämie für die Bestellung", body,
                      events=[grant("no-rush", amt, "EUR", exp, oid)], note="HTML only, ISO-8859-15, base64, weekday date")


# ---------------------------------------------------------------- FR


def fr1():
    key, mp = "norush-fr-1", "FR"
    rng = rng_for(key)
    when = at(2026, 2, 4, 9, 15, 0, 1)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 9, 1)
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, "Votre avantage Livraison sans urgence", None)
    d.p(greet(mp, rng))
    d.p(f"Merci d\u2019avoir choisi la Livraison sans urgence pour la commande {oid}. Un crédit numérique de <b>{L.money(mp, amt)}</b> "
        f"vient d\u2019être ajouté à votre compte ; il est utilisable jusqu\u2019au {L.date(mp, exp)}.")
    d.p("Il s\u2019applique aux livres Kindle, à la musique, aux vidéos et aux applications vendus par Amazon.")
    _shipment(d, mp, rng, items, oid, when, plus(when, 2))
    body = finish(d, when, charset="iso-8859-15", deals=True)
    return amazon_msg(key, FAM, mp, when, "no-reply", "Confirmation de l\u2019avantage lié à votre commande", body,
                      subject_enc="B", events=[grant("no-rush", amt, "EUR", exp, oid)], note="ISO-8859-15, '1er septembre', B subject")


def fr2():
    key, mp = "norush-fr-2", "FR"
    rng = rng_for(key)
    when = at(2025, 6, 30, 20, 2, 0, 2)
    oid, amt, exp = order_id(rng, mp), 100, day(2025, 10, 15)
    items = pick_items(mp, rng, 1)
    d = Doc(mp, rng, "Votre récompense est disponible", None)
    d.p(greet(mp, rng))
    d.p(f"Votre commande {oid} a été expédiée. Comme vous avez choisi une livraison sans urgence, nous vous offrons {L.money(mp, amt, 1)} "
        "à dépenser en contenus numériques.")
    d.kv([("Montant :", L.money(mp, amt, 1)), ("Date d\u2019expiration :", L.date(mp, exp, "num"))])
    d.items(item_lines(mp, rng, items))
    body = finish(d, when, cte_html="quoted-printable", cte_text="quoted-printable")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Votre récompense pour la commande", body,
                      events=[grant("no-rush", amt, "EUR", exp, oid)], note="'EUR 1,00'; French numeric 15/10/2025")


def fr3():
    key, mp = "norush-fr-3", "FR"
    rng = rng_for(key)
    when = at(2025, 12, 12, 13, 45, 0, 1)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 6, 2)
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, "Avantage confirmé", None)
    d.p(greet(mp, rng))
    d.p(f"Bonne nouvelle : votre récompense de {L.money(mp, amt)} liée à la commande {oid} est disponible. Elle expire le {L.date(mp, exp, 'wlong')}.")
    d.items(item_lines(mp, rng, items))
    d.p(f"Vous pouvez retourner ces articles jusqu\u2019au {L.date(mp, plus(when, 30))}.")
    body = finish(d, when, cte_html="base64", cte_text="base64")
    return amazon_msg(key, FAM, mp, when, "no-reply", "Avantage confirmé pour votre commande", body,
                      events=[grant("no-rush", amt, "EUR", exp, oid)], note="UTF-8 base64; weekday expiry; return-by date as noise")


# ---------------------------------------------------------------- JP


def jp1():
    key, mp = "norush-jp-1", "JP"
    rng = rng_for(key)
    when = at(2025, 11, 25, 10, 0, 0, 9)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 3, 5)
    items = pick_items(mp, rng, 1)
    text = (
        f"{greet(mp, rng)}\n\n"
        "Amazon.co.jpをご利用いただき、ありがとうございます。\n"
        f"お急ぎ便を使わない配送をお選びいただいたため、ご注文（注文番号：{oid}）の特典として、\n"
        f"デジタルコンテンツにご利用いただける{L.money(mp, amt)}分のクレジットをアカウントに追加しました。\n\n"
        f"特典の有効期限：{L.date(mp, exp)}\n\n"
        f"発送した商品：{items[0][0]}　{L.money(mp, items[0][2])}\n"
        f"お届け予定日：{L.date_nodigits_year(mp, plus(when, 2))}\n\n"
        "特典の残高と有効期限は、アカウントサービスの「特典の確認」からご確認いただけます。\n\n"
        "Amazon.co.jp\n"
    )
    from ..compose import body as mk

    return amazon_msg(key, FAM, mp, when, "no-reply", "ご注文の特典が確定しました", mk(None, text, "text", "iso-2022-jp", cte_text="7bit"),
                      subject_enc="B", subject_charset="iso-2022-jp", events=[grant("no-rush", amt, "JPY", exp, oid)],
                      note="ISO-2022-JP text, B subject in ISO-2022-JP")


def jp2():
    key, mp = "norush-jp-2", "JP"
    rng = rng_for(key)
    when = at(2026, 1, 6, 18, 30, 0, 9)
    oid, amt, exp = order_id(rng, mp), 100, day(2026, 7, 31)
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, "特典確定のご案内", None)
    d.p(greet(mp, rng))
    d.p(f"注文番号 {oid} の商品を発送しました。配送日時の指定なしでご注文いただいた特典を付与しました。")
    d.kv([("特典額：", L.money(mp, amt, 1)), ("有効期限：", L.date(mp, exp, "num")), ("対象：", "Kindle本、デジタルミュージック、Prime Video")])
    d.items(item_lines(mp, rng, items))
    body = finish(d, when, charset="shift_jis", cte_html="base64", cte_text="base64")
    return amazon_msg(key, FAM, mp, when, "no-reply", "特典確定のご案内", body,
                      subject_enc="B", subject_charset="shift_jis", events=[grant("no-rush", amt, "JPY", exp, oid)],
                      note="Shift_JIS, base64, '100円', 2026/07/31")


def jp3():
    key, mp = "norush-jp-3", "JP"
    rng = rng_for(key)
    when = at(2025, 5, 19, 9, 5, 0, 9)
    oid, amt, exp = order_id(rng, mp), 200, day(2025, 9, 14)
    items = pick_items(mp, rng, 3)
    d = Doc(mp, rng, "まとめてお届けの特典", None)
    d.p(greet(mp, rng))
    d.p(f"ご注文 {oid} をまとめてお届けしました。段ボールの削減にご協力いただいたお礼として、{L.money(mp, amt)}分のデジタル特典を差し上げます。")
    d.p(f"この特典は{L.date(mp, exp, 'wlong')}まで有効です。")
    d.items(item_lines(mp, rng, items))
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "no-reply", "まとめてお届けの特典のお知らせ", body,
                      events=[grant("no-rush", amt, "JPY", exp, oid)], note="UTF-8 QP, fewer-boxes reward of ￥200, weekday date")


def messages():
    return [f() for f in (us1, us2, us3, us4, us5, us6, us7, us8, us9, uk1, uk2, uk3, ca1, ca2, ca3, cafr1, cafr2,
                          de1, de2, de3, fr1, fr2, fr3, jp1, jp2, jp3)]
