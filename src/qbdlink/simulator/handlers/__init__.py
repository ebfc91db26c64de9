"""Request handlers, one module per domain; importing this package registers them all."""

from qbdlink.simulator import reports  # noqa: F401  (report requests: simulator/reports/)
from qbdlink.simulator.handlers import (  # noqa: F401  (one module per domain or family)
    company,
    credit_cards,
    dataext,
    deletes,
    discount_items,
    estimates,
    inventory_adjustments,
    item_receipts,
    lists,
    payment_methods,
    price_levels,
    purchase_orders,
    sales_orders,
    transfers,
    txns,
    vendor_credits,
)
