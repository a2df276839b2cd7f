"""Stage 6b: the same extraction on Spark, for corpora that outgrow one machine."""
