"""Writing into a store that others read at the same time.

DuckDB gives a file to one writing process, and while it is open for writing no other process
may even read it. So an ingest opens the store only to commit a batch (a fraction of a second)
and closes it again: between batches the server and the query commands read it. Two ingests
must not interleave their batches (each keeps an index of the stored articles for near-duplicate
detection, and one of the corpus actors its entities link to), so an ingest holds an advisory lock on ``<store>.ingest-lock`` for its whole run; a
second ingest waits for it. The operating system frees the lock when its holder dies, even by
``kill -9``.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from newsgraph.resolve.corpus import ActorIndex, DuplicateIndex
from newsgraph.schema import ArticleRecord, InputError
from newsgraph.store.duckdb_store import Store, StoreError

# how long a batch commit waits for readers to let go of the store before it gives up
WRITE_WAIT_S = 120.0


def ingest_lock_path(db: str | os.PathLike[str]) -> Path:
    return Path(f"{os.fspath(db)}.ingest-lock")


class StoreWriter:
    """One ingest's access to the store: whole batches, each in its own short connection."""

    def __init__(self, db: str | os.PathLike[str], batch_size: int, on_wait: Callable[[str], None] | None = None) -> None:
        self.db = Path(db)
        self.batch_size = batch_size
        self.on_wait = on_wait
        self.read = 0  # articles handed to ``add``
        self.committed = 0  # of those, articles whose batch is committed
        self.added = 0  # of the committed ones, articles that were new to the store
        self._records: list[ArticleRecord] = []
        self._errors: list[InputError] = []
        self._duplicates: DuplicateIndex | None = None
        self._actors: ActorIndex | None = None
        self._lock: int | None = None

    def __enter__(self) -> StoreWriter:
        self._acquire()
        try:
            # open once now: a store that cannot be written is reported before any extraction
            with Store(self.db, wait_s=WRITE_WAIT_S):
                pass
        except BaseException:
            self._release()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self._release()

    def _acquire(self) -> None:
        path = ingest_lock_path(self.db)
        if not self.db.parent.is_dir():
            raise StoreError(f"{self.db}: the folder {self.db.parent} does not exist")
        try:
            self._lock = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise StoreError(f"{self.db}: cannot create its lock file {path} ({error.strerror})") from None
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(self._lock, 32, 0).decode(errors="replace").strip() or "?"
            if self.on_wait:
                self.on_wait(f"waiting for the store lock held by another ingest (PID {holder}) on {self.db}")
            fcntl.flock(self._lock, fcntl.LOCK_EX)
        os.ftruncate(self._lock, 0)
        os.pwrite(self._lock, str(os.getpid()).encode(), 0)

    def _release(self) -> None:
        if self._lock is not None:
            os.close(self._lock)  # closing the descriptor frees the lock
            self._lock = None

    def add(self, record: ArticleRecord) -> bool:
        """Queue an article; commit the batch when it is full. True when a batch was committed."""
        self.read += 1
        self._records.append(record)
        if len(self._records) < self.batch_size:
            return False
        self.commit()
        return True

    def add_error(self, error: InputError) -> None:
        self._errors.append(error)

    def commit(self) -> None:
        """Store what is queued in one transaction, in a connection open only meanwhile."""
        if not self._records and not self._errors:
            return
        with Store(self.db, wait_s=WRITE_WAIT_S, duplicates=self._duplicates, actors=self._actors) as store:
            try:
                added = store.add_records(self._records)
            except BaseException:
                self._duplicates = self._actors = None  # they may hold articles of the batch rolled back
                raise
            self._duplicates, self._actors = store.duplicate_index(), store.actor_index()
            store.add_errors(self._errors)
        self.committed += len(self._records)
        self.added += added
        self._records, self._errors = [], []

    def count(self) -> int:
        """Articles in the store now."""
        with Store(self.db, read_only=True, wait_s=WRITE_WAIT_S) as store:
            return store.count("articles")
