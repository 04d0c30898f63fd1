//! `unspent orders`: the orders read from Amazon's data export, and what
//! joining them to No-Rush credits taught about shipping options.

use comfy_table::{Cell, Color};
use serde::Serialize;
use unspent_core::MoneyStyle;

use crate::args::OrdersArgs;
use crate::context::Context;
use crate::dto::{OrderJson, ShippingOptionJson};
use crate::error::Result;
use crate::output::{self, colored, print_json, print_table, table};

pub async fn run(ctx: &Context, args: OrdersArgs) -> Result<()> {
    if args.shipping {
        return shipping(ctx, args.list.json).await;
    }
    let credited = ctx.store.no_rush_credited_orders().await?;
    let orders =
        if args.uncredited { ctx.store.no_rush_orders_without_credit().await? } else { ctx.store.orders().await? };
    let rows: Vec<OrderJson> = orders.iter().map(|o| OrderJson::new(o, credited.contains(&o.order_id))).collect();
    if args.list.json {
        return print_json(&rows);
    }
    if orders.is_empty() {
        return output::println(if args.uncredited {
            "No order shipped with a No-Rush shipping option lacks its credit (or no option is learned yet: `unspent orders --shipping`)."
        } else {
            "No orders yet. Scan Amazon's data export: `unspent scan \"Your Orders.zip\"`."
        });
    }
    let mut t =
        table(ctx.color, &["order", "date", "kind", "total", "shipping", "payment", "status", "No-Rush credit"]);
    for (order, row) in orders.iter().zip(&rows) {
        let gift = if order.gift_card_used { " (gift card)" } else { "" };
        t.add_row(vec![
            Cell::new(&order.order_id),
            Cell::new(row.ordered_on.clone().unwrap_or_default()),
            Cell::new(order.kind.as_str()),
            Cell::new(order.total.map(|m| m.format(MoneyStyle::Symbol, true)).unwrap_or_default()),
            Cell::new(order.shipping_options.join(", ")),
            Cell::new(format!("{}{gift}", order.payment.clone().unwrap_or_default())),
            Cell::new(order.status.clone().unwrap_or_default()),
            Cell::new(if row.no_rush_credit { "yes" } else { "" }),
        ]);
    }
    print_table(&t)
}

#[derive(Serialize)]
struct ShippingJson {
    /// The shipping options learned to mean No-Rush.
    no_rush_codes: Vec<String>,
    options: Vec<ShippingOptionJson>,
}

async fn shipping(ctx: &Context, json: bool) -> Result<()> {
    let options = ctx.store.shipping_options().await?;
    if json {
        return print_json(&ShippingJson {
            no_rush_codes: options.iter().filter(|o| o.learned).map(|o| o.option.clone()).collect(),
            options: options.iter().map(ShippingOptionJson::from).collect(),
        });
    }
    if options.is_empty() {
        return output::println("No orders yet. Scan Amazon's data export: `unspent scan \"Your Orders.zip\"`.");
    }
    let mut t = table(
        ctx.color,
        &["shipping option", "orders", "with No-Rush credit", "of those, only this option", "means No-Rush"],
    );
    for o in &options {
        t.add_row(vec![
            Cell::new(&o.option),
            Cell::new(o.orders),
            Cell::new(o.no_rush),
            Cell::new(o.no_rush_only),
            if o.learned { colored(ctx.color, "yes", Color::Green) } else { Cell::new("") },
        ]);
    }
    print_table(&t)?;
    if options.iter().all(|o| !o.learned) {
        ctx.note("No shipping option is known to mean No-Rush yet: it is learned from No-Rush credit e-mails (\"Benefit Confirmation for your Order\") that name orders in the export. Scan that mail too.");
    } else {
        ctx.note("An option means No-Rush when an order that used only it got a No-Rush credit, and at least half of the orders using it (up to the newest scanned mail) did.");
    }
    Ok(())
}
