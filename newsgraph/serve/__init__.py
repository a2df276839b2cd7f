"""Stage 6: serving a store — the JSON API and the web page (``newsgraph serve``)."""

from newsgraph.serve.app import create_app

__all__ = ["create_app"]
