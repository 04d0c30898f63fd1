"""Amazon mail that must yield no grant, look-alikes, and ordinary non-Amazon mail.
Wordings written for holdout6."""


# ------------------------------------------------------------------ marketing offers

def offer_us(x):
    return dict(sender=("Amazon.com", "store-news@amazon.com"), subject="Earn a $10 credit this weekend",
                body=f"""# Weekend deal

Spend {x.M(5000)} or more on back-to-school supplies by Sunday and get a {x.M(1000)} promotional credit for a future purchase.

| Wireless mouse | {x.M(1999)}
| Backpack, 25 L | {x.M(3499)}

Terms apply. Offer valid while the promotion lasts.""")


def offer_us_music(x):
    return dict(sender=("Amazon Music", "store-news@amazon.com"), layout="html", subject="Try Music Unlimited, get $5",
                body=f"""Start a free trial of Amazon Music Unlimited today and receive {x.M(500)} in credit after your first paid month. Cancel anytime.""")


def offer_uk(x):
    return dict(sender=("Amazon.co.uk", "store-news@amazon.co.uk"), subject="Get £5 to spend on Kindle books",
                body=f"""Sign up for Kindle Unlimited before {x.D(x.later(7, 20))} and we'll give you {x.M(500)} to spend on Kindle books once your trial converts.""")


def offer_de(x):
    return dict(sender=("Amazon.de", "angebote@amazon.de"), subject="Jetzt 5 € Guthaben sichern",
                body=f"""Laden Sie die Amazon-App herunter und melden Sie sich an: Sie erhalten {x.M(500)} Aktionsguthaben bei Ihrem ersten Einkauf über die App ab {x.M(2000)}.

Aktionszeitraum bis {x.D(x.later(10, 25))}.""")


def offer_fr(x):
    return dict(sender=("Amazon.fr", "offres@amazon.fr"), subject="10 € offerts pour votre premier achat Prime Video",
                body=f"""Profitez de {x.M(1000)} de réduction sur votre premier achat de film en vous inscrivant avant le {x.D(x.later(7, 21))}. Voir conditions.""")


def offer_jp(x):
    return dict(sender=("Amazon.co.jp", "store-news@amazon.co.jp"), subject="ポイントアップキャンペーン開催中",
                body=f"""期間中に {x.M(5000)} 以上お買い上げで {x.M(500)} 分のクレジットをプレゼント。エントリーが必要です。""")


def newsletter_us(x):
    e = x.later(20, 60)
    return dict(sender=("Amazon.com", "store-news@amazon.com"), layout="html", subject="This week's picks for you",
                body=f"""# Picked for you, {x.first}

Based on your recent browsing, here are a few things we think you'll like this week.

| Cast iron skillet, 12 inch | {x.M(3495)}
| Noise-cancelling earbuds | {x.M(7999)}
| Hardcover: Winter in Lisbon | {x.M(1850)}
| Yoga mat, 6 mm | {x.M(2499)}

# Your account at a glance

| No-Rush rewards balance | {x.M(300)}
| Earliest expiry | {x.D(e)}

# Deals ending soon

- Up to 30% off kitchen storage
- Buy 2, get 1 free on select paperbacks
- Save on Fire TV Stick when you trade in an older device

You are receiving this email because you subscribed to recommendations. Change your preferences in Your Account.""")


# ------------------------------------------------------------------ expiring-soon reminders

def exp_us(x):
    return dict(sender=("Amazon.com", "no-reply@amazon.com"), subject="Reminder: your reward expires in 7 days",
                body=f"""Hi {x.first},

You still have {x.M(200)} in No-Rush rewards. They expire on {x.D(x.later(6, 8))}, so now is a good time to pick up a Kindle book or rent a movie.""")


def exp_us_promo(x):
    return dict(sender=("Amazon.com", "no-reply@amazon.com"), layout="plain", subject="Don't let your credit go to waste",
                body=f"""{x.M(1500)} promotional credit - ends {x.D(x.later(2, 5))}.
Shop eligible items now.""")


def exp_uk(x):
    return dict(sender=("Amazon.co.uk", "no-reply@amazon.co.uk"), subject="Your digital reward is about to expire",
                body=f"""Dear {x.first},

A friendly reminder that {x.M(100)} of your No-Rush reward balance runs out on {x.D(x.later(3, 9))}.""")


def exp_de(x):
    return dict(sender=("Amazon.de", "no-reply@amazon.de"), subject="Ihre Prämie läuft bald ab",
                body=f"""Hallo {x.first},

Ihre digitale Prämie über {x.M(100)} verfällt am {x.D(x.later(3, 9))}. Lösen Sie sie jetzt für ein eBook ein.""")


def exp_jp(x):
    return dict(sender=("Amazon.co.jp", "no-reply@amazon.co.jp"), subject="特典の有効期限が近づいています",
                body=f"""{x.name_ja} 様

お持ちのデジタル特典 {x.M(200)} の有効期限は {x.D(x.later(3, 9))} です。お早めにご利用ください。""")


# ------------------------------------------------------------------ phishing / look-alikes

def phish_us(x):
    return dict(sender=("Amazon Rewards", "rewards@amazon-credit-center.com"), layout="plain", subject="Claim your $50 Amazon credit now",
                body=f"""Dear Customer,

A credit of {x.M(5000)} is waiting for you. Confirm your account details within 24 hours at http://amazon-credit-center.com/claim to receive it.""")


def phish_uk(x):
    return dict(sender=("Amazon.co.uk", "service@amaz0n-uk-rewards.net"), subject="Your account has been credited",
                body=f"""We have credited {x.M(2500)} to your account (reward #{x.oid()}). Verify your payment card to release the funds.""")


def phish_de(x):
    return dict(sender=("Amazon.de Kundenservice", "kundenservice@amazon-de.support-konto.com"), subject="Gutschrift wartet auf Bestätigung",
                body=f"""Sehr geehrter Kunde,

eine Gutschrift über {x.M(5000)} liegt für Sie bereit. Bitte bestätigen Sie Ihre Daten bis {x.D(x.later(1, 3))}.""")


def phish_jp(x):
    return dict(sender=("Amazon.co.jp", "info@amazon-co-jp.account-check.top"), subject="【重要】ギフト残高の確認",
                body=f"""お客様のアカウントに {x.M(10000)} のギフト残高が付与されました。受け取りには下記リンクから本人確認を行ってください。""")


def spoof_us(x):
    c, e, o = 200, x.later(40, 90), x.oid()
    return dict(sender=("Amazon.com", "no-reply@amazon.com"), return_path="bounce@mailer-svc.biz",
                subject="Benefit Confirmation for your Order",
                body=f"""A {x.M(c)} No-Rush reward for order {o} has been added. It expires {x.D(e)}. Sign in here to activate it.""")


def spoof_fr(x):
    return dict(sender=("Amazon.fr", "no-reply@amazon.fr"), return_path="mail@relay-fr.info", subject="Crédit ajouté à votre compte",
                body=f"""Un crédit promotionnel de {x.M(2000)} a été ajouté à votre compte. Il expire le {x.D(x.later(20, 40))}.""")


def spoof_uk(x):
    return dict(sender=("Amazon Gift Cards", "gc-orders@gc.email.amazon.co.uk"), return_path="x@unknown-host.ru",
                subject="You've been sent a Gift Card for £40.00",
                body=f"""A {x.M(4000)} Amazon.co.uk Gift Card is waiting. Claim code: {x.pick(['QW7R', 'PL3X'])}-ABCDEF-9K2M""")


# ------------------------------------------------------------------ Shopper Panel donated, trade-in rejected

def panel_donated_us(x):
    return dict(sender=("Amazon Shopper Panel", "shopper-panel@amazon.com"), subject="Your donation has been made",
                body=f"""Hi {x.first},

As you requested, this month's Shopper Panel reward of {x.M(1000)} has been donated to Feeding America. Nothing was added to your balance.""")


def panel_donated_uk(x):
    return dict(sender=("Amazon Shopper Panel", "shopper-panel@amazon.co.uk"), subject="Thank you for giving",
                body=f"""Your {x.M(500)} Shopper Panel earnings went to Save the Children, the charity you chose.""")


def tradein_rejected_us(x):
    return dict(sender=("Amazon Trade-In", "trade-in@amazon.com"), subject="About your trade-in",
                body=f"""Hello {x.first},

Unfortunately the device you sent could not be accepted: it did not power on. No credit has been issued and the item is being returned to you. The quote of {x.M(3600)} is cancelled.""")


def tradein_rejected_de(x):
    return dict(sender=("Amazon Trade-In", "trade-in@amazon.de"), subject="Ihr Trade-In wurde abgelehnt",
                body=f"""Hallo {x.first},

leider konnten wir Ihr Gerät nicht annehmen. Der angebotene Betrag von {x.M(2800)} wird daher nicht gutgeschrieben; wir senden das Gerät an Sie zurück.""")


# ------------------------------------------------------------------ gift cards bought or sent, reload

def gift_bought_us(x):
    return dict(sender=("Amazon.com", "auto-confirm@amazon.com"), subject="Your Amazon.com order of Amazon.com eGift Card",
                body=f"""Thanks for your order, {x.first}.

| Amazon.com eGift Card - Birthday Balloons | {x.M(5000)}
| Recipient | jordan.pike@example.com
| Order total | {x.M(5000)}

Order #{x.oid()}. We'll email the gift card to the recipient on the delivery date you chose.""")


def gift_sent_uk(x):
    return dict(sender=("Amazon.co.uk", "do-not-reply@amazon.co.uk"), layout="plain", subject="Your gift card was sent",
                body=f"""Your {x.M(3000)} Amazon.co.uk Gift Card was delivered to sam.whitcombe@example.co.uk. Thanks for giving.""")


def gift_bought_de(x):
    return dict(sender=("Amazon.de", "bestellbestaetigung@amazon.de"), subject="Bestellung eines Geschenkgutscheins",
                body=f"""Vielen Dank für Ihre Bestellung eines Amazon.de Geschenkgutscheins über {x.M(2500)} für Lena M. Der Gutschein wird per E-Mail an die Empfängerin zugestellt.""")


def reload_us(x):
    return dict(sender=("Amazon.com", "reload-no-reply@amazon.com"), subject="Your gift card reload",
                body=f"""You reloaded {x.M(10000)} to your gift card balance using your Visa ending 4417. Reload ID {x.rng.randrange(10**8, 10**9)}.""")


# ------------------------------------------------------------------ order/shipping mail with prices

def ship_us(x):
    o = x.oid()
    return dict(sender=("Amazon.com", "shipment-tracking@amazon.com"), subject=f"Shipped: your order {o}",
                body=f"""Your package is on the way. Order {o}.

| Robot vacuum filters (3-pack) | {x.M(1599)}
| Shipping | {x.M(0)}

Track your package in Your Orders.""")


def ship_us_nr_instant(x):
    o = x.oid()
    return dict(sender=("Amazon.com", "auto-confirm@amazon.com"), subject=f"Order {o} confirmed",
                body=f"""Order {o}

| Subtotal | {x.M(2450)}
| No-Rush discount | -{x.M(100)}
| Order total | {x.M(2350)}

You chose No-Rush Shipping; the discount was taken off this order. No reward will follow.""")


def delivered_de(x):
    return dict(sender=("Amazon.de", "versandbestaetigung@amazon.de"), subject="Zugestellt: Ihr Paket",
                body=f"""Ihr Paket mit der Bestellung {x.oid()} wurde zugestellt. Artikelpreis {x.M(2999)}.""")


def refund_uk(x):
    return dict(sender=("Amazon.co.uk", "return@amazon.co.uk"), subject="Your refund",
                body=f"""We've processed a refund of {x.M(1249)} for your returned item from order {x.oid()}. It goes back to your original payment method in 3-5 days.""")


# ------------------------------------------------------------------ Coins, Audible, Kindle non-US, account

def coins_notice(x):
    return dict(sender=("Amazon Appstore", "appstore-no-reply@amazon.com"), subject="Changes to Amazon Coins",
                body=f"""Amazon Coins can no longer be bought. The programme ends on August 20, 2025; any unused Coins after that date will be refunded to your payment method.""")


def coins_refund(x):
    return dict(sender=("Amazon Appstore", "appstore-no-reply@amazon.com"), layout="plain", subject="Your Amazon Coins refund",
                body=f"""We refunded {x.M(412)} for 412 unused Amazon Coins to your card ending 4417.""")


def audible_like(x):
    return dict(sender=("Audible", "donotreply@audible.com"), subject="You have 2 credits and 1 is expiring soon",
                body=f"""One of your Audible credits expires on {x.D(x.later(5, 15))}. Use it on any title in the catalogue.""")


def kindle_nonus(x):
    return dict(sender=("Amazon Kindle", "kindle-rewards@amazon.co.uk"), subject="Kindle Rewards update",
                body="""Kindle Rewards is available only to customers in the US. From your next purchase you will no longer earn points on this account.""")


def account_pw(x):
    return dict(sender=("Amazon.com", "account-update@amazon.com"), layout="plain", subject="Amazon password assistance",
                body=f"""Your one-time code is {x.rng.randrange(100000, 999999)}. Don't share it with anyone.""")


def account_prime(x):
    return dict(sender=("Amazon Prime", "prime@amazon.com"), subject="Your Prime membership renews soon",
                body=f"""Your membership renews on {x.D(x.later(5, 12))} at {x.M(1499)} a month. Manage it in Your Account.""")


def account_dsar(x):
    return dict(sender=("Amazon.com", "dsar-request@amazon.com"), subject="Your Data Request",
                body="""The files you asked for are ready. The download link stays valid for 90 days.""")


# (template, market, family, auth)
AMAZON_NEG = [
    (offer_us, "US", "marketing offer", "pass"), (offer_us_music, "US", "marketing offer", "pass"),
    (offer_uk, "UK", "marketing offer", "pass"), (offer_de, "DE", "marketing offer", "pass"),
    (offer_fr, "FR", "marketing offer", "pass"), (newsletter_us, "US", "marketing offer", "pass"), (offer_jp, "JP", "marketing offer", "pass"),
    (exp_us, "US", "expiring-soon reminder", "pass"), (exp_us_promo, "US", "expiring-soon reminder", "pass"),
    (exp_uk, "UK", "expiring-soon reminder", "pass"), (exp_de, "DE", "expiring-soon reminder", "pass"),
    (exp_jp, "JP", "expiring-soon reminder", "pass"),
    (phish_us, "US", "phishing look-alike", "none"), (phish_uk, "UK", "phishing look-alike", "none"),
    (phish_de, "DE", "phishing look-alike", "none"), (phish_jp, "JP", "phishing look-alike", "none"),
    (spoof_us, "US", "spoofed sender, auth fails", "fail"), (spoof_fr, "FR", "spoofed sender, auth fails", "fail"),
    (spoof_uk, "UK", "spoofed sender, auth fails", "fail"),
    (panel_donated_us, "US", "Shopper Panel donated", "pass"), (panel_donated_uk, "UK", "Shopper Panel donated", "pass"),
    (tradein_rejected_us, "US", "trade-in rejected", "pass"), (tradein_rejected_de, "DE", "trade-in rejected", "pass"),
    (gift_bought_us, "US", "gift card bought or sent", "pass"), (gift_sent_uk, "UK", "gift card bought or sent", "pass"),
    (gift_bought_de, "DE", "gift card bought or sent", "pass"), (reload_us, "US", "gift card reload", "pass"),
    (ship_us, "US", "order/shipping mail", "pass"), (ship_us_nr_instant, "US", "No-Rush instant discount", "pass"),
    (delivered_de, "DE", "order/shipping mail", "pass"), (refund_uk, "UK", "order/shipping mail", "pass"),
    (coins_notice, "US", "Coins", "pass"), (coins_refund, "US", "Coins", "pass"),
    (audible_like, "US", "Audible look-alike", "none"), (kindle_nonus, "UK", "account mail", "pass"),
    (account_pw, "US", "account mail", "pass"), (account_prime, "US", "account mail", "pass"),
    (account_dsar, "US", "account mail", "pass"),
]


# ------------------------------------------------------------------ noise (not Amazon)

def n_bank(x):
    return dict(sender=("Harbor Credit Union", "alerts@harborcu.example.com"), subject="Cashback credited",
                body=f"""Your quarterly cashback of {x.M(2375)} was credited to checking account ending 0912 on {x.D(x.earlier(0, 2))}.""")


def n_card(x):
    return dict(sender=("Northline Card", "statements@northline.example.com"), subject="Your statement is ready",
                body=f"""Statement balance {x.M(84210)}. Minimum payment {x.M(3500)} due {x.D(x.later(15, 25))}. Reward points earned this cycle: 842.""")


def n_airline(x):
    return dict(sender=("Skyward Air", "noreply@skyward.example.com"), subject="Your travel credit",
                body=f"""A travel credit of {x.M(12000)} from your cancelled trip is available until {x.D(x.later(200, 360))}. Use it on any Skyward Air flight.""")


def n_hotel(x):
    return dict(sender=("Lakeside Inns", "stay@lakeside.example.com"), subject="Booking confirmed",
                body=f"""Check-in {x.D(x.later(10, 60))}, 2 nights, total {x.M(31800)}. Free cancellation until 48 hours before arrival.""")


def n_cafe(x):
    return dict(sender=("Bean There", "hello@beanthere.example.com"), subject="A free drink is waiting",
                body="""You've collected 10 stamps! Your next drink is on us. Show this email at the counter.""")


def n_friend(x):
    return dict(sender=("Alex Moreau", "alex.moreau@example.net"), layout="plain", subject=x.pick(["dinner sunday?", "photos from the hike", "re: the book"]),
                body=x.pick(["""Hey, are we still on for Sunday? I can bring dessert. Let me know by Friday.""",
                             """Uploaded the hike photos to the shared album. The one at the ridge is my favourite.""",
                             """Finished it last night. The ending was not what I expected at all - let's talk."""]))


def n_news(x):
    return dict(sender=("The Weekly Byte", "digest@weeklybyte.example.com"), subject="This week in tech",
                body="""# Top stories

- Chip makers report record quarter
- A new open-source database hits 1.0
- How to back up your photos the boring, reliable way

Read more on our site. Unsubscribe at any time.""")


def n_utility(x):
    return dict(sender=("City Power", "billing@citypower.example.com"), subject="Your bill is ready",
                body=f"""Amount due {x.M(7634)} by {x.D(x.later(10, 20))}. A credit of {x.M(500)} for paperless billing was applied.""")


def n_store(x):
    return dict(sender=("Maple Outfitters", "orders@mapleoutfitters.example.com"), subject="Store credit issued",
                body=f"""We've issued {x.M(2000)} in store credit for your return. It expires {x.D(x.later(90, 180))} and can be used online or in store.""")


def n_giftother(x):
    return dict(sender=("Bookhaven", "gifts@bookhaven.example.com"), subject="You received a Bookhaven gift card",
                body=f"""Jordan sent you a {x.M(2500)} Bookhaven gift card. Card number 6006 4411 2093 7781.""")


def n_de(x):
    return dict(sender=("Stadtwerke Nordfeld", "rechnung@stadtwerke-nordfeld.example.de"), subject="Ihre Jahresabrechnung",
                body=f"""Ihr Guthaben aus der Jahresabrechnung beträgt {x.M(4312)} und wird am {x.D(x.later(5, 15))} erstattet.""")


def n_fr(x):
    return dict(sender=("Banque Lumière", "info@banque-lumiere.example.fr"), subject="Votre remboursement",
                body=f"""Un remboursement de {x.M(1890)} a été effectué sur votre compte le {x.D(x.earlier(0, 3))}.""")


def n_jp(x):
    return dict(sender=("楽々ポイント", "info@rakuraku-point.example.jp"), subject="ポイント獲得のお知らせ",
                body=f"""お買い物で 120 ポイントを獲得しました。ポイントの有効期限は {x.D(x.later(100, 200))} です。""")


def n_parcel(x):
    return dict(sender=("QuickShip Parcel", "track@quickship.example.com"), subject="Your parcel is out for delivery",
                body=f"""Parcel {x.rng.randrange(10**11, 10**12)} will arrive today between 10:00 and 14:00.""")


NOISE = [(n_bank, "US"), (n_card, "US"), (n_airline, "US"), (n_hotel, "UK"), (n_cafe, "US"), (n_friend, None),
         (n_news, None), (n_utility, "US"), (n_store, "CA"), (n_giftother, "US"), (n_de, "DE"), (n_fr, "FR"),
         (n_jp, "JP"), (n_parcel, None), (n_friend, None)]
