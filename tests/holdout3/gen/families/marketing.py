"""Amazon marketing: offers to earn credit ("get $10 when…"), deal digests full of prices and end
dates, and the pre-offer of a credit granted elsewhere in this mailbox. Offers are never grants."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc
from ..compose import amazon_msg
from ..core import at, day, rng_for
from ._common import finish, greet

FAM = "marketing"
PROMO_LABELS = "Inbox,Category Promotions,Opened"


def us_spend_get():
    key, mp = "mk-us-spend-get", "US"
    rng = rng_for(key)
    when = at(2025, 7, 1, 6, 0, 0, -7)
    d = Doc(mp, rng, "Prime Day is almost here", None)
    d.p(greet(mp, rng))
    d.p(f"Get a <b>{L.money(mp, 1000)} credit</b> when you spend {L.money(mp, 5000)} or more on items from small businesses by {L.date(mp, day(2025, 7, 9))}. "
        "Terms apply; the credit is issued within 14 days after the qualifying purchase.")
    d.p("Early Prime Day deals: up to 40% off Fire TV, Echo and Kindle devices.")
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "store-news", "Get $10 to spend on Prime Day", body, labels=PROMO_LABELS, note="spend-and-get offer")


def us_photos_offer():
    key, mp = "mk-us-photos-offer", "US"
    rng = rng_for(key)
    when = at(2025, 6, 24, 9, 0, 0, -7)
    d = Doc(mp, rng, "Upload a photo, get $20", None)
    d.p(greet(mp, rng))
    d.p(f"Upload your first photo to the Amazon Photos app by {L.date(mp, day(2025, 7, 12), 'short')} and we\u2019ll give you a {L.money(mp, 2000)} credit "
        "to use on Prime Day.")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "store-news", "Get $20 to spend on Prime Day", body, labels=PROMO_LABELS,
                      note="the offer whose credit arrives later in promo-us-photos")


def us_norush_offer():
    key, mp = "mk-us-norush-offer", "US"
    rng = rng_for(key)
    when = at(2025, 8, 12, 10, 0, 0, -7)
    d = Doc(mp, rng, "Not in a hurry? Get rewarded", None)
    d.p(greet(mp, rng))
    d.p(f"Choose FREE No-Rush Shipping at checkout and get a {L.money(mp, 100)} digital reward for eBooks, music, videos and apps on eligible orders. "
        f"Choose Amazon Day and get {L.money(mp, 200)}.")
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "store-news", "Slow down and save", body, labels=PROMO_LABELS, note="explains the programme: no grant")


def us_kindle_deals():
    key, mp = "mk-us-kindle-deals", "US"
    rng = rng_for(key)
    when = at(2026, 3, 6, 6, 0, 0, -8)
    d = Doc(mp, rng, "Kindle Daily Deals", None)
    d.p(greet(mp, rng))
    books = [("The Salt Road Letters", 199, 1299), ("Night Trains of Europe", 299, 1499), ("Small Engines, Big Ideas", 99, 799)]
    for t, now, was in books:
        d.p(f"<i>{t}</i> \u2013 <b>{L.money(mp, now)}</b> <s>{L.money(mp, was)}</s>")
    d.p(f"Deals end {L.date(mp, day(2026, 3, 6), 'wlong')} at midnight PT. Have a credit? It applies to these books too.")
    body = finish(d, when, layout="html", cte_html="base64")
    return amazon_msg(key, FAM, mp, when, "store-news", "Today's Kindle deals from $0.99", body, display="Amazon Kindle", labels=PROMO_LABELS,
                      note="deal prices and an end date")


def us_prime_trial():
    key, mp = "mk-us-prime-trial", "US"
    rng = rng_for(key)
    when = at(2025, 11, 20, 8, 0, 0, -8)
    d = Doc(mp, rng, "Try Prime free for 30 days", None)
    d.p(greet(mp, rng))
    d.p(f"Start a free trial this week and earn a {L.money(mp, 1000)} credit toward your first Prime Video purchase. After the trial, Prime is "
        f"{L.money(mp, 1499)}/month.")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "store-news", "Start Prime and earn $10", body, labels=PROMO_LABELS, note="trial offer")


def us_coupons():
    key, mp = "mk-us-coupons", "US"
    rng = rng_for(key)
    when = at(2026, 2, 9, 6, 0, 0, -8)
    d = Doc(mp, rng, "Coupons picked for you", None)
    d.p(greet(mp, rng))
    d.p(f"Clip these coupons before they run out: {L.money(mp, 500)} off coffee makers, 15% off vitamins, {L.money(mp, 200)} off laundry pods. "
        f"Coupons end {L.date(mp, day(2026, 2, 16))}.")
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "store-news", "New coupons: save up to $5", body, labels=PROMO_LABELS, note="coupons to clip, no code")


def uk_reward_offer():
    key, mp = "mk-uk-offer", "UK"
    rng = rng_for(key)
    when = at(2026, 1, 15, 7, 0, 0)
    d = Doc(mp, rng, "Earn a £5 reward", None)
    d.p(greet(mp, rng))
    d.p(f"Set up your first Subscribe &amp; Save order before {L.date(mp, day(2026, 1, 31))} and earn a {L.money(mp, 500)} reward to spend on your "
        "next order.")
    body = finish(d, when, deals=True, entities="named")
    return amazon_msg(key, FAM, mp, when, "store-news", "Earn a £5 reward with Subscribe & Save", body, labels=PROMO_LABELS, note="UK offer")


def de_offer():
    key, mp = "mk-de-offer", "DE"
    rng = rng_for(key)
    when = at(2026, 3, 2, 7, 0, 0, 1)
    d = Doc(mp, rng, "Jetzt 5 € Gutschein sichern", None)
    d.p(greet(mp, rng))
    d.p(f"Laden Sie die Amazon-App herunter, melden Sie sich bis zum {L.date(mp, day(2026, 3, 31), 'num')} an und sichern Sie sich einen "
        f"{L.money(mp, 500)} Gutschein für Ihren ersten Einkauf in der App ab 25,00 €.")
    body = finish(d, when, deals=True, charset="iso-8859-15")
    return amazon_msg(key, FAM, mp, when, "store-news", "5 € Gutschein für Ihren ersten App-Einkauf", body, labels=PROMO_LABELS,
                      subject_enc="Q", subject_charset="iso-8859-15", note="German offer: 'sichern Sie sich' = an offer")


def fr_offer():
    key, mp = "mk-fr-offer", "FR"
    rng = rng_for(key)
    when = at(2025, 11, 24, 7, 0, 0, 1)
    d = Doc(mp, rng, "Black Friday : 10 € offerts", None)
    d.p(greet(mp, rng))
    d.p(f"Bénéficiez de {L.money(mp, 1000)} offerts dès {L.money(mp, 5000)} d\u2019achats d\u2019articles vendus par Amazon, jusqu\u2019au "
        f"{L.date(mp, day(2025, 12, 1))}. Le bon de réduction sera envoyé sous 30 jours.")
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "store-news", "10 € offerts dès 50 € d'achat", body, labels=PROMO_LABELS, note="French offer")


def jp_sale():
    key, mp = "mk-jp-sale", "JP"
    rng = rng_for(key)
    when = at(2026, 3, 4, 9, 0, 0, 9)
    d = Doc(mp, rng, "タイムセール祭り開催中", None)
    d.p(greet(mp, rng))
    d.p(f"{L.date(mp, day(2026, 3, 7))}から{L.date(mp, day(2026, 3, 9))}まで、対象商品が最大40%OFF。期間中、合計10,000円以上のお買い物で最大10%ポイント還元。")
    body = finish(d, when, deals=True, charset="iso-2022-jp", cte_text="7bit", cte_html="base64")
    return amazon_msg(key, FAM, mp, when, "store-news", "タイムセール祭り：最大10%ポイント還元", body, labels=PROMO_LABELS,
                      subject_enc="B", subject_charset="iso-2022-jp", note="Japanese sale with points-back offer")


def ca_offer():
    key, mp = "mk-ca-offer", "CA"
    rng = rng_for(key)
    when = at(2025, 10, 6, 8, 0, 0, -4)
    d = Doc(mp, rng, "A reward for trying Amazon Music", None)
    d.p(greet(mp, rng))
    d.p(f"Stream 10 songs on Amazon Music by {L.date(mp, day(2025, 10, 31))} to earn a {L.money(mp, 500)} promotional credit.")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "store-news", "Earn a CDN$ 5.00 credit", body, labels=PROMO_LABELS, note="Canadian offer")


def messages():
    return [f() for f in (us_spend_get, us_photos_offer, us_norush_offer, us_kindle_deals, us_prime_trial, us_coupons, uk_reward_offer, de_offer,
                          fr_offer, jp_sale, ca_offer)]
