"""The Spark job: JSONL or Parquet articles in, the store's tables out as Parquet.

Lines are read as text and parsed by the same reader the local ingest uses, so errors,
metadata and ids come out exactly as they do locally; each executor's Python worker loads the
spaCy pipeline once (``load_pipeline`` is cached per process) and runs its partition through
``nlp.pipe`` in batches. The rows are made by ``store.tables.record_rows``, as for DuckDB.

Run it with ``newsgraph spark INPUT OUTPUT`` or, on a cluster,
``spark-submit --master URL path/to/newsgraph/spark/job.py INPUT OUTPUT``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from newsgraph.store.tables import TABLES

ERRORS = "input_errors"
ERROR_COLUMNS = [("source", "VARCHAR"), ("line", "INTEGER"), ("message", "VARCHAR")]


def spark_schema(columns: list[tuple[str, str]]):  # noqa: ANN201 - pyspark is imported lazily
    from pyspark.sql import types as T

    simple = {
        "VARCHAR": T.StringType(), "DATE": T.DateType(), "DOUBLE": T.DoubleType(), "INTEGER": T.IntegerType(),
        "BIGINT": T.LongType(), "BOOLEAN": T.BooleanType(), "VARCHAR[]": T.ArrayType(T.StringType()),
    }
    return T.StructType([T.StructField(name, simple[type_], True) for name, type_ in columns])


def _typed(row: list[Any], columns: list[tuple[str, str]]) -> tuple[Any, ...]:
    return tuple(
        date.fromisoformat(value) if type_ == "DATE" and isinstance(value, str) else value
        for value, (_, type_) in zip(row, columns)
    )


def extract_partition(lines: Iterable[tuple[str, int, str]]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(source, line number, JSON line) -> (table, row) for every table of every article."""
    from newsgraph.ingest.decode import UnreadableInput
    from newsgraph.ingest.sources import jsonl_document
    from newsgraph.pipeline import Extractor
    from newsgraph.schema import InputError
    from newsgraph.store.tables import record_rows

    def items() -> Iterator[Any]:
        for source, number, line in lines:
            try:
                yield jsonl_document(line.encode("utf-8"), source, number, Path(source).stem)
            except UnreadableInput as error:
                yield InputError(source, str(error), line=number)

    for item in Extractor().extract_items(items()):
        if isinstance(item, InputError):
            source = item.source.rsplit(":", 1)[0] if item.line is None and ":" in item.source else item.source
            yield ERRORS, (source, item.line, item.message)
            continue
        for table, rows in record_rows(item, item.article.id).items():
            for row in rows:
                yield table, _typed(row, TABLES[table])


def _input_lines(spark, path: str):  # noqa: ANN001, ANN202
    """(source, line number, text) for every line of JSONL, or every row of Parquet as JSON."""
    if path.endswith(".parquet") or Path(path).is_dir() and any(Path(path).glob("*.parquet")):
        frame = spark.read.parquet(path)
        return frame.rdd.zipWithIndex().map(
            lambda pair: (path, pair[1] + 1, json.dumps(pair[0].asDict(recursive=True), default=str))
        )
    return spark.sparkContext.textFile(path).zipWithIndex().filter(lambda pair: pair[0].strip()).map(
        lambda pair: (path, pair[1] + 1, pair[0])
    )


def run(input_path: str, output_path: str, master: str | None = None, partitions: int | None = None) -> dict[str, int]:
    """Extract every article under ``input_path``; write one Parquet folder per table."""
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    # local workers run the driver's Python (and so its newsgraph); a cluster sets its own
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("newsgraph").config("spark.python.worker.reuse", "true")
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    try:
        lines = _input_lines(spark, input_path)
        if partitions:
            lines = lines.repartition(partitions)
        rows = lines.mapPartitions(extract_partition).persist(StorageLevel.MEMORY_AND_DISK)
        counts = {}
        for table, columns in [*TABLES.items(), (ERRORS, ERROR_COLUMNS)]:
            selected = rows.filter(lambda pair, t=table: pair[0] == t).map(lambda pair: pair[1])
            frame = spark.createDataFrame(selected, spark_schema(columns))
            frame.write.mode("overwrite").parquet(f"{output_path}/{table}")
            counts[table] = spark.read.parquet(f"{output_path}/{table}").count()
        rows.unpersist()
        return counts
    finally:
        spark.stop()


if __name__ == "__main__":  # spark-submit newsgraph/spark/job.py INPUT OUTPUT
    print(json.dumps(run(sys.argv[1], sys.argv[2])))
