"""Request handlers, one module per domain; importing this package registers them all."""

from qbdlink.simulator.handlers import company, dataext, deletes, lists, txns  # noqa: F401
