"""The hub's OpenAPI documents and its self-hosted API docs page (``/docs``)."""
