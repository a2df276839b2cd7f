"""Stage 3: an article's text -> facts, as spaCy components (``nlp.py`` assembles them).

- ``entities``: named entities, re-typed and completed with evidence from the text;
- ``quotes``: direct quotes and reported statements with cue and speaker mention;
- ``time``: day-level dates anchored on the article date.
"""
