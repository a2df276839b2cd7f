"""Throughput of the full extraction against a bare spaCy parse of the same texts, in one run.

The corpus is either the user's (any path ``newsgraph extract`` reads) or one assembled from
real news text in the project's shared data: the model article's paragraphs and the coded news
sentences of the PLOVER gold standard, drawn with a fixed seed into articles of 6 to 12
paragraphs. Both sides see exactly the same texts, and both models are loaded before timing.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import spacy

from newsgraph.clean import clean_document
from newsgraph.extract.nlp import MODEL, doc_text, load_pipeline
from newsgraph.ingest import read_sources
from newsgraph.pipeline import BATCH_SIZE, Extractor
from newsgraph.schema import ArticleRecord, RawDocument


@dataclass
class Timing:
    wall: float
    cpu: float  # this process's CPU time: what other programs on a shared machine cannot inflate


@dataclass
class BenchResult:
    """Timings of ``rounds`` alternating runs: bare, full, bare, full... The ratio compares each
    side's fastest round, as ``timeit`` advises: other work on a shared machine only ever adds
    time, and on these machines it adds a lot (single rounds range over +-25%). The median of the
    paired rounds' ratios is shown beside it."""

    articles: int
    words: int
    bare_rounds: list[Timing]
    full_rounds: list[Timing]

    def _ratios(self, clock: str) -> list[float]:
        return [getattr(f, clock) / getattr(b, clock) for b, f in zip(self.bare_rounds, self.full_rounds)]

    def _fastest(self, rounds: list[Timing], clock: str) -> float:
        return min(getattr(t, clock) for t in rounds)

    @property
    def ratios(self) -> list[float]:
        return self._ratios("wall")

    @property
    def ratio(self) -> float:
        return self._fastest(self.full_rounds, "wall") / self._fastest(self.bare_rounds, "wall")

    @property
    def cpu_ratio(self) -> float:
        return self._fastest(self.full_rounds, "cpu") / self._fastest(self.bare_rounds, "cpu")

    @property
    def median_ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def bare_seconds(self) -> float:
        return self._fastest(self.bare_rounds, "wall")

    @property
    def full_seconds(self) -> float:
        return self._fastest(self.full_rounds, "wall")

    def lines(self) -> list[str]:
        def listed(ratios: list[float]) -> str:
            return ", ".join(f"{r:.2f}x" for r in ratios)

        return [
            f"corpus: {self.articles} articles, {self.words:,} words; {len(self.ratios)} rounds, each side's fastest shown",
            f"bare spaCy nlp.pipe ({MODEL}): {self.bare_seconds:.2f} s, "
            f"{self.articles / self.bare_seconds:.1f} articles/s, {self.words / self.bare_seconds:,.0f} words/s",
            f"newsgraph full extraction:   {self.full_seconds:.2f} s, "
            f"{self.articles / self.full_seconds:.1f} articles/s, {self.words / self.full_seconds:,.0f} words/s",
            f"ratio full / bare: {self.ratio:.2f}x wall clock, {self.cpu_ratio:.2f}x CPU time (fastest rounds)",
            f"median of paired rounds: {self.median_ratio:.2f}x (rounds: {listed(self.ratios)})",
        ]


def assemble_corpus(shared: Path, count: int, seed: int = 13) -> list[RawDocument]:
    """``count`` articles mixed from the shared data's real news paragraphs and sentences."""
    paragraphs: list[str] = []
    for article in sorted((shared / "corpus").rglob("*.txt")):
        paragraphs += [p.strip() for p in article.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 80]
    for gsr in sorted((shared / "eval").rglob("*.json")):
        for record in json.loads(gsr.read_text(encoding="utf-8")):
            if isinstance(record, dict) and len(record.get("text") or "") > 40:
                paragraphs.append(record["text"].strip())
    if not paragraphs:
        raise FileNotFoundError(f"no news text under {shared}/corpus or {shared}/eval")
    rng = random.Random(seed)
    docs = []
    for n in range(count):
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(6, 12)))
        headline = body[0].split(".")[0][:90]
        docs.append(RawDocument(source=f"bench-{n}", kind="txt", text=headline + "\n\n" + "\n\n".join(body), id=f"bench-{n}"))
    return docs


def load_corpus(paths: list[str]) -> list[RawDocument]:
    return [item for item in read_sources(paths) if isinstance(item, RawDocument)]


def run_benchmark(raw_docs: list[RawDocument], model: str = MODEL, rounds: int = 3) -> BenchResult:
    articles = [clean_document(raw) for raw in raw_docs]
    texts = [doc_text(a)[0] for a in articles]
    bare = spacy.load(model)
    load_pipeline(model)  # both loaded before either clock starts
    extractor = Extractor(model=model)
    words = sum(len(t.split()) for t in texts)

    def parse_bare() -> None:
        for _ in bare.pipe(texts, batch_size=BATCH_SIZE):
            pass

    def extract_full() -> None:
        for record in extractor.extract(clean_document(raw) for raw in raw_docs):
            if isinstance(record, ArticleRecord):
                record.to_dict()

    bare_rounds, full_rounds = [], []
    for _ in range(rounds):
        bare_rounds.append(_seconds(parse_bare))
        full_rounds.append(_seconds(extract_full))
    return BenchResult(len(texts), words, bare_rounds, full_rounds)


def _seconds(run: Callable[[], None]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


# -- scale and memory -----------------------------------------------------------------------

def write_jsonl(docs: list[RawDocument], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for doc in docs:
            head, body = doc.text.split("\n\n", 1)
            handle.write(json.dumps({"id": doc.id, "title": head, "text": body}) + "\n")
    return path


def _timed_child(code: str) -> tuple[float, int]:
    """Run Python code in a fresh process; (wall seconds, peak RSS in MB) of that process."""
    import subprocess
    import sys

    # VmHWM is this address space's peak; getrusage's ru_maxrss would carry the parent's over exec
    probe = code + (
        "\nimport sys\nhwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "print('PEAK_RSS_KB', hwm.split()[1], file=sys.stderr)\n"
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak = max(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK_RSS_KB"))
    return seconds, peak // 1024


def run_scale_benchmark(shared: Path, articles: int, folder: Path) -> list[str]:
    """Articles per second, whole runs from a cold start: ingest with 1 and 2 processes, Spark local[2]."""
    source = write_jsonl(assemble_corpus(shared, articles), folder / "corpus.jsonl")
    lines = [f"corpus: {articles} articles in {source} (wall time of whole runs, model loading included)"]
    for workers in (1, 2):
        db = folder / f"ingest-{workers}.duckdb"
        seconds, peak = _timed_child(
            "from newsgraph.cli import app\n"
            f"try:\n    app([ 'ingest', {str(source)!r}, '--db', {str(db)!r}, '--workers', '{workers}'])\nexcept SystemExit:\n    pass"
        )
        lines.append(f"ingest --workers {workers}: {seconds:.1f} s, {articles / seconds:.1f} articles/s, peak RSS {peak} MB (main process)")
    seconds, peak = _timed_child(
        f"from newsgraph.spark.job import run\nrun({str(source)!r}, {str(folder / 'spark-out')!r}, 'local[2]', 2)"
    )
    lines.append(f"spark local[2]: {seconds:.1f} s, {articles / seconds:.1f} articles/s (JVM start included), peak RSS {peak} MB (Python driver)")
    return lines


def run_memory_benchmark(shared: Path, megabytes: int, folder: Path) -> list[str]:
    """Peak RSS while streaming a JSONL dump of ``megabytes`` through the reader and the cleaner."""
    docs = assemble_corpus(shared, 500)
    path = folder / "big.jsonl"
    written = n = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < megabytes * 1_000_000:
            doc = docs[n % len(docs)]
            head, body = doc.text.split("\n\n", 1)
            line = json.dumps({"id": f"a{n}", "title": head, "text": f"{n} {body}"}) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    seconds, peak = _timed_child(
        "from newsgraph.ingest import read_sources\nfrom newsgraph.clean import clean_document\n"
        f"count = sum(1 for item in read_sources([{str(path)!r}]) if clean_document(item))\nprint(count)"
    )
    return [
        f"{written / 1e6:,.0f} MB JSONL, {n:,} articles: read and cleaned in {seconds:.0f} s, peak RSS {peak} MB",
    ]
