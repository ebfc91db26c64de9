"""QuickBooks Web Connector: a second transport (SOAP at ``/qbwc``) into the same job queue."""
