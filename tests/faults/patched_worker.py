"""`python -m tests.faults.patched_worker`: the real `streamer worker`, with a fault injected into the core.

STREAMER_TEST_FAULT selects the faults (comma-separated), each for the articles whose id contains MARK:
  fail:MARK           the core raises RuntimeError (a bug in the core)
  hang:MARK:SECONDS   the core sleeps SECONDS ignoring its deadline (a core that never checks the time)
Everything else is the production worker, unchanged: this is a test double of the core only.
"""

from __future__ import annotations

import os
import time

from streamer.extraction import Extractor

_real_extract = Extractor.extract


def _faulty_extract(self: Extractor, doc, *, deadline=None):  # type: ignore[no-untyped-def]
    for fault in filter(None, os.environ.get("STREAMER_TEST_FAULT", "").split(",")):
        kind, _, rest = fault.partition(":")
        mark, _, seconds = rest.partition(":")
        if mark and mark in doc.id:
            if kind == "fail":
                raise RuntimeError(f"injected core failure on {doc.id}")
            if kind == "hang":
                time.sleep(float(seconds or "60"))
    return _real_extract(self, doc, deadline=deadline)


def main() -> int:
    Extractor.extract = _faulty_extract  # type: ignore[method-assign]
    from streamer.cli import main as cli_main

    return cli_main(["worker"])


if __name__ == "__main__":
    raise SystemExit(main())
