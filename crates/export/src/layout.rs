//! Which Amazon file a CSV is, from its header row alone.
//!
//! Amazon renamed files and columns in 2025 (`Retail.OrderHistory.1.csv`
//! became `Your Amazon Orders/Order History.csv`, `Total Owed` became
//! `Total Amount`, …) and third-party re-zips move files around, so names
//! prove nothing. Each known file is recognised by the columns that are
//! characteristic of it; each column is looked up through every name Amazon
//! has given it. A file that matches no kind is reported with its header so
//! a user can tell when Amazon changed something.

use std::fmt;

use crate::table::Table;

/// A column the reader uses, with every (normalised) name Amazon has given it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Col {
    /// The name to show in messages.
    pub name: &'static str,
    pub aliases: &'static [&'static str],
}

macro_rules! columns {
    ($($id:ident = $name:literal [$($alias:literal),+];)+) => {
        $(pub(crate) const $id: Col = Col { name: $name, aliases: &[$($alias),+] };)+
    };
}

/// The column alias table: renames across layouts are one line each.
pub(crate) mod col {
    use super::Col;

    columns! {
        ORDER_ID = "Order ID" ["orderid"];
        ORDER_DATE = "Order Date" ["orderdate"];
        WEBSITE = "Website" ["website"];
        MARKETPLACE = "Marketplace" ["marketplace"];
        CURRENCY = "Currency" ["currency", "basecurrencycode", "basecurrency"];
        // 2025: Total Owed → Total Amount
        TOTAL = "Total Owed" ["totalowed", "totalamount"];
        // 2025: Quantity → Original Quantity
        QUANTITY = "Quantity" ["quantity", "originalquantity"];
        // 2025: Payment Instrument Type → Payment Method Type
        PAYMENT = "Payment Instrument Type" ["paymentinstrumenttype", "paymentmethodtype"];
        ORDER_STATUS = "Order Status" ["orderstatus"];
        SHIPMENT_STATUS = "Shipment Status" ["shipmentstatus"];
        SHIP_DATE = "Ship Date" ["shipdate"];
        SHIPPING_OPTION = "Shipping Option" ["shippingoption"];
        SHIPMENT_SUBTOTAL = "Shipment Item Subtotal" ["shipmentitemsubtotal"];
        TRACKING = "Carrier Name & Tracking Number" ["carriernametrackingnumber"];
        UNIT_PRICE = "Unit Price" ["unitprice"];
        PRODUCT_CONDITION = "Product Condition" ["productcondition"];
        PURCHASE_ORDER = "Purchase Order Number" ["purchaseordernumber"];
        ASIN = "ASIN" ["asin"];
        PRODUCT_NAME = "Product Name" ["productname"];
        ITEM_ID = "Digital Order Item ID" ["digitalorderitemid"];
        COMPONENT = "Component Type" ["componenttype", "monetarycomponenttype", "monetarycomponenttypecode"];
        OFFER_TYPE = "Offer Type Code" ["offertypecode"];
        AMOUNT = "Transaction Amount" ["transactionamount"];
        PACKET = "Delivery Packet ID" ["deliverypacketid"];
        FULFILLED_DATE = "Fulfilled Date" ["fulfilleddate"];
        QUANTITY_ORDERED = "Quantity Ordered" ["quantityordered"];
        SELLER_OF_RECORD = "Seller Of Record" ["sellerofrecord"];
        AFFECTED_QUANTITY = "Affected Item Quantity" ["affecteditemquantity"];
        FX_AMOUNT = "FX Transaction Amount" ["fxtransactionamount"];
        FREE_REPLACEMENT = "Is Order Free Replacement" ["isorderfreereplacement"];
        PREORDER = "Is Order A Preorder" ["isorderapreorder"];
        SHOPPING_MARKETPLACE = "Shopping Marketplace ID" ["shoppingmarketplaceid"];
        RELATED_PHYSICAL = "Related Physical Order ID" ["relatedphysicalorderid"];
        PAYMENT_INFORMATION = "Payment Information" ["paymentinformation"];
        RETURN_DATE = "Return Date" ["returndate"];
        RETURN_STATUS = "Return Status" ["returnstatus"];
        AMOUNT_REFUNDED = "Amount Refunded" ["amountrefunded"];
        REFUND_AMOUNT = "Refund Amount" ["refundamount"];
        REFUND_DATE = "Refund Date" ["refunddate"];
        DISBURSEMENT = "Disbursement Type" ["disbursementtype"];
        CREATION_DATE = "Creation Date" ["creationdate"];
        REVERSAL_STATUS = "Reversal Status" ["reversalstatus"];
        REVERSAL_REASON = "Reversal Reason" ["reversalreason"];
        DIRECT_DEBIT_REFUND = "Direct Debit Refund Amount" ["directdebitrefundamount"];
    }
}

/// The Amazon files unspent reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileKind {
    /// `Retail.OrderHistory.N.csv` (legacy) or `Order History.csv` (2025): one row per shipment item.
    RetailOrders,
    /// `Digital Content Orders.csv` (2025): one row per monetary component of a digital item.
    DigitalOrders,
    /// `Digital Returns.csv` (2025): the same grain, for returns.
    DigitalReturns,
    /// Legacy `Digital-Ordering.1/Digital Orders.csv`: one row per digital order (no money).
    LegacyDigitalOrders,
    /// Legacy `Digital-Ordering.1/Digital Orders Monetary.csv`: money per delivery packet.
    LegacyDigitalMonetary,
    /// `Your Returns & Refunds/Refund Details.csv` (2025).
    RefundDetails,
}

impl FileKind {
    pub const ALL: [FileKind; 6] = [
        FileKind::RetailOrders,
        FileKind::DigitalOrders,
        FileKind::DigitalReturns,
        FileKind::LegacyDigitalOrders,
        FileKind::LegacyDigitalMonetary,
        FileKind::RefundDetails,
    ];

    /// The name Amazon usually gives the file (for messages only).
    pub fn usual_name(self) -> &'static str {
        match self {
            FileKind::RetailOrders => "Order History",
            FileKind::DigitalOrders => "Digital Content Orders",
            FileKind::DigitalReturns => "Digital Returns",
            FileKind::LegacyDigitalOrders => "legacy Digital Orders",
            FileKind::LegacyDigitalMonetary => "legacy Digital Orders Monetary",
            FileKind::RefundDetails => "Refund Details",
        }
    }

    fn spec(self) -> Spec {
        use col::*;
        match self {
            FileKind::RetailOrders => Spec {
                distinctive: &[
                    SHIPPING_OPTION,
                    SHIPMENT_SUBTOTAL,
                    TRACKING,
                    PAYMENT,
                    TOTAL,
                    SHIP_DATE,
                    WEBSITE,
                    UNIT_PRICE,
                    SHIPMENT_STATUS,
                    PRODUCT_CONDITION,
                    PURCHASE_ORDER,
                ],
                at_least: 4,
                absent: &[ITEM_ID, AMOUNT],
                required: &[ORDER_ID, ORDER_DATE],
            },
            FileKind::DigitalOrders => Spec {
                distinctive: &[
                    ITEM_ID,
                    COMPONENT,
                    OFFER_TYPE,
                    AMOUNT,
                    PACKET,
                    FULFILLED_DATE,
                    QUANTITY_ORDERED,
                    SELLER_OF_RECORD,
                ],
                at_least: 3,
                absent: &[RETURN_DATE, AMOUNT_REFUNDED],
                required: &[ORDER_ID, ORDER_DATE, AMOUNT],
            },
            FileKind::DigitalReturns => Spec {
                distinctive: &[RETURN_DATE, RETURN_STATUS, AMOUNT_REFUNDED, ITEM_ID, COMPONENT, AMOUNT],
                at_least: 3,
                absent: &[],
                required: &[ORDER_ID, RETURN_DATE, AMOUNT],
            },
            FileKind::LegacyDigitalOrders => Spec {
                distinctive: &[
                    PACKET,
                    FREE_REPLACEMENT,
                    PREORDER,
                    SHOPPING_MARKETPLACE,
                    RELATED_PHYSICAL,
                    MARKETPLACE,
                    PAYMENT_INFORMATION,
                ],
                at_least: 3,
                absent: &[AMOUNT],
                required: &[ORDER_ID, PACKET, ORDER_DATE],
            },
            FileKind::LegacyDigitalMonetary => Spec {
                distinctive: &[PACKET, ITEM_ID, AMOUNT, OFFER_TYPE, COMPONENT, AFFECTED_QUANTITY, FX_AMOUNT],
                at_least: 3,
                absent: &[ORDER_ID, ORDER_DATE],
                required: &[PACKET, AMOUNT],
            },
            FileKind::RefundDetails => Spec {
                distinctive: &[
                    REFUND_AMOUNT,
                    REFUND_DATE,
                    DISBURSEMENT,
                    REVERSAL_STATUS,
                    REVERSAL_REASON,
                    DIRECT_DEBIT_REFUND,
                    CREATION_DATE,
                ],
                at_least: 3,
                absent: &[],
                required: &[ORDER_ID, REFUND_AMOUNT],
            },
        }
    }
}

impl fmt::Display for FileKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.usual_name())
    }
}

/// How a kind is recognised.
struct Spec {
    /// Columns characteristic of the file.
    distinctive: &'static [Col],
    /// How many of them must be present.
    at_least: usize,
    /// Columns the file never has (they tell it apart from a look-alike).
    absent: &'static [Col],
    /// Columns without which the file cannot be read.
    required: &'static [Col],
}

/// What the header row says a table is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Detected {
    Known(FileKind),
    /// Recognised, but a column the reader needs is missing (Amazon renamed it?).
    MissingColumn {
        kind: FileKind,
        column: &'static str,
    },
    /// Not a file unspent knows.
    Unknown,
}

/// Recognises a table by its header: the kind with the most characteristic columns wins.
pub(crate) fn detect(table: &Table) -> Detected {
    let present = |c: &Col| table.has(c.aliases);
    let best = FileKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let spec = kind.spec();
            let score = spec.distinctive.iter().filter(|c| present(c)).count();
            let excluded = spec.absent.iter().any(present);
            (score >= spec.at_least && !excluded).then_some((score, kind))
        })
        .max_by_key(|(score, kind)| (*score, std::cmp::Reverse(*kind)));
    let Some((_, kind)) = best else { return Detected::Unknown };
    match kind.spec().required.iter().find(|c| !present(c)) {
        Some(missing) => Detected::MissingColumn { kind, column: missing.name },
        None => Detected::Known(kind),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect_header(header: &str) -> Detected {
        detect(&Table::parse(format!("{header}\n").as_bytes()).unwrap())
    }

    const LEGACY_RETAIL: &str = r#""Website","Order ID","Order Date","Purchase Order Number","Currency","Unit Price","Unit Price Tax","Shipping Charge","Total Discounts","Total Owed","Shipment Item Subtotal","Shipment Item Subtotal Tax","ASIN","Product Condition","Quantity","Payment Instrument Type","Order Status","Shipment Status","Ship Date","Shipping Option","Shipping Address","Billing Address","Carrier Name & Tracking Number","Product Name","Gift Message","Gift Sender Name","Gift Recipient Contact Details""#;

    #[test]
    fn both_retail_layouts_are_one_kind() {
        assert_eq!(detect_header(LEGACY_RETAIL), Detected::Known(FileKind::RetailOrders));
        let new = "Website,Order ID,Order Date,Currency,Unit Price,Total Amount,Original Quantity,Payment Method Type,Order Status,Shipment Status,Ship Date,Shipping Option,Carrier Name & Tracking Number,Product Name";
        assert_eq!(detect_header(new), Detected::Known(FileKind::RetailOrders));
    }

    #[test]
    fn digital_files_are_told_apart() {
        let orders = "ASIN,Base Currency Code,Component Type,Digital Order Item ID,Marketplace,Offer Type Code,Order Date,Order ID,Transaction Amount";
        let returns = "Amount Refunded,Base Currency,Digital Order Item ID,Monetary Component Type,Order ID,Return Date,Return Status,Transaction Amount";
        let monetary = "DigitalOrderItemId,DeliveryPacketId,AffectedItemQuantity,TransactionAmount,BaseCurrencyCode,ClaimCode,FXTransactionAmount,FXCurrencyCode,MonetaryComponentTypeCode,OfferTypeCode";
        let legacy_orders = "OrderId,BillingAddress,OrderStatus,Marketplace,IsOrderFreeReplacement,IsOrderAPreorder,OrderDate,RelatedPhysicalOrderId,ShoppingMarketplaceId,PaymentInformation,DeliveryPacketId";
        assert_eq!(detect_header(orders), Detected::Known(FileKind::DigitalOrders));
        assert_eq!(detect_header(returns), Detected::Known(FileKind::DigitalReturns));
        assert_eq!(detect_header(monetary), Detected::Known(FileKind::LegacyDigitalMonetary));
        assert_eq!(detect_header(legacy_orders), Detected::Known(FileKind::LegacyDigitalOrders));
    }

    #[test]
    fn a_renamed_required_column_is_named() {
        let header = LEGACY_RETAIL.replace("\"Order Date\"", "\"Date Ordered\"");
        assert_eq!(
            detect_header(&header),
            Detected::MissingColumn { kind: FileKind::RetailOrders, column: "Order Date" }
        );
    }

    #[test]
    fn other_files_are_unknown() {
        assert_eq!(detect_header("name,email,phone"), Detected::Unknown);
        // The old B2B "Items" report shares a column name or two, not the meaning.
        let b2b = "Order Date,Order ID,Title,Category,ASIN/ISBN,Payment Instrument Type,Item Subtotal,Item Total";
        assert_eq!(detect_header(b2b), Detected::Unknown);
    }
}
