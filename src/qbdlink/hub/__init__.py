"""The hub: the cloud service that issues license keys, plans jobs and serves the REST API.

from qbdlink.hub import create_app, HubSettings
app = create_app(HubSettings(region="us", database_url="sqlite:///hub.sqlite3"))
"""

from qbdlink.hub.app import create_app
from qbdlink.hub.settings import HubSettings

__all__ = ["HubSettings", "create_app"]
