"""Amazon-looking mail that must yield no grant, and ordinary non-Amazon mail."""
from .norush import snd, ITEMS_US
from .credits import gc_code


def offer_us(x):
    body = f"""Stock up and get rewarded.

Spend {x.M(5000)} or more on household essentials sold by Amazon and earn a {x.M(1000)} credit toward a future purchase. Offer ends {x.D(x.later(5, 20))}. Terms apply; the credit is issued after your qualifying items ship."""
    return dict(subject=f"Earn a {x.M(1000)} credit on household essentials", body=body, sender=snd(x, "store-news"))


def offer_us_music(x):
    body = f"""Try Amazon Music Unlimited free for 3 months and we'll add a {x.M(500)} digital reward when you stay on past the trial. New subscribers only."""
    return dict(subject="3 months free + a bonus reward", body=body, sender=snd(x, "store-news"))


def offer_uk(x):
    body = f"""Choose No-Rush Delivery at checkout and earn a {x.M(100)} reward for eBooks, films and music on every eligible order."""
    return dict(subject="Not in a hurry? Get rewarded", body=body, sender=snd(x, "store-news"))


def offer_de(x):
    body = f"""Jetzt mitmachen: Laden Sie erstmals die Amazon Photos App herunter und erhalten Sie {x.M(1000)} Aktionsguthaben für Ihren nächsten Einkauf. Aktion gültig bis {x.D(x.later(5, 20))}."""
    return dict(subject="Ihr Bonus wartet: Amazon Photos ausprobieren", body=body, sender=snd(x, "store-news"))


def offer_fr(x):
    body = f"""Profitez de {x.M(500)} offerts pour tout premier achat sur l'application Amazon, du {x.D(x.later(1, 3))} au {x.D(x.later(10, 20))}. Voir conditions."""
    return dict(subject="5 € offerts sur l'application", body=body, sender=snd(x, "store-news"))


def offer_jp(x):
    body = f"""期間中、対象商品を{x.M(5000)}以上お買い上げで、{x.M(500)}分のポイントをプレゼント。キャンペーン期間：{x.D(x.later(5, 20))}まで。エントリーが必要です。"""
    return dict(subject="【エントリー必須】最大500円分還元キャンペーン", body=body, sender=snd(x, "store-news"))


def remind_us(x):
    body = f"""Hi {x.first}, a quick heads-up: {x.M(300)} of your No-Rush rewards will expire on {x.D(x.later(3, 10))}. Browse Kindle deals or rent a movie to put them to use."""
    return dict(subject="Your digital rewards expire soon", body=body, sender=snd(x, "rewards"))


def remind_us_kindle(x):
    body = f"""You have 120 Kindle Points that will expire on {x.D(x.later(10, 25))}. Buy a Kindle book to keep collecting toward your next {x.M(300)} reward."""
    return dict(subject="Kindle Points expiring", body=body, sender=snd(x, "kindle-rewards", "Kindle Rewards"))


def remind_uk(x):
    body = f"""Reminder: you still have {x.M(200)} in digital rewards. Use them before {x.D(x.later(3, 10))} on Kindle books, films or music."""
    return dict(subject="Don't forget your rewards", body=body, sender=snd(x, "digital-rewards"))


def remind_de(x):
    body = f"""Ihr Aktionsguthaben über {x.M(500)} läuft am {x.D(x.later(3, 10))} ab. Jetzt einlösen bei Prime Video."""
    return dict(subject="Ihr Guthaben läuft bald ab", body=body, sender=snd(x, "aktionen"))


def remind_jp(x):
    body = f"""お客様のデジタル特典 {x.M(200)} の有効期限が近づいています（有効期限：{x.D(x.later(3, 10))}）。お早めにご利用ください。"""
    return dict(subject="デジタル特典の有効期限が近づいています", body=body, sender=snd(x))


def bought_us(x):
    oid = x.oid()
    body = f"""Thanks for your order!

| Order # | {oid}
| Amazon.com eGift Card - Birthday Cake | {x.M(5000)}
| Deliver to | sam.porter@example.com
| Order total | {x.M(5000)}

We'll email the gift card to your recipient on the delivery date you chose."""
    return dict(subject=f"Your Amazon.com order #{oid}", body=body, sender=snd(x, "auto-confirm"))


def sent_uk(x):
    body = f"""Your gift card was sent to Jess Harper (jess.harper@example.co.uk).

| Amount | {x.M(2500)}
| Message | Congratulations on the new flat!

Jess will receive an email with the claim code."""
    return dict(subject="Your gift card has been sent", body=body, sender=snd(x, "do-not-reply"))


def sent_de(x):
    body = f"""Ihr Geschenkgutschein über {x.M(3000)} wurde an Jonas Keller (jonas.keller@example.de) versendet. Der Empfänger erhält den Gutscheincode per E-Mail."""
    return dict(subject="Ihr Geschenkgutschein wurde versendet", body=body, sender=snd(x, "gutscheine"))


def reload_us(x):
    body = f"""You reloaded {x.M(10000)} to your Amazon gift card balance using Visa ending in 4417. Reload order {x.oid()}."""
    return dict(subject="Your Reload was successful", body=body, sender=snd(x, "reload-no-reply"))


def donated_us(x):
    body = f"""Hi {x.first},

Thank you for uploading receipts this month. As you requested, your {x.M(1000)} reward was donated to Feeding Neighbors Food Bank. Nothing was added to your Amazon balance."""
    return dict(subject="Your Shopper Panel reward was donated", body=body, sender=snd(x, "shopper-panel", "Amazon Shopper Panel"))


def donated_uk(x):
    body = f"""Your monthly reward of {x.M(500)} has gone to the charity you selected, Riverside Animal Rescue. Thanks for supporting them through the panel."""
    return dict(subject="Shopper Panel donation confirmed", body=body, sender=snd(x, "shopper-panel", "Amazon Shopper Panel"))


def rejected_us(x):
    body = f"""We're sorry. Your trade-in could not be accepted because the device was locked to another account. It is being returned to you at no cost, and no gift card balance will be issued. The quoted value of {x.M(4200)} is cancelled."""
    return dict(subject="Update on your trade-in", body=body, sender=snd(x, "trade-in"))


def rejected_de(x):
    body = f"""Leider konnten wir Ihren Trade-In-Artikel nicht annehmen, da er nicht der Beschreibung entsprach. Wir senden ihn kostenlos an Sie zurück. Es erfolgt keine Gutschrift über {x.M(3500)}."""
    return dict(subject="Ihr Trade-In wurde abgelehnt", body=body, sender=snd(x, "trade-in"))


def coins_refund(x):
    body = f"""As announced in February, the Amazon Coins program ended on August 20, 2025. Your unused balance of 850 Coins ({x.M(850)}) has been refunded to your payment method on file."""
    return dict(subject="Your Amazon Coins balance has been refunded", body=body, sender=snd(x, "digital-no-reply"))


def coins_notice(x):
    body = f"""Important: Amazon Coins can no longer be purchased. Coins you already have can be used until August 20, 2025; any Coins left after that date will be refunded to your payment method."""
    return dict(subject="Changes to Amazon Coins", body=body, sender=snd(x, "appstore-no-reply", "Amazon Appstore"))


def phish_a(x):
    body = f"""Dear Customer,

You have an unclaimed {x.M(5000)} reward from your recent order. Verify your account within 24 hours at http://amazon-rewards-center.com/verify to receive it. It expires on {x.D(x.later(1, 2))}."""
    return dict(subject="Benefit Confirmation for your Order", body=body, sender=("Amazon", "rewards@amazon-rewards-center.com"))


def phish_b(x):
    body = f"""Your account has received a {x.M(2500)} gift card credit. Confirm your billing details to activate it: http://amaz0n-secure.co.uk.verify-id.net/"""
    return dict(subject="Gift card credit pending", body=body, sender=("amazon.co.uk", "support@amaz0n-secure.net"))


def phish_c(x):
    body = f"""Sehr geehrter Kunde, Ihnen wurde ein Guthaben von {x.M(10000)} gutgeschrieben. Bitte bestätigen Sie Ihre Daten unter http://amazon-de.kundenkonto-pruefung.info, sonst verfällt das Guthaben."""
    return dict(subject="Guthaben gutgeschrieben", body=body, sender=("Amazon.de Kundenservice", "service@amazon-de.kundenkonto-pruefung.info"))


def phish_d(x):
    body = f"""Amazonギフトカード {x.M(5000)} 分が付与されました。以下のリンクからログインして受け取ってください。http://amazon-co-jp.gift-login.top/"""
    return dict(subject="Amazonギフトカード受け取りのお知らせ", body=body, sender=("Amazon.co.jp", "info@amazon-co-jp.gift-login.top"))


def spoof_us(x):
    oid = x.oid()
    body = f"""Your order {oid} shipped with No-Rush Shipping. A {x.M(2500)} digital credit has been added, valid until {x.D(x.later(5, 10))}. Sign in at http://amzn-benefits.example-login.ru to keep it."""
    return dict(subject="Benefit Confirmation for your Order", body=body, sender=snd(x))


def spoof_uk(x):
    body = f"""A {x.M(2000)} promotional credit is waiting for you. Claim it before {x.D(x.later(2, 5))}: http://uk-claims.example-offer.biz"""
    return dict(subject="Promotional credit waiting", body=body, sender=snd(x, "promotions"))


def spoof_fr(x):
    body = f"""Votre carte cadeau de {x.M(5000)} est prête. Code : {gc_code(x)}. Activez-la ici : http://activation-cadeau.example.cc"""
    return dict(subject="Votre carte cadeau est prête", body=body, sender=("Amazon.fr", "gc-orders@gc.email.amazon.fr"))


def audible(x):
    body = f"""You have 2 credits available, and 1 credit will expire on {x.D(x.later(10, 30))}. Use it on any title in our catalog."""
    return dict(subject="You’ve got 2 credits and 1 credit is expiring soon!", body=body, sender=("Audible", "donotreply@audible.com"))


def order_plain(x):
    oid = x.oid()
    item, price = x.pick(ITEMS_US)
    body = f"""Hello {x.first},

| Order # | {oid}
| {item} | {x.M(price)}
| Shipping | FREE Prime Delivery
| Order total | {x.M(price)}

Arriving {x.D(x.later(1, 3))}."""
    return dict(subject=f"Your Amazon.com order #{oid}", body=body, sender=snd(x, "auto-confirm"))


def order_instant(x):
    oid = x.oid()
    body = f"""Order {oid}

| Wireless mouse | {x.M(2499)}
| No-Rush Shipping discount | -{x.M(100)}
| Order total | {x.M(2399)}

You chose No-Rush Shipping: the {x.M(100)} discount was taken off this order. No reward will be added later."""
    return dict(subject=f"Your Amazon.com order #{oid}", body=body, sender=snd(x, "auto-confirm"))


def order_uk(x):
    oid = x.oid()
    body = f"""Thanks for your order {oid}. Estimated delivery: {x.D(x.later(1, 4))}.

| Phone case | {x.M(1199)}
| Total | {x.M(1199)}"""
    return dict(subject=f"Your Amazon.co.uk order {oid}", body=body, sender=snd(x, "auto-confirm"))


def shipped_us(x):
    oid = x.oid()
    body = f"""Your package with order {oid} has shipped and should arrive {x.D(x.later(1, 4))}. Track it in Your Orders."""
    return dict(subject=f"Shipped: your Amazon.com order #{oid}", body=body, sender=snd(x, "shipment-tracking"))


def shipped_de(x):
    oid = x.oid()
    body = f"""Ihre Sendung zur Bestellung {oid} ist unterwegs. Voraussichtliche Zustellung: {x.D(x.later(1, 3))}."""
    return dict(subject="Ihre Amazon.de Bestellung wurde versandt", body=body, sender=snd(x, "versandbestaetigung"))


def kindle_nonus(x):
    body = """Kindle Rewards is available only to customers located in the United States. Because your account is now registered outside the US, you will no longer earn Kindle Points. Points you have already earned stay valid until they expire."""
    return dict(subject="An update about Kindle Rewards", body=body, sender=snd(x, "kindle-rewards", "Kindle Rewards"))


def account_pw(x):
    body = f"""Hello {x.first}, the password for your Amazon account was changed. If you did not make this change, contact us right away."""
    return dict(subject="Your Amazon password has been changed", body=body, sender=snd(x, "account-update"))


def account_prime(x):
    body = f"""Your Prime membership renews on {x.D(x.later(5, 20))} for {x.M(1499)} a month. Manage your membership in Your Account."""
    return dict(subject="Your Prime membership renews soon", body=body, sender=snd(x, "digital-no-reply"))


def account_otp(x):
    body = f"""Your one-time sign-in code is {x.rng.randrange(100000, 999999)}. Do not share this code with anyone."""
    return dict(subject="Amazon sign-in code", body=body, sender=snd(x, "account-update"))


def dsar(x):
    body = f"""Your data request is ready. Download "Your Orders.zip" within 90 days from the link in Your Account > Request Your Data."""
    return dict(subject="Your Data Request", body=body, sender=snd(x, "dsar-request"))


# (function, market, family, auth)
AMAZON_NEG = [
    (offer_us, "US", "marketing offer", "pass"), (offer_us_music, "US", "marketing offer", "pass"),
    (offer_uk, "UK", "marketing offer", "pass"), (offer_de, "DE", "marketing offer", "pass"),
    (offer_fr, "FR", "marketing offer", "pass"), (offer_jp, "JP", "marketing offer", "pass"),
    (remind_us, "US", "expiring-soon reminder", "pass"), (remind_us_kindle, "US", "expiring-soon reminder", "pass"),
    (remind_uk, "UK", "expiring-soon reminder", "pass"), (remind_de, "DE", "expiring-soon reminder", "pass"),
    (remind_jp, "JP", "expiring-soon reminder", "pass"),
    (bought_us, "US", "gift card bought or sent", "pass"), (sent_uk, "UK", "gift card bought or sent", "pass"),
    (sent_de, "DE", "gift card bought or sent", "pass"), (reload_us, "US", "gift card reload", "pass"),
    (donated_us, "US", "Shopper Panel donated", "pass"), (donated_uk, "UK", "Shopper Panel donated", "pass"),
    (rejected_us, "US", "trade-in rejected", "pass"), (rejected_de, "DE", "trade-in rejected", "pass"),
    (coins_refund, "US", "Coins", "pass"), (coins_notice, "US", "Coins", "pass"),
    (phish_a, "US", "phishing look-alike", "none"), (phish_b, "UK", "phishing look-alike", "none"),
    (phish_c, "DE", "phishing look-alike", "none"), (phish_d, "JP", "phishing look-alike", "none"),
    (spoof_us, "US", "spoofed sender, auth fails", "fail"), (spoof_uk, "UK", "spoofed sender, auth fails", "fail"),
    (spoof_fr, "FR", "spoofed sender, auth fails", "fail"),
    (audible, "US", "Audible look-alike", "none"),
    (order_plain, "US", "order/shipping mail", "pass"), (order_instant, "US", "No-Rush instant discount", "pass"),
    (order_uk, "UK", "order/shipping mail", "pass"), (shipped_us, "US", "order/shipping mail", "pass"),
    (shipped_de, "DE", "order/shipping mail", "pass"), (kindle_nonus, "US", "account mail", "pass"),
    (account_pw, "US", "account mail", "pass"), (account_prime, "US", "account mail", "pass"),
    (account_otp, "US", "account mail", "pass"), (dsar, "US", "account mail", "pass"),
]


# ------------------------------------------------------------------ noise (not Amazon)

PEOPLE = [("Mara Ellison", "mara.ellison@example.com"), ("Dev Patel", "dev.patel@example.org"),
          ("Yuki Sato", "yuki.sato@example.jp"), ("Claire Dubois", "claire.dubois@example.fr"),
          ("Jonas Keller", "jonas.keller@example.de"), ("Sam Porter", "sam.porter@example.com")]


def n_personal(x):
    p = x.pick(PEOPLE)
    topics = [("Saturday hike?", "Are you still up for the ridge trail on Saturday? I can drive if you bring snacks. Weather looks fine until about 3pm."),
              ("Re: book club", "I finished it last night. The ending was a bit rushed but I liked the middle part a lot. See you Thursday."),
              ("Photos from the wedding", "Finally sorted through them, the shared album link is in the usual place. Some of you and Jo are really good."),
              ("Moving boxes", "Do you still have the moving boxes from last year? We need maybe ten of them by the end of the month."),
              ("dinner", "Booked the table for 7:30 at the Thai place. Tell me if that's too late for you.")]
    s, b = x.pick(topics)
    return dict(subject=s, body=f"Hi {x.first},\n\n{b}\n\n{p[0].split()[0]}", sender=p)


def n_recipe(x):
    body = """Here it is, copied exactly.

From the card Grandma wrote: two cups flour, one egg, a pinch of salt.
>From what I remember she also added a splash of milk.

Mara"""
    return dict(subject="Re: the recipe", body=body, sender=PEOPLE[0], layout="plain", cte="8bit")


def n_bank(x):
    body = f"""Your statement for the period ending {x.D(x.earlier(1, 5))} is available. Closing balance: {x.M(x.rng.randrange(20000, 500000))}. Minimum payment due: {x.M(2500)}."""
    return dict(subject="Your statement is ready", body=body, sender=("Northgate Bank", "statements@northgate-bank.example"))


def n_cafe(x):
    body = f"""Thanks for visiting! You earned 12 stars today. Your {x.M(500)} birthday reward is waiting in the app until {x.D(x.later(10, 20))}."""
    return dict(subject="Your receipt from Bean & Barrel", body=body, sender=("Bean & Barrel", "receipts@beanbarrel.example"))


def n_otherstore(x):
    body = f"""Congratulations! A {x.M(1000)} store credit has been added to your Hearth & Home account. It expires {x.D(x.later(30, 60))}. Order number HH-{x.rng.randrange(100000, 999999)}."""
    return dict(subject="Store credit added", body=body, sender=("Hearth & Home", "orders@hearthhome.example"))


def n_giftcard_other(x):
    body = f"""Dev sent you a {x.M(2500)} Bookhaven gift card. Gift card number: 6006 4921 {x.rng.randrange(1000, 9999)} {x.rng.randrange(1000, 9999)}."""
    return dict(subject="You received a Bookhaven gift card", body=body, sender=("Bookhaven", "gifts@bookhaven.example"))


def n_travel(x):
    body = f"""Your booking is confirmed. Check-in {x.D(x.later(10, 40))}, 2 nights, total {x.M(x.rng.randrange(15000, 40000))}. Cancellation is free until 48 hours before arrival."""
    return dict(subject="Booking confirmation", body=body, sender=("StayWell Hotels", "bookings@staywell.example"))


def n_newsletter(x):
    body = """This week: how to read faster without skimming, five debut novels worth your time, and an interview with a bookbinder in Lisbon.

You are receiving this because you subscribed at bookletter.example."""
    return dict(subject="The Bookletter, issue 48", body=body, sender=("The Bookletter", "hello@bookletter.example"))


def n_utility(x):
    body = f"""Your electricity bill of {x.M(x.rng.randrange(4000, 16000))} is due on {x.D(x.later(10, 20))}. Pay online or by direct debit."""
    return dict(subject="Your bill is ready", body=body, sender=("City Power", "billing@citypower.example"))


def n_parcel(x):
    body = f"""Your parcel 1Z{x.rng.randrange(10**9, 10**10)} will be delivered on {x.D(x.later(1, 3))} between 10:00 and 14:00."""
    return dict(subject="Your parcel is on its way", body=body, sender=("QuickShip", "tracking@quickship.example"))


def n_jp(x):
    body = "来週の打ち合わせですが、水曜日の午後に変更できますか。資料は前日までに共有します。"
    return dict(subject="打ち合わせの日程について", body=body, sender=("佐藤 由紀", "yuki.sato@example.jp"))


def n_de(x):
    body = "Hallo Robin, anbei die Fotos vom Wochenende. Grüße an die Familie! Jonas"
    return dict(subject="Fotos vom Wochenende", body=body, sender=("Jonas Keller", "jonas.keller@example.de"))


def n_fr(x):
    body = "Coucou, on se retrouve à la gare à 18 h ? Je réserve le restaurant pour quatre personnes. Bises, Claire"
    return dict(subject="Ce soir", body=body, sender=("Claire Dubois", "claire.dubois@example.fr"))


NOISE = [(n_personal, "US"), (n_bank, "US"), (n_cafe, "US"), (n_otherstore, "US"), (n_giftcard_other, "US"),
         (n_travel, "UK"), (n_newsletter, "US"), (n_utility, "CA"), (n_parcel, "UK"), (n_jp, "JP"),
         (n_de, "DE"), (n_fr, "FR"), (n_personal, "UK"), (n_travel, "US"), (n_bank, "UK"), (n_recipe, "US")]
