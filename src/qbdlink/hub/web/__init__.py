"""The admin's set-up page (Settings > ... > QuickBooks Desktop): license keys, download, status."""
