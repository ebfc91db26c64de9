"""qbdlink: connect a cloud application to QuickBooks Desktop."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("qbdlink")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"
