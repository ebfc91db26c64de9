"""qbdlink: connect a cloud application to QuickBooks Desktop."""

from qbdlink._version import running_version

# The frozen connector's stamp when running as the one-file binary, else the package metadata.
__version__ = running_version()
