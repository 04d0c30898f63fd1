//! `unspent wish …`: the wishlist the planner buys from.

use std::path::Path;

use comfy_table::Cell;
use serde::Serialize;
use unspent_core::{Category, Money, MoneyStyle};
use unspent_plan::Want;
use unspent_store::{Wish, WishSale};

use super::add::now_rfc3339;
use super::parse_money;
use crate::args::{WishAdd, WishCommand, WishImport, WishRemove};
use crate::context::{Context, parse_date_arg};
use crate::error::{CliError, Result};
use crate::output::{self, print_json, print_table, table};

pub async fn run(ctx: &Context, command: WishCommand) -> Result<()> {
    match command {
        WishCommand::Add(args) => add(ctx, args).await,
        WishCommand::Import(args) => import(ctx, args).await,
        WishCommand::List(args) => list(ctx, args.json).await,
        WishCommand::Remove(args) => remove(ctx, args).await,
    }
}

/// The columns `wish import` needs, in the order `wish list --json` documents them.
pub const CSV_HEADER: [&str; 8] =
    ["title", "price", "currency", "category", "want", "sale_price", "sale_from", "sale_to"];

/// The text fields of one wish, from the command line or a CSV row.
struct Fields<'a> {
    title: &'a str,
    price: &'a str,
    currency: Option<&'a str>,
    category: &'a str,
    want: Option<&'a str>,
    sale: Option<(&'a str, &'a str, &'a str)>,
}

/// Validates one wish; errors name the field and say what would be right.
fn wish_from(fields: Fields<'_>) -> std::result::Result<Wish, String> {
    let title = fields.title.trim();
    if title.is_empty() {
        return Err("the title is empty".into());
    }
    let price = parse_money(fields.price, fields.currency)
        .map_err(|e| format!("price: {}", e.to_string().trim_start_matches("--amount: ")))?;
    if price.minor() <= 0 {
        return Err(format!("price: must be more than zero, not {}", fields.price.trim()));
    }
    let category: Category = fields.category.parse().map_err(|e: String| format!("category: {e}"))?;
    let want: Want = fields
        .want
        .filter(|w| !w.trim().is_empty())
        .unwrap_or("want")
        .parse()
        .map_err(|e: String| format!("want: {e}"))?;
    let mut sales = Vec::new();
    if let Some((sale, from, to)) = fields.sale {
        let sale = parse_money(sale, Some(price.currency().code()))
            .map_err(|e| format!("sale price: {}", e.to_string().trim_start_matches("--amount: ")))?;
        let from = parse_date_arg("sale from", from).map_err(|e| e.to_string())?;
        let to = parse_date_arg("sale to", to).map_err(|e| e.to_string())?;
        if to < from {
            return Err(format!("the sale ends ({to}) before it starts ({from})"));
        }
        if sale.minor() <= 0 || sale.minor() >= price.minor() {
            return Err(format!(
                "the sale price {} must be above zero and below the price {}",
                sale.to_decimal_string(),
                price.to_decimal_string()
            ));
        }
        sales.push(WishSale { price: sale, from, to });
    }
    Ok(Wish { id: 0, title: title.to_string(), price, category, want: want.as_str().to_string(), sales })
}

async fn add(ctx: &Context, args: WishAdd) -> Result<()> {
    let sale = match (&args.sale, &args.from, &args.to) {
        (Some(s), Some(f), Some(t)) => Some((s.as_str(), f.as_str(), t.as_str())),
        _ => None,
    };
    let wish = wish_from(Fields {
        title: &args.title,
        price: &args.price,
        currency: args.currency.as_deref(),
        category: &args.category,
        want: Some(&args.want),
        sale,
    })
    .map_err(CliError::input)?;
    let id = ctx.store.add_wishes(std::slice::from_ref(&wish), &now_rfc3339()).await?[0];
    output::println(format!("{id}  {}  {}  {}  {}", wish.title, money(wish.price), wish.category, wish.want))
}

/// Reads the whole file first: one bad row rejects the file, with its line number.
async fn import(ctx: &Context, args: WishImport) -> Result<()> {
    let wishes = read_csv(&args.file)?;
    let ids = ctx.store.add_wishes(&wishes, &now_rfc3339()).await?;
    output::println(format!("Added {} items to the wishlist from {}.", ids.len(), args.file.display()))
}

fn read_csv(path: &Path) -> Result<Vec<Wish>> {
    let shown = path.display();
    let file = std::fs::File::open(path).map_err(|e| CliError::source(format!("cannot read {shown}: {e}")))?;
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).flexible(false).from_reader(file);
    let header = reader.headers().map_err(|e| CliError::input(format!("{shown}: {e}")))?.clone();
    let position = |name: &str| header.iter().position(|h| h.trim_start_matches('\u{feff}').eq_ignore_ascii_case(name));
    let mut columns = [0usize; 8];
    for (n, name) in CSV_HEADER.iter().enumerate() {
        columns[n] = position(name).ok_or_else(|| {
            CliError::input(format!("{shown}: the header has no `{name}` column (expected {})", CSV_HEADER.join(",")))
        })?;
    }
    let mut wishes = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            CliError::input(format!("{shown}: line {line}: {e}"))
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |n: usize| record.get(columns[n]).unwrap_or("");
        let (sale, from, to) = (field(5), field(6), field(7));
        let sale = match (sale.is_empty(), from.is_empty(), to.is_empty()) {
            (true, true, true) => None,
            (false, false, false) => Some((sale, from, to)),
            _ => {
                return Err(CliError::input(format!(
                    "{shown}: line {line}: give sale_price, sale_from and sale_to together, or none of them"
                )));
            }
        };
        let currency = Some(field(2)).filter(|c| !c.is_empty());
        let wish = wish_from(Fields {
            title: field(0),
            price: field(1),
            currency,
            category: field(3),
            want: Some(field(4)),
            sale,
        })
        .map_err(|e| CliError::input(format!("{shown}: line {line}: {e}")))?;
        wishes.push(wish);
    }
    if wishes.is_empty() {
        return Err(CliError::input(format!("{shown}: no items under the header")));
    }
    Ok(wishes)
}

async fn remove(ctx: &Context, args: WishRemove) -> Result<()> {
    let wishes = ctx.store.wishes().await?;
    let by_id: Vec<&Wish> =
        args.item.trim().parse::<i64>().map_or(Vec::new(), |id| wishes.iter().filter(|w| w.id == id).collect());
    let matches: Vec<&Wish> =
        if by_id.is_empty() { wishes.iter().filter(|w| w.title == args.item.trim()).collect() } else { by_id };
    match matches.as_slice() {
        [] => Err(CliError::input(format!(
            "no wishlist item has the id or title `{}` (see `unspent wish list`)",
            args.item
        ))),
        [wish] => {
            ctx.store.remove_wishes(&[wish.id]).await?;
            output::println(format!("Removed {}  {}", wish.id, wish.title))
        }
        several => Err(CliError::input(format!(
            "{} items are titled `{}` (ids {}): remove one by its id",
            several.len(),
            args.item,
            several.iter().map(|w| w.id.to_string()).collect::<Vec<_>>().join(", ")
        ))),
    }
}

#[derive(Serialize)]
pub struct WishJson {
    pub id: i64,
    pub title: String,
    pub price: String,
    pub currency: &'static str,
    pub category: &'static str,
    pub want: String,
    pub sales: Vec<SaleJson>,
}

#[derive(Serialize)]
pub struct SaleJson {
    pub price: String,
    pub from: String,
    pub to: String,
}

impl From<&Wish> for WishJson {
    fn from(w: &Wish) -> Self {
        WishJson {
            id: w.id,
            title: w.title.clone(),
            price: w.price.to_decimal_string(),
            currency: w.price.currency().code(),
            category: w.category.as_str(),
            want: w.want.clone(),
            sales: w
                .sales
                .iter()
                .map(|s| SaleJson {
                    price: s.price.to_decimal_string(),
                    from: s.from.to_string(),
                    to: s.to.to_string(),
                })
                .collect(),
        }
    }
}

async fn list(ctx: &Context, json: bool) -> Result<()> {
    let wishes = ctx.store.wishes().await?;
    if json {
        return print_json(&wishes.iter().map(WishJson::from).collect::<Vec<_>>());
    }
    if wishes.is_empty() {
        return output::println(
            "The wishlist is empty. Add items with `unspent wish add TITLE --price 4.99 --currency USD --category ebook`.",
        );
    }
    let mut t = table(ctx.color, &["id", "title", "price", "category", "want", "sales"]);
    for w in &wishes {
        let sales =
            w.sales.iter().map(|s| format!("{} {}..{}", money(s.price), s.from, s.to)).collect::<Vec<_>>().join("; ");
        t.add_row(vec![
            Cell::new(w.id),
            Cell::new(&w.title),
            Cell::new(money(w.price)),
            Cell::new(w.category),
            Cell::new(&w.want),
            Cell::new(sales),
        ]);
    }
    print_table(&t)
}

fn money(m: Money) -> String {
    m.format(MoneyStyle::Symbol, true)
}
