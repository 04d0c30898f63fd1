"""Promotional credits, Kindle Rewards, Shopper Panel, Trade-In, gift cards, redeems, codes.
Wordings written for holdout6."""

D = {"US": "amazon.com", "UK": "amazon.co.uk", "CA": "amazon.ca", "DE": "amazon.de", "FR": "amazon.fr", "JP": "amazon.co.jp"}


def snd(x, local, name=None):
    return (name or "Amazon." + D[x.market].split(".", 1)[1] if name is None else name, f"{local}@{D[x.market]}")


def brand(x):
    return "Amazon." + D[x.market].split(".", 1)[1]


# ------------------------------------------------------------------ promotional credit grants

def us_promo_photos(x):
    c, e = x.pick([1500, 2000]), x.later(60, 200)
    return dict(sender=("Amazon Photos", "photos-no-reply@amazon.com"), subject="Your Amazon Photos credit has arrived",
                body=f"""Hi {x.first},

You uploaded your first photo with the Amazon Photos app, so as promised we have applied a {x.M(c)} promotional credit to your account.

| Credit | {x.M(c)}
| Use it on | eligible items sold by Amazon.com
| Use before | {x.D(e)}

Limit one credit per customer. The credit is applied at checkout automatically.""",
                events=[x.ev("grant", "promotional", c, e)])


def us_promo_video_noexp(x):
    c = x.pick([500, 1000])
    return dict(sender=("Prime Video", "primevideo-no-reply@amazon.com"), layout="plain", subject="A little something for movie night",
                body=f"""We're sorry your stream kept buffering last week. To make up for it, we've added {x.M(c)} of promotional credit to your account.

The credit can go toward renting or buying movies and TV episodes in the Prime Video store.

- The Prime Video team""", events=[x.ev("grant", "promotional", c)])


def us_promo_primeday(x):
    c, e = x.pick([1000, 2000]), x.later(20, 80)
    spend = x.M(x.pick([4000, 5000]))
    return dict(sender=("Amazon.com", "primeday@amazon.com"), subject=f"Prime Day: your {x.M(c)} credit is ready",
                body=f"""# Thanks for shopping Prime Day

You completed the challenge by spending {spend} with small businesses. Your reward, {x.M(c)} in promotional credit, has now been loaded onto your Amazon account.

Valid through {x.D(e)}. Applies to products shipped and sold by Amazon.com; marketplace sellers and gift cards are excluded.""",
                events=[x.ev("grant", "promotional", c, e)])


def us_promo_courtesy(x):
    c = x.pick([700, 1250, 1800])
    o = x.oid()
    return dict(sender=("Amazon Customer Service", "cs-reply@amazon.com"), subject="Follow-up on your contact with Amazon",
                body=f"""Hello {x.first},

Thank you for your patience while we looked into the late delivery of order {o}.

As a gesture of goodwill, I have issued a courtesy credit of {x.M(c)} to your account. You will see it as promotional balance the next time you check out.

Warm regards,
Priya
Amazon.com Customer Service""", events=[x.ev("grant", "promotional", c)])


def us_promo_music(x):
    c, e = 500, x.later(30, 120)
    return dict(sender=("Amazon Music", "music-no-reply@amazon.com"), layout="html", subject="Enjoy $5 on us",
                body=f"""# A gift from Amazon Music

Thank you for trying Amazon Music Unlimited. A {x.M(c)} digital credit has been added to your Amazon account and can be spent on MP3 albums and songs.

| Amount | {x.M(c)}
| Expiration date | {x.D(e)}""", events=[x.ev("grant", "promotional", c, e)])


def uk_promo(x):
    c, e = x.pick([500, 1000]), x.later(30, 150)
    return dict(sender=("Amazon.co.uk", "promotions@amazon.co.uk"), subject="Your promotional credit has been added",
                body=f"""Dear {x.first},

Good news: {x.M(c)} of promotional credit is now on your Amazon.co.uk account, as part of the Prime Video Channels offer you signed up to.

The credit expires on {x.D(e)} and can be spent on films and TV programmes to rent or buy.""",
                events=[x.ev("grant", "promotional", c, e)])


def uk_promo_noexp(x):
    c = x.pick([300, 800])
    return dict(sender=("Amazon.co.uk", "cs-reply@amazon.co.uk"), layout="plain", subject="Your recent contact with Amazon.co.uk",
                body=f"""Hello {x.first},

I'm sorry the item arrived with a damaged box. I've added a promotional credit of {x.M(c)} to your account by way of apology; it will be used automatically on your next eligible order.

Best wishes,
Tom, Amazon.co.uk""", events=[x.ev("grant", "promotional", c)])


def ca_promo(x):
    c, e = x.pick([1000, 1500]), x.later(40, 120)
    return dict(sender=("Amazon.ca", "promotions@amazon.ca"), subject="Your Amazon.ca credit is active",
                body=f"""Hi {x.first},

Thanks for joining Prime Student. We've applied {x.M(c)} in promotional credit to your Amazon.ca account.

Use it by {x.D(e)} on items sold and shipped by Amazon.ca.""", events=[x.ev("grant", "promotional", c, e)])


def de_promo(x):
    c, e = x.pick([500, 1000]), x.later(40, 120)
    return dict(sender=("Amazon.de", "aktionen@amazon.de"), subject="Ihr Aktionsguthaben ist da",
                body=f"""Hallo {x.first},

wie angekündigt haben wir Ihrem Kundenkonto ein Aktionsguthaben über {x.M(c)} gutgeschrieben. Es gilt für Artikel, die von Amazon.de verkauft und versendet werden.

| Gutschrift | {x.M(c)}
| Gültig bis | {x.D(e)}""", events=[x.ev("grant", "promotional", c, e)])


def fr_promo(x):
    c, e = x.pick([500, 1000]), x.later(40, 120)
    return dict(sender=("Amazon.fr", "promotions@amazon.fr"), subject="Votre crédit promotionnel est disponible",
                body=f"""Bonjour {x.first},

Merci d'avoir essayé Amazon Photos. Un crédit promotionnel de {x.M(c)} a été ajouté à votre compte.

Il est utilisable jusqu'au {x.D(e)} sur les articles vendus et expédiés par Amazon.fr.""",
                events=[x.ev("grant", "promotional", c, e)])


def jp_promo(x):
    c, e = x.pick([500, 1000]), x.later(30, 90)
    return dict(sender=("Amazon.co.jp", "campaign@amazon.co.jp"), subject="キャンペーン特典のご案内",
                body=f"""{x.name_ja} 様

キャンペーンにご参加いただきありがとうございます。特典として {x.M(c)} 分のプロモーションクレジットをアカウントに付与しました。

| 付与額 | {x.M(c)}
| 有効期限 | {x.D(e)}

Amazon.co.jpが販売・発送する商品にご利用いただけます。""", events=[x.ev("grant", "promotional", c, e)])


PROMO = {"US": [us_promo_photos, us_promo_video_noexp, us_promo_primeday, us_promo_courtesy, us_promo_music],
         "UK": [uk_promo, uk_promo_noexp], "CA": [ca_promo], "DE": [de_promo], "FR": [fr_promo], "JP": [jp_promo]}


# ------------------------------------------------------------------ Kindle Rewards

def kindle_reward(x):
    e = x.later(60, 100)
    return dict(sender=("Kindle Rewards", "kindle-rewards@amazon.com"), subject="You unlocked a Kindle Reward",
                body=f"""Nice reading, {x.first}!

You collected 300 Kindle Points, so we converted them into a {x.M(300)} reward for your next Kindle book.

| Reward | {x.M(300)}
| Expires | {x.D(e)}

The reward is applied when you buy an eligible Kindle eBook.""", events=[x.ev("grant", "kindle-rewards", 300, e)])


def kindle_reward_terse(x):
    e = x.later(60, 100)
    return dict(sender=("Amazon Kindle", "kindle-rewards@amazon.com"), layout="plain", subject="Reward ready: $3.00 for Kindle books",
                body=f"""300 points redeemed -> {x.M(300)} Kindle credit.
Spend it before {x.D(e)}.
Points balance after redemption: 0""", events=[x.ev("grant", "kindle-rewards", 300, e)])


def points_a(x):
    p = x.rng.randrange(6, 120)
    bal = p + x.rng.randrange(20, 170)
    e = x.later(88, 92)
    return dict(sender=("Kindle Rewards", "kindle-rewards@amazon.com"), subject=f"+{p} Kindle Points",
                body=f"""Your latest Kindle purchase earned you {p} points.

| Points from this purchase | {p}
| These points expire | {x.D(e)}
| Total points now | {bal}

Collect 300 points to get a {x.M(300)} reward.""", events=[x.ev("points", "kindle-rewards", exp=e, points=p)])


def points_b(x):
    p = x.rng.randrange(3, 60) * 3
    bal = p + x.rng.randrange(5, 200)
    e = x.later(88, 92)
    book = x.pick(["The Lantern Keeper", "Salt and Signal", "A Map of Small Rivers", "Nine Winters"])
    return dict(sender=("Amazon Kindle", "kindle-rewards@amazon.com"), layout="plain", subject="Points earned on your Kindle book",
                body=f"""Thanks for buying "{book}" for Kindle.

You earned {p} Kindle Points on this order (3 points per dollar). They are valid until {x.D(e)}.

Your balance is {bal} points. Once you reach 300 you'll receive a reward for your next Kindle book.""",
                events=[x.ev("points", "kindle-rewards", exp=e, points=p)])


def points_double(x):
    p = x.rng.randrange(10, 66) * 6
    p = min(p, 400)
    e = x.later(88, 92)
    return dict(sender=("Kindle Rewards", "kindle-rewards@amazon.com"), subject="Double points day paid off",
                body=f"""# Double points!

Your purchase on Double Points Day earned {p} Kindle Points, twice the usual rate.

Points earned today expire on {x.D(e)}. Keep reading to reach your next reward.""",
                events=[x.ev("points", "kindle-rewards", exp=e, points=p)])


POINTS = [points_a, points_b, points_double]
KINDLE = [kindle_reward, kindle_reward_terse]


# ------------------------------------------------------------------ Shopper Panel

def us_panel(x):
    c = x.pick([1000, 1000, 500, 850])
    mon = x.pick(["March", "June", "September", "November"])
    return dict(sender=("Amazon Shopper Panel", "shopper-panel@amazon.com"), subject=f"Your {mon} Shopper Panel reward",
                body=f"""Hi {x.first},

You sent in your receipts and answered your surveys for {mon}. Your reward of {x.M(c)} has been added to your Amazon Gift Card balance.

| Receipts approved | 10
| Surveys completed | 2
| Reward | {x.M(c)}

Thank you for being a panelist.""", events=[x.ev("grant", "shopper-panel", c)])


def us_panel_terse(x):
    c = x.pick([1000, 1000, 400])
    return dict(sender=("Amazon Shopper Panel", "shopper-panel@amazon.com"), layout="plain", subject="Reward issued to your balance",
                body=f"""Shopper Panel: {x.M(c)} issued to your Amazon balance.
Keep uploading receipts to earn next month's reward.""", events=[x.ev("grant", "shopper-panel", c)])


def uk_panel(x):
    c = x.pick([500, 380])
    return dict(sender=("Amazon Shopper Panel", "shopper-panel@amazon.co.uk"), subject="Your Shopper Panel earnings",
                body=f"""Hello {x.first},

Your approved receipts at 10p each, plus this month's survey, came to {x.M(c)}. That amount has been credited to your Amazon.co.uk gift card balance.

Monthly earnings are capped at {x.M(500)}.""", events=[x.ev("grant", "shopper-panel", c)])


def ca_panel(x):
    c = x.pick([1000, 500])
    return dict(sender=("Amazon Shopper Panel", "shopper-panel@amazon.ca"), subject="Shopper Panel reward credited",
                body=f"""Hi {x.first}, your monthly Shopper Panel reward of {x.M(c)} is now in your Amazon.ca gift card balance. Thanks for sharing your receipts.""",
                events=[x.ev("grant", "shopper-panel", c)])


def de_panel(x):
    c = x.pick([1000, 500])
    return dict(sender=("Amazon Shopper Panel", "shopper-panel@amazon.de"), subject="Ihre Shopper Panel-Prämie",
                body=f"""Hallo {x.first},

für Ihre eingereichten Kassenbons haben wir Ihrem Amazon.de Geschenkgutschein-Konto {x.M(c)} gutgeschrieben.

Vielen Dank für Ihre Teilnahme am Shopper Panel.""", events=[x.ev("grant", "shopper-panel", c)])


def fr_panel(x):
    c = x.pick([1000, 500])
    return dict(sender=("Amazon Shopper Panel", "shopper-panel@amazon.fr"), subject="Votre récompense Shopper Panel",
                body=f"""Bonjour {x.first},

Merci pour vos tickets de caisse de ce mois-ci. Votre récompense de {x.M(c)} a été versée sur le solde de vos chèques-cadeaux Amazon.fr.""",
                events=[x.ev("grant", "shopper-panel", c)])


def jp_panel(x):
    c = x.pick([1000, 500])
    return dict(sender=("Amazon Shopper Panel", "shopper-panel@amazon.co.jp"), subject="Shopper Panel 報酬のお知らせ",
                body=f"""{x.name_ja} 様

今月のレシート提出ありがとうございました。報酬 {x.M(c)} をAmazonギフトカード残高に追加しました。""",
                events=[x.ev("grant", "shopper-panel", c)])


PANEL = {"US": [us_panel, us_panel_terse], "UK": [uk_panel], "CA": [ca_panel], "DE": [de_panel], "FR": [fr_panel], "JP": [jp_panel]}


# ------------------------------------------------------------------ Trade-In

def us_tradein(x):
    c = x.pick([2350, 4100, 1275, 6800])
    dev = x.pick(["Kindle Paperwhite (10th Gen)", "Echo Dot (3rd Gen)", "Fire HD 8 tablet", "iPad Air 2"])
    return dict(sender=("Amazon Trade-In", "trade-in@amazon.com"), subject="Your trade-in has been paid",
                body=f"""Hello {x.first},

We received and checked your {dev}. It matched the condition you described, so we've paid {x.M(c)} to your Amazon gift card balance.

| Item | {dev}
| Trade-in value | {x.M(c)}

Thank you for using Amazon Trade-In.""", events=[x.ev("grant", "trade-in", c)])


def us_tradein_revised(x):
    quoted = x.pick([3000, 4500])
    paid = quoted - x.pick([850, 1200])
    return dict(sender=("Amazon Trade-In", "trade-in@amazon.com"), subject="Trade-in value updated",
                body=f"""Hi {x.first},

Our team inspected your trade-in and found wear that did not match the condition selected. Instead of the quoted {x.M(quoted)}, we paid {x.M(paid)} to your gift card balance.

If you disagree, you can ask for the item back within 14 days.""", events=[x.ev("grant", "trade-in", paid)])


def us_tradein_coupon(x):
    c = x.pick([1800, 2600])
    e = x.later(20, 40)
    return dict(sender=("Amazon Trade-In", "trade-in@amazon.com"), subject="Trade-in complete + a bonus offer",
                body=f"""Your trade-in credit of {x.M(c)} is now in your gift card balance.

As a thank-you, you can also save 20% on a new Kindle or Echo device until {x.D(e)}. The discount appears at checkout on eligible devices.""",
                events=[x.ev("grant", "trade-in", c)])


def uk_tradein(x):
    c = x.pick([1550, 3200])
    return dict(sender=("Amazon Trade-In", "trade-in@amazon.co.uk"), subject="Trade-in accepted",
                body=f"""Dear {x.first},

Good news: your trade-in was accepted. {x.M(c)} has been added to your Amazon.co.uk gift card balance.""",
                events=[x.ev("grant", "trade-in", c)])


def ca_tradein(x):
    c = x.pick([2200, 3400])
    return dict(sender=("Amazon Trade-In", "trade-in@amazon.ca"), subject="Your trade-in credit",
                body=f"""Hi {x.first},

Your Fire tablet trade-in passed inspection. We've credited {x.M(c)} to your Amazon.ca gift card balance.""",
                events=[x.ev("grant", "trade-in", c)])


def de_tradein(x):
    c = x.pick([1900, 4750])
    return dict(sender=("Amazon Trade-In", "trade-in@amazon.de"), subject="Ihr Trade-In wurde abgeschlossen",
                body=f"""Hallo {x.first},

wir haben Ihr eingesandtes Gerät geprüft. Der Trade-In-Betrag von {x.M(c)} wurde Ihrem Geschenkgutschein-Guthaben gutgeschrieben.""",
                events=[x.ev("grant", "trade-in", c)])


def fr_tradein(x):
    c = x.pick([2100, 3900])
    return dict(sender=("Amazon Reprise", "reprise@amazon.fr"), subject="Votre reprise est validée",
                body=f"""Bonjour {x.first},

Nous avons bien reçu et contrôlé votre appareil. Le montant de la reprise, {x.M(c)}, a été ajouté au solde de vos chèques-cadeaux.""",
                events=[x.ev("grant", "trade-in", c)])


TRADEIN = {"US": [us_tradein, us_tradein_revised, us_tradein_coupon], "UK": [uk_tradein], "CA": [ca_tradein],
           "DE": [de_tradein], "FR": [fr_tradein]}


# ------------------------------------------------------------------ gift cards received

def claim(x):
    a = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    r = lambda n: "".join(x.rng.choice(a) for _ in range(n))
    return f"{r(4)}-{r(6)}-{r(4)}"


def us_gift(x):
    c = x.pick([2500, 5000, 10000])
    who = x.pick(["Aunt Marisol", "Jordan Pike", "The Kessler family"])
    return dict(sender=("Amazon.com Gift Cards", "gc-orders@gc.email.amazon.com"),
                subject=f"{who} sent you a Gift Card for {x.M(c, 0)}",
                body=f"""{x.M(c)} Amazon.com Gift Card

"Happy birthday! Treat yourself." - {who}

Claim code: {claim(x)}

Apply it to your account at amazon.com/redeem; the balance it adds has no expiry date.""",
                events=[x.ev("grant", "gift-card", c)])


def us_gift_applied(x):
    c = x.pick([2000, 7500])
    return dict(sender=("Amazon.com", "gc-orders@gc.email.amazon.com"), layout="plain", subject="Gift card redeemed to your account",
                body=f"""You added a gift card to your account. {x.M(c)} from your friend is now part of your gift card balance.

Gift card balances never expire.""", events=[x.ev("grant", "gift-card", c)])


def uk_gift(x):
    c = x.pick([2000, 4000])
    return dict(sender=("Amazon.co.uk Gift Cards", "gc-orders@gc.email.amazon.co.uk"), subject=f"Sam Whitcombe sent you a Gift Card for {x.M(c, 0)}",
                body=f"""Hi {x.first},

Sam has sent you an Amazon.co.uk Gift Card worth {x.M(c)}.

Claim code: {claim(x)}

Redeem it at amazon.co.uk/redeem.""", events=[x.ev("grant", "gift-card", c)])


def ca_gift(x):
    c = x.pick([2500, 5000])
    return dict(sender=("Amazon.ca Gift Cards", "gc-orders@gc.email.amazon.ca"), subject=f"You've received an Amazon.ca Gift Card",
                body=f"""Your colleagues have sent you a {x.M(c)} Amazon.ca Gift Card with the note: "Congratulations on the new role!"

Claim code: {claim(x)}""", events=[x.ev("grant", "gift-card", c)])


def de_gift(x):
    c = x.pick([2500, 5000])
    return dict(sender=("Amazon.de Geschenkgutscheine", "gutscheine@gc.email.amazon.de"), subject="Sie haben einen Amazon.de Geschenkgutschein erhalten",
                body=f"""Hallo {x.first},

Lena hat Ihnen einen Geschenkgutschein über {x.M(c)} geschickt.

Gutscheincode: {claim(x)}

Lösen Sie ihn unter amazon.de/einloesen ein.""", events=[x.ev("grant", "gift-card", c)])


def fr_gift(x):
    c = x.pick([3000, 5000])
    return dict(sender=("Chèques-cadeaux Amazon.fr", "cheques-cadeaux@gc.email.amazon.fr"), subject="Vous avez reçu un chèque-cadeau Amazon.fr",
                body=f"""Bonjour {x.first},

Camille vous offre un chèque-cadeau Amazon.fr d'un montant de {x.M(c)}.

Code : {claim(x)}""", events=[x.ev("grant", "gift-card", c)])


def jp_gift(x):
    c = x.pick([3000, 5000, 10000])
    e = x.day.replace(year=x.day.year + 10)
    return dict(sender=("Amazon.co.jp ギフトカード", "gc-orders@gc.email.amazon.co.jp"), subject="Amazonギフトカードが届きました",
                body=f"""{x.name_ja} 様

佐藤 様から {x.M(c)} のAmazonギフトカードが届きました。

| ギフトカード番号 | {claim(x)}
| 有効期限 | {x.D(e)}

アカウントに登録してご利用ください。""", events=[x.ev("grant", "gift-card", c, e)])


GIFT = {"US": [us_gift, us_gift_applied], "UK": [uk_gift], "CA": [ca_gift], "DE": [de_gift], "FR": [fr_gift], "JP": [jp_gift]}


# ------------------------------------------------------------------ redeems

def us_redeem_digital(x):
    price = x.pick([999, 1499, 399, 1299])
    used = min(price, x.pick([500, 300, 1000, 1499]))
    o = x.oid(digital=True)
    title = x.pick(["The Orchard Trilogy (Kindle Edition)", "Night Shift - Season 2 (HD)", "Blue Hour (Album)"])
    return dict(sender=("Amazon.com", "digital-no-reply@amazon.com"), subject=f"Amazon.com order of {title}",
                body=f"""Thanks for your order, {x.first}.

Order #: {o}

| {title} | {x.M(price)}
| Promotional credit applied | -{x.M(used)}
| Order total | {x.M(price - used)}""", events=[x.ev("redeem", "promotional", used, oid=o)])


def us_redeem_digital_plain(x):
    price = x.pick([299, 699, 1199])
    o = x.oid(digital=True)
    return dict(sender=("Amazon.com", "digital-no-reply@amazon.com"), layout="plain", subject="Your digital purchase receipt",
                body=f"""Digital order {o}

Item price: {x.M(price)}
Digital reward used: {x.M(price)}
You paid: {x.M(0)}

Your content is ready in your library.""", events=[x.ev("redeem", "promotional", price, oid=o)])


def uk_redeem_digital(x):
    price = x.pick([499, 799])
    o = x.oid(digital=True)
    return dict(sender=("Amazon.co.uk", "digital-no-reply@amazon.co.uk"), subject="Your Amazon.co.uk digital order",
                body=f"""Order number {o}

| Kindle Edition: Harbour Lights | {x.M(price)}
| Promotional balance used | -{x.M(100)}
| Charged to card | {x.M(price - 100)}""", events=[x.ev("redeem", "promotional", 100, oid=o)])


def de_redeem_digital(x):
    price = x.pick([999, 1299])
    used = 200
    o = x.oid(digital=True)
    return dict(sender=("Amazon.de", "digital-no-reply@amazon.de"), subject="Ihre Bestellung digitaler Inhalte",
                body=f"""Bestellnummer: {o}

| Kindle eBook: Die Nachtfähre | {x.M(price)}
| Eingelöste Aktionsgutschrift | -{x.M(used)}
| Zahlbetrag | {x.M(price - used)}""", events=[x.ev("redeem", "promotional", used, oid=o)])


def fr_redeem_digital(x):
    price = x.pick([699, 999])
    o = x.oid(digital=True)
    return dict(sender=("Amazon.fr", "digital-no-reply@amazon.fr"), subject="Votre commande numérique Amazon.fr",
                body=f"""Numéro de commande : {o}

| Location HD : Le Dernier Train | {x.M(price)}
| Crédit promotionnel utilisé | -{x.M(price)}
| Total payé | {x.M(0)}""", events=[x.ev("redeem", "promotional", price, oid=o)])


def jp_redeem_digital(x):
    price = x.pick([660, 990, 1320])
    used = 100
    o = x.oid(digital=True)
    return dict(sender=("Amazon.co.jp", "digital-no-reply@amazon.co.jp"), subject="Amazon.co.jp デジタル注文の確認",
                body=f"""注文番号：{o}

| Kindle版 夜の灯台 | {x.M(price)}
| デジタル特典の利用 | -{x.M(used)}
| お支払い金額 | {x.M(price - used)}""", events=[x.ev("redeem", "promotional", used, oid=o)])


REDEEM_DIGITAL = {"US": [us_redeem_digital, us_redeem_digital_plain], "UK": [uk_redeem_digital], "DE": [de_redeem_digital],
                  "FR": [fr_redeem_digital], "JP": [jp_redeem_digital]}


def us_redeem_retail(x):
    o = x.oid()
    sub = x.pick([3285, 5420, 2199])
    gc = x.pick([1000, sub])
    rows = f"| Items Subtotal | {x.M(sub)}\n| Shipping & Handling | {x.M(0)}\n| Gift Card Amount | -{x.M(gc)}\n| Grand Total | {x.M(sub - gc)}"
    return dict(sender=("Amazon.com", "auto-confirm@amazon.com"), subject=f"Your Amazon.com order #{o} has been placed",
                body=f"""Hello {x.first},

We've received your order and will let you know when it ships.

Order #{o}

{rows}""", events=[x.ev("redeem", "gift-card", gc, oid=o)])


def us_redeem_retail_split(x):
    o = x.oid()
    sub = x.pick([6130, 4588])
    gc = x.pick([2500, 1500])
    return dict(sender=("Amazon.com", "auto-confirm@amazon.com"), layout="plain", subject="Order confirmation",
                body=f"""Order {o}
Subtotal {x.M(sub)}
Paid with gift card balance {x.M(gc)}
Charged to Visa ending 4417: {x.M(sub - gc)}""", events=[x.ev("redeem", "gift-card", gc, oid=o)])


def uk_redeem_retail(x):
    o = x.oid()
    sub = x.pick([2899, 4150])
    return dict(sender=("Amazon.co.uk", "auto-confirm@amazon.co.uk"), subject=f"Your Amazon.co.uk order {o}",
                body=f"""Order summary for {o}

| Item(s) subtotal | {x.M(sub)}
| Gift card used | -{x.M(sub)}
| Order total | {x.M(0)}""", events=[x.ev("redeem", "gift-card", sub, oid=o)])


def ca_redeem_retail(x):
    o = x.oid()
    sub = x.pick([3999, 5249])
    gc = 2000
    return dict(sender=("Amazon.ca", "auto-confirm@amazon.ca"), subject=f"Your Amazon.ca order #{o}",
                body=f"""Order #{o}

| Subtotal | {x.M(sub)}
| Gift Card Amount | -{x.M(gc)}
| Total charged | {x.M(sub - gc)}""", events=[x.ev("redeem", "gift-card", gc, oid=o)])


def de_redeem_retail(x):
    o = x.oid()
    sub = x.pick([3490, 5999])
    gc = 1500
    return dict(sender=("Amazon.de", "bestellbestaetigung@amazon.de"), subject=f"Bestellbestätigung {o}",
                body=f"""Bestellnummer {o}

| Zwischensumme | {x.M(sub)}
| Geschenkgutschein eingelöst | -{x.M(gc)}
| Endbetrag inkl. USt. | {x.M(sub - gc)}""", events=[x.ev("redeem", "gift-card", gc, oid=o)])


def jp_redeem_retail(x):
    o = x.oid()
    sub = x.pick([3280, 4980])
    gc = x.pick([1000, 2000])
    return dict(sender=("Amazon.co.jp", "auto-confirm@amazon.co.jp"), subject=f"ご注文の確認 {o}",
                body=f"""注文番号 {o}

| 商品の小計 | {x.M(sub)}
| ギフトカードの利用 | -{x.M(gc)}
| ご請求額 | {x.M(sub - gc)}""", events=[x.ev("redeem", "gift-card", gc, oid=o)])


REDEEM_RETAIL = {"US": [us_redeem_retail, us_redeem_retail_split], "UK": [uk_redeem_retail], "CA": [ca_redeem_retail],
                 "DE": [de_redeem_retail], "JP": [jp_redeem_retail]}


# ------------------------------------------------------------------ promo codes

def pcode(x, stem):
    return stem + "".join(x.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def us_code_fixed(x):
    c, e, k = x.pick([500, 1000]), x.later(20, 60), pcode(x, "READ")
    return dict(sender=("Amazon.com", "promotions@amazon.com"), subject="A code just for you",
                body=f"""Hi {x.first},

Here is a promotion code worth {x.M(c)} off your next Kindle book purchase.

| Code | {k}
| Valid until | {x.D(e)}

Enter the code at checkout. One use per account.""", events=[x.ev("code", "promo-code", c, e, code=k)])


def us_code_pct(x):
    e, k = x.later(10, 30), pcode(x, "SAVE")
    return dict(sender=("Amazon.com", "promotions@amazon.com"), layout="plain", subject="15% off home goods - your code inside",
                body=f"""Use {k} for 15% off select home goods.
Expires {x.D(e)}. Maximum discount applies; see terms.""", events=[x.ev("code", "promo-code", None, e, code=k)])


def us_code_video(x):
    c, e, k = 300, x.later(14, 45), pcode(x, "FILM")
    return dict(sender=("Prime Video", "primevideo-no-reply@amazon.com"), subject="Rent a movie on us",
                body=f"""# {x.M(c)} off your next rental

Redeem code {k} at amazon.com/redeem before {x.D(e)} and the credit will go toward any Prime Video rental.""",
                events=[x.ev("code", "promo-code", c, e, code=k)])


def uk_code(x):
    c, e, k = 500, x.later(20, 60), pcode(x, "BOOKS")
    return dict(sender=("Amazon.co.uk", "promotions@amazon.co.uk"), subject="Your promotional code",
                body=f"""Dear {x.first},

Enter {k} at checkout to get {x.M(c)} off a paperback. The code is valid until {x.D(e)}.""",
                events=[x.ev("code", "promo-code", c, e, code=k)])


def ca_code(x):
    e, k = x.later(20, 60), pcode(x, "CANADA")
    return dict(sender=("Amazon.ca", "promotions@amazon.ca"), subject="10% off with this code",
                body=f"""Hi {x.first}, use code {k} for 10% off select kitchen items sold by Amazon.ca. Valid until {x.D(e)}.""",
                events=[x.ev("code", "promo-code", None, e, code=k)])


def de_code(x):
    c, e, k = 1000, x.later(20, 60), pcode(x, "HERBST")
    return dict(sender=("Amazon.de", "aktionen@amazon.de"), subject="Ihr persönlicher Aktionscode",
                body=f"""Hallo {x.first},

mit dem Aktionscode {k} sparen Sie {x.M(c)} bei Ihrem nächsten Einkauf ab {x.M(5000)}. Der Code ist gültig bis {x.D(e)}.""",
                events=[x.ev("code", "promo-code", c, e, code=k)])


def fr_code(x):
    c, e, k = 500, x.later(20, 60), pcode(x, "LIRE")
    return dict(sender=("Amazon.fr", "promotions@amazon.fr"), subject="Votre code promo",
                body=f"""Bonjour {x.first},

Saisissez le code {k} lors du paiement pour obtenir {x.M(c)} de réduction sur un livre. Offre valable jusqu'au {x.D(e)}.""",
                events=[x.ev("code", "promo-code", c, e, code=k)])


def jp_code(x):
    c, e, k = 500, x.later(20, 60), pcode(x, "AKI")
    return dict(sender=("Amazon.co.jp", "campaign@amazon.co.jp"), subject="クーポンコードのお知らせ",
                body=f"""{x.name_ja} 様

クーポンコード {k} をご利用いただくと、対象商品が {x.M(c)} 割引になります。

有効期限：{x.D(e)}""", events=[x.ev("code", "promo-code", c, e, code=k)])


CODES = {"US": [us_code_fixed, us_code_pct, us_code_video], "UK": [uk_code], "CA": [ca_code], "DE": [de_code],
         "FR": [fr_code], "JP": [jp_code]}
