"""Request handlers, one module per domain; importing this package registers them all."""

from qbdlink.simulator.handlers import company, lists  # noqa: F401
