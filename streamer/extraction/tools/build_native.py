"""Build the compiled core (mypyc) into build/mypyc: ``python -m streamer.extraction.tools.build_native [--if-stale]``.

Exit 0 when a build of the current sources is in place afterwards. Without a C compiler or mypy the build fails
with a message and the pure-Python core keeps running (``make install`` goes on).
"""

from __future__ import annotations

import sys
import time

from streamer.extraction import native


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in ([], ["--if-stale"], ["--status"]):
        print(__doc__, file=sys.stderr)
        return 2
    fresh = native.fresh_build() is not None
    if args == ["--status"]:
        print("compiled core: fresh" if fresh else "compiled core: absent or stale (the pure-Python core runs)")
        return 0 if fresh else 1
    if fresh and args == ["--if-stale"]:
        print("compiled core: up to date", file=sys.stderr)
        return 0
    started = time.monotonic()
    print("compiling the extraction core with mypyc (about 5 minutes) ...", file=sys.stderr)
    code = native.build()
    if code == 0:
        print(f"compiled core built in {native.BUILD_DIR} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    else:
        print("compiled core NOT built: the pure-Python core runs (same output, slower)", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
