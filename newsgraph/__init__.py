"""newsgraph: who said what, who did what to whom, when and where — from news articles."""

__version__ = "0.1.0"
