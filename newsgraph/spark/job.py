"""The Spark job: JSONL, Parquet or WARC articles in, the store's tables out as Parquet.

Lines are read as text and parsed by the same reader the local ingest uses, and WARC archives
(on a local or shared file system) are streamed by the local WARC reader, one task an archive,
so errors, metadata and ids come out exactly as they do locally; each executor's Python worker loads the
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
        "INTEGER[]": T.ArrayType(T.IntegerType()),
    }
    return T.StructType([T.StructField(name, simple[type_], True) for name, type_ in columns])


def _typed(row: list[Any], columns: list[tuple[str, str]]) -> tuple[Any, ...]:
    return tuple(
        date.fromisoformat(value) if type_ == "DATE" and isinstance(value, str) else value
        for value, (_, type_) in zip(row, columns)
    )


def extract_partition(items: Iterable[Any]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """Raw documents and input errors -> (table, row) for every table of every article."""
    from newsgraph.pipeline import Extractor
    from newsgraph.schema import InputError
    from newsgraph.store.tables import record_rows

    for item in Extractor().extract_items(items):
        if isinstance(item, InputError):
            source = item.source.rsplit(":", 1)[0] if item.line is None and ":" in item.source else item.source
            yield ERRORS, (source, item.line, item.message)
            continue
        for table, rows in record_rows(item, item.article.id).items():
            for row in rows:
                yield table, _typed(row, TABLES[table])


def line_items(lines: Iterable[tuple[str, int, str]]) -> Iterator[Any]:
    """(source, line number, JSON line) -> the raw document, or the error, the local ingest reads."""
    from newsgraph.ingest.decode import UnreadableInput
    from newsgraph.ingest.sources import jsonl_document
    from newsgraph.schema import InputError

    for source, number, line in lines:
        try:
            yield jsonl_document(line.encode("utf-8"), source, number, Path(source).stem)
        except UnreadableInput as error:
            yield InputError(source, str(error), line=number)


def file_items(path: str) -> Iterator[Any]:
    """Every article (or error) of one file, read as a stream by the local reader."""
    from newsgraph.ingest.sources import read_file

    return read_file(Path(path))


def whole_files(path: str) -> list[str]:
    """The files at a local path that Spark cannot split into lines: a WARC archive, or every
    article file of a folder that holds one. Each is read whole, as a stream, by one task."""
    from newsgraph.ingest.sources import WARC_SUFFIXES, article_files, suffix_of

    root = Path(path)
    found = article_files(root) if root.is_dir() else [root]
    return [str(p) for p in found] if any(suffix_of(p) in WARC_SUFFIXES for p in found) else []


def _input_items(spark, path: str, partitions: int | None):  # noqa: ANN001, ANN202
    """Raw documents and errors of JSONL lines, Parquet rows (as JSON) or whole files."""
    files = whole_files(path)
    if files:
        # a few large archives: spread their articles over every core rather than one per file
        parts = partitions or max(len(files), spark.sparkContext.defaultParallelism)
        items = spark.sparkContext.parallelize(files, len(files)).flatMap(file_items)
        return items.repartition(parts) if parts != len(files) else items
    if path.endswith(".parquet") or Path(path).is_dir() and any(Path(path).glob("*.parquet")):
        frame = spark.read.parquet(path)
        lines = frame.rdd.zipWithIndex().map(
            lambda pair: (path, pair[1] + 1, json.dumps(pair[0].asDict(recursive=True), default=str))
        )
    else:
        lines = spark.sparkContext.textFile(path).zipWithIndex().filter(lambda pair: pair[0].strip()).map(
            lambda pair: (path, pair[1] + 1, pair[0])
        )
    return (lines.repartition(partitions) if partitions else lines).mapPartitions(line_items)


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
        items = _input_items(spark, input_path, partitions)
        rows = items.mapPartitions(extract_partition).persist(StorageLevel.MEMORY_AND_DISK)
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
