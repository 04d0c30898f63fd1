"""Promotional credits, Kindle rewards and points, Shopper Panel, Trade-In, gift cards,
redeems and promo codes."""
from .norush import snd

CODE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def gc_code(x):
    r = x.rng
    s = "".join(r.choice(CODE_CH) for _ in range(14))
    return f"{s[:4]}-{s[4:10]}-{s[10:]}"


# ------------------------------------------------------------------ promotional grants

def pr_us_video(x):
    amt, exp = x.pick([500, 1000]), x.later(30, 120)
    body = f"""Hi {x.first},

As promised, {x.M(amt)} in Prime Video credit has been added to your Amazon account. Use it to rent or buy eligible movies and TV shows by {x.D(exp)}.

Limit one credit per order. Channels subscriptions and Prime Video Store gift cards are excluded.

Enjoy the show!"""
    return dict(subject="Your Prime Video credit is here", body=body, sender=snd(x, "primevideo", "Prime Video"),
                events=[x.ev("grant", "promotional", amt, exp)])


def pr_us_photos(x):
    amt, exp = 2000, x.later(40, 90)
    qual = x.earlier(2, 5)
    body = f"""Thanks for trying Amazon Photos, {x.first}!

You saved your first photo with the Amazon Photos app on {x.D(qual)}, which qualified you for our Prime Day offer. A {x.M(amt)} promotional credit is now on your account.

| Credit | {x.M(amt)}
| Use by | {x.D(exp)}
| Eligible items | products sold by Amazon.com (not third-party sellers)

The credit is applied at checkout automatically."""
    return dict(subject=f"{x.M(amt)} credit applied to your account", body=body, sender=snd(x, "photos-no-reply", "Amazon Photos"),
                events=[x.ev("grant", "promotional", amt, exp)])


def pr_us_courtesy(x):
    amt = x.pick([500, 1000, 1500])
    body = f"""Hello {x.first},

We're sorry your recent delivery did not go as planned. As a courtesy, we've applied a {x.M(amt)} promotional credit to your account. It will be used automatically on your next eligible purchase.

If you have questions, reply to this message and a member of our team will help.

Best regards,
Amazon Customer Service"""
    return dict(subject="A courtesy credit for you", body=body, sender=snd(x, "cs-reply"), events=[x.ev("grant", "promotional", amt)])


def pr_us_music(x):
    amt, exp = 500, x.later(30, 90)
    body = f"""Your Amazon Music reward: {x.M(amt)} to spend on digital songs and albums, valid through {x.D(exp)}."""
    return dict(subject="Your Amazon Music reward is ready", body=body, sender=snd(x, "music-no-reply", "Amazon Music"),
                events=[x.ev("grant", "promotional", amt, exp)])


def pr_us_alexa(x):
    amt, exp = 1000, x.later(20, 60)
    body = f"""Thanks for ordering with Alexa.

# Promotional balance added

{x.M(amt)} has been added to your promotional balance. It applies to a future order of at least {x.M(2500)} in eligible items sold and shipped by Amazon, and it ends {x.D(exp)}."""
    return dict(subject="Your Alexa shopping credit", body=body, sender=snd(x, "alexa-shopping", "Amazon Alexa"),
                events=[x.ev("grant", "promotional", amt, exp)])


def pr_us_kindleu(x):
    amt = 300
    body = f"""Welcome back to Kindle Unlimited, {x.first}. To say thanks, a {x.M(amt)} promotional credit toward Kindle eBooks has been added to your account. No expiration date applies to this credit."""
    return dict(subject="A thank-you credit for Kindle eBooks", body=body, sender=snd(x, "digital-no-reply"),
                events=[x.ev("grant", "promotional", amt)])


def pr_uk(x):
    amt, exp = x.pick([500, 300]), x.later(30, 120)
    body = f"""Hello {x.first},

Good news: a {x.M(amt)} credit for Prime Video has been added to your Amazon.co.uk account. Rent or buy a film or an episode before {x.D(exp)} and it will be deducted at checkout.

Amazon.co.uk"""
    return dict(subject="Your Prime Video credit has arrived", body=body, sender=snd(x, "primevideo", "Prime Video"),
                events=[x.ev("grant", "promotional", amt, exp)])


def pr_ca(x):
    amt, exp = 1000, x.later(30, 90)
    body = f"""Your {x.M(amt)} promotional credit is ready.

It has been added to your Amazon.ca account and can be used on eligible items sold by Amazon.ca until {x.D(exp)}. One use per customer."""
    return dict(subject="Promotional credit added to your account", body=body, sender=snd(x, "promotions"),
                events=[x.ev("grant", "promotional", amt, exp)])


def pr_de(x):
    amt, exp = 500, x.later(30, 90)
    body = f"""Hallo {x.first},

wir haben Ihrem Kundenkonto ein Aktionsguthaben in Höhe von {x.M(amt)} gutgeschrieben. Sie können es für Filme und Serien bei Prime Video nutzen.

Das Guthaben verfällt am {x.D(exp)}."""
    return dict(subject="Ihr Aktionsguthaben ist da", body=body, sender=snd(x, "aktionen"),
                events=[x.ev("grant", "promotional", amt, exp)])


def pr_fr(x):
    amt, exp = 1000, x.later(30, 90)
    body = f"""Bonjour {x.first},

Un crédit promotionnel de {x.M(amt)} vient d'être ajouté à votre compte Amazon.fr. Il est utilisable sur les articles vendus et expédiés par Amazon jusqu'au {x.D(exp)} inclus.

L'équipe Amazon.fr"""
    return dict(subject="Votre crédit promotionnel est disponible", body=body, sender=snd(x, "promotions"),
                events=[x.ev("grant", "promotional", amt, exp)])


def pr_jp(x):
    amt, exp = 500, x.later(30, 90)
    body = f"""{x.name_ja} 様

キャンペーン特典として、{x.M(amt)}分のプロモーションクレジットをお客様のアカウントに追加しました。Prime Video のレンタル・購入にご利用いただけます。

ご利用期限：{x.D(exp)}"""
    return dict(subject="プロモーションクレジット追加のお知らせ", body=body, sender=snd(x, "primevideo", "Prime Video"),
                events=[x.ev("grant", "promotional", amt, exp)])


PROMO = {"US": [pr_us_video, pr_us_photos, pr_us_courtesy, pr_us_music, pr_us_alexa, pr_us_kindleu],
         "UK": [pr_uk], "CA": [pr_ca], "DE": [pr_de], "FR": [pr_fr], "JP": [pr_jp]}


# ------------------------------------------------------------------ Kindle (US only)

TITLES = ["The Glass Orchard", "Night Ferry to Tallinn", "A Field Guide to Rivers", "Copper and Ash",
          "The Patient Gardener", "Small Engines of Mercy", "Winter Ledger", "The Map Room"]


def kr_a(x):
    exp = x.later(20, 60)
    body = f"""Congratulations, {x.first}!

You reached 300 Kindle Points, so we turned them into a {x.M(300)} Kindle Reward. It will be applied to your next eligible Kindle book purchase.

Reward expires: {x.D(exp)}

Remaining points balance: {x.rng.randrange(3, 60)}"""
    return dict(subject="You unlocked a Kindle Reward", body=body, sender=snd(x, "kindle-rewards", "Kindle Rewards"),
                events=[x.ev("grant", "kindle-rewards", 300, exp)])


def kr_b(x):
    exp = x.later(20, 60)
    body = f"""| Points redeemed | 300
| Reward | {x.M(300)}
| Valid on | Kindle eBooks sold by Amazon.com
| Expires on | {x.D(exp)}"""
    return dict(subject=f"Your {x.M(300)} Kindle Reward", body=body, sender=snd(x, "digital-no-reply"),
                events=[x.ev("grant", "kindle-rewards", 300, exp)])


def kr_c(x):
    exp = x.later(20, 60)
    body = f"""Your points just paid off. A Kindle Reward worth {x.M(300)} is waiting in your account and can be used until {x.D(exp)} on Kindle books."""
    return dict(subject="Kindle Rewards: a reward is ready for you", body=body, sender=snd(x, "kindle-rewards", "Kindle Rewards"),
                events=[x.ev("grant", "kindle-rewards", 300, exp)])


def pt_a(x):
    price = x.pick([499, 899, 1299, 1499, 999])
    pts = 3 * (price // 100)
    exp = x.later(88, 92)
    bal = pts + x.rng.randrange(20, 250)
    title = x.pick(TITLES)
    body = f"""Thanks for your Kindle purchase of "{title}".

| Points earned | {pts}
| Points expire | {x.D(exp)}
| Your points balance | {bal}

Collect 300 points to unlock a {x.M(300)} reward."""
    return dict(subject=f"You earned {pts} Kindle Points", body=body, sender=snd(x, "kindle-rewards", "Kindle Rewards"),
                events=[x.ev("points", "kindle-rewards", points=pts, exp=exp)])


def pt_b(x):
    price = x.pick([699, 1199, 1599])
    pts = 6 * (price // 100)
    exp = x.later(88, 92)
    body = f"""Double points day! Your order of "{x.pick(TITLES)}" ({x.M(price)}) earned {pts} Kindle Points instead of the usual {pts // 2}. These points will expire on {x.D(exp)}."""
    return dict(subject="Double Kindle Points on your order", body=body, sender=snd(x, "digital-no-reply"),
                events=[x.ev("points", "kindle-rewards", points=pts, exp=exp)])


def pt_c(x):
    pts = x.pick([14, 22, 17])
    exp = x.later(88, 92)
    body = f"""Your print book order has shipped. Kindle Rewards members earn 1 point per dollar on print books: {pts} points were added to your balance today, good until {x.D(exp)}."""
    return dict(subject="Kindle Points added for your print order", body=body, sender=snd(x, "kindle-rewards", "Kindle Rewards"),
                events=[x.ev("points", "kindle-rewards", points=pts, exp=exp)])


KINDLE = [kr_a, kr_b, kr_c]
POINTS = [pt_a, pt_b, pt_c]


# ------------------------------------------------------------------ Shopper Panel

def sp_us(x):
    month = x.earlier(20, 35)
    body = f"""Hi {x.first},

You uploaded 10 qualifying receipts in {month:%B}. Thank you!

We've added {x.M(1000)} to your Amazon gift card balance. It can be spent on millions of items and does not expire."""
    return dict(subject=f"Your Shopper Panel reward for {month:%B}", body=body, sender=snd(x, "shopper-panel", "Amazon Shopper Panel"),
                events=[x.ev("grant", "shopper-panel", 1000)])


def sp_us_survey(x):
    amt = x.pick([50, 75, 100])
    body = f"""Thanks for completing the survey "Household cleaning habits". {x.M(amt)} has been added to your Amazon balance."""
    return dict(subject="Survey reward added", body=body, sender=snd(x, "panel-notifications", "Amazon Shopper Panel"),
                events=[x.ev("grant", "shopper-panel", amt)])


def sp_uk(x):
    n = x.rng.randrange(4, 10)
    body = f"""Hello {x.first},

{n} of your receipts were approved this month. At 10p per approved receipt, {x.M(10 * n)} has been credited to your Amazon balance (the monthly maximum is {x.M(500)})."""
    return dict(subject="Amazon Shopper Panel: receipts approved", body=body, sender=snd(x, "shopper-panel", "Amazon Shopper Panel"),
                events=[x.ev("grant", "shopper-panel", 10 * n)])


def sp_ca(x):
    body = f"""Your monthly Shopper Panel reward of {x.M(1000)} is now in your Amazon.ca gift card balance. Keep uploading receipts to earn again next month."""
    return dict(subject="Shopper Panel reward deposited", body=body, sender=snd(x, "shopper-panel", "Amazon Shopper Panel"),
                events=[x.ev("grant", "shopper-panel", 1000)])


def sp_fr(x):
    body = f"""Bonjour {x.first},

Merci pour vos tickets de caisse ce mois-ci. Votre récompense de {x.M(500)} a été ajoutée au solde de vos chèques-cadeaux Amazon."""
    return dict(subject="Amazon Shopper Panel : votre récompense mensuelle", body=body, sender=snd(x, "shopper-panel", "Amazon Shopper Panel"),
                events=[x.ev("grant", "shopper-panel", 500)])


def sp_de(x):
    body = f"""Hallo {x.first},

vielen Dank für Ihre Teilnahme am Amazon Shopper Panel. Für die hochgeladenen Kassenbons haben wir Ihrem Amazon-Geschenkgutscheinkonto {x.M(500)} gutgeschrieben."""
    return dict(subject="Ihre Shopper Panel Prämie", body=body, sender=snd(x, "shopper-panel", "Amazon Shopper Panel"),
                events=[x.ev("grant", "shopper-panel", 500)])


def sp_jp(x):
    body = f"""{x.name_ja} 様

Amazon Shopper Panel へのご協力ありがとうございます。今月のレシート提出の特典として、{x.M(500)}をAmazonギフトカード残高に追加しました。"""
    return dict(subject="Amazon Shopper Panel 特典のお知らせ", body=body, sender=snd(x, "shopper-panel", "Amazon Shopper Panel"),
                events=[x.ev("grant", "shopper-panel", 500)])


PANEL = {"US": [sp_us, sp_us_survey], "UK": [sp_uk], "CA": [sp_ca], "FR": [sp_fr], "DE": [sp_de], "JP": [sp_jp]}


# ------------------------------------------------------------------ Trade-In

def tradein_id(x):
    return f"TI{x.rng.randrange(10**8, 10**9)}"


def ti_us(x):
    amt = x.pick([3125, 8740, 14600, 2200])
    dev = x.pick(["Kindle Paperwhite (10th Generation)", "Fire HD 8 tablet", "Apple iPad (7th gen) 32GB", "Echo Show 5"])
    body = f"""Hello {x.first},

We received your trade-in {tradein_id(x)} ({dev}) and it passed inspection. {x.M(amt)} has been credited to your Amazon.com gift card balance.

Your gift card balance will be applied automatically to your next eligible order."""
    return dict(subject="Your trade-in is complete", body=body, sender=snd(x, "trade-in"), events=[x.ev("grant", "trade-in", amt)])


def ti_us_revised(x):
    quoted = x.pick([6400, 9000])
    paid = quoted - x.pick([1500, 2250])
    body = f"""Trade-in update

After inspecting your item, we determined its condition was "Acceptable" rather than "Like New". You agreed to the revised offer.

| Original quote | {x.M(quoted)}
| Revised value paid | {x.M(paid)}

The revised amount of {x.M(paid)} was added to your gift card balance today."""
    return dict(subject="Trade-in: revised value accepted", body=body, sender=snd(x, "trade-in"), events=[x.ev("grant", "trade-in", paid)])


def ti_us_coupon(x):
    amt = 4500
    exp = x.later(20, 40)
    body = f"""Your Echo trade-in has been accepted and {x.M(amt)} is now on your Amazon.com gift card balance.

Bonus: as part of this trade-in you can also save 20% on a new Echo device. The discount is shown at checkout until {x.D(exp)}."""
    return dict(subject="Trade-in credit issued", body=body, sender=snd(x, "trade-in"), events=[x.ev("grant", "trade-in", amt)])


def ti_uk(x):
    amt = 5600
    body = f"""Hello {x.first},

Your trade-in has been checked and accepted. We have added {x.M(amt)} to your Amazon.co.uk gift card balance."""
    return dict(subject="Amazon Trade-In: payment issued", body=body, sender=snd(x, "trade-in"), events=[x.ev("grant", "trade-in", amt)])


def ti_de(x):
    amt = 12850
    body = f"""Guten Tag {x.first},

Ihr Trade-In-Artikel ist bei uns eingegangen und wurde geprüft. Wir haben Ihrem Konto {x.M(amt)} als Amazon.de Geschenkgutschein-Guthaben gutgeschrieben."""
    return dict(subject="Trade-In abgeschlossen: Gutschrift erfolgt", body=body, sender=snd(x, "trade-in"), events=[x.ev("grant", "trade-in", amt)])


def ti_ca(x):
    amt = 6400
    body = f"""Trade-in {tradein_id(x)}: accepted. {x.M(amt)} was credited to your Amazon.ca gift card balance."""
    return dict(subject="Your Amazon.ca Trade-In", body=body, sender=snd(x, "trade-in"), events=[x.ev("grant", "trade-in", amt)])


TRADEIN = {"US": [ti_us, ti_us_revised, ti_us_coupon], "UK": [ti_uk], "DE": [ti_de], "CA": [ti_ca]}


# ------------------------------------------------------------------ gift cards received

GIVERS = ["Priya Raman", "Tom Whitaker", "Lena Vogt", "Hélène Marchand", "Kenji Mori", "Aunt Marguerite"]


def gc_us(x):
    amt = x.pick([2500, 5000, 10000])
    g = x.pick(GIVERS[:3])
    code = gc_code(x)
    body = f"""{g} sent you an Amazon.com Gift Card!

"Happy birthday! Get yourself something fun."

| Amount | {x.M(amt)}
| Claim code | {code}

To redeem, go to amazon.com/redeem and enter the claim code. The balance is added to your account and never expires."""
    return dict(subject=f"{g} sent you an Amazon.com Gift Card", body=body,
                sender=("Amazon.com Gift Cards", "gc-orders@gc.email.amazon.com"), events=[x.ev("grant", "gift-card", amt)])


def gc_uk(x):
    amt = 2000
    code = gc_code(x)
    body = f"""You've received an Amazon.co.uk Gift Card worth {x.M(amt)} from Tom Whitaker.

Claim code: {code}

Add it to your account at amazon.co.uk/redeem."""
    return dict(subject="Tom Whitaker sent you a gift card", body=body,
                sender=("Amazon.co.uk", "gc-orders@gc.email.amazon.co.uk"), events=[x.ev("grant", "gift-card", amt)])


def gc_ca(x):
    amt = 5000
    body = f"""Priya Raman has sent you an Amazon.ca eGift Card for {x.M(amt)}.

Claim code: {gc_code(x)}
Redeem it at amazon.ca/redeem."""
    return dict(subject="You've received an Amazon.ca eGift Card", body=body,
                sender=("Amazon.ca", "gc-orders@gc.email.amazon.ca"), events=[x.ev("grant", "gift-card", amt)])


def gc_de(x):
    amt = 2500
    body = f"""Lena Vogt hat Ihnen einen Amazon.de Geschenkgutschein über {x.M(amt)} geschenkt.

| Gutscheincode | {gc_code(x)}

Lösen Sie den Gutschein unter amazon.de/einloesen ein."""
    return dict(subject="Lena Vogt hat Ihnen einen Geschenkgutschein gesendet", body=body,
                sender=("Amazon.de", "gutscheine@gc.email.amazon.de"), events=[x.ev("grant", "gift-card", amt)])


def gc_fr(x):
    amt = 3000
    body = f"""Hélène Marchand vous a envoyé une carte cadeau Amazon.fr d'un montant de {x.M(amt)}.

Code de la carte : {gc_code(x)}

Pour l'utiliser, rendez-vous sur amazon.fr/utiliser-carte-cadeau."""
    return dict(subject="Hélène Marchand vous a envoyé une carte cadeau", body=body,
                sender=("Amazon.fr", "cartes-cadeaux@gc.email.amazon.fr"), events=[x.ev("grant", "gift-card", amt)])


def gc_jp(x):
    amt = x.pick([3000, 5000, 10000])
    exp = x.day.replace(year=x.day.year + 10)
    body = f"""{x.name_ja} 様

森 健二 様から Amazonギフトカード（Eメールタイプ）が届きました。

| 金額 | {x.M(amt)}
| ギフト券番号 | {gc_code(x)}
| 有効期限 | {x.D(exp)}

amazon.co.jp/redeem からアカウントに登録してご利用ください。"""
    return dict(subject="Amazonギフトカードが届きました", body=body,
                sender=("Amazon.co.jp", "gc-orders@gc.email.amazon.co.jp"), events=[x.ev("grant", "gift-card", amt, exp)])


GIFT = {"US": [gc_us], "UK": [gc_uk], "CA": [gc_ca], "DE": [gc_de], "FR": [gc_fr], "JP": [gc_jp]}


# ------------------------------------------------------------------ redeems

def rd_us_digital(x):
    oid = x.oid(True)
    price = x.pick([399, 499, 799, 1199, 1499])
    credit = x.pick([price, price, 200, 300, 500])
    credit = min(credit, price)
    title = x.pick(["The Glass Orchard [Kindle Edition]", "Paper Moons (Album)", "Harbor Lights - Season 2 (HD)",
                    "Copper and Ash [Kindle Edition]"])
    style = x.rng.randrange(3)
    line = {0: f"-{x.M(credit)}", 1: f"({x.M(credit)})", 2: f"\u2013{x.M(credit)}"}[style]
    body = f"""Thanks for your order, {x.first}!

| Digital order | {oid}
| {title} | {x.M(price)}
| Promotional credit applied | {line}
| Total charged | {x.M(price - credit)}

You can find your purchase in Your Content and Devices."""
    return dict(subject=f"Your Amazon.com digital order {oid}", body=body, sender=snd(x, "digital-no-reply"),
                events=[x.ev("redeem", "promotional", credit, None, oid)])


def rd_uk_digital(x):
    oid = x.oid(True)
    price, credit = 199, 100
    body = f"""Order {oid}

| Kindle eBook: Winter Ledger | {x.M(price)}
| Digital rewards used | -{x.M(credit)}
| Order total | {x.M(price - credit)}"""
    return dict(subject="Your Amazon.co.uk order of Winter Ledger", body=body, sender=snd(x, "digital-no-reply"),
                events=[x.ev("redeem", "promotional", credit, None, oid)])


def rd_de_digital(x):
    oid = x.oid(True)
    price, credit = 299, 299
    body = f"""Vielen Dank für Ihre Bestellung.

| Bestellnummer | {oid}
| Kindle eBook: Die Uhrmacherin | {x.M(price)}
| Aktionsgutschrift | -{x.M(credit)}
| Gesamtbetrag | {x.M(0)}"""
    return dict(subject="Ihre Amazon.de Bestellung von Die Uhrmacherin", body=body, sender=snd(x, "digital-no-reply"),
                events=[x.ev("redeem", "promotional", credit, None, oid)])


def rd_fr_digital(x):
    oid = x.oid(True)
    price, credit = 499, 100
    body = f"""Merci pour votre commande {oid}.

| Location : Le Dernier Phare (HD) | {x.M(price)}
| Crédit promotionnel utilisé | -{x.M(credit)}
| Montant total | {x.M(price - credit)}"""
    return dict(subject="Votre commande Amazon.fr : Le Dernier Phare", body=body, sender=snd(x, "digital-no-reply"),
                events=[x.ev("redeem", "promotional", credit, None, oid)])


def rd_jp_digital(x):
    oid = x.oid(True)
    price, credit = 660, 100
    body = f"""ご注文ありがとうございます。

| 注文番号 | {oid}
| Kindle版 海辺の図書室 | {x.M(price)}
| デジタル特典の適用 | -{x.M(credit)}
| ご請求額 | {x.M(price - credit)}"""
    return dict(subject="Amazon.co.jp でのご注文 海辺の図書室", body=body, sender=snd(x, "digital-no-reply"),
                events=[x.ev("redeem", "promotional", credit, None, oid)])


def rd_us_retail(x):
    oid = x.oid()
    sub = x.pick([3285, 5410, 2599, 149999])
    gc = x.pick([sub, 1000, 2000]) if sub < 10000 else 125000
    gc = min(gc, sub)
    rest = sub - gc
    pay = f"Visa ending in 4417: {x.M(rest)}" if rest else "Paid in full with your gift card balance."
    body = f"""Hello {x.first},

Thank you for your order. Here is your summary.

| Order # | {oid}
| Items subtotal | {x.M(sub)}
| Shipping | {x.M(0)}
| Gift card balance applied | -{x.M(gc)}
| Order total | {x.M(rest)}

{pay}"""
    return dict(subject=f"Your Amazon.com order #{oid} has been placed", body=body, sender=snd(x, "auto-confirm"),
                events=[x.ev("redeem", "gift-card", gc, None, oid)])


def rd_uk_retail(x):
    oid = x.oid()
    body = f"""Thank you for shopping with us.

| Order | {oid}
| Subtotal | {x.M(2450)}
| Gift Card used | -{x.M(1500)}
| Paid by Mastercard | {x.M(950)}"""
    return dict(subject=f"Your Amazon.co.uk order {oid}", body=body, sender=snd(x, "auto-confirm"),
                events=[x.ev("redeem", "gift-card", 1500, None, oid)])


def rd_ca_retail(x):
    oid = x.oid()
    body = f"""Order {oid} placed.

| Subtotal | {x.M(6799)}
| GST/HST | {x.M(884)}
| Gift card | -{x.M(2500)}
| Total charged to your card | {x.M(5183)}"""
    return dict(subject=f"Amazon.ca order {oid}", body=body, sender=snd(x, "auto-confirm"),
                events=[x.ev("redeem", "gift-card", 2500, None, oid)])


def rd_de_retail(x):
    oid = x.oid()
    body = f"""Hallo {x.first},

danke für Ihre Bestellung {oid}.

| Zwischensumme | {x.M(4590)}
| Verpackung & Versand | {x.M(0)}
| Geschenkgutschein | -{x.M(2000)}
| Endbetrag inkl. USt. | {x.M(2590)}"""
    return dict(subject=f"Bestellbestätigung {oid}", body=body, sender=snd(x, "bestellbestaetigung"),
                events=[x.ev("redeem", "gift-card", 2000, None, oid)])


def rd_jp_retail(x):
    oid = x.oid()
    body = f"""ご注文ありがとうございます。注文番号：{oid}

| 商品の小計 | {x.M(3980)}
| 配送料・手数料 | {x.M(0)}
| Amazonギフトカード | -{x.M(1200)}
| ご請求額 | {x.M(2780)}"""
    return dict(subject=f"Amazon.co.jp ご注文の確認 {oid}", body=body, sender=snd(x, "auto-confirm"),
                events=[x.ev("redeem", "gift-card", 1200, None, oid)])


REDEEM_DIGITAL = {"US": [rd_us_digital], "UK": [rd_uk_digital], "DE": [rd_de_digital], "FR": [rd_fr_digital],
                  "JP": [rd_jp_digital]}
REDEEM_RETAIL = {"US": [rd_us_retail], "UK": [rd_uk_retail], "CA": [rd_ca_retail], "DE": [rd_de_retail],
                 "JP": [rd_jp_retail]}


# ------------------------------------------------------------------ codes

def code_str(x, stem):
    return stem + "".join(x.rng.choice("23456789") for _ in range(2))


def cd_us(x):
    code, exp = code_str(x, x.pick(["READMORE", "BOOKNOOK", "SPRINGREAD"])), x.later(10, 45)
    body = f"""A little something for your next book.

Take {x.M(500)} off a Kindle eBook order of {x.M(1500)} or more with promo code {code}. Enter it at checkout before {x.D(exp)}. One use per account."""
    return dict(subject="Your next Kindle book, for less", body=body, sender=snd(x, "store-news"),
                events=[x.ev("code", "promo-code", 500, exp, code=code)])


def cd_us_pct(x):
    code, exp = code_str(x, "PRINT15OFF"), x.later(10, 45)
    body = f"""Save 15% on Amazon Prints.

| Promo code | {code}
| Valid through | {x.D(exp)}

Applies to photo prints and photo books ordered through Amazon Photos."""
    return dict(subject="15% off prints with this code", body=body, sender=snd(x, "photos-no-reply", "Amazon Photos"),
                events=[x.ev("code", "promo-code", None, exp, code=code)])


def cd_uk(x):
    code, exp = code_str(x, "AUDIOUK"), x.later(10, 45)
    body = f"""Enjoy {x.M(300)} off your next digital music purchase with the code {code}. The code can be used until {x.D(exp)}."""
    return dict(subject="A code for your music library", body=body, sender=snd(x, "store-news"),
                events=[x.ev("code", "promo-code", 300, exp, code=code)])


def cd_de(x):
    code, exp = code_str(x, "LESEN"), x.later(10, 45)
    body = f"""Hallo {x.first},

mit dem Aktionscode {code} sparen Sie {x.M(500)} beim Kauf eines Kindle-eBooks ab {x.M(1000)}. Einlösbar bis {x.D(exp)}."""
    return dict(subject="Ihr persönlicher Aktionscode", body=body, sender=snd(x, "store-news"),
                events=[x.ev("code", "promo-code", 500, exp, code=code)])


def cd_fr(x):
    code, exp = code_str(x, "LIRE"), x.later(10, 45)
    body = f"""Votre code promo {code} vous offre {x.M(400)} de réduction sur votre prochain achat de livre numérique. Valable jusqu'au {x.D(exp)}."""
    return dict(subject="Un code promo rien que pour vous", body=body, sender=snd(x, "store-news"),
                events=[x.ev("code", "promo-code", 400, exp, code=code)])


def cd_jp(x):
    code, exp = code_str(x, "KINDLEJP"), x.later(10, 45)
    body = f"""Kindle本で使える{x.M(300)} OFF クーポンコードをお届けします。

| クーポンコード | {code}
| 有効期限 | {x.D(exp)}"""
    return dict(subject="Kindle本クーポンのお知らせ", body=body, sender=snd(x, "store-news"),
                events=[x.ev("code", "promo-code", 300, exp, code=code)])


CODES = {"US": [cd_us, cd_us_pct], "UK": [cd_uk], "DE": [cd_de], "FR": [cd_fr], "JP": [cd_jp]}
