"""The connector: the program on the QuickBooks PC that relays the hub's jobs to QuickBooks."""

from qbdlink.connector.errors import ConnectorError
from qbdlink.connector.service import Connector

__all__ = ["Connector", "ConnectorError"]
