"""Reports: QuickBooks reports run live through the connector and answered as JSON."""
